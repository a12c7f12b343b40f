"""The desktop's notification service (``org.freedesktop.Notifications``) over QtDBus.

A tray balloon never reaches the desktop's notification history or do-not-disturb, and a
desktop without a tray (stock GNOME) shows none at all. This client sends ``Notify`` to the
session bus's service, remembers which job each notification is about, and turns the
service's ``ActionInvoked`` signal into :attr:`DesktopNotifications.actionInvoked`.

``Notify`` is typed ``susssasa{sv}i``: Python ints would go out as ``i``, so the call goes
through the interface's introspected method (its ``uint`` argument is typed by Qt). A service
that cannot be reached, or answers with an error, makes :meth:`notify` return False so the
caller can fall back to the tray.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from mediadesk.core.i18n import translate
from mediadesk.desktop.notice import ACTION_LABELS, Notice, NoticeAction

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
APP_NAME = "MediaDesk"
APP_ICON = "mediadesk"  # the icon installed by packaging/install_desktop.py
DESKTOP_ENTRY = "mediadesk"
CALL_TIMEOUT_MS = 2000  # a hung service must not freeze the window for D-Bus's 25 s default
KEPT_IDS = 50  # notifications whose actions are still answered


class DesktopNotifications(QObject):
    """Sends notifications to the session bus's notification service."""

    #: job id, action key: the user picked an action (or clicked the notification).
    actionInvoked = Signal(str, str)
    #: job id: the service closed one of our notifications (expired or dismissed).
    notificationClosed = Signal(str)

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._capabilities: frozenset[str] | None = None
        self._jobs: dict[int, str] = {}  # notification id -> job id
        self._subscribed = False

    @property
    def connected(self) -> bool:
        return self._bus.isConnected()

    def capabilities(self) -> frozenset[str] | None:
        """What the service supports (``actions``, ``body``, ``body-markup``, …); None when
        there is no service. Asked once; asked again after a failed ``Notify``."""
        if self._capabilities is None and self.connected:
            iface = self._interface()
            reply = iface.call("GetCapabilities")
            args = reply.arguments()
            if not iface.lastError().isValid() and args and isinstance(args[0], list):
                self._capabilities = frozenset(str(c) for c in args[0])
        return self._capabilities

    def available(self) -> bool:
        return self.capabilities() is not None

    def notify(self, notice: Notice) -> bool:
        """Show ``notice``; False when no service took it (the caller falls back)."""
        capabilities = self.capabilities()
        if capabilities is None:
            return False
        self._subscribe()
        summary, body = notice.summary, notice.body
        if "body" not in capabilities:
            body = ""
        elif "body-markup" in capabilities:
            body = html.escape(body, quote=False)  # titles come from web sites
        actions: list[str] = []
        if "actions" in capabilities:
            for action in notice.actions:
                actions += [action.value, translate("Notifications", ACTION_LABELS[action])]
        hints: dict[str, object] = {"desktop-entry": DESKTOP_ENTRY}
        if notice.category:
            hints["category"] = notice.category
        iface = self._interface()
        try:
            notification_id = QMetaObject.invokeMethod(
                iface,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG(str, APP_NAME),
                Q_ARG("uint", 0),
                Q_ARG(str, APP_ICON),
                Q_ARG(str, summary),
                Q_ARG(str, body),
                Q_ARG("QStringList", actions),
                Q_ARG("QVariantMap", hints),
                Q_ARG(int, -1),
            )
        except (RuntimeError, TypeError):  # no introspected Notify: not a usable service
            notification_id = None
        if iface.lastError().isValid() or not isinstance(notification_id, int):
            self._capabilities = None  # the service went away: ask again next time
            return False
        if notice.job_id:
            self._jobs[notification_id] = notice.job_id
            while len(self._jobs) > KEPT_IDS:
                del self._jobs[next(iter(self._jobs))]
        return True

    def _interface(self) -> QDBusInterface:
        iface = QDBusInterface(SERVICE, PATH, INTERFACE, self._bus)
        iface.setTimeout(CALL_TIMEOUT_MS)
        return iface

    def _subscribe(self) -> None:
        if self._subscribed:
            return
        self._subscribed = self._bus.connect(
            SERVICE,
            PATH,
            INTERFACE,
            "ActionInvoked",
            self,
            SLOT("_on_action_invoked(uint,QString)"),
        )
        self._bus.connect(
            SERVICE,
            PATH,
            INTERFACE,
            "NotificationClosed",
            self,
            SLOT("_on_notification_closed(uint,uint)"),
        )

    @Slot("uint", str)
    def _on_action_invoked(self, notification_id: int, action: str) -> None:
        job_id = self._jobs.get(notification_id)
        if job_id is None:
            return  # another application's notification (the signal is broadcast)
        try:
            key = NoticeAction(action)
        except ValueError:
            return
        self.actionInvoked.emit(job_id, key.value)

    @Slot("uint", "uint")
    def _on_notification_closed(self, notification_id: int, _reason: int) -> None:
        # The mapping stays (bounded by KEPT_IDS): some servers close a notification before
        # they report the action that closed it.
        job_id = self._jobs.get(notification_id)
        if job_id is not None:
            self.notificationClosed.emit(job_id)
