"""The main window: add bar, live job table, details, status; commands go to the engine.

Data flows one way: engine signals -> :class:`JobTableModel` (coalesced) -> proxy -> view.
Everything the window does to a job is a call on the engine; the window never edits a row.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QLocale,
    QMimeData,
    QModelIndex,
    QPoint,
    Qt,
    QUrl,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mediadesk.core import paths
from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import AddResult, JobEngine
from mediadesk.ui.actions import ActionId, JobActions, job_folder
from mediadesk.ui.add_bar import AddBar, FolderChooser, ask_for_folder
from mediadesk.ui.close_policy import (
    QUIT_QUESTION_TITLE,
    TRAY_HINT_BODY,
    TRAY_HINT_KEY,
    TRAY_HINT_TITLE,
    CloseAction,
    decide_close,
    quit_question,
)
from mediadesk.ui.details_pane import DetailsPane
from mediadesk.ui.failure_actions import FailureActions
from mediadesk.ui.filter_bar import FilterBar
from mediadesk.ui.formatting import format_count, format_speed
from mediadesk.ui.icons import IconSet
from mediadesk.ui.job_filter_proxy import JobFilterProxy, StateFilter
from mediadesk.ui.job_table_model import Column, JobStats, JobTableModel
from mediadesk.ui.job_table_view import JobTableView
from mediadesk.ui.message_area import Level, MessageArea, describe_results
from mediadesk.ui.mime_links import accept_link_drag, read_links
from mediadesk.ui.notifications import Notifier
from mediadesk.ui.progress_delegate import ProgressDelegate
from mediadesk.ui.settings_dialog import SettingsDialog
from mediadesk.ui.tray import NoTray, TrayPresence
from mediadesk.ui.tray_controller import TrayController

#: Opens a file, folder or web page with the desktop's default application.
UrlOpener = Callable[[QUrl], bool]
#: Asks a yes/no question (parent, title, text); True means go ahead.
Confirm = Callable[[QWidget, str, str], bool]
#: Adds (True) or removes (False) the start-at-login entry; raises OSError on failure.
SetAutostart = Callable[[bool], object]

_COLUMN_WIDTHS = {
    Column.TITLE: 340,
    Column.STATUS: 118,
    Column.PROGRESS: 150,
    Column.SIZE: 150,
    Column.SPEED: 90,
    Column.ETA: 90,
    Column.ADDED: 130,
}
_SHORT_LABELS = {
    ActionId.ADD: "Add",
    ActionId.REMOVE: "Remove",
    ActionId.OPEN_FILE: "Open",
    ActionId.OPEN_FOLDER: "Folder",
}
_MAX_FOLDERS_OPENED = 5


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def write_autostart_entry(enabled: bool) -> None:
    """The login entry starts this very installation, hidden in the tray."""
    from mediadesk.desktop.autostart import installed_exec_command, set_autostart

    set_autostart(enabled, installed_exec_command())


def summary_text(stats: JobStats) -> str:
    """The status bar's counts, most urgent first: ``"2 downloading · 5 queued · 1 paused"``."""
    parts = []
    active = stats.count(JobState.DOWNLOADING, JobState.POSTPROCESSING)
    if active:
        parts.append(f"{active} downloading")
    for state, word in ((JobState.QUEUED, "queued"), (JobState.PAUSED, "paused")):
        if stats.count(state):
            parts.append(f"{stats.count(state)} {word}")
    failed = stats.count(JobState.FAILED)
    if failed:
        parts.append(f"{failed} failed")
    if not parts:
        return "All done" if stats.total else "No downloads"
    return " · ".join(parts)


