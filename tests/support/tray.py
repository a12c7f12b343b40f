"""A recording stand-in for the OS tray (windows come from the ``open_window`` fixture)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    job_id: str
    warning: bool


class RecordingTray(QObject):
    """Implements :class:`TrayPresence` by recording what would reach the desktop."""

    activated = Signal()
    messageClicked = Signal(str)

    def __init__(self, *, available: bool = True) -> None:
        super().__init__()
        self._available = available
        self.shown = False
        self.icon = QIcon()
        self.tooltips: list[str] = []
        self.menu: QMenu | None = None
        self.messages: list[Message] = []

    @property
    def available(self) -> bool:
        return self._available

    def show(self) -> None:
        self.shown = self._available

    def set_icon(self, icon: QIcon) -> None:
        self.icon = icon

    def set_tooltip(self, text: str) -> None:
        self.tooltips.append(text)

    def set_menu(self, menu: QMenu) -> None:
        self.menu = menu

    def show_message(
        self, title: str, body: str, job_id: str = "", *, warning: bool = False
    ) -> None:
        self.messages.append(Message(title, body, job_id, warning))

    @property
    def tooltip(self) -> str:
        return self.tooltips[-1] if self.tooltips else ""

    def click_last_message(self) -> None:
        self.messageClicked.emit(self.messages[-1].job_id)
