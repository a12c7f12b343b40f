"""The interfaces the engine and the window depend on; implementations come in through
constructors (``store/`` has the SQLite and in-memory job stores)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from mediadesk.core.batch import ArchiveEntry, Batch
from mediadesk.core.credentials import Credentials
from mediadesk.core.job import Job, JobEvent
from mediadesk.core.states import JobState

#: Where a page of jobs starts or ends: (position, id), the queue's total order.
QueueKey = tuple[int, str]


class JobStore(Protocol):
    """Where jobs, their log and the settings live. The engine is its only writer."""

    def transaction(self) -> AbstractContextManager[None]:
        """Group writes: all of them are kept, or none. Nested use joins the outer one."""
        ...

    def load_jobs(self) -> list[Job]:
        """Every job in queue order."""
        ...

    def insert_job(self, job: Job) -> None: ...

    def insert_jobs(self, jobs: Iterable[Job]) -> None:
        """Many jobs in one statement (a 100,000-entry playlist); all or none."""
        ...

    def update_jobs(self, jobs: Iterable[Job]) -> None: ...

    def update_job(self, job: Job) -> None: ...

    def delete_jobs(self, job_ids: Iterable[str]) -> None: ...

    def add_event(self, event: JobEvent) -> None: ...

    def add_events(self, events: Iterable[JobEvent]) -> None:
        """Many log lines in one statement, in the order given; all or none."""
        ...

    def events(self, job_id: str, limit: int = 1000) -> list[JobEvent]:
        """The job's most recent events, oldest first."""
        ...

    # -- reading a long history without loading it (all reads; damaged rows left out) ------

    def load_live_jobs(self) -> list[Job]:
        """Jobs that are not finished (queued, running, paused), in queue order."""
        ...

    def count_states(self) -> dict[JobState, int]:
        """How many jobs are in each state (cheap: no row is built)."""
        ...

    def page_jobs(
        self, after: QueueKey | None, limit: int, until: QueueKey | None = None
    ) -> list[Job]:
        """Up to ``limit`` jobs in queue order (position, then id) after ``after`` (None: from
        the start), none past ``until``."""
        ...

    def get_jobs(self, job_ids: Collection[str]) -> list[Job]:
        """These jobs (those that are stored), in queue order."""
        ...

    def batch_job_ids(self, batch_ids: Collection[str]) -> list[str]:
        """Ids of every item of these batches, in queue order."""
        ...

    def used_batch_ids(self) -> set[str]:
        """Batches that still have at least one item."""
        ...

    def done_urls(self, urls: Sequence[str]) -> dict[str, str]:
        """url -> id of a finished (done) job that downloaded it, for the urls given."""
        ...

    def job_ids_in(
        self, states: Collection[JobState], finished_before: float | None = None
    ) -> list[str]:
        """Ids of jobs in these states (and finished before that time, when given)."""
        ...

    def jobs_with_url_containing(self, text: str) -> list[Job]:
        """Jobs whose address contains ``text`` (e.g. "@": a password to move out)."""
        ...

    def max_position(self) -> int:
        """The largest position of any job (0 without jobs)."""
        ...

    def load_settings(self) -> dict[str, Any]: ...

    def save_settings(self, values: dict[str, Any]) -> None: ...

    def load_batches(self) -> list[Batch]: ...

    def put_batch(self, batch: Batch) -> None:
        """Insert or replace (a batch's entry count changes when new items are found)."""
        ...

    def delete_batches(self, batch_ids: Iterable[str]) -> None: ...

    def load_archive(self) -> list[ArchiveEntry]: ...

    def add_archive(self, entries: Iterable[ArchiveEntry]) -> None:
        """Record finished videos by identity; a known identity is overwritten."""
        ...


class LayoutStore(Protocol):
    """Window layout (geometry, columns, sort, filter, one-time hints): the window's own."""

    def load_layout(self) -> dict[str, Any]: ...

    def save_layout(self, values: dict[str, Any]) -> None: ...


class CredentialStore(Protocol):
    """Where passwords given in addresses are kept, out of the job store (keyed by job id).

    Implementations raise an error with a message for the user when they cannot work safely.
    """

    def get(self, job_id: str) -> Credentials | None: ...

    def put_many(self, items: Mapping[str, Credentials]) -> None: ...

    def delete(self, job_ids: Iterable[str]) -> None: ...

    def job_ids(self) -> set[str]:
        """The jobs that have credentials kept (usually none: the launch asks first)."""
        ...

    def retain(self, job_ids: Iterable[str]) -> None:
        """Keep only these jobs' credentials."""
        ...
