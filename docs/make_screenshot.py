"""Regenerate docs/screenshot.png: the real window over a real engine, with jobs in every
interesting state (finished, downloading, queued, paused, failed) served by the local
test media server. Nothing touches the user's data or the network.

    python docs/make_screenshot.py            # offscreen
    Xvfb :99 & DISPLAY=:99 QT_QPA_PLATFORM=xcb python docs/make_screenshot.py
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "docs" / "screenshot.png"


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="mediadesk-shot-"))
    for var, sub in (("HOME", "home"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        os.environ[var] = str(scratch / sub)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))

    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication, QStyleFactory
    from tests.support.media_server import MediaServer

    from mediadesk.app import build_window
    from mediadesk.core.settings import Settings
    from mediadesk.core.states import JobState
    from mediadesk.engine.engine import JobEngine
    from mediadesk.store.sqlite_store import SqliteJobStore

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app = QApplication(["mediadesk"])
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(app.style().standardPalette())
    app.setApplicationName("MediaDesk")

    def media(name: str, size: int, seed: int, throttle: float | None = None) -> str:
        """Serve a named random payload; the file name becomes the job's title."""
        return server.add(quote(f"/{name}.mp4"), payload(size, seed), throttle=throttle)

    def payload(size: int, seed: int) -> bytes:
        return random.Random(seed).randbytes(size)

    def wait(predicate, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError("the screenshot scene did not come together")
            QCoreApplication.processEvents()
            time.sleep(0.02)

    downloads = scratch / "Downloads"
    downloads.mkdir(parents=True)
    store = SqliteJobStore.open(scratch / "jobs.sqlite3")
    engine = JobEngine(store, Settings(download_dir=str(downloads), max_concurrent=2))
    engine.start()

    with MediaServer() as server:
        finished = [
            media("Big Buck Bunny", 3_400_000, 1),
            media("Sintel - Open Movie Trailer", 1_900_000, 2),
            media("Caminandes Llama Drama", 2_600_000, 3),
        ]
        moving = media("Tears of Steel (4K)", 48_000_000, 4, throttle=2_600_000)
        paused = media("Cosmos Laundromat", 30_000_000, 5, throttle=3_000_000)
        waiting = media("Spring - Blender Open Movie", 9_000_000, 6)
        missing = server.url(quote("/Agent 327 Operation Barbershop.mp4"))

        window = build_window(engine, store, default_download_dir=str(downloads))
        window.resize(1180, 720)
        window.show()
        done_ids = [r.job.id for r in engine.add_urls(finished)]
        wait(lambda: all(engine.job(i).state is JobState.DONE for i in done_ids))
        [failed] = engine.add_urls([missing])
        wait(lambda: engine.job(failed.job.id).state is JobState.FAILED)
        [pause_me] = engine.add_urls([paused])
        wait(lambda: engine.job(pause_me.job.id).bytes_done > 11_000_000)
        engine.pause([pause_me.job.id])
        [running] = engine.add_urls([moving])
        engine.set_max_concurrent(1)
        engine.add_urls([waiting])
        wait(lambda: engine.job(running.job.id).bytes_done > 15_000_000)
        wait(lambda: (engine.job(running.job.id).speed or 0) > 1_000_000)

        window.select_jobs([failed.job.id])
        window.model.flush()
        for _ in range(10):
            QCoreApplication.processEvents()
            time.sleep(0.02)
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(OUTPUT))
        window.close()
        engine.shutdown(timeout=3)
    store.close()
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
