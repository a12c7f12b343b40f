"""Composes the window's schedule and clipboard-watching parts onto a built main window
(called by app.build_window), so the main window itself need not know them."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout

from mediadesk.engine.engine import JobEngine
from mediadesk.ui.actions import ActionId
from mediadesk.ui.clipboard_watch import ClipboardWatch
from mediadesk.ui.main_window import MainWindow
from mediadesk.ui.schedule_ui import ScheduleUi, file_menu_of


def attach_reach(window: MainWindow, engine: JobEngine) -> None:
    """File ▸ Schedule… with its status-bar reason, and File ▸ Watch Clipboard for Links
    with its prompt under the message strip; kept as ``window.schedule_ui`` and
    ``window.clipboard_watch``."""
    menu = file_menu_of(window)
    window.schedule_ui = ScheduleUi(  # type: ignore[attr-defined]
        window, engine, menu, after=window.job_actions[ActionId.SETTINGS]
    )
    layout = window.message_area.parentWidget().layout()
    box = layout if isinstance(layout, QBoxLayout) else None
    window.clipboard_watch = ClipboardWatch(  # type: ignore[attr-defined]
        window,
        engine,
        add_links=window.add_text,
        prompt_layout=box,
        prompt_index=box.indexOf(window.message_area) + 1 if box is not None else 0,
        menu=menu,
        after=window.job_actions[ActionId.PASTE],
    )
