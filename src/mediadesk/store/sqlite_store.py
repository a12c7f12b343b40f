"""The job store: one SQLite file, real columns, written only by the engine's thread."""

from __future__ import annotations

import contextlib
import json
import operator
import sqlite3
import threading
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any

from mediadesk.core.batch import ArchiveEntry, Batch
from mediadesk.core.job import EventKind, Job, JobEvent
from mediadesk.core.ports import QueueKey
from mediadesk.core.states import JobState
from mediadesk.core.store_failure import StoreWriteFailed, WriteProblem
from mediadesk.store.backup import copy_before_migration
from mediadesk.store.clean_close import take_clean_note, write_clean_note
from mediadesk.store.database_files import (
    copy_database,
    file_identity,
    make_private,
    move_aside,
    restrict_side_files,
)
from mediadesk.store.errors import NewerDatabaseError, StoreError
from mediadesk.store.migrations import SCHEMA_VERSION, migrate, user_version
from mediadesk.store.row_check import (
    LOAD_FILTER,
    VALID_ROW,
    DamagedJob,
    damaged_from_row,
    jobs_from_rows,
)

_JOB_COLUMNS = tuple(f.name for f in fields(Job))
_SELECT_JOBS = f"SELECT {', '.join(_JOB_COLUMNS)} FROM jobs WHERE {LOAD_FILTER}"
_SELECT_DAMAGED = (
    f"SELECT rowid, {', '.join(_JOB_COLUMNS)} FROM jobs WHERE NOT {VALID_ROW} ORDER BY position"
)
_INSERT_EVENT = "INSERT INTO job_events (job_id, at, kind, message) VALUES (?, ?, ?, ?)"
_LIVE_STATES = ", ".join(f"'{s.value}'" for s in JobState if not s.is_final)
_CHUNK = 500  # ids per IN (...) list, well below SQLite's parameter limit
_EVENT_KINDS = ", ".join(f"'{kind.value}'" for kind in EventKind)
_INSERT_JOB = (
    f"INSERT INTO jobs ({', '.join(_JOB_COLUMNS)}) VALUES ({', '.join('?' * len(_JOB_COLUMNS))})"
)
_UPDATE_JOB = f"UPDATE jobs SET {', '.join(f'{c} = ?' for c in _JOB_COLUMNS[1:])} WHERE id = ?"
_BATCH_COLUMNS = tuple(f.name for f in fields(Batch))
_PUT_BATCH = (
    f"INSERT OR REPLACE INTO batches ({', '.join(_BATCH_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_BATCH_COLUMNS))})"
)
_UI_PREFIX = "ui."
_CORRUPT_MARKERS = ("not a database", "malformed", "corrupt", "encrypted")
# Primary result codes (the low byte of sqlite_errorcode) that mean "the environment", not a bug.
_PROBLEMS = {13: WriteProblem.DISK_FULL, 8: WriteProblem.READ_ONLY, 10: WriteProblem.IO_ERROR}


_JOB_VALUES = operator.attrgetter(*_JOB_COLUMNS)
assert _JOB_COLUMNS[2:4] == ("state", "preset")


def _job_params(job: Job) -> tuple[Any, ...]:
    """Column values in order, in one C call (it runs 100,000 times for a big playlist). Not
    ``dataclasses.astuple``: it deep-copies every field."""
    values = _JOB_VALUES(job)
    return (*values[:2], job.state.value, job.preset.value, *values[4:])


