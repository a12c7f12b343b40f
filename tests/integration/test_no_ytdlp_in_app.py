"""Nothing in the app process imports yt-dlp: it runs only in worker processes.

Each check runs in a fresh interpreter, since this test process has long imported yt-dlp
for other tests. The app side is built by the real startup code (``app.main``) offscreen,
with jobs in the database, the settings dialog opened and its name preview answered.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from mediadesk.core import paths
from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState
from mediadesk.store.sqlite_store import SqliteJobStore

APP_SIDE = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import mediadesk.app

    app = QApplication(["mediadesk"])
    seen = {}

    def windows(name):
        return [w for w in QApplication.topLevelWidgets() if type(w).__name__ == name]

    def open_settings():
        [window] = windows("MainWindow")
        seen["jobs"] = window.model.rowCount()
        dialog = window.show_settings()
        wait_for_preview(window, dialog)

    def wait_for_preview(window, dialog):
        if dialog.preview_pending():
            QTimer.singleShot(50, lambda: wait_for_preview(window, dialog))
            return
        seen["preview"] = dialog.preview_text()
        seen["yt_dlp"] = sorted(m for m in sys.modules if m.split(".")[0] == "yt_dlp")
        dialog.reject()
        window.quit()

    QTimer.singleShot(0, open_settings)
    QTimer.singleShot(60_000, lambda: QApplication.exit(99))
    code = mediadesk.app.main([])
    print(json.dumps({"code": code, **seen}))
    """
)


def _job(job_id: str, position: int, state: JobState) -> Job:
    return Job(
        id=job_id,
        url=f"https://media.example/{job_id}",
        state=state,
        preset=FormatPreset.BEST,
        output_dir="/tmp",
        position=position,
        created_at=1.0,
        title=f"Job {position}",
    )


@pytest.fixture
def jobs_in_database() -> None:
    """Jobs that do not start downloading (done, failed, paused), where the app finds them."""
    store = SqliteJobStore.open(paths.database_path())
    for position, state in enumerate((JobState.DONE, JobState.FAILED, JobState.PAUSED), 1):
        store.insert_job(_job(f"{position:016x}", position, state))
    store.close()


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.usefixtures("jobs_in_database")
def test_the_whole_app_side_runs_without_yt_dlp() -> None:
    result = run_python(APP_SIDE)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.splitlines()[-1])
    assert seen["code"] == 0 and seen["jobs"] == 3
    assert "Big Buck Bunny.mp4" in seen["preview"], "the preview ran (in its own process)"
    assert seen["yt_dlp"] == [], "the app process imported yt-dlp"


@pytest.mark.usefixtures("jobs_in_database")
def test_listing_jobs_runs_without_yt_dlp() -> None:
    result = run_python(
        "import sys, mediadesk.app\n"
        "code = mediadesk.app.main(['--list'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'yt_dlp'))\n"
        "raise SystemExit(code)"
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Job 2" in result.stdout
    assert result.stdout.splitlines()[-1] == "[]", "--list imported yt-dlp"
