"""``mediadesk --diagnostics`` and Help ▸ Diagnostics: versions and paths a bug report needs."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from mediadesk.core import paths
from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState
from mediadesk.store.migrations import SCHEMA_VERSION
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.updates.pip_index import version_key


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mediadesk", "--diagnostics", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_json_report_finds_deno_without_the_environment_on_path() -> None:
    store = SqliteJobStore.open(paths.database_path())
    store.insert_job(
        Job(
            id="j1",
            url="https://example.com/a",
            state=JobState.QUEUED,
            preset=FormatPreset.BEST,
            output_dir="/tmp",
            position=1,
            created_at=1.0,
        )
    )
    store.close()
    env = {**os.environ, "PATH": "/usr/bin:/bin"}
    result = _run("--json", env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) >= {
        "version",
        "yt_dlp",
        "js_runtime",
        "ejs",
        "ffmpeg",
        "download_folder",
        "database",
        "python",
        "qt",
        "platform",
    }
    y = report["yt_dlp"]
    assert version_key(y["version"]) == version_key(importlib.metadata.version("yt-dlp"))
    assert y["origin"] == "bundled" and Path(y["path"], "__init__.py").is_file()
    js = report["js_runtime"]
    assert js["name"] == "deno" and Path(js["path"]).is_absolute()
    assert os.access(js["path"], os.X_OK) and js["version"].startswith("2.")
    assert report["ejs"] == {"version": importlib.metadata.version("yt-dlp-ejs")}
    assert report["ffmpeg"] is None or isinstance(report["ffmpeg"]["path"], str)
    folder = report["download_folder"]
    assert isinstance(folder["path"], str) and isinstance(folder["writable"], bool)
    assert isinstance(folder["free_bytes"], int)
    assert report["database"] == {
        "path": str(paths.database_path()),
        "schema_version": SCHEMA_VERSION,
        "jobs": 1,
    }
    assert all(isinstance(report[k], str) for k in ("version", "python", "qt", "platform"))


def test_text_report_is_for_people() -> None:
    result = _run()
    assert result.returncode == 0, result.stderr
    assert "JavaScript runtime: deno 2." in result.stdout
    assert "Database:" in result.stdout and "(schema None, 0 jobs)" in result.stdout


def test_diagnostics_dialog_shows_and_copies_the_report(qtbot, make_engine, open_window) -> None:
    window = open_window(make_engine())
    dialog = window.help_menu.show_diagnostics()
    qtbot.waitUntil(lambda: "JavaScript runtime: deno" in dialog.report(), timeout=60000)
    assert "yt-dlp: " in dialog.report() and "(bundled)" in dialog.report()
    assert dialog.copy_button.isEnabled()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.report()
