"""The app's presence in the system tray, behind a small interface.

Not every desktop has a tray (GNOME without an extension, the offscreen platform the tests
use), so the window talks to a :class:`TrayPresence`: :class:`SystemTray` wraps
``QSystemTrayIcon``; :class:`NoTray` stands in where there is none and says so through
``available``, which is what the close and ``--minimized`` decisions look at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from mediadesk.core import paths

MESSAGE_MS = 8000


class TrayPresence(Protocol):
    """What the window needs from a tray icon."""

    @property
    def available(self) -> bool:
        """True when an icon is (or can be) shown, so hiding the window leaves a way back."""
        ...

    #: The icon's primary click (show or hide the window).
    activated: SignalInstance
    #: A message shown by :meth:`show_message` was clicked; carries its job id ("" for none).
    messageClicked: SignalInstance

    def show(self) -> None: ...

    def set_icon(self, icon: QIcon) -> None: ...

    def set_tooltip(self, text: str) -> None: ...

    def set_menu(self, menu: QMenu) -> None: ...

    def show_message(
        self, title: str, body: str, job_id: str = "", *, warning: bool = False
    ) -> None:
        """A desktop notification; clicking it emits ``messageClicked(job_id)``."""
        ...


class SystemTray(QObject):
    """The real tray icon (``QSystemTrayIcon``)."""

    activated = Signal()
    messageClicked = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(self)
        self._message_job = ""
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self._on_message_clicked)

    @property
    def available(self) -> bool:
        return True

    def show(self) -> None:
        self.icon.show()

    def set_icon(self, icon: QIcon) -> None:
        self.icon.setIcon(icon)

    def set_tooltip(self, text: str) -> None:
        self.icon.setToolTip(text)

    def set_menu(self, menu: QMenu) -> None:
        self.icon.setContextMenu(menu)

    def show_message(
        self, title: str, body: str, job_id: str = "", *, warning: bool = False
    ) -> None:
        # The platform shows one message at a time, so the last one's job is the one clicked.
        self._message_job = job_id
        kind = (
            QSystemTrayIcon.MessageIcon.Warning
            if warning
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.icon.showMessage(title, body, kind, MESSAGE_MS)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # Only the primary click: a double click also sends Trigger first, toggling twice.
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.activated.emit()

    @Slot()
    def _on_message_clicked(self) -> None:
        self.messageClicked.emit(self._message_job)


class NoTray(QObject):
    """The desktop has no tray: nothing to show, and the window must never hide into it."""

    activated = Signal()
    messageClicked = Signal(str)

    @property
    def available(self) -> bool:
        return False

    def show(self) -> None:
        """Nothing to show; the window stays the only way in."""

    def set_icon(self, icon: QIcon) -> None:
        """No icon to set."""

    def set_tooltip(self, text: str) -> None:
        """No icon to carry a tooltip; the status bar has the same counts."""

    def set_menu(self, menu: QMenu) -> None:
        """No icon to open a menu from; the window's menus have the same commands."""

    def show_message(
        self, title: str, body: str, job_id: str = "", *, warning: bool = False
    ) -> None:
        """Notifications go through the tray, so without one there are none."""


def create_tray(
    parent: QObject | None = None,
    *,
    tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
) -> TrayPresence:
    """The real tray icon where the platform has a tray, else :class:`NoTray`."""
    return SystemTray(parent) if tray_available() else NoTray(parent)


def app_icon(fallback: QIcon) -> QIcon:
    """The scalable app icon from the installed resources, or ``fallback`` when missing."""
    try:
        path = paths.app_icon_path()
        if path.is_file():
            icon = QIcon(str(path))
            if not icon.isNull():
                return icon
    except (ModuleNotFoundError, OSError):
        pass
    return fallback
