"""Which job outcomes become desktop notifications, and how bursts become one summary.

Only a job that ends while the app watches counts: DONE or FAILED reached from an unfinished
state. History loaded at launch, cancels, automatic retries (FAILED is only the final give-up)
and pauses never notify. Outcomes arriving close together are held in a :class:`Batch` and
leave as one :class:`Notification`, so a playlist finishing does not bury the desktop.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from mediadesk.core.job import Job
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.ui.formatting import job_name
from mediadesk.ui.i18n import translate

QUIET_SECONDS = 2.0  # an outcome within this long of the previous one joins the batch
MAX_WAIT_SECONDS = 8.0  # ...but no notification is held longer than this
NAMES_LISTED = 3
ERROR_CHARS = 200


@dataclass(frozen=True, slots=True)
class Notification:
    title: str
    body: str
    job_id: str  # the job a click reveals: the last outcome of the batch
    finished: int
    failed: int


def describe(outcomes: list[Job]) -> Notification:
    """One outcome's text, or the summary of several: ``"3 downloads finished, 1 failed"``."""
    last = outcomes[-1]
    done = [j for j in outcomes if j.state is JobState.DONE]
    failed = [j for j in outcomes if j.state is JobState.FAILED]
    if len(outcomes) == 1:
        if done:
            title = translate("Notifications", "Download finished")
            return Notification(title, job_name(last), last.id, 1, 0)
        error = _shorten(last.error, ERROR_CHARS)
        body = f"{job_name(last)}\n{error}" if error else job_name(last)
        return Notification(translate("Notifications", "Download failed"), body, last.id, 0, 1)
    parts = []
    if done:
        count = len(done)
        parts.append(translate("Notifications", "%n download(s) finished", None, count))
    if failed:
        count = len(failed)
        parts.append(
            translate("Notifications", "%n failed", None, count)
            if done
            else translate("Notifications", "%n download(s) failed", None, count)
        )
    names = [job_name(j) for j in reversed(outcomes)]
    body = "\n".join(_shorten(n, 80) for n in names[:NAMES_LISTED])
    if len(names) > NAMES_LISTED:
        count = len(names) - NAMES_LISTED
        body += "\n" + translate("Notifications", "…and %n more", None, count)
    return Notification(", ".join(parts), body, last.id, len(done), len(failed))


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class Batch:
    """Outcomes waiting to be announced; pure logic over an explicit clock value."""

    quiet: float = QUIET_SECONDS
    max_wait: float = MAX_WAIT_SECONDS
    _outcomes: list[Job] = field(default_factory=list)
    _first_at: float = 0.0
    _last_at: float = 0.0

    def add(self, job: Job, now: float) -> None:
        if not self._outcomes:
            self._first_at = now
        self._last_at = now
        self._outcomes = [j for j in self._outcomes if j.id != job.id] + [job]

    def due_at(self) -> float | None:
        """When the batch should be announced: after a quiet spell, capped by ``max_wait``."""
        if not self._outcomes:
            return None
        return min(self._last_at + self.quiet, self._first_at + self.max_wait)

    def take(self) -> Notification | None:
        if not self._outcomes:
            return None
        outcomes, self._outcomes = self._outcomes, []
        return describe(outcomes)


class Notifier(QObject):
    """Watches the engine and emits ``notify(Notification)`` when a batch of outcomes is due.

    ``clock`` (seconds) and ``quiet``/``max_wait`` are injectable so tests can drive the
    batching without long waits; the single-shot timer is re-armed from ``Batch.due_at``.
    """

    notify = Signal(object)  # Notification

    def __init__(
        self,
        engine: JobEngine,
        *,
        clock: Callable[[], float] = time.monotonic,
        quiet: float = QUIET_SECONDS,
        max_wait: float = MAX_WAIT_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._clock = clock
        self._batch = Batch(quiet=quiet, max_wait=max_wait)
        # The last state seen per job: an outcome is a change *into* DONE/FAILED.
        self._states: dict[str, JobState] = {job.id: job.state for job in engine.live_jobs()}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        engine.jobsAdded.connect(self._on_jobs_added)
        engine.jobChanged.connect(self._on_job_changed)
        engine.jobsRemoved.connect(self._on_jobs_removed)

    def pending(self) -> bool:
        return self._batch.due_at() is not None

    @Slot(list)
    def _on_jobs_added(self, jobs: list[Job]) -> None:
        for job in jobs:
            self._states[job.id] = job.state

    @Slot(list)
    def _on_jobs_removed(self, job_ids: list[str]) -> None:
        for job_id in job_ids:
            self._states.pop(job_id, None)

    @Slot(object)
    def _on_job_changed(self, job: Job) -> None:
        old = self._states.get(job.id)
        self._states[job.id] = job.state
        if old is None or old.is_final or old is job.state:
            return  # unknown, already ended (e.g. a cancel finishing late), or just progress
        if job.state not in (JobState.DONE, JobState.FAILED):
            return
        if not self._engine.settings.notifications:
            return
        self._batch.add(job, self._clock())
        self._arm()

    def _arm(self) -> None:
        due = self._batch.due_at()
        if due is None:
            self._timer.stop()
            return
        self._timer.start(max(0, round((due - self._clock()) * 1000)))

    @Slot()
    def flush(self) -> None:
        """Announce what is waiting (dropped if notifications were switched off meanwhile)."""
        self._timer.stop()
        notification = self._batch.take()
        if notification is not None and self._engine.settings.notifications:
            self.notify.emit(notification)
