"""The job table: a thin Qt model over the engine's signals, in queue order.

The engine says what changed; the model keeps the rows and tells views, and never reads
SQLite. Progress arrives up to a few times a second per running job, so changes are collected
by job id and flushed on a short timer, one ``dataChanged`` per changed row, which keeps
thousands of rows of history cheap while a few jobs move.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from mediadesk.core.job import Job
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.ui.formatting import (
    format_added,
    format_duration,
    format_progress_size,
    format_size,
    format_speed,
    format_timestamp,
    job_name,
    readable_url,
)
from mediadesk.ui.icons import IconSet

FLUSH_INTERVAL_MS = 100  # at most ten view updates a second, however busy the engine is

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    TITLE = 0
    STATUS = 1
    PROGRESS = 2
    SIZE = 3
    SPEED = 4
    ETA = 5
    ADDED = 6

    @property
    def header(self) -> str:
        return _HEADERS[self]


_HEADERS = {
    Column.TITLE: "Title",
    Column.STATUS: "Status",
    Column.PROGRESS: "Progress",
    Column.SIZE: "Size",
    Column.SPEED: "Speed",
    Column.ETA: "Time left",
    Column.ADDED: "Added",
}


class JobRole(enum.IntEnum):
    """Data the view, delegate and proxy ask for besides text."""

    JOB = Qt.ItemDataRole.UserRole.value  # the Job value itself
    ID = enum.auto()  # str
    STATE = enum.auto()  # JobState value (str)
    FRACTION = enum.auto()  # float in 0..1, or None while the size is unknown
    SORT = enum.auto()  # a number (or folded text) the proxy sorts the column by


# How the Status column sorts: what needs attention and what moves first.
_STATE_RANK = {
    JobState.FAILED: 0,
    JobState.DOWNLOADING: 1,
    JobState.POSTPROCESSING: 2,
    JobState.QUEUED: 3,
    JobState.PAUSED: 4,
    JobState.CANCELED: 5,
    JobState.DONE: 6,
}
_NEVER = 1e18  # sorts "no time left to show" after every real duration
_RIGHT_ALIGNED = {Column.SIZE, Column.SPEED, Column.ETA}


@dataclass(frozen=True, slots=True)
class JobStats:
    """Counts by state and the total speed, for the status bar and the filter buttons."""

    counts: Counter[JobState]
    speed: float

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, *states: JobState) -> int:
        return sum(self.counts[s] for s in states)


class JobTableModel(QAbstractTableModel):
    """Rows are jobs in queue order; columns are :class:`Column`."""

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
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._icons = icons
        self._locale = locale or QLocale()
        self._jobs: list[Job] = list(engine.jobs())
        self._rows: dict[str, int] = {job.id: row for row, job in enumerate(self._jobs)}
        self._pending: dict[str, Job] = {}
        self._counts: Counter[JobState] = Counter(job.state for job in self._jobs)
        self._speeds: dict[str, float] = {
            job.id: job.speed for job in self._jobs if job.speed and job.state.is_active
        }
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(flush_interval_ms)
        self._flush_timer.timeout.connect(self.flush)
        engine.jobsAdded.connect(self._on_jobs_added)
        engine.jobChanged.connect(self._on_job_changed)
        engine.jobsRemoved.connect(self._on_jobs_removed)
        engine.orderChanged.connect(self._on_order_changed)
        # Queued jobs show "Scheduled" outside the schedule's hours (engine/schedule.py).
        self._scheduled = not engine.schedule.is_open()
        engine.schedule.edge.connect(self._on_schedule_changed)
        engine.settingsChanged.connect(self._on_schedule_changed)

    # -- lookups ------------------------------------------------------------------------------

    def job_at(self, row: int) -> Job:
        return self._jobs[row]

    def job(self, job_id: str) -> Job | None:
        row = self._rows.get(job_id)
        return None if row is None else self._jobs[row]

    def row_of(self, job_id: str) -> int | None:
        return self._rows.get(job_id)

    def index_of(self, job_id: str, column: Column = Column.TITLE) -> QModelIndex:
        row = self._rows.get(job_id)
        return QModelIndex() if row is None else self.index(row, column)

    def stats(self) -> JobStats:
        return JobStats(+self._counts, sum(self._speeds.values()))

    def has_pending_changes(self) -> bool:
        return bool(self._pending)

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._jobs):
            return None
        job = self._jobs[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(job, column)
        if role == JobRole.JOB:
            return job
        if role == JobRole.ID:
            return job.id
        if role == JobRole.STATE:
            return job.state.value
        if role == JobRole.FRACTION:
            return job.fraction
        if role == JobRole.SORT:
            return _sort_key(job, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(job, column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.STATUS and self._icons:
            return self._icons.state_icon(job.state)
        return None

    def _display(self, job: Job, column: Column) -> str:
        locale = self._locale
        if column is Column.TITLE:
            return job_name(job)
        if column is Column.STATUS:
            return status_text(job, scheduled=self._scheduled)
        if column is Column.PROGRESS:
            fraction = job.fraction
            return "" if fraction is None else f"{fraction:.0%}"
        if column is Column.SIZE:
            if job.state is JobState.DONE:
                return format_size(locale, job.bytes_total or job.bytes_done or None)
            return format_progress_size(locale, job.bytes_done, job.bytes_total)
        if column is Column.SPEED:
            return format_speed(locale, job.speed) if job.state.is_active else ""
        if column is Column.ETA:
            return format_duration(job.eta) if job.state is JobState.DOWNLOADING else ""
        return format_added(locale, job.created_at)

    def _tooltip(self, job: Job, column: Column) -> str:
        if column is Column.TITLE:
            url = readable_url(job.url)
            return f"{job_name(job)}\n{url}" if job.title else url
        if column is Column.STATUS:
            return job.error or status_text(job, scheduled=self._scheduled)
        if column is Column.ADDED:
            return format_timestamp(self._locale, job.created_at)
        return ""

    # -- engine signals -----------------------------------------------------------------------

    @Slot(list)
    def _on_jobs_added(self, jobs: list[Job]) -> None:
        fresh = [job for job in jobs if job.id not in self._rows]
        if not fresh:
            return
        first = len(self._jobs)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        for row, job in enumerate(fresh, start=first):
            self._jobs.append(job)
            self._rows[job.id] = row
            self._count(None, job)
        self.endInsertRows()
        self.statsChanged.emit()

    @Slot(object)
    def _on_job_changed(self, job: Job) -> None:
        if job.id not in self._rows:
            return
        self._pending[job.id] = job
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    @Slot(list)
    def _on_jobs_removed(self, job_ids: list[str]) -> None:
        rows = sorted((self._rows[i] for i in job_ids if i in self._rows), reverse=True)
        if not rows:
            return
        for job_id in job_ids:
            self._pending.pop(job_id, None)
        # Remove contiguous runs bottom-up so earlier row numbers stay valid.
        runs: list[tuple[int, int]] = []
        for row in rows:
            if runs and runs[-1][0] == row + 1:
                runs[-1] = (row, runs[-1][1])
            else:
                runs.append((row, row))
        for first, last in runs:
            self.beginRemoveRows(QModelIndex(), first, last)
            for job in self._jobs[first : last + 1]:
                self._count(job, None)
            del self._jobs[first : last + 1]
            self.endRemoveRows()
        self._rows = {job.id: row for row, job in enumerate(self._jobs)}
        self.statsChanged.emit()

    @Slot()
    def _on_order_changed(self) -> None:
        latest = self._engine.jobs()
        if {job.id for job in latest} != self._rows.keys():
            self._reset(latest)
            return
        self.layoutAboutToBeChanged.emit()
        new_rows = {job.id: row for row, job in enumerate(latest)}
        old_indexes = self.persistentIndexList()
        new_indexes = [
            self.index(new_rows[self._jobs[old.row()].id], old.column()) for old in old_indexes
        ]
        self._jobs = list(latest)
        self._rows = new_rows
        # Newer values than the pending ones came with the new order; keep those.
        for job_id in self._pending:
            self._pending[job_id] = self._jobs[new_rows[job_id]]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def _reset(self, jobs: list[Job]) -> None:
        self.beginResetModel()
        self._jobs = list(jobs)
        self._rows = {job.id: row for row, job in enumerate(self._jobs)}
        self._pending.clear()
        self._counts = Counter(job.state for job in self._jobs)
        self._speeds = {j.id: j.speed for j in self._jobs if j.speed and j.state.is_active}
        self.endResetModel()
        self.statsChanged.emit()

    # -- flushing -----------------------------------------------------------------------------

    @Slot()
    def flush(self) -> None:
        """Apply collected changes: one ``dataChanged`` per changed row, all columns."""
        self._flush_timer.stop()
        if not self._pending:
            return
        pending, self._pending = self._pending, {}
        last_column = len(Column) - 1
        changed: list[str] = []
        for job_id, job in pending.items():
            row = self._rows.get(job_id)
            if row is None:
                continue
            old = self._jobs[row]
            if old == job:
                continue
            self._jobs[row] = job
            self._count(old, job)
            changed.append(job_id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, last_column))
        if changed:
            self.flushed.emit(changed)
            self.statsChanged.emit()

    @Slot()
    @Slot(object)
    def _on_schedule_changed(self, *_settings: object) -> None:
        scheduled = not self._engine.schedule.is_open()
        if scheduled != self._scheduled and self._jobs:
            self._scheduled = scheduled
            last = len(self._jobs) - 1
            self.dataChanged.emit(self.index(0, Column.STATUS), self.index(last, Column.STATUS))
        self._scheduled = scheduled

    def _count(self, old: Job | None, new: Job | None) -> None:
        if old is not None:
            self._counts[old.state] -= 1
            self._speeds.pop(old.id, None)
        if new is not None:
            self._counts[new.state] += 1
            if new.speed and new.state.is_active:
                self._speeds[new.id] = new.speed


def status_text(job: Job, *, scheduled: bool = False) -> str:
    """The Status column: the state, and why a queued job waits (a retry, the schedule)."""
    if job.state is JobState.QUEUED and job.retry_at:
        return "Waiting to retry"
    if job.state is JobState.QUEUED and scheduled:
        return "Scheduled"
    if job.state is JobState.DOWNLOADING and job.speed == 0:
        return "Stalled"
    return job.state.label


def _alignment(column: Column) -> int:
    horizontal = (
        Qt.AlignmentFlag.AlignRight if column in _RIGHT_ALIGNED else Qt.AlignmentFlag.AlignLeft
    )
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


def _sort_key(job: Job, column: Column) -> float | str:
    if column is Column.TITLE:
        return job_name(job).casefold()
    if column is Column.STATUS:
        return float(_STATE_RANK[job.state] * 1_000_000_000 + job.position)
    if column is Column.PROGRESS:
        fraction = job.fraction
        return -1.0 if fraction is None else fraction
    if column is Column.SIZE:
        return float(job.bytes_total if job.bytes_total is not None else job.bytes_done)
    if column is Column.SPEED:
        return float(job.speed or 0.0) if job.state.is_active else -1.0
    if column is Column.ETA:
        if job.state is JobState.DOWNLOADING and job.eta is not None:
            return float(job.eta)
        return _NEVER
    return float(job.created_at)
