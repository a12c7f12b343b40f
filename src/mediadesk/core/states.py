"""Job states and the one table of legal transitions between them."""

from __future__ import annotations

import enum


class JobState(enum.StrEnum):
    QUEUED = "queued"
    DOWNLOADING = "downloading"
    POSTPROCESSING = "post-processing"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"
    CANCELED = "canceled"

    @property
    def is_active(self) -> bool:
        """A runner is (or should be) working on the job."""
        return self in (JobState.DOWNLOADING, JobState.POSTPROCESSING)

    @property
    def is_unfinished(self) -> bool:
        """The job still has work to do and is reattached at launch."""
        return self in (JobState.QUEUED, JobState.DOWNLOADING, JobState.POSTPROCESSING)

    @property
    def is_final(self) -> bool:
        return self in (JobState.DONE, JobState.FAILED, JobState.CANCELED)

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    JobState.QUEUED: "Queued",
    JobState.DOWNLOADING: "Downloading",
    JobState.POSTPROCESSING: "Processing",
    JobState.PAUSED: "Paused",
    JobState.DONE: "Finished",
    JobState.FAILED: "Failed",
    JobState.CANCELED: "Canceled",
}

# PAUSED/CANCELED -> DONE: the last block arrived before the stop took effect; the file is whole.
_TRANSITIONS: dict[JobState, frozenset[JobState]] = {
    JobState.QUEUED: frozenset(
        {JobState.DOWNLOADING, JobState.PAUSED, JobState.CANCELED, JobState.FAILED}
    ),
    JobState.DOWNLOADING: frozenset(
        {
            JobState.POSTPROCESSING,
            JobState.PAUSED,
            JobState.DONE,
            JobState.FAILED,
            JobState.CANCELED,
            JobState.QUEUED,
        }
    ),
    JobState.POSTPROCESSING: frozenset(
        {JobState.DONE, JobState.FAILED, JobState.CANCELED, JobState.PAUSED, JobState.QUEUED}
    ),
    JobState.PAUSED: frozenset({JobState.QUEUED, JobState.CANCELED, JobState.DONE}),
    JobState.FAILED: frozenset({JobState.QUEUED, JobState.CANCELED}),
    JobState.CANCELED: frozenset({JobState.QUEUED, JobState.DONE}),
    JobState.DONE: frozenset(),
}


class IllegalTransition(ValueError):
    """A caller asked for a state change the job's lifecycle does not allow."""


def can_transition(old: JobState, new: JobState) -> bool:
    return new in _TRANSITIONS[old]


def check_transition(old: JobState, new: JobState) -> None:
    if not can_transition(old, new):
        raise IllegalTransition(f"a {old.value} job cannot become {new.value}")
