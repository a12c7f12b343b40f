"""A JobStore in memory, for fast engine tests: the SQLite store's behaviour without a file.

It keeps the semantics the engine relies on (a transaction keeps all of its writes or none,
nested use joins the outer one, queue order by position, an event log per job that goes with
the job, settings that pass through JSON), so a test that passes here means the same there.
The shared contract suite (tests/unit/test_store_contract.py) holds both to it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from mediadesk.core.batch import ArchiveEntry, Batch
from mediadesk.core.job import Job, JobEvent
from mediadesk.core.ports import QueueKey
from mediadesk.core.states import JobState

_Undo = Callable[[], None]


class MemoryJobStore:
    """Jobs, their event log and settings in dicts; every write inside a transaction."""

    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        # Insertion sequence per job: ties in position keep insertion order, like SQLite's rowid.
        self._seq: dict[str, int] = {}
        self._next_seq = 0
        self._events: dict[str, list[JobEvent]] = {}
        self._settings: dict[str, str] = {}  # key -> JSON text, as the SQLite table holds it
        self._batches: dict[str, Batch] = {}
        self._archive: dict[tuple[str, str], ArchiveEntry] = {}
        self._depth = 0
        self._undo: list[_Undo] = []

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside are kept, or (on any exception) none; nested use joins the outer."""
        if self._depth:
            yield
            return
        self._depth = 1
        self._undo = []
        try:
            yield
        except BaseException:
            for undo in reversed(self._undo):
                undo()
            raise
        finally:
            self._depth = 0
            self._undo = []

    def _record(self, undo: _Undo) -> None:
        self._undo.append(undo)

    # -- jobs ---------------------------------------------------------------------------------

    def load_jobs(self) -> list[Job]:
        """Every job in queue order."""
        return sorted(self._jobs.values(), key=lambda j: (j.position, self._seq[j.id]))

    def insert_job(self, job: Job) -> None:
        with self.transaction():
            if job.id in self._jobs:
                raise ValueError(f"A job with id {job.id} is already stored.")
            self._jobs[job.id] = job
            self._seq[job.id] = self._next_seq
            self._next_seq += 1
            self._record(lambda: self._forget(job.id))

    def insert_jobs(self, jobs: Iterable[Job]) -> None:
        with self.transaction():
            for job in jobs:
                self.insert_job(job)

    # -- reading a long history without loading it ----------------------------------------------

    def _queue(self) -> list[Job]:
        return sorted(self._jobs.values(), key=lambda j: (j.position, j.id))

    def load_live_jobs(self) -> list[Job]:
        return [j for j in self._queue() if not j.state.is_final]

    def count_states(self) -> dict[JobState, int]:
        counts: dict[JobState, int] = {}
        for job in self._jobs.values():
            counts[job.state] = counts.get(job.state, 0) + 1
        return counts

    def page_jobs(
        self, after: QueueKey | None, limit: int, until: QueueKey | None = None
    ) -> list[Job]:
        page = [
            j
            for j in self._queue()
            if (after is None or (j.position, j.id) > after)
            and (until is None or (j.position, j.id) <= until)
        ]
        return page[: max(0, limit)]

    def get_jobs(self, job_ids: Collection[str]) -> list[Job]:
        wanted = set(job_ids)
        return [j for j in self._queue() if j.id in wanted]

    def batch_job_ids(self, batch_ids: Collection[str]) -> list[str]:
        wanted = set(batch_ids)
        return [j.id for j in self._queue() if j.batch_id in wanted]

    def used_batch_ids(self) -> set[str]:
        return {j.batch_id for j in self._jobs.values() if j.batch_id}

    def done_urls(self, urls: Sequence[str]) -> dict[str, str]:
        wanted = set(urls)
        return {j.url: j.id for j in self._queue() if j.url in wanted and j.state is JobState.DONE}

    def job_ids_in(
        self, states: Collection[JobState], finished_before: float | None = None
    ) -> list[str]:
        return [
            j.id
            for j in self._queue()
            if j.state in states
            and (
                finished_before is None
                or (j.finished_at is not None and j.finished_at < finished_before)
            )
        ]

    def jobs_with_url_containing(self, text: str) -> list[Job]:
        return [j for j in self._queue() if text in j.url]

    def max_position(self) -> int:
        return max((j.position for j in self._jobs.values()), default=0)

    def update_jobs(self, jobs: Iterable[Job]) -> None:
        """Replace stored jobs by id; ids that are not stored are ignored (like an UPDATE)."""
        with self.transaction():
            for job in jobs:
                old = self._jobs.get(job.id)
                if old is None:
                    continue
                self._jobs[job.id] = job
                self._record(lambda old=old: self._jobs.__setitem__(old.id, old))

    def update_job(self, job: Job) -> None:
        self.update_jobs([job])

    def delete_jobs(self, job_ids: Iterable[str]) -> None:
        """Remove jobs and their events; unknown ids are ignored."""
        with self.transaction():
            for job_id in job_ids:
                job = self._jobs.get(job_id)
                if job is None:
                    continue
                seq = self._seq[job_id]
                events = self._events.get(job_id)
                self._forget(job_id)
                self._record(
                    lambda job=job, seq=seq, events=events: self._restore(job, seq, events)
                )

    def _forget(self, job_id: str) -> None:
        del self._jobs[job_id]
        del self._seq[job_id]
        self._events.pop(job_id, None)

    def _restore(self, job: Job, seq: int, events: list[JobEvent] | None) -> None:
        self._jobs[job.id] = job
        self._seq[job.id] = seq
        if events is not None:
            self._events[job.id] = events

    # -- events -------------------------------------------------------------------------------

    def add_event(self, event: JobEvent) -> None:
        """Append to the job's log; a job that is not stored is an error (a foreign key)."""
        with self.transaction():
            if event.job_id not in self._jobs:
                raise ValueError(f"No job with id {event.job_id} for this event.")
            log = self._events.setdefault(event.job_id, [])
            log.append(event)
            self._record(log.pop)

    def add_events(self, events: Iterable[JobEvent]) -> None:
        with self.transaction():
            for event in events:
                self.add_event(event)

    def events(self, job_id: str, limit: int = 1000) -> list[JobEvent]:
        """The job's most recent events, oldest first (a negative limit means all, as in SQL)."""
        log = self._events.get(job_id, [])
        if limit < 0:
            return list(log)
        return log[max(0, len(log) - limit) :] if limit else []

    # -- batches and the download archive ------------------------------------------------------

    def load_batches(self) -> list[Batch]:
        return sorted(self._batches.values(), key=lambda b: b.created_at)

    def put_batch(self, batch: Batch) -> None:
        with self.transaction():
            self._put(self._batches, batch.id, batch)

    def delete_batches(self, batch_ids: Iterable[str]) -> None:
        with self.transaction():
            for batch_id in batch_ids:
                if batch_id in self._batches:
                    self._put(self._batches, batch_id, None)

    def load_archive(self) -> list[ArchiveEntry]:
        return list(self._archive.values())

    def add_archive(self, entries: Iterable[ArchiveEntry]) -> None:
        with self.transaction():
            for entry in entries:
                self._put(self._archive, entry.key, entry)

    def _put(self, table: dict[Any, Any], key: Any, value: Any) -> None:
        """Set (or, with None, delete) one value, undoably."""
        old = table.get(key)
        if value is None:
            del table[key]
        else:
            table[key] = value
        self._record(lambda: table.pop(key, None) if old is None else table.__setitem__(key, old))

    # -- settings -----------------------------------------------------------------------------

    def load_settings(self) -> dict[str, Any]:
        return {key: json.loads(text) for key, text in self._settings.items()}

    def save_settings(self, values: dict[str, Any]) -> None:
        """Store each value as JSON text: what cannot be written raises and nothing is kept."""
        with self.transaction():
            for key, value in values.items():
                text = json.dumps(value)
                old = self._settings.get(key)
                self._settings[key] = text
                self._record(lambda key=key, old=old: self._put_back(key, old))

    def _put_back(self, key: str, old: str | None) -> None:
        """Undo one settings write (``old`` is None when the key was not there)."""
        if old is None:
            del self._settings[key]
        else:
            self._settings[key] = old
