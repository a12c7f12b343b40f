"""Run a headless engine in its own process, so tests can kill -9 it mid-download.

Usage: python -m tests.support.engine_process DB DOWNLOAD_DIR [URL ...]
Prints the id of each added job on stdout, then runs until killed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from mediadesk.core.settings import Settings
from mediadesk.engine.engine import JobEngine
from mediadesk.store.sqlite_store import SqliteJobStore


def main(argv: list[str]) -> int:
    db, folder, *urls = argv
    app = QCoreApplication([])
    store = SqliteJobStore.open(db)
    engine = JobEngine(store, Settings(download_dir=folder, socket_timeout=2.0))
    engine.start()
    for result in engine.add_urls(urls):
        print(result.job.id if result.job else f"refused: {result.reason}", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
