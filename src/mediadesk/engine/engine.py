"""The job engine: queue, thread pool, retries, and the only writer to the store.

Runs in the GUI thread (QtCore only). Runners report through one signal hub; every state
change is committed to the store before it is signalled, and progress is coalesced: runners
emit at most a few snapshots a second, the store gets one write per job per second.
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

from mediadesk.core.batch import Batch
from mediadesk.core.credentials import MemoryVault, VaultError
from mediadesk.core.filenames import completion_marker, delete_partial_files
from mediadesk.core.i18n import translate
from mediadesk.core.job import EventKind, Job, JobEvent, Phase, ProgressSnapshot
from mediadesk.core.ports import CredentialStore, JobStore
from mediadesk.core.probe import ProbeEntry, ProbeResult
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState, check_transition
from mediadesk.engine.bandwidth import BandwidthGovernor
from mediadesk.engine.batches import BatchBook
from mediadesk.engine.disk_space import (
    CHECK_INTERVAL_MS,
    FreeSpace,
    SpaceWatch,
    disk_free,
)
from mediadesk.engine.history import HistoryQueries
from mediadesk.engine.intake import AddResult, JobIntake
from mediadesk.engine.legacy_passwords import move_history_passwords_out, move_passwords_out
from mediadesk.engine.persistence import StorePersistence
from mediadesk.engine.queue_commands import QueueCommands
from mediadesk.engine.runner import (
    OutcomeKind,
    Runner,
    RunnerSignals,
    RunOutcome,
    RunRequest,
)
from mediadesk.engine.runs import RunLifecycle
from mediadesk.engine.schedule import ScheduleGate

__all__ = ["AddResult", "JobEngine", "RunnerFactory"]  # AddResult: re-exported for the UI

RunnerFactory = Callable[[str, RunRequest, RunnerSignals], Runner]


STALL_AFTER = 3.0  # seconds without bytes before speed shows as 0


class JobEngine(JobIntake, QueueCommands, RunLifecycle, HistoryQueries, QObject):
    jobsAdded = Signal(list)  # list[Job], in queue order
    countsChanged = Signal()  # state_counts() changed without a job signal (damaged rows)
    jobChanged = Signal(object)  # Job
    jobsRemoved = Signal(list)  # list[str] ids
    orderChanged = Signal()
    settingsChanged = Signal(object)  # Settings
    storeProblem = Signal(object)  # str: why changes cannot be saved (new work waits); None: ok
    storeReattached = Signal(str)  # the job list was written again after its file vanished
    batchesChanged = Signal(list)  # list[Batch] added or changed (items come in jobsAdded)
    batchesRemoved = Signal(list)  # list[str] batch ids
    playlistFound = Signal(object)  # ProbeResult of an address added with ``ask``: pick items

    def __init__(
        self,
        store: JobStore,
        settings: Settings,
        *,
        ffmpeg: str | None = None,
        vault: CredentialStore | None = None,
        runner_factory: RunnerFactory | None = None,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        progress_interval: float = 0.25,
        flush_interval_ms: int = 1000,
        store_retry_ms: int = 2000,
        store_check_ms: int = 5000,
        proxy_password: Callable[[], str] = str,
        free_space: FreeSpace = disk_free,
        space_check_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._proxy_password = proxy_password  # read at each start, never stored in a job
        self._settings = settings.validated()
        self._ffmpeg = ffmpeg
        # Passwords from addresses: never in the job store (see store/credential_vault.py).
        self._vault: CredentialStore = vault if vault is not None else MemoryVault()
        self._clock = clock  # wall time: what is stored (created, finished, retry at)
        self._monotonic = monotonic  # elapsed time: stall detection
        self._progress_interval = progress_interval
        self._runner_factory = runner_factory or self._default_runner
        self._jobs: dict[str, Job] = {}  # live jobs, and history adopted by a command
        self._live_counts: Counter[JobState] = Counter()  # states of the jobs in memory
        self._history_counts: Counter[JobState] = Counter()  # and of the ones left in the store
        self._max_position = 0
        self._order: list[str] = []
        self._queued: set[str] = set()
        self._open_urls: dict[str, str] = {}  # url -> id of the unfinished job holding it
        self._done_urls: dict[str, str] = {}  # url -> id of a finished job that downloaded it
        self._runners: dict[str, Runner] = {}
        self._cleanup_when_stopped: set[str] = set()
        # Removed while running: id -> (also delete the finished file, the job's folder).
        self._removed_running: dict[str, tuple[bool, str]] = {}
        self._dirty: set[str] = set()
        self._last_bytes_at: dict[str, float] = {}
        self._bytes_at_start: dict[str, int] = {}  # a failure after progress starts a new streak
        self._last_log: dict[str, str] = {}  # the last line a running job logged
        self._journals_to_drop: set[str] = set()  # done; journal kept until "done" is saved
        self._book = BatchBook()  # playlists expanded into batches, and the download archive
        self._ask: set[str] = set()  # jobs whose playlist goes to the picker, not straight in
        self._bandwidth = BandwidthGovernor()  # per-download and overall speed limits
        self._shutting_down = False
        self._started = False
        # Every write goes through here: a refused write leaves the truth in memory, retried.
        self._persist = StorePersistence(
            store,
            lambda: self._jobs,
            lambda: self._settings.to_dict(),
            retry_ms=store_retry_ms,
            check_ms=store_check_ms,
            parent=self,
        )
        self._persist.problemChanged.connect(self.storeProblem)
        self._persist.reattached.connect(self.storeReattached)
        self._persist.saved.connect(self._schedule)
        self._persist.saved.connect(self._drop_completion_journals)

        self._signals = RunnerSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.phase.connect(self._on_phase)
        self._signals.titled.connect(self._on_titled)
        self._signals.identified.connect(self._on_identified)
        self._signals.log.connect(self._on_log)
        self._signals.finished.connect(self._on_finished)
        self._signals.noResume.connect(self._on_no_resume)

        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(self._settings.max_concurrent)
        # One timer for progress flushes and stall detection; runs only while there is work.
        self._tick = QTimer(self)
        self._tick.setInterval(flush_interval_ms)
        self._tick.timeout.connect(self._on_tick)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._schedule)
        # Jobs waiting for disk space go on by themselves when there is room (disk_space.py).
        self._space = SpaceWatch(
            lambda: [self._jobs[i] for i in self._queued if i in self._jobs],
            free_space=free_space,
            interval_ms=space_check_ms,
            parent=self,
        )
        self._space.spaceFreed.connect(self._on_space_freed)
        # Settings ▸ Schedule: when jobs may run and at what speed (engine/schedule.py).
        self.schedule = ScheduleGate(lambda: self._settings, clock=clock, parent=self)
        self.schedule.edge.connect(self._on_schedule_edge)
        self._run_rates: dict[str, int] = {}  # running job -> the speed limit it started with

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> None:
        """Load the live jobs (not the finished history: see engine/history.py), requeue the
        ones a quit or crash interrupted, and start work."""
        if self._started:
            return
        self._started = True
        now = self._clock()
        jobs = self._store.load_live_jobs()
        self._start_history(jobs)
        self._book.load(self._store.load_batches(), self._store.load_archive())
        with contextlib.suppress(VaultError):  # kept as is; tried again at the next launch
            jobs = move_passwords_out(jobs, self._store, self._vault)
            move_history_passwords_out(self._store, self._vault)
        keep_days = self._settings.remove_finished_after_days
        if keep_days:
            expired = self._store.job_ids_in(
                [JobState.DONE], finished_before=now - keep_days * 86400
            )
            if expired:
                self._persist.write(delete=expired)
                self._forget_credentials(expired)
                self._history_counts[JobState.DONE] -= len(expired)
                self._history_counts = +self._history_counts
        interrupted = [j for j in jobs if j.state.is_active]
        if interrupted:
            message = translate(
                "Engine",
                "MediaDesk stopped during this download; continuing from the partial file.",
            )
            requeued = [
                replace(j, state=JobState.QUEUED, speed=None, eta=None) for j in interrupted
            ]
            self._persist.write(
                update=requeued,
                events=[JobEvent(j.id, now, EventKind.STATE, message) for j in requeued],
            )
            by_id = {j.id: j for j in requeued}
            jobs = [by_id.get(j.id, j) for j in jobs]
        for job in jobs:
            self._index(job)
            self._order.append(job.id)
        self._forget_orphan_credentials()
        self._persist.start()
        self._schedule()

    def shutdown(self, timeout: float = 2.0) -> bool:
        """Stop every runner (their jobs stay unfinished and resume at next launch) and
        persist all progress. Returns False if some runner did not stop within ``timeout``."""
        self._shutting_down = True
        self._retry_timer.stop()
        self._space.watch(False)
        for runner in self._runners.values():
            runner.request_stop()
        deadline = QDeadlineTimer(int(timeout * 1000))
        while self._runners and not deadline.hasExpired():
            self._pool.waitForDone(50)
            QCoreApplication.sendPostedEvents(self)
            QCoreApplication.processEvents()
        self._flush()
        self._tick.stop()
        self._persist.stop()
        return not self._runners

    # -- queries ------------------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    def batches(self) -> list[Batch]:
        return list(self._book.batches.values())

    def batch(self, batch_id: str) -> Batch | None:
        return self._book.batches.get(batch_id)

    def new_entries(self, probe: ProbeResult) -> tuple[int, int]:
        """(not downloaded yet, already downloaded) among a listed playlist's entries."""
        return self._book.mark_new(probe)

    def is_downloaded(self, entry: ProbeEntry) -> bool:
        return self._book.archived(entry.extractor, entry.video_id) is not None

    def events(self, job_id: str) -> list[JobEvent]:
        return self._store.events(job_id) + self._persist.pending_events(job_id)

    def store_problem(self) -> str | None:
        """Why changes cannot be saved right now (None when everything is saved)."""
        return self._persist.problem

    def running_count(self) -> int:
        return len(self._runners)

    def is_running(self, job_id: str) -> bool:
        return job_id in self._runners

    # -- commands -----------------------------------------------------------------------------

    # -- scheduling ---------------------------------------------------------------------------

    @Slot()
    def _schedule(self) -> None:
        if self._shutting_down or not self._started or not self._persist.healthy:
            return  # (while changes cannot be saved, new work waits: see StorePersistence)
        self._space.watch(any(self._jobs[i].space_needed is not None for i in self._queued))
        free = self._settings.max_concurrent - len(self._runners)
        if free <= 0 or not self._queued or not self.schedule.is_open():
            return  # (outside the schedule's hours, queued jobs wait: _on_schedule_edge)
        now = self._clock()
        next_retry: float | None = None
        for job in sorted((self._jobs[i] for i in self._queued), key=lambda j: j.position):
            if free <= 0:
                break
            if job.id in self._runners:
                continue  # its previous runner is still winding down
            if job.retry_at and job.retry_at > now:
                next_retry = job.retry_at if next_retry is None else min(next_retry, job.retry_at)
                continue
            if job.space_needed is not None:
                continue  # until the space check finds room; other jobs go on
            needed = self._space.needed_to_start(job)
            if needed is not None:
                self._wait_for_space(
                    job, needed, translate("Engine", "It does not fit on the disk.")
                )
                continue
            self._start_job(job)
            free -= 1
        if next_retry is not None:
            self._retry_timer.start(max(0, int((next_retry - now) * 1000)) + 10)

    @Slot()
    def _on_schedule_edge(self) -> None:
        """The schedule's hours or speed changed. Outside the hours a running download goes
        back to the queue (it continues from its partial file); a new speed limit reaches
        running downloads live through the bandwidth shares, without a restart."""
        if self._shutting_down:
            return
        if not self.schedule.is_open():
            for job_id, runner in list(self._runners.items()):
                job = self._jobs.get(job_id)
                if job is None or job.state is not JobState.DOWNLOADING:
                    continue  # post-processing finishes; a stopping job is already on its way
                message = translate("Engine", "{waiting}; continues then.").format(
                    waiting=self.schedule.waiting_text()
                )
                self._commit(replace(job, state=JobState.QUEUED, speed=None, eta=None), message)
                runner.request_stop()
        self._rebalance()
        self._schedule()

    # -- runner reports (queued into the GUI thread) ------------------------------------------

    @Slot(str, object)
    def _on_progress(self, job_id: str, snap: ProgressSnapshot) -> None:
        job = self._jobs.get(job_id)
        if job is None or job_id not in self._runners:
            return
        active = job.state.is_active
        job = replace(
            job,
            bytes_done=snap.bytes_done,
            bytes_total=snap.bytes_total if snap.bytes_total else job.bytes_total,
            speed=snap.speed if active else None,
            eta=snap.eta if active else None,
        )
        self._jobs[job_id] = job
        self._last_bytes_at[job_id] = self._monotonic()
        self._dirty.add(job_id)
        self.jobChanged.emit(job)

    @Slot(str, object)
    def _on_phase(self, job_id: str, phase: Phase) -> None:
        job = self._jobs.get(job_id)
        if job and phase is Phase.POSTPROCESSING and job.state is JobState.DOWNLOADING:
            self._commit(
                replace(job, state=JobState.POSTPROCESSING, speed=None, eta=None),
                translate("Engine", "Processing the downloaded media."),
            )

    @Slot(str, str)
    def _on_titled(self, job_id: str, title: str) -> None:
        job = self._jobs.get(job_id)
        if job and job.batch_id and job.title:
            return  # the playlist's own title for the item (a feed's item title) is kept
        if job and title and job.title != title:
            self._commit(replace(job, title=title))

    @Slot(str, str, str)
    def _on_identified(self, job_id: str, extractor: str, video_id: str) -> None:
        job = self._jobs.get(job_id)
        if job is None or (job.extractor, job.video_id) == (extractor, video_id):
            return
        before = self._book.archived(extractor, video_id)
        self._commit(replace(job, extractor=extractor, video_id=video_id))
        if before is not None and before.job_id != job_id:
            self._log(
                job_id, EventKind.WARNING, translate("Engine", "This video was downloaded before.")
            )

    @Slot(str, object, str)
    def _on_log(self, job_id: str, kind: EventKind, message: str) -> None:
        # yt-dlp often says the same thing twice (a warning, then the error): keep it once.
        if job_id in self._jobs and self._last_log.get(job_id) != message:
            self._last_log[job_id] = message
            self._log(job_id, kind, message)

    @Slot(str)
    def _on_no_resume(self, job_id: str) -> None:
        job = self._jobs.get(job_id)
        if job is not None and not job.no_resume:
            self._commit(replace(job, no_resume=True))

    @Slot(str, object)
    def _on_finished(self, job_id: str, outcome: RunOutcome) -> None:
        self._runners.pop(job_id, None)
        self._rebalance()  # its share goes to the others
        self._run_rates.pop(job_id, None)
        self._last_bytes_at.pop(job_id, None)
        self._last_log.pop(job_id, None)
        started_with = self._bytes_at_start.pop(job_id, 0)
        cleanup = job_id in self._cleanup_when_stopped
        self._cleanup_when_stopped.discard(job_id)
        if job_id in self._removed_running:
            delete_final, folder = self._removed_running.pop(job_id)
            self._cleanup_orphan(job_id, folder, outcome, delete_final)
            self._schedule()
            return
        job = self._jobs.get(job_id)
        if job is None:
            return
        if outcome.kind is OutcomeKind.PLAYLIST and outcome.playlist is not None:
            self._expand(job, outcome.playlist)
        elif outcome.kind is OutcomeKind.DONE:
            self._finish_done(job, outcome)
        elif cleanup and job.state in (JobState.CANCELED, JobState.QUEUED):
            self._delete_partials(job)
            if job.bytes_done:  # progress that arrived after the stop was asked for
                self._commit(replace(job, bytes_done=0))
        elif outcome.kind is OutcomeKind.FAILED and job.state.is_active:
            self._finish_failed(job, outcome, started_with)
        self._schedule()

    @Slot()
    def _drop_completion_journals(self) -> None:
        """Once "done" is on disk, the worker's completion journal has done its job. Not
        before: while the store cannot be written, a relaunch needs the journal to finish
        the job from the file instead of fetching it again (worker/completion.py)."""
        if not self._persist.healthy:
            return
        for job_id in self._journals_to_drop:
            job = self._jobs.get(job_id)
            if job is not None:
                with contextlib.suppress(OSError):
                    completion_marker(Path(job.output_dir), job.id).unlink(missing_ok=True)
        self._journals_to_drop.clear()

    def _wait_for_space(self, job: Job, needed: int, why: str) -> None:
        """Keep the job queued until its folder's disk has ``needed`` bytes free; no
        attempt is used up and no Retry is needed."""
        megabytes = max(1, round(needed / 1_000_000))
        text = translate(
            "Engine",
            "{why} Waiting for disk space: {megabytes} MB free needed in "
            "{output_dir}. It continues by itself when there is room.",
        ).format(why=why, megabytes=megabytes, output_dir=job.output_dir)
        self._commit(
            replace(
                job, state=JobState.QUEUED, space_needed=needed, speed=None, eta=None, error=text
            ),
            text,
            kind=EventKind.WARNING,
        )
        self._space.watch(True)

    @Slot(list)
    def _on_space_freed(self, job_ids: list[str]) -> None:
        for job in self._select(job_ids):
            if job.state is JobState.QUEUED and job.space_needed is not None:
                self._commit(
                    replace(job, space_needed=None, error=""),
                    translate("Engine", "There is enough disk space again; continuing."),
                )
        self._schedule()

    # -- periodic work ------------------------------------------------------------------------

    @Slot()
    def _on_tick(self) -> None:
        self._flush()
        self._rebalance(speeds=True)  # slow downloads leave their unused share to others
        now = self._monotonic()
        for job_id, seen in self._last_bytes_at.items():
            job = self._jobs.get(job_id)
            if job and job.state is JobState.DOWNLOADING and job.speed and now - seen > STALL_AFTER:
                job = replace(job, speed=0.0, eta=None)
                self._jobs[job_id] = job
                self.jobChanged.emit(job)
        if not self._runners and not self._dirty:
            self._tick.stop()

    def _flush(self) -> None:
        """Persist coalesced progress: one transaction for every job that moved."""
        if not self._dirty:
            return
        jobs = [self._jobs[i] for i in self._dirty if i in self._jobs]
        self._dirty.clear()
        if jobs:
            self._persist.write(update=jobs)

    # -- bookkeeping --------------------------------------------------------------------------

    def _commit(self, job: Job, message: str = "", *, kind: EventKind = EventKind.STATE) -> None:
        """Persist a job change (and its log line) in one transaction, then signal it."""
        old = self._jobs[job.id]
        if old.state is not job.state:
            check_transition(old.state, job.state)
        events = [JobEvent(job.id, self._clock(), kind, message)] if message else []
        self._persist.write(update=[job], events=events)
        self._dirty.discard(job.id)
        self._unindex(old)
        self._index(job)
        self.jobChanged.emit(job)

    def _commit_many(
        self, changes: list[tuple[Job, str]], *, kind: EventKind = EventKind.STATE
    ) -> None:
        """``_commit`` for many jobs in one transaction (pausing a 20,000-item batch)."""
        if not changes:
            return
        now = self._clock()
        olds = [self._jobs[job.id] for job, _ in changes]
        for old, (job, _) in zip(olds, changes, strict=True):
            if old.state is not job.state:
                check_transition(old.state, job.state)
        events = [JobEvent(job.id, now, kind, message) for job, message in changes if message]
        self._persist.write(update=[job for job, _ in changes], events=events)
        for old, (job, _) in zip(olds, changes, strict=True):
            self._dirty.discard(job.id)
            self._unindex(old)
            self._index(job)
            self.jobChanged.emit(job)

    def _index(self, job: Job) -> None:
        self._jobs[job.id] = job
        self._live_counts[job.state] += 1
        if job.state is JobState.QUEUED:
            self._queued.add(job.id)
        if not job.state.is_final:
            self._open_urls[job.url] = job.id
        elif job.state is JobState.DONE:
            self._done_urls[job.url] = job.id

    def _unindex(self, job: Job) -> None:
        self._live_counts[job.state] -= 1
        self._queued.discard(job.id)
        if self._open_urls.get(job.url) == job.id:
            del self._open_urls[job.url]
        if self._done_urls.get(job.url) == job.id:
            del self._done_urls[job.url]

    def _active_ids(self) -> list[str]:
        return [i for i in self._runners if i in self._jobs and self._jobs[i].state.is_active]

    def _log(self, job_id: str, kind: EventKind, message: str) -> None:
        self._persist.write(events=[JobEvent(job_id, self._clock(), kind, message)])

    def _delete_partials(self, job: Job) -> None:
        for problem in delete_partial_files(Path(job.output_dir), job.id):
            self._log(job.id, EventKind.WARNING, problem)
