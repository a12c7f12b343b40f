"""The real SQLite store: migrations, newer and corrupt databases, round trips."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from mediadesk.core.job import EventKind, FormatPreset, Job, JobEvent
from mediadesk.core.states import JobState
from mediadesk.store.errors import NewerDatabaseError, StoreError
from mediadesk.store.migrations import MIGRATIONS, SCHEMA_VERSION, migrate, user_version
from mediadesk.store.sqlite_store import SqliteJobStore


def _job(job_id: str = "0123456789abcdef", **kw: object) -> Job:
    values: dict[str, object] = {
        "id": job_id,
        "url": "https://example.com/v.mp4",
        "state": JobState.QUEUED,
        "preset": FormatPreset.AUDIO,
        "output_dir": "/tmp/x",
        "position": 1,
        "created_at": 1700000000.5,
    }
    values.update(kw)
    return Job(**values)  # type: ignore[arg-type]


def test_round_trip_keeps_every_column(db_path: Path) -> None:
    store = SqliteJobStore.open(db_path)
    job = _job(
        title="Tïtle ✓",
        file_path="/tmp/x/t.mp3",
        bytes_done=5,
        bytes_total=10,
        speed=1.5,
        eta=3.0,
        error="e",
        attempts=2,
        started_at=2.0,
        finished_at=3.0,
        retry_at=4.0,
        state=JobState.FAILED,
    )
    store.insert_job(job)
    store.close()
    again = SqliteJobStore.open(db_path)
    assert again.load_jobs() == [job]
    updated = replace(job, state=JobState.QUEUED, bytes_total=None)
    again.update_job(updated)
    assert again.get_job(job.id) == updated


def test_store_uses_wal_and_real_columns(db_path: Path) -> None:
    SqliteJobStore.open(db_path).close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    columns = {row[1] for row in conn.execute("PRAGMA table_info(jobs)")}
    assert {"url", "title", "state", "bytes_done", "bytes_total", "position", "attempts"} <= columns
    assert user_version(conn) == SCHEMA_VERSION


def test_events_are_kept_in_order_and_deleted_with_the_job(db_path: Path) -> None:
    store = SqliteJobStore.open(db_path)
    store.insert_job(_job())
    for i in range(3):
        store.add_event(JobEvent("0123456789abcdef", float(i), EventKind.INFO, f"line {i}"))
    assert [e.message for e in store.events("0123456789abcdef")] == ["line 0", "line 1", "line 2"]
    store.delete_jobs(["0123456789abcdef"])
    assert store.events("0123456789abcdef") == []


def test_migrates_a_version_1_database_keeping_its_jobs(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, target=1)
    conn.execute(
        "INSERT INTO jobs (id, url, state, preset, output_dir, position, created_at) "
        "VALUES ('aaaaaaaaaaaaaaaa', 'https://e.com/a', 'paused', 'best', '/d', 7, 1.0)"
    )
    conn.close()
    store = SqliteJobStore.open(db_path)
    [job] = store.load_jobs()
    assert job.state is JobState.PAUSED and job.position == 7 and job.retry_at is None
    store.save_settings({"max_concurrent": 4})  # table added by migration 2
    assert store.load_settings() == {"max_concurrent": 4}
    assert len(MIGRATIONS) == SCHEMA_VERSION >= 2


def test_failed_migration_rolls_back_with_its_version(db_path: Path, monkeypatch) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    migrate(conn, target=1)
    broken = [*MIGRATIONS[:1], [*MIGRATIONS[1][:1], "THIS IS NOT SQL"]]
    monkeypatch.setattr("mediadesk.store.migrations.MIGRATIONS", broken)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, target=2)
    assert user_version(conn) == 1
    columns = {row[1] for row in conn.execute("PRAGMA table_info(jobs)")}
    assert "retry_at" not in columns


def test_newer_database_is_refused_and_left_untouched(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError) as info:
        SqliteJobStore.open(db_path)
    assert "newer MediaDesk" in str(info.value)
    assert db_path.read_bytes() == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_corrupt_database_is_moved_aside_and_a_new_one_started(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    garbage = b"this is not an sqlite file" * 200
    db_path.write_bytes(garbage)
    store = SqliteJobStore.open(db_path)
    assert store.recovered_from is not None
    assert store.recovered_from.read_bytes() == garbage, "the damaged file is kept"
    assert store.load_jobs() == []
    store.insert_job(_job())
    assert len(store.load_jobs()) == 1


def test_damaged_pages_are_detected(db_path: Path) -> None:
    store = SqliteJobStore.open(db_path)
    with store.transaction():
        for i in range(300):
            store.insert_job(_job(f"{i:016x}", title="x" * 500, position=i))
    store.close()
    sqlite3.connect(db_path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    raw = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(raw), page * 12)):
        raw[offset] = 0xFF
    db_path.write_bytes(bytes(raw))
    store = SqliteJobStore.open(db_path)
    assert store.recovered_from is not None


def test_unusable_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the data folder"):
        SqliteJobStore.open(blocker / "sub" / "jobs.sqlite3")


def test_database_lives_in_the_platform_data_dir(tmp_path: Path, monkeypatch) -> None:
    from mediadesk.core import paths

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.database_path() == tmp_path / "xdg" / "MediaDesk" / "jobs.sqlite3"


def test_layout_is_kept_apart_from_settings_where_earlier_versions_put_it(db_path: Path) -> None:
    store = SqliteJobStore.open(db_path)
    store.save_settings({"max_concurrent": 3})
    store.save_layout({"sort_column": 2, "tray_hint_shown": True})
    assert store.load_layout() == {"sort_column": 2, "tray_hint_shown": True}
    assert store.load_settings() == {"max_concurrent": 3}
    store.close()
    # The rows an existing user's database already has: "ui."-prefixed settings rows.
    conn = sqlite3.connect(db_path)
    keys = {row[0] for row in conn.execute("SELECT key FROM settings")}
    conn.close()
    assert keys == {"max_concurrent", "ui.sort_column", "ui.tray_hint_shown"}
