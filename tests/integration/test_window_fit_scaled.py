"""The issue's case for real: a 1600×1000 screen at QT_SCALE_FACTOR=2 (Qt sees 800×500), a
fresh profile. The window, Add, the folder button, Settings and the status bar are all on
the screen. Runs in its own process: the scale factor is read when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtWidgets import QApplication
app = QApplication(["mediadesk"])
from mediadesk.app import build_window
from mediadesk.core.settings import Settings
from mediadesk.engine.engine import JobEngine
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.ui.actions import ActionId

scratch = Path(tempfile.mkdtemp())
store = SqliteJobStore.open(scratch / "jobs.sqlite3")
engine = JobEngine(store, Settings(download_dir=str(scratch)))
engine.start()
window = build_window(engine, store)
window.start()
for _ in range(5):
    QCoreApplication.processEvents()
screen = window.screen().availableGeometry()

def on_screen(widget):
    rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    return widget.isVisible() and screen.contains(rect)

toolbar = window.toolbar
parts = {
    "window": screen.contains(window.frameGeometry()),
    "add toolbar button": on_screen(toolbar.widgetForAction(window.job_actions[ActionId.ADD])),
    "settings toolbar button": on_screen(
        toolbar.widgetForAction(window.job_actions[ActionId.SETTINGS])
    ),
    "add button": on_screen(window.add_bar.add_button),
    "folder button": on_screen(window.add_bar.folder_button),
    "status bar": on_screen(window.status_bar),
}
print(json.dumps({"screen": [screen.width(), screen.height()], "parts": parts}))
engine.shutdown(1)
store.close()
"""


def test_window_fits_a_small_screen_at_twice_the_scale(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1600,
                        "height": 1000,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = {
        **os.environ,
        "QT_SCALE_FACTOR": "2",
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["screen"] == [800, 500]
    assert all(report["parts"].values()), report["parts"]
