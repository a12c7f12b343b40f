"""Probe on add: a queued single link is looked at in the background, so its row shows the
real title, duration, uploader and picture before the download starts.

Only while it helps: a job is probed while it waits in the queue, and the probe is dropped
when the job starts, finishes or is removed (the download finds the title itself then). Jobs
that already have a title (playlist items) are not probed, and at most ``max_waiting`` probes
wait at once, so a 1,000-link paste does not start 1,000 probes. A failed probe is silent:
it never fails, delays or blocks a job. The facts reach the job through the engine, the only
writer to the store.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Slot

from mediadesk.core.job import Job
from mediadesk.core.probe import ProbeResult
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.engine.probe_pool import ProbePool

MAX_WAITING = 50


def wants_probe(job: Job) -> bool:
    """A queued single link whose title nobody knows yet."""
    return job.state is JobState.QUEUED and not job.title and job.batch_id is None


class AddProbes(QObject):
    def __init__(
        self,
        engine: JobEngine,
        pool: ProbePool,
        *,
        max_waiting: int = MAX_WAITING,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._pool = pool
        self._max_waiting = max_waiting
        self._waiting: dict[str, str] = {}  # job id -> the address being probed for it
        self._added: list[str] = []  # looked at once the engine has started what it starts
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._request_added)
        engine.jobsAdded.connect(self._on_jobs_added)
        engine.jobChanged.connect(self._on_job_changed)
        engine.jobsRemoved.connect(self._on_jobs_removed)
        pool.finished.connect(self._on_probed)
        pool.failed.connect(self._on_probe_failed)

    def waiting(self) -> dict[str, str]:
        """Job id -> address, for the jobs whose probe has not answered."""
        return dict(self._waiting)

    def probe_queued(self) -> None:
        """Probe the queued jobs already in the list (a relaunch), up to the cap."""
        self._on_jobs_added(self._engine.live_jobs())  # queued jobs are live: no history read

    @Slot(list)
    def _on_jobs_added(self, jobs: Iterable[Job]) -> None:
        """A cached answer is kept at once. Jobs are added before the engine starts the ones it
        can, and a job that starts at once needs no probe: the requests go out after this
        turn of the event loop."""
        for job in jobs:
            if not wants_probe(job):
                continue
            kept = self._pool.cached(job.url)  # Choose… looked at it a moment ago
            if kept is not None:
                self._engine.record_probe(job.id, kept)
            else:
                self._added.append(job.id)
        if self._added:
            self._later.start()

    @Slot()
    def _request_added(self) -> None:
        added, self._added = self._added, []
        for job_id in added:
            job = self._engine.job(job_id)
            if job is None or not wants_probe(job) or job.id in self._waiting:
                continue
            if len(self._waiting) >= self._max_waiting:
                return  # the rest get their titles when they download
            kept = self._pool.request(job.url, job.id)
            if kept is not None:
                self._engine.record_probe(job.id, kept)
            else:
                self._waiting[job.id] = job.url

    @Slot(object)
    def _on_job_changed(self, job: Job) -> None:
        if job.id in self._waiting and job.state is not JobState.QUEUED:
            self._drop(job.id)

    @Slot(list)
    def _on_jobs_removed(self, job_ids: list[str]) -> None:
        for job_id in job_ids:
            if job_id in self._waiting:
                self._drop(job_id)

    def _drop(self, job_id: str) -> None:
        url = self._waiting.pop(job_id)
        self._pool.cancel(url, job_id)

    @Slot(str, object)
    def _on_probed(self, url: str, probe: ProbeResult) -> None:
        for job_id in [i for i, u in self._waiting.items() if u == url]:
            del self._waiting[job_id]
            self._engine.record_probe(job_id, probe)

    @Slot(str, str)
    def _on_probe_failed(self, url: str, _message: str) -> None:
        for job_id in [i for i, u in self._waiting.items() if u == url]:
            del self._waiting[job_id]