class MainWindow(QMainWindow):
    def __init__(
        self,
        engine: JobEngine,
        *,
        open_url: UrlOpener = QDesktopServices.openUrl,
        confirm: Confirm = ask_yes_no,
        choose_folder: FolderChooser = ask_for_folder,
        quit_app: Callable[[], None] | None = None,
        default_download_dir: str | None = None,
        tray: TrayPresence | None = None,
        notifier: Notifier | None = None,
        set_autostart: SetAutostart = write_autostart_entry,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._open_url = open_url
        self._confirm = confirm
        self._choose_folder = choose_folder
        self._quit_app = quit_app
        self._set_autostart = set_autostart
        self._quitting = False  # set by quit(): the next close ends the app, no questions
        self._default_dir = default_download_dir or str(paths.default_download_dir())
        self._locale = QLocale()
        self._settings_dialog: SettingsDialog | None = None
        self._selected_ids: list[str] = []
        self._icons = IconSet(self.palette())

        self.setObjectName("mainWindow")
        self.setWindowTitle("MediaDesk")
        self.setAcceptDrops(True)

        self.model = JobTableModel(engine, icons=self._icons, locale=self._locale, parent=self)
        self.proxy = JobFilterProxy(self.model, self)
        self.job_actions = JobActions(self._icons, self)
        self._build_widgets()
        self._build_toolbar_and_menus()
        self._connect()
        self.restore_ui_state()
        self._refresh_stats()
        self._on_selection_changed()

        self.tray: TrayPresence = tray if tray is not None else NoTray(self)
        self.notifier = notifier if notifier is not None else Notifier(engine, parent=self)
        self.tray_controller = TrayController(self.tray, self, engine, self.notifier, self)

    # -- construction -------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.add_bar = AddBar(
            self._engine.settings,
            folder_icon=self._icons.icon("open-folder"),
            choose_folder=self._choose_folder,
            parent=self,
        )
        self.message_area = MessageArea(self)
        self.filter_bar = FilterBar(search_icon=self._icons.icon("search"), parent=self)

        self.table = JobTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(Column.PROGRESS, ProgressDelegate(self.table))
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in _COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        for action in self.job_actions.table_scoped():
            self.table.addAction(action)

        self.details = DetailsPane(self._engine, locale=self._locale, parent=self)

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
        self.splitter.setSizes([420, 200])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.add_bar)
        layout.addWidget(self.message_area)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.speed_label = QLabel(self)
        self.speed_label.setObjectName("speedLabel")
        self.speed_label.setMinimumWidth(110)
        self.speed_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.speed_label)
        self.resize(1080, 720)

    def _build_toolbar_and_menus(self) -> None:
        a = self.job_actions
        for action_id, label in _SHORT_LABELS.items():
            a[action_id].setIconText(label)

        self.toolbar = QToolBar("Main toolbar", self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        icon_only = {ActionId.MOVE_TOP, ActionId.MOVE_UP, ActionId.MOVE_DOWN}
        layout = [
            [ActionId.ADD],
            [ActionId.RESUME, ActionId.PAUSE, ActionId.CANCEL, ActionId.RETRY],
            [ActionId.MOVE_TOP, ActionId.MOVE_UP, ActionId.MOVE_DOWN],
            [ActionId.OPEN_FILE, ActionId.OPEN_FOLDER],
            [ActionId.REMOVE],
        ]
        for group in layout:
            if self.toolbar.actions():
                self.toolbar.addSeparator()
            for action_id in group:
                self.toolbar.addAction(a[action_id])
                if action_id in icon_only:
                    button = self.toolbar.widgetForAction(a[action_id])
                    if isinstance(button, QToolButton):
                        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(a[ActionId.SETTINGS])
        self.addToolBar(self.toolbar)

        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addActions([a[ActionId.ADD], a[ActionId.PASTE]])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.SETTINGS])
        file_menu.addSeparator()
        file_menu.addAction(a[ActionId.QUIT])

        jobs_menu = menus.addMenu("&Downloads")
        self._add_job_actions(jobs_menu)
        jobs_menu.addSeparator()
        jobs_menu.addActions([a[ActionId.RESUME_ALL], a[ActionId.PAUSE_ALL]])

        view_menu = menus.addMenu("&View")
        self.queue_order_action = QAction("Sort by &Queue Order", self)
        self.queue_order_action.setShortcut("Ctrl+0")
        self.queue_order_action.setStatusTip("Show downloads in the order they will run")
        view_menu.addAction(self.queue_order_action)
        self.find_action = QAction("&Find…", self)
        self.find_action.setShortcut("Ctrl+F")
        self.find_action.setStatusTip("Search titles and addresses")
        view_menu.addAction(self.find_action)
        view_menu.addSeparator()
        self.details_action = QAction("&Details Pane", self)
        self.details_action.setCheckable(True)
        self.details_action.setChecked(True)
        self.details_action.setShortcut("F9")
        view_menu.addAction(self.details_action)
        view_menu.addAction(self.toolbar.toggleViewAction())

        self.context_menu = QMenu(self)
        self.context_menu.setObjectName("jobContextMenu")
        self._add_job_actions(self.context_menu)
        self.context_menu.addSeparator()
        self.context_menu.addAction(a[ActionId.COPY_URL])
        # Window-wide shortcuts work even with the menu bar hidden by a platform theme.
        for action in a.all().values():
            if action not in self.job_actions.table_scoped():
                self.addAction(action)

    def _add_job_actions(self, menu: QMenu) -> None:
        a = self.job_actions
        menu.addActions([a[ActionId.OPEN_FILE], a[ActionId.OPEN_FOLDER]])
        menu.addSeparator()
        menu.addActions(
            [a[ActionId.RESUME], a[ActionId.PAUSE], a[ActionId.CANCEL], a[ActionId.RETRY]]
        )
        menu.addSeparator()
        menu.addActions([a[ActionId.MOVE_TOP], a[ActionId.MOVE_UP], a[ActionId.MOVE_DOWN]])
        menu.addSeparator()
        menu.addActions([a[ActionId.REMOVE], a[ActionId.REMOVE_WITH_FILES]])

    def _connect(self) -> None:
        a = self.job_actions
        handlers: dict[ActionId, Callable[[], None]] = {
            ActionId.ADD: self.focus_add_bar,
            ActionId.PASTE: self.paste_links,
            ActionId.RESUME: self.resume_selected,
            ActionId.PAUSE: self.pause_selected,
            ActionId.TOGGLE_PAUSE: self.toggle_pause_selected,
            ActionId.CANCEL: self.cancel_selected,
            ActionId.RETRY: self.retry_selected,
            ActionId.REMOVE: self.remove_selected,
            ActionId.REMOVE_WITH_FILES: self.remove_selected_with_files,
            ActionId.MOVE_TOP: self.move_selected_to_top,
            ActionId.MOVE_UP: self.move_selected_up,
            ActionId.MOVE_DOWN: self.move_selected_down,
            ActionId.OPEN_FILE: self.open_selected_file,
            ActionId.OPEN_FOLDER: self.open_selected_folder,
            ActionId.COPY_URL: self.copy_selected_urls,
            ActionId.PAUSE_ALL: self.pause_all,
            ActionId.RESUME_ALL: self.resume_all,
            ActionId.SETTINGS: self.show_settings,
            ActionId.QUIT: self.quit,
        }
        for action_id, handler in handlers.items():
            a[action_id].triggered.connect(handler)
        self.queue_order_action.triggered.connect(self.show_queue_order)
        self.find_action.triggered.connect(self.focus_search)
        self.details_action.toggled.connect(self.details.setVisible)

        self.add_bar.addRequested.connect(self._on_add_requested)
        self.add_bar.folderRefused.connect(self._on_folder_refused)
        self.filter_bar.stateFilterChanged.connect(self._on_state_filter_changed)
        self.filter_bar.searchChanged.connect(self._on_search_changed)
        self.table.dropped.connect(self._on_dropped)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.details.retryRequested.connect(self._on_details_retry)
        self.failure_actions = FailureActions(
            self,
            open_network_settings=lambda: self.show_settings().show_network(),
            add_address=self.add_text,
            tell=lambda text: self.message_area.show_message(text, Level.INFO),
        )
        self.details.actionRequested.connect(self.failure_actions.run)

        self.model.flushed.connect(self._on_model_flushed)
        self.model.statsChanged.connect(self._refresh_stats)
        self.model.rowsRemoved.connect(self._on_rows_changed)
        self.model.modelReset.connect(self._on_rows_changed)
        self.proxy.rowsInserted.connect(self._refresh_empty_text)
        self.proxy.rowsRemoved.connect(self._refresh_empty_text)
        self.proxy.modelReset.connect(self._refresh_empty_text)
        self.proxy.layoutChanged.connect(self._refresh_empty_text)
        self._engine.settingsChanged.connect(self._on_settings_changed)

    # -- adding -------------------------------------------------------------------------------

    def add_text(self, text: str, *, cookies: str = "") -> list[AddResult]:
        """Queue every link in ``text`` with the add bar's format and folder; report inline.
        ``cookies``: a cookie source spec for these jobs (from the command line)."""
        return self._add(
            text, self.add_bar.preset(), self.add_bar.folder(), source="", cookies=cookies
        )

    def _add(
        self, text: str, preset: FormatPreset, folder: str, *, source: str, cookies: str = ""
    ) -> list[AddResult]:
        results = self._engine.add_text(text, preset=preset, output_dir=folder, cookies=cookies)
        self._report(results, source)
        return results

    def _report(self, results: Sequence[AddResult], source: str) -> None:
        report = describe_results(results, source=source)
        self.message_area.show_report(report)
        queued = [r for r in results if r.ok]
        if queued:
            self.statusBar().showMessage(f"Queued {format_count(len(queued), 'download')}.", 4000)

    @Slot(str, object, str)
    def _on_add_requested(self, text: str, preset: FormatPreset, folder: str) -> None:
        results = self._add(text, preset, folder, source="")
        if any(r.ok for r in results):
            self.add_bar.clear_text()

    @Slot(str)
    def _on_folder_refused(self, problem: str) -> None:
        self.message_area.show_message(problem, Level.ERROR)

    def add_from_mime(self, mime: QMimeData, *, source: str) -> list[AddResult]:
        """Queue links from a drop or the clipboard; say so when nothing in it is usable."""
        links = read_links(mime)
        if links.empty:
            self.message_area.show_message(
                f"Nothing to add from {source}: it holds no web address.", Level.WARNING
            )
            return []
        preset, folder = self.add_bar.preset(), self.add_bar.folder()
        if links.urls:
            results = self._engine.add_urls(links.urls, preset=preset, output_dir=folder)
        else:
            results = self._engine.add_text(links.text, preset=preset, output_dir=folder)
        self._report(results, source)
        return results

    @Slot(QMimeData)
    def _on_dropped(self, mime: QMimeData) -> None:
        self.add_from_mime(mime, source="the drop")

    @Slot()
    def paste_links(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            self.message_area.show_message("The clipboard is empty.", Level.WARNING)
            return
        self.add_from_mime(mime, source="the clipboard")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_link_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accept_link_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.add_from_mime(event.mimeData(), source="the drop")

    @Slot()
    def focus_add_bar(self) -> None:
        self.add_bar.focus_field()

    @Slot()
    def focus_search(self) -> None:
        self.filter_bar.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search_field.selectAll()

    # -- selection ----------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        return list(self._selected_ids)

    def selected_jobs(self) -> list[Job]:
        """The selected jobs as the engine has them now (the table may be up to one flush
        behind; commands must act on the truth)."""
        jobs = (self._engine.job(i) for i in self._selected_ids)
        return [job for job in jobs if job is not None]

    def select_jobs(self, job_ids: Sequence[str]) -> None:
        """Select these jobs in the table (the ones the filter shows)."""
        self._select_ids(list(job_ids))

    def _select_ids(self, job_ids: list[str]) -> None:
        selection = QItemSelection()
        for job_id in job_ids:
            index = self.proxy.mapFromSource(self.model.index_of(job_id))
            if index.isValid():
                selection.select(index, index)
        flags = (
            self.table.selectionModel().SelectionFlag.ClearAndSelect
            | self.table.selectionModel().SelectionFlag.Rows
        )
        self.table.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            first = selection.indexes()[0]
            self.table.selectionModel().setCurrentIndex(
                first, self.table.selectionModel().SelectionFlag.NoUpdate
            )
            self.table.scrollTo(first)

    @Slot()
    def _on_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._selected_ids = self.proxy.source_job_ids(rows)
        jobs = self.selected_jobs()
        self._update_actions(jobs)
        self.details.show_jobs(jobs)

    @Slot()
    def _on_rows_changed(self) -> None:
        self._on_selection_changed()

    @Slot(list)
    def _on_model_flushed(self, changed: list[str]) -> None:
        if not self._selected_ids or not set(changed) & set(self._selected_ids):
            return
        jobs = self.selected_jobs()
        self._update_actions(jobs)
        if self.details.job_id in changed:
            job = self.model.job(self.details.job_id)
            if job is not None:
                self.details.update_job(job)

    def _update_actions(self, jobs: Sequence[Job]) -> None:
        stats = self.model.stats()
        self.job_actions.update(
            jobs,
            any_unfinished=stats.count(
                JobState.QUEUED, JobState.DOWNLOADING, JobState.POSTPROCESSING
            )
            > 0,
            any_paused=stats.count(JobState.PAUSED) > 0,
        )

    # -- commands -----------------------------------------------------------------------------

    @Slot()
    def resume_selected(self) -> None:
        self._engine.resume(self._selected_ids)
        self._after_command()

    @Slot()
    def pause_selected(self) -> None:
        self._engine.pause(self._selected_ids)
        self._after_command()

    @Slot()
    def toggle_pause_selected(self) -> None:
        jobs = self.selected_jobs()
        if any(job.state.is_unfinished for job in jobs):
            self._engine.pause([j.id for j in jobs if j.state.is_unfinished])
        else:
            self._engine.resume([j.id for j in jobs if j.state is JobState.PAUSED])
        self._after_command()

    @Slot()
    def cancel_selected(self) -> None:
        self._engine.cancel(self._selected_ids)
        self._after_command()

    @Slot()
    def retry_selected(self) -> None:
        self._engine.retry(self._selected_ids)
        self._after_command()

    @Slot()
    def pause_all(self) -> None:
        self._engine.pause_all()
        self._after_command()

    @Slot()
    def resume_all(self) -> None:
        self._engine.resume_all()
        self._after_command()

    def _after_command(self) -> None:
        """Enable what fits the new states at once, not one flush later."""
        self._update_actions(self.selected_jobs())

    @Slot()
    def remove_selected(self) -> None:
        jobs = self.selected_jobs()
        if not jobs:
            return
        unfinished = [j for j in jobs if not j.state.is_final and j.bytes_done > 0]
        if unfinished and not self._confirm(
            self,
            "Remove unfinished downloads?",
            f"{format_count(len(unfinished), 'download')} not finished yet. Removing "
            "deletes what was downloaded so far. Finished files are kept.",
        ):
            return
        self._engine.remove([j.id for j in jobs])

    @Slot()
    def remove_selected_with_files(self) -> None:
        jobs = self.selected_jobs()
        if not jobs:
            return
        files = [j for j in jobs if j.file_path and os.path.exists(j.file_path)]
        detail = (
            f"{format_count(len(files), 'downloaded file')} will be deleted from the disk."
            if files
            else "No finished files will be deleted; partial downloads are."
        )
        if not self._confirm(
            self,
            "Remove and delete files?",
            f"Remove {format_count(len(jobs), 'download')} from the list? {detail}\n"
            "This cannot be undone.",
        ):
            return
        self._engine.remove([j.id for j in jobs], delete_files=True)

    @Slot()
    def move_selected_to_top(self) -> None:
        self._move(self._engine.move_to_top)

    @Slot()
    def move_selected_up(self) -> None:
        self._move(self._engine.move_up)

    @Slot()
    def move_selected_down(self) -> None:
        self._move(self._engine.move_down)

    def _move(self, command: Callable[[list[str]], None]) -> None:
        ids = list(self._selected_ids)
        if not ids:
            return
        if not self.proxy.queue_ordered():
            self.show_queue_order()  # a move is only visible in queue order
        command(ids)
        current = self.table.selectionModel().currentIndex()
        if current.isValid():
            self.table.scrollTo(current)

    @Slot()
    def show_queue_order(self) -> None:
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.restore_queue_order()

    @Slot()
    def open_selected_file(self) -> None:
        jobs = self.selected_jobs()
        if len(jobs) == 1:
            self._open_file(jobs[0])

    def _open_file(self, job: Job) -> None:
        if job.state is not JobState.DONE or not job.file_path:
            return
        if not os.path.isfile(job.file_path):
            self.message_area.show_message(
                f"The file is no longer there: {job.file_path}", Level.WARNING
            )
            return
        self._open_url(QUrl.fromLocalFile(job.file_path))

    @Slot()
    def open_selected_folder(self) -> None:
        folders = list(dict.fromkeys(job_folder(job) for job in self.selected_jobs()))
        for folder in folders[:_MAX_FOLDERS_OPENED]:
            if os.path.isdir(folder):
                self._open_url(QUrl.fromLocalFile(folder))

    @Slot()
    def copy_selected_urls(self) -> None:
        urls = [job.url for job in self.selected_jobs()]
        if urls:
            QGuiApplication.clipboard().setText("\n".join(urls))
            self.statusBar().showMessage(f"Copied {format_count(len(urls), 'address')}.", 3000)

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self._open_file(self.model.job_at(source.row()))

    @Slot(QPoint)
    def _on_context_menu(self, pos: QPoint) -> None:
        self.context_menu.popup(self.table.viewport().mapToGlobal(pos))

    @Slot(str)
    def _on_details_retry(self, job_id: str) -> None:
        self._engine.retry([job_id])

    @Slot()
    def quit(self) -> None:
        """Save the layout and leave; unfinished downloads resume at the next launch."""
        self._quitting = True
        if self._quit_app is not None:
            self.save_ui_state()
            self._quit_app()
            return
        self.close()
        QCoreApplication.quit()

    def _leave(self) -> None:
        """End the app after the window closed. The app does not quit on its own when its
        last window closes (hiding to the tray must not end it), so the window says when."""
        self._quitting = True
        if self._quit_app is not None:
            self._quit_app()
        else:
            QCoreApplication.quit()

    # -- tray and start -----------------------------------------------------------------------

    def start(self, *, minimized: bool = False) -> None:
        """Show the tray icon and the window; ``minimized`` starts hidden in the tray, or
        minimized where there is no tray (never invisible with no way back)."""
        self.tray_controller.show()
        if minimized and self.tray.available:
            return
        if minimized:
            self.showMinimized()
        else:
            self.show()

    @Slot()
    def hide_to_tray(self) -> None:
        """Hide the window; the tray icon is the way back. Where there is no tray the
        window is minimized instead, so it can always be found again."""
        if not self.tray.available:
            self.showMinimized()
            return
        if self.isVisible():
            self.save_ui_state()  # a later quit from the tray closes a hidden window
        self.hide()

    @Slot()
    def show_from_tray(self) -> None:
        """Bring the window back (from the tray or minimized) in front of the others."""
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def reveal_job(self, job_id: str) -> None:
        """Select one job, first widening the filter and clearing the search if they hide it."""
        source = self.model.index_of(job_id)
        if not source.isValid():
            return
        if not self.proxy.mapFromSource(source).isValid():
            self.filter_bar.set_state_filter(StateFilter.ALL)
            self.filter_bar.set_search_text("")
        self.select_jobs([job_id])
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _unfinished_count(self) -> int:
        return sum(1 for job in self._engine.jobs() if job.state.is_unfinished)

    def _tell_once_about_tray(self) -> None:
        if self._engine.ui_state().get(TRAY_HINT_KEY) is True:
            return
        self.tray.show_message(TRAY_HINT_TITLE, TRAY_HINT_BODY)
        self._engine.save_ui_state({TRAY_HINT_KEY: True})

    # -- filter, stats ------------------------------------------------------------------------

    @Slot(object)
    def _on_state_filter_changed(self, value: StateFilter) -> None:
        self.proxy.set_state_filter(value)
        self._refresh_empty_text()

    @Slot(str)
    def _on_search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._refresh_empty_text()

    @Slot()
    def _refresh_stats(self) -> None:
        stats = self.model.stats()
        self.counts_label.setText(summary_text(stats))
        active = stats.count(JobState.DOWNLOADING, JobState.POSTPROCESSING)
        self.speed_label.setText(f"↓ {format_speed(self._locale, stats.speed)}" if active else "")
        self.filter_bar.set_counts(stats)
        self._update_actions(self.selected_jobs())
        self._refresh_empty_text()

    @Slot()
    def _refresh_empty_text(self) -> None:
        if self.model.rowCount() == 0:
            self.table.set_empty_text(
                "No downloads yet",
                "Paste links into the field above, or drop them here from your browser.",
            )
        else:
            self.table.set_empty_text("No downloads match", "Try another filter or search.")

    # -- settings -----------------------------------------------------------------------------

    @Slot()
    def show_settings(self) -> SettingsDialog:
        """Open the settings dialog (non-blocking); OK applies through the engine."""
        if self._settings_dialog is not None:
            self._settings_dialog.raise_()
            self._settings_dialog.activateWindow()
            return self._settings_dialog
        dialog = SettingsDialog(
            self._engine.settings,
            default_download_dir=self._default_dir,
            choose_folder=self._choose_folder,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_settings_accepted)
        dialog.finished.connect(self._on_settings_closed)
        self._settings_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _on_settings_accepted(self) -> None:
        if self._settings_dialog is not None:
            settings = self._settings_dialog.result_settings()
            self._engine.update_settings(settings)
            self._apply_autostart(settings.start_at_login)

    def _apply_autostart(self, enabled: bool) -> None:
        """Keep the login entry in step with the setting (idempotent, so every save heals
        an entry removed or added behind our back)."""
        try:
            self._set_autostart(enabled)
        except (OSError, ValueError) as exc:
            verb = "add MediaDesk to" if enabled else "remove MediaDesk from"
            self.message_area.show_message(
                f"Could not {verb} the programs started at login: {exc}", Level.ERROR
            )

    @Slot()
    def _on_settings_closed(self) -> None:
        self._settings_dialog = None

    @Slot(object)
    def _on_settings_changed(self, settings: Settings) -> None:
        self.add_bar.apply_settings(settings)

    # -- layout persistence -------------------------------------------------------------------

    def ui_state(self) -> dict[str, object]:
        """The layout as JSON-able values (bytes as base64)."""
        header = self.table.horizontalHeader()
        return {
            "geometry": _b64(self.saveGeometry()),
            "window_state": _b64(self.saveState()),
            "splitter": _b64(self.splitter.saveState()),
            "header": _b64(header.saveState()),
            "sort_column": self.proxy.sortColumn(),
            "sort_order": 1 if self.proxy.sortOrder() is Qt.SortOrder.DescendingOrder else 0,
            "filter": self.filter_bar.state_filter().value,
            "search": self.filter_bar.search_field.text(),
            "details_visible": self.details_action.isChecked(),
        }

    def save_ui_state(self) -> None:
        self._engine.save_ui_state(self.ui_state())

    def restore_ui_state(self) -> None:
        state = self._engine.ui_state()
        header = self.table.horizontalHeader()
        if geometry := _unb64(state.get("geometry")):
            self.restoreGeometry(geometry)
        if window_state := _unb64(state.get("window_state")):
            self.restoreState(window_state)
        if splitter := _unb64(state.get("splitter")):
            self.splitter.restoreState(splitter)
        if header_state := _unb64(state.get("header")):
            header.restoreState(header_state)
            header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        column = state.get("sort_column", -1)
        order = (
            Qt.SortOrder.DescendingOrder
            if state.get("sort_order") == 1
            else Qt.SortOrder.AscendingOrder
        )
        if isinstance(column, int) and 0 <= column < len(Column):
            self.table.sortByColumn(column, order)
        else:
            self.show_queue_order()
        try:
            self.filter_bar.set_state_filter(StateFilter(state.get("filter", "all")))
        except ValueError:
            self.filter_bar.set_state_filter(StateFilter.ALL)
        search = state.get("search")
        if isinstance(search, str) and search:
            self.filter_bar.set_search_text(search)
        details_visible = state.get("details_visible", True)
        self.details_action.setChecked(details_visible is not False)
        self.details.setVisible(details_visible is not False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting:
            unfinished = self._unfinished_count()
            action = decide_close(
                unfinished=unfinished,
                tray_available=self.tray.available,
                close_to_tray=self._engine.settings.close_to_tray,
            )
            if action is CloseAction.HIDE:
                # Accepted, not ignored: a closed window is only hidden and the app keeps
                # running (it does not quit on its last window closing), while a quit asked
                # for from outside (QCoreApplication.quit closes every window) goes through.
                if self.isVisible():
                    self.save_ui_state()
                super().closeEvent(event)
                self._tell_once_about_tray()
                return
            if action is CloseAction.ASK and not self._confirm(
                self, QUIT_QUESTION_TITLE, quit_question(unfinished)
            ):
                event.ignore()
                return
        if self.isVisible():  # closing an already closed window has no new layout to save
            self.save_ui_state()
        if self._settings_dialog is not None:
            self._settings_dialog.reject()
        super().closeEvent(event)
        if not self._quitting:
            self._leave()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            # Tinted icons follow a light/dark theme switch.
            self._icons = IconSet(self.palette())
            self.job_actions.set_icons(self._icons)


def _b64(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _unb64(value: object) -> QByteArray | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return QByteArray(base64.b64decode(value.encode("ascii"), validate=True))
    except ValueError:
        return None
