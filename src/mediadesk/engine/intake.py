"""Adding jobs: free text, address lists and listed playlists become queued jobs (or come back
with the reason they did not). Part of :class:`~mediadesk.engine.engine.JobEngine`, split out by
concern; it works on the engine's state and writes only through its persistence."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mediadesk.core.batch import archive_key
from mediadesk.core.choice import DownloadChoice, choice_for_preset
from mediadesk.core.credentials import Credentials, VaultError
from mediadesk.core.i18n import translate
from mediadesk.core.job import EventKind, FormatPreset, Job, JobEvent
from mediadesk.core.probe import ProbeEntry, ProbeResult
from mediadesk.core.probe_facts import job_with_probe
from mediadesk.core.states import JobState
from mediadesk.core.urls import UrlCheck, check_url, find_urls
from mediadesk.engine.batches import BatchPlan


@dataclass(frozen=True, slots=True)
class AddResult:
    """What happened to one piece of input given to ``add``: a job, or the reason there is none."""

    text: str
    job: Job | None = None
    reason: str = ""
    duplicate_of: str | None = None
    #: ``duplicate_of`` is a finished download of the same address (add with ``again``).
    downloaded: bool = False

    @property
    def ok(self) -> bool:
        return self.job is not None


class JobIntake:
    """Mixed into JobEngine (see the module docstring)."""

    def add_text(
        self,
        text: str,
        preset: FormatPreset | None = None,
        output_dir: str | None = None,
        *,
        cookies: str = "",
        ask: bool = False,
        choice: DownloadChoice | None = None,
        again: bool = False,
    ) -> list[AddResult]:
        """Queue every http(s) URL found in free text; everything else comes back with a reason.

        An address that turns out to be a playlist becomes a batch of every entry not yet
        downloaded; with ``ask``, ``playlistFound`` carries its entries to a picker instead.
        ``cookies`` is a per-job cookie source spec (core/network.py); a ``choice`` (the
        Choose… dialog) applies to every job added, else the preset's. An address downloaded
        before comes back ``downloaded`` unless ``again`` is set."""
        checks = find_urls(text)
        results = self._add_checked(checks, preset, output_dir, cookies, choice, again)
        return self._remember_ask(results, ask)

    def add_urls(
        self,
        urls: Iterable[str],
        preset: FormatPreset | None = None,
        output_dir: str | None = None,
        *,
        cookies: str = "",
        ask: bool = False,
        choice: DownloadChoice | None = None,
        again: bool = False,
    ) -> list[AddResult]:
        """Queue ``urls``; ``cookies`` is a per-job cookie source spec (core/network.py)."""
        checks = [check_url(u) for u in urls]
        results = self._add_checked(checks, preset, output_dir, cookies, choice, again)
        return self._remember_ask(results, ask)

    def record_probe(self, job_id: str, probe: ProbeResult) -> Job | None:
        """Keep what a probe of the job's address found (title, duration, uploader, picture)
        on the job; None when the job is gone. Never changes its state."""
        job = self._jobs.get(job_id)
        if job is None:
            return None
        updated = job_with_probe(job, probe)
        if updated is not job:
            self._commit(updated)
        return updated

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
        choice: str = "",
        cookies: str = "",
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
            position=self._max_position + 1,
            now=self._clock(),
            batch=self._book.batches.get(into) if into else None,
            choice=choice,
            cookies=cookies,
        )
        if not plan.jobs and into is None:
            return plan
        now = self._clock()
        self._persist.write(
            batches=[plan.batch],
            insert=plan.jobs,
            events=[
                JobEvent(j.id, now, EventKind.STATE, translate("Intake", "Added to the queue."))
                for j in plan.jobs
            ],
        )
        self._book.batches[plan.batch.id] = plan.batch
        self._max_position = max([self._max_position] + [j.position for j in plan.jobs])
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
        choice: DownloadChoice | None = None,
        again: bool = False,
    ) -> list[AddResult]:
        if choice is None:
            choice = choice_for_preset(preset or self._settings.default_preset)
        preset = choice.preset
        choice_json = choice.to_json()  # stored with the job: a retry downloads the same
        folder = str(Path(output_dir or self._settings.download_dir).expanduser())
        now = self._clock()
        checks = list(checks)
        position = self._max_position + 1
        # Finished downloads stay in the store (engine/history.py): one query for all.
        done_before = self._store.done_urls([c.url for c in checks if c.ok])
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
                        reason=translate("Intake", "Already in the list ({state}).").format(
                            state=state.lower()
                        ),
                        duplicate_of=existing,
                    )
                )
                continue
            finished = self._done_urls.get(check.url) or done_before.get(check.url)
            if finished and not again:
                results.append(
                    AddResult(
                        check.text,
                        reason=translate("Intake", "Downloaded before."),
                        duplicate_of=finished,
                        downloaded=True,
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
                choice=choice_json,
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
                reason = translate(
                    "Intake", "The password in this address could not be kept safely: {exc}"
                ).format(exc=exc)
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
                    JobEvent(j.id, now, EventKind.STATE, translate("Intake", "Added to the queue."))
                    for j in new_jobs
                ],
            )
            for job in new_jobs:
                self._index(job)
                self._order.append(job.id)
            self._max_position = max(self._max_position, new_jobs[-1].position)
            self.jobsAdded.emit(new_jobs)
            self._schedule()
        return results
