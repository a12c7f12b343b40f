"""Put MediaDesk in the desktop's application launcher for this user (no root needed).

    .venv/bin/python packaging/install_desktop.py                 # install
    .venv/bin/python packaging/install_desktop.py --uninstall     # remove again
    python3 packaging/install_desktop.py --exec dist/MediaDesk/MediaDesk   # the bundle

Copies packaging/mediadesk.desktop to $XDG_DATA_HOME/applications (default
~/.local/share/applications) and the icons to .../icons/hicolor. Also installs the browser
extension's native-messaging host (packaging/browser-extension/): a launcher script in
$XDG_DATA_HOME/MediaDesk/native-host/ and its manifests for Firefox
(~/.mozilla/native-messaging-hosts/), Chrome and Chromium (~/.config/google-chrome/ and
~/.config/chromium/NativeMessagingHosts/). Exec names the ``mediadesk``
installed with the Python running this script (or --exec): by name when PATH finds that very
file, else by absolute path. Without an installed ``mediadesk`` it falls back to the bundle in
dist/MediaDesk/ when one was built.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
DESKTOP_FILE = PACKAGING / "mediadesk.desktop"
ICONS = PACKAGING / "icons" / "hicolor"
BUNDLE = ROOT / "dist" / "MediaDesk" / "MediaDesk"
EXTENSION_MANIFEST = PACKAGING / "browser-extension" / "manifest.json"

try:
    from mediadesk.desktop import native_manifests
    from mediadesk.desktop.launcher import command_for, exec_value, installed_script
except ImportError:  # run by a Python without MediaDesk installed (e.g. for the bundle)
    sys.path.insert(0, str(ROOT / "src"))
    from mediadesk.desktop import native_manifests
    from mediadesk.desktop.launcher import command_for, exec_value, installed_script


class InstallError(Exception):
    """Something the user must fix; the message says what."""


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def resolve_command(exec_arg: str | None) -> list[str]:
    """The argv the launcher runs, before the %U field code."""
    if exec_arg:
        if os.sep not in exec_arg:
            found = shutil.which(exec_arg)
            if not found:
                raise InstallError(f"{exec_arg!r} is not on PATH; give its full path to --exec")
            return command_for(Path(found))
        path = Path(exec_arg).expanduser()
        if not (path.is_file() and os.access(path, os.X_OK)):
            raise InstallError(f"{path} is not an executable file")
        return command_for(path.absolute())
    script = installed_script()
    if script is not None:
        return command_for(script)
    if BUNDLE.is_file():
        return command_for(BUNDLE)
    raise InstallError(
        "Cannot find an installed mediadesk. Run this script with the Python MediaDesk is "
        "installed in (e.g. .venv/bin/python packaging/install_desktop.py), or pass "
        "--exec /path/to/mediadesk."
    )


def desktop_text(command: list[str]) -> str:
    lines = DESKTOP_FILE.read_text(encoding="utf-8").splitlines()
    exec_line = f"Exec={exec_value(command, '%U')}"
    replaced = [exec_line if line.startswith("Exec=") else line for line in lines]
    if exec_line not in replaced:
        raise InstallError(f"{DESKTOP_FILE} has no Exec line")
    return "\n".join(replaced) + "\n"


def icon_files() -> list[Path]:
    """Icons relative to the hicolor folder, e.g. 48x48/apps/mediadesk.png."""
    return sorted(p.relative_to(ICONS) for p in ICONS.rglob("mediadesk.*") if p.is_file())


def _refresh_caches(target: Path) -> None:
    """Let running launchers notice; optional tools, so failures do not matter."""
    for tool, args in (
        ("update-desktop-database", [str(target / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(target / "icons" / "hicolor")]),
    ):
        if shutil.which(tool):
            subprocess.run([tool, *args], check=False, capture_output=True)


def native_host_dir(target: Path) -> Path:
    """Where the browsers' native-messaging launcher goes (beside MediaDesk's data)."""
    return target / "MediaDesk" / "native-host"


def browser_folders() -> dict[native_manifests.Browser, Path]:
    return native_manifests.manifest_folders(Path.home(), native_manifests.config_home())


def install_native_host(target: Path, command: list[str]) -> list[Path]:
    """The launcher the browser extension's host manifests point at, and the manifests."""
    absolute = list(command)
    if os.sep not in absolute[0]:
        found = shutil.which(absolute[0])
        if not found:
            raise InstallError(f"{absolute[0]!r} is not on PATH")
        absolute[0] = found
    manifest = json.loads(EXTENSION_MANIFEST.read_text(encoding="utf-8"))
    ids = native_manifests.ExtensionIds.from_manifest(manifest)
    return native_manifests.install_host(absolute, native_host_dir(target), browser_folders(), ids)


def install(target: Path, command: list[str]) -> list[Path]:
    written = []
    entry = target / "applications" / DESKTOP_FILE.name
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_text(command), encoding="utf-8")
    written.append(entry)
    for relative in icon_files():
        destination = target / "icons" / "hicolor" / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ICONS / relative, destination)
        written.append(destination)
    _refresh_caches(target)
    written.extend(install_native_host(target, command))
    return written


def uninstall(target: Path) -> list[Path]:
    removed = []
    for path in [
        target / "applications" / DESKTOP_FILE.name,
        *(target / "icons" / "hicolor" / r for r in icon_files()),
    ]:
        if path.is_file():
            path.unlink()
            removed.append(path)
    _refresh_caches(target)
    removed.extend(native_manifests.uninstall_host(native_host_dir(target), browser_folders()))
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exec", dest="exec_arg", metavar="COMMAND", help="what Exec runs")
    parser.add_argument("--uninstall", action="store_true", help="remove the entry and icons")
    parser.add_argument(
        "--data-home", type=Path, help="instead of $XDG_DATA_HOME or ~/.local/share"
    )
    args = parser.parse_args(argv)
    target = (args.data_home or data_home()).absolute()
    try:
        if args.uninstall:
            removed = uninstall(target)
            for path in removed:
                print(f"removed {path}")
            if not removed:
                print(f"MediaDesk was not installed in {target}")
            return 0
        command = resolve_command(args.exec_arg)
        for path in install(target, command):
            print(f"installed {path}")
        print(f"The launcher starts: {' '.join(command)}")
    except (InstallError, OSError) as exc:
        print(f"install_desktop: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
