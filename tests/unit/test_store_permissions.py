"""The job history is private: data folder 0700, database and its WAL/SHM files 0600."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState
from mediadesk.store.sqlite_store import SqliteJobStore


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The common desktop umask, under which files are world-readable unless made private."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _modes(db_path: Path) -> dict[str, int]:
    found = {db_path.parent.name + "/": _mode(db_path.parent)}
    for suffix in ("", "-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            found[side.name] = _mode(side)
    return found


def _add_a_job(store: SqliteJobStore, tmp_path: Path) -> None:
    store.insert_job(
        Job(
            "a" * 16, "https://a.example/v", JobState.QUEUED, FormatPreset.BEST, str(tmp_path), 1, 0
        )
    )


def test_a_new_database_is_private(db_path: Path, tmp_path: Path) -> None:
    store = SqliteJobStore.open(db_path)
    try:
        _add_a_job(store, tmp_path)
        assert _modes(db_path) == {
            "data/": 0o700,
            "jobs.sqlite3": 0o600,
            "jobs.sqlite3-wal": 0o600,
            "jobs.sqlite3-shm": 0o600,
        }
    finally:
        store.close()


def test_an_existing_readable_database_is_made_private(db_path: Path, tmp_path: Path) -> None:
    # As an earlier version left it: folder 0755, database and WAL 0644 (kept after a crash).
    db_path.parent.mkdir(mode=0o755)
    first = SqliteJobStore.open(db_path)
    _add_a_job(first, tmp_path)
    snapshot = sqlite3.connect(db_path)  # keeps the WAL and SHM from being removed at close
    snapshot.execute("SELECT count(*) FROM jobs").fetchone()
    first.close()
    db_path.parent.chmod(0o755)
    for name in ("jobs.sqlite3", "jobs.sqlite3-wal", "jobs.sqlite3-shm"):
        (db_path.parent / name).chmod(0o644)
    try:
        store = SqliteJobStore.open(db_path)
        try:
            assert [j.url for j in store.load_jobs()] == ["https://a.example/v"]
            assert _modes(db_path) == {
                "data/": 0o700,
                "jobs.sqlite3": 0o600,
                "jobs.sqlite3-wal": 0o600,
                "jobs.sqlite3-shm": 0o600,
            }
        finally:
            store.close()
    finally:
        snapshot.close()


def test_a_replacement_for_a_corrupt_database_is_private(db_path: Path) -> None:
    db_path.parent.mkdir(mode=0o755)
    db_path.write_bytes(b"this is not a database" * 100)
    db_path.chmod(0o644)
    store = SqliteJobStore.open(db_path)
    try:
        assert store.recovered_from is not None
        assert _mode(store.recovered_from) == 0o600  # the kept copy holds the same history
        assert _modes(db_path)["jobs.sqlite3"] == 0o600
        assert _modes(db_path)["data/"] == 0o700
    finally:
        store.close()
