"""The main window: composes the add bar, the message strip, the job table with its filter
bar, the details pane and the status bar, and wires the actions to the commands.

Data flows one way: engine signals -> job table model (coalesced) -> proxy -> view.
What each action does lives in ``commands.py``; incoming links in ``link_intake.py``; the
layout between runs in ``layout.py`` (through the LayoutStore port, not the engine).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from mediadesk.core import paths
from mediadesk.core.job import Job
from mediadesk.core.ports import LayoutStore
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import AddResult, JobEngine
from mediadesk.engine.probe_pool import ProbePool
from mediadesk.ui.actions import ActionId, JobActions
from mediadesk.ui.batch_intake import BatchIntake, PickEntries
from mediadesk.ui.commands import Confirm, JobCommands, UrlOpener, ask_yes_no
from mediadesk.ui.dialogs.download_again import AskAgain, ask_download_again
from mediadesk.ui.dialogs.on_demand import ask_for_choice, pick_entries
from mediadesk.ui.dialogs.settings_opener import (
    SetAutostart,
    SettingsOpener,
    write_autostart_entry,
)
from mediadesk.ui.failure_actions import FailureActions
from mediadesk.ui.format_chooser import AskChoice, FormatChooser
from mediadesk.ui.help_menu import SupportServices, install_help_menu
from mediadesk.ui.i18n import translate
from mediadesk.ui.icons import IconSet
from mediadesk.ui.jobs.proxy import StateFilter
from mediadesk.ui.jobs.table import JobTable
from mediadesk.ui.layout import WindowLayout
from mediadesk.ui.lifecycle import WindowLifecycle
from mediadesk.ui.link_intake import LinkIntake
from mediadesk.ui.menus import build_context_menu, build_menus, build_toolbar, toolbar_fitter
from mediadesk.ui.mime_links import accept_link_drag
from mediadesk.ui.panes.add_bar import AddBar, FolderChooser, ask_for_folder
from mediadesk.ui.panes.details import DetailsPane
from mediadesk.ui.panes.filter_bar import FilterBar
from mediadesk.ui.panes.looking_strip import LookingStrip
from mediadesk.ui.panes.message_area import Level, MessageArea
from mediadesk.ui.status_bar import StatusBar
from mediadesk.ui.store_banner import StoreBanner
from mediadesk.ui.tray.presence import NoTray, TrayPresence

if TYPE_CHECKING:  # opened on demand: launch does not import it
    from mediadesk.ui.dialogs.settings import SettingsDialog


class MainWindow(QMainWindow):
    #: The window became the active one (shown from the tray, clicked, switched to): the
    #: user is here, a download may follow (the app warms the worker zygote on it).
    activated = Signal()

    def __init__(
        self,
        engine: JobEngine,
        layout_store: LayoutStore,
        *,
        open_url: UrlOpener = QDesktopServices.openUrl,
        confirm: Confirm = ask_yes_no,
        ask_again: AskAgain = ask_download_again,
        choose_folder: FolderChooser = ask_for_folder,
        quit_app: Callable[[], None] | None = None,
        default_download_dir: str | None = None,
        tray: TrayPresence | None = None,
        set_autostart: SetAutostart = write_autostart_entry,
        support: SupportServices | None = None,
        probes: ProbePool | None = None,
        ask_choice: AskChoice = ask_for_choice,
        pick_playlist_items: PickEntries = pick_entries,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._locale = QLocale()
        self._icons = IconSet(self.palette())
        self.tray: TrayPresence = tray if tray is not None else NoTray(self)

        self.setObjectName("mainWindow")
        self.setWindowTitle("MediaDesk")
        self.setAcceptDrops(True)

        self.job_actions = JobActions(self._icons, self)
        self.add_bar = AddBar(
            engine.settings,
            folder_icon=self._icons.icon("open-folder"),
            choose_folder=choose_folder,
            can_choose=probes is not None,
            parent=self,
        )
        self.message_area = MessageArea(self)
        self.looking_strip = LookingStrip(self)
        self.store_banner = StoreBanner(self)
        self.store_banner.watch(engine, self.message_area)
        self.filter_bar = FilterBar(search_icon=self._icons.icon("search"), parent=self)
        self.jobs = JobTable(engine, icons=self._icons, locale=self._locale, parent=self)
        self.model, self.proxy, self.table = self.jobs.model, self.jobs.proxy, self.jobs.view
        for action in self.job_actions.table_scoped():
            self.table.addAction(action)
        self.details = DetailsPane(engine, locale=self._locale, parent=self)
        self.status_bar = StatusBar(self._locale, self)
        self.setStatusBar(self.status_bar)
        self._lay_out()

        self.toolbar = build_toolbar(self.job_actions, self)
        self.addToolBar(self.toolbar)
        self.toolbar_fit = toolbar_fitter(self.toolbar, self.job_actions)
        self.view_actions = build_menus(self.menuBar(), self.job_actions, self.toolbar, self)
        self.context_menu = build_context_menu(self.job_actions, self)
        self.help_menu = install_help_menu(self, engine, support)
        # Window-wide shortcuts work even with the menu bar hidden by a platform theme.
        scoped = self.job_actions.table_scoped()
        self.addActions([a for a in self.job_actions.all().values() if a not in scoped])

        self.commands = JobCommands(
            engine,
            self.jobs,
            confirm=confirm,
            open_url=open_url,
            messages=self.message_area,
            show_status=self.status_bar.showMessage,
            parent=self,
        )
        self.intake = LinkIntake(
            engine,
            self.add_bar,
            self.message_area,
            self.status_bar.showMessage,
            self,
            reveal=self.reveal_jobs,
            ask_again=ask_again,
            show_files=self.commands.open_selected_folder,
        )
        self.chooser = (
            FormatChooser(
                engine,
                self.add_bar,
                self.message_area,
                probes,
                self.looking_strip,
                ask=ask_choice,
                parent=self,
            )
            if probes is not None
            else None
        )
        self.batch_intake = BatchIntake(
            engine, self.add_bar, self.message_area, pick=pick_playlist_items, parent=self
        )
        self.job_actions[ActionId.CHECK_NEW].triggered.connect(self.check_selected_batch)
        self.settings_opener = SettingsOpener(
            engine,
            default_download_dir=default_download_dir or str(paths.default_download_dir()),
            choose_folder=choose_folder,
            set_autostart=set_autostart,
            messages=self.message_area,
            parent=self,
        )
        self.layout_keeper = WindowLayout(
            layout_store,
            window=self,
            splitter=self.splitter,
            table=self.jobs,
            filter_bar=self.filter_bar,
            details=self.details,
            details_action=self.view_actions.details,
        )
        self.lifecycle = WindowLifecycle(
            self,
            engine,
            self.tray,
            self.layout_keeper,
            confirm=confirm,
            quit_app=quit_app,
            before_close=self.settings_opener.close,
        )
        self._connect()
        self.layout_keeper.restore()
        self._refresh_stats()
        self._on_selection_changed()

    # -- construction -------------------------------------------------------------------------

    def _lay_out(self) -> None:
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.setSpacing(4)
        upper_layout.addWidget(self.filter_bar)
        upper_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(True)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([2000, 1000])  # two thirds for the table, whatever the size

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.store_banner)
        layout.addWidget(self.add_bar)
        layout.addWidget(self.looking_strip)
        layout.addWidget(self.message_area)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        a = self.job_actions
        self.commands.bind(a)
        a[ActionId.ADD].triggered.connect(self.add_bar.focus_field)
        a[ActionId.PASTE].triggered.connect(self.intake.paste_links)
        a[ActionId.SETTINGS].triggered.connect(self.show_settings)
        a[ActionId.QUIT].triggered.connect(self.quit)
        self.commands.executed.connect(self._update_actions)
        self.view_actions.queue_order.triggered.connect(self.jobs.show_queue_order)
        self.view_actions.find.triggered.connect(self.focus_search)
        self.view_actions.details.toggled.connect(self.details.setVisible)

        self.filter_bar.stateFilterChanged.connect(self._on_state_filter_changed)
        self.filter_bar.searchChanged.connect(self._on_search_changed)
        self.table.dropped.connect(self.intake.add_dropped)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.jobs.selectionChanged.connect(self._on_selection_changed)
        self.jobs.selectedJobsUpdated.connect(self._on_selected_jobs_updated)
        self.details.retryRequested.connect(self.commands.retry_job)
        self.failure_actions = FailureActions(
            self,
            open_network_settings=lambda: self.show_settings().show_network(),
            add_address=self.add_text,
            tell=lambda text: self.message_area.show_message(text, Level.INFO),
        )
        self.details.actionRequested.connect(self.failure_actions.run)
        self.model.statsChanged.connect(self._refresh_stats)
        self._engine.settingsChanged.connect(self._on_settings_changed)

    # -- adding -------------------------------------------------------------------------------

    def add_text(self, text: str, *, cookies: str = "") -> list[AddResult]:
        """Queue every link in ``text`` with the add bar's format and folder; report inline.
        ``cookies``: a cookie source spec for these jobs (from the command line)."""
        return self.intake.add_text(text, cookies=cookies)

    @Slot()
    def check_selected_batch(self) -> None:
        """Look for new items in the selected batch (the first one, when several are)."""
        batch_ids = self.jobs.selected_batch_ids()
        if batch_ids:
            self.batch_intake.check_for_new_items(batch_ids[0])

    def add_from_clipboard(self) -> tuple[str, bool]:
        """Queue the clipboard's links; returns what the message strip says about it and
        whether that is a warning (the tray repeats it)."""
        self.intake.paste_links()
        return self.message_area.text(), self.message_area.level in (Level.WARNING, Level.ERROR)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_link_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accept_link_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.intake.add_from_mime(event.mimeData(), source=translate("LinkIntake", "the drop"))

    @Slot()
    def focus_search(self) -> None:
        self.filter_bar.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search_field.selectAll()

    # -- selection ----------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        return self.jobs.selected_ids()

    def select_jobs(self, job_ids: Sequence[str]) -> None:
        """Select these jobs in the table (the ones the filter shows)."""
        self.jobs.select_ids(job_ids)

    @Slot()
    def _on_selection_changed(self) -> None:
        jobs = self.jobs.selected_jobs()
        self._update_actions(jobs)
        self.details.show_jobs(jobs)

    @Slot(list)
    def _on_selected_jobs_updated(self, changed: list[str]) -> None:
        self._update_actions()
        if self.details.job_id in changed:
            job = self.model.job(self.details.job_id)
            if job is not None:
                self.details.update_job(job)

    @Slot()
    def _update_actions(self, jobs: Sequence[Job] | None = None) -> None:
        """Enable what fits the selected jobs' states and the list as a whole."""
        stats = self.model.stats()
        self.job_actions.update(
            self.jobs.selected_jobs() if jobs is None else jobs,
            any_unfinished=stats.count(
                JobState.QUEUED, JobState.DOWNLOADING, JobState.POSTPROCESSING
            )
            > 0,
            any_paused=stats.count(JobState.PAUSED) > 0,
            batch_selected=bool(self.jobs.selected_batch_ids()),
        )

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        job = self.model.node(source)
        if isinstance(job, Job):
            self.commands.open_file(job)

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        self.context_menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- filter, stats ------------------------------------------------------------------------

    @Slot(object)
    def _on_state_filter_changed(self, value: StateFilter) -> None:
        self.proxy.set_state_filter(value)
        self.jobs.refresh_empty_text()

    @Slot(str)
    def _on_search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self.jobs.refresh_empty_text()

    @Slot()
    def _refresh_stats(self) -> None:
        stats = self.model.stats()
        self.status_bar.show_stats(stats)
        self.filter_bar.set_counts(stats)
        self._update_actions()
        self.jobs.refresh_empty_text()

    # -- settings -----------------------------------------------------------------------------

    @Slot()
    def show_settings(self) -> SettingsDialog:
        """Open the settings dialog (non-blocking); OK applies through the engine."""
        return self.settings_opener.show()

    @Slot(object)
    def _on_settings_changed(self, settings: Settings) -> None:
        self.add_bar.apply_settings(settings)

    # -- tray, start and quit (lifecycle.py) --------------------------------------------------

    def start(self, *, minimized: bool = False) -> None:
        """Show the tray icon and the window (``minimized``: only the tray, if there is one)."""
        self.lifecycle.start(minimized=minimized)

    @Slot()
    def hide_to_tray(self) -> None:
        self.lifecycle.hide_to_tray()

    @Slot()
    def show_from_tray(self) -> None:
        self.lifecycle.show_from_tray()

    @Slot()
    def quit(self) -> None:
        """Save the layout and leave; unfinished downloads resume at the next launch."""
        self.lifecycle.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lifecycle.close(event, lambda: super(MainWindow, self).closeEvent(event))

    def reveal_job(self, job_id: str) -> None:
        """Select one job, first widening the filter and clearing the search if they hide it."""
        if self.reveal_jobs([job_id]):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal_jobs(self, job_ids: Sequence[str]) -> bool:
        """Select these jobs and scroll to the first, widening the filter and clearing the
        search if they hide one; focus stays where it is (the add field, after adding).
        False when none of them exists."""
        shown = [s for s in (self.jobs.is_shown(i) for i in job_ids) if s is not None]
        if not shown:
            return False
        if not all(shown):
            self.filter_bar.set_state_filter(StateFilter.ALL)
            self.filter_bar.set_search_text("")
        self.select_jobs(job_ids)
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "toolbar_fit"):  # (not during construction)
            self.toolbar_fit.fit(event.size().width())

    def open_job_file(self, job_id: str) -> None:
        """Open a finished job's file (a notification's "Open"); says so when it is gone."""
        job = self._engine.job(job_id)
        if job is not None:
            self.commands.open_file(job)

    def show_job_folder(self, job_id: str) -> None:
        """Open the folder of a job's file (a notification's "Show in Folder")."""
        job = self._engine.job(job_id)
        if job is not None:
            self.commands.open_folder(job)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.activated.emit()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(
            self, "toolbar_fit"
        ):
            self.toolbar_fit.forget_widths()
            self.toolbar_fit.fit(self.width())
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            # Tinted icons follow a light/dark theme switch.
            self._icons = IconSet(self.palette())
            self.job_actions.set_icons(self._icons)
