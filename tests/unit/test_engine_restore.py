"""What a relaunch does with each stored state (fake runners: nothing really downloads)."""

from __future__ import annotations

from pathlib import Path

from mediadesk.core.job import EventKind, JobEvent
from mediadesk.core.states import JobState
from mediadesk.store.sqlite_store import SqliteJobStore
from tests.support.ui import stored_job

REQUEUE_NOTE = "MediaDesk stopped during this download; continuing from the partial file."


def test_relaunch_requeues_interrupted_keeps_paused_and_history(
    harness, db_path: Path, downloads: Path
) -> None:
    jobs = [
        stored_job(1, JobState.DOWNLOADING, downloads, bytes_done=10, speed=5.0, eta=9.0),
        stored_job(2, JobState.PAUSED, downloads, bytes_done=20),
        stored_job(3, JobState.DONE, downloads, file_path="/x", finished_at=1.0),
        stored_job(4, JobState.FAILED, downloads, error="boom", finished_at=1.0),
        stored_job(5, JobState.POSTPROCESSING, downloads, bytes_done=50),
    ]
    a, b, c, d, e = (j.id for j in jobs)
    store = SqliteJobStore.open(db_path)
    with store.transaction():
        for job in jobs:
            store.insert_job(job)
        store.add_event(JobEvent(a, 1.0, EventKind.STATE, "Started (attempt 1)."))
        store.add_event(JobEvent(d, 1.0, EventKind.ERROR, "boom"))
    store.close()

    h = harness(stored=[], max_concurrent=1)
    states = {j.id: j.state for j in h.engine.jobs()}
    assert states == {
        a: JobState.DOWNLOADING,  # requeued, and first in line: running again
        b: JobState.PAUSED,
        c: JobState.DONE,
        d: JobState.FAILED,
        e: JobState.QUEUED,  # requeued, waiting for the one slot
    }
    assert h.runners.started_ids() == [a], "only the interrupted job first in line starts"
    assert h.runners.for_job(a).request.known_total is None
    assert h.engine.job(a).bytes_done == 10, "the partial file's progress is kept"
    assert h.engine.job(e).bytes_done == 50
    assert h.engine.job(e).speed is None and h.engine.job(e).eta is None
    assert h.engine.job(c).file_path == "/x" and h.engine.job(d).error == "boom"

    assert h.messages(a)[:2] == ["Started (attempt 1).", REQUEUE_NOTE]
    assert h.messages(e) == [REQUEUE_NOTE]
    assert h.messages(d) == ["boom"], "history stays, finished jobs are not touched"
    assert h.messages(b) == [] and h.messages(c) == []
    persisted = {j.id: j.state for j in h.store.load_jobs()}
    assert persisted[e] is JobState.QUEUED and persisted[b] is JobState.PAUSED

    h.runners.for_job(a).finish()
    assert h.runners.started_ids() == [a, e]
