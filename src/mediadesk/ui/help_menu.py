"""The Help menu: Diagnostics, Update yt-dlp…, and the optional weekly yt-dlp check.

Kept out of main_window.py: the window calls :func:`install_help_menu` once. The weekly check
only tells the user (in the window's message area) that a newer yt-dlp exists; installing is
always the user's decision in the update dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from mediadesk.engine.engine import JobEngine
from mediadesk.ui.background import Background
from mediadesk.ui.i18n import translate
from mediadesk.ui.support_services import (
    SupportServices,
    check_due,
    default_services,
    record_check,
)
from mediadesk.updates.pip_index import is_newer

if TYPE_CHECKING:  # built when first opened: launch does not import them
    from mediadesk.ui.diagnostics_dialog import DiagnosticsDialog
    from mediadesk.ui.update_dialog import UpdateDialog

FIRST_CHECK_DELAY_MS = 20_000  # after launch, when the window has settled
RECHECK_EVERY_MS = 6 * 3600 * 1000  # a window left open for days still checks weekly


class HelpMenu(QObject):
    """Owns the Help actions, their dialogs and the weekly check for one window."""

    def __init__(
        self, window: QMainWindow, engine: JobEngine, services: SupportServices | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._engine = engine
        self._services = services
        self.background = Background(self)
        self.diagnostics_dialog: DiagnosticsDialog | None = None
        self.update_dialog: UpdateDialog | None = None

        self.menu: QMenu = window.menuBar().addMenu(translate("HelpMenu", "&Help"))
        self.diagnostics_action = QAction(translate("HelpMenu", "&Diagnostics"), window)
        self.diagnostics_action.setObjectName("diagnosticsAction")  # failure buttons find it
        self.diagnostics_action.setStatusTip(
            translate("HelpMenu", "Versions and paths, for a bug report")
        )
        self.update_action = QAction(translate("HelpMenu", "&Update yt-dlp…"), window)
        self.update_action.setObjectName("updateYtdlpAction")
        self.update_action.setStatusTip(
            translate("HelpMenu", "Install the newest yt-dlp for new downloads")
        )
        self.menu.addActions([self.diagnostics_action, self.update_action])
        self.diagnostics_action.triggered.connect(self.show_diagnostics)
        self.update_action.triggered.connect(self.show_update)

        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_EVERY_MS)
        self._timer.timeout.connect(self.weekly_check)
        self._timer.start()
        QTimer.singleShot(FIRST_CHECK_DELAY_MS, self.weekly_check)

    @property
    def services(self) -> SupportServices:
        """The updater and diagnostics, imported when first used (not at launch)."""
        if self._services is None:
            self._services = default_services()
        return self._services

    def show_diagnostics(self) -> DiagnosticsDialog:
        """A fresh report each time it opens."""
        from mediadesk.ui.diagnostics_dialog import DiagnosticsDialog

        if self.diagnostics_dialog is not None:
            self.diagnostics_dialog.close()
            self.diagnostics_dialog.deleteLater()
        self.diagnostics_dialog = DiagnosticsDialog(
            self.services.gather_diagnostics,
            self.services.render_diagnostics,
            self.background,
            self._window,
        )
        self.diagnostics_dialog.show()
        return self.diagnostics_dialog

    def show_update(self) -> UpdateDialog:
        from mediadesk.ui.update_dialog import UpdateDialog

        if self.update_dialog is None:
            self.update_dialog = UpdateDialog(
                self._engine, self.services, self.background, self._window
            )
        self.update_dialog.show()
        self.update_dialog.raise_()
        if not self.update_dialog.working:
            self.update_dialog.check()
        return self.update_dialog

    def weekly_check(self) -> bool:
        """Ask the index when the setting is on and a week has passed; True if it asked."""
        if not self._engine.settings.check_ytdlp_updates:
            return False
        if not check_due(self.services.stamp_path):
            return False
        services = self.services
        record_check(services.stamp_path)  # even if the index is unreachable: once a week

        def both() -> tuple[str | None, str]:
            return services.installed_ytdlp().version, services.available_ytdlp()

        self.background.run(both, self._offer)
        return True

    def _offer(self, result: Any, error: BaseException | None) -> None:
        if error is not None or result is None:
            return  # a weekly check that failed is not worth interrupting anyone
        installed, available = result
        if is_newer(available, installed):
            message_area = getattr(self._window, "message_area", None)
            text = translate(
                "HelpMenu",
                "yt-dlp {available} is available (MediaDesk uses {installed}). "
                "Help ▸ Update yt-dlp… installs it.",
            ).format(available=available, installed=installed or translate("HelpMenu", "none"))
            if message_area is not None:
                message_area.show_message(text)
            else:
                self._window.statusBar().showMessage(text)


def install_help_menu(
    window: QMainWindow, engine: JobEngine, services: SupportServices | None = None
) -> HelpMenu:
    return HelpMenu(window, engine, services)
