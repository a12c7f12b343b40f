"""Launch on a long history (a real SQLite file of 30,000 jobs, written directly): the window
shows its first rows and counts every job without loading the history, a download that was
interrupted deep in that history resumes and finishes, and a damaged row is still kept aside
and told. (How long a launch takes is measured by ``python -m bench launch``.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer
from PySide6.QtWidgets import QApplication

from mediadesk import app as app_module
from mediadesk.core import paths
from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.ui.actions import ActionId
from tests.conftest import make_payload, sha256, wait_state
from tests.support.app_run import main_windows

HISTORY = 30_000
INTERRUPTED = 20_000  # queue position of the download a crash interrupted
STATES = [JobState.DONE] * 8 + [JobState.FAILED, JobState.CANCELED]


def _history(db: Path, folder: Path, interrupted_url: str = "") -> dict[JobState, int]:
    """The history in one bulk transaction; returns how many jobs are in each state."""
    jobs = []
    for n in range(HISTORY):
        state = STATES[n % len(STATES)]
        url = f"http://127.0.0.1:9/history/{n}.mp4"
        if n == INTERRUPTED and interrupted_url:
            state, url = JobState.DOWNLOADING, interrupted_url
        jobs.append(
            Job(
                id=f"{n:016x}",
                url=url,
                state=state,
                preset=FormatPreset.BEST,
                output_dir=str(folder),
                position=n + 1,
                created_at=1_700_000_000.0 + n,
                title=f"Old talk {n}",
                bytes_total=1_000_000,
                finished_at=1_700_000_100.0 + n if state.is_final else None,
            )
        )
    store = SqliteJobStore.open(db)
    store.insert_jobs(jobs)
    store.close()
    counts: dict[JobState, int] = {}
    for job in jobs:
        counts[job.state] = counts.get(job.state, 0) + 1
    return counts


def test_the_window_opens_on_the_first_rows_and_an_interrupted_download_resumes(
    qtbot, server, make_engine, open_window, db_path: Path, downloads: Path
) -> None:
    data = make_payload(400_000, seed=3)
    url = server.add("/interrupted.mp4", data)
    counts = _history(db_path, downloads, url)
    interrupted_id = f"{INTERRUPTED:016x}"

    engine = make_engine()
    assert len(engine.live_jobs()) == 1, "only the unfinished job is loaded"
    window = open_window(engine)
    QCoreApplication.processEvents()

    model = window.model
    assert 0 < model.rowCount() < HISTORY
    assert model.job_at(0).title == "Old talk 0" and model.canFetchMore(QModelIndex())
    assert window.proxy.index(0, 0).data() == "Old talk 0"
    stats = model.stats()
    assert stats.total == HISTORY
    assert stats.count(JobState.DONE) == counts[JobState.DONE]
    assert stats.count(JobState.FAILED) == counts[JobState.FAILED]
    assert window.status_bar.counts_label.text() != ""

    job = wait_state(qtbot, engine, interrupted_id, JobState.DONE)
    assert sha256(Path(job.file_path).read_bytes()) == sha256(data)
    qtbot.waitUntil(lambda: model.stats().count(JobState.DONE) == counts[JobState.DONE] + 1)

    window.table.scrollToBottom()  # the view asks for more rows as it goes
    QCoreApplication.processEvents()
    model.fetch_all()
    assert model.rowCount() == HISTORY
    assert model.job(interrupted_id).state is JobState.DONE


def test_a_damaged_row_in_a_long_history_is_kept_aside_and_told(qapp, downloads: Path) -> None:
    db = paths.database_path()
    _history(db, downloads)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE jobs SET bytes_done = 'abc' WHERE id = ?", (f"{12_345:016x}",))
    conn.close()
    seen: dict[str, object] = {}

    def look() -> None:
        [window] = main_windows()
        seen.setdefault("rows", window.model.rowCount())  # the first look: at launch
        seen["message"] = window.message_area.text()
        seen["total"] = window.model.stats().total
        seen["polls"] = int(seen.get("polls", 0)) + 1  # type: ignore[call-overload]
        if seen["message"] or int(seen["polls"]) > 200:  # the check runs in a thread: wait
            window.job_actions[ActionId.QUIT].trigger()

    poll = QTimer()
    poll.timeout.connect(look)
    poll.start(50)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: QApplication.exit(99))
    give_up.start(20_000)
    try:
        code = app_module.main([])
    finally:
        poll.stop()
        give_up.stop()
        for window in main_windows():
            window.deleteLater()

    assert code == 0
    assert 0 < int(seen["rows"]) < HISTORY  # type: ignore[call-overload]
    message = str(seen["message"])
    assert message.startswith("1 damaged job kept aside"), message
    assert f"id {12_345:016x}: bytes_done 'abc' is not a whole number" in message
    assert seen["total"] == HISTORY - 1, "the damaged row is not counted as a job"


def test_quitting_while_the_damaged_row_scan_runs_still_closes_the_database_cleanly(
    qapp, downloads: Path
) -> None:
    """The scan reads through its own connection in a thread for a while; a quit in the
    meantime stops it, so the store's connection is the last to close: the log is folded
    into the file and the clean-close note lets the next launch skip SQLite's whole-file
    check."""
    db = paths.database_path()
    _history(db, downloads)
    note = db.with_name(db.name + ".clean")
    note.unlink()  # as after a crash: this launch checks the file
    scanning: list[bool] = []
    polls = [0]

    def quit_during_scan() -> None:
        [window] = main_windows()
        store = window._engine._store  # the app's store: is its scan reading yet?
        polls[0] += 1
        if store._scans or polls[0] > 5000:
            scanning.append(bool(store._scans))
            poll.stop()
            window.job_actions[ActionId.QUIT].trigger()

    poll = QTimer()
    poll.timeout.connect(quit_during_scan)
    poll.start(1)
    try:
        assert app_module.main([]) == 0
    finally:
        poll.stop()
        for window in main_windows():
            window.deleteLater()
    assert scanning == [True], "the quit came while the scan was reading"
    assert not db.with_name(db.name + "-wal").exists()
    assert note.exists()
