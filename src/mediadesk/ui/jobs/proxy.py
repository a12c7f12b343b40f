"""Sorting and filtering the job tree without touching the source model's queue order.

A batch row shows while any of its items does (recursive filtering); a search that matches
the batch's title or address shows all of its items.

Unsorted (sort column -1) means queue order, which is the source model's row order; any
column sorts by its numeric :attr:`JobRole.SORT` value instead of its display text.

The source model loads rows on demand (model.py). In queue order, unfiltered, that is all a
view needs; a sort, a state filter or a search is over every job, so it loads the rest first
(once: at 100,000 jobs about what a launch used to cost).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from mediadesk.core.states import JobState
from mediadesk.ui.formatting import readable_url
from mediadesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mediadesk.ui.jobs.batch_rows import BatchGroup
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
        return translate("StateFilter", _FILTER_LABELS[self])

    @property
    def states(self) -> frozenset[JobState]:
        return _FILTER_STATES[self]


_FILTER_LABELS = {
    StateFilter.ALL: QT_TRANSLATE_NOOP("StateFilter", "All"),
    StateFilter.ACTIVE: QT_TRANSLATE_NOOP("StateFilter", "Active"),
    StateFilter.QUEUED: QT_TRANSLATE_NOOP("StateFilter", "Queued"),
    StateFilter.PAUSED: QT_TRANSLATE_NOOP("StateFilter", "Paused"),
    StateFilter.FINISHED: QT_TRANSLATE_NOOP("StateFilter", "Finished"),
    StateFilter.FAILED: QT_TRANSLATE_NOOP("StateFilter", "Failed"),
    StateFilter.CANCELED: QT_TRANSLATE_NOOP("StateFilter", "Canceled"),
}

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
        self.setRecursiveFilteringEnabled(True)

    @property
    def state_filter(self) -> StateFilter:
        return self._state_filter

    @property
    def search_text(self) -> str:
        return self._needle

    def set_state_filter(self, value: StateFilter) -> None:
        if value is not StateFilter.ALL:
            self._source.fetch_all()
        if value is not self._state_filter:
            self._begin_filter_change()
            self._state_filter = value
            self._end_filter_change()

    def set_search_text(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle:
            self._source.fetch_all()
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
        node = self._source.node_at(source_row, source_parent)
        if node is None:
            return False
        if isinstance(node, BatchGroup):
            # On its own a batch row only matches a search; its items bring it otherwise.
            return self._state_filter is StateFilter.ALL and self._matches(
                node.batch.title, node.batch.url
            )
        if node.state not in self._state_filter.states:
            return False
        if not self._needle:
            return True
        if self._matches(node.title, node.url):
            return True
        batch = self._source.batch(node.batch_id) if node.batch_id else None
        return batch is not None and self._matches(batch.title, batch.url)

    def _matches(self, title: str, url: str) -> bool:
        needle = self._needle
        return (
            not needle
            or needle in title.casefold()
            or needle in url.casefold()
            or needle in readable_url(url).casefold()
        )

    def source_job_ids(self, indexes: list[QModelIndex]) -> list[str]:
        """Job and batch ids for proxy indexes, once each, in view order (a batch id stands
        for all of its items in the engine's commands)."""
        ids: dict[str, None] = {}
        for index in sorted(indexes, key=_view_order):
            source = self.mapToSource(index)
            if source.isValid():
                ids[str(self._source.data(source, JobRole.ID))] = None
        return list(ids)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= 0:
            self._source.fetch_all()
        super().sort(column, order)

    def queue_ordered(self) -> bool:
        return self.sortColumn() < 0

    def restore_queue_order(self) -> None:
        self.sort(-1, Qt.SortOrder.AscendingOrder)


def _view_order(index: QModelIndex) -> tuple[int, int]:
    parent = index.parent()
    return (parent.row(), index.row()) if parent.isValid() else (index.row(), -1)
