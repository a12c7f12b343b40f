"""Where a notification goes: the desktop's notification service when there is one (its
history, do-not-disturb, actions), else the tray balloon, else nowhere.

Clicks come back the same way: a notification's default action shows the window and selects
the job, "Open" opens the finished file, "Show in Folder" opens its folder; a balloon click
shows the window and selects the job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Slot

from mediadesk.desktop.notice import Notice, NoticeAction
from mediadesk.ui.tray.notifications import Notification, Notifier
from mediadesk.ui.tray.presence import TrayPresence

if TYPE_CHECKING:  # QtDBus is loaded with the first notification, not at launch
    from mediadesk.desktop.notifications import DesktopNotifications

#: Makes the session bus's notification client when the first notification is sent (None
#: where there is none).
DesktopSource = Callable[[], "DesktopNotifications | None"]


class NoticeWindow(Protocol):
    """What a notification's actions need from the main window."""

    def show_from_tray(self) -> None: ...

    def reveal_job(self, job_id: str) -> None: ...

    def open_job_file(self, job_id: str) -> None: ...

    def show_job_folder(self, job_id: str) -> None: ...


def notice_for(notification: Notification) -> Notice:
    """The desktop notification for one announcement: a single finished download offers
    Open and Show in Folder; everything else offers the click that shows the job."""
    actions: tuple[NoticeAction, ...] = (NoticeAction.DEFAULT,)
    if notification.finished == 1 and notification.failed == 0:
        actions = (NoticeAction.DEFAULT, NoticeAction.OPEN, NoticeAction.FOLDER)
    elif notification.finished:
        actions = (NoticeAction.DEFAULT, NoticeAction.FOLDER)
    return Notice(
        notification.title,
        notification.body,
        notification.job_id,
        actions,
        category="transfer.error" if notification.failed else "transfer.complete",
    )


class NotificationDelivery(QObject):
    """Routes the notifier's announcements and the answers to them."""

    def __init__(
        self,
        notifier: Notifier,
        tray: TrayPresence,
        window: NoticeWindow,
        desktop: DesktopNotifications | DesktopSource | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._window = window
        self._desktop: DesktopNotifications | None = None
        self._make_desktop: DesktopSource | None = None
        self._notifier = notifier  # kept alive with the delivery
        notifier.notify.connect(self.deliver)
        tray.messageClicked.connect(self._on_message_clicked)
        if isinstance(desktop, QObject):
            self._use(desktop)
        else:
            self._make_desktop = desktop

    def _use(self, desktop: DesktopNotifications) -> None:
        self._desktop = desktop
        desktop.actionInvoked.connect(self._on_action)

    def _client(self) -> DesktopNotifications | None:
        if self._make_desktop is not None:
            make, self._make_desktop = self._make_desktop, None
            desktop = make()
            if desktop is not None:
                self._use(desktop)
        return self._desktop

    @Slot(object)
    def deliver(self, notification: Notification) -> None:
        desktop = self._client()
        if desktop is not None and desktop.notify(notice_for(notification)):
            return
        # No notification service: the tray balloon (nothing at all without a tray).
        self._tray.show_message(
            notification.title,
            notification.body,
            notification.job_id,
            warning=notification.failed > 0,
        )

    @Slot(str, str)
    def _on_action(self, job_id: str, action: str) -> None:
        if action == NoticeAction.OPEN:
            self._window.open_job_file(job_id)
        elif action == NoticeAction.FOLDER:
            self._window.show_job_folder(job_id)
        else:
            self._on_message_clicked(job_id)

    @Slot(str)
    def _on_message_clicked(self, job_id: str) -> None:
        self._window.show_from_tray()
        if job_id:
            self._window.reveal_job(job_id)
