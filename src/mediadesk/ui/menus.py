"""Where the window's actions appear: the toolbar, the menu bar and the table's context menu.
The actions themselves (text, icons, shortcuts, enablement) live in ``actions.py``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QToolBar, QToolButton, QWidget

from mediadesk.ui.actions import ActionId, JobActions
from mediadesk.ui.i18n import QT_TRANSLATE_NOOP, translate

SHORT_LABELS = {
    ActionId.ADD: QT_TRANSLATE_NOOP("Toolbar", "Add"),
    ActionId.REMOVE: QT_TRANSLATE_NOOP("Toolbar", "Remove"),
    ActionId.OPEN_FILE: QT_TRANSLATE_NOOP("Toolbar", "Open"),
    ActionId.OPEN_FOLDER: QT_TRANSLATE_NOOP("Toolbar", "Folder"),
}
_ICON_ONLY = {ActionId.MOVE_TOP, ActionId.MOVE_UP, ActionId.MOVE_DOWN}
_TOOLBAR_GROUPS = [
    [ActionId.ADD],
    [ActionId.RESUME, ActionId.PAUSE, ActionId.CANCEL, ActionId.RETRY],
    [ActionId.MOVE_TOP, ActionId.MOVE_UP, ActionId.MOVE_DOWN],
    [ActionId.OPEN_FILE, ActionId.OPEN_FOLDER],
    [ActionId.REMOVE],
]


@dataclass(frozen=True)
class ViewActions:
    """The View menu's own actions (they act on the window, not on jobs)."""

    queue_order: QAction
    find: QAction
    details: QAction


def build_toolbar(actions: JobActions, parent: QMainWindow) -> QToolBar:
    for action_id, label in SHORT_LABELS.items():
        actions[action_id].setIconText(translate("Toolbar", label))
    toolbar = QToolBar(translate("Menus", "Main toolbar"), parent)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for group in _TOOLBAR_GROUPS:
        if toolbar.actions():
            toolbar.addSeparator()
        for action_id in group:
            toolbar.addAction(actions[action_id])
            button = toolbar.widgetForAction(actions[action_id])
            if isinstance(button, QToolButton):
                _name_for_screen_readers(button, actions[action_id])
                if action_id in _ICON_ONLY:
                    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addAction(actions[ActionId.SETTINGS])
    settings_button = toolbar.widgetForAction(actions[ActionId.SETTINGS])
    if isinstance(settings_button, QToolButton):
        _name_for_screen_readers(settings_button, actions[ActionId.SETTINGS])
    return toolbar


def toolbar_fitter(toolbar: QToolBar, actions: JobActions) -> ToolbarFitter:
    return ToolbarFitter(toolbar, [actions[i] for i in _ICON_ONLY])


def _name_for_screen_readers(button: QToolButton, action: QAction) -> None:
    """The full name ("Move to Top", not a bare icon) and what it does."""
    button.setAccessibleName(action.text().replace("&", "").removesuffix("…"))
    button.setAccessibleDescription(action.statusTip() or action.toolTip())


class ToolbarFitter:
    """Labels beside the icons while they fit, icons alone (names in tooltips and for screen
    readers) when the window is too narrow: nothing, Settings least of all, is pushed
    behind the overflow chevron of a small window. The window calls :meth:`fit` when its
    width, font or style changes (a plain object, no event filter: nothing of it outlives
    the toolbar)."""

    def __init__(self, toolbar: QToolBar, icon_only: list[QAction]) -> None:
        self._toolbar = toolbar
        self._icon_only = icon_only
        self._text_width: int | None = None

    @property
    def compact(self) -> bool:
        return self._toolbar.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly

    def forget_widths(self) -> None:
        """The font or style changed: measure the labelled toolbar again."""
        self._text_width = None

    def fit(self, width: int) -> None:
        wanted = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if width >= self._labelled_width()
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        self._set_style(wanted)

    def _labelled_width(self) -> int:
        if self._text_width is None:
            current = self._toolbar.toolButtonStyle()
            self._set_style(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self._text_width = self._toolbar.sizeHint().width()
            self._set_style(current)
        return self._text_width

    def _set_style(self, style: Qt.ToolButtonStyle) -> None:
        if self._toolbar.toolButtonStyle() is not style:
            self._toolbar.setToolButtonStyle(style)
        for action in self._icon_only:  # the toolbar resets every button's style
            button = self._toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)


def build_menus(
    menus: QMenuBar, actions: JobActions, toolbar: QToolBar, parent: QMainWindow
) -> ViewActions:
    a = actions
    file_menu = menus.addMenu(translate("Menus", "&File"))
    file_menu.addActions([a[ActionId.ADD], a[ActionId.PASTE]])
    file_menu.addSeparator()
    file_menu.addAction(a[ActionId.SETTINGS])
    file_menu.addSeparator()
    file_menu.addAction(a[ActionId.QUIT])

    jobs_menu = menus.addMenu(translate("Menus", "&Downloads"))
    add_job_actions(jobs_menu, actions)
    jobs_menu.addSeparator()
    jobs_menu.addActions([a[ActionId.RESUME_ALL], a[ActionId.PAUSE_ALL]])

    view_menu = menus.addMenu(translate("Menus", "&View"))
    queue_order = QAction(translate("Menus", "Sort by &Queue Order"), parent)
    queue_order.setShortcut("Ctrl+0")
    queue_order.setStatusTip(translate("Menus", "Show downloads in the order they will run"))
    view_menu.addAction(queue_order)
    find = QAction(translate("Menus", "&Find…"), parent)
    find.setShortcut("Ctrl+F")
    find.setStatusTip(translate("Menus", "Search titles and addresses"))
    view_menu.addAction(find)
    view_menu.addSeparator()
    details = QAction(translate("Menus", "&Details Pane"), parent)
    details.setCheckable(True)
    details.setChecked(True)
    details.setShortcut("F9")
    view_menu.addAction(details)
    view_menu.addAction(toolbar.toggleViewAction())
    return ViewActions(queue_order, find, details)


def build_context_menu(actions: JobActions, parent: QWidget) -> QMenu:
    menu = QMenu(parent)
    menu.setObjectName("jobContextMenu")
    add_job_actions(menu, actions)
    menu.addSeparator()
    menu.addAction(actions[ActionId.COPY_URL])
    return menu


def add_job_actions(menu: QMenu, actions: JobActions) -> None:
    a = actions
    menu.addActions([a[ActionId.OPEN_FILE], a[ActionId.OPEN_FOLDER]])
    menu.addSeparator()
    menu.addActions([a[ActionId.RESUME], a[ActionId.PAUSE], a[ActionId.CANCEL], a[ActionId.RETRY]])
    menu.addSeparator()
    menu.addActions([a[ActionId.MOVE_TOP], a[ActionId.MOVE_UP], a[ActionId.MOVE_DOWN]])
    menu.addSeparator()
    menu.addAction(a[ActionId.CHECK_NEW])
    menu.addSeparator()
    menu.addActions([a[ActionId.REMOVE], a[ActionId.REMOVE_WITH_FILES]])
