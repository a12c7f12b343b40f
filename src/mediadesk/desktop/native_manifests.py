"""Where browsers look for MediaDesk's native-messaging host, and what they must find there.

Each browser reads a small JSON manifest named after the host (``app.mediadesk.json``) from
a per-user folder; it names the host's executable by absolute path and the extensions allowed
to start it (Firefox: ``allowed_extensions`` with the extension's id; Chrome and Chromium:
``allowed_origins`` with ``chrome-extension://<id>/``). The executable is a tiny launcher
script, so the manifest stays valid however MediaDesk itself is started. Standard library only.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import json
import os
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HOST_NAME = "app.mediadesk"
LAUNCHER_NAME = "mediadesk-native-host"
DESCRIPTION = "MediaDesk: hands links from the browser extension to the desktop app"


class Browser(enum.Enum):
    FIREFOX = "firefox"
    CHROME = "google-chrome"
    CHROMIUM = "chromium"


@dataclass(frozen=True, slots=True)
class ExtensionIds:
    """The browser extension's identities, read from its manifest.json."""

    gecko_id: str  # browser_specific_settings.gecko.id
    chrome_id: str  # derived from the manifest's "key"

    @classmethod
    def from_manifest(cls, manifest: dict[str, object]) -> ExtensionIds:
        settings = manifest.get("browser_specific_settings")
        gecko = settings.get("gecko") if isinstance(settings, dict) else None
        gecko_id = gecko.get("id") if isinstance(gecko, dict) else None
        key = manifest.get("key")
        if not isinstance(gecko_id, str) or not isinstance(key, str):
            raise ValueError("The extension manifest needs a gecko id and a key.")
        return cls(gecko_id, chrome_extension_id(key))


def chrome_extension_id(key: str) -> str:
    """Chrome's extension id for a manifest ``key`` (base64 DER public key): the first 128
    bits of its SHA-256, written with the letters a-p for the hex digits 0-f."""
    digest = hashlib.sha256(base64.b64decode(key, validate=True)).hexdigest()[:32]
    return "".join(chr(ord("a") + int(c, 16)) for c in digest)


def manifest_folders(home: Path, config_home: Path) -> dict[Browser, Path]:
    return {
        Browser.FIREFOX: home / ".mozilla" / "native-messaging-hosts",
        Browser.CHROME: config_home / "google-chrome" / "NativeMessagingHosts",
        Browser.CHROMIUM: config_home / "chromium" / "NativeMessagingHosts",
    }


def config_home() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".config"


def host_manifest(browser: Browser, launcher: Path, ids: ExtensionIds) -> dict[str, object]:
    if not launcher.is_absolute():
        raise ValueError(f"The host's path must be absolute: {launcher}")
    manifest: dict[str, object] = {
        "name": HOST_NAME,
        "description": DESCRIPTION,
        "path": str(launcher),
        "type": "stdio",
    }
    if browser is Browser.FIREFOX:
        manifest["allowed_extensions"] = [ids.gecko_id]
    else:
        manifest["allowed_origins"] = [f"chrome-extension://{ids.chrome_id}/"]
    return manifest


def launcher_text(command: Sequence[str]) -> str:
    """A POSIX shell script running ``command --native-messaging-host`` with the browser's
    arguments; ``command[0]`` must be absolute (a browser's PATH is not the user's shell's)."""
    if not command or not os.path.isabs(command[0]):
        raise ValueError(f"The MediaDesk command must start with an absolute path: {command}")
    quoted = " ".join(shlex.quote(arg) for arg in command)
    return f'#!/bin/sh\nexec {quoted} --native-messaging-host "$@"\n'


def install_host(
    command: Sequence[str], launcher_dir: Path, folders: dict[Browser, Path], ids: ExtensionIds
) -> list[Path]:
    """Write the launcher and one manifest per browser; the files written."""
    launcher_dir.mkdir(parents=True, exist_ok=True)
    launcher = launcher_dir / LAUNCHER_NAME
    launcher.write_text(launcher_text(command), encoding="utf-8")
    launcher.chmod(0o755)
    written = [launcher]
    for browser, folder in folders.items():
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{HOST_NAME}.json"
        text = json.dumps(host_manifest(browser, launcher, ids), indent=2) + "\n"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def uninstall_host(launcher_dir: Path, folders: dict[Browser, Path]) -> list[Path]:
    removed = []
    for path in [
        launcher_dir / LAUNCHER_NAME,
        *(f / f"{HOST_NAME}.json" for f in folders.values()),
    ]:
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed
