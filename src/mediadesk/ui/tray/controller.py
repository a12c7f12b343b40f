"""What the tray icon offers: its menu, a tooltip with the overall progress, the way back to
the window, and the display of notifications.

The tooltip is recomputed at most once a second after the jobs change (coalesced like the
table), never per progress signal: ten downloads report several times a second each.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu

from mediadesk.core.job import Job
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.ui.actions import ActionId, JobActions
from mediadesk.ui.i18n import translate
from mediadesk.ui.tray.delivery import DesktopSource, NotificationDelivery
from mediadesk.ui.tray.notifications import Notifier
from mediadesk.ui.tray.presence import TrayPresence, app_icon

if TYPE_CHECKING:
    from mediadesk.desktop.notifications import DesktopNotifications

APP_NAME = "MediaDesk"
TOOLTIP_INTERVAL_MS = 1000


def tray_tooltip(jobs: Iterable[Job]) -> str:
    """``"MediaDesk — 2 downloading, 41% · 1 queued"``: what runs, how far, what waits."""
    active: list[Job] = []
    counts = {JobState.QUEUED: 0, JobState.PAUSED: 0, JobState.FAILED: 0}
    for job in jobs:
        if job.state.is_active:
            active.append(job)
        elif job.state in counts:
            counts[job.state] += 1
    parts: list[str] = []
    if active:
        sized = [j for j in active if j.bytes_total]
        done = sum(min(j.bytes_done, j.bytes_total or 0) for j in sized)
        total = sum(j.bytes_total or 0 for j in sized)
        progress = f", {int(100 * done / total)}%" if total else ""
        count = len(active)
        parts.append(translate("Tray", "%n downloading", None, count) + progress)
    if queued := counts[JobState.QUEUED]:
        parts.append(translate("Tray", "%n queued", None, queued))
    if paused := counts[JobState.PAUSED]:
        parts.append(translate("Tray", "%n paused", None, paused))
    if failed := counts[JobState.FAILED]:
        parts.append(translate("Tray", "%n failed", None, failed))
    summary = " · ".join(parts) if parts else translate("Tray", "nothing to download")
    return f"{APP_NAME} — {summary}"


class TrayWindow(Protocol):
    """What the tray needs from the window it shows, hides and feeds (the main window
    implements it; the two modules do not import each other, app.py wires them)."""

    def isVisible(self) -> bool: ...

    def isMinimized(self) -> bool: ...

    def windowIcon(self) -> QIcon: ...

    def hide_to_tray(self) -> None: ...

    def show_from_tray(self) -> None: ...

    def reveal_job(self, job_id: str) -> None:
        """Select the job, widening the filter if it hides it."""
        ...

    def open_job_file(self, job_id: str) -> None:
        """Open a finished job's file (a notification's "Open")."""
        ...

    def show_job_folder(self, job_id: str) -> None:
        """Open the folder holding a job's file (a notification's "Show in Folder")."""
        ...

    def add_from_clipboard(self) -> tuple[str, bool]:
        """Queue the clipboard's links; returns what the window said about it ("" for
        nothing) and whether that is a warning."""
        ...


class TrayController(QObject):
    """Connects a :class:`TrayPresence` to the window, the engine and the notifier; its menu
    carries the window's own Pause All, Resume All and Quit actions."""

    def __init__(
        self,
        tray: TrayPresence,
        window: TrayWindow,
        engine: JobEngine,
        notifier: Notifier,
        actions: JobActions,
        desktop: DesktopNotifications | DesktopSource | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray = tray
        self._window = window
        self._engine = engine
        self._tooltip = ""

        self.menu = QMenu()  # a tray menu has no parent window: the window may be hidden
        self.menu.setObjectName("trayMenu")
        self.toggle_action = QAction(self.menu)
        self.toggle_action.triggered.connect(self.toggle_window)
        self.limit_action = QAction(translate("Tray", "&Limit Speed"), self.menu)
        self.limit_action.setObjectName("trayLimitSpeed")
        self.limit_action.setCheckable(True)
        self.limit_action.toggled.connect(self._on_limit_toggled)
        self.paste_action = QAction(translate("Tray", "Add Links from &Clipboard"), self.menu)
        self.paste_action.setStatusTip(translate("Tray", "Queue every link on the clipboard"))
        self.paste_action.triggered.connect(self.add_from_clipboard)
        self.menu.addAction(self.toggle_action)
        self.menu.addSeparator()
        self.menu.addActions([actions[ActionId.PAUSE_ALL], actions[ActionId.RESUME_ALL]])
        self.menu.addAction(self.limit_action)
        self.menu.addAction(self.paste_action)
        self.menu.addSeparator()
        self.menu.addAction(actions[ActionId.QUIT])
        self.menu.aboutToShow.connect(self._sync_toggle_text)
        self._sync_toggle_text()

        self._tooltip_timer = QTimer(self)
        self._tooltip_timer.setSingleShot(True)
        self._tooltip_timer.setInterval(TOOLTIP_INTERVAL_MS)
        self._tooltip_timer.timeout.connect(self.refresh_tooltip)
        engine.jobsAdded.connect(self._schedule_tooltip)
        engine.jobChanged.connect(self._schedule_tooltip)
        engine.jobsRemoved.connect(self._schedule_tooltip)
        engine.settingsChanged.connect(self._sync_limit_action)
        self._sync_limit_action(engine.settings)

        tray.set_icon(app_icon(window.windowIcon()))
        tray.set_menu(self.menu)
        tray.activated.connect(self.toggle_window)
        self.delivery = NotificationDelivery(notifier, tray, window, desktop, parent=self)
        self.refresh_tooltip()

    @property
    def tooltip(self) -> str:
        return self._tooltip

    @Slot()
    def refresh_tooltip(self) -> None:
        self._tooltip = tray_tooltip(self._engine.live_jobs())
        self._tray.set_tooltip(self._tooltip)

    @Slot()
    def _schedule_tooltip(self) -> None:
        if not self._tooltip_timer.isActive():
            self._tooltip_timer.start()

    @Slot()
    def toggle_window(self) -> None:
        if self._window.isVisible() and not self._window.isMinimized():
            self._window.hide_to_tray()
        else:
            self._window.show_from_tray()
        self._sync_toggle_text()

    @Slot()
    def add_from_clipboard(self) -> None:
        """Queue the clipboard's links; the answer goes to the window and, since the user
        is looking at the tray, into a tray message too."""
        text, warning = self._window.add_from_clipboard()
        if text:
            self._tray.show_message(APP_NAME, text, warning=warning)

    @Slot(object)
    def _sync_limit_action(self, settings: Settings) -> None:
        """Checked while the overall limit applies; usable once one is set in Settings."""
        limit = settings.overall_rate_limit
        self.limit_action.blockSignals(True)
        self.limit_action.setChecked(settings.limit_speed and limit > 0)
        self.limit_action.blockSignals(False)
        self.limit_action.setEnabled(limit > 0)
        self.limit_action.setText(
            translate("Tray", "&Limit Speed ({rate} kB/s)").format(rate=round(limit / 1000))
            if limit
            else translate("Tray", "&Limit Speed")
        )
        self.limit_action.setStatusTip(
            translate("Tray", "Switch the overall speed limit on or off")
            if limit
            else translate("Tray", "Set an overall speed limit in Settings first")
        )

    @Slot(bool)
    def _on_limit_toggled(self, on: bool) -> None:
        self._engine.update_settings(replace(self._engine.settings, limit_speed=on))

    @Slot()
    def _sync_toggle_text(self) -> None:
        """Called as the menu opens: the window may have been shown or hidden any way."""
        shown = self._window.isVisible() and not self._window.isMinimized()
        self.toggle_action.setText(
            translate("Tray", "&Hide MediaDesk") if shown else translate("Tray", "&Show MediaDesk")
        )
