"""Notifications through the desktop's notification service (org.freedesktop.Notifications)
on a private session bus with a fake service, its actions, and the fallbacks: the tray
balloon where no service answers, nothing (and no crash) without either."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from mediadesk.core.states import JobState
from mediadesk.desktop.notifications import DesktopNotifications, Notice, NoticeAction
from mediadesk.ui.jobs.proxy import StateFilter
from mediadesk.ui.tray.notifications import Notifier
from tests.conftest import make_payload, wait_state
from tests.support.private_bus import (
    fake_notification_service,
    have_dbus_daemon,
    private_bus,
)
from tests.support.tray import RecordingTray

pytestmark = pytest.mark.skipif(
    not have_dbus_daemon(), reason="dbus-daemon is not installed (Debian package dbus)"
)


def test_a_finished_download_reaches_the_service_and_its_actions_work(
    qtbot, server, make_engine, open_window, desktop
) -> None:
    with private_bus() as bus, fake_notification_service(bus) as service:
        engine = make_engine()
        tray = RecordingTray()
        made: list[DesktopNotifications] = []

        def make_client() -> DesktopNotifications:  # as the app: made at the first notice
            made.append(DesktopNotifications(bus.connection))
            return made[-1]

        window = open_window(
            engine,
            tray,
            notifier=Notifier(engine, quiet=0.2, max_wait=2.0),
            desktop_notifications=make_client,
        )
        assert made == [], "no D-Bus client before a notification"
        window.hide_to_tray()
        window.filter_bar.set_state_filter(StateFilter.ACTIVE)
        [result] = window.add_text(server.add("/note.mp4", make_payload(50_000, seed=91)))
        job = wait_state(qtbot, engine, result.job.id, JobState.DONE)
        qtbot.waitUntil(lambda: len(service.calls) == 1, timeout=5000)
        call = service.calls[0]
        assert call["app_name"] == "MediaDesk" and call["app_icon"] == "mediadesk"
        assert call["summary"] == "Download finished"
        assert call["body"] == job.title or call["body"]
        assert call["actions"] == ["default", "Show", "open", "Open", "folder", "Show in Folder"]
        assert call["hints"]["desktop-entry"] == "mediadesk"
        assert tray.messages == [], "no tray balloon when the service took it"
        assert len(made) == 1

        service.invoke(call["id"], "open")
        qtbot.waitUntil(lambda: len(desktop.opened) == 1, timeout=5000)
        assert desktop.opened[0] == QUrl.fromLocalFile(job.file_path)
        assert not window.isVisible(), "Open opens the file, not the window"

        service.invoke(call["id"], "folder")
        qtbot.waitUntil(lambda: len(desktop.opened) == 2, timeout=5000)
        assert desktop.opened[1].toLocalFile() == str(window_job_folder(job.file_path))

        service.invoke(call["id"], "default")
        qtbot.waitUntil(window.isVisible, timeout=5000)
        assert window.filter_bar.state_filter() is StateFilter.ALL
        assert window.selected_ids() == [job.id]

        window.select_jobs([])
        service.invoke(call["id"] + 100, "default")  # someone else's notification
        qtbot.wait(500)  # time for the signal to arrive (and be ignored)
        assert window.selected_ids() == [], "another app's notification selected a job"
        [bad] = window.add_text(server.url("/missing-note.mp4"))
        wait_state(qtbot, engine, bad.job.id, JobState.FAILED)
        qtbot.waitUntil(lambda: len(service.calls) == 2, timeout=5000)
        failed = service.calls[1]
        assert failed["summary"] == "Download failed" and "does not exist" in failed["body"]
        assert failed["actions"] == ["default", "Show"], "a failed download has no file"
        assert failed["hints"]["category"] == "transfer.error"
        assert window.selected_ids() == [bad.job.id], "an added job is selected"
        window.select_jobs([job.id])
        window.close()  # closing a notification changes nothing
        service.close(failed["id"])
        service.invoke(failed["id"], "default")
        qtbot.waitUntil(lambda: window.selected_ids() == [bad.job.id], timeout=5000)


def window_job_folder(file_path: str):
    from pathlib import Path

    return Path(file_path).parent


def test_a_service_without_actions_gets_none_and_body_text_is_escaped_for_markup(qtbot) -> None:
    with private_bus() as bus, fake_notification_service(bus, "body,body-markup") as service:
        notices = DesktopNotifications(bus.connection)
        assert notices.capabilities() == {"body", "body-markup"}
        notice = Notice("Download finished", "Tom & <Jerry>", "j1", tuple(NoticeAction))
        assert notices.notify(notice)
        qtbot.waitUntil(lambda: len(service.calls) == 1, timeout=5000)
        assert service.calls[0]["actions"] == []
        assert service.calls[0]["body"] == "Tom &amp; &lt;Jerry&gt;"


def test_without_a_service_the_tray_balloon_shows_it(
    qtbot, server, make_engine, open_window
) -> None:
    with private_bus() as bus:  # a bus, but nobody owns org.freedesktop.Notifications
        engine = make_engine()
        tray = RecordingTray()
        notices = DesktopNotifications(bus.connection)
        open_window(
            engine,
            tray,
            notifier=Notifier(engine, quiet=0.2, max_wait=2.0),
            desktop_notifications=notices,
        )
        [result] = engine.add_text(server.add("/balloon.mp4", make_payload(30_000, seed=92)))
        wait_state(qtbot, engine, result.job.id, JobState.DONE)
        qtbot.waitUntil(lambda: len(tray.messages) == 1, timeout=5000)
        assert tray.messages[0].title == "Download finished"
        assert not notices.available()


def test_no_tray_and_no_service_is_quiet_and_does_not_crash(
    qtbot, server, make_engine, open_window
) -> None:
    with private_bus() as bus:
        engine = make_engine()
        notifier = Notifier(engine, quiet=0.1, max_wait=1.0)
        seen: list[object] = []
        notifier.notify.connect(seen.append)
        notices = DesktopNotifications(bus.connection)
        window = open_window(
            engine,
            RecordingTray(available=False),
            notifier=notifier,
            desktop_notifications=notices,
        )
        [result] = window.add_text(server.add("/quiet.mp4", make_payload(30_000, seed=93)))
        wait_state(qtbot, engine, result.job.id, JobState.DONE)
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
        assert window.isVisible()


def test_a_bus_that_is_not_connected_is_no_service(qtbot) -> None:
    from PySide6.QtDBus import QDBusConnection

    broken = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "mediadesk-test-broken")
    try:
        notices = DesktopNotifications(broken)
        assert not notices.connected and not notices.available()
        assert not notices.notify(Notice("t", "b", "j1"))
    finally:
        QDBusConnection.disconnectFromBus("mediadesk-test-broken")
