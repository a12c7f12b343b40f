"""A real full disk: a small tmpfs as the download folder (needs root; skipped otherwise).
The job waits with the amount it needs, continues by itself once space is freed, and the
file is byte-identical."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mediadesk.core.states import JobState
from tests.conftest import make_payload, sha256, wait_state
from tests.integration.test_store_edges import _fill
from tests.support.small_disk import mounted_small_disk


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """8 MiB: room for the space a download of unknown size waits for (disk_space.py)."""
    with mounted_small_disk(tmp_path / "small-disk", "8m") as mount:
        yield mount


def test_a_full_disk_waits_then_continues_when_space_is_freed(
    qtbot,
    server,
    make_engine,
    small_disk: Path,
) -> None:
    data = make_payload(600_000, seed=9)
    url = server.add("/fills.mp4", data)
    filler = _fill(small_disk)
    engine = make_engine(download_dir=str(small_disk), max_concurrent=1)
    engine._space._timer.setInterval(100)  # the periodic check, sooner
    job_id = engine.add_urls([url])[0].job.id

    qtbot.waitUntil(lambda: engine.job(job_id).space_needed is not None, timeout=30000)
    waiting = engine.job(job_id)
    assert waiting.state is JobState.QUEUED and waiting.attempts == 0
    assert "Waiting for disk space" in waiting.error and "MB free needed" in waiting.error
    qtbot.wait(400)  # several checks: still no room, still waiting, not failed
    assert engine.job(job_id).state is JobState.QUEUED

    filler.unlink()
    done = wait_state(qtbot, engine, job_id, JobState.DONE, timeout=30000)
    assert sha256(Path(done.file_path)) == sha256(data)
    assert "enough disk space again" in " ".join(e.message for e in engine.events(job_id))
