"""A store that cannot write: the engine keeps the truth in memory, says so, holds back new work
and writes everything once the store works again. (The store here is real SQLite wrapped by a
stub that refuses writes on demand; tests/integration/test_store_disk_full.py fills a disk.)"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from mediadesk.core.filenames import completion_marker
from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.outcome import OutcomeKind, RunOutcome, RunRequest
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.core.store_failure import StoreWriteFailed, WriteProblem
from mediadesk.engine.engine import JobEngine
from mediadesk.engine.runner import RunnerSignals
from mediadesk.store.sqlite_store import SqliteJobStore


class RefusingStore:
    """The real store, except that every write raises StoreWriteFailed while ``full``."""

    def __init__(self, store: SqliteJobStore) -> None:
        self._store = store
        self.path = store.path
        self.full = False
        self.refused = 0

    def _check(self) -> None:
        if self.full:
            self.refused += 1
            raise StoreWriteFailed(self.path, WriteProblem.DISK_FULL, "database or disk is full")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._check()
        with self._store.transaction():
            yield

    def save_layout(self, values: dict[str, Any]) -> None:
        self._check()
        self._store.save_layout(values)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


class IdleRunner:
    """Does nothing; the test reports the outcome through the engine's signal hub."""

    def __init__(self, job_id: str) -> None:
        self.job_id = job_id
        self.stop_requested = False

    def launch(self, _pool: object) -> None:
        pass

    def request_stop(self) -> None:
        self.stop_requested = True

    def set_rate_limit(self, _bytes_per_second: int | None) -> None:
        pass


@pytest.fixture
def rig(db_path: Path, tmp_path: Path, qtbot) -> Iterator[tuple[JobEngine, RefusingStore, dict]]:
    real = SqliteJobStore.open(db_path)
    store = RefusingStore(real)
    started: dict[str, RunnerSignals] = {}

    def factory(job_id: str, _request: RunRequest, signals: RunnerSignals) -> IdleRunner:
        started[job_id] = signals
        return IdleRunner(job_id)

    settings = Settings(download_dir=str(tmp_path), max_concurrent=1)
    engine = JobEngine(
        store,  # type: ignore[arg-type]
        settings,
        runner_factory=factory,  # type: ignore[arg-type]
        store_retry_ms=20,
        store_check_ms=50,
    )
    engine.start()
    yield engine, store, started
    store.full = False
    engine.shutdown(timeout=1)
    real.close()


def _on_disk(db_path: Path) -> dict[str, tuple[str, str]]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT id, state, file_path FROM jobs").fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}
    finally:
        conn.close()


def _messages(db_path: Path, job_id: str) -> list[str]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT message FROM job_events WHERE job_id = ?", (job_id,))
        return [r[0] for r in rows]
    finally:
        conn.close()


def test_refused_writes_keep_the_truth_in_memory_hold_back_work_and_are_written_later(
    rig, qtbot, db_path: Path, tmp_path: Path
) -> None:
    engine, store, started = rig
    problems: list[str | None] = []
    engine.storeProblem.connect(problems.append)
    first, second, doomed = (
        r.job.id
        for r in engine.add_urls(
            ["https://example.com/1.mp4", "https://example.com/2.mp4", "https://example.com/3.mp4"]
        )
    )
    assert list(started) == [first]

    store.full = True
    final = str(tmp_path / "one.mp4")
    started[first].finished.emit(first, RunOutcome(OutcomeKind.DONE, final, 100))
    [added] = engine.add_urls(["https://example.com/4.mp4"])
    engine.remove([doomed])

    assert store.refused >= 1
    assert problems and problems[-1] is not None
    assert "disk holding" in problems[-1] and str(db_path.parent) in problems[-1]
    assert engine.store_problem() == problems[-1]
    job = engine.job(first)
    assert job.state is JobState.DONE and job.file_path == final  # the truth, in memory
    assert _on_disk(db_path)[first][0] == "downloading"  # not yet on disk
    assert added.job.id not in _on_disk(db_path)
    assert list(started) == [first], "no new job starts while changes cannot be saved"
    assert any("Finished" in e.message for e in engine.events(first))  # shown meanwhile

    store.full = False
    qtbot.waitUntil(lambda: problems[-1] is None, timeout=5000)
    disk = _on_disk(db_path)
    assert disk[first] == ("done", final)
    assert added.job.id in disk
    assert doomed not in disk
    assert any("Finished" in m for m in _messages(db_path, first))
    assert engine.store_problem() is None
    qtbot.waitUntil(lambda: second in started, timeout=5000)  # held-back work goes on


def test_a_refused_write_that_recovers_quickly_reports_once(rig, qtbot) -> None:
    engine, store, started = rig
    problems: list[str | None] = []
    engine.storeProblem.connect(problems.append)
    store.full = True
    engine.add_urls(["https://example.com/a.mp4"])
    engine.add_urls(["https://example.com/b.mp4"])
    assert len(problems) == 1 and not started
    store.full = False
    qtbot.waitUntil(lambda: problems[-1] is None, timeout=5000)
    assert problems[1:] == [None]
    qtbot.waitUntil(lambda: len(started) == 1, timeout=5000)


def test_sqlite_full_becomes_a_store_write_failure_and_the_store_stays_usable(
    db_path: Path,
) -> None:
    store = SqliteJobStore.open(db_path)
    job = Job(
        "0123456789abcdef", "https://e.com/v", JobState.QUEUED, FormatPreset.BEST, "/t", 1, 1.0
    )
    store.insert_job(job)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # a database that cannot grow
    big = Job(
        "f" * 16, "https://e.com/" + "x" * 50_000, JobState.QUEUED, FormatPreset.BEST, "/", 2, 1.0
    )
    with pytest.raises(StoreWriteFailed) as caught:
        store.insert_job(big)
    assert caught.value.problem is WriteProblem.DISK_FULL
    assert "is full" in caught.value.user_text()
    assert not store._conn.in_transaction
    store._conn.execute("PRAGMA max_page_count = 1000000")
    store.insert_job(big)
    assert [j.id for j in store.load_jobs()] == [job.id, big.id]
    store.close()


def test_the_completion_journal_stays_until_done_is_saved(rig, qtbot, tmp_path: Path) -> None:
    """While "done" is only in memory, a quit must still let the relaunch finish the job from
    its file: the worker's completion journal is deleted only once "done" is on disk."""
    engine, store, started = rig
    [result] = engine.add_urls(["https://example.com/clip.mp4"])
    job_id = result.job.id
    journal = completion_marker(tmp_path, job_id)
    journal.write_text("{}")

    store.full = True
    started[job_id].finished.emit(job_id, RunOutcome(OutcomeKind.DONE, str(tmp_path / "c"), 1))
    assert engine.job(job_id).state is JobState.DONE
    assert journal.exists(), "deleted while the store could not say the job is done"

    store.full = False
    qtbot.waitUntil(lambda: engine.store_problem() is None, timeout=5000)
    assert not journal.exists()
