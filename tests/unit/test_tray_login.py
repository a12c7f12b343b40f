"""Start at login: the settings dialog's checkbox writes and removes the autostart entry
(``XDG_CONFIG_HOME`` is a per-test folder, see conftest)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from mediadesk.ui.dialogs.settings import SettingsDialog
from mediadesk.ui.main_window import MainWindow
from mediadesk.ui.panes.message_area import Level
from tests.support.tray import RecordingTray


def entry_path() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "mediadesk.desktop"


def save_settings(qtbot, window: MainWindow, *, start_at_login: bool) -> SettingsDialog:
    dialog = window.show_settings()
    dialog.login_check.setChecked(start_at_login)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return dialog


def test_the_checkbox_writes_and_removes_the_autostart_entry(
    qtbot, make_engine, open_window
) -> None:
    engine = make_engine()
    window = open_window(engine, RecordingTray())
    dialog = window.show_settings()
    assert dialog.login_check.text() == "Start MediaDesk when I log in"
    assert not dialog.login_check.isChecked()
    dialog.reject()
    assert not entry_path().exists()

    save_settings(qtbot, window, start_at_login=True)
    assert engine.settings.start_at_login
    text = entry_path().read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text
    [exec_line] = [line for line in text.splitlines() if line.startswith("Exec=")]
    assert exec_line.endswith(" --minimized"), "login starts hidden in the tray"
    reopened = window.show_settings()
    assert reopened.login_check.isChecked(), "the checkbox shows the saved setting"
    reopened.reject()

    save_settings(qtbot, window, start_at_login=False)
    assert not engine.settings.start_at_login
    assert not entry_path().exists()


def test_a_failing_autostart_write_is_reported_and_the_setting_kept(
    qtbot, make_engine, open_window
) -> None:
    calls: list[bool] = []

    def refuse(enabled: bool) -> None:
        calls.append(enabled)
        raise PermissionError("read-only configuration folder")

    engine = make_engine()
    window = open_window(engine, RecordingTray(), set_autostart=refuse)
    save_settings(qtbot, window, start_at_login=True)
    assert calls == [True]
    assert engine.settings.start_at_login, "the choice is kept; the next save tries again"
    assert window.message_area.level is Level.ERROR
    assert "read-only configuration folder" in window.message_area.text()
    assert not entry_path().exists()
