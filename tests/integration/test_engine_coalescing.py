"""Progress is coalesced: ~4 UI updates and ~1 database write per second per job."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from mediadesk.core.job import Job
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.store.sqlite_store import SqliteJobStore
from tests.conftest import make_payload, wait_state


class CountingStore(SqliteJobStore):
    """The real store, counting the job rows it writes."""

    writes: Counter[str]

    def update_jobs(self, jobs: Iterable[Job]) -> None:
        jobs = list(jobs)
        for job in jobs:
            self.writes[job.id] += 1
        super().update_jobs(jobs)


def test_progress_is_coalesced_for_ui_and_database(
    qtbot, server, db_path: Path, downloads: Path
) -> None:
    data = make_payload(2_400_000, seed=21)
    url = server.add("/steady.mp4", data, throttle=800_000)  # ~3 s of many small blocks
    store = CountingStore.open(db_path)
    store.writes = Counter()
    engine = JobEngine(store, Settings(download_dir=str(downloads)))
    engine.start()
    changes: list[float] = []
    engine.jobChanged.connect(lambda job: changes.append(time.monotonic()))
    try:
        began = time.monotonic()
        job_id = engine.add_urls([url])[0].job.id
        wait_state(qtbot, engine, job_id, JobState.DONE)
        seconds = time.monotonic() - began
    finally:
        engine.shutdown()
        store.close()
    assert seconds > 2
    # ~4 progress signals a second, plus a handful of state changes.
    assert len(changes) <= 4 * seconds + 8, (len(changes), seconds)
    assert len(changes) >= 2 * seconds, "progress must keep flowing while bytes arrive"
    # ~1 write a second, plus one per state change (started, title, done).
    assert store.writes[job_id] <= seconds + 6, (store.writes[job_id], seconds)
