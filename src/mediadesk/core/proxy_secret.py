"""The proxy password, kept out of the job database: one private (0600) file in the app-data
folder, written atomically. Plain file IO, so both the app and tests can use it."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from mediadesk.core import paths

FILE_NAME = "proxy-password"


def default_path() -> Path:
    return paths.data_dir() / FILE_NAME


class ProxySecret:
    """Reads and writes the proxy password; an empty password removes the file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()

    def read(self) -> str:
        try:
            return self.path.read_text(encoding="utf-8")
        except (FileNotFoundError, NotADirectoryError):
            return ""

    def write(self, password: str) -> None:
        """Store ``password`` readable by this user only (OSError if the folder is unusable)."""
        if not password:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, password.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, self.path)
