"""Progress from a real worker reaches the window while bytes arrive, and the store gets
fewer writes than the window gets updates. The per-second rates depend on the machine:
``python -m bench cost`` measures database writes per job per second; the coalescing rules
themselves are unit-tested (tests/unit/test_engine_coalescing.py)."""

from __future__ import annotations

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
    changes: list[Job] = []
    engine.jobChanged.connect(changes.append)
    try:
        job_id = engine.add_urls([url])[0].job.id
        wait_state(qtbot, engine, job_id, JobState.DONE)
    finally:
        engine.shutdown()
        store.close()
    moving = [j for j in changes if j.state is JobState.DOWNLOADING and j.speed]
    done = sorted({j.bytes_done for j in moving})
    assert len(done) >= 3, "progress keeps flowing while bytes arrive"
    assert done[0] < len(data) / 2, "progress is seen early, not only at the end"
    assert store.writes[job_id] < len(changes), "the store is not written per snapshot"
