"""Where installed data files are (works from a checkout, a wheel and the PyInstaller bundle)."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

APP_ICON = "mediadesk.svg"


def app_icon_path() -> Path:
    """The scalable application icon shipped as ``mediadesk.resources/mediadesk.svg``."""
    return Path(str(importlib.resources.files("mediadesk.resources") / APP_ICON))
