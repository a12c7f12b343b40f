"""install_desktop.py installs the browser extension's native-messaging host: manifests where
Firefox, Chrome and Chromium look, pointing at a launcher that answers framed messages."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
INSTALLER = REPO / "packaging" / "install_desktop.py"


def run_installer(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(INSTALLER), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PATH": "/usr/bin:/bin"},  # the venv is not on PATH
    )


def test_the_host_is_installed_for_each_browser_and_answers(tmp_path: Path) -> None:
    home = Path.home()
    config = Path(os.environ["XDG_CONFIG_HOME"])
    result = run_installer()
    assert result.returncode == 0, result.stderr
    manifests = [
        home / ".mozilla" / "native-messaging-hosts" / "app.mediadesk.json",
        config / "google-chrome" / "NativeMessagingHosts" / "app.mediadesk.json",
        config / "chromium" / "NativeMessagingHosts" / "app.mediadesk.json",
    ]
    loaded = [json.loads(p.read_text()) for p in manifests]
    launcher = Path(loaded[0]["path"])
    assert launcher.is_absolute() and os.access(launcher, os.X_OK)
    assert all(m["path"] == str(launcher) and m["type"] == "stdio" for m in loaded)
    assert loaded[0]["allowed_extensions"] == ["mediadesk@mediadesk.app"]
    assert loaded[1]["allowed_origins"] == loaded[2]["allowed_origins"]

    # As a browser starts it: the launcher, the caller's origin, framed JSON on stdin.
    body = json.dumps({"action": "ping"}).encode()
    answer = subprocess.run(
        [str(launcher), "chrome-extension://x/"],
        input=struct.pack("<I", len(body)) + body,
        capture_output=True,
        timeout=60,
        env={**os.environ, "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert answer.returncode == 0, answer.stderr
    (length,) = struct.unpack("<I", answer.stdout[:4])
    reply = json.loads(answer.stdout[4 : 4 + length])
    assert reply["ok"] is False and "Unknown action" in reply["error"]

    removed = run_installer("--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not any(p.exists() for p in manifests)
    assert not launcher.exists()
