"""The command-line entry points."""

from __future__ import annotations

import subprocess
import sys

from mediadesk import __version__


def test_python_m_mediadesk_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mediadesk", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"MediaDesk {__version__}"


def test_console_script_version() -> None:
    from pathlib import Path

    script = Path(sys.executable).with_name("mediadesk")
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and __version__ in result.stdout
