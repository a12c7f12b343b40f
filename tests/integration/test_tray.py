"""The tray icon: choosing it, its menu acting on real jobs, the tooltip, the way back to the
window, and starting hidden (``--minimized``) with and without a tray."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from mediadesk.core import paths
from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.ui.actions import ActionId
from mediadesk.ui.tray.controller import tray_tooltip
from mediadesk.ui.tray.presence import NoTray, SystemTray, app_icon, create_tray
from tests.conftest import make_payload, wait_state
from tests.support.tray import RecordingTray
from tests.support.ui import Desktop, stored, stored_job


def menu_texts(tray: SystemTray | RecordingTray) -> list[str]:
    """The menu's entries as the user sees them when it opens."""
    menu = tray.icon.contextMenu() if isinstance(tray, SystemTray) else tray.menu
    assert menu is not None
    menu.aboutToShow.emit()  # what Qt sends before the menu appears
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def menu_action(tray: SystemTray | RecordingTray, text: str):
    menu = tray.icon.contextMenu() if isinstance(tray, SystemTray) else tray.menu
    assert menu is not None
    [action] = [a for a in menu.actions() if a.text().replace("&", "") == text]
    return action


# -- choosing the tray --------------------------------------------------------------------------


def test_the_factory_uses_the_system_tray_only_where_the_platform_has_one(qapp) -> None:
    assert isinstance(create_tray(tray_available=lambda: True), SystemTray)
    none = create_tray(tray_available=lambda: False)
    assert isinstance(none, NoTray) and not none.available
    expected = SystemTray if QSystemTrayIcon.isSystemTrayAvailable() else NoTray
    assert isinstance(create_tray(), expected)  # offscreen: no tray


def test_the_app_icon_comes_from_the_resources_else_the_fallback(qapp, monkeypatch) -> None:
    fallback = QIcon.fromTheme("nothing-by-this-name")
    icon = app_icon(fallback)
    assert not icon.isNull() and icon.cacheKey() != fallback.cacheKey()
    assert not icon.pixmap(32, 32).isNull(), "the SVG renders"
    monkeypatch.setattr(paths, "APP_ICON", "no-such-icon.svg")
    assert app_icon(fallback).cacheKey() == fallback.cacheKey()


def test_system_tray_routes_the_primary_click_and_message_clicks(qtbot) -> None:
    tray = SystemTray()
    clicks: list[str] = []
    messages: list[str] = []
    tray.activated.connect(lambda: clicks.append("click"))
    tray.messageClicked.connect(messages.append)
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.DoubleClick)
    assert clicks == [], "only the primary click toggles the window"
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert clicks == ["click"]
    tray.show_message("Download finished", "A video", "job-1")
    tray.show_message("Download failed", "Another", "job-2", warning=True)
    tray.icon.messageClicked.emit()
    assert messages == ["job-2"], "the message on screen is the last one shown"


# -- the real tray icon, offscreen --------------------------------------------------------------


def test_real_tray_icon_menu_pauses_resumes_and_quits(
    qtbot, server, make_engine, open_window, desktop: Desktop, db_path: Path, downloads: Path
) -> None:
    urls = [server.add(f"/tray{n}.mp4", make_payload(900_000), throttle=100_000) for n in (0, 1)]
    jobs = [stored_job(n, JobState.PAUSED, downloads, url=urls[n]) for n in (0, 1)]
    stored(db_path, *jobs)
    engine = make_engine()
    tray = SystemTray()
    window = open_window(engine, tray)

    assert tray.icon.isVisible() and not tray.icon.icon().isNull()
    assert tray.icon.toolTip() == "MediaDesk — 2 paused"
    assert menu_texts(tray) == [
        "Hide MediaDesk",
        "Pause All",
        "Resume All",
        "Limit Speed",
        "Add Links from Clipboard",
        "Quit",
    ]
    resume_all, pause_all = menu_action(tray, "Resume All"), menu_action(tray, "Pause All")
    assert resume_all.isEnabled() and not pause_all.isEnabled()

    resume_all.trigger()
    for job in jobs:
        wait_state(qtbot, engine, job.id, JobState.DOWNLOADING)
    qtbot.waitUntil(pause_all.isEnabled)
    # The percentage appears once both workers have their first bytes (slow on a busy machine).
    qtbot.waitUntil(
        lambda: tray.icon.toolTip().startswith("MediaDesk — 2 downloading, "), timeout=30000
    )

    pause_all.trigger()
    assert all(engine.job(j.id).state is JobState.PAUSED for j in jobs)
    qtbot.waitUntil(lambda: engine.running_count() == 0)

    menu_action(tray, "Hide MediaDesk").trigger()
    assert not window.isVisible()
    assert menu_texts(tray)[0] == "Show MediaDesk"
    menu_action(tray, "Show MediaDesk").trigger()
    assert window.isVisible()

    menu_action(tray, "Quit").trigger()
    assert desktop.quits == 1


