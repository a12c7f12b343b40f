"""Batches in the engine: expanding a listed playlist into item jobs, the download archive,
and turning commands on a batch into commands on its items.

The engine composes one ``BatchBook``; it keeps the batches and the archive in memory (the
store holds their copy) and plans what the engine then commits in one transaction.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from mediadesk.core.batch import ArchiveEntry, Batch, archive_key, batch_folder
from mediadesk.core.i18n import QT_TRANSLATE_NOOP, translate
from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.probe import ProbeEntry, ProbeResult
from mediadesk.core.states import JobState

EMPTY_PLAYLIST = QT_TRANSLATE_NOOP(
    "Batches",
    "This playlist has no videos that can be downloaded: it is empty, private, or no longer "
    "available.",
)


@dataclass(frozen=True, slots=True)
class BatchPlan:
    """What adding a playlist would queue, and what it leaves out and why."""

    batch: Batch
    jobs: tuple[Job, ...]
    already_done: int = 0  # in the download archive
    already_queued: int = 0  # the same address or video is already an unfinished job

    @property
    def summary(self) -> str:
        """'3 new, 47 already downloaded'."""
        count = len(self.jobs)
        parts = [translate("Batches", "%n new", None, count)]
        if self.already_done:
            count = self.already_done
            parts.append(translate("Batches", "%n already downloaded", None, count))
        if self.already_queued:
            count = self.already_queued
            parts.append(translate("Batches", "%n already in the list", None, count))
        return ", ".join(parts)


class BatchBook:
    """The engine's batches and download archive."""

    def __init__(self) -> None:
        self.batches: dict[str, Batch] = {}
        self._archive: dict[tuple[str, str], ArchiveEntry] = {}

    def load(self, batches: Iterable[Batch], archive: Iterable[ArchiveEntry]) -> None:
        self.batches = {b.id: b for b in batches}
        self._archive = {e.key: e for e in archive}

    # -- the archive ----------------------------------------------------------------------------

    def archived(self, extractor: str, video_id: str) -> ArchiveEntry | None:
        key = archive_key(extractor, video_id)
        return self._archive.get(key) if key else None

    def record(self, job: Job, at: float) -> ArchiveEntry | None:
        """The archive entry for a job that just finished (None when its identity is unknown)."""
        key = archive_key(job.extractor, job.video_id)
        if key is None:
            return None
        entry = ArchiveEntry(key[0], key[1], job.id, at)
        self._archive[key] = entry
        return entry

    # -- planning -------------------------------------------------------------------------------

    def plan(
        self,
        probe: ProbeResult,
        chosen: Sequence[ProbeEntry] | None,
        *,
        open_jobs: Mapping[str, str],
        open_keys: set[tuple[str, str]],
        preset: FormatPreset,
        base_dir: str,
        position: int,
        now: float,
        batch: Batch | None = None,
        choice: str = "",
        cookies: str = "",
    ) -> BatchPlan:
        """Jobs for the chosen entries (default: every entry) that are neither downloaded nor
        already in the list. ``batch`` given: new items for an existing batch. Every item gets
        the same format ``choice`` and cookie source (the playlist's)."""
        if batch is None:
            title = probe.title or probe.url
            folder = Path(base_dir) / batch_folder(title)
            batch = Batch(
                id=secrets.token_hex(8),
                url=probe.url,
                title=title,
                output_dir=str(folder),
                created_at=now,
                extractor=probe.extractor,
                playlist_id=probe.video_id,
                entry_count=len(probe.entries),
            )
        else:
            batch = replace(batch, entry_count=len(probe.entries))
        entries = probe.entries if chosen is None else chosen
        jobs: list[Job] = []
        done = queued = 0
        seen: set[str] = set()
        for entry in entries:
            key = archive_key(entry.extractor, entry.video_id)
            if key is not None and key in self._archive:
                done += 1
                continue
            if entry.url in open_jobs or entry.url in seen or (key and key in open_keys):
                queued += 1
                continue
            seen.add(entry.url)
            jobs.append(
                Job(
                    id=secrets.token_hex(8),
                    url=entry.url,
                    state=JobState.QUEUED,
                    preset=preset,
                    output_dir=batch.output_dir,
                    position=position,
                    created_at=now,
                    title=entry.title,
                    batch_id=batch.id,
                    extractor=entry.extractor,
                    video_id=entry.video_id,
                    choice=choice,
                    cookies=cookies,
                    playlist_index=entry.index,
                )
            )
            position += 1
        return BatchPlan(batch, tuple(jobs), done, queued)

    def mark_new(self, probe: ProbeResult) -> tuple[int, int]:
        """(entries not downloaded yet, entries already downloaded): what the picker marks."""
        done = sum(1 for e in probe.entries if self.archived(e.extractor, e.video_id) is not None)
        return len(probe.entries) - done, done

    # -- commands on batches --------------------------------------------------------------------

    def expand(
        self, ids: Iterable[str], order: Sequence[str], jobs: Mapping[str, Job]
    ) -> list[str]:
        """Job ids for ``ids``, where a batch id stands for all of its items (queue order)."""
        wanted = list(dict.fromkeys(ids))
        batch_ids = {i for i in wanted if i in self.batches}
        if not batch_ids:
            return wanted
        items = [i for i in order if jobs[i].batch_id in batch_ids]
        return list(dict.fromkeys([i for i in wanted if i not in batch_ids] + items))

    def emptied(self, alive: set[str]) -> list[str]:
        """Batches left without any item (``alive``: those that have one): they go too."""
        gone = [b for b in self.batches if b not in alive]
        for batch_id in gone:
            del self.batches[batch_id]
        return gone
