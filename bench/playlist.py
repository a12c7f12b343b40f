"""Benchmark 7: a 1,000-entry feed becoming a batch in the window.

Measured in this process with the window open: the probe worker listing the feed flat (side
by side with ``yt-dlp --flat-playlist -J`` on the same feed), the time from the probe's
answer to every entry being a row of the table, and the GUI-thread lag (the concurrent
benchmark's 5 ms lag probe) while the batch is added. A synthetic 100,000-entry playlist
(no worker) shows how the tree model scales.
"""

from __future__ import annotations

import os
import time
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer
from PySide6.QtWidgets import QApplication

from bench.app_child import LagProbe
from bench.common import MediaServer, Row, median, percentile, scratch, timed, tool
from mediadesk.core.probe import ProbeEntry, ProbeKind, ProbeResult
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.engine.probe_service import ProbeService
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.ui.main_window import MainWindow

ENTRIES = int(os.environ.get("MEDIADESK_BENCH_FEED_ENTRIES", "1000"))
BIG = int(os.environ.get("MEDIADESK_BENCH_BIG_PLAYLIST", "100000"))
RUNS = int(os.environ.get("MEDIADESK_BENCH_RUNS", "3"))
PAUSE_ITEMS = min(BIG, int(os.environ.get("MEDIADESK_BENCH_PAUSE_ITEMS", "20000")))


def _feed(server: MediaServer, count: int) -> str:
    items = "".join(
        f"<item><title>Episode {i}</title><guid>bench-ep{i}</guid>"
        f'<enclosure url="{server.url(f"/ep{i}.mp4")}" type="video/mp4" length="1000"/></item>'
        for i in range(1, count + 1)
    )
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Bench feed</title>'
        f"<link>{server.url('/')}</link>{items}</channel></rss>"
    )
    return server.add("/feed.xml", body.encode(), content_type="application/rss+xml")


