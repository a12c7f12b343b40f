"""Settings ▸ Network, the command line's cookie options, the hand-off message, and the
details pane's failure button."""

from __future__ import annotations

import stat
from dataclasses import replace
from pathlib import Path

import pytest

from mediadesk.cli.args import parse_args
from mediadesk.core.failures import FailureAction
from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.proxy_secret import ProxySecret
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.desktop.single_instance import HandOff
from mediadesk.ui.dialogs.settings import SettingsDialog
from mediadesk.ui.panes.details import DetailsPane


def test_the_dialog_keeps_the_proxy_password_out_of_settings(
    qtbot, downloads: Path, tmp_path: Path
) -> None:
    secret = ProxySecret(tmp_path / "data" / "proxy-password")
    dialog = SettingsDialog(
        Settings(download_dir=str(downloads)),
        default_download_dir=str(downloads),
        proxy_secret=secret,
    )
    qtbot.addWidget(dialog)
    network = dialog.network
    network.cookie_combo.setCurrentIndex(1)
    network.browser_combo.setCurrentIndex(network.browser_combo.findData("chromium"))
    network.profile_edit.setText("Profile 2")
    network.proxy_edit.setText("socks5://amy:t0p-secret@127.0.0.1:1080")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    settings = dialog.result_settings()
    assert settings.cookies == "browser:chromium:Profile 2"
    assert settings.proxy == "socks5://amy@127.0.0.1:1080"
    assert "t0p-secret" not in repr(settings.to_dict())
    assert secret.read() == "t0p-secret"
    assert stat.S_IMODE(secret.path.stat().st_mode) == 0o600


def test_the_dialog_refuses_a_missing_cookies_file_and_a_bad_proxy(
    qtbot, downloads: Path, tmp_path: Path
) -> None:
    dialog = SettingsDialog(
        Settings(download_dir=str(downloads)),
        default_download_dir=str(downloads),
        proxy_secret=ProxySecret(tmp_path / "pw"),
    )
    qtbot.addWidget(dialog)
    dialog.network.cookie_combo.setCurrentIndex(2)
    dialog.network.file_edit.setText(str(tmp_path / "nope.txt"))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "does not exist" in dialog.network.problem_label.text()
    dialog.network.cookie_combo.setCurrentIndex(0)
    dialog.network.proxy_edit.setText("ftp://127.0.0.1:21")
    dialog.accept()
    assert "socks5://" in dialog.network.problem_label.text()


def test_command_line_cookie_options_become_a_source(tmp_path: Path, capsys) -> None:
    cookies = tmp_path / "c.txt"
    cookies.write_text("# Netscape HTTP Cookie File\n")
    args = parse_args(["--cookies", str(cookies), "http://127.0.0.1/a"])
    assert args.cookie_source == f"file:{cookies}"
    args = parse_args(["--cookies-from-browser", "firefox:abc.default", "http://127.0.0.1/a"])
    assert args.cookie_source == "browser:firefox:abc.default"
    assert parse_args(["http://127.0.0.1/a"]).cookie_source == ""
    for argv, words in (
        (["--cookies", str(tmp_path / "missing.txt"), "http://x.test/"], "does not exist"),
        (["--cookies-from-browser", "lynx", "http://x.test/"], "Unknown browser"),
        (["--cookies", str(cookies)], "add at least one URL"),
    ):
        with pytest.raises(SystemExit):
            parse_args(argv)
        assert words in capsys.readouterr().err


def test_the_hand_off_carries_the_cookie_source_only() -> None:
    message = HandOff(("http://127.0.0.1/a",), activate=False, cookies="file:/tmp/c.txt")
    assert HandOff.decode(message.encode()) == message
    assert b"cookies" not in HandOff(("http://127.0.0.1/a",)).encode()
    assert HandOff.decode(b'{"urls": [], "cookies": 3}') is None


def test_the_details_pane_offers_the_failure_action(qtbot, make_engine) -> None:
    pane = DetailsPane(make_engine())
    qtbot.addWidget(pane)
    job = Job(
        id="j1",
        url="http://127.0.0.1/article.html",
        state=JobState.FAILED,
        preset=FormatPreset.BEST,
        output_dir="/tmp",
        position=1,
        created_at=0.0,
        error="This page has no video of its own: ...",
        failure_action=FailureAction.ADD_EMBED_URL.value,
        failure_target="http://127.0.0.1/player/7",
    )
    pane.show_jobs([job])
    pane.show()
    assert pane.action_button.isVisible()
    assert pane.action_button.text() == "Add Embedded Address"
    with qtbot.waitSignal(pane.actionRequested) as signal:
        pane.action_button.click()
    assert signal.args == [FailureAction.ADD_EMBED_URL, "http://127.0.0.1/player/7"]
    pane.update_job(replace(job, failure_action=""))
    assert not pane.action_button.isVisible()


def test_the_update_and_diagnostics_failure_buttons_open_the_help_menu_dialogs(
    qtbot, make_engine, open_window
) -> None:
    from PySide6.QtGui import QAction

    from mediadesk.ui.failure_actions import DIAGNOSTICS_ACTION, UPDATE_ACTION

    window = open_window(make_engine())
    for name in (UPDATE_ACTION, DIAGNOSTICS_ACTION):
        action = window.findChild(QAction, name)
        assert action is not None, f"no {name}: the failure button would fall back to text"
