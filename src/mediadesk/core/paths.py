"""Where MediaDesk keeps its data and finds its installed resources; one place, so tests can
relocate the data with XDG_DATA_HOME."""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path

import platformdirs

APP_NAME = "MediaDesk"


def data_dir() -> Path:
    """The per-user app-data directory (honours XDG_DATA_HOME / HOME)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The per-user cache directory (honours XDG_CACHE_HOME): thumbnails, tinted icons."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def database_path() -> Path:
    return data_dir() / "jobs.sqlite3"


def credentials_dir() -> Path:
    """The private (0700) folder of the password file, store/credential_vault.py."""
    return data_dir() / "credentials"


def default_download_dir() -> Path:
    """The user's Downloads folder; platformdirs falls back to ~/Downloads."""
    return Path(platformdirs.user_downloads_dir())


APP_ICON = "mediadesk.svg"


@functools.cache
def resources_dir() -> Path:
    """The installed data package ``mediadesk.resources`` (checkout, wheel or bundle); it
    does not move while the app runs, and launch asks ~20 times."""
    return Path(str(importlib.resources.files("mediadesk.resources")))


def app_icon_path() -> Path:
    """The scalable application icon shipped as ``mediadesk.resources/mediadesk.svg``."""
    return resources_dir() / APP_ICON


def private_runtime_dir() -> Path:
    """Where the single-instance lock and socket go when XDG_RUNTIME_DIR is unusable: a
    folder in the user's own state folder (``~/.local/state``), which no other user can
    create first, unlike a fixed name in /tmp."""
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)) / "run"


def browser_cookies_dir() -> Path:
    """Private folders of cookies the browser extension sent for particular jobs
    (desktop/native_messaging.py writes them, engine/browser_cookies.py deletes them)."""
    return data_dir() / "browser-cookies"
