"""How a download failed, as a verdict (retry or not) and words a person can act on.

Plain values shared by both processes; the worker's ``worker/classify.py`` produces them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class FailureKind(enum.StrEnum):
    TRANSIENT = "transient"  # worth retrying by itself: timeouts, resets, 5xx, 429
    PERMANENT = "permanent"  # retrying will not help: 404, unsupported URL
    ENVIRONMENT = "environment"  # the user must fix something here: an unwritable folder
    DISK_FULL = "disk-full"  # the job waits for free space and goes on by itself


@dataclass(frozen=True, slots=True)
class Failure:
    kind: FailureKind
    message: str
    detail: str = ""
    retry_after: float | None = None

    @property
    def transient(self) -> bool:
        return self.kind is FailureKind.TRANSIENT
