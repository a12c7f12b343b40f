"""Store errors the app shows to the user (as opposed to bugs)."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """The job database cannot be used; the message is written for the user."""


class NewerDatabaseError(StoreError):
    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            f"The job database {path} was written by a newer MediaDesk (schema version {found}; "
            f"this version understands up to {known}). Update MediaDesk to open it. "
            "The file has not been changed."
        )
        self.path = path
        self.found = found
        self.known = known
