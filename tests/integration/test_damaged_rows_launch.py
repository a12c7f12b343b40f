"""A damaged value in a job row at launch: the app starts, shows the good jobs, says which job
was kept aside and why; ``--list`` lists it too; the row itself is never changed."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from mediadesk.core import paths
from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState
from mediadesk.store.sqlite_store import SqliteJobStore
from tests.support.app_run import run_and_inspect

GOOD, BOGUS, ABC, YESTERDAY = (
    "00000000000000a1",
    "00000000000000b2",
    "00000000000000c3",
    "00000000000000d4",
)


def _database_with_damaged_rows() -> tuple[Path, list[tuple]]:
    db = paths.database_path()
    store = SqliteJobStore.open(db)
    for position, job_id in enumerate((GOOD, BOGUS, ABC, YESTERDAY), start=1):
        store.insert_job(
            Job(
                job_id,
                f"https://media.example/{job_id}",
                JobState.DONE,
                FormatPreset.BEST,
                "/tmp",
                position,
                1700000000.0,
                title=f"title {job_id}",
                bytes_done=5,
                bytes_total=5,
            )
        )
    store.close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE jobs SET state = 'bogus' WHERE id = ?", (BOGUS,))
    conn.execute("UPDATE jobs SET bytes_done = 'abc' WHERE id = ?", (ABC,))
    conn.execute("UPDATE jobs SET created_at = 'yesterday' WHERE id = ?", (YESTERDAY,))
    conn.commit()
    rows = conn.execute("SELECT * FROM jobs ORDER BY rowid").fetchall()
    conn.close()
    return db, rows


def _rows(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT * FROM jobs ORDER BY rowid").fetchall()
    finally:
        conn.close()


def _run_list(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mediadesk", "--list", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_list_shows_good_jobs_and_names_each_damaged_one() -> None:
    db, before = _database_with_damaged_rows()

    listed = _run_list()
    assert listed.returncode == 0, listed.stderr
    assert "Traceback" not in listed.stderr
    assert "3 damaged jobs kept aside" in listed.stdout
    assert f"id {BOGUS}: state 'bogus' is not a job state" in listed.stdout
    assert f"id {ABC}: bytes_done 'abc' is not a whole number" in listed.stdout
    assert f"id {YESTERDAY}: created_at 'yesterday' is not a time" in listed.stdout
    assert f"title {GOOD}" in listed.stdout

    as_json = _run_list("--json")
    assert as_json.returncode == 0
    assert [json.loads(line)["id"] for line in as_json.stdout.splitlines()] == [GOOD]
    assert "state 'bogus' is not a job state" in as_json.stderr
    assert _rows(db) == before


def test_launch_shows_the_good_jobs_and_tells_about_the_damaged_ones(qapp) -> None:
    db, before = _database_with_damaged_rows()

    code, seen = run_and_inspect([])

    assert code == 0 and seen["visible"]
    assert seen["rows"] == 1
    message = str(seen["message"])
    assert message.startswith("3 damaged jobs kept aside")
    assert f"id {BOGUS}: state 'bogus' is not a job state" in message
    assert f"id {YESTERDAY}: created_at 'yesterday' is not a time" in message
    assert _rows(db) == before, "the damaged rows stay exactly as they were"
