"""The job store: one SQLite file, real columns, written only by the engine's thread."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import astuple, fields
from pathlib import Path
from typing import Any

from mediadesk.core.job import EventKind, FormatPreset, Job, JobEvent
from mediadesk.core.states import JobState
from mediadesk.store.backup import copy_before_migration
from mediadesk.store.errors import NewerDatabaseError, StoreError
from mediadesk.store.migrations import SCHEMA_VERSION, migrate, user_version

_JOB_COLUMNS = tuple(f.name for f in fields(Job))
_SELECT_JOBS = f"SELECT {', '.join(_JOB_COLUMNS)} FROM jobs"
_INSERT_JOB = (
    f"INSERT INTO jobs ({', '.join(_JOB_COLUMNS)}) VALUES ({', '.join('?' * len(_JOB_COLUMNS))})"
)
_UPDATE_JOB = f"UPDATE jobs SET {', '.join(f'{c} = ?' for c in _JOB_COLUMNS[1:])} WHERE id = ?"
_UI_PREFIX = "ui."
_CORRUPT_MARKERS = ("not a database", "malformed", "corrupt", "encrypted")


_STATES = {state.value: state for state in JobState}
_PRESETS = {preset.value: preset for preset in FormatPreset}
assert _JOB_COLUMNS[2:4] == ("state", "preset")


_BOOLS = tuple(i - 4 for i, f in enumerate(fields(Job)) if f.type in ("bool", bool))


def _row_to_job(row: tuple[Any, ...]) -> Job:
    """Positional construction: this runs for every job at launch (100,000 of them)."""
    rest = list(row[4:])
    for index in _BOOLS:  # SQLite hands back 0/1
        rest[index] = bool(rest[index])
    return Job(row[0], row[1], _STATES[row[2]], _PRESETS[row[3]], *rest)


def _job_params(job: Job) -> tuple[Any, ...]:
    values = list(astuple(job))
    values[_JOB_COLUMNS.index("state")] = job.state.value
    values[_JOB_COLUMNS.index("preset")] = job.preset.value
    return tuple(values)


class SqliteJobStore:
    """Jobs, their event log and settings in one SQLite file (WAL, user_version migrations)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, recovered_from: Path | None = None):
        self._conn = conn
        self.path = path
        #: Where a corrupt database was moved before this fresh one was created.
        self.recovered_from = recovered_from

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
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Cannot create the data folder {path.parent}: {exc}") from exc
        try:
            return cls(cls._connect(path), path)
        except NewerDatabaseError:
            raise
        except sqlite3.DatabaseError as exc:
            if not any(marker in str(exc).lower() for marker in _CORRUPT_MARKERS):
                raise StoreError(f"Cannot open the job database {path}: {exc}") from exc
        moved = _move_aside(path)
        try:
            return cls(cls._connect(path), path, recovered_from=moved)
        except sqlite3.DatabaseError as exc:
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
        return cls(conn, path)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
        try:
            # Check before anything writes: a newer database must stay exactly as it was.
            found = user_version(conn)
            if found > SCHEMA_VERSION:
                raise NewerDatabaseError(path, found, SCHEMA_VERSION)
            if found > 0:
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
            migrate(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT; nested use joins the outer transaction."""
        if self._conn.in_transaction:
            yield
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- jobs ---------------------------------------------------------------------------------

    def load_jobs(self) -> list[Job]:
        """Every job in queue order."""
        rows = self._conn.execute(f"{_SELECT_JOBS} ORDER BY position").fetchall()
        return [_row_to_job(row) for row in rows]

    def get_job(self, job_id: str) -> Job | None:
        row = self._conn.execute(f"{_SELECT_JOBS} WHERE id = ?", (job_id,)).fetchone()
        return _row_to_job(row) if row else None

    def insert_job(self, job: Job) -> None:
        with self.transaction():
            self._conn.execute(_INSERT_JOB, _job_params(job))

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
        with self.transaction():
            self._conn.execute(
                "INSERT INTO job_events (job_id, at, kind, message) VALUES (?, ?, ?, ?)",
                (event.job_id, event.at, event.kind.value, event.message),
            )

    def events(self, job_id: str, limit: int = 1000) -> list[JobEvent]:
        """The job's most recent events, oldest first."""
        rows = self._conn.execute(
            "SELECT job_id, at, kind, message FROM job_events WHERE job_id = ? "
            "ORDER BY id DESC LIMIT ?",
            (job_id, limit),
        ).fetchall()
        return [JobEvent(r[0], r[1], EventKind(r[2]), r[3]) for r in reversed(rows)]

    # -- settings -----------------------------------------------------------------------------

    def load_settings(self) -> dict[str, Any]:
        """User settings (keys without a namespace prefix)."""
        return {k: v for k, v in self._load_values().items() if not k.startswith(_UI_PREFIX)}

    def save_settings(self, values: dict[str, Any]) -> None:
        self._save_values(values)

    def load_ui_state(self) -> dict[str, Any]:
        """Window layout, stored beside the settings under the ``ui.`` prefix."""
        n = len(_UI_PREFIX)
        return {k[n:]: v for k, v in self._load_values().items() if k.startswith(_UI_PREFIX)}

    def save_ui_state(self, values: dict[str, Any]) -> None:
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


def _move_aside(path: Path) -> Path:
    """Rename a corrupt database (and its WAL/SHM) to a dated name next to it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    return target
