"""The job table part of the window: model, proxy and view wired together, the selection
(as job ids, and as the engine's current jobs), the header's sort and widths, and what the
empty table says.

The window composes it and listens to two signals; it never reaches into the view's
selection model itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QItemSelection, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QWidget

from mediadesk.core.job import Job
from mediadesk.engine.engine import JobEngine
from mediadesk.ui.i18n import translate
from mediadesk.ui.icons import IconSet
from mediadesk.ui.jobs.delegate import ProgressDelegate
from mediadesk.ui.jobs.model import Column, JobTableModel
from mediadesk.ui.jobs.proxy import JobFilterProxy
from mediadesk.ui.jobs.view import JobTableView

COLUMN_WIDTHS = {
    Column.TITLE: 340,
    Column.STATUS: 190,  # room for a batch row's "12 of 50 done · 1 failed"
    Column.PROGRESS: 150,
    Column.SIZE: 150,
    Column.SPEED: 90,
    Column.ETA: 90,
    Column.ADDED: 130,
}


class JobTable(QObject):
    """Owns the model, the proxy and the view (``view`` is the widget to lay out)."""

    #: The selected rows changed (or rows under them went away): ask for the jobs again.
    selectionChanged = Signal()
    #: A model flush changed some selected jobs; carries the changed job ids.
    selectedJobsUpdated = Signal(list)

    def __init__(
        self,
        engine: JobEngine,
        *,
        icons: IconSet,
        locale: QLocale,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._selected_ids: list[str] = []
        self.model = JobTableModel(engine, icons=icons, locale=locale, parent=parent)
        self.proxy = JobFilterProxy(self.model, parent)
        self.view = JobTableView(parent)
        self.view.setModel(self.proxy)
        # Arrow keys move between rows; Tab leaves the table instead of visiting every cell
        # of every row (with thousands of rows, the rest of the window would be out of reach).
        self.view.setTabKeyNavigation(False)
        self.view.setAccessibleName(translate("JobTable", "Downloads"))
        self.view.setAccessibleDescription(
            translate(
                "JobTable",
                "One row per download: title, status, progress, size, speed, time left, added",
            )
        )
        self.view.setItemDelegateForColumn(Column.PROGRESS, ProgressDelegate(self.view))
        self.view.setSortingEnabled(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            self.view.setColumnWidth(column, width)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.flushed.connect(self._on_model_flushed)
        self.model.rowsRemoved.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._on_selection_changed)
        self.proxy.rowsInserted.connect(self.refresh_empty_text)
        self.proxy.rowsRemoved.connect(self.refresh_empty_text)
        self.proxy.modelReset.connect(self.refresh_empty_text)
        self.proxy.layoutChanged.connect(self.refresh_empty_text)

    # -- selection ----------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        return list(self._selected_ids)

    def selected_jobs(self) -> list[Job]:
        """The selected jobs as the engine has them now (the table may be up to one flush
        behind; commands must act on the truth). A selected batch row means its items."""
        jobs: dict[str, Job] = {}
        for key in self._selected_ids:
            job = self._engine.job(key)
            if job is not None:
                jobs[job.id] = job
            elif self._engine.batch(key) is not None:
                jobs.update((item.id, item) for item in self._engine.batch_items(key))
        return list(jobs.values())

    def selected_batch_ids(self) -> list[str]:
        """The batch rows among the selection."""
        return [key for key in self._selected_ids if self._engine.batch(key) is not None]

    def select_ids(self, job_ids: Sequence[str]) -> None:
        """Select these jobs (the ones the filter shows) and scroll to the first."""
        selection = QItemSelection()
        for job_id in job_ids:
            index = self.proxy.mapFromSource(self.model.index_of(job_id))
            if index.isValid():
                selection.select(index, index)
        selection_model = self.view.selectionModel()
        flags = selection_model.SelectionFlag.ClearAndSelect | selection_model.SelectionFlag.Rows
        selection_model.select(selection, flags)
        if not selection.isEmpty():
            first = selection.indexes()[0]
            selection_model.setCurrentIndex(first, selection_model.SelectionFlag.NoUpdate)
            self.view.scrollTo(first)

    def is_shown(self, job_id: str) -> bool | None:
        """Whether the filter shows the job; None when there is no such job."""
        source = self.model.index_of(job_id)
        if not source.isValid():
            return None
        return self.proxy.mapFromSource(source).isValid()

    def scroll_to_current(self) -> None:
        current = self.view.selectionModel().currentIndex()
        if current.isValid():
            self.view.scrollTo(current)

    @Slot()
    def _on_selection_changed(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        self._selected_ids = self.proxy.source_job_ids(rows)
        self.selectionChanged.emit()

    @Slot(list)
    def _on_model_flushed(self, changed: list[str]) -> None:
        if not self._selected_ids:
            return
        selected = set(self._selected_ids)
        # A selected batch row stands for its items: their changes count too.
        if selected & set(changed) or any(self.model.batch_of(i) in selected for i in changed):
            self.selectedJobsUpdated.emit(changed)

    # -- order and header ---------------------------------------------------------------------

    @Slot()
    def show_queue_order(self) -> None:
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.restore_queue_order()

    def sort_state(self) -> tuple[int, bool]:
        """The sorted column (-1 for queue order) and whether it sorts descending."""
        return self.proxy.sortColumn(), self.proxy.sortOrder() is Qt.SortOrder.DescendingOrder

    def restore_sort(self, column: object, descending: bool) -> None:
        """Sort by ``column`` if it is one, else go back to queue order."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        if isinstance(column, int) and 0 <= column < len(Column):
            self.view.sortByColumn(column, order)
        else:
            self.show_queue_order()

    def restore_header(self, state: QByteArray) -> None:
        """Column order and widths; the title column keeps taking the spare width."""
        header = self.view.horizontalHeader()
        header.restoreState(state)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)

    # -- empty table --------------------------------------------------------------------------

    @Slot()
    def refresh_empty_text(self) -> None:
        if self.model.rowCount() == 0:
            self.view.set_empty_text(
                translate("JobTable", "No downloads yet"),
                translate(
                    "JobTable",
                    "Paste links into the field above, or drop them here from your browser.",
                ),
            )
        else:
            self.view.set_empty_text(
                translate("JobTable", "No downloads match"),
                translate("JobTable", "Try another filter or search."),
            )
