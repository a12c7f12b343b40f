"""Regenerate the screenshots in docs/: the real window over a real engine, with jobs in
every interesting state (finished, downloading, queued, paused, failed, canceled) served by
the local test media server. Nothing touches the user's data or the network.

    python docs/make_screenshot.py            # docs/screenshot.png, offscreen
    python docs/make_screenshot.py --scale 2  # docs/screenshot-2x.png: a 1600x1000 screen
                                              # at 200 %, the window sized to fit it
    python docs/make_screenshot.py --dark     # docs/screenshot-dark.png: dark Fusion palette
    python docs/make_screenshot.py --lang de  # docs/screenshot-de.png: the German translation
    Xvfb :99 & DISPLAY=:99 QT_QPA_PLATFORM=xcb python docs/make_screenshot.py
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"


def dark_palette():  # type: ignore[no-untyped-def]
    """A plain dark palette for Fusion (what a dark desktop theme hands a Qt app)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, color in (
        (role.Window, "#2b2d31"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1f22"),
        (role.AlternateBase, "#26282c"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#34363b"),
        (role.ButtonText, "#e6e6e6"),
        (role.ToolTipBase, "#34363b"),
        (role.ToolTipText, "#e6e6e6"),
        (role.Highlight, "#3d6fb4"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#7aa7e8"),
        (role.PlaceholderText, "#9a9ca3"),
        (role.Mid, "#44474d"),
        (role.Dark, "#18191b"),
        (role.Light, "#4a4d53"),
    ):
        palette.setColor(r, QColor(color))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor("#80838a"))
    return palette


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="QT_SCALE_FACTOR (2: 200 %%)")
    parser.add_argument("--dark", action="store_true", help="a dark Fusion palette")
    parser.add_argument("--lang", default="", help="interface language, e.g. de or es")
    options = parser.parse_args(argv)
    name = "screenshot" + ("-2x" if options.scale != 1 else "") + ("-dark" if options.dark else "")
    name += f"-{options.lang}" if options.lang else ""
    output = DOCS / f"{name}.png"
    scratch = Path(tempfile.mkdtemp(prefix="mediadesk-shot-"))
    for var, sub in (("HOME", "home"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        os.environ[var] = str(scratch / sub)
    if options.scale != 1:
        # The laptop: 1600x1000 pixels at 200 %; the window sizes itself to fit.
        config = scratch / "screens.json"
        config.write_text(
            json.dumps(
                {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1600, "height": 1000}]}
            )
        )
        os.environ["QT_SCALE_FACTOR"] = str(options.scale)
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
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
    if options.lang:
        from mediadesk.ui.language import install_language

        install_language(app, options.lang)  # its words, Qt's buttons and number formats
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if options.dark else app.style().standardPalette())
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
        if options.scale == 1:
            window.resize(1180, 720)
        window.show()
        done_ids = [r.job.id for r in engine.add_urls(finished)]
        wait(lambda: all(engine.job(i).state is JobState.DONE for i in done_ids))
        [failed] = engine.add_urls([missing])
        wait(lambda: engine.job(failed.job.id).state is JobState.FAILED)
        [pause_me] = engine.add_urls([paused])
        wait(lambda: engine.job(pause_me.job.id).bytes_done > 11_000_000)
        engine.pause([pause_me.job.id])
        [dropped] = engine.add_urls([media("Elephants Dream", 20_000_000, 7, 2_000_000)])
        wait(lambda: engine.job(dropped.job.id).bytes_done > 1_000_000)
        engine.cancel([dropped.job.id])
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
        output.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(output), "PNG", 0)  # 0: smallest file
        window.close()
        engine.shutdown(timeout=3)
    store.close()
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
