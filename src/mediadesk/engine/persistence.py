"""How the engine writes to its store without ever losing the truth it holds in memory.

The engine's jobs in memory are the truth; the store is their copy on disk. A write the store
refuses (disk full, read-only, I/O error) marks what it carried as unsaved: the jobs by id
(their current values are written later, so a later change is never overwritten by an older
one), the log lines, the deletions and the settings. A timer writes everything unsaved again
until it works; meanwhile ``problemChanged`` carries a sentence for the window, and the engine
starts no new work (``healthy`` is False). The same timer notices a database file that was
deleted (or replaced) under the running app, and writes the whole state to a new one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from mediadesk.core.batch import ArchiveEntry, Batch
from mediadesk.core.i18n import translate
from mediadesk.core.job import Job, JobEvent
from mediadesk.core.ports import JobStore
from mediadesk.core.store_failure import StoreWriteFailed

MAX_PENDING_EVENTS = 10_000  # log lines kept for a store that stays unwritable for hours


@runtime_checkable
class DetachableStore(Protocol):
    """A store on a file that can be deleted under it (the SQLite store)."""

    path: Path

    def is_detached(self) -> bool: ...

    def reattach(self) -> bool:
        """Start a new file at ``path``; True when the old content was copied into it."""
        ...


def reattached_text(path: Path, copied: bool) -> str:
    kept = (
        translate("Persistence", "nothing was lost")
        if copied
        else translate(
            "Persistence", "every job was written again (their logs could not be recovered)"
        )
    )
    return translate(
        "Persistence",
        "The folder holding the job list ({parent}) was deleted while "
        "MediaDesk was running. The job list was saved again as {path}; {kept}.",
    ).format(parent=path.parent, path=path, kept=kept)


class StorePersistence(QObject):
    """The engine's only way to write: writes now, or remembers and retries."""

    problemChanged = Signal(object)  # str: what cannot be saved and where; None: recovered
    saved = Signal()  # everything unsaved reached the store: held-back work may start
    reattached = Signal(str)  # the database was written again at its path: tell the user

    def __init__(
        self,
        store: JobStore,
        jobs: Callable[[], Mapping[str, Job]],
        settings: Callable[[], dict[str, Any]],
        *,
        retry_ms: int = 2000,
        check_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._jobs = jobs
        self._settings = settings
        self._retry_ms = retry_ms
        self._check_ms = check_ms
        self._problem: str | None = None
        self._inserts: set[str] = set()
        self._updates: set[str] = set()
        self._deletes: set[str] = set()
        self._events: list[JobEvent] = []
        self._settings_unsaved = False
        self._batch_puts: dict[str, Batch] = {}
        self._batch_deletes: set[str] = set()
        self._archive: list[ArchiveEntry] = []
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer)

    @property
    def healthy(self) -> bool:
        """Everything is on disk: new work may start."""
        return self._problem is None

    @property
    def problem(self) -> str | None:
        return self._problem

    def start(self) -> None:
        self._timer.start(self._retry_ms if self._problem else self._check_ms)

    def stop(self) -> bool:
        """A last attempt to save what is unsaved (at quit); True when nothing is left."""
        self._timer.stop()
        self._on_timer()
        self._timer.stop()
        return self._problem is None

    def write(
        self,
        *,
        insert: Iterable[Job] = (),
        update: Iterable[Job] = (),
        events: Iterable[JobEvent] = (),
        delete: Iterable[str] = (),
        settings: dict[str, Any] | None = None,
        batches: Iterable[Batch] = (),
        delete_batches: Iterable[str] = (),
        archive: Iterable[ArchiveEntry] = (),
    ) -> bool:
        """Write in one transaction, or remember it all as unsaved. True when written.

        A batch goes in with its items (``batches`` before ``insert``), so a crash never leaves
        one without the other."""
        insert, update, events, delete = list(insert), list(update), list(events), list(delete)
        batches, delete_batches, archive = list(batches), list(delete_batches), list(archive)
        if self._problem is None:
            try:
                with self._store.transaction():
                    for batch in batches:
                        self._store.put_batch(batch)
                    if archive:
                        self._store.add_archive(archive)
                    if delete:
                        self._store.delete_jobs(delete)
                    if insert:
                        self._store.insert_jobs(insert)
                    if update:
                        self._store.update_jobs(update)
                    if events:
                        self._store.add_events(events)
                    if settings is not None:
                        self._store.save_settings(settings)
                    if delete_batches:
                        self._store.delete_batches(delete_batches)
                return True
            except StoreWriteFailed as exc:
                self._failed(exc)
        self._remember(insert, update, events, delete, settings is not None)
        for batch in batches:
            self._batch_puts[batch.id] = batch
            self._batch_deletes.discard(batch.id)
        for batch_id in delete_batches:
            self._batch_puts.pop(batch_id, None)
            self._batch_deletes.add(batch_id)
        self._archive.extend(archive)
        return False

    def pending_events(self, job_id: str) -> list[JobEvent]:
        """Log lines not yet on disk, so the details pane shows them meanwhile."""
        return [e for e in self._events if e.job_id == job_id]

    # -- failing and recovering ---------------------------------------------------------------

    def _remember(
        self,
        insert: list[Job],
        update: list[Job],
        events: list[JobEvent],
        delete: list[str],
        settings: bool,
    ) -> None:
        self._inserts.update(j.id for j in insert)
        self._updates.update(j.id for j in update)
        self._events.extend(events)
        del self._events[:-MAX_PENDING_EVENTS]
        for job_id in delete:
            if job_id in self._inserts:
                self._inserts.discard(job_id)  # never reached the disk: nothing to delete
            else:
                self._deletes.add(job_id)
            self._updates.discard(job_id)
        if delete:
            gone = set(delete)
            self._events = [e for e in self._events if e.job_id not in gone]
        self._settings_unsaved = self._settings_unsaved or settings

    def _failed(self, exc: StoreWriteFailed) -> None:
        text = exc.user_text()
        self._timer.start(self._retry_ms)
        if text != self._problem:
            self._problem = text
            self.problemChanged.emit(text)

    @Slot()
    def _on_timer(self) -> None:
        if isinstance(self._store, DetachableStore) and self._store.is_detached():
            self._reattach(self._store)
        elif self._problem is not None:
            self._write_unsaved()

    def _reattach(self, store: DetachableStore) -> None:
        try:
            copied = store.reattach()
        except StoreWriteFailed as exc:
            self._failed(exc)
            return
        # Memory is the truth: write every job over the copy (or into the empty new file).
        ids = set(self._jobs())
        if copied:
            self._updates |= ids - self._inserts
        else:
            self._inserts |= ids
            self._updates.clear()
            self._deletes.clear()
            self._settings_unsaved = True
        self._write_unsaved()
        self.reattached.emit(reattached_text(store.path, copied))

    def _write_unsaved(self) -> None:
        jobs = self._jobs()
        inserts = [jobs[i] for i in self._inserts if i in jobs]
        updates = [jobs[i] for i in self._updates - self._inserts if i in jobs]
        events = [e for e in self._events if e.job_id in jobs]
        try:
            with self._store.transaction():
                for batch in self._batch_puts.values():
                    self._store.put_batch(batch)
                if self._archive:
                    self._store.add_archive(self._archive)
                if self._deletes:
                    self._store.delete_jobs(sorted(self._deletes))
                if inserts:
                    self._store.insert_jobs(sorted(inserts, key=lambda j: j.position))
                if updates:
                    self._store.update_jobs(updates)
                if events:
                    self._store.add_events(events)
                if self._settings_unsaved:
                    self._store.save_settings(self._settings())
                if self._batch_deletes:
                    self._store.delete_batches(sorted(self._batch_deletes))
        except StoreWriteFailed as exc:
            self._failed(exc)
            return
        self._batch_puts.clear()
        self._batch_deletes.clear()
        self._archive.clear()
        self._inserts.clear()
        self._updates.clear()
        self._deletes.clear()
        self._events.clear()
        self._settings_unsaved = False
        self._timer.start(self._check_ms)
        if self._problem is not None:
            self._problem = None
            self.problemChanged.emit(None)
            self.saved.emit()