class SqliteJobStore:
    """Jobs, their event log and settings in one SQLite file (WAL, user_version migrations)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        recovered_from: Path | None = None,
        *,
        writable: bool = True,
    ):
        self._conn = conn
        self._writable = writable
        self.path = path
        #: Where a corrupt database was moved before this fresh one was created.
        self.recovered_from = recovered_from
        self._identity = file_identity(path)
        self._damaged_at_load: bool | None = None  # did load_jobs leave any row out?
        self._closed = False
        self._scans: set[sqlite3.Connection] = set()  # scan_damaged's, in other threads
        self._scans_changed = threading.Condition()

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path) -> SqliteJobStore:
        """Open (creating or migrating) the database at ``path``.

        A newer schema raises NewerDatabaseError without touching the file. An older one is
        first copied to ``<name>.pre-v<version>`` (see store/backup.py); when that copy cannot
        be written, StoreError says so and the file is left as it was. A corrupt file is
        moved aside (kept, never deleted) and a fresh database created; ``recovered_from``
        then names the moved file so the app can tell the user.
        """
        path = Path(path)
        try:
            make_private(path)
        except OSError as exc:
            raise StoreError(f"Cannot create the data folder {path.parent}: {exc}") from exc
        try:
            return cls(cls._connect(path), path)
        except NewerDatabaseError:
            raise
        except sqlite3.DatabaseError as exc:
            if not any(marker in str(exc).lower() for marker in _CORRUPT_MARKERS):
                raise StoreError(f"Cannot open the job database {path}: {exc}") from exc
        moved = move_aside(path)
        try:
            make_private(path)
            return cls(cls._connect(path), path, recovered_from=moved)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(f"Cannot create a new job database {path}: {exc}") from exc

    @classmethod
    def open_readonly(cls, path: str | Path) -> SqliteJobStore | None:
        """Open for reading only, e.g. ``mediadesk --list`` while the app runs.

        Never creates, migrates or moves the file. None when there is no job database yet;
        a newer schema raises NewerDatabaseError, an older or unreadable one StoreError.
        """
        path = Path(path)
        if not path.is_file():
            return None
        try:
            conn = sqlite3.connect(
                f"{path.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(f"Cannot read the job database {path}: {exc}") from exc
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("PRAGMA query_only = ON")
            found = user_version(conn)
            if found > SCHEMA_VERSION:
                raise NewerDatabaseError(path, found, SCHEMA_VERSION)
            if found == 0:
                conn.close()
                return None
            if found < SCHEMA_VERSION:
                raise StoreError(
                    f"The job database {path} was written by an older MediaDesk (schema "
                    f"version {found}; this version reads {SCHEMA_VERSION}). Start MediaDesk "
                    "once to update it. The file has not been changed."
                )
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"Cannot read the job database {path}: {exc}") from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, writable=False)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
        try:
            # Check before anything writes: a newer database must stay exactly as it was.
            found = user_version(conn)
            if found > SCHEMA_VERSION:
                raise NewerDatabaseError(path, found, SCHEMA_VERSION)
            if found > 0 and not take_clean_note(path):
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    raise sqlite3.DatabaseError(f"database disk image is malformed: {result}")
            if 0 < found < SCHEMA_VERSION:
                # Before anything writes (even the journal mode): an update can be undone.
                copy_before_migration(conn, path, found)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("PRAGMA foreign_keys = ON")
            # Overwritten and deleted rows are zeroed, not left in free pages (an address
            # that once held a password must not linger in the file).
            conn.execute("PRAGMA secure_delete = ON")
            migrate(conn)
            restrict_side_files(path)
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        already = self._closed
        self._closed = True
        self._end_scans()
        self._conn.close()
        if self._writable and not already and not self.is_detached():
            write_clean_note(self.path)

    def _end_scans(self, timeout: float = 2.0) -> None:
        """Stop a background scan still reading (the app may quit before it ends), so this
        connection is the last: SQLite then folds its log into the file and removes it."""
        with self._scans_changed:
            for conn in self._scans:
                conn.interrupt()
            self._scans_changed.wait_for(lambda: not self._scans, timeout=timeout)

    # -- the file under the connection ---------------------------------------------------------

    def is_detached(self) -> bool:
        """True when the file at ``path`` is no longer the one this connection writes to
        (its folder was deleted or the file replaced): every write would then be lost."""
        return self._identity is not None and file_identity(self.path) != self._identity

    def reattach(self) -> bool:
        """Write a new database at ``path`` (its folder created again, 0700) and switch to it.

        The old connection still reads the deleted file, so its whole content (jobs, log,
        settings) is copied across; True when that worked, False when the new database
        started empty (the caller then writes every job again). Raises StoreWriteFailed.
        """
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            if self.path.exists():  # something else now sits at our path: keep it, aside
                move_aside(self.path, "replaced")
            make_private(self.path)  # 0700 folder, 0600 file before a byte is copied into it
            copied = copy_database(self._conn, self.path)
            make_private(self.path)
            conn = self._connect(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise _write_failed(self.path, exc) from exc
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        self._conn = conn
        self._identity = file_identity(self.path)
        return copied

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT; nested use joins the outer transaction.

        A write the environment refused (disk full, read-only, I/O error) is rolled back and
        raised as StoreWriteFailed; the caller still has the values and can write them later.
        """
        if self._conn.in_transaction:
            yield
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._rollback()
                raise
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            if isinstance(exc, sqlite3.OperationalError) or type(exc) is sqlite3.DatabaseError:
                raise _write_failed(self.path, exc) from exc
            raise

    def _rollback(self) -> None:
        # SQLite may already have rolled back (SQLITE_FULL, SQLITE_IOERR): only end what is open.
        if self._conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    # -- jobs ---------------------------------------------------------------------------------

    def load_jobs(self) -> list[Job]:
        """Every job in queue order; damaged rows are left out (see ``load_damaged``)."""
        rows = self._conn.execute(f"{_SELECT_JOBS} ORDER BY position")
        jobs = jobs_from_rows(rows)
        total = self._conn.execute("SELECT count(*) FROM jobs").fetchone()[0]
        self._damaged_at_load = total != len(jobs)
        return jobs

    def load_damaged(self) -> list[DamagedJob]:
        """Rows with a value no job can have; they stay in the file, untouched."""
        if self._damaged_at_load is False:
            return []  # the usual case, without the slower check of every value in SQL
        rows = self._conn.execute(_SELECT_DAMAGED).fetchall()
        return [damaged_from_row(row[0], row[1:]) for row in rows]

    def scan_damaged(self) -> tuple[list[DamagedJob], dict[JobState, int]]:
        """Every damaged row, and how many of them name each valid state (they are in
        ``count_states``). Reads through its own read-only connection, so it may run in
        another thread while the engine writes (launch does not wait for this full scan)."""
        conn = sqlite3.connect(
            f"{self.path.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        with self._scans_changed:
            if self._closed:  # the app quit before the scan began: it never reads
                conn.close()
                raise StoreError("The job database was closed before it could be checked.")
            self._scans.add(conn)
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            rows = conn.execute(_SELECT_DAMAGED).fetchall()
        finally:
            conn.close()
            with self._scans_changed:
                self._scans.discard(conn)
                self._scans_changed.notify_all()
        known = {state.value: state for state in JobState}
        counts: dict[JobState, int] = {}
        state_column = 1 + _JOB_COLUMNS.index("state")
        for row in rows:
            state = known.get(row[state_column]) if isinstance(row[state_column], str) else None
            if state is not None:
                counts[state] = counts.get(state, 0) + 1
        return [damaged_from_row(row[0], row[1:]) for row in rows], counts

    def get_job(self, job_id: str) -> Job | None:
        rows = self._conn.execute(f"{_SELECT_JOBS} AND id = ?", (job_id,)).fetchall()
        jobs = jobs_from_rows(rows)
        return jobs[0] if jobs else None

    def insert_job(self, job: Job) -> None:
        with self.transaction():
            self._conn.execute(_INSERT_JOB, _job_params(job))

    def insert_jobs(self, jobs: Iterable[Job]) -> None:
        with self.transaction():
            self._conn.executemany(_INSERT_JOB, map(_job_params, jobs))

    # -- reading a long history without loading it ----------------------------------------------

    def load_live_jobs(self) -> list[Job]:
        """Unfinished and paused jobs in queue order (the state index finds them)."""
        return self._select(f"state IN ({_LIVE_STATES})", ())

    def count_states(self) -> dict[JobState, int]:
        rows = self._conn.execute("SELECT state, count(*) FROM jobs GROUP BY state")
        known = {state.value: state for state in JobState}
        return {known[s]: n for s, n in rows if s in known}

    def page_jobs(
        self, after: QueueKey | None, limit: int, until: QueueKey | None = None
    ) -> list[Job]:
        where, params = ["1"], []
        if after is not None:
            where.append("(position, id) > (?, ?)")
            params += after
        if until is not None:
            where.append("(position, id) <= (?, ?)")
            params += until
        return self._select(" AND ".join(where), params, f"LIMIT {int(limit)}")

    def get_jobs(self, job_ids: Collection[str]) -> list[Job]:
        jobs: list[Job] = []
        for chunk in _chunks(list(job_ids)):
            jobs += self._select(f"id IN ({', '.join('?' * len(chunk))})", chunk)
        return sorted(jobs, key=lambda j: (j.position, j.id))

    def batch_job_ids(self, batch_ids: Collection[str]) -> list[str]:
        found: list[tuple[int, str]] = []
        for chunk in _chunks(list(batch_ids)):
            found += self._conn.execute(
                f"SELECT position, id FROM jobs WHERE batch_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        return [job_id for _, job_id in sorted(found)]

    def used_batch_ids(self) -> set[str]:
        rows = self._conn.execute("SELECT DISTINCT batch_id FROM jobs WHERE batch_id IS NOT NULL")
        return {row[0] for row in rows}

    def done_urls(self, urls: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk in _chunks(list(dict.fromkeys(urls))):
            rows = self._conn.execute(
                f"SELECT url, id FROM jobs WHERE url IN ({', '.join('?' * len(chunk))}) "
                "AND state = ? ORDER BY position",
                (*chunk, JobState.DONE.value),
            )
            found.update(rows)
        return found

    def job_ids_in(
        self, states: Collection[JobState], finished_before: float | None = None
    ) -> list[str]:
        sql = f"SELECT id FROM jobs WHERE state IN ({', '.join('?' * len(states))})"
        params: list[Any] = [s.value for s in states]
        if finished_before is not None:
            sql += " AND finished_at < ?"
            params.append(finished_before)
        return [row[0] for row in self._conn.execute(f"{sql} ORDER BY position, id", params)]

    def jobs_with_url_containing(self, text: str) -> list[Job]:
        # A plain scan of the table (several times faster than one in position order).
        rows = self._conn.execute(
            f"SELECT {', '.join(_JOB_COLUMNS)} FROM jobs NOT INDEXED "
            f"WHERE instr(url, ?) > 0 AND {LOAD_FILTER}",
            (text,),
        )
        return sorted(jobs_from_rows(rows), key=lambda j: (j.position, j.id))

    def max_position(self) -> int:
        return int(self._conn.execute("SELECT coalesce(max(position), 0) FROM jobs").fetchone()[0])

    def _select(self, condition: str, params: Sequence[Any], limit: str = "") -> list[Job]:
        # The cheap condition first: SQLite evaluates AND terms in order, and the row check
        # (LOAD_FILTER) would otherwise run on every row of a scan.
        rows = self._conn.execute(
            f"SELECT {', '.join(_JOB_COLUMNS)} FROM jobs WHERE ({condition}) AND {LOAD_FILTER} "
            f"ORDER BY position, id {limit}",
            tuple(params),
        )
        return jobs_from_rows(rows)

    def update_jobs(self, jobs: Iterable[Job]) -> None:
        params = [(*_job_params(job)[1:], job.id) for job in jobs]
        with self.transaction():
            self._conn.executemany(_UPDATE_JOB, params)

    def update_job(self, job: Job) -> None:
        self.update_jobs([job])

    def delete_jobs(self, job_ids: Iterable[str]) -> None:
        with self.transaction():
            self._conn.executemany("DELETE FROM jobs WHERE id = ?", [(i,) for i in job_ids])

    # -- events -------------------------------------------------------------------------------

    def add_event(self, event: JobEvent) -> None:
        self.add_events([event])

    def add_events(self, events: Iterable[JobEvent]) -> None:
        with self.transaction():
            self._conn.executemany(
                _INSERT_EVENT, ((e.job_id, e.at, e.kind.value, e.message) for e in events)
            )

    def events(self, job_id: str, limit: int = 1000) -> list[JobEvent]:
        """The job's most recent events, oldest first (none once the store is closed: a
        window can still be drawing while the app shuts down)."""
        if self._closed:
            return []
        rows = self._conn.execute(
            "SELECT job_id, at, kind, message FROM job_events WHERE job_id = ? "
            f"AND kind IN ({_EVENT_KINDS}) ORDER BY id DESC LIMIT ?",
            (job_id, limit),
        ).fetchall()
        return [JobEvent(r[0], r[1], EventKind(r[2]), r[3]) for r in reversed(rows)]

    # -- batches and the download archive ------------------------------------------------------

    def load_batches(self) -> list[Batch]:
        rows = self._conn.execute(
            f"SELECT {', '.join(_BATCH_COLUMNS)} FROM batches ORDER BY created_at"
        ).fetchall()
        batches = []
        for row in rows:
            try:
                batches.append(Batch(*row))
            except TypeError:  # pragma: no cover - a row SQLite itself would not produce
                continue
        return batches

    def put_batch(self, batch: Batch) -> None:
        with self.transaction():
            self._conn.execute(_PUT_BATCH, tuple(getattr(batch, c) for c in _BATCH_COLUMNS))

    def delete_batches(self, batch_ids: Iterable[str]) -> None:
        with self.transaction():
            self._conn.executemany("DELETE FROM batches WHERE id = ?", [(i,) for i in batch_ids])

    def load_archive(self) -> list[ArchiveEntry]:
        rows = self._conn.execute(
            "SELECT extractor, video_id, job_id, finished_at FROM archive"
        ).fetchall()
        return [ArchiveEntry(*row) for row in rows]

    def add_archive(self, entries: Iterable[ArchiveEntry]) -> None:
        with self.transaction():
            self._conn.executemany(
                "INSERT OR REPLACE INTO archive (extractor, video_id, job_id, finished_at) "
                "VALUES (?, ?, ?, ?)",
                [(e.extractor, e.video_id, e.job_id, e.finished_at) for e in entries],
            )

    # -- settings -----------------------------------------------------------------------------

    def load_settings(self) -> dict[str, Any]:
        """User settings (keys without a namespace prefix)."""
        return {k: v for k, v in self._load_values().items() if not k.startswith(_UI_PREFIX)}

    def save_settings(self, values: dict[str, Any]) -> None:
        self._save_values(values)

    def load_layout(self) -> dict[str, Any]:
        """Window layout (the LayoutStore port), stored beside the settings under the ``ui.``
        prefix, where earlier versions kept it too."""
        n = len(_UI_PREFIX)
        return {k[n:]: v for k, v in self._load_values().items() if k.startswith(_UI_PREFIX)}

    def save_layout(self, values: dict[str, Any]) -> None:
        self._save_values({_UI_PREFIX + k: v for k, v in values.items()})

    def _load_values(self) -> dict[str, Any]:
        rows = self._conn.execute("SELECT key, value FROM settings").fetchall()
        result: dict[str, Any] = {}
        for key, value in rows:
            try:
                result[key] = json.loads(value)
            except ValueError:
                continue
        return result

    def _save_values(self, values: dict[str, Any]) -> None:
        with self.transaction():
            self._conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [(k, json.dumps(v)) for k, v in values.items()],
            )


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _write_failed(path: Path, exc: BaseException) -> StoreWriteFailed:
    code = getattr(exc, "sqlite_errorcode", None)
    problem = _PROBLEMS.get(code & 0xFF) if isinstance(code, int) else None
    if problem is None and isinstance(exc, OSError):
        problem = WriteProblem.DISK_FULL if exc.errno == 28 else WriteProblem.IO_ERROR
    return StoreWriteFailed(path, problem or WriteProblem.OTHER, str(exc))
