"""What each cell of the job tree says: columns, roles, and the text, tooltip and sort key of
a job row or a batch (parent) row. Pure functions of the values, so the model stays a
structure and these stay testable."""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt

from mediadesk.core.batch import Batch, BatchSummary
from mediadesk.core.job import Job
from mediadesk.core.states import JobState
from mediadesk.ui.formatting import (
    format_added,
    format_duration,
    format_progress_size,
    format_size,
    format_speed,
    format_timestamp,
    job_name,
    readable_url,
)
from mediadesk.ui.i18n import QT_TRANSLATE_NOOP, translate


class Column(enum.IntEnum):
    TITLE = 0
    STATUS = 1
    PROGRESS = 2
    SIZE = 3
    SPEED = 4
    ETA = 5
    ADDED = 6

    @property
    def header(self) -> str:
        return translate("Column", _HEADERS[self])


_HEADERS = {
    Column.TITLE: QT_TRANSLATE_NOOP("Column", "Title"),
    Column.STATUS: QT_TRANSLATE_NOOP("Column", "Status"),
    Column.PROGRESS: QT_TRANSLATE_NOOP("Column", "Progress"),
    Column.SIZE: QT_TRANSLATE_NOOP("Column", "Size"),
    Column.SPEED: QT_TRANSLATE_NOOP("Column", "Speed"),
    Column.ETA: QT_TRANSLATE_NOOP("Column", "Time left"),
    Column.ADDED: QT_TRANSLATE_NOOP("Column", "Added"),
}


class JobRole(enum.IntEnum):
    """Data the view, delegate and proxy ask for besides text."""

    JOB = Qt.ItemDataRole.UserRole.value  # the Job value itself (None on a batch row)
    ID = enum.auto()  # str: the job id, or the batch id on a batch row
    STATE = enum.auto()  # JobState value (str); a batch row: its most pressing item state
    FRACTION = enum.auto()  # float in 0..1, or None while the size is unknown
    SORT = enum.auto()  # a number (or folded text) the proxy sorts the column by
    BATCH = enum.auto()  # the Batch value on a batch row, None on a job row


# How the Status column sorts: what needs attention and what moves first.
_STATE_RANK = {
    JobState.FAILED: 0,
    JobState.DOWNLOADING: 1,
    JobState.POSTPROCESSING: 2,
    JobState.QUEUED: 3,
    JobState.PAUSED: 4,
    JobState.CANCELED: 5,
    JobState.DONE: 6,
}
NOT_SHOWN = "none"  # an empty cell, said as a word rather than as silence
_NEVER = 1e18  # sorts "no time left to show" after every real duration
_RIGHT_ALIGNED = {Column.SIZE, Column.SPEED, Column.ETA}


@dataclass(frozen=True, slots=True)
class JobStats:
    """Counts by state and the total speed, for the status bar and the filter buttons."""

    counts: Counter[JobState]
    speed: float

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, *states: JobState) -> int:
        return sum(self.counts[s] for s in states)


def status_text(job: Job, *, scheduled: bool = False) -> str:
    """The Status column: the state, and why a queued job waits (disk space, a retry, the
    schedule's hours)."""
    if job.state is JobState.QUEUED and job.space_needed is not None:
        return translate("Cells", "Waiting for disk space")
    if job.state is JobState.QUEUED and job.retry_at:
        return translate("Cells", "Waiting to retry")
    if job.state is JobState.QUEUED and scheduled:
        return translate("Cells", "Scheduled")
    if job.state is JobState.DOWNLOADING and job.speed == 0:
        return translate("Cells", "Stalled")
    return job.state.label  # translated by core/i18n.py


def shown_fraction(job: Job) -> float | None:
    """How far a job got, as the table shows it: nothing for a canceled job, whose partial
    file was deleted (whatever byte count it stopped at)."""
    return None if job.state is JobState.CANCELED else job.fraction


def alignment(column: Column) -> int:
    horizontal = (
        Qt.AlignmentFlag.AlignRight if column in _RIGHT_ALIGNED else Qt.AlignmentFlag.AlignLeft
    )
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


# -- job rows -----------------------------------------------------------------------------------