def _wait(condition, timeout: float = 300.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the benchmark waited too long")
        QCoreApplication.processEvents()
        time.sleep(0.001)


def _window(folder) -> tuple[JobEngine, SqliteJobStore, MainWindow]:
    store = SqliteJobStore.open(folder / "jobs.sqlite3")
    # One download at a time (items of the feed answer 404 quickly, the synthetic ones
    # cannot connect): the queue moves as it would, without download traffic.
    engine = JobEngine(store, Settings(download_dir=str(folder / "dl"), max_concurrent=1))
    engine.start()
    window = MainWindow(engine, store, confirm=lambda *_: True, default_download_dir=str(folder))
    window.show()
    QCoreApplication.processEvents()
    return engine, store, window


def _close(engine: JobEngine, store: SqliteJobStore, window: MainWindow) -> None:
    window.hide()
    window.deleteLater()
    engine.shutdown()
    store.close()
    QCoreApplication.processEvents()


def _queue_into_table(
    window: MainWindow, engine: JobEngine, probe: ProbeResult, lag: LagProbe
) -> tuple[float, list[float], float]:
    """Seconds from a finished probe to every entry a row of the table; lags meanwhile; the
    seconds of that in the engine's add_playlist (plan + one SQLite transaction)."""
    clock = QElapsedTimer()
    lag.start()
    QCoreApplication.processEvents()
    clock.start()
    signalled: list[float] = []
    engine.jobsAdded.connect(lambda _jobs: signalled.append(clock.nsecsElapsed() / 1e9))
    plan = engine.add_playlist(probe)
    model = window.model
    _wait(lambda: model.rowCount(model.index_of(plan.batch.id)) == len(plan.jobs))
    window.model.flush()
    QCoreApplication.processEvents()
    elapsed = clock.nsecsElapsed() / 1e9
    # Keep sampling a moment: the repaint and stats refresh that follow count as lag too.
    until = time.monotonic() + 0.5
    _wait(lambda: time.monotonic() > until)
    lag.stop()
    return elapsed, list(lag.lags), signalled[0] if signalled else elapsed


def _one_feed_run(server: MediaServer, feed: str, folder) -> tuple[float, float, list[float]]:
    engine, store, window = _window(folder)
    service = ProbeService()
    answers: list[ProbeResult] = []
    service.finished.connect(lambda _url, probe: answers.append(probe))
    began = time.perf_counter()
    service.probe(feed)
    _wait(lambda: bool(answers))
    probe_s = time.perf_counter() - began
    [probe] = answers
    assert probe.kind is ProbeKind.PLAYLIST and len(probe.entries) == ENTRIES, len(probe.entries)
    to_table, lags, _engine_s = _queue_into_table(window, engine, probe, LagProbe())
    _close(engine, store, window)
    return probe_s, to_table, lags


def _big_run(folder) -> tuple[float, list[float], float, float, float]:
    engine, store, window = _window(folder)
    entries = tuple(
        ProbeEntry(f"http://127.0.0.1:9/big/{n}.mp4", f"Item {n}", 60.0, "Generic", f"b{n}", n)
        for n in range(1, BIG + 1)
    )
    probe = ProbeResult("http://127.0.0.1:9/big", ProbeKind.PLAYLIST, "Big", entries=entries)
    to_table, lags, engine_s = _queue_into_table(window, engine, probe, LagProbe())
    # One progress flush with 20 moving items of the big batch (batch row recomputed).
    batch_id = engine.batches()[0].id
    items = engine.batch_items(batch_id)[:20]
    for job in items:
        engine.jobChanged.emit(replace(job, state=JobState.DOWNLOADING, bytes_done=10))
    began = time.perf_counter()
    window.model.flush()
    QCoreApplication.processEvents()
    flush_s = time.perf_counter() - began
    # Pausing many items of the batch: one transaction for all of them.
    queued = [j.id for j in engine.batch_items(batch_id) if j.state is JobState.QUEUED]
    began = time.perf_counter()
    engine.pause(queued[:PAUSE_ITEMS])
    window.model.flush()
    QCoreApplication.processEvents()
    pause_s = time.perf_counter() - began
    _close(engine, store, window)
    return to_table, lags, flush_s, engine_s, pause_s


def run() -> list[Row]:
    app = QApplication.instance() or QApplication([])
    probe_s: list[float] = []
    table_s: list[float] = []
    lags: list[float] = []
    cli_s: list[float] = []
    ytdlp = tool("yt-dlp")
    with MediaServer() as server:
        feed = _feed(server, ENTRIES)
        for i in range(RUNS):
            with scratch(f"playlist-{i}") as folder:
                p, t, lag = _one_feed_run(server, feed, folder)
                probe_s.append(p)
                table_s.append(t)
                lags.extend(lag)
            if ytdlp:
                cli_s.append(timed([ytdlp, "--flat-playlist", "-J", feed]))
    with scratch("playlist-big") as folder:
        big_s, big_lags, big_flush, big_engine, big_pause = _big_run(folder)
    del app
    name = "8. playlist"
    cli = median(cli_s) if cli_s else None
    return [
        Row(name, f"list a {ENTRIES}-entry feed (probe worker)", median(probe_s), cli,
            "yt-dlp --flat-playlist -J", "s", notes="process start + flat extraction",
            samples={"s": probe_s, "reference_s": cli_s}),
        Row(name, f"probe answer to all {ENTRIES} entries in the table", median(table_s),
            unit="s", target="< 1 s", met=median(table_s) < 1.0, samples={"s": table_s},
            notes="add_playlist (one SQLite transaction) + tree insert"),
        Row(name, f"GUI lag while {ENTRIES} entries are added, p99 / max",
            percentile(lags, 99), unit="ms", target="p99 < 100 ms",
            met=percentile(lags, 99) < 100, notes=f"max {max(lags):.0f} ms",
            samples={"lag_ms": lags}),
        Row(name, f"{BIG} synthetic entries into the table", big_s, unit="s",
            notes=f"one GUI stall (max lag {max(big_lags):.0f} ms); the engine's add_playlist "
            f"(plan + one bulk SQLite transaction) {big_engine:.2f} s of it",
            samples={"lag_ms": big_lags}),
        Row(name, f"pause {PAUSE_ITEMS} items of the {BIG}-item batch", big_pause, unit="s",
            notes="one transaction (bulk update + log lines), then one table flush"),
        Row(name, f"flush 20 moving items of a {BIG}-item batch", big_flush, unit="s",
            target="< 0.25 s", met=big_flush < 0.25),
    ]  # fmt: skip
