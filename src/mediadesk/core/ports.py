"""The interfaces the engine and the window depend on; implementations come in through
constructors (``store/`` has the SQLite and in-memory job stores)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from typing import Any, Protocol

from mediadesk.core.batch import ArchiveEntry, Batch
from mediadesk.core.credentials import Credentials
from mediadesk.core.job import Job, JobEvent


class JobStore(Protocol):
    """Where jobs, their log and the settings live. The engine is its only writer."""

    def transaction(self) -> AbstractContextManager[None]:
        """Group writes: all of them are kept, or none. Nested use joins the outer one."""
        ...

    def load_jobs(self) -> list[Job]:
        """Every job in queue order."""
        ...

    def insert_job(self, job: Job) -> None: ...

    def update_jobs(self, jobs: Iterable[Job]) -> None: ...

    def update_job(self, job: Job) -> None: ...

    def delete_jobs(self, job_ids: Iterable[str]) -> None: ...

    def add_event(self, event: JobEvent) -> None: ...

    def events(self, job_id: str, limit: int = 1000) -> list[JobEvent]:
        """The job's most recent events, oldest first."""
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

    def retain(self, job_ids: Iterable[str]) -> None:
        """Keep only these jobs' credentials."""
        ...
