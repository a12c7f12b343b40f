"""``mediadesk --list`` / ``--json``: the store read-only, no GUI, for people and scripts."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mediadesk.core import paths
from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState
from mediadesk.core.store_failure import StoreWriteFailed
from mediadesk.store.errors import NewerDatabaseError, StoreError
from mediadesk.store.migrations import MIGRATIONS, SCHEMA_VERSION, migrate
from mediadesk.store.sqlite_store import SqliteJobStore

JSON_KEYS = {
    "batch",
    "id",
    "state",
    "title",
    "url",
    "bytes_done",
    "bytes_total",
    "progress",
    "file_path",
    "error",
}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mediadesk", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def _job(job_id: str, position: int, state: JobState, **kw: object) -> Job:
    return Job(
        id=job_id,
        url=f"https://media.example/{job_id}",
        state=state,
        preset=FormatPreset.BEST,
        output_dir="/tmp",
        position=position,
        created_at=1.0,
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def store() -> SqliteJobStore:
    """The store where the app (and so --list) finds it under the test's XDG_DATA_HOME."""
    opened = SqliteJobStore.open(paths.database_path())
    yield opened
    opened.close()


def _fill(store: SqliteJobStore) -> None:
    # Inserted out of queue order on purpose: the listing follows the position.
    store.insert_job(
        _job(
            "bbbbbbbbbbbbbbbb",
            2,
            JobState.DOWNLOADING,
            title="Half",
            bytes_done=50,
            bytes_total=200,
        )
    )
    store.insert_job(
        _job(
            "aaaaaaaaaaaaaaaa",
            1,
            JobState.DONE,
            title="Line one\nline two\ttab",
            bytes_done=10,
            bytes_total=10,
            file_path="/tmp/done.mp4",
        )
    )
    store.insert_job(_job("cccccccccccccccc", 3, JobState.QUEUED))
    store.insert_job(
        _job("dddddddddddddddd", 4, JobState.FAILED, error="HTTP Error 404: Not Found")
    )


def test_no_database_yet_says_so() -> None:
    result = run_cli("--list")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "No jobs yet."
    assert not paths.database_path().exists()  # listing never creates the database


def test_no_database_yet_json_prints_nothing_on_stdout() -> None:
    result = run_cli("--list", "--json")
    assert result.returncode == 0
    assert result.stdout == ""
    assert "No jobs yet." in result.stderr


def test_empty_database_says_so(store: SqliteJobStore) -> None:
    assert run_cli("--list").stdout.strip() == "No jobs yet."


def test_text_lists_one_line_per_job_in_queue_order(store: SqliteJobStore) -> None:
    _fill(store)
    result = run_cli("--list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert lines[0].split() == [
        "Finished",
        "100%",
        "Line",
        "one",
        "line",
        "two",
        "tab",
        "https://media.example/aaaaaaaaaaaaaaaa",
    ]
    assert lines[1].split()[:3] == ["Downloading", "25%", "Half"]
    assert lines[1].endswith("https://media.example/bbbbbbbbbbbbbbbb")
    assert lines[2].split() == ["Queued", "–", "https://media.example/cccccccccccccccc"]
    assert lines[3].startswith("Failed")
    assert lines[3].endswith("https://media.example/dddddddddddddddd  (HTTP Error 404: Not Found)")
    # Columns line up: the progress column ends at the same place on every line.
    assert all(line[16] != " " and line[17:19] == "  " for line in lines), lines


def test_json_lines_carry_every_field(store: SqliteJobStore) -> None:
    _fill(store)
    result = run_cli("--list", "--json")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [
        "aaaaaaaaaaaaaaaa",
        "bbbbbbbbbbbbbbbb",
        "cccccccccccccccc",
        "dddddddddddddddd",
    ]
    assert all(set(r) == JSON_KEYS for r in records)
    done, half, queued, failed = records
    assert done == {
        "id": "aaaaaaaaaaaaaaaa",
        "state": "done",
        "title": "Line one\nline two\ttab",
        "url": "https://media.example/aaaaaaaaaaaaaaaa",
        "bytes_done": 10,
        "bytes_total": 10,
        "progress": 1.0,
        "file_path": "/tmp/done.mp4",
        "error": "",
        "batch": None,
    }
    assert (half["state"], half["progress"], half["bytes_total"]) == ("downloading", 0.25, 200)
    assert (queued["progress"], queued["bytes_total"]) == (None, None)
    assert failed["error"] == "HTTP Error 404: Not Found"


