"""The clean-close note: a launch skips SQLite's whole-file check only for a database exactly
as the app's own clean close left it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mediadesk.store import clean_close
from mediadesk.store.clean_close import take_clean_note, write_clean_note
from mediadesk.store.errors import StoreError
from mediadesk.store.sqlite_store import SqliteJobStore


@pytest.fixture
def closed_db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "jobs.sqlite3"
    SqliteJobStore.open(path).close()
    return path


def _note(path: Path) -> Path:
    return path.with_name(path.name + ".clean")


def test_a_clean_close_leaves_a_private_note_that_the_next_open_takes(closed_db: Path) -> None:
    assert _note(closed_db).stat().st_mode & 0o777 == 0o600
    assert take_clean_note(closed_db) is True
    assert not _note(closed_db).exists(), "taken at open: a crash later leaves no stale note"
    assert take_clean_note(closed_db) is False


def test_any_change_after_the_close_even_in_the_same_clock_tick_voids_the_note(
    closed_db: Path,
) -> None:
    raw = bytearray(closed_db.read_bytes())
    raw[-1] ^= 0xFF
    closed_db.write_bytes(bytes(raw))  # same size, same inode, within milliseconds
    assert take_clean_note(closed_db) is False


def test_a_write_ahead_log_or_a_garbled_note_means_checking(closed_db: Path) -> None:
    closed_db.with_name(closed_db.name + "-wal").write_bytes(b"x" * 100)
    assert take_clean_note(closed_db) is False
    write_clean_note(closed_db)
    assert not _note(closed_db).exists(), "no note while a log is left"
    os.unlink(closed_db.with_name(closed_db.name + "-wal"))
    _note(closed_db).write_text("{not json")
    assert take_clean_note(closed_db) is False


def test_the_open_checks_the_file_unless_the_note_vouches_for_it(
    closed_db: Path, monkeypatch
) -> None:
    checks: list[bool] = []
    real = clean_close.take_clean_note

    def spy(path: Path) -> bool:
        checks.append(real(path))
        return checks[-1]

    monkeypatch.setattr("mediadesk.store.sqlite_store.take_clean_note", spy)
    store = SqliteJobStore.open(closed_db)
    assert checks == [True], "untouched since the clean close: no whole-file check"
    with store.transaction():
        store._conn.execute("CREATE TABLE scratch (x)")
    store._conn.close()  # the session dies: no clean close, no note
    assert SqliteJobStore.open(closed_db).recovered_from is None
    assert checks == [True, False], "after a crash the whole-file check runs"


def test_a_read_only_open_never_writes_a_note(closed_db: Path) -> None:
    take_clean_note(closed_db)
    reader = SqliteJobStore.open_readonly(closed_db)
    assert reader is not None
    reader.close()
    assert not _note(closed_db).exists()


def test_a_damaged_row_scan_that_begins_after_the_close_does_not_read(closed_db: Path) -> None:
    """A quit can close the store before the scan's thread has begun; it must not hold the
    database open behind the closed store (the log would stay, and with it the check)."""
    store = SqliteJobStore.open(closed_db)
    store.close()
    with pytest.raises(StoreError, match="closed before it could be checked"):
        store.scan_damaged()
    assert not closed_db.with_name(closed_db.name + "-wal").exists()
