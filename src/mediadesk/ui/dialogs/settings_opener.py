"""Opening the settings dialog from the window: one at a time, non-blocking, applied through
the engine on OK, with the start-at-login entry kept in step with the setting."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QWidget

from mediadesk.engine.engine import JobEngine
from mediadesk.ui.i18n import translate
from mediadesk.ui.panes.add_bar import FolderChooser
from mediadesk.ui.panes.message_area import Level, MessageArea

if TYPE_CHECKING:  # imported when first opened, not at launch
    from mediadesk.ui.dialogs.settings import SettingsDialog

#: Adds (True) or removes (False) the start-at-login entry; raises OSError on failure.
SetAutostart = Callable[[bool], object]


def write_autostart_entry(enabled: bool) -> None:
    """The login entry starts this very installation, hidden in the tray."""
    from mediadesk.desktop.autostart import installed_exec_command, set_autostart

    set_autostart(enabled, installed_exec_command())


class SettingsOpener(QObject):
    """Shows the settings dialog (raising the open one instead of a second) and applies it."""

    def __init__(
        self,
        engine: JobEngine,
        *,
        default_download_dir: str,
        choose_folder: FolderChooser,
        set_autostart: SetAutostart,
        messages: MessageArea,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._default_dir = default_download_dir
        self._choose_folder = choose_folder
        self._set_autostart = set_autostart
        self._messages = messages
        self._parent = parent
        self._dialog: SettingsDialog | None = None

    @Slot()
    def show(self) -> SettingsDialog:
        """Open the settings dialog (non-blocking); OK applies through the engine."""
        from mediadesk.ui.dialogs.settings import SettingsDialog

        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return self._dialog
        dialog = SettingsDialog(
            self._engine.settings,
            default_download_dir=self._default_dir,
            choose_folder=self._choose_folder,
            parent=self._parent,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_accepted)
        dialog.finished.connect(self._on_closed)
        self._dialog = dialog
        dialog.open()
        return dialog

    def close(self) -> None:
        """Dismiss an open dialog without applying it (the window is closing)."""
        if self._dialog is not None:
            self._dialog.reject()

    @Slot()
    def _on_accepted(self) -> None:
        if self._dialog is not None:
            settings = self._dialog.result_settings()
            self._engine.update_settings(settings)
            self._apply_autostart(settings.start_at_login)

    def _apply_autostart(self, enabled: bool) -> None:
        """Keep the login entry in step with the setting (idempotent, so every save heals
        an entry removed or added behind our back)."""
        try:
            self._set_autostart(enabled)
        except (OSError, ValueError) as exc:
            text = (
                translate(
                    "SettingsOpener",
                    "Could not add MediaDesk to the programs started at login: {exc}",
                )
                if enabled
                else translate(
                    "SettingsOpener",
                    "Could not remove MediaDesk from the programs started at login: {exc}",
                )
            )
            self._messages.show_message(text.format(exc=exc), Level.ERROR)

    @Slot()
    def _on_closed(self) -> None:
        self._dialog = None
