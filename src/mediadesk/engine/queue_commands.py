"""What a person does to jobs in the queue: pause, resume, cancel, retry, remove, reorder, and
settings that act at once. Part of :class:`~mediadesk.engine.engine.JobEngine`, split out by
concern; each command checks ``core.states.applies`` and commits before it signals."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from mediadesk.core.failures import FailureAction
from mediadesk.core.i18n import translate
from mediadesk.core.job import EventKind, Job
from mediadesk.core.settings import Settings
from mediadesk.core.states import Command, JobState, applies


def _start_order(item: tuple[int, Job]) -> tuple[float, int]:
    return (item[1].started_at or 0.0, item[0])


class QueueCommands:
    """Mixed into JobEngine (see the module docstring)."""

    def pause(self, job_ids: Iterable[str]) -> None:
        paused = [j for j in self._select_live(job_ids) if applies(Command.PAUSE, j.state)]
        self._commit_many(
            [
                (
                    replace(
                        job,
                        state=JobState.PAUSED,
                        speed=None,
                        eta=None,
                        retry_at=None,
                        space_needed=None,
                    ),
                    translate(
                        "QueueCommands", "Paused. This server cannot resume: resuming starts over."
                    )
                    if job.no_resume
                    else "Paused.",
                )
                for job in paused
            ]
        )
        for job in paused:
            runner = self._runners.get(job.id)
            if runner:
                runner.request_stop()
        self._schedule()

    def resume(self, job_ids: Iterable[str]) -> None:
        self._commit_many(
            [
                (replace(job, state=JobState.QUEUED, retry_at=None), "Resumed.")
                for job in self._select_live(job_ids)
                if applies(Command.RESUME, job.state)
            ]
        )
        self._schedule()

    def pause_all(self) -> None:
        self.pause(list(self._queued) + list(self._active_ids()))

    def resume_all(self) -> None:
        self.resume([i for i in self._order if applies(Command.RESUME, self._jobs[i].state)])

    def cancel(self, job_ids: Iterable[str]) -> None:
        canceled = [job for job in self._select(job_ids) if applies(Command.CANCEL, job.state)]
        now = self._clock()
        self._commit_many(
            [
                (
                    replace(
                        job,
                        state=JobState.CANCELED,
                        bytes_done=0,  # its partial files go: no progress is kept
                        speed=None,
                        eta=None,
                        retry_at=None,
                        space_needed=None,
                        finished_at=now,
                    ),
                    translate("QueueCommands", "Canceled; partial files deleted."),
                )
                for job in canceled
            ]
        )
        for job in canceled:
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
                    translate(
                        "QueueCommands", "Not retried: the same address is already in the list."
                    ),
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
                translate("QueueCommands", "Retry requested."),
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
            emptied = self._book.emptied(self._used_batches())
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
        """Renumber positions (only the jobs whose position changed are written). The jobs
        in memory take each other's places: the history in the store keeps its positions."""
        changed: list[Job] = []
        slots = sorted(self._jobs[i].position for i in order)
        for position, job_id in zip(slots, order, strict=True):
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
        """Persist and apply settings; concurrency and speed limits reach running downloads
        at once (extra downloads go back to the queue; limits change without a restart)."""
        settings = settings.validated()
        self._settings = settings
        self._persist.write(settings=settings.to_dict())
        self._send_back_extras()
        self._pool.setMaxThreadCount(max(settings.max_concurrent, len(self._runners), 1))
        self._rebalance()
        self.settingsChanged.emit(settings)
        self.schedule.refresh()  # the schedule's hours may have changed
        self._on_schedule_edge()  # stops what may not run now; starts what may

    def _send_back_extras(self) -> None:
        """With fewer "downloads at once" than are running, the most recently started extra
        downloads go back to the queue (not paused) and continue from their partial files."""
        active = [self._jobs[i] for i in self._active_ids()]
        extra = len(active) - self._settings.max_concurrent
        movable = [j for j in active if j.state is JobState.DOWNLOADING]
        # Newest first; runners are kept in start order, which breaks ties in started_at.
        newest = [j for _, j in sorted(enumerate(movable), key=_start_order, reverse=True)]
        for job in newest[: max(0, extra)]:
            message = translate(
                "QueueCommands",
                "Back in the queue (fewer downloads at once); continues where it stopped.",
            )
            self._commit(replace(job, state=JobState.QUEUED, speed=None, eta=None), message)
            self._runners[job.id].request_stop()

    def _rebalance(self, speeds: bool = False) -> None:
        running = {i: self._runners[i] for i in self._active_ids()}
        observed = {i: self._jobs[i].speed for i in running} if speeds else None
        # The schedule's alternative limit, while in force, stands for the per-download one.
        limit = self.schedule.rate_limit(self._settings.rate_limit)
        settings = replace(self._settings, rate_limit=limit)
        self._bandwidth.rebalance(running, settings, observed)

    def set_max_concurrent(self, value: int) -> None:
        self.update_settings(replace(self._settings, max_concurrent=value))
