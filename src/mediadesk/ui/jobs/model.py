"""The job tree: a thin Qt model over the engine's signals, in queue order.

Top level: single jobs and batch parent rows, in queue order (a batch sits where its first
item is); a batch's children are its items. The engine says what changed; the model keeps the
rows and tells views, and never reads SQLite. Progress arrives up to a few times a second per
running job, so changes are collected by job id and flushed on a short timer, one
``dataChanged`` per changed row (plus one per affected batch row), which keeps 100,000 rows
cheap while a few jobs move. Every lookup by id is a dict access.

Rows come on demand, a page of the queue at a time (paging.py), so a window on 100,000 jobs
starts with one page; counts and the total speed come from the engine, so they are right
before every row is loaded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QLocale,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from mediadesk.core.batch import Batch
from mediadesk.core.job import Job
from mediadesk.core.ports import QueueKey
from mediadesk.engine.engine import JobEngine
from mediadesk.engine.history import queue_key
from mediadesk.ui.icons import IconSet
from mediadesk.ui.jobs.batch_rows import BatchGroup
from mediadesk.ui.jobs.cells import (
    NOT_SHOWN,
    Column,
    JobRole,
    JobStats,
    alignment,
    batch_display,
    batch_sort_key,
    batch_tooltip,
    job_display,
    job_sort_key,
    job_tooltip,
    shown_fraction,
    spoken_summary,
    status_text,
)
from mediadesk.ui.jobs.paging import _TOP, ModelIndex, Node, PagedRows
from mediadesk.ui.jobs.paging import node_key as _key
from mediadesk.ui.thumbnails import ThumbnailPictures

__all__ = [
    "FLUSH_INTERVAL_MS",
    "Column",
    "JobRole",
    "JobStats",
    "JobTableModel",
    "shown_fraction",
    "status_text",
]

ROW_PICTURE = QSize(32, 18)  # a probed job's picture beside its title: about a text line high
FLUSH_INTERVAL_MS = 100  # at most ten view updates a second, however busy the engine is
PAGE_SIZE = 200  # rows fetched at a time: a few screens, a few ms to build


class JobTableModel(PagedRows, QAbstractItemModel):
    """Rows are jobs and batches in queue order; columns are :class:`Column`."""

    #: Emitted after each flush with the ids whose rows changed.
    flushed = Signal(list)
    #: Emitted whenever the counts or total speed may have changed.
    statsChanged = Signal()

    def __init__(
        self,
        engine: JobEngine,
        *,
        icons: IconSet | None = None,
        locale: QLocale | None = None,
        flush_interval_ms: int = FLUSH_INTERVAL_MS,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._icons = icons
        self._pictures = ThumbnailPictures()
        self._locale = locale or QLocale()
        self._batches: dict[str, Batch] = {b.id: b for b in engine.batches()}
        self._serials = 0
        self._top: list[Node] = []
        self._top_rows: dict[str, int] = {}
        self._groups: dict[str, BatchGroup] = {}
        self._by_serial: dict[int, BatchGroup] = {}
        self._parent_of: dict[str, str | None] = {}  # job id -> batch id (None: top level)
        self._pending: dict[str, Job] = {}
        self._stats_stale = False  # a job without a row changed: the counts may have
        self._page_size = max(1, page_size)
        self._bound: QueueKey = engine.last_key()  # jobs added later go to the tail
        self._loaded_until: QueueKey | None = None  # the last history row fetched
        self._exhausted = False
        self._tail_start = 0  # first top-level row of the tail (while not exhausted)
        self._fetch(self._page_size)
        # The first page fills any window. A view being shown asks for more before it has
        # laid its rows out (the last row looks visible): more pages wait for the event loop.
        self._view_may_fetch = False
        QTimer.singleShot(0, self._let_views_fetch)
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(flush_interval_ms)
        self._flush_timer.timeout.connect(self.flush)
        engine.jobsAdded.connect(self._on_jobs_added)
        engine.jobChanged.connect(self._on_job_changed)
        engine.jobsRemoved.connect(self._on_jobs_removed)
        engine.orderChanged.connect(self._on_order_changed)
        engine.batchesChanged.connect(self._on_batches_changed)
        engine.batchesRemoved.connect(self._on_batches_removed)
        engine.countsChanged.connect(self.statsChanged)
        # Queued jobs show "Scheduled" outside the schedule's hours (engine/schedule.py).
        self._scheduled = not engine.schedule.is_open()
        engine.schedule.edge.connect(self._on_schedule_changed)
        engine.settingsChanged.connect(self._on_schedule_changed)

    # -- lookups ------------------------------------------------------------------------------

    def job_at(self, row: int, parent: ModelIndex = QModelIndex()) -> Job | None:  # noqa: B008
        """The job of a row (None on a batch row)."""
        node = self.node_at(row, parent)
        return node if isinstance(node, Job) else None

    def node_at(self, row: int, parent: ModelIndex = QModelIndex()) -> Node | None:  # noqa: B008
        if not parent.isValid():
            return self._top[row] if 0 <= row < len(self._top) else None
        group = self._top[parent.row()] if parent.internalId() == _TOP else None
        if isinstance(group, BatchGroup) and 0 <= row < len(group.items):
            return group.items[row]
        return None

    def node(self, index: ModelIndex) -> Node | None:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            row = index.row()
            return self._top[row] if row < len(self._top) else None
        group = self._by_serial.get(index.internalId())
        if group is None or index.row() >= len(group.items):
            return None
        return group.items[index.row()]

    def job(self, job_id: str) -> Job | None:
        if job_id not in self._parent_of:
            return None
        batch_id = self._parent_of[job_id]
        if batch_id is None:
            node = self._top[self._top_rows[job_id]]
            return node if isinstance(node, Job) else None
        group = self._groups[batch_id]
        return group.items[group.rows[job_id]]

    def batch(self, batch_id: str) -> Batch | None:
        group = self._groups.get(batch_id)
        return group.batch if group else None

    def batch_of(self, job_id: str) -> str | None:
        """The batch row a job sits under (None at the top level or unknown)."""
        return self._parent_of.get(job_id)

    def batch_ids(self) -> list[str]:
        """Batches that have a row, in queue order."""
        return [n.batch.id for n in self._top if isinstance(n, BatchGroup)]

    def row_of(self, key: str) -> int | None:
        """The row of a job (within its batch, for an item) or of a batch row."""
        batch_id = self._parent_of.get(key)
        if batch_id is not None:
            return self._groups[batch_id].rows[key]
        return self._top_rows.get(key)

    def index_of(self, key: str, column: Column = Column.TITLE) -> QModelIndex:
        """The index of a job or a batch row (invalid when there is none)."""
        batch_id = self._parent_of.get(key)
        if batch_id is not None:
            group = self._groups[batch_id]
            return self.createIndex(group.rows[key], column, group.serial)
        row = self._top_rows.get(key)
        return QModelIndex() if row is None else self.createIndex(row, column, _TOP)

    def stats(self) -> JobStats:
        """Counts over every job (rows loaded or not) and the total speed."""
        return JobStats(Counter(self._engine.state_counts()), self._engine.total_speed())

    def has_pending_changes(self) -> bool:
        return bool(self._pending)

    # -- Qt model interface -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        group = self.node(parent)
        if isinstance(group, BatchGroup):
            return self.createIndex(row, column, group.serial)
        return QModelIndex()

    def parent(self, index: ModelIndex | None = None) -> QModelIndex | QObject:  # type: ignore[override]
        if index is None:
            return super().parent()
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        group = self._by_serial.get(index.internalId())
        if group is None:
            return QModelIndex()
        return self.createIndex(self._top_rows[group.batch.id], 0, _TOP)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        node = self.node(parent)
        return len(node.items) if isinstance(node, BatchGroup) else 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not isinstance(self.node(index), BatchGroup):
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return alignment(column)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self.node(index)
        if node is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return alignment(column)
        if isinstance(node, BatchGroup):
            return self._batch_data(node, column, role)
        job = node
        if role == Qt.ItemDataRole.DisplayRole:
            return job_display(self._locale, job, column, scheduled=self._scheduled)
        if role == JobRole.JOB:
            return job
        if role == JobRole.ID:
            return job.id
        if role == JobRole.STATE:
            return job.state.value
        if role == JobRole.FRACTION:
            return shown_fraction(job)
        if role == JobRole.SORT:
            return job_sort_key(job, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return job_tooltip(self._locale, job, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return job_display(self._locale, job, column) or NOT_SHOWN
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return spoken_summary(self._locale, job)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATUS and self._icons:
            return self._icons.state_icon(job.state)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.TITLE:
            return self._pictures.picture(job.thumbnail_file, ROW_PICTURE)  # probe on add
        return None

    def _batch_data(self, group: BatchGroup, column: Column, role: int) -> object:
        batch, tally = group.batch, group.tally
        if role == Qt.ItemDataRole.DisplayRole:
            return batch_display(self._locale, batch, tally.summary(), tally.speed, column)
        if role == JobRole.ID:
            return batch.id
        if role == JobRole.BATCH:
            return batch
        if role == JobRole.STATE:
            return tally.summary().state.value
        if role == JobRole.FRACTION:
            return tally.summary().fraction
        if role == JobRole.SORT:
            return batch_sort_key(batch, tally.summary(), tally.speed, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return batch_tooltip(self._locale, batch, tally.summary(), column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATUS and self._icons:
            return self._icons.state_icon(tally.summary().state)
        return None

    # -- building -----------------------------------------------------------------------------

    def _batch_for(self, job: Job) -> Batch | None:
        if not job.batch_id:
            return None
        batch = self._batches.get(job.batch_id)
        if batch is None:
            batch = self._engine.batch(job.batch_id)
            if batch is not None:
                self._batches[batch.id] = batch
        return batch

    def _new_group(self, batch: Batch) -> BatchGroup:
        self._serials += 1
        group = BatchGroup(batch, self._serials)
        self._groups[batch.id] = group
        self._by_serial[group.serial] = group
        return group

    def _build(self, jobs: Iterable[Job]) -> None:
        """All rows from jobs in queue order (groups keep their serial), the tail last."""
        old_groups = self._groups
        self._top, self._groups, self._by_serial, self._parent_of = [], {}, {}, {}
        ordered = sorted(jobs, key=queue_key)
        tail = [job for job in ordered if queue_key(job) > self._bound]
        for job in ordered[: len(ordered) - len(tail)]:
            self._place(job, old_groups)
        self._tail_start = len(self._top)
        for job in tail:
            self._place(job, old_groups)
        self._top_rows = {_key(node): row for row, node in enumerate(self._top)}

    def _place(self, job: Job, old_groups: dict[str, BatchGroup]) -> None:
        batch = self._batch_for(job)
        if batch is None:
            self._parent_of[job.id] = None
            self._top.append(job)
            return
        group = self._groups.get(batch.id)
        if group is None:
            reused = old_groups.get(batch.id)
            if reused is not None:
                group = BatchGroup(batch, reused.serial)
                self._groups[batch.id] = group
                self._by_serial[group.serial] = group
            else:
                group = self._new_group(batch)
            self._top.append(group)
        group.append(job)
        self._parent_of[job.id] = batch.id

    # -- engine signals -----------------------------------------------------------------------

    @Slot(list)
    def _on_jobs_added(self, jobs: list[Job]) -> None:
        fresh = [job for job in jobs if job.id not in self._parent_of]
        if fresh:
            self._insert(fresh, len(self._top))
            self.statsChanged.emit()

    @Slot(object)
    def _on_job_changed(self, job: Job) -> None:
        if job.id not in self._parent_of:
            self._stats_stale = True  # no row to update, but the counts may have changed
            if not self._flush_timer.isActive():
                self._flush_timer.start()
            return
        self._pending[job.id] = job
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    @Slot(list)
    def _on_batches_changed(self, batches: list[Batch]) -> None:
        for batch in batches:
            self._batches[batch.id] = batch
            group = self._groups.get(batch.id)
            if group is not None and group.batch != batch:
                group.batch = batch
                self._emit_batch_changed(batch.id)

    @Slot(list)
    def _on_batches_removed(self, batch_ids: list[str]) -> None:
        for batch_id in batch_ids:
            if batch_id not in self._groups:
                self._batches.pop(batch_id, None)

    @Slot(list)
    def _on_jobs_removed(self, job_ids: list[str]) -> None:
        gone = [i for i in job_ids if i in self._parent_of]
        if not gone:
            return
        top_rows: list[int] = []
        by_group: dict[str, list[int]] = {}
        for job_id in gone:
            self._pending.pop(job_id, None)
            batch_id = self._parent_of[job_id]
            if batch_id is None:
                top_rows.append(self._top_rows[job_id])
            else:
                by_group.setdefault(batch_id, []).append(self._groups[batch_id].rows[job_id])
        for batch_id, rows in by_group.items():
            group = self._groups[batch_id]
            parent = self.createIndex(self._top_rows[batch_id], 0, _TOP)
            for first, last in _runs(rows):
                self.beginRemoveRows(parent, first, last)
                for job in group.items[first : last + 1]:
                    group.tally.remove(job)
                    del self._parent_of[job.id]
                del group.items[first : last + 1]
                self.endRemoveRows()
            group.reindex()
            if group.items:
                self._emit_batch_changed(batch_id)
            else:
                top_rows.append(self._top_rows[batch_id])
        self._tail_start -= sum(1 for row in top_rows if row < self._tail_start)
        for first, last in _runs(top_rows):
            self.beginRemoveRows(QModelIndex(), first, last)
            for node in self._top[first : last + 1]:
                if isinstance(node, BatchGroup):
                    del self._groups[node.batch.id]
                    del self._by_serial[node.serial]
                else:
                    del self._parent_of[node.id]
            del self._top[first : last + 1]
            self._top_rows = {_key(node): row for row, node in enumerate(self._top)}
            self.endRemoveRows()
        self.statsChanged.emit()

    @Slot()
    def _on_order_changed(self) -> None:
        """Reordered jobs are live ones (engine/history.py): a job can move into or out of
        the rows loaded so far; otherwise the rows keep their persistent indexes."""
        live = {job.id: job for job in self._engine.live_jobs()}
        shown = [live.get(job.id, job) for job in self._all_jobs()]
        kept = [job for job in shown if self._in_range(job)]
        joining = [j for j in live.values() if j.id not in self._parent_of and self._in_range(j)]
        latest = kept + joining
        if len(kept) != len(shown) or joining:
            self._reset(latest)
            return
        self.layoutAboutToBeChanged.emit()
        old_indexes = self.persistentIndexList()
        keys = [(self.node(old), old.column()) for old in old_indexes]
        self._build(latest)
        new_indexes = [
            QModelIndex() if node is None else self.index_of(_key(node), Column(column))
            for node, column in keys
        ]
        # Newer values than the pending ones came with the new order; keep those.
        for job_id in self._pending:
            self._pending[job_id] = self.job(job_id) or self._pending[job_id]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def _reset(self, jobs: list[Job]) -> None:
        self.beginResetModel()
        self._pending.clear()
        self._build(jobs)
        self.endResetModel()
        self.statsChanged.emit()

    # -- flushing -----------------------------------------------------------------------------

    @Slot()
    def flush(self) -> None:
        """Apply collected changes: one ``dataChanged`` per changed row (per run of adjacent
        changed rows: pausing 20,000 items of a batch is then one signal, not 20,000), all
        columns, and one per batch row whose items changed."""
        self._flush_timer.stop()
        if not self._pending:
            if self._stats_stale:
                self._stats_stale = False
                self.statsChanged.emit()
            return
        pending, self._pending = self._pending, {}
        last_column = len(Column) - 1
        changed: list[str] = []
        batches: dict[str, None] = {}
        rows: dict[int, list[int]] = {}  # serial -> changed rows under that parent
        for job_id, job in pending.items():
            if job_id not in self._parent_of:
                continue
            batch_id = self._parent_of[job_id]
            if batch_id is None:
                row = self._top_rows[job_id]
                old = self._top[row]
                if old == job:
                    continue
                self._top[row] = job
                serial = _TOP
            else:
                group = self._groups[batch_id]
                row = group.rows[job_id]
                old = group.items[row]
                if old == job:
                    continue
                group.replace(row, job)
                serial = group.serial
                batches[batch_id] = None
            changed.append(job_id)
            rows.setdefault(serial, []).append(row)
        for serial, changed_rows in rows.items():
            for first, last in reversed(_runs(changed_rows)):
                self.dataChanged.emit(
                    self.createIndex(first, 0, serial), self.createIndex(last, last_column, serial)
                )
        for batch_id in batches:
            self._emit_batch_changed(batch_id)
        if changed:
            self.flushed.emit(changed)
        if changed or self._stats_stale:
            self._stats_stale = False
            self.statsChanged.emit()

    def _emit_batch_changed(self, batch_id: str) -> None:
        row = self._top_rows[batch_id]
        self.dataChanged.emit(
            self.createIndex(row, 0, _TOP), self.createIndex(row, len(Column) - 1, _TOP)
        )

    @Slot()
    @Slot(object)
    def _on_schedule_changed(self, *_settings: object) -> None:
        """Queued rows say "Scheduled" outside the schedule's hours: refresh them at an edge."""
        scheduled = not self._engine.schedule.is_open()
        if scheduled != self._scheduled and self._top:
            self._scheduled = scheduled
            last = len(self._top) - 1
            self.dataChanged.emit(
                self.createIndex(0, Column.STATUS, _TOP),
                self.createIndex(last, Column.STATUS, _TOP),
            )
        self._scheduled = scheduled


def _runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Contiguous (first, last) runs, bottom-up so earlier row numbers stay valid."""
    runs: list[tuple[int, int]] = []
    for row in sorted(rows, reverse=True):
        if runs and runs[-1][0] == row + 1:
            runs[-1] = (row, runs[-1][1])
        else:
            runs.append((row, row))
    return runs
