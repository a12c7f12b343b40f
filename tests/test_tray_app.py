"""``mediadesk --minimized`` through the real startup code (app.main): hidden in the tray
where there is one, shown minimized where there is none; the app quits when asked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mediadesk import app as app_module
from mediadesk.ui import tray as tray_module
from mediadesk.ui.actions import ActionId
from mediadesk.ui.main_window import MainWindow
from mediadesk.ui.tray import NoTray, SystemTray


@pytest.fixture
def app_state(qapp) -> Iterator[QApplication]:
    """app.main changes application-wide settings; put them back for the other tests."""
    quit_on_close = qapp.quitOnLastWindowClosed()
    yield qapp
    qapp.setQuitOnLastWindowClosed(quit_on_close)


def run_and_inspect(argv: list[str]) -> tuple[int, dict[str, object]]:
    """Run app.main; once the event loop runs, record what the user would see, then Quit."""
    seen: dict[str, object] = {}
    before = set(main_windows())

    def inspect() -> None:
        new = [w for w in main_windows() if w not in before]
        if len(new) != 1:
            QApplication.exit(98)  # fail the run instead of waiting forever
            return
        window = new[0]
        seen.update(
            visible=window.isVisible(),
            minimized=window.isMinimized(),
            tray=window.tray,
            quit_on_last_window_closed=QApplication.instance().quitOnLastWindowClosed(),
        )
        window.job_actions[ActionId.QUIT].trigger()

    QTimer.singleShot(300, inspect)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: QApplication.exit(99))  # Quit did not end the app
    give_up.start(10_000)
    try:
        code = app_module.main(argv)
    finally:
        give_up.stop()  # a stray exit() would end some later test's waiting
    for window in main_windows():
        if window not in before:
            window.deleteLater()
    return code, seen


def main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_minimized_start_with_a_tray_is_hidden_in_the_tray(app_state, monkeypatch) -> None:
    real_factory = tray_module.create_tray
    monkeypatch.setattr(
        tray_module, "create_tray", lambda: real_factory(tray_available=lambda: True)
    )
    code, seen = run_and_inspect(["--minimized"])
    assert code == 0
    tray = seen["tray"]
    assert isinstance(tray, SystemTray) and tray.icon.isVisible()
    assert seen["visible"] is False, "no window, only the tray icon"
    assert seen["quit_on_last_window_closed"] is False


def test_minimized_start_without_a_tray_shows_a_minimized_window(app_state) -> None:
    code, seen = run_and_inspect(["--minimized"])  # offscreen: no tray
    assert code == 0
    assert isinstance(seen["tray"], NoTray)
    assert seen["visible"] is True and seen["minimized"] is True


def test_a_plain_start_shows_the_window(app_state) -> None:
    code, seen = run_and_inspect([])
    assert code == 0
    assert seen["visible"] is True and seen["minimized"] is False
