"""Where MediaDesk keeps its data; one place so tests can relocate it with XDG_DATA_HOME."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "MediaDesk"


def data_dir() -> Path:
    """The per-user app-data directory (honours XDG_DATA_HOME / HOME)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path() -> Path:
    return data_dir() / "jobs.sqlite3"


def default_download_dir() -> Path:
    """The user's Downloads folder; platformdirs falls back to ~/Downloads."""
    return Path(platformdirs.user_downloads_dir())
