"""``mediadesk --diagnostics [--json]`` and Help ▸ Diagnostics: what a bug report needs.

yt-dlp, ejs and the JavaScript runtime are asked of a worker process started exactly like a
download's (the app never imports yt-dlp, and an updated yt-dlp shows as the workers see it).
The job database is opened read-only, so this works while MediaDesk runs.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any, TextIO

from mediadesk import __version__
from mediadesk.core import paths
from mediadesk.core.ffmpeg import find_ffmpeg
from mediadesk.core.settings import Settings
from mediadesk.store.errors import StoreError
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.updates.overlay import read_active
from mediadesk.updates.probe_client import origin_of, run_probe


def _ffmpeg() -> dict[str, Any] | None:
    path = find_ffmpeg()
    if not path:
        return None
    try:
        out = subprocess.run(
            [path, "-version"], capture_output=True, text=True, timeout=20, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        out = ""
    words = out.split()
    version = words[2] if len(words) > 2 and words[:2] == ["ffmpeg", "version"] else None
    return {"path": path, "version": version}


def _database(db_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(database section, stored settings) read without writing anything."""
    info: dict[str, Any] = {"path": str(db_path), "schema_version": None, "jobs": 0}
    if not db_path.is_file():
        return info, {}
    try:
        conn = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            info["schema_version"] = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
        store = SqliteJobStore.open_readonly(db_path)
        if store is not None:
            try:
                info["jobs"] = len(store.load_jobs())
                return info, store.load_settings()
            finally:
                store.close()
    except (StoreError, sqlite3.Error) as exc:
        info["error"] = str(exc)
    return info, {}


def _folder(path: Path) -> dict[str, Any]:
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    try:
        free: int | None = shutil.disk_usage(existing).free
    except OSError:
        free = None
    # A missing folder is created by the first download: writable means "can be written to".
    writable = existing.is_dir() and os.access(existing, os.W_OK | os.X_OK)
    return {"path": str(path), "writable": writable, "free_bytes": free, "exists": path.is_dir()}


def _qt() -> str:
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError:
        return "not available"
    return f"{qVersion()} (PySide6 {PySide6.__version__})"


def gather(db_path: Path | None = None) -> dict[str, Any]:
    """The whole report as one JSON-safe object (keys documented in the README)."""
    db_path = paths.database_path() if db_path is None else db_path
    database, stored = _database(db_path)
    settings = Settings.from_dict(stored, download_dir=str(paths.default_download_dir()))
    probe = run_probe()
    facts = probe.facts
    yt_dlp: dict[str, Any] = {
        "version": probe.version,
        "origin": origin_of(probe.path),
        "path": probe.path,
    }
    if probe.import_error:
        yt_dlp["error"] = probe.import_error
    ignored = read_active().problem
    if ignored:
        yt_dlp["note"] = ignored
    return {
        "version": __version__,
        "yt_dlp": yt_dlp,
        "js_runtime": facts.get("js_runtime"),
        "ejs": facts.get("ejs"),
        "ffmpeg": _ffmpeg(),
        "download_folder": _folder(Path(settings.download_dir).expanduser()),
        "database": database,
        "python": f"{platform.python_version()} ({sys.executable})",
        "qt": _qt(),
        "platform": platform.platform(),
    }


def _size(count: int | None) -> str:
    if count is None:
        return "unknown"
    value = float(count)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{count} bytes"


def format_report(report: dict[str, Any]) -> str:
    """Plain text for people (and for pasting into a bug report)."""
    y = report["yt_dlp"]
    js, ejs, ff = report["js_runtime"], report["ejs"], report["ffmpeg"]
    folder, db = report["download_folder"], report["database"]
    lines = [
        f"MediaDesk {report['version']}",
        f"yt-dlp: {y['version'] or 'NOT WORKING'} ({y['origin']}) {y['path'] or ''}".rstrip(),
    ]
    if y.get("error"):
        lines.append(f"  error: {y['error']}")
    if y.get("note"):
        lines.append(f"  note: {y['note']}")
    lines += [
        "JavaScript runtime: "
        + (f"{js['name']} {js['version'] or '?'} {js['path']}" if js else "none found"),
        f"yt-dlp-ejs: {ejs['version']}" if ejs else "yt-dlp-ejs: missing",
        f"ffmpeg: {ff['version'] or '?'} {ff['path']}" if ff else "ffmpeg: not found",
        f"Download folder: {folder['path']} "
        f"({'writable' if folder['writable'] else 'NOT writable'}, "
        f"{'' if folder.get('exists', True) else 'created by the first download, '}"
        f"{_size(folder['free_bytes'])} free)",
        f"Database: {db['path']} (schema {db['schema_version']}, {db['jobs']} jobs)",
        f"Python: {report['python']}",
        f"Qt: {report['qt']}",
        f"Platform: {report['platform']}",
    ]
    if db.get("error"):
        lines.insert(-3, f"  error: {db['error']}")
    return "\n".join(lines)


def print_diagnostics(*, as_json: bool, out: TextIO) -> int:
    report = gather()
    print(json.dumps(report, indent=2) if as_json else format_report(report), file=out)
    return 0
