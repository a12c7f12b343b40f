"""The database file itself: private modes, its identity, a copy into a new file, and
moving a damaged one aside (kept, never deleted)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

from mediadesk.store.migrations import user_version

_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def make_private(path: Path) -> None:
    """The data folder 0700 and the database file 0600, before SQLite opens it: the job
    history (addresses, titles, folders) is nobody else's business. SQLite creates the WAL
    and shared-memory files with the database's mode; existing ones are fixed too."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    chmod_if_owned(path.parent, 0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    os.close(fd)
    chmod_if_owned(path, 0o600)
    restrict_side_files(path)


def restrict_side_files(path: Path) -> None:
    for suffix in _SIDE_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            chmod_if_owned(path.with_name(path.name + suffix), 0o600)


def chmod_if_owned(path: Path, mode: int) -> None:
    """Tighten ``path`` to ``mode`` unless it already is; only its owner may (or needs to)."""
    info = path.stat()
    if info.st_mode & 0o777 != mode and info.st_uid == os.geteuid():
        path.chmod(mode)


def file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def copy_database(source: sqlite3.Connection, path: Path) -> bool:
    """Copy the open database into a new file at ``path``; on failure leave no file there."""
    target = sqlite3.connect(path)
    try:
        source.backup(target)
    except sqlite3.Error:
        pass  # checked below
    finally:
        target.close()
    if is_complete(path):
        return True
    # A half-copied file is worse than none: the caller then starts a fresh one.
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()
    return False


def is_complete(path: Path) -> bool:
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(path)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok" and user_version(conn) > 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def move_aside(path: Path, label: str = "corrupt") -> Path:
    """Rename a database (and its WAL/SHM) to a dated name next to it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    return target
