"""Closing the window: hide to the tray while downloads run (telling the user once), ask when
there is nowhere to hide, quit when nothing runs, and always quit from Quit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from mediadesk.core.states import JobState
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.ui.actions import ActionId
from mediadesk.ui.close_policy import (
    QUIT_QUESTION_TITLE,
    TRAY_HINT_KEY,
    TRAY_HINT_TITLE,
    CloseAction,
    decide_close,
)
from tests.conftest import make_payload, sha256, wait_state
from tests.support.tray import RecordingTray
from tests.support.ui import Desktop


def test_close_decision_table() -> None:
    assert decide_close(unfinished=0, tray_available=True, close_to_tray=True) is CloseAction.QUIT
    assert decide_close(unfinished=0, tray_available=False, close_to_tray=True) is CloseAction.QUIT
    assert decide_close(unfinished=2, tray_available=True, close_to_tray=True) is CloseAction.HIDE
    assert decide_close(unfinished=2, tray_available=True, close_to_tray=False) is CloseAction.ASK
    assert decide_close(unfinished=1, tray_available=False, close_to_tray=True) is CloseAction.ASK


def test_closing_while_downloading_hides_to_the_tray_and_the_download_completes(
    qtbot, server, make_engine, open_window, desktop: Desktop, db_path: Path
) -> None:
    data = make_payload(1_500_000, seed=31)
    url = server.add("/behind.mp4", data, throttle=500_000)
    engine = make_engine()
    tray = RecordingTray()
    window = open_window(engine, tray)
    [result] = window.add_text(url)
    job_id = result.job.id
    wait_state(qtbot, engine, job_id, JobState.DOWNLOADING)

    window.close()
    assert not window.isVisible()
    assert engine.is_running(job_id) and engine.job(job_id).state is JobState.DOWNLOADING
    assert desktop.quits == 0 and desktop.questions == []
    [hint] = tray.messages
    assert hint.title == TRAY_HINT_TITLE and "tray" in hint.body
    layout = SqliteJobStore.open(db_path)
    assert layout.load_layout()[TRAY_HINT_KEY] is True, "remembered with the layout"
    layout.close()

    server.set_throttle("/behind.mp4", None)  # seen hidden while it ran: the rest at full speed
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sha256(data)
    assert not window.isVisible(), "finishing does not pop the window up"

    # Told once: the next close to the tray (even in a new window) says nothing.
    second = server.add("/again.mp4", make_payload(1_500_000, seed=32), throttle=500_000)
    window.show_from_tray()
    [again] = window.add_text(second)
    wait_state(qtbot, engine, again.job.id, JobState.DOWNLOADING)
    window.close()
    assert not window.isVisible() and len(tray.messages) == 1
    other_tray = RecordingTray()
    other = open_window(engine, other_tray)
    other.close()
    assert not other.isVisible() and other_tray.messages == []
    assert desktop.quits == 0


def test_closing_with_nothing_running_quits_even_with_a_tray(
    qtbot, server, make_engine, open_window, desktop: Desktop
) -> None:
    engine = make_engine()
    tray = RecordingTray()
    window = open_window(engine, tray)
    [result] = window.add_text(server.add("/short.mp4", make_payload(40_000, seed=33)))
    wait_state(qtbot, engine, result.job.id, JobState.DONE)
    assert window.close() is True
    assert desktop.quits == 1 and desktop.questions == [] and tray.messages == []


@pytest.mark.parametrize(
    ("tray_available", "close_to_tray"), [(False, True), (True, False)], ids=["no-tray", "off"]
)
def test_without_hiding_closing_while_downloading_asks_and_respects_the_answer(
    qtbot, server, make_engine, open_window, desktop: Desktop, tray_available, close_to_tray
) -> None:
    url = server.add("/ask.mp4", make_payload(2_000_000, seed=34), throttle=300_000)
    engine = make_engine(close_to_tray=close_to_tray)
    tray = RecordingTray(available=tray_available)
    window = open_window(engine, tray)
    [result] = window.add_text(url)
    job_id = result.job.id
    wait_state(qtbot, engine, job_id, JobState.DOWNLOADING)

    desktop.answer = False  # "keep the window"
    assert window.close() is False
    assert desktop.questions == [QUIT_QUESTION_TITLE]
    assert window.isVisible() and not window.isMinimized()
    assert engine.is_running(job_id) and desktop.quits == 0 and tray.messages == []

    desktop.answer = True  # "quit": the download resumes at the next launch
    assert window.close() is True
    assert desktop.questions == [QUIT_QUESTION_TITLE] * 2
    assert not window.isVisible() and desktop.quits == 1
    assert engine.job(job_id).state is JobState.DOWNLOADING, "left unfinished, not canceled"


def test_quit_from_the_menu_never_asks(
    qtbot, server, make_engine, open_window, desktop: Desktop
) -> None:
    url = server.add("/menu-quit.mp4", make_payload(2_000_000, seed=35), throttle=300_000)
    engine = make_engine()
    window = open_window(engine, RecordingTray(available=False))
    [result] = window.add_text(url)
    wait_state(qtbot, engine, result.job.id, JobState.DOWNLOADING)
    window.job_actions[ActionId.QUIT].trigger()
    assert desktop.quits == 1 and desktop.questions == []


GAVE_UP = 99


def run_loop(qapp, action, give_up_ms: int = 5000) -> int:
    """Run the application's event loop as app.py does, doing ``action`` once it runs; the
    loop's exit code, or GAVE_UP when nothing ended it within ``give_up_ms``."""
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: qapp.exit(GAVE_UP))
    give_up.start(give_up_ms)
    QTimer.singleShot(0, action)
    try:
        return qapp.exec()
    finally:
        give_up.stop()  # a stray exit() would end some later test's waiting


def test_the_event_loop_ends_when_it_should_with_quit_on_last_window_closed_off(
    qtbot, qapp, server, make_engine, open_window
) -> None:
    """The real quit path (no ``quit_app``): hiding keeps the loop running, closing with
    nothing running and Quit from the tray end it."""
    url = server.add("/loop.mp4", make_payload(1_200_000, seed=36), throttle=400_000)
    engine = make_engine()
    tray = RecordingTray()
    previous = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    try:
        window = open_window(engine, tray, quit_app=None)
        [result] = window.add_text(url)
        job_id = result.job.id
        wait_state(qtbot, engine, job_id, JobState.DOWNLOADING)

        assert run_loop(qapp, window.close, give_up_ms=600) == GAVE_UP, (
            "hidden in the tray, the app keeps running"
        )
        assert not window.isVisible() and engine.is_running(job_id)

        quit_action = window.job_actions[ActionId.QUIT]
        assert quit_action in tray.menu.actions()
        assert run_loop(qapp, quit_action.trigger) == 0, "Quit from the tray ends the app"

        server.set_throttle("/loop.mp4", None)  # it ran throughout: the rest at full speed
        wait_state(qtbot, engine, job_id, JobState.DONE)
        window2 = open_window(engine, tray, quit_app=None)
        assert run_loop(qapp, window2.close) == 0, "closing with nothing running ends the app"
        assert not window2.isVisible()

        other = server.add("/loop2.mp4", make_payload(1_200_000, seed=37), throttle=400_000)
        window3 = open_window(engine, RecordingTray(), quit_app=None)
        [running] = window3.add_text(other)
        wait_state(qtbot, engine, running.job.id, JobState.DOWNLOADING)
        assert run_loop(qapp, qapp.quit) == 0, "a quit asked for from outside is not refused"
    finally:
        qapp.setQuitOnLastWindowClosed(previous)
