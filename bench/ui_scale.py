"""Benchmark 6: the window over a long history — opening, filtering, and one progress flush.

The limits used to be assertions in tests/unit/test_ui_scale.py; they depend on the machine,
so they are measured here and reported against their targets instead.
"""

from __future__ import annotations

import os
import time
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from bench.common import Row, median, scratch
from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.ui.jobs.proxy import StateFilter
from mediadesk.ui.main_window import MainWindow

HISTORY = int(os.environ.get("MEDIADESK_BENCH_UI_HISTORY", "10000"))
RUNS = int(os.environ.get("MEDIADESK_BENCH_RUNS", "3"))
MOVING = 20


def _history(folder) -> list[Job]:
    states = [JobState.DONE] * 8 + [JobState.FAILED, JobState.PAUSED]
    return [
        Job(
            id=f"{n:016x}",
            url=f"http://127.0.0.1:9/stored-{n}.mp4",
            state=states[n % len(states)],
            preset=FormatPreset.BEST,
            output_dir=str(folder),
            position=n + 1,
            created_at=1_700_000_000.0 + n,
            title=f"Recorded talk number {n}",
            bytes_done=1_000_000 + n,
            bytes_total=2_000_000 + n,
            file_path=str(folder / f"talk-{n}.mp4"),
        )
        for n in range(HISTORY)
    ]


def _measure(folder) -> tuple[float, float, float]:
    """Seconds to open the window, to filter, and the worst flush of MOVING rows."""
    db = folder / "jobs.sqlite3"
    store = SqliteJobStore.open(db)
    with store.transaction():
        for job in _history(folder):
            store.insert_job(job)
    engine = JobEngine(store, Settings(download_dir=str(folder)))
    engine.start()
    began = time.perf_counter()
    window = MainWindow(engine, store, confirm=lambda *_: True, default_download_dir=str(folder))
    window.show()
    QCoreApplication.processEvents()
    opened = time.perf_counter() - began

    began = time.perf_counter()
    window.filter_bar.set_state_filter(StateFilter.PAUSED)
    window.filter_bar.set_search_text("number 99")
    QCoreApplication.processEvents()
    filtered = time.perf_counter() - began
    window.filter_bar.set_search_text("")
    window.filter_bar.set_state_filter(StateFilter.ALL)

    moving = [j for j in engine.jobs() if j.state is JobState.PAUSED][:MOVING]
    worst = 0.0
    for tick in range(1, 5):
        for job in moving:
            engine.jobChanged.emit(
                replace(job, state=JobState.DOWNLOADING, bytes_done=job.bytes_done + tick)
            )
        began = time.perf_counter()
        window.model.flush()
        QCoreApplication.processEvents()
        worst = max(worst, time.perf_counter() - began)
    window.hide()
    window.deleteLater()
    engine.shutdown()
    store.close()
    return opened, filtered, worst


def run() -> list[Row]:
    app = QApplication.instance() or QApplication([])
    samples: list[tuple[float, float, float]] = []
    for i in range(RUNS):
        with scratch(f"ui-scale-{i}") as folder:
            samples.append(_measure(folder))
            QCoreApplication.processEvents()
    opened, filtered, flushed = (median([s[k] for s in samples]) for k in range(3))
    del app
    name = "6. ui scale"
    return [
        Row(name, f"open the window over {HISTORY} jobs", opened, unit="s", target="< 3 s",
            met=opened < 3.0, samples={"s": [s[0] for s in samples]}),
        Row(name, f"filter {HISTORY} jobs by state and text", filtered, unit="s",
            target="< 1 s", met=filtered < 1.0, samples={"s": [s[1] for s in samples]}),
        Row(name, f"flush {MOVING} moving rows among {HISTORY}", flushed, unit="s",
            target="< 0.25 s", met=flushed < 0.25, samples={"s": [s[2] for s in samples]}),
    ]  # fmt: skip
