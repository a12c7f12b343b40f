"""A batch's parent row inside the job model: its items in queue order, an id→row index, and
running totals kept up to date item by item, so the aggregate ('12 of 50 done · 1 failed')
costs O(1) per change even for a 100,000-item channel."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from mediadesk.core.batch import Batch, BatchSummary
from mediadesk.core.job import Job
from mediadesk.core.states import JobState


@dataclass(slots=True)
class BatchTally:
    """Totals over a batch's items, updated by ``add``/``remove`` of one item value."""

    counts: Counter[JobState] = field(default_factory=Counter)
    bytes_done: int = 0
    bytes_known: int = 0  # sum of known totals
    unsized: int = 0  # items (not canceled) whose total is unknown
    speeds: dict[str, float] = field(default_factory=dict)

    def add(self, job: Job) -> None:
        self.counts[job.state] += 1
        self.bytes_done += job.bytes_done
        if job.state is not JobState.CANCELED:
            if job.bytes_total:
                self.bytes_known += job.bytes_total
            else:
                self.unsized += 1
        if job.speed and job.state.is_active:
            self.speeds[job.id] = job.speed

    def remove(self, job: Job) -> None:
        self.counts[job.state] -= 1
        self.bytes_done -= job.bytes_done
        if job.state is not JobState.CANCELED:
            if job.bytes_total:
                self.bytes_known -= job.bytes_total
            else:
                self.unsized -= 1
        self.speeds.pop(job.id, None)

    @property
    def speed(self) -> float:
        return sum(self.speeds.values())

    def summary(self) -> BatchSummary:
        c = self.counts
        return BatchSummary(
            total=sum(c.values()),
            done=c[JobState.DONE],
            failed=c[JobState.FAILED],
            active=c[JobState.DOWNLOADING] + c[JobState.POSTPROCESSING],
            queued=c[JobState.QUEUED],
            bytes_done=self.bytes_done,
            bytes_total=None if self.unsized or not self.bytes_known else self.bytes_known,
        )


@dataclass(slots=True, eq=False)
class BatchGroup:
    """One parent row. ``serial`` is the model-internal id child indexes carry."""

    batch: Batch
    serial: int
    items: list[Job] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    tally: BatchTally = field(default_factory=BatchTally)

    def append(self, job: Job) -> None:
        self.rows[job.id] = len(self.items)
        self.items.append(job)
        self.tally.add(job)

    def replace(self, row: int, job: Job) -> None:
        self.tally.remove(self.items[row])
        self.items[row] = job
        self.tally.add(job)

    def reindex(self) -> None:
        self.rows = {job.id: row for row, job in enumerate(self.items)}
