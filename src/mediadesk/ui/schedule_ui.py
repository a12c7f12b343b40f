"""The schedule in the window: a "Schedule…" item beside Settings in the File menu, and a
status-bar label saying why queued downloads wait ("Scheduled: downloads run 22:00–06:00")."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from mediadesk.engine.engine import JobEngine
from mediadesk.ui.dialogs.schedule import ScheduleDialog
from mediadesk.ui.i18n import translate


class ScheduleUi(QObject):
    """Owns the menu item, the open dialog (one at a time, non-blocking) and the label."""

    def __init__(
        self,
        window: QMainWindow,
        engine: JobEngine,
        file_menu: QMenu | None,
        *,
        after: QAction | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._engine = engine
        self._dialog: ScheduleDialog | None = None
        self.action = QAction(translate("ScheduleUi", "S&chedule…"), window)
        self.action.setObjectName("scheduleAction")
        self.action.setStatusTip(
            translate("ScheduleUi", "When downloads run, at what speed, and what happens after")
        )
        self.action.triggered.connect(self.show)
        if file_menu is not None:
            insert_after(file_menu, self.action, after)
        self.label = QLabel(window)
        self.label.setObjectName("scheduleLabel")
        window.statusBar().addPermanentWidget(self.label)
        engine.settingsChanged.connect(self.refresh)
        engine.schedule.edge.connect(self.refresh)
        self.refresh()

    @Slot()
    @Slot(object)
    def refresh(self, *_settings: object) -> None:
        text = self._engine.schedule.waiting_text()
        self.label.setText(text)
        self.label.setVisible(bool(text))

    @Slot()
    def show(self) -> ScheduleDialog:
        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return self._dialog
        dialog = ScheduleDialog(self._engine.settings, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_accepted)
        dialog.finished.connect(self._on_closed)
        self._dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _on_accepted(self) -> None:
        if self._dialog is not None:
            self._engine.update_settings(self._dialog.result_settings())

    @Slot()
    def _on_closed(self) -> None:
        self._dialog = None


def file_menu_of(window: QMainWindow) -> QMenu | None:
    """The window's File menu (the first one), if it has a menu bar."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            return menu
    return None


def insert_after(menu: QMenu, action: QAction, after: QAction | None) -> None:
    """Put ``action`` right after ``after`` in ``menu`` (at the end if it is not there)."""
    actions = menu.actions()
    for index, existing in enumerate(actions):
        if existing is after:
            if index + 1 < len(actions):
                menu.insertAction(actions[index + 1], action)
            else:
                menu.addAction(action)
            return
    menu.addAction(action)
