"""A slow call's answer comes back in the GUI thread, and a window (or dialog) deleted while
the call runs is neither reached nor crashed into."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject

from mediadesk.ui.background import Background


@pytest.fixture
def thread_errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """Exceptions that escaped a thread (they would only be printed)."""
    seen: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: seen.append(args.exc_value))
    yield seen


def test_the_answer_reaches_the_callback_in_the_gui_thread(qtbot, thread_errors) -> None:
    background = Background()
    got: list[tuple[object, object, threading.Thread]] = []
    background.run(lambda: 6 * 7, lambda r, e: got.append((r, e, threading.current_thread())))
    assert background.busy
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(42, None, threading.main_thread())]
    assert not background.busy and thread_errors == []


def test_a_background_deleted_while_its_call_runs_gets_nothing(qapp, thread_errors) -> None:
    owner = QObject()
    background = Background(owner)
    release = threading.Event()
    called: list[object] = []
    background.run(release.wait, lambda r, e: called.append(r))
    shiboken6.delete(owner)  # the window closes while the call still runs
    assert not shiboken6.isValid(background)
    release.set()
    for thread in threading.enumerate():
        if thread.name == "mediadesk-background":
            thread.join(timeout=10)
    qapp.processEvents()  # what the thread posted is delivered now
    assert called == [] and thread_errors == []


def test_a_dialog_deleted_before_the_answer_is_not_called(qtbot, thread_errors) -> None:
    shown: list[object] = []

    class Dialog(QObject):
        def show_answer(self, result: object, _error: object) -> None:
            shown.append((self.objectName(), result))

    background, dialog = Background(), Dialog()
    release = threading.Event()
    background.run(release.wait, dialog.show_answer)
    shiboken6.delete(dialog)
    release.set()
    qtbot.waitUntil(lambda: not background.busy)
    assert shown == [] and thread_errors == []
