"""Starting a run and settling how it ended: the request a worker gets, then done (journal
dropped once saved), failed (retry budget counts failures only), a playlist found (a batch),
or removed while running. Part of :class:`~mediadesk.engine.engine.JobEngine`, split out by
concern."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from mediadesk.core.backoff import retry_delay
from mediadesk.core.choice import job_choice
from mediadesk.core.credentials import VaultError, without_userinfo
from mediadesk.core.download_options import DownloadOptions
from mediadesk.core.failures import FailureKind
from mediadesk.core.filenames import delete_partial_files
from mediadesk.core.i18n import translate
from mediadesk.core.job import EventKind, Job
from mediadesk.core.network import join_proxy
from mediadesk.core.probe import ProbeResult
from mediadesk.core.states import JobState
from mediadesk.engine.batches import EMPTY_PLAYLIST
from mediadesk.engine.disk_space import (
    space_needed_after_full_disk,
)
from mediadesk.engine.runner import (
    DownloadRunner,
    OutcomeKind,
    RunnerSignals,
    RunOutcome,
    RunRequest,
)


class RunLifecycle:
    """Mixed into JobEngine (see the module docstring)."""

    def worker_proxy(self) -> str:
        """The proxy workers use (with its password, read now; never stored), or ''."""
        settings = self._settings
        return join_proxy(settings.proxy, self._proxy_password()) if settings.proxy else ""

    def _start_job(self, job: Job) -> None:
        try:
            credentials = self._vault.get(job.id)
        except VaultError as exc:
            self._fail_without_password(job, str(exc))
            return
        if credentials is None and without_userinfo(job.url) != job.url:
            self._fail_without_password(job, translate("Runs", "It is no longer saved."))
            return
        try:
            choice = job_choice(job.choice, job.preset)
        except ValueError as exc:
            text = translate(
                "Runs",
                "The format chosen for this download cannot be read ({exc}). Remove it "
                "and add the address again.",
            ).format(exc=exc)
            self._commit(
                replace(job, state=JobState.FAILED, error=text, finished_at=self._clock()),
                text,
                kind=EventKind.ERROR,
            )
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
            note="",
        )
        self._commit(
            job, translate("Runs", "Started (attempt {attempt}).").format(attempt=job.attempts + 1)
        )
        self._bytes_at_start[job.id] = job.bytes_done
        settings = self._settings
        # The schedule's alternative speed limit, while in force, stands for the per-download one.
        self._run_rates[job.id] = self.schedule.rate_limit(settings.rate_limit)
        scheduled = replace(settings, rate_limit=self._run_rates[job.id])
        options = DownloadOptions(
            job_id=job.id,
            output_dir=job.output_dir,
            preset=job.preset,
            choice=choice,
            ffmpeg=self._ffmpeg,
            socket_timeout=settings.socket_timeout,
            rate_limit=self._bandwidth.share_for_new(job.id, self._runners, scheduled),
            cookies=job.cookies or settings.cookies,
            proxy=self.worker_proxy(),
            connections=settings.connections_per_download,
        )
        request = RunRequest(
            url=without_userinfo(job.url),
            options=options,
            name_template=settings.name_template,
            known_total=job.bytes_total,
            playlist_index=job.playlist_index,
            credentials=credentials,
        )
        runner = self._runner_factory(job.id, request, self._signals)
        self._runners[job.id] = runner
        self._rebalance()  # the others make room for this one
        self._last_bytes_at[job.id] = self._monotonic()
        if self._pool.maxThreadCount() < len(self._runners):
            self._pool.setMaxThreadCount(len(self._runners))
        runner.launch(self._pool)
        self._tick.start()

    def _default_runner(
        self, job_id: str, request: RunRequest, signals: RunnerSignals
    ) -> DownloadRunner:
        return DownloadRunner(job_id, request, signals, progress_interval=self._progress_interval)

    def _expand(self, job: Job, probe: ProbeResult) -> None:
        """A queued address turned out to be a playlist: it becomes a batch (or, when the
        user asked to choose, the picker gets its entries) and the job itself goes."""
        if not probe.entries:
            self._commit(
                replace(
                    job,
                    state=JobState.FAILED,
                    error=translate("Batches", EMPTY_PLAYLIST),
                    finished_at=self._clock(),
                ),
                translate("Batches", EMPTY_PLAYLIST),
                kind=EventKind.ERROR,
            )
            return
        ask = job.id in self._ask
        self._ask.discard(job.id)
        if ask:
            self.remove([job.id])
            self.playlistFound.emit(probe)
            return
        plan = self.add_playlist(
            probe,
            preset=job.preset,
            output_dir=job.output_dir,
            choice=job.choice,  # the playlist's format choice and cookies go to every item
            cookies=job.cookies,
        )
        if plan.jobs:
            self.remove([job.id])
            return
        text = translate("Runs", "Nothing new in this playlist ({summary}).").format(
            summary=plan.summary
        )
        self._commit(
            replace(job, state=JobState.DONE, title=probe.title, finished_at=self._clock()), text
        )

    def _finish_done(self, job: Job, outcome: RunOutcome) -> None:
        note = "Finished."
        if job.state in (JobState.PAUSED, JobState.CANCELED):
            note = translate(
                "Runs", "Finished: the last bytes arrived before the stop took effect."
            )
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
                note=" ".join(outcome.notes),
            ),
            translate("Runs", "{note} Saved as {file_path}").format(
                note=note, file_path=outcome.file_path
            ),
        )
        self._forget_credentials([job.id])
        self._journals_to_drop.add(job.id)
        self._drop_completion_journals()

    def _finish_failed(self, job: Job, outcome: RunOutcome, started_with: int) -> None:
        failure = outcome.failure
        assert failure is not None
        if failure.kind is FailureKind.DISK_FULL:
            self._wait_for_space(job, space_needed_after_full_disk(job), failure.message)
            return
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
            text = translate(
                "Runs", "{message} Retrying in {delay:.0f} s (attempt {attempt} of {max_attempts})."
            ).format(
                message=failure.message,
                delay=delay,
                attempt=failures + 1,
                max_attempts=settings.max_attempts,
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
            text = translate("Runs", "{text} Gave up after {attempts} attempts.").format(
                text=text, attempts=job.attempts
            )
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

    def _fail_without_password(self, job: Job, why: str) -> None:
        text = translate(
            "Runs",
            "The password for this address cannot be used: {why} Remove the "
            "download and add the address again with its password.",
        ).format(why=why)
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
        """Secrets of jobs that are gone, or done (a finished job needs its password no more).
        Asks the vault first: the history is only read for the few jobs it holds."""
        with contextlib.suppress(VaultError):
            held = self._vault.job_ids()
            if not held:
                return
            live = {i for i in held if i in self._jobs}
            keep = [i for i in live if self._jobs[i].state is not JobState.DONE]
            keep += [  # failed and canceled ones may be retried
                job.id
                for job in self._store.get_jobs(held - live)
                if job.state in (JobState.FAILED, JobState.CANCELED)
            ]
            self._vault.retain(keep)
