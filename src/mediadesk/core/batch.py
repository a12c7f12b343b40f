"""A batch: the items of one playlist, channel, feed or multi-video page, queued together.

Items are ordinary jobs carrying the batch's id, so the engine, the runner, retries and the
completion journal apply to them unchanged; the batch only adds a title, a folder and an
aggregate the window shows on the parent row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mediadesk.core.filenames import sanitize_stem
from mediadesk.core.i18n import translate
from mediadesk.core.job import Job
from mediadesk.core.states import JobState


@dataclass(frozen=True, slots=True)
class Batch:
    """One expanded playlist, as the store keeps it (committed with its items)."""

    id: str
    url: str
    title: str
    output_dir: str  # the playlist's own subfolder: every item is saved here
    created_at: float
    extractor: str = ""
    playlist_id: str = ""
    entry_count: int = 0  # entries the playlist listed when it was expanded (or last checked)


@dataclass(frozen=True, slots=True)
class ArchiveEntry:
    """A finished download, by site identity: the same video is never fetched twice."""

    extractor: str
    video_id: str
    job_id: str
    finished_at: float

    @property
    def key(self) -> tuple[str, str]:
        return self.extractor, self.video_id


def archive_key(extractor: str, video_id: str) -> tuple[str, str] | None:
    """The identity of a video (case of the extractor key ignored), or None when unknown."""
    if not extractor or not video_id:
        return None
    return extractor.lower(), video_id


def batch_folder(title: str, fallback: str = "playlist") -> str:
    """A playlist's subfolder name, sanitised like any file name."""
    return sanitize_stem(title, fallback=fallback)


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """The parent row's numbers, computed from its items."""

    total: int = 0
    done: int = 0
    failed: int = 0
    active: int = 0
    queued: int = 0
    bytes_done: int = 0
    bytes_total: int | None = None  # None until every item's size is known

    @property
    def text(self) -> str:
        """'12 of 50 done · 1 failed'."""
        count = self.total
        parts = [translate("Batch", "{done} of %n done", None, count).format(done=self.done)]
        if self.failed:
            count = self.failed
            parts.append(translate("Batch", "%n failed", None, count))
        if self.active:
            count = self.active
            parts.append(translate("Batch", "%n running", None, count))
        return " · ".join(parts)

    @property
    def fraction(self) -> float | None:
        return self.done / self.total if self.total else None

    @property
    def state(self) -> JobState:
        """One state for the parent row: the most pressing of its items'."""
        if self.active:
            return JobState.DOWNLOADING
        if self.queued:
            return JobState.QUEUED
        if self.total and self.done == self.total:
            return JobState.DONE
        if self.failed:
            return JobState.FAILED
        return JobState.PAUSED if self.total else JobState.DONE


def summarize(items: Iterable[Job]) -> BatchSummary:
    total = done = failed = active = queued = bytes_done = 0
    bytes_total: int | None = 0
    for job in items:
        total += 1
        state = job.state
        if state is JobState.DONE:
            done += 1
        elif state is JobState.FAILED:
            failed += 1
        elif state.is_active:
            active += 1
        elif state is JobState.QUEUED:
            queued += 1
        bytes_done += job.bytes_done
        if bytes_total is not None and job.state is not JobState.CANCELED:
            bytes_total = bytes_total + job.bytes_total if job.bytes_total else None
    return BatchSummary(total, done, failed, active, queued, bytes_done, bytes_total or None)
