"""Rows on demand for the job tree (mixed into :class:`~mediadesk.ui.jobs.model.JobTableModel`).

Views call ``canFetchMore``/``fetchMore`` as they scroll; each call adds a page of the queue
from the engine, which reads the finished history from the store (engine/history.py), so a
window on 100,000 jobs starts with one page. Jobs added while part of the history is not
loaded yet go to a *tail* after the loaded rows (they come last in queue order anyway); later
pages are inserted before that tail. Sorting, filtering and searching need every row: the
proxy calls ``fetch_all`` first.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from mediadesk.core.job import Job
from mediadesk.engine.history import queue_key
from mediadesk.ui.jobs.batch_rows import BatchGroup

ModelIndex = QModelIndex | QPersistentModelIndex
Node = Job | BatchGroup
_TOP = 0  # internal id of top-level indexes; a child carries its group's serial (>= 1)


def node_key(node: Node) -> str:
    return node.batch.id if isinstance(node, BatchGroup) else node.id


class PagedRows:
    """Fetching pages and inserting rows; works on the model's own state."""

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and self._view_may_fetch

    def _let_views_fetch(self) -> None:
        self._view_may_fetch = True

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._fetch(self._page_size)

    def fetch_all(self) -> None:
        """Load every row (sorting or filtering needs them all; see proxy.py)."""
        while not self._exhausted:
            self._fetch(max(self._page_size, 5000))

    def fully_loaded(self) -> bool:
        return self._exhausted

    def _fetch(self, limit: int) -> None:
        page = self._engine.page(self._loaded_until, limit, self._bound)
        if len(page) < limit:
            self._exhausted = True
        if page:
            self._loaded_until = queue_key(page[-1])
        fresh = [job for job in page if job.id not in self._parent_of]
        self._tail_start += self._insert(fresh, self._tail_start)

    def _in_range(self, job: Job) -> bool:
        """Whether a job's place in the queue is among the rows loaded (or the tail)."""
        key = queue_key(job)
        loaded = self._loaded_until is not None and key <= self._loaded_until
        return self._exhausted or loaded or key > self._bound

    def _insert(self, jobs: list[Job], at: int) -> int:
        """Rows for jobs in queue order: new top-level rows at row ``at``, items of a batch
        that has a row under it. Returns how many top-level rows were inserted."""
        staged: list[Node] = []
        new_groups: dict[str, BatchGroup] = {}
        into: dict[str, list[Job]] = {}
        for job in jobs:
            batch = self._batch_for(job)
            if batch is None:
                staged.append(job)
            elif batch.id in self._groups:
                into.setdefault(batch.id, []).append(job)
            else:
                group = new_groups.get(batch.id)
                if group is None:
                    self._serials += 1
                    group = new_groups[batch.id] = BatchGroup(batch, self._serials)
                    staged.append(group)
                group.append(job)
        if staged:
            self.beginInsertRows(QModelIndex(), at, at + len(staged) - 1)
            self._top[at:at] = staged
            for row in range(at, len(self._top)):
                self._top_rows[node_key(self._top[row])] = row
            for node in staged:
                if isinstance(node, BatchGroup):
                    self._groups[node.batch.id] = node
                    self._by_serial[node.serial] = node
                    for job in node.items:
                        self._parent_of[job.id] = node.batch.id
                else:
                    self._parent_of[node.id] = None
            self.endInsertRows()
        for batch_id, items in into.items():
            group = self._groups[batch_id]
            first = len(group.items)
            parent = self.createIndex(self._top_rows[batch_id], 0, _TOP)
            self.beginInsertRows(parent, first, first + len(items) - 1)
            for job in items:
                group.append(job)
                self._parent_of[job.id] = batch_id
            self.endInsertRows()
            self._emit_batch_changed(batch_id)
        return len(staged)

    def _all_jobs(self) -> list[Job]:
        jobs: list[Job] = []
        for node in self._top:
            jobs.extend(node.items if isinstance(node, BatchGroup) else (node,))
        return jobs
