"""The job engine: queue, thread pool, retries, and the only writer to the store.

Runs in the GUI thread (QtCore only). Runners report through one signal hub; every state
change is committed to the store before it is signalled, and progress is coalesced: runners
emit at most a few snapshots a second, the store gets one write per job per second.
"""

from __future__ import annotations

import contextlib
import secrets
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
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

from mediadesk.core.backoff import retry_delay
from mediadesk.core.batch import Batch, archive_key
from mediadesk.core.credentials import Credentials, MemoryVault, VaultError, without_userinfo
from mediadesk.core.download_options import DownloadOptions
from mediadesk.core.failures import FailureAction
from mediadesk.core.filenames import completion_marker, delete_partial_files
from mediadesk.core.job import EventKind, FormatPreset, Job, JobEvent, Phase, ProgressSnapshot
from mediadesk.core.network import join_proxy
from mediadesk.core.ports import CredentialStore, JobStore
from mediadesk.core.probe import ProbeEntry, ProbeResult
from mediadesk.core.settings import Settings
from mediadesk.core.states import Command, JobState, applies, check_transition
from mediadesk.core.urls import UrlCheck, check_url, find_urls
from mediadesk.engine.batches import EMPTY_PLAYLIST, BatchBook, BatchPlan
from mediadesk.engine.legacy_passwords import move_passwords_out
from mediadesk.engine.persistence import StorePersistence
from mediadesk.engine.runner import (
    DownloadRunner,
    OutcomeKind,
    Runner,
    RunnerSignals,
    RunOutcome,
    RunRequest,
)
from mediadesk.engine.schedule import ScheduleGate

RunnerFactory = Callable[[str, RunRequest, RunnerSignals], Runner]
STALL_AFTER = 3.0  # seconds without bytes before speed shows as 0


@dataclass(frozen=True, slots=True)
class AddResult:
    """What happened to one piece of input given to ``add``: a job, or the reason there is none."""

    text: str
    job: Job | None = None
    reason: str = ""
    duplicate_of: str | None = None

    @property
    def ok(self) -> bool:
        return self.job is not None


