"""What only the SQLite store does: files, migrations and the copy taken before one, newer and
corrupt databases. What every JobStore does is in test_store_contract.py."""

from __future__ import annotations

import json
import resource
import signal
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from mediadesk.core.job import FormatPreset, Job
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


def test_settings_rows_that_are_not_json_are_skipped(db_path: Path) -> None:
    store = SqliteJobStore.open(db_path)
    store.save_settings({"max_concurrent": 3})
    store.close()
    conn = sqlite3.connect(db_path)
    conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [("junk", "{not json"), ("empty", ""), ("ok", json.dumps([1]))],
    )
    conn.commit()
    conn.close()
    assert SqliteJobStore.open(db_path).load_settings() == {"max_concurrent": 3, "ok": [1]}


# -- the copy taken before a migration ----------------------------------------------------------


def _version_1_database(db_path: Path, count: int = 3, title: str = "") -> sqlite3.Connection:
    """A database as the first release left it (WAL mode), with ``count`` jobs; the open
    connection holds the last writes in the WAL (no checkpoint) until the caller closes it."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    migrate(conn, target=1)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO jobs (id, url, title, state, preset, output_dir, position, created_at) "
        "VALUES (?, ?, ?, 'paused', 'best', '/d', ?, 1.0)",
        [(f"{i:016x}", f"https://e.com/{i}", title or f"job {i}", i) for i in range(count)],
    )
    conn.execute("COMMIT")
    return conn


def _job_rows(path: Path) -> tuple[int, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT id, url, title, position FROM jobs ORDER BY position")
        return user_version(conn), rows.fetchall()
    finally:
        conn.close()


def test_migrating_a_version_1_database_first_copies_it_aside(db_path: Path) -> None:
    writer = _version_1_database(db_path, count=5)
    assert db_path.with_name("jobs.sqlite3-wal").stat().st_size > 0, "the jobs sit in the WAL"
    expected = [(f"{i:016x}", f"https://e.com/{i}", f"job {i}", i) for i in range(5)]
    store = SqliteJobStore.open(db_path)
    writer.close()
    assert len(store.load_jobs()) == 5
    store.close()

    copy = db_path.with_name("jobs.sqlite3.pre-v1")
    assert (copy.stat().st_mode & 0o777) == 0o600
    assert sorted(p.name for p in db_path.parent.iterdir() if ".pre-v" in p.name) == [copy.name]
    # Self-contained: one file, readable without anything beside it.
    assert _job_rows(copy) == (1, expected)
    assert not copy.with_name(copy.name + "-wal").exists()
    assert _job_rows(db_path)[0] == SCHEMA_VERSION


def test_new_and_current_databases_are_not_copied(db_path: Path) -> None:
    SqliteJobStore.open(db_path).close()  # created at version 0: nothing to keep
    SqliteJobStore.open(db_path).close()  # already current
    assert [p.name for p in db_path.parent.iterdir() if ".pre-v" in p.name] == []


def test_a_failed_migration_can_be_undone_from_the_copy(db_path: Path, monkeypatch) -> None:
    _version_1_database(db_path, count=4).close()
    expected = _job_rows(db_path)
    broken = [*MIGRATIONS[:1], [*MIGRATIONS[1][:1], "THIS IS NOT SQL"]]
    monkeypatch.setattr("mediadesk.store.migrations.MIGRATIONS", broken)
    with pytest.raises(StoreError, match="Cannot open the job database"):
        SqliteJobStore.open(db_path)
    monkeypatch.undo()

    copy = db_path.with_name("jobs.sqlite3.pre-v1")
    assert _job_rows(copy) == expected
    db_path.write_bytes(copy.read_bytes())  # what a user (or a later version) would do
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    store = SqliteJobStore.open(db_path)
    assert [j.title for j in store.load_jobs()] == [row[2] for row in expected[1]]
    store.close()


def test_only_the_latest_copy_is_kept(db_path: Path, monkeypatch) -> None:
    _version_1_database(db_path).close()
    stale = db_path.with_name("jobs.sqlite3.pre-v1.partial")  # left by a crash while copying
    stale.write_bytes(b"half a copy")
    SqliteJobStore.open(db_path).close()
    v1_copy = db_path.with_name("jobs.sqlite3.pre-v1")
    assert _job_rows(v1_copy)[0] == 1 and not stale.exists()

    # A later release adds a step: its copy (at today's version) replaces the older one.
    extended = [*MIGRATIONS, ["ALTER TABLE jobs ADD COLUMN extra TEXT"]]
    monkeypatch.setattr("mediadesk.store.migrations.MIGRATIONS", extended)
    monkeypatch.setattr("mediadesk.store.sqlite_store.SCHEMA_VERSION", len(extended))
    SqliteJobStore.open(db_path).close()
    copies = sorted(p.name for p in db_path.parent.iterdir() if ".pre-v" in p.name)
    before = len(MIGRATIONS)
    assert copies == [f"jobs.sqlite3.pre-v{before}"]
    assert _job_rows(db_path.with_name(f"jobs.sqlite3.pre-v{before}"))[0] == before
    assert _job_rows(db_path)[0] == before + 1


def test_without_room_for_the_copy_there_is_no_migration(db_path: Path) -> None:
    # A file-size limit makes every write past 64 KiB fail as a full disk would.
    _version_1_database(db_path, count=300, title="x" * 500).close()
    before = db_path.read_bytes()
    assert len(before) > 128 * 1024
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, limit[1]))
    try:
        with pytest.raises(StoreError) as info:
            SqliteJobStore.open(db_path)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limit)
        signal.signal(signal.SIGXFSZ, previous)
    message = str(info.value)
    assert "could not first save a copy" in message and "has not been changed" in message
    assert db_path.read_bytes() == before
    leftovers = [p.name for p in db_path.parent.iterdir() if p != db_path]
    assert leftovers == [], "no partial copy, no journal left behind"

    store = SqliteJobStore.open(db_path)  # with room again, the update goes ahead
    assert len(store.load_jobs()) == 300
    store.close()


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


def test_a_closed_store_has_no_events_to_show(tmp_path) -> None:
    """The window may redraw a job's log while the app shuts down, after the store closed."""
    store = SqliteJobStore.open(tmp_path / "jobs.sqlite3")
    store.close()
    assert store.events("any") == []
