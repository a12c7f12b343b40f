"""A recording stand-in for the OS tray, and windows wired to it for the tray tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu

from mediadesk.app import build_window
from mediadesk.engine.engine import JobEngine
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.ui.main_window import MainWindow
from mediadesk.ui.tray.notifications import Notifier
from mediadesk.ui.tray.presence import TrayPresence
from tests.support.ui import Desktop


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


TrayWindowFactory = Callable[..., MainWindow]


def tray_windows(
    qtbot, desktop: Desktop, downloads: Path, db_path: Path
) -> Iterator[TrayWindowFactory]:
    """Body of a fixture making windows with a given tray (and optionally a notifier),
    wired by app.build_window as the app does; ``show=False`` leaves showing to
    ``window.start``."""
    made: list[MainWindow] = []
    layout_stores: list[SqliteJobStore] = []

    def factory(
        engine: JobEngine,
        tray: TrayPresence,
        *,
        notifier: Notifier | None = None,
        show: bool = True,
        **kwargs: object,
    ) -> MainWindow:
        options: dict[str, object] = {
            "confirm": desktop.confirm,
            "open_url": desktop.open_url,
            "choose_folder": desktop.choose_folder,
            "quit_app": desktop.quit,
            "default_download_dir": str(downloads),
        }
        options.update(kwargs)
        layout_stores.append(SqliteJobStore.open(db_path))
        window = build_window(engine, layout_stores[-1], tray=tray, notifier=notifier, **options)
        qtbot.add_widget(window)
        if show:
            window.start()
            qtbot.waitExposed(window)
        made.append(window)
        return window

    yield factory
    for window in made:
        window.quit()  # never asks and never hides: teardown must not depend on the tray
    for store in layout_stores:
        store.close()
