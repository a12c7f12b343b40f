"""Showing, hiding to the tray, closing and quitting the main window.

The rules (close_policy.py) say what a close means; this carries them out: a close while
downloads run hides to the tray where there is one (telling the user once), asks where
there is none, and otherwise ends the app. The layout is saved whenever a visible window
goes away, because a later quit from the tray closes a hidden one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow

from mediadesk.engine.engine import JobEngine
from mediadesk.ui.close_policy import (
    QUIT_QUESTION_TITLE,
    TRAY_HINT_BODY,
    TRAY_HINT_KEY,
    TRAY_HINT_TITLE,
    CloseAction,
    decide_close,
    quit_question,
)
from mediadesk.ui.commands import Confirm
from mediadesk.ui.i18n import translate
from mediadesk.ui.layout import WindowLayout
from mediadesk.ui.tray.presence import TrayPresence


class WindowLifecycle(QObject):
    """Start, hide, show, close and quit for one main window."""

    def __init__(
        self,
        window: QMainWindow,
        engine: JobEngine,
        tray: TrayPresence,
        layout: WindowLayout,
        *,
        confirm: Confirm,
        quit_app: Callable[[], None] | None,
        before_close: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._engine = engine
        self._tray = tray
        self._layout = layout
        self._confirm = confirm
        self._quit_app = quit_app
        self._before_close = before_close
        self._quitting = False  # set by quit(): the next close ends the app, no questions

    def start(self, *, minimized: bool = False) -> None:
        """Show the tray icon and the window; ``minimized`` starts hidden in the tray, or
        minimized where there is no tray (never invisible with no way back)."""
        self._tray.show()
        if minimized and self._tray.available:
            return
        if minimized:
            self._window.showMinimized()
        else:
            self._window.show()

    @Slot()
    def hide_to_tray(self) -> None:
        """Hide the window; the tray icon is the way back. Where there is no tray the
        window is minimized instead, so it can always be found again."""
        if not self._tray.available:
            self._window.showMinimized()
            return
        if self._window.isVisible():
            self._layout.save()  # a later quit from the tray closes a hidden window
        self._window.hide()

    @Slot()
    def show_from_tray(self) -> None:
        """Bring the window back (from the tray or minimized) in front of the others."""
        window = self._window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot()
    def quit(self) -> None:
        """Save the layout and leave; unfinished downloads resume at the next launch."""
        self._quitting = True
        if self._quit_app is not None:
            self._layout.save()
            self._quit_app()
            return
        self._window.close()
        QCoreApplication.quit()

    def close(self, event: QCloseEvent, accept: Callable[[], None]) -> None:
        """Handle the window's close event; ``accept`` is the base class's closeEvent."""
        if not self._quitting:
            unfinished = sum(1 for job in self._engine.live_jobs() if job.state.is_unfinished)
            action = decide_close(
                unfinished=unfinished,
                tray_available=self._tray.available,
                close_to_tray=self._engine.settings.close_to_tray,
            )
            if action is CloseAction.HIDE:
                # Accepted, not ignored: a closed window is only hidden and the app keeps
                # running (it does not quit on its last window closing), while a quit asked
                # for from outside (QCoreApplication.quit closes every window) goes through.
                if self._window.isVisible():
                    self._layout.save()
                accept()
                self._tell_once_about_tray()
                return
            if action is CloseAction.ASK and not self._confirm(
                self._window,
                translate("ClosePolicy", QUIT_QUESTION_TITLE),
                quit_question(unfinished),
            ):
                event.ignore()
                return
        if self._window.isVisible():  # closing an already closed window has no new layout
            self._layout.save()
        self._before_close()
        accept()
        if not self._quitting:
            self._leave()

    def _leave(self) -> None:
        """End the app after the window closed. The app does not quit on its own when its
        last window closes (hiding to the tray must not end it), so the window says when."""
        self._quitting = True
        if self._quit_app is not None:
            self._quit_app()
        else:
            QCoreApplication.quit()

    def _tell_once_about_tray(self) -> None:
        if self._layout.has_flag(TRAY_HINT_KEY):
            return
        self._tray.show_message(
            translate("ClosePolicy", TRAY_HINT_TITLE), translate("ClosePolicy", TRAY_HINT_BODY)
        )
        self._layout.set_flag(TRAY_HINT_KEY)
