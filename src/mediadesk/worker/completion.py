"""Crash-safe completion: a journal next to the file, so finishing is idempotent.

Finishing has steps: yt-dlp leaves a complete temp file, it gets its final (human) name, and
the app commits the job as done. A crash between any two of them used to fetch the whole file
again and leave a second copy. Now the worker journals each step in
``mediadesk-<id>.done.json`` (written atomically) before taking it, and every run of the job
first asks :func:`recover` whether an earlier run already finished: then it reports done
without a single request. The engine deletes the journal once "done" is committed.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from mediadesk.core.filenames import candidate_names, completion_marker, move_to_unique
from mediadesk.core.zygote_protocol import APP_PID_ENV

#: Crash tests set this to a step name; the worker then kills the app (its parent) right
#: there, exactly as a crash would, and dies with it (PR_SET_PDEATHSIG).
CRASH_AT_ENV = "MEDIADESK_TEST_CRASH_AT"


def checkpoint(step: str) -> None:
    """A step of finishing: ``downloaded``, ``journaled``, ``claimed``, ``named``, ``reported``."""
    if os.environ.get(CRASH_AT_ENV) == step:
        # The app: a forked worker's parent is the zygote, which says who the app is.
        os.kill(int(os.environ.get(APP_PID_ENV) or os.getppid()), signal.SIGKILL)
        time.sleep(30)  # the parent's death kills us; never go on to the next step


@dataclass(frozen=True, slots=True)
class Journal:
    source: str  # the complete temp file yt-dlp left
    stem: str  # the final name asked for (before " (2)" and the like)
    ext: str
    size: int
    final: str = ""  # set once the final name is claimed


def finish(job_id: str, source: Path, stem: str, ext: str) -> Path:
    """Give a complete temp file its final, unique name, journaled so a crash can resume it."""
    marker = completion_marker(source.parent, job_id)
    journal = Journal(str(source), stem, ext, source.stat().st_size)
    _write(marker, journal)
    checkpoint("journaled")

    def claimed(final: Path) -> None:
        checkpoint("claimed")
        _write(marker, replace(journal, final=str(final)))

    final = move_to_unique(source, source.parent, stem, ext, on_claimed=claimed)
    checkpoint("named")
    return final


def recover(job_id: str, directory: Path) -> Path | None:
    """The finished file an earlier run of this job left, finishing its naming if a crash cut
    it short; None when there is nothing finished to recover (a stale journal is dropped)."""
    marker = completion_marker(directory, job_id)
    journal = _read(marker)
    if journal is None:
        return None
    source = Path(journal.source)
    final = Path(journal.final) if journal.final else None
    if not source.exists():
        if final is not None and _size(final) == journal.size:
            return final
        marker.unlink(missing_ok=True)
        return None
    if _size(source) != journal.size:
        marker.unlink(missing_ok=True)  # not the file the journal speaks of
        return None
    if final is not None and _size(final) == 0:
        os.replace(source, final)  # claimed empty (no hard links here), not yet moved
        return final
    linked = final if final is not None and _same(source, final) else _linked(source, journal)
    if linked is not None:
        source.unlink()
        _write(marker, replace(journal, final=str(linked)))
        return linked
    return finish(job_id, source, journal.stem, journal.ext)


def _linked(source: Path, journal: Journal) -> Path | None:
    """The name a crash between claiming and journaling left as a hard link to ``source``."""
    for candidate in candidate_names(source.parent, journal.stem, journal.ext):
        if not candidate.exists():
            return None
        if _same(source, candidate):
            return candidate
    return None


def _same(a: Path, b: Path) -> bool:
    try:
        return a != b and os.path.samefile(a, b)
    except OSError:
        return False


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _write(marker: Path, journal: Journal) -> None:
    """Atomically replace the journal and make it durable before the step it announces."""
    tmp = marker.with_name(marker.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(asdict(journal), out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, marker)
    _sync_dir(marker.parent)


def _read(marker: Path) -> Journal | None:
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        return Journal(
            source=str(data["source"]),
            stem=str(data["stem"]),
            ext=str(data["ext"]),
            size=int(data["size"]),
            final=str(data.get("final") or ""),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        marker.unlink(missing_ok=True)  # unreadable: behave as if there were none
        return None


def _sync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
