"""Job states, the one table of legal transitions between them, and the one table of which
command applies to a job in which state (the engine's guards and the window's enabled
actions both read it)."""

from __future__ import annotations

import enum

from mediadesk.core.i18n import QT_TRANSLATE_NOOP, translate


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
        return translate("JobState", _LABELS[self])


_LABELS = {
    JobState.QUEUED: QT_TRANSLATE_NOOP("JobState", "Queued"),
    JobState.DOWNLOADING: QT_TRANSLATE_NOOP("JobState", "Downloading"),
    JobState.POSTPROCESSING: QT_TRANSLATE_NOOP("JobState", "Processing"),
    JobState.PAUSED: QT_TRANSLATE_NOOP("JobState", "Paused"),
    JobState.DONE: QT_TRANSLATE_NOOP("JobState", "Finished"),
    JobState.FAILED: QT_TRANSLATE_NOOP("JobState", "Failed"),
    JobState.CANCELED: QT_TRANSLATE_NOOP("JobState", "Canceled"),
}

# PAUSED/CANCELED -> DONE: the last block arrived before the stop took effect; the file is whole.
# QUEUED -> DONE likewise, for a download sent back to the queue when concurrency was lowered.
_TRANSITIONS: dict[JobState, frozenset[JobState]] = {
    JobState.QUEUED: frozenset(
        {JobState.DOWNLOADING, JobState.PAUSED, JobState.CANCELED, JobState.FAILED, JobState.DONE}
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


class Command(enum.StrEnum):
    """What a user can ask of one job; :func:`applies` says in which states it does anything."""

    PAUSE = "pause"
    RESUME = "resume"
    CANCEL = "cancel"
    RETRY = "retry"
    #: Move up, down or to the top: only what still waits or runs has a place in the queue.
    REORDER = "reorder"
    OPEN_FILE = "open-file"
    REMOVE = "remove"


_ALL_STATES = frozenset(JobState)
_UNFINISHED = frozenset(s for s in JobState if s.is_unfinished)

_APPLIES: dict[Command, frozenset[JobState]] = {
    Command.PAUSE: _UNFINISHED,
    Command.RESUME: frozenset({JobState.PAUSED}),
    # A finished file is not canceled after the fact; a canceled job has nothing left to stop.
    Command.CANCEL: _ALL_STATES - {JobState.DONE, JobState.CANCELED},
    Command.RETRY: frozenset({JobState.FAILED, JobState.CANCELED}),
    # Reordering history is meaningless; the queue is what waits.
    Command.REORDER: _UNFINISHED | {JobState.PAUSED},
    Command.OPEN_FILE: frozenset({JobState.DONE}),
    Command.REMOVE: _ALL_STATES,
}


def applies(command: Command, state: JobState) -> bool:
    """True when ``command`` does something to a job in ``state``."""
    return state in _APPLIES[command]


def states_for(command: Command) -> frozenset[JobState]:
    """Every state in which ``command`` applies."""
    return _APPLIES[command]
