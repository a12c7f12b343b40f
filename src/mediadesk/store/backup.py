"""A copy of the job database taken before a migration, so an update can always be undone.

The copy goes through SQLite's online backup API, which reads through the connection and so
includes what still sits in the WAL (a plain file copy would miss it). It is written under a
temporary name with mode 0600, made self-contained (rollback journal, no -wal beside it) and
only then renamed to ``<name>.pre-v<version>``; older ``<name>.pre-v*`` copies go after that.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from mediadesk.store.errors import StoreError

_SIDE_FILES = ("-journal", "-wal", "-shm")


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.pre-v{version}")


def copy_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the database behind ``conn`` (at schema ``version``) next to ``path``.

    Raises StoreError, leaving no partial copy, when the copy cannot be written (disk full,
    unwritable folder): then the database must not be migrated.
    """
    target = backup_path(path, version)
    partial = target.with_name(target.name + ".partial")
    try:
        _remove_with_side_files(partial)
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.chmod(partial, 0o600)
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            conn.backup(copy)
            # The source may be in WAL mode; the copy is one file that opens on its own.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        _fsync(partial)
        _remove_with_side_files(target)  # a stale -wal must never be replayed onto the copy
        os.replace(partial, target)
        _fsync(target.parent)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            _remove_with_side_files(partial)
        raise StoreError(
            f"MediaDesk must update the job database {path} (schema version {version}), but "
            f"could not first save a copy of it as {target}: {exc}. Free some disk space or "
            "make the folder writable, then start MediaDesk again. The database has not been "
            "changed."
        ) from exc
    _remove_older_copies(path, keep=target)
    return target


def _remove_older_copies(path: Path, keep: Path) -> None:
    """Only the latest copy is kept; a copy that cannot be removed is left for the user."""
    for old in path.parent.glob(f"{_glob_escape(path.name)}.pre-v*"):
        if old == keep or old.name.startswith(keep.name + "-"):
            continue
        with contextlib.suppress(OSError):
            old.unlink()


def _remove_with_side_files(path: Path) -> None:
    for name in (path.name, *(path.name + s for s in _SIDE_FILES)):
        path.with_name(name).unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