def test_listing_works_while_the_store_is_open_and_changes_nothing(store: SqliteJobStore) -> None:
    _fill(store)  # the app's connection stays open (WAL) during the listing
    db = paths.database_path()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert run_cli("--list").returncode == 0
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    store.insert_job(_job("eeeeeeeeeeeeeeee", 5, JobState.PAUSED))  # the writer is not blocked
    assert run_cli("--list").stdout.splitlines()[-1].startswith("Paused")


def test_newer_database_is_refused_untouched() -> None:
    db = paths.database_path()
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = db.read_bytes()
    result = run_cli("--list")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "written by a newer MediaDesk" in result.stderr
    assert str(NewerDatabaseError(db, SCHEMA_VERSION + 1, SCHEMA_VERSION)) in result.stderr
    assert db.read_bytes() == before


def test_older_database_asks_for_one_start_and_is_not_migrated() -> None:
    db = paths.database_path()
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db, isolation_level=None)
    migrate(conn, target=1)
    conn.close()
    result = run_cli("--list", "--json")
    assert result.returncode == 1
    assert "older MediaDesk" in result.stderr and "Start MediaDesk once" in result.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1 < len(MIGRATIONS)
    conn.close()


def test_unreadable_file_is_reported_not_moved() -> None:
    db = paths.database_path()
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not a database" * 100)
    result = run_cli("--list")
    assert result.returncode == 1
    assert f"Cannot read the job database {db}" in result.stderr
    assert db.read_bytes() == b"this is not a database" * 100
    assert [p.name for p in db.parent.iterdir()] == [db.name]


def test_listing_does_not_load_qt(store: SqliteJobStore) -> None:
    _fill(store)
    code = (
        "import sys; from mediadesk.app import main; rc = main(['--list']); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), "
        "sorted(m for m in sys.modules if m.startswith('PySide6')); sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--json"], "--json only changes the output of --list"),
        (["--list", "https://a.example/v"], "--list only prints the jobs"),
        (["--list", "--minimized"], "--list does not start MediaDesk"),
    ],
)
def test_contradictory_arguments_are_explained(args: list[str], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert not paths.database_path().exists()


def test_open_readonly_returns_none_without_a_database(tmp_path: Path) -> None:
    assert SqliteJobStore.open_readonly(tmp_path / "missing.sqlite3") is None
    blank = tmp_path / "blank.sqlite3"
    sqlite3.connect(blank).close()  # a file with no schema yet
    assert SqliteJobStore.open_readonly(blank) is None


def test_open_readonly_cannot_write(store: SqliteJobStore) -> None:
    _fill(store)
    reader = SqliteJobStore.open_readonly(paths.database_path())
    assert reader is not None
    try:
        assert [j.id for j in reader.load_jobs()][:2] == ["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"]
        # The store boundary turns the driver's refusal into the error the engine understands.
        with pytest.raises(StoreWriteFailed, match=r"readonly|read-only|query_only"):
            reader.insert_job(_job("ffffffffffffffff", 9, JobState.QUEUED))
    finally:
        reader.close()


def test_open_readonly_path_with_uri_characters(tmp_path: Path) -> None:
    folder = tmp_path / "odd ?#% name"
    opened = SqliteJobStore.open(folder / "jobs.sqlite3")
    opened.insert_job(_job("aaaaaaaaaaaaaaaa", 1, JobState.QUEUED))
    opened.close()
    reader = SqliteJobStore.open_readonly(folder / "jobs.sqlite3")
    assert reader is not None
    assert [j.id for j in reader.load_jobs()] == ["aaaaaaaaaaaaaaaa"]
    reader.close()
    assert not (tmp_path / "odd ").exists()


def test_store_error_type_for_corrupt_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(os.urandom(8192))
    with pytest.raises(StoreError, match="Cannot read the job database"):
        SqliteJobStore.open_readonly(bad)
