"""Start at login: the XDG autostart entry ``$XDG_CONFIG_HOME/autostart/mediadesk.desktop``.

Every freedesktop session (GNOME, KDE, Xfce, ...) reads this folder; the settings dialog
switches it with ``set_autostart``. Both calls are idempotent.
"""

from __future__ import annotations

import os
from pathlib import Path

from mediadesk.desktop.launcher import exec_value, launch_command

ENTRY_NAME = "mediadesk.desktop"
DEFAULT_EXEC = "mediadesk --minimized"


def config_home() -> Path:
    """XDG_CONFIG_HOME when it is an absolute path (as the spec requires), else ~/.config."""
    value = os.environ.get("XDG_CONFIG_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".config"


def autostart_path() -> Path:
    return config_home() / "autostart" / ENTRY_NAME


def installed_exec_command() -> str:
    """The Exec value that starts this installation hidden (absolute when not on PATH)."""
    return exec_value([*launch_command(), "--minimized"])


def entry_text(exec_command: str) -> str:
    if not exec_command.strip() or "\n" in exec_command:
        raise ValueError(f"not a usable command for the autostart entry: {exec_command!r}")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=MediaDesk\n"
        "Comment=Continue queued downloads after login\n"
        f"Exec={exec_command}\n"
        "Icon=mediadesk\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_autostart(enabled: bool, exec_command: str = DEFAULT_EXEC) -> Path:
    """Write (or remove) the autostart entry; returns its path either way."""
    path = autostart_path()
    if not enabled:
        path.unlink(missing_ok=True)
        return path
    text = entry_text(exec_command)
    try:
        if path.read_text(encoding="utf-8") == text:
            return path
    except (OSError, UnicodeDecodeError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
    return path


def autostart_enabled() -> bool:
    """True when our entry exists and nobody switched it off inside the file."""
    try:
        lines = autostart_path().read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return False
    keys = dict(line.split("=", 1) for line in lines if "=" in line)
    return keys.get("Hidden", "false") != "true" and (
        keys.get("X-GNOME-Autostart-enabled", "true") != "false"
    )
