"""A store write that did not happen, described for the user and for the engine.

The SQLite store turns its driver errors into this type at its boundary, so the engine can
keep its jobs in memory and retry without knowing which database library sits underneath.
"""

from __future__ import annotations

import enum
from pathlib import Path

from mediadesk.core.i18n import translate


class WriteProblem(enum.StrEnum):
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    IO_ERROR = "io-error"
    OTHER = "other"


class StoreWriteFailed(Exception):
    """The store could not save a change; nothing of that change was kept on disk."""

    def __init__(self, path: Path, problem: WriteProblem, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.problem = problem
        self.detail = detail

    def user_text(self) -> str:
        """One sentence for a banner: what is wrong, where, and what MediaDesk does meanwhile."""
        folder = self.path.parent
        if self.problem is WriteProblem.DISK_FULL:
            what = translate("StoreFailure", "the disk holding {folder} is full").format(
                folder=folder
            )
        elif self.problem is WriteProblem.READ_ONLY:
            what = translate("StoreFailure", "{path} cannot be written (read-only)").format(
                path=self.path
            )
        elif self.problem is WriteProblem.IO_ERROR:
            what = translate(
                "StoreFailure", "the disk holding {folder} reports an input/output error"
            ).format(folder=folder)
        else:
            what = f"{self.path}: {self.detail}"
        return translate(
            "StoreFailure",
            "Cannot save the job list: {what}. Downloads continue; new ones wait "
            "until it can be saved.",
        ).format(what=what)
