"""Sorting and filtering the job table without touching the source model's queue order.

Unsorted (sort column -1) means queue order, which is the source model's row order; any
column sorts by its numeric :attr:`JobRole.SORT` value instead of its display text.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from mediadesk.core.states import JobState
from mediadesk.ui.formatting import readable_url
from mediadesk.ui.jobs.model import JobRole, JobTableModel

_HAS_FILTER_CHANGE = hasattr(QSortFilterProxyModel, "endFilterChange")


class StateFilter(enum.StrEnum):
    ALL = "all"
    ACTIVE = "active"
    QUEUED = "queued"
    PAUSED = "paused"
    FINISHED = "finished"
    FAILED = "failed"
    CANCELED = "canceled"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def states(self) -> frozenset[JobState]:
        return _FILTER_STATES[self]


_FILTER_STATES = {
    StateFilter.ALL: frozenset(JobState),
    StateFilter.ACTIVE: frozenset({JobState.DOWNLOADING, JobState.POSTPROCESSING}),
    StateFilter.QUEUED: frozenset({JobState.QUEUED}),
    StateFilter.PAUSED: frozenset({JobState.PAUSED}),
    StateFilter.FINISHED: frozenset({JobState.DONE}),
    StateFilter.FAILED: frozenset({JobState.FAILED}),
    # Canceled by the user: not a failure, though they can be retried too.
    StateFilter.CANCELED: frozenset({JobState.CANCELED}),
}


class JobFilterProxy(QSortFilterProxyModel):
    """State filter plus a case-insensitive search over title and URL."""

    def __init__(self, source: JobTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._state_filter = StateFilter.ALL
        self._needle = ""
        self.setSourceModel(source)
        self.setSortRole(JobRole.SORT)
        self.setDynamicSortFilter(True)

    @property
    def state_filter(self) -> StateFilter:
        return self._state_filter

    @property
    def search_text(self) -> str:
        return self._needle

    def set_state_filter(self, value: StateFilter) -> None:
        if value is not self._state_filter:
            self._begin_filter_change()
            self._state_filter = value
            self._end_filter_change()

    def set_search_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle != self._needle:
            self._begin_filter_change()
            self._needle = needle
            self._end_filter_change()

    # Qt 6.9 added begin/endFilterChange; older Qt only knows invalidateRowsFilter().
    def _begin_filter_change(self) -> None:
        if _HAS_FILTER_CHANGE:
            self.beginFilterChange()

    def _end_filter_change(self) -> None:
        if _HAS_FILTER_CHANGE:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        job = self._source.job_at(source_row)
        if job.state not in self._state_filter.states:
            return False
        if not self._needle:
            return True
        needle = self._needle
        return (
            needle in job.title.casefold()
            or needle in job.url.casefold()
            or needle in readable_url(job.url).casefold()
        )

    def source_job_ids(self, indexes: list[QModelIndex]) -> list[str]:
        """Job ids for proxy indexes, once each, in view order."""
        ids: dict[str, None] = {}
        for index in sorted(indexes, key=lambda i: i.row()):
            source = self.mapToSource(index)
            if source.isValid():
                ids[self._source.job_at(source.row()).id] = None
        return list(ids)

    def queue_ordered(self) -> bool:
        return self.sortColumn() < 0

    def restore_queue_order(self) -> None:
        self.sort(-1, Qt.SortOrder.AscendingOrder)
