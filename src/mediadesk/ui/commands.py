"""What each job command does, with its confirmation: the window's actions end here, and
every change to a job is a call on the engine (the window never edits a row).

Which command applies in which state is core/states.py's table; here the commands act on
the selection as the engine has it now, ask before deleting anything, and tell the user
when something they asked for cannot be done.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mediadesk.core.job import Job
from mediadesk.core.states import Command, applies
from mediadesk.engine.engine import JobEngine
from mediadesk.ui.actions import ActionId, JobActions, job_folder
from mediadesk.ui.i18n import translate
from mediadesk.ui.jobs.table import JobTable
from mediadesk.ui.panes.message_area import Level, MessageArea

#: Opens a file, folder or web page with the desktop's default application.
UrlOpener = Callable[[QUrl], bool]
#: Asks a yes/no question (parent, title, text); True means go ahead.
Confirm = Callable[[QWidget, str, str], bool]
#: Shows a short-lived confirmation (text, milliseconds), e.g. in the status bar.
ShowStatus = Callable[[str, int], None]

MAX_FOLDERS_OPENED = 5


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class JobCommands(QObject):
    """The job commands behind the window's actions, acting on the table's selection."""

    #: A command changed job states: what is enabled should follow at once, not one flush later.
    executed = Signal()

    def __init__(
        self,
        engine: JobEngine,
        table: JobTable,
        *,
        confirm: Confirm,
        open_url: UrlOpener,
        messages: MessageArea,
        show_status: ShowStatus,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._table = table
        self._confirm = confirm
        self._open_url = open_url
        self._messages = messages
        self._show_status = show_status
        self._parent = parent

    def bind(self, actions: JobActions) -> None:
        """Connect the job actions to the commands."""
        handlers: dict[ActionId, Callable[[], None]] = {
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
        }
        for action_id, handler in handlers.items():
            actions[action_id].triggered.connect(handler)

    # -- state commands -----------------------------------------------------------------------

    @Slot()
    def resume_selected(self) -> None:
        self._engine.resume(self._table.selected_ids())
        self.executed.emit()

    @Slot()
    def pause_selected(self) -> None:
        self._engine.pause(self._table.selected_ids())
        self.executed.emit()

    @Slot()
    def toggle_pause_selected(self) -> None:
        """Pause what runs or waits; only when nothing does, resume what is paused."""
        jobs = self._table.selected_jobs()
        pausable = [j.id for j in jobs if applies(Command.PAUSE, j.state)]
        if pausable:
            self._engine.pause(pausable)
        else:
            self._engine.resume([j.id for j in jobs if applies(Command.RESUME, j.state)])
        self.executed.emit()

    @Slot()
    def cancel_selected(self) -> None:
        self._engine.cancel(self._table.selected_ids())
        self.executed.emit()

    @Slot()
    def retry_selected(self) -> None:
        self._engine.retry(self._table.selected_ids())
        self.executed.emit()

    @Slot(str)
    def retry_job(self, job_id: str) -> None:
        self._engine.retry([job_id])

    @Slot()
    def pause_all(self) -> None:
        self._engine.pause_all()
        self.executed.emit()

    @Slot()
    def resume_all(self) -> None:
        self._engine.resume_all()
        self.executed.emit()

    # -- removing -----------------------------------------------------------------------------

    @Slot()
    def remove_selected(self) -> None:
        """Forget the jobs; ask first when that throws away bytes already downloaded."""
        jobs = self._table.selected_jobs()
        if not jobs:
            return
        unfinished = [j for j in jobs if not j.state.is_final and j.bytes_done > 0]
        count = len(unfinished)
        if unfinished and not self._confirm(
            self._parent,
            translate("Commands", "Remove unfinished downloads?"),
            translate(
                "Commands",
                "%n download(s) not finished yet. Removing "
                "deletes what was downloaded so far. Finished files are kept.",
                None,
                count,
            ),
        ):
            return
        self._engine.remove([j.id for j in jobs])

    @Slot()
    def remove_selected_with_files(self) -> None:
        """Forget the jobs and delete their files; always asks, naming what goes."""
        jobs = self._table.selected_jobs()
        if not jobs:
            return
        files = [j for j in jobs if j.file_path and os.path.exists(j.file_path)]
        count = len(files)
        detail = (
            translate(
                "Commands", "%n downloaded file(s) will be deleted from the disk.", None, count
            )
            if files
            else translate("Commands", "No finished files will be deleted; partial downloads are.")
        )
        count = len(jobs)
        if not self._confirm(
            self._parent,
            translate("Commands", "Remove and delete files?"),
            translate(
                "Commands",
                "Remove %n download(s) from the list? {detail}\nThis cannot be undone.",
                None,
                count,
            ).format(detail=detail),
        ):
            return
        self._engine.remove([j.id for j in jobs], delete_files=True)

    # -- queue order --------------------------------------------------------------------------

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
        ids = self._table.selected_ids()
        if not ids:
            return
        if not self._table.proxy.queue_ordered():
            self._table.show_queue_order()  # a move is only visible in queue order
        command(ids)
        self._table.scroll_to_current()

    # -- files, folders, addresses ------------------------------------------------------------

    @Slot()
    def open_selected_file(self) -> None:
        jobs = self._table.selected_jobs()
        if len(jobs) == 1:
            self.open_file(jobs[0])

    def open_file(self, job: Job) -> None:
        """Open a finished job's file; say so when it was moved or deleted since."""
        if not applies(Command.OPEN_FILE, job.state) or not job.file_path:
            return
        if not os.path.isfile(job.file_path):
            self._messages.show_message(
                translate("Commands", "The file is no longer there: {file_path}").format(
                    file_path=job.file_path
                ),
                Level.WARNING,
            )
            return
        if not self._open_url(QUrl.fromLocalFile(job.file_path)):
            self._messages.show_message(
                translate(
                    "Commands",
                    "No application could open {file_path}. Check which application your desktop "
                    "uses for this kind of file, or use Show in Folder.",
                ).format(file_path=job.file_path),
                Level.WARNING,
            )

    @Slot()
    def open_selected_folder(self) -> None:
        jobs = self._table.selected_jobs()
        folders = list(dict.fromkeys(job_folder(job) for job in jobs))
        missing: list[str] = []
        failed: list[str] = []
        for folder in folders[:MAX_FOLDERS_OPENED]:
            if not os.path.isdir(folder):
                missing.append(folder)
            elif not self._open_url(QUrl.fromLocalFile(folder)):
                failed.append(folder)
        if missing:
            self._messages.show_message(
                translate("Commands", "The folder is no longer there: {items}").format(
                    items=", ".join(missing)
                ),
                Level.WARNING,
            )
        elif failed:
            self._messages.show_message(
                translate("Commands", "No file manager could show {items}.").format(
                    items=", ".join(failed)
                ),
                Level.WARNING,
            )

    def open_folder(self, job: Job) -> None:
        """Open the folder holding a job's file (or its download folder)."""
        folder = job_folder(job)
        if os.path.isdir(folder):
            self._open_url(QUrl.fromLocalFile(folder))
        else:
            self._messages.show_message(
                translate("Commands", "The folder is no longer there: {folder}").format(
                    folder=folder
                ),
                Level.WARNING,
            )

    @Slot()
    def copy_selected_urls(self) -> None:
        urls = [job.url for job in self._table.selected_jobs()]
        if urls:
            QGuiApplication.clipboard().setText("\n".join(urls))
            count = len(urls)
            self._show_status(translate("Commands", "Copied %n address(es).", None, count), 3000)
