"""Start at login: the XDG autostart entry, written and removed idempotently."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mediadesk.desktop import autostart
from mediadesk.desktop.autostart import autostart_enabled, autostart_path, set_autostart

needs_validator = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed"
)


def _keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def test_path_follows_xdg_config_home(tmp_path: Path) -> None:
    assert autostart_path() == tmp_path / "home" / ".config" / "autostart" / "mediadesk.desktop"


def test_relative_xdg_config_home_is_ignored(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    assert autostart_path() == tmp_path / "home" / ".config" / "autostart" / "mediadesk.desktop"


@needs_validator
def test_enable_writes_a_valid_entry_that_starts_minimized() -> None:
    assert not autostart_enabled()
    path = set_autostart(True)
    assert path == autostart_path() and path.is_file()
    keys = _keys(path)
    assert keys["Exec"] == "mediadesk --minimized"
    assert keys["Type"] == "Application" and keys["Icon"] == "mediadesk"
    assert autostart_enabled()
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_enable_is_idempotent_and_does_not_rewrite() -> None:
    path = set_autostart(True)
    os.utime(path, (1_000_000, 1_000_000))
    assert set_autostart(True) == path
    assert path.stat().st_mtime == 1_000_000
    assert [p.name for p in path.parent.iterdir()] == ["mediadesk.desktop"]


def test_enable_with_another_command_replaces_the_entry() -> None:
    set_autostart(True)
    path = set_autostart(True, '"/opt/Media Desk/MediaDesk" --minimized')
    assert _keys(path)["Exec"] == '"/opt/Media Desk/MediaDesk" --minimized'


def test_disable_removes_and_is_idempotent() -> None:
    path = set_autostart(True)
    assert set_autostart(False) == path
    assert not path.exists() and not autostart_enabled()
    assert set_autostart(False) == path  # nothing to remove: still fine
    assert not autostart_enabled()


def test_entry_switched_off_inside_the_file_is_not_enabled() -> None:
    path = set_autostart(True)
    path.write_text(path.read_text() + "Hidden=true\n")
    assert not autostart_enabled()
    path.write_text(
        path.read_text()
        .replace("Hidden=true\n", "")
        .replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false")
    )
    assert not autostart_enabled()
    set_autostart(True)  # enabling again repairs the file
    assert autostart_enabled()


@pytest.mark.parametrize("command", ["", "   ", "mediadesk\n--minimized"])
def test_unusable_commands_are_refused(command: str) -> None:
    with pytest.raises(ValueError, match="not a usable command"):
        set_autostart(True, command)
    assert not autostart_path().exists()


def test_installed_command_names_this_installation(monkeypatch) -> None:
    script = Path(sys.executable).with_name("mediadesk")
    assert script.is_file(), "the test venv installs the mediadesk script"
    monkeypatch.setattr(sys, "argv", [str(script)])
    monkeypatch.setenv("PATH", str(script.parent))
    assert autostart.installed_exec_command() == "mediadesk --minimized"
    monkeypatch.setenv("PATH", "/nonexistent")
    assert autostart.installed_exec_command() == f"{script.absolute()} --minimized"
