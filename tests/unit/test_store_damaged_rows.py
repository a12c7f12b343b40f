"""A damaged value inside a job row is kept aside at the store boundary, never fatal, and never
reaches the engine or a paint; the row itself stays in the file, untouched."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from mediadesk.core.job import EventKind, FormatPreset, Job, JobEvent
from mediadesk.core.states import JobState
from mediadesk.store.row_check import COLUMNS, describe_damaged
from mediadesk.store.sqlite_store import SqliteJobStore

GOOD = Job(
    "0000000000000001",
    "https://example.com/good.mp4",
    JobState.DONE,
    FormatPreset.BEST,
    "/tmp/x",
    1,
    1700000000.0,
    title="Good",
    bytes_done=10,
    bytes_total=10,
    speed=1.0,
    eta=2.0,
    attempts=1,
    started_at=1700000001.0,
    finished_at=1700000002.0,
    retry_at=1700000003.0,
)
BAD_ID = "0000000000000002"

# column, damaged value, words the explanation must contain
DAMAGE = [
    ("state", "bogus", "state 'bogus' is not a job state"),
    ("preset", "4k", "preset '4k' is not a format preset"),
    ("bytes_done", "abc", "bytes_done 'abc' is not a whole number"),
    ("bytes_done", -1, "bytes_done -1 is not a whole number of 0 or more"),
    ("bytes_done", 2.5, "bytes_done 2.5 is not a whole number"),
    ("bytes_total", "lots", "bytes_total 'lots' is not a whole number"),
    ("created_at", "yesterday", "created_at 'yesterday' is not a time"),
    ("created_at", 1e300, "created_at 1e+300 is not a time"),
    ("started_at", "x", "started_at 'x' is not a time"),
    ("finished_at", b"\x00", "finished_at b'\\x00' is not a time"),
    ("retry_at", "soon", "retry_at 'soon' is not a time"),
    ("speed", "fast", "speed 'fast' is not a number"),
    ("eta", "later", "eta 'later' is not a number"),
    ("attempts", "two", "attempts 'two' is not a whole number"),
    ("position", "top", "position 'top' is not a whole number"),
    ("url", b"\xff", "url b'\\xff' is not text"),
    ("title", b"\x01", "title b'\\x01' is not text"),
    ("output_dir", b"/", "output_dir b'/' is not text"),
    ("file_path", b"f", "file_path b'f' is not text"),
    ("error", b"e", "error b'e' is not text"),
    ("cookies", b"c", "cookies b'c' is not text"),
    ("failure_action", b"x", "failure_action b'x' is not text"),
    ("failure_target", b"t", "failure_target b't' is not text"),
    ("no_resume", 2, "no_resume 2 is not 0 or 1"),
    ("no_resume", "yes", "no_resume 'yes' is not 0 or 1"),
    ("batch_id", b"b", "batch_id b'b' is not a job id"),
    ("extractor", b"x", "extractor b'x' is not text"),
    ("video_id", b"v", "video_id b'v' is not text"),
    ("choice", "{best", "choice '{best' is not a format choice"),
    ("choice", "[1]", "choice '[1]' is not a format choice"),
    ("note", b"n", "note b'n' is not text"),
    ("space_needed", -5, "space_needed -5 is not a whole number of 0 or more"),
    ("playlist_index", "first", "playlist_index 'first' is not a whole number"),
    ("duration", "long", "duration 'long' is not a number"),
    ("uploader", b"u", "uploader b'u' is not text"),
    ("thumbnail_url", b"t", "thumbnail_url b't' is not text"),
    ("thumbnail_file", b"f", "thumbnail_file b'f' is not text"),
]


def test_every_column_is_checked() -> None:
    assert {column for column, _value, _text in DAMAGE} | {"id"} == set(COLUMNS)


def _with_damaged_row(db_path: Path, column: str, value: object) -> None:
    store = SqliteJobStore.open(db_path)
    store.insert_job(GOOD)
    store.insert_job(replace(GOOD, id=BAD_ID, url="https://example.com/bad.mp4", position=2))
    store.close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"UPDATE jobs SET {column} = ? WHERE id = ?", (value, BAD_ID))
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("column", "value", "said"), DAMAGE, ids=[f"{c}={v!r}" for c, v, _ in DAMAGE]
)
def test_a_damaged_value_keeps_the_row_aside(
    db_path: Path, column: str, value: object, said: str
) -> None:
    _with_damaged_row(db_path, column, value)
    raw = sqlite3.connect(db_path).execute("SELECT * FROM jobs WHERE id = ?", (BAD_ID,)).fetchone()

    store = SqliteJobStore.open(db_path)
    assert store.load_jobs() == [GOOD]
    assert store.get_job(BAD_ID) is None
    [damaged] = store.load_damaged()
    assert damaged.job_id == BAD_ID
    assert said in damaged.describe()
    assert damaged.describe().startswith(f"id {BAD_ID}: ")
    store.close()
    again = sqlite3.connect(db_path).execute("SELECT * FROM jobs WHERE id = ?", (BAD_ID,))
    assert again.fetchone() == raw, "the damaged row stays exactly as it was"


def test_a_damaged_id_is_named_by_its_row(db_path: Path) -> None:
    _with_damaged_row(db_path, "id", b"\x00")
    store = SqliteJobStore.open(db_path)
    assert store.load_jobs() == [GOOD]
    [damaged] = store.load_damaged()
    assert damaged.describe().startswith("row 2: id b'\\x00' is not a job id")
    store.close()


def test_values_sqlite_stores_for_good_jobs_all_load(db_path: Path) -> None:
    """Whole numbers in REAL columns, missing optional values, negative positions: all fine."""
    store = SqliteJobStore.open(db_path)
    plain = Job(
        "0000000000000003", "https://e.com/v", JobState.QUEUED, FormatPreset.AUDIO, "/", -4, 5
    )
    store.insert_job(plain)
    assert store.load_jobs() == [plain]
    assert store.load_damaged() == []
    store.close()


def test_the_message_counts_and_lists_every_damaged_job(db_path: Path) -> None:
    _with_damaged_row(db_path, "state", "bogus")
    store = SqliteJobStore.open(db_path)
    text = describe_damaged(store.load_damaged())
    store.close()
    assert text.startswith("1 damaged job kept aside")
    assert f"id {BAD_ID}: state 'bogus' is not a job state" in text


def test_a_damaged_event_kind_is_skipped(db_path: Path) -> None:
    store = SqliteJobStore.open(db_path)
    store.insert_job(GOOD)
    store.add_event(JobEvent(GOOD.id, 1.0, EventKind.INFO, "kept"))
    store.add_event(JobEvent(GOOD.id, 2.0, EventKind.INFO, "damaged"))
    store._conn.execute("UPDATE job_events SET kind = 'bogus' WHERE message = 'damaged'")
    assert [e.message for e in store.events(GOOD.id)] == ["kept"]
    store.close()