class JobEngine(QObject):
    jobsAdded = Signal(list)  # list[Job], in queue order
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
        self._jobs: dict[str, Job] = {}
        self._order: list[str] = []
        self._queued: set[str] = set()
        self._open_urls: dict[str, str] = {}  # url -> id of the unfinished job holding it
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
        # Settings ▸ Schedule: when jobs may run and at what speed (engine/schedule.py).
        self.schedule = ScheduleGate(lambda: self._settings, clock=clock, parent=self)
        self.schedule.edge.connect(self._on_schedule_edge)
        self._run_rates: dict[str, int] = {}  # running job -> the speed limit it started with

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> None:
        """Load every job, requeue the ones a quit or crash interrupted, and start work."""
        if self._started:
            return
        self._started = True
        now = self._clock()
        jobs = self._store.load_jobs()
        self._book.load(self._store.load_batches(), self._store.load_archive())
        with contextlib.suppress(VaultError):  # kept as is; tried again at the next launch
            jobs = move_passwords_out(jobs, self._store, self._vault)
        keep_days = self._settings.remove_finished_after_days
        expired: list[str] = []
        if keep_days:
            limit = now - keep_days * 86400
            expired = [
                j.id
                for j in jobs
                if j.state is JobState.DONE and j.finished_at and j.finished_at < limit
            ]
            if expired:
                self._persist.write(delete=expired)
                self._forget_credentials(expired)
                gone = set(expired)
                jobs = [j for j in jobs if j.id not in gone]
        interrupted = [j for j in jobs if j.state.is_active]
        if interrupted:
            message = "MediaDesk stopped during this download; continuing from the partial file."
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

    def jobs(self) -> list[Job]:
        """All jobs in queue order."""
        return [self._jobs[i] for i in self._order]

    def job(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def batches(self) -> list[Batch]:
        return list(self._book.batches.values())

    def batch(self, batch_id: str) -> Batch | None:
        return self._book.batches.get(batch_id)

    def batch_items(self, batch_id: str) -> list[Job]:
        return [self._jobs[i] for i in self._order if self._jobs[i].batch_id == batch_id]

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

    def add_text(
        self,
        text: str,
        preset: FormatPreset | None = None,
        output_dir: str | None = None,
        *,
        cookies: str = "",
        ask: bool = False,
    ) -> list[AddResult]:
        """Queue every http(s) URL found in free text; everything else comes back with a reason.

        An address that turns out to be a playlist becomes a batch of every entry not yet
        downloaded; with ``ask``, ``playlistFound`` carries its entries to a picker instead.
        ``cookies`` is a per-job cookie source spec (core/network.py)."""
        checks = find_urls(text)
        return self._remember_ask(self._add_checked(checks, preset, output_dir, cookies), ask)

    def add_urls(
        self,
        urls: Iterable[str],
        preset: FormatPreset | None = None,
        output_dir: str | None = None,
        *,
        cookies: str = "",
        ask: bool = False,
    ) -> list[AddResult]:
        """Queue ``urls``; ``cookies`` is a per-job cookie source spec (core/network.py)."""
        checks = [check_url(u) for u in urls]
        results = self._add_checked(checks, preset, output_dir, cookies)
        return self._remember_ask(results, ask)

    def _remember_ask(self, results: list[AddResult], ask: bool) -> list[AddResult]:
        if ask:
            self._ask.update(r.job.id for r in results if r.job)
        return results

    def add_playlist(
        self,
        probe: ProbeResult,
        chosen: Iterable[ProbeEntry] | None = None,
        preset: FormatPreset | None = None,
        output_dir: str | None = None,
        *,
        into: str | None = None,
    ) -> BatchPlan:
        """Queue a listed playlist as a batch (``chosen``: only these entries; ``into``: new
        items for that batch). The batch and its items are committed together, before
        anything is shown. Downloaded entries and ones already in the list are left out."""
        plan = self._book.plan(
            probe,
            None if chosen is None else list(chosen),
            open_jobs=self._open_urls,
            open_keys=self._open_keys(),
            preset=preset or self._settings.default_preset,
            base_dir=str(Path(output_dir or self._settings.download_dir).expanduser()),
            position=(self._jobs[self._order[-1]].position if self._order else 0) + 1,
            now=self._clock(),
            batch=self._book.batches.get(into) if into else None,
        )
        if not plan.jobs and into is None:
            return plan
        now = self._clock()
        self._persist.write(
            batches=[plan.batch],
            insert=plan.jobs,
            events=[JobEvent(j.id, now, EventKind.STATE, "Added to the queue.") for j in plan.jobs],
        )
        self._book.batches[plan.batch.id] = plan.batch
        self.batchesChanged.emit([plan.batch])
        for job in plan.jobs:
            self._index(job)
            self._order.append(job.id)
        if plan.jobs:
            self.jobsAdded.emit(list(plan.jobs))
        self._schedule()
        return plan

    def _open_keys(self) -> set[tuple[str, str]]:
        keys = set()
        for job in self._jobs.values():
            key = archive_key(job.extractor, job.video_id)
            if key is not None and not job.state.is_final:
                keys.add(key)
        return keys

    def _add_checked(
        self,
        checks: Iterable[UrlCheck],
        preset: FormatPreset | None,
        output_dir: str | None,
        cookies: str = "",
    ) -> list[AddResult]:
        preset = preset or self._settings.default_preset
        folder = str(Path(output_dir or self._settings.download_dir).expanduser())
        now = self._clock()
        position = (self._jobs[self._order[-1]].position if self._order else 0) + 1
        results: list[AddResult] = []
        new_jobs: list[Job] = []
        batch_urls: dict[str, str] = {}
        batch_credentials: dict[str, Credentials] = {}
        for check in checks:
            if not check.ok:
                results.append(AddResult(check.text, reason=check.reason))
                continue
            existing = self._open_urls.get(check.url) or batch_urls.get(check.url)
            if existing:
                state = self._jobs[existing].state.label if existing in self._jobs else "Queued"
                results.append(
                    AddResult(
                        check.text,
                        reason=f"Already in the list ({state.lower()}).",
                        duplicate_of=existing,
                    )
                )
                continue
            job = Job(
                id=secrets.token_hex(8),
                url=check.url,  # without the password (core/credentials.py)
                state=JobState.QUEUED,
                preset=preset,
                output_dir=folder,
                position=position,
                created_at=now,
                cookies=cookies,
            )
            position += 1
            batch_urls[job.url] = job.id
            new_jobs.append(job)
            if check.credentials is not None:
                batch_credentials[job.id] = check.credentials
            results.append(AddResult(check.text, job=job))
        if batch_credentials:
            # Saved before the jobs exist: a job never waits for a password that was lost.
            try:
                self._vault.put_many(batch_credentials)
            except VaultError as exc:
                reason = f"The password in this address could not be kept safely: {exc}"
                new_jobs = [j for j in new_jobs if j.id not in batch_credentials]
                results = [
                    AddResult(r.text, reason=reason)
                    if r.job and r.job.id in batch_credentials
                    else r
                    for r in results
                ]
        if new_jobs:
            self._persist.write(
                insert=new_jobs,
                events=[
                    JobEvent(j.id, now, EventKind.STATE, "Added to the queue.") for j in new_jobs
                ],
            )
            for job in new_jobs:
                self._index(job)
                self._order.append(job.id)
            self.jobsAdded.emit(new_jobs)
            self._schedule()
        return results

    def pause(self, job_ids: Iterable[str]) -> None:
        for job in self._select(job_ids):
            if applies(Command.PAUSE, job.state):
                self._commit(
                    replace(job, state=JobState.PAUSED, speed=None, eta=None, retry_at=None),
                    "Paused. This server cannot resume: resuming starts over."
                    if job.no_resume
                    else "Paused.",
                )
                runner = self._runners.get(job.id)
                if runner:
                    runner.request_stop()
        self._schedule()

    def resume(self, job_ids: Iterable[str]) -> None:
        for job in self._select(job_ids):
            if applies(Command.RESUME, job.state):
                self._commit(replace(job, state=JobState.QUEUED, retry_at=None), "Resumed.")
        self._schedule()

    def pause_all(self) -> None:
        self.pause(list(self._queued) + list(self._active_ids()))

    def resume_all(self) -> None:
        self.resume([i for i in self._order if applies(Command.RESUME, self._jobs[i].state)])

    def cancel(self, job_ids: Iterable[str]) -> None:
        for job in self._select(job_ids):
            if not applies(Command.CANCEL, job.state):
                continue
            self._commit(
                replace(
                    job,
                    state=JobState.CANCELED,
                    speed=None,
                    eta=None,
                    retry_at=None,
                    finished_at=self._clock(),
                ),
                "Canceled; partial files deleted.",
            )
            runner = self._runners.get(job.id)
            if runner:
                runner.request_stop()
                self._cleanup_when_stopped.add(job.id)
            else:
                self._delete_partials(job)
        self._schedule()

    def retry(self, job_ids: Iterable[str]) -> None:
        """Requeue failed or canceled jobs by hand, with a fresh set of automatic attempts."""
        for job in self._select(job_ids):
            if not applies(Command.RETRY, job.state):
                continue
            holder = self._open_urls.get(job.url)
            if holder and holder != job.id:
                self._log(
                    job.id,
                    EventKind.WARNING,
                    "Not retried: the same address is already in the list.",
                )
                continue
            self._commit(
                replace(
                    job,
                    state=JobState.QUEUED,
                    attempts=0,
                    error="",
                    retry_at=None,
                    finished_at=None,
                    failure_action=FailureAction.NONE.value,
                    failure_target="",
                ),
                "Retry requested.",
            )
        self._schedule()

    def remove(self, job_ids: Iterable[str], *, delete_files: bool = False) -> None:
        """Forget jobs. Partial files always go; finished files only with ``delete_files``."""
        removed = self._select(job_ids)
        if not removed:
            return
        for job in removed:
            runner = self._runners.get(job.id)
            if runner:
                runner.request_stop()
                self._removed_running[job.id] = (delete_files, job.output_dir)
            else:
                self._delete_partials(job)
            if delete_files and job.file_path:
                with contextlib.suppress(OSError):  # already gone or not ours to delete
                    Path(job.file_path).unlink(missing_ok=True)
        self._persist.write(delete=[j.id for j in removed])
        gone = {j.id for j in removed}
        self._forget_credentials(gone)
        for job in removed:
            self._unindex(job)
            self._dirty.discard(job.id)
            self._jobs.pop(job.id, None)
        self._order = [i for i in self._order if i not in gone]
        self.jobsRemoved.emit(sorted(gone))
        if any(j.batch_id for j in removed):
            emptied = self._book.emptied(self._jobs.values())
            if emptied:
                self._persist.write(delete_batches=emptied)
                self.batchesRemoved.emit(emptied)
        self._schedule()

    def move_up(self, job_ids: Iterable[str]) -> None:
        self._move(job_ids, -1)

    def move_down(self, job_ids: Iterable[str]) -> None:
        self._move(job_ids, +1)

    def move_to_top(self, job_ids: Iterable[str]) -> None:
        wanted = set(self._book.expand(job_ids, self._order, self._jobs))
        chosen = [i for i in self._order if i in wanted]
        if not chosen:
            return
        self._apply_order(chosen + [i for i in self._order if i not in wanted])

    def _move(self, job_ids: Iterable[str], step: int) -> None:
        chosen = set(self._book.expand(job_ids, self._order, self._jobs)) & self._jobs.keys()
        if not chosen:
            return
        order = list(self._order)
        indices = range(len(order)) if step < 0 else range(len(order) - 1, -1, -1)
        for i in indices:
            j = i + step
            if order[i] in chosen and 0 <= j < len(order) and order[j] not in chosen:
                order[i], order[j] = order[j], order[i]
        if order != self._order:
            self._apply_order(order)

    def _apply_order(self, order: list[str]) -> None:
        """Renumber positions (only the jobs whose position changed are written)."""
        changed: list[Job] = []
        for position, job_id in enumerate(order, start=1):
            job = self._jobs[job_id]
            if job.position != position:
                job = replace(job, position=position)
                self._jobs[job_id] = job
                changed.append(job)
        self._order = order
        if changed:
            self._persist.write(update=changed)
        self.orderChanged.emit()
        self._schedule()

    def update_settings(self, settings: Settings) -> None:
        """Persist and apply settings; concurrency changes take effect at once."""
        settings = settings.validated()
        self._settings = settings
        self._persist.write(settings=settings.to_dict())
        self._pool.setMaxThreadCount(max(settings.max_concurrent, len(self._runners), 1))
        self.settingsChanged.emit(settings)
        self.schedule.refresh()
        self._on_schedule_edge()

    def set_max_concurrent(self, value: int) -> None:
        self.update_settings(replace(self._settings, max_concurrent=value))

    # -- scheduling ---------------------------------------------------------------------------

    @Slot()
    def _schedule(self) -> None:
        if self._shutting_down or not self._started or not self._persist.healthy:
            return  # (while changes cannot be saved, new work waits: see StorePersistence)
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
            self._start_job(job)
            free -= 1
        if next_retry is not None:
            self._retry_timer.start(max(0, int((next_retry - now) * 1000)) + 10)

    @Slot()
    def _on_schedule_edge(self) -> None:
        """The schedule's hours or speed changed: a download that may not run now, or runs
        at the wrong limit, goes back to the queue (it continues from its partial file)."""
        if self._shutting_down:
            return
        is_open = self.schedule.is_open()
        rate = self.schedule.rate_limit(self._settings.rate_limit)
        for job_id, runner in list(self._runners.items()):
            job = self._jobs.get(job_id)
            if job is None or job.state is not JobState.DOWNLOADING:
                continue  # post-processing finishes; a stopping job is already on its way
            if is_open and self._run_rates.get(job_id) == rate:
                continue
            message = (
                f"{self.schedule.waiting_text()}; continues then."
                if not is_open
                else "Continuing at the scheduled speed limit."
            )
            self._commit(replace(job, state=JobState.QUEUED, speed=None, eta=None), message)
            runner.request_stop()
        self._schedule()

    def _start_job(self, job: Job) -> None:
        try:
            credentials = self._vault.get(job.id)
        except VaultError as exc:
            self._fail_without_password(job, str(exc))
            return
        if credentials is None and without_userinfo(job.url) != job.url:
            self._fail_without_password(job, "It is no longer saved.")
            return
        # ``attempts`` counts failures only: a pause, a quit or a relaunch costs no retries.
        job = replace(
            job,
            state=JobState.DOWNLOADING,
            started_at=self._clock(),
            retry_at=None,
            speed=None,
            eta=None,
            error="",
            failure_action="",
            failure_target="",
        )
        self._commit(job, f"Started (attempt {job.attempts + 1}).")
        self._bytes_at_start[job.id] = job.bytes_done
        settings = self._settings
        self._run_rates[job.id] = self.schedule.rate_limit(settings.rate_limit)
        options = DownloadOptions(
            job_id=job.id,
            output_dir=job.output_dir,
            preset=job.preset,
            ffmpeg=self._ffmpeg,
            socket_timeout=settings.socket_timeout,
            rate_limit=self._run_rates[job.id] or None,
            cookies=job.cookies or settings.cookies,
            proxy=join_proxy(settings.proxy, self._proxy_password()) if settings.proxy else "",
        )
        request = RunRequest(
            url=without_userinfo(job.url),
            options=options,
            name_template=settings.name_template,
            known_total=job.bytes_total,
            credentials=credentials,
        )
        runner = self._runner_factory(job.id, request, self._signals)
        self._runners[job.id] = runner
        self._last_bytes_at[job.id] = self._monotonic()
        if self._pool.maxThreadCount() < len(self._runners):
            self._pool.setMaxThreadCount(len(self._runners))
        runner.launch(self._pool)
        self._tick.start()

    def _fail_without_password(self, job: Job, why: str) -> None:
        text = (
            f"The password for this address cannot be used: {why} "
            "Remove the download and add the address again with its password."
        )
        self._commit(
            replace(job, state=JobState.FAILED, error=text, finished_at=self._clock()),
            text,
            kind=EventKind.ERROR,
        )

    def _forget_credentials(self, job_ids: Iterable[str]) -> None:
        """Best effort: a secret left behind is removed at the next start (retain)."""
        with contextlib.suppress(VaultError):
            self._vault.delete(job_ids)

    def _forget_orphan_credentials(self) -> None:
        """Secrets of jobs that are gone, or done (a finished job needs its password no more)."""
        keep = [i for i in self._order if self._jobs[i].state is not JobState.DONE]
        with contextlib.suppress(VaultError):
            self._vault.retain(keep)

    def _default_runner(
        self, job_id: str, request: RunRequest, signals: RunnerSignals
    ) -> DownloadRunner:
        return DownloadRunner(job_id, request, signals, progress_interval=self._progress_interval)

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
                "Processing the downloaded media.",
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
            self._log(job_id, EventKind.WARNING, "This video was downloaded before.")

    def _expand(self, job: Job, probe: ProbeResult) -> None:
        """A queued address turned out to be a playlist: it becomes a batch (or, when the
        user asked to choose, the picker gets its entries) and the job itself goes."""
        if not probe.entries:
            self._commit(
                replace(
                    job, state=JobState.FAILED, error=EMPTY_PLAYLIST, finished_at=self._clock()
                ),
                EMPTY_PLAYLIST,
                kind=EventKind.ERROR,
            )
            return
        ask = job.id in self._ask
        self._ask.discard(job.id)
        if ask:
            self.remove([job.id])
            self.playlistFound.emit(probe)
            return
        plan = self.add_playlist(probe, preset=job.preset, output_dir=job.output_dir)
        if plan.jobs:
            self.remove([job.id])
            return
        text = f"Nothing new in this playlist ({plan.summary})."
        self._commit(
            replace(job, state=JobState.DONE, title=probe.title, finished_at=self._clock()), text
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
            if job.state is JobState.QUEUED:
                self._commit(replace(job, bytes_done=0))
        elif outcome.kind is OutcomeKind.FAILED and job.state.is_active:
            self._finish_failed(job, outcome, started_with)
        self._schedule()

    def _finish_done(self, job: Job, outcome: RunOutcome) -> None:
        note = "Finished."
        if job.state in (JobState.PAUSED, JobState.CANCELED):
            note = "Finished: the last bytes arrived before the stop took effect."
        size = outcome.bytes_total if outcome.bytes_total is not None else job.bytes_total
        archived = self._book.record(job, self._clock())
        if archived is not None:
            self._persist.write(archive=[archived])
        self._commit(
            replace(
                job,
                state=JobState.DONE,
                file_path=outcome.file_path,
                bytes_done=size or job.bytes_done,
                bytes_total=size,
                speed=None,
                eta=None,
                error="",
                retry_at=None,
                finished_at=self._clock(),
            ),
            f"{note} Saved as {outcome.file_path}",
        )
        self._forget_credentials([job.id])
        self._journals_to_drop.add(job.id)
        self._drop_completion_journals()

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

    def _finish_failed(self, job: Job, outcome: RunOutcome, started_with: int) -> None:
        failure = outcome.failure
        assert failure is not None
        if failure.detail and failure.detail != failure.message:
            recent = {e.message for e in self._store.events(job.id, limit=5)}
            if failure.detail not in recent:  # yt-dlp's logger had it already
                self._log(job.id, EventKind.ERROR, failure.detail)
        settings = self._settings
        # Only failures use up the automatic retries; one after fresh bytes starts a new streak.
        failures = 1 if job.bytes_done > started_with else job.attempts + 1
        job = replace(
            job,
            attempts=failures,
            failure_action=failure.action.value,
            failure_target=failure.target,
        )
        if failure.transient and failures < settings.max_attempts:
            delay = retry_delay(
                failures,
                base=settings.retry_base_delay,
                cap=settings.retry_max_delay,
                retry_after=failure.retry_after,
            )
            text = (
                f"{failure.message} Retrying in {delay:.0f} s "
                f"(attempt {failures + 1} of {settings.max_attempts})."
            )
            self._commit(
                replace(
                    job,
                    state=JobState.QUEUED,
                    error=text,
                    speed=None,
                    eta=None,
                    retry_at=self._clock() + delay,
                ),
                text,
                kind=EventKind.WARNING,
            )
            return
        text = failure.message
        if failure.transient:
            text = f"{text} Gave up after {job.attempts} attempts."
        self._commit(
            replace(
                job,
                state=JobState.FAILED,
                error=text,
                speed=None,
                eta=None,
                finished_at=self._clock(),
            ),
            text,
            kind=EventKind.ERROR,
        )

    def _cleanup_orphan(
        self, job_id: str, folder: str, outcome: RunOutcome, delete_final: bool
    ) -> None:
        """A removed job's runner has stopped: clear what it left in its folder (best effort:
        the job and its log are gone, so there is no one left to tell)."""
        delete_partial_files(Path(folder), job_id)
        if outcome.kind is OutcomeKind.DONE and delete_final and outcome.file_path:
            with contextlib.suppress(OSError):
                Path(outcome.file_path).unlink(missing_ok=True)

    # -- periodic work ------------------------------------------------------------------------

    @Slot()
    def _on_tick(self) -> None:
        self._flush()
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

    def _index(self, job: Job) -> None:
        self._jobs[job.id] = job
        if job.state is JobState.QUEUED:
            self._queued.add(job.id)
        if not job.state.is_final:
            self._open_urls[job.url] = job.id

    def _unindex(self, job: Job) -> None:
        self._queued.discard(job.id)
        if self._open_urls.get(job.url) == job.id:
            del self._open_urls[job.url]

    def _select(self, job_ids: Iterable[str]) -> list[Job]:
        """The jobs named; a batch id names all of its items."""
        ids = self._book.expand(job_ids, self._order, self._jobs)
        return [self._jobs[i] for i in ids if i in self._jobs]

    def _active_ids(self) -> list[str]:
        return [i for i in self._runners if i in self._jobs and self._jobs[i].state.is_active]

    def _log(self, job_id: str, kind: EventKind, message: str) -> None:
        self._persist.write(events=[JobEvent(job_id, self._clock(), kind, message)])

    def _delete_partials(self, job: Job) -> None:
        for problem in delete_partial_files(Path(job.output_dir), job.id):
            self._log(job.id, EventKind.WARNING, problem)
