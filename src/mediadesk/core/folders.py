"""Checking a download folder before anything is written there (when chosen, when a job starts)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def folder_problem(path: str | os.PathLike[str]) -> str | None:
    """Why files cannot be saved in ``path`` (creating it if missing), or None if they can.

    Probes with a real temporary file: permission bits lie for root and for read-only mounts.
    """
    folder = Path(path).expanduser()
    if not str(path).strip():
        return "No download folder is set."
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return f"“{folder}” is a file, not a folder."
    except OSError as exc:
        return f"The folder “{folder}” cannot be created ({exc.strerror or exc})."
    if not folder.is_dir():
        return f"“{folder}” is not a folder."
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".mediadesk-probe-"):
            pass
    except OSError as exc:
        return f"MediaDesk cannot write to “{folder}” ({exc.strerror or exc})."
    return None
