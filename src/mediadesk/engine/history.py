"""The finished history stays in the store: the engine holds only what is live.

At launch the engine loads the jobs that are not finished (queued, running, paused), which it
must resume or may start, and nothing else; finished, failed and canceled jobs stay rows in the
store until something asks for them: the window pages through the queue (``page``), a command
names a finished job (it is then *adopted*: held in memory like a live one), counts come from
one ``GROUP BY`` plus the live jobs. So launch and memory no longer grow with the history, and
the engine is still the only writer (these are reads). Part of
:class:`~mediadesk.engine.engine.JobEngine`, split out by concern.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from mediadesk.core.job import Job
from mediadesk.core.ports import QueueKey
from mediadesk.core.states import JobState

#: Larger than any job id (ids are hex): ``(position, END_ID)`` closes a range of positions.
END_ID = "\U0010ffff"


def queue_key(job: Job) -> QueueKey:
    return (job.position, job.id)


class HistoryQueries:
    """Mixed into JobEngine (see the module docstring)."""

    def _start_history(self, live: list[Job]) -> None:
        """Counts of the jobs left in the store (all but ``live``) and the last position."""
        counts = Counter(self._store.count_states())
        counts.subtract(job.state for job in live)
        self._history_counts = +counts
        self._max_position = max(self._max_position, self._store.max_position())

    # -- queries --------------------------------------------------------------------------------

    def live_jobs(self) -> list[Job]:
        """The jobs held in memory, in queue order: every unfinished or paused job, and the
        finished ones something touched this session. Cheap; what the app's watchers use."""
        return [self._jobs[i] for i in self._order]

    def jobs(self) -> list[Job]:
        """Every job in queue order, the history read from the store (slow on a long
        history: for tools and tests; the window pages with ``page``)."""
        merged = {job.id: job for job in self._store.load_jobs()}
        merged.update(self._jobs)
        return sorted(merged.values(), key=queue_key)

    def job(self, job_id: str) -> Job | None:
        job = self._jobs.get(job_id)
        if job is None:
            found = self._store.get_jobs([job_id])
            job = found[0] if found else None
        return job

    def page(self, after: QueueKey | None, limit: int, until: QueueKey | None = None) -> list[Job]:
        """Up to ``limit`` jobs in queue order after ``after`` (none past ``until``): the
        store's rows, with the newer values of the jobs held in memory."""
        page = self._store.page_jobs(after, limit, until)
        return [self._jobs.get(job.id, job) for job in page]

    def last_key(self) -> QueueKey:
        """No job has a larger queue key than this one; jobs added later all do."""
        return (self._max_position, END_ID)

    def state_counts(self) -> Counter[JobState]:
        """How many jobs are in each state, the history included."""
        return +(self._history_counts + self._live_counts)

    def total_speed(self) -> float:
        jobs = (self._jobs.get(i) for i in self._runners)
        return sum(j.speed for j in jobs if j and j.speed and j.state.is_active)

    def batch_items(self, batch_id: str) -> list[Job]:
        """A batch's items in queue order (read, not adopted: the selection asks this)."""
        if batch_id not in self._book.batches:
            return []
        ids = self._store.batch_job_ids([batch_id])
        ids += [i for i in self._order if self._jobs[i].batch_id == batch_id]
        items = {job.id: job for job in self._store.get_jobs(set(ids) - self._jobs.keys())}
        items.update((i, self._jobs[i]) for i in ids if i in self._jobs)
        return sorted(items.values(), key=queue_key)

    def leave_out_damaged(self, counts: Mapping[JobState, int]) -> None:
        """Rows found damaged after launch (store/row_check.py) are no jobs: uncount them."""
        self._history_counts.subtract(counts)
        self._history_counts = +self._history_counts
        self.countsChanged.emit()

    # -- bringing history into memory -----------------------------------------------------------

    def _select(self, job_ids: Iterable[str]) -> list[Job]:
        """The jobs named, held in memory from now on; a batch id names all of its items."""
        wanted = list(dict.fromkeys(job_ids))
        batch_ids = {i for i in wanted if i in self._book.batches}
        if batch_ids:
            items = self._store.batch_job_ids(batch_ids)
            items += [i for i in self._order if self._jobs[i].batch_id in batch_ids]
            wanted = list(dict.fromkeys([i for i in wanted if i not in batch_ids] + items))
        missing = [i for i in wanted if i not in self._jobs]
        if missing:
            self._adopt(self._store.get_jobs(missing))
        return sorted((self._jobs[i] for i in wanted if i in self._jobs), key=queue_key)

    def _select_live(self, job_ids: Iterable[str]) -> list[Job]:
        """The jobs named that are in memory (a batch id: its items there). For commands
        that only apply to unfinished or paused jobs, which are always in memory."""
        wanted = list(dict.fromkeys(job_ids))
        batch_ids = {i for i in wanted if i in self._book.batches}
        jobs = [self._jobs[i] for i in wanted if i in self._jobs]
        if batch_ids:
            jobs += [self._jobs[i] for i in self._order if self._jobs[i].batch_id in batch_ids]
        return sorted({j.id: j for j in jobs}.values(), key=queue_key)

    def _adopt(self, jobs: list[Job]) -> None:
        """Jobs from the store join the ones in memory (uncounted from the history)."""
        if not jobs:
            return
        for job in jobs:
            self._history_counts[job.state] -= 1
            self._index(job)
        self._history_counts = +self._history_counts
        self._order = sorted(
            self._order + [j.id for j in jobs], key=lambda i: queue_key(self._jobs[i])
        )

    def _used_batches(self) -> set[str]:
        return self._store.used_batch_ids() | {
            j.batch_id for j in self._jobs.values() if j.batch_id
        }