def job_display(locale: QLocale, job: Job, column: Column, *, scheduled: bool = False) -> str:
    if column is Column.TITLE:
        return job_name(job)
    if column is Column.STATUS:
        return status_text(job, scheduled=scheduled)
    if column is Column.PROGRESS:
        fraction = shown_fraction(job)
        return "" if fraction is None else f"{fraction:.0%}"
    if column is Column.SIZE:
        if job.state is JobState.CANCELED:
            return ""  # its partial file is gone: no progress to speak of
        if job.state is JobState.DONE:
            return format_size(locale, job.bytes_total or job.bytes_done or None)
        return format_progress_size(locale, job.bytes_done, job.bytes_total)
    if column is Column.SPEED:
        return format_speed(locale, job.speed) if job.state.is_active else ""
    if column is Column.ETA:
        return format_duration(job.eta) if job.state is JobState.DOWNLOADING else ""
    return format_added(locale, job.created_at)


def spoken_summary(locale: QLocale, job: Job) -> str:
    """What a screen reader says about a row: title, state and how far it got."""
    parts = [job_name(job), status_text(job)]
    fraction = shown_fraction(job)
    if fraction is not None and job.state is not JobState.DONE:
        parts.append(translate("Cells", "{fraction:.0%} done").format(fraction=fraction))
    size = job_display(locale, job, Column.SIZE)
    if size:
        parts.append(size)
    if job.state is JobState.DOWNLOADING and job.eta is not None:
        parts.append(
            translate("Cells", "{duration} left").format(duration=format_duration(job.eta))
        )
    if job.error and job.state in (JobState.FAILED, JobState.QUEUED):
        parts.append(job.error)
    return ", ".join(parts)


def job_tooltip(locale: QLocale, job: Job, column: Column) -> str:
    if column is Column.TITLE:
        url = readable_url(job.url)
        return f"{job_name(job)}\n{url}" if job.title else url
    if column is Column.STATUS:
        return job.error or status_text(job)
    if column is Column.ADDED:
        return format_timestamp(locale, job.created_at)
    return ""


def job_sort_key(job: Job, column: Column) -> float | str:
    if column is Column.TITLE:
        return job_name(job).casefold()
    if column is Column.STATUS:
        return float(_STATE_RANK[job.state] * 1_000_000_000 + job.position)
    if column is Column.PROGRESS:
        fraction = shown_fraction(job)
        return -1.0 if fraction is None else fraction
    if column is Column.SIZE:
        return float(job.bytes_total if job.bytes_total is not None else job.bytes_done)
    if column is Column.SPEED:
        return float(job.speed or 0.0) if job.state.is_active else -1.0
    if column is Column.ETA:
        if job.state is JobState.DOWNLOADING and job.eta is not None:
            return float(job.eta)
        return _NEVER
    return float(job.created_at)


# -- batch rows ---------------------------------------------------------------------------------


def batch_title(batch: Batch, summary: BatchSummary) -> str:
    """'Channel name (50 items)'."""
    count = summary.total
    items = translate("Cells", "%n item(s)", None, count)
    return f"{batch.title or readable_url(batch.url)} ({items})"


def batch_display(
    locale: QLocale, batch: Batch, summary: BatchSummary, speed: float, column: Column
) -> str:
    if column is Column.TITLE:
        return batch_title(batch, summary)
    if column is Column.STATUS:
        return summary.text
    if column is Column.PROGRESS:
        fraction = summary.fraction
        return "" if fraction is None else f"{fraction:.0%}"
    if column is Column.SIZE:
        if summary.bytes_total is not None:
            return format_size(locale, summary.bytes_total)
        return format_progress_size(locale, summary.bytes_done, None) if summary.bytes_done else ""
    if column is Column.SPEED:
        return format_speed(locale, speed) if summary.active else ""
    if column is Column.ETA:
        return ""
    return format_added(locale, batch.created_at)


def batch_tooltip(locale: QLocale, batch: Batch, summary: BatchSummary, column: Column) -> str:
    if column is Column.TITLE:
        saved = translate("Cells", "Saved in {folder}").format(folder=batch.output_dir)
        return f"{batch.title}\n{readable_url(batch.url)}\n{saved}"
    if column is Column.STATUS:
        return summary.text
    if column is Column.ADDED:
        return format_timestamp(locale, batch.created_at)
    return ""


def batch_sort_key(
    batch: Batch, summary: BatchSummary, speed: float, column: Column
) -> float | str:
    if column is Column.TITLE:
        return batch.title.casefold()
    if column is Column.STATUS:
        return float(_STATE_RANK[summary.state] * 1_000_000_000)
    if column is Column.PROGRESS:
        fraction = summary.fraction
        return -1.0 if fraction is None else fraction
    if column is Column.SIZE:
        return float(summary.bytes_total if summary.bytes_total is not None else summary.bytes_done)
    if column is Column.SPEED:
        return speed if summary.active else -1.0
    if column is Column.ETA:
        return _NEVER
    return float(batch.created_at)
