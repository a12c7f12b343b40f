"""A full disk makes a job wait for space, not fail: it says how much it needs, goes on by
itself when the space check finds room, and downloads to other disks are not held up."""

from __future__ import annotations

from pathlib import Path

from mediadesk.core.failures import Failure, FailureKind
from mediadesk.core.outcome import OutcomeKind, RunOutcome
from mediadesk.core.states import JobState
from mediadesk.engine.disk_space import RESERVE
from mediadesk.ui.jobs.model import status_text
from tests.support.ui import stored_job

MB = 1_000_000


class Disks:
    """Free space per folder, set by the test."""

    def __init__(self) -> None:
        self.free: dict[str, int] = {}

    def __call__(self, folder: str) -> int:
        return self.free.get(folder, 10_000 * MB)


def test_a_known_size_that_does_not_fit_waits_and_other_disks_go_on(
    harness, downloads: Path, tmp_path: Path
) -> None:
    disks = Disks()
    full = str(downloads)
    disks.free[full] = 5 * MB
    big = stored_job(1, JobState.QUEUED, downloads, bytes_done=20 * MB, bytes_total=200 * MB)
    h = harness(stored=[big], free_space=disks, max_concurrent=2)
    waiting = h.engine.job(big.id)
    assert waiting.state is JobState.QUEUED and waiting.space_needed == 180 * MB + RESERVE
    assert "181 MB free needed" in waiting.error
    assert status_text(waiting) == "Waiting for disk space"
    assert not h.engine.is_running(big.id)

    elsewhere = tmp_path / "other-disk"
    elsewhere.mkdir()
    [other] = h.engine.add_urls(["http://127.0.0.1:9/small.mp4"], output_dir=str(elsewhere))
    assert h.engine.is_running(other.job.id), "another disk is not held up"

    h.engine._space.check()  # still full: nothing changes
    assert h.engine.job(big.id).space_needed is not None
    disks.free[full] = 500 * MB
    h.engine._space.check()
    assert h.engine.is_running(big.id)
    started = h.engine.job(big.id)
    assert started.space_needed is None and started.error == ""
    assert "enough disk space again" in " ".join(h.messages(big.id))


def test_disk_full_while_downloading_waits_without_using_an_attempt(
    harness, downloads: Path
) -> None:
    disks = Disks()
    h = harness(free_space=disks)
    job_id = h.add("http://127.0.0.1:9/fills-the-disk.mp4")
    runner = h.runners.for_job(job_id)
    runner.play_until("progress", count=2)
    disks.free[str(downloads)] = 0
    runner.end(
        RunOutcome(OutcomeKind.FAILED, failure=Failure(FailureKind.DISK_FULL, "The disk is full."))
    )
    job = h.engine.job(job_id)
    assert job.state is JobState.QUEUED and job.attempts == 0
    assert job.space_needed is not None and job.space_needed >= RESERVE
    assert "The disk is full. Waiting for disk space" in job.error
    assert h.engine._space._timer.isActive(), "checked periodically"

    disks.free[str(downloads)] = job.space_needed
    h.engine._space.check()
    assert h.engine.is_running(job_id)
    assert not h.engine._space._timer.isActive(), "nothing waits any more"


def test_pausing_a_waiting_job_forgets_the_wait(harness, downloads: Path) -> None:
    disks = Disks()
    disks.free[str(downloads)] = 0
    big = stored_job(1, JobState.QUEUED, downloads, bytes_total=50 * MB)
    h = harness(stored=[big], free_space=disks)
    assert h.engine.job(big.id).space_needed is not None
    h.engine.pause([big.id])
    assert h.engine.job(big.id).space_needed is None
    disks.free[str(downloads)] = 10_000 * MB
    h.engine.resume([big.id])
    assert h.engine.is_running(big.id)