# -- tooltip ------------------------------------------------------------------------------------


def _job(n: int, state: JobState, done: int = 0, total: int | None = None) -> Job:
    return Job(
        id=f"j{n}",
        url=f"http://127.0.0.1:9/{n}.mp4",
        state=state,
        preset=FormatPreset.BEST,
        output_dir="/tmp",
        position=n,
        created_at=0.0,
        bytes_done=done,
        bytes_total=total,
    )


def test_tooltip_text_counts_and_overall_progress() -> None:
    jobs = [
        _job(1, JobState.DOWNLOADING, 300, 1000),
        _job(2, JobState.POSTPROCESSING, 110, 200),
        _job(3, JobState.QUEUED),
        _job(4, JobState.DONE, 50, 50),
    ]
    assert tray_tooltip(jobs) == "MediaDesk — 2 downloading, 34% · 1 queued"
    jobs += [_job(5, JobState.DOWNLOADING, 999, None), _job(6, JobState.PAUSED)]
    jobs += [_job(7, JobState.FAILED), _job(8, JobState.CANCELED)]
    assert tray_tooltip(jobs) == "MediaDesk — 3 downloading, 34% · 1 queued · 1 paused · 1 failed"
    assert tray_tooltip([_job(1, JobState.DOWNLOADING, 10)]) == "MediaDesk — 1 downloading"
    assert tray_tooltip([_job(1, JobState.DONE)]) == "MediaDesk — nothing to download"
    assert tray_tooltip([]) == "MediaDesk — nothing to download"


def test_tooltip_follows_a_download_at_most_once_a_second(
    qtbot, server, make_engine, open_window
) -> None:
    url = server.add("/tip.mp4", make_payload(1_500_000, seed=3), throttle=600_000)
    engine = make_engine()
    tray = RecordingTray()
    window = open_window(engine, tray)
    assert tray.tooltip == "MediaDesk — nothing to download"
    changes: list[object] = []
    engine.jobChanged.connect(changes.append)
    before = len(tray.tooltips)
    [result] = window.add_text(url)
    qtbot.waitUntil(lambda: "1 downloading, " in tray.tooltip, timeout=10000)
    job = wait_state(qtbot, engine, result.job.id, JobState.DONE)
    qtbot.waitUntil(lambda: tray.tooltip == "MediaDesk — nothing to download", timeout=3000)
    updates = len(tray.tooltips) - before
    assert job.bytes_done == 1_500_000
    assert len(changes) > updates, "progress signals are coalesced"
    percents = {t for t in tray.tooltips if "%" in t}
    assert percents, "the tooltip showed the overall progress"


# -- the way back to the window ------------------------------------------------------------------


