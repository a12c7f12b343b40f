"""``mediadesk --minimized`` through the real startup code (app.main): hidden in the tray
where there is one, shown minimized where there is none; the app quits when asked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from mediadesk.ui.tray import presence as tray_module
from mediadesk.ui.tray.presence import NoTray, SystemTray
from tests.support.app_run import run_and_inspect


@pytest.fixture
def app_state(qapp) -> Iterator[QApplication]:
    """app.main changes application-wide settings; put them back for the other tests."""
    quit_on_close = qapp.quitOnLastWindowClosed()
    yield qapp
    qapp.setQuitOnLastWindowClosed(quit_on_close)


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
