"""Checking a download folder before anything is written there (when chosen, when a job starts)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mediadesk.core.i18n import translate


def folder_problem(path: str | os.PathLike[str]) -> str | None:
    """Why files cannot be saved in ``path`` (creating it if missing), or None if they can.

    Probes with a real temporary file: permission bits lie for root and for read-only mounts.
    """
    folder = Path(path).expanduser()
    if not str(path).strip():
        return translate("Folders", "No download folder is set.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return translate("Folders", "“{folder}” is a file, not a folder.").format(folder=folder)
    except OSError as exc:
        return translate("Folders", "The folder “{folder}” cannot be created ({reason}).").format(
            folder=folder, reason=exc.strerror or exc
        )
    if not folder.is_dir():
        return translate("Folders", "“{folder}” is not a folder.").format(folder=folder)
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".mediadesk-probe-"):
            pass
    except OSError as exc:
        return translate("Folders", "MediaDesk cannot write to “{folder}” ({reason}).").format(
            folder=folder, reason=exc.strerror or exc
        )
    return None