def test_tray_click_hides_and_shows_the_window(qtbot, make_engine, open_window) -> None:
    engine = make_engine()
    tray = RecordingTray()
    window = open_window(engine, tray)
    assert tray.shown
    tray.activated.emit()
    assert not window.isVisible()
    assert menu_texts(tray)[0] == "Show MediaDesk"
    tray.activated.emit()
    assert window.isVisible() and not window.isMinimized()
    assert menu_texts(tray)[0] == "Hide MediaDesk"
    window.showMinimized()
    assert menu_texts(tray)[0] == "Show MediaDesk"
    tray.activated.emit()
    assert window.isVisible() and not window.isMinimized(), "a minimized window comes back"


def test_add_links_from_the_clipboard_reports_through_the_tray(
    qtbot, server, make_engine, open_window
) -> None:
    engine = make_engine()
    tray = RecordingTray()
    window = open_window(engine, tray)
    window.hide_to_tray()
    good = server.add("/clip.mp4", make_payload(50_000, seed=9))
    QGuiApplication.clipboard().setText(f"{good}\nftp://example.invalid/file")
    menu_action(tray, "Add Links from Clipboard").trigger()
    [job] = engine.jobs()
    assert job.url == good
    message = tray.messages[-1]
    assert "Queued 1 download." in message.body and "ftp://example.invalid/file" in message.body
    assert message.warning, "something was refused"
    assert "Queued 1 download." in window.message_area.text(), "the window says it too"
    assert not window.isVisible(), "adding does not pop the window up"

    QGuiApplication.clipboard().setText("no links here")
    menu_action(tray, "Add Links from Clipboard").trigger()
    assert "No web address found" in tray.messages[-1].body and tray.messages[-1].warning
    assert len(engine.jobs()) == 1
    wait_state(qtbot, engine, job.id, JobState.DONE)


# -- --minimized -------------------------------------------------------------------------------


def test_minimized_start_stays_in_the_tray(qtbot, make_engine, open_window) -> None:
    engine = make_engine()
    tray = RecordingTray()
    window = open_window(engine, tray, show=False)
    window.start(minimized=True)
    qtbot.wait(50)
    assert tray.shown and not window.isVisible()
    tray.activated.emit()
    qtbot.waitExposed(window)
    assert window.isVisible()


def test_minimized_start_without_a_tray_shows_the_window_minimized(
    qtbot, make_engine, open_window
) -> None:
    engine = make_engine()
    tray = RecordingTray(available=False)
    window = open_window(engine, tray, show=False)
    window.start(minimized=True)
    assert window.isVisible() and window.isMinimized(), "never invisible with no way back"
    assert not tray.shown
    window.hide_to_tray()
    assert window.isVisible() and window.isMinimized()


def test_normal_start_shows_the_window_and_the_tray_icon(qtbot, make_engine, open_window) -> None:
    engine = make_engine()
    tray = RecordingTray()
    window = open_window(engine, tray, show=False)
    window.start()
    qtbot.waitExposed(window)
    assert tray.shown and window.isVisible() and not window.isMinimized()
    assert tray.menu is not None
    assert window.job_actions[ActionId.QUIT] in tray.menu.actions()


def test_the_limit_speed_toggle_switches_the_overall_limit(
    qtbot, make_engine, open_window, db_path: Path
) -> None:
    engine = make_engine()
    tray = RecordingTray()
    open_window(engine, tray)
    toggle = menu_action(tray, "Limit Speed")
    assert not toggle.isEnabled(), "no overall limit set yet"

    engine.update_settings(replace(engine.settings, overall_rate_limit=500_000))
    toggle = menu_action(tray, "Limit Speed (500 kB/s)")
    assert toggle.isEnabled() and toggle.isChecked()
    toggle.trigger()
    assert not engine.settings.limit_speed and engine.settings.overall_limit_in_force == 0
    toggle.trigger()
    assert engine.settings.limit_speed and engine.settings.overall_limit_in_force == 500_000
    engine.update_settings(replace(engine.settings, limit_speed=False))
    assert not toggle.isChecked(), "follows the setting however it changes"
    store = SqliteJobStore.open(db_path)
    try:
        assert store.load_settings()["limit_speed"] is False, "kept for the next launch"
    finally:
        store.close()
