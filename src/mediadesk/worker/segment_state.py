"""Which byte ranges of a multi-connection download are on disk: the ``.segments`` sidecar.

A parallel download writes several ranges into one ``.part`` file at their offsets, so the
file's size no longer says how much of it is there (it has holes). The sidecar next to it
records, per segment, ``[start, end, done]``: bytes ``start .. start+done`` are written
and synced to disk. It is replaced atomically and only ever claims bytes that were written
before the snapshot was taken, so a pause, quit, ``kill -9`` or power loss resumes every
segment where it stopped and never trusts a hole.

Syncing is what makes a claim survive a power loss, and it is expensive (the saver syncs
about once a second). Between syncs the sidecar also carries ``written``: how far each
segment is written into the page cache, which a killed process does not lose but a crash
of the machine does. It is trusted only while ``boot`` (the kernel's boot id) is still the
current one, so a ``kill -9`` refetches ~1/40 s of data per connection, not a second's.
Pure data: no yt-dlp, no threads.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

SUFFIX = ".segments"
VERSION = 1
MIN_SEGMENT = 2 * 1024 * 1024  # smaller pieces cost a request each and gain little
MIN_STEAL = 1024 * 1024  # split a running segment only if both halves get at least this
BOOT_ID = Path("/proc/sys/kernel/random/boot_id")  # Linux; elsewhere ``written`` is unused


@dataclass(slots=True)
class Segment:
    """Bytes ``start`` (inclusive) to ``end`` (exclusive); the first ``done`` are on disk."""

    start: int
    end: int
    done: int = 0

    @property
    def position(self) -> int:
        return self.start + self.done

    @property
    def remaining(self) -> int:
        return max(0, self.end - self.position)


@dataclass(slots=True)
class SegmentPlan:
    """A whole download: its size, what identified the file, and its segments."""

    total: int
    validator: str  # ETag or Last-Modified when the server sent one: a changed file restarts
    segments: list[Segment]

    @property
    def done(self) -> int:
        return sum(s.done for s in self.segments)

    @property
    def complete(self) -> bool:
        return all(s.remaining == 0 for s in self.segments)

    def copy(self) -> SegmentPlan:
        return SegmentPlan(
            self.total, self.validator, [Segment(s.start, s.end, s.done) for s in self.segments]
        )

    def to_json(self, written: SegmentPlan | None = None, boot: str = "") -> str:
        """``written``: the same plan with the progress written but not yet synced (it may
        have more segments: later splits only ever append)."""
        values: dict[str, object] = {
            "version": VERSION,
            "total": self.total,
            "validator": self.validator,
            "segments": [[s.start, s.end, s.done] for s in self.segments],
        }
        if written is not None and boot:
            values["boot"] = boot
            values["written"] = [[s.start, s.end, s.done] for s in written.segments]
        return json.dumps(values)


def sidecar_for(part: str | os.PathLike[str]) -> Path:
    """``mediadesk-<id>.mp4.part`` -> ``mediadesk-<id>.mp4.part.segments`` (same job stem, so
    the job's cleanup finds it with its other leftovers)."""
    return Path(f"{os.fspath(part)}{SUFFIX}")


def segment_count(total: int, connections: int) -> int:
    """How many segments a file of ``total`` bytes gets (1 means: not worth splitting)."""
    return max(1, min(connections, total // MIN_SEGMENT))


def plan(total: int, connections: int, validator: str = "", prefix: int = 0) -> SegmentPlan:
    """Split ``total`` bytes into up to ``connections`` segments.

    ``prefix`` bytes are already on disk from a single-connection download (its ``.part``
    is written in order, so they are the file's first bytes): they become a finished first
    segment and only the rest is split.
    """
    prefix = max(0, min(prefix, total))
    segments = [Segment(0, prefix, prefix)] if prefix else []
    rest = total - prefix
    count = segment_count(rest, connections) if rest else 0
    for index in range(count):
        start = prefix + rest * index // count
        end = prefix + rest * (index + 1) // count
        segments.append(Segment(start, end))
    if not segments:
        segments.append(Segment(0, 0))
    return SegmentPlan(total, validator, segments)


def split_largest(segments: list[Segment], busy: set[int]) -> int | None:
    """Give an idle connection work: halve the segment with the most bytes left.

    Returns the index of the new segment (appended), or None when nothing is worth splitting.
    Both halves keep at least ``MIN_STEAL`` bytes. Unstarted segments (not in ``busy``) are
    taken whole instead.
    """
    for index, segment in enumerate(segments):
        if index not in busy and segment.remaining:
            return index
    candidates = [(s.remaining, i) for i, s in enumerate(segments) if s.remaining]
    if not candidates:
        return None
    remaining, index = max(candidates)
    if remaining < 2 * MIN_STEAL:
        return None
    victim = segments[index]
    middle = victim.position + remaining // 2
    segments.append(Segment(middle, victim.end))
    victim.end = middle
    return len(segments) - 1


def current_boot() -> str:
    """This boot of the machine ("" where unknown): page-cache data outlives a killed
    process, not a restart of the machine."""
    try:
        return BOOT_ID.read_text(encoding="ascii").strip()
    except OSError:
        return ""


def load(path: Path, boot: str | None = None) -> SegmentPlan | None:
    """The recorded plan, or None when there is none or it cannot be trusted.

    Its progress is the ``written`` one when the machine has not restarted since (``boot``,
    default: the current boot id), else the synced one."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    try:
        if raw.get("version") != VERSION:
            return None
        total = int(raw["total"])
        segments = _segments(raw["segments"])
        validator = str(raw.get("validator") or "")
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    if not _consistent(total, segments):
        return None
    boot = current_boot() if boot is None else boot
    if boot and raw.get("boot") == boot:
        try:
            written = _segments(raw["written"])
        except (KeyError, TypeError, ValueError):
            written = []
        if _consistent(total, written):
            return SegmentPlan(total, validator, written)
    return SegmentPlan(total, validator, segments)


def _segments(rows: object) -> list[Segment]:
    return [Segment(int(a), int(b), int(c)) for a, b, c in rows]  # type: ignore[attr-defined]


def _consistent(total: int, segments: list[Segment]) -> bool:
    """Segments tile 0..total without overlap and no ``done`` exceeds its segment."""
    if total < 0 or not segments:
        return False
    position = 0
    for segment in sorted(segments, key=lambda s: s.start):
        if segment.start != position or segment.end < segment.start:
            return False
        if not 0 <= segment.done <= segment.end - segment.start:
            return False
        position = segment.end
    return position == total


def save(
    path: Path,
    state: SegmentPlan,
    *,
    durable: bool = False,
    written: SegmentPlan | None = None,
    boot: str = "",
) -> None:
    """Replace the sidecar atomically (a crash leaves the old or the new one, never half).

    ``state``: progress synced to disk; ``written``: progress in the page cache, trusted
    while the machine runs the same ``boot``."""
    temp = path.with_name(path.name + ".tmp")
    with temp.open("w", encoding="utf-8") as fh:
        fh.write(state.to_json(written, boot))
        if durable:
            fh.flush()
            os.fsync(fh.fileno())
    os.replace(temp, path)
    if durable:
        _sync_directory(path.parent)


def _sync_directory(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def discard(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_name(path.name + ".tmp").unlink(missing_ok=True)
