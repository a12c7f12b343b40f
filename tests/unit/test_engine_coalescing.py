"""Progress is coalesced: every snapshot reaches the window, the store gets one write per
moving job per tick (recorded worker streams, ticks fired by the test)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from mediadesk.core.job import Job
from mediadesk.store.sqlite_store import SqliteJobStore


class CountingStore(SqliteJobStore):
    """The real store, counting the job rows each ``update_jobs`` call writes."""

    batches: list[Counter[str]]

    def update_jobs(self, jobs: Iterable[Job]) -> None:
        jobs = list(jobs)
        if not hasattr(self, "batches"):
            self.batches = []
        self.batches.append(Counter(j.id for j in jobs))
        super().update_jobs(jobs)


def stored_bytes(h, job_id: str) -> int:
    return {j.id: j for j in h.store.load_jobs()}[job_id].bytes_done


def test_progress_is_signalled_at_once_and_written_once_per_tick(harness) -> None:
    h = harness("finished", store_class=CountingStore, max_concurrent=2)
    first = h.add("http://127.0.0.1:9/a.mp4")
    second = h.add("http://127.0.0.1:9/b.mp4")
    for job_id in (first, second):
        h.runners.for_job(job_id).play_until("titled")  # a state change: written at once
    h.store.batches = []
    changes_before = len(h.changes)
    for _ in range(4):
        h.runners.for_job(first).play_until("progress")
    h.runners.for_job(second).play_until("progress")
    progress = [j for j in h.changes[changes_before:] if j.speed]
    assert len(progress) == 5, "every snapshot the worker sends reaches the window"
    assert h.store.batches == [], "no write per snapshot"
    assert stored_bytes(h, first) == 0

    h.tick()
    assert h.store.batches == [Counter({first: 1, second: 1})], "one transaction, one row each"
    assert stored_bytes(h, first) == h.engine.job(first).bytes_done == 444868

    h.tick()
    assert len(h.store.batches) == 1, "nothing moved: nothing written"
    h.runners.for_job(second).play_until("progress")
    h.tick()
    assert h.store.batches[-1] == Counter({second: 1})


def test_a_state_change_writes_the_latest_progress_with_it(harness) -> None:
    h = harness("finished", store_class=CountingStore)
    job_id = h.add("http://127.0.0.1:9/a.mp4")
    h.runners.for_job(job_id).play_until("progress", count=3)
    h.engine.pause([job_id])
    assert stored_bytes(h, job_id) == 324765
    h.store.batches = []
    h.tick()
    assert h.store.batches == [], "already written with the pause"


def test_the_tick_stops_when_nothing_runs_or_waits_to_be_written(harness) -> None:
    h = harness("finished")
    job_id = h.add("http://127.0.0.1:9/a.mp4")
    assert h.engine._tick.isActive()
    h.runners.for_job(job_id).finish()
    h.tick()
    assert not h.engine._tick.isActive(), "an idle app wakes up for nothing"
