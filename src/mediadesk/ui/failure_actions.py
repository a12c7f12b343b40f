"""What the details pane's failure button does: open the cookie settings, update yt-dlp,
open diagnostics, or queue the address a page embeds.

Update and diagnostics live in the Help menu when this build has them (QActions named
``updateYtdlpAction`` / ``diagnosticsAction``); otherwise the command line does the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from mediadesk.core.failures import FailureAction
from mediadesk.ui.i18n import translate

UPDATE_ACTION = "updateYtdlpAction"
DIAGNOSTICS_ACTION = "diagnosticsAction"


class FailureActions:
    """Carries out a FailureAction for the window it is given."""

    def __init__(
        self,
        window: QWidget,
        *,
        open_network_settings: Callable[[], None],
        add_address: Callable[[str], None],
        tell: Callable[[str], None],
    ) -> None:
        self._window = window
        self._open_network_settings = open_network_settings
        self._add_address = add_address
        self._tell = tell

    def run(self, action: FailureAction, target: str) -> None:
        if action is FailureAction.OPEN_COOKIE_SETTINGS:
            self._open_network_settings()
        elif action is FailureAction.ADD_EMBED_URL and target:
            self._add_address(target)
        elif action is FailureAction.UPDATE_YTDLP:
            self._trigger(UPDATE_ACTION, "mediadesk --update-ytdlp")
        elif action is FailureAction.OPEN_DIAGNOSTICS:
            self._trigger(DIAGNOSTICS_ACTION, "mediadesk --diagnostics")

    def _trigger(self, name: str, command: str) -> None:
        menu_action = self._window.findChild(QAction, name)
        if menu_action is not None and menu_action.isEnabled():
            menu_action.trigger()
            return
        self._tell(
            translate("FailureActions", "Run this in a terminal: {command}").format(command=command)
        )
