"""MediaDesk as a user runs it (engine + main window, offscreen), instrumented for benchmarks.

Usage: python -m bench.app_child --dest DIR [--no-window] [--concurrent N]
                                 [--measure-seconds S] [URL ...]
Measures, in this process: GUI event-loop lag (a 5 ms precise timer in the GUI thread),
CPU time, RSS, and job-row writes to the store. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication

from bench.common import descendants, peak_rss_kb
from bench.engine_child import CountingStore
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine

TICK_MS = 5


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


_TICKS = os.sysconf("SC_CLK_TCK")


def worker_usage() -> tuple[float, int]:
    """CPU seconds and RSS (kB) of this process's descendants: the download workers (and the
    zygote that forks them, idle while they run)."""
    cpu, rss = 0.0, 0
    for pid in descendants(os.getpid()):
        stat = Path(f"/proc/{pid}/stat")
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cpu += (int(fields[11]) + int(fields[12])) / _TICKS
            status = (stat.parent / "status").read_text()
        except (OSError, IndexError, ValueError):
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                rss += int(line.split()[1])
    return cpu, rss


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class LagProbe(QObject):
    """How late a 5 ms timer fires: the time the GUI thread could not react."""

    def __init__(self) -> None:
        super().__init__()
        self.lags: list[float] = []
        self.spikes: list[tuple[float, float]] = []  # (seconds since start, lag ms) > 50 ms
        self._since = QElapsedTimer()
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.lags.clear()
        self.spikes.clear()
        self._since.start()
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def _tick(self) -> None:
        elapsed = self._clock.nsecsElapsed() / 1e6
        self._clock.restart()
        lag = max(0.0, elapsed - TICK_MS)
        self.lags.append(lag)
        if lag > 50:
            self.spikes.append((round(self._since.elapsed() / 1000 - lag / 1000, 3), round(lag)))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dest", required=True)
    parser.add_argument("--concurrent", type=int, default=8)
    parser.add_argument("--no-window", action="store_true")
    parser.add_argument(
        "--measure-seconds",
        type=float,
        default=0.0,
        help="measure for this long once all jobs run (0: until all finish)",
    )
    parser.add_argument("--lag", action="store_true", help="run the lag probe")
    parser.add_argument("--connections", type=int, default=0, help="0: the default setting")
    parser.add_argument("urls", nargs="*")
    args = parser.parse_args(argv)

    app = QApplication([])
    dest = Path(args.dest)
    store = CountingStore.open(dest / "bench-jobs.sqlite3")
    store.row_writes = Counter()
    settings = Settings(download_dir=str(dest), max_concurrent=args.concurrent)
    if args.connections:
        settings = replace(settings, connections_per_download=args.connections)
    engine = JobEngine(store, settings)
    engine.start()
    window = None
    if not args.no_window:
        from mediadesk.app import build_window

        window = build_window(engine, store)
        window.show()
    for _ in range(20):
        app.processEvents()
    probe = LagProbe()
    rss0, cpu0 = rss_kb(), cpu_seconds()
    wcpu0, wrss0 = worker_usage()
    ids = [r.job.id for r in engine.add_urls(args.urls) if r.job]
    result: dict[str, object] = {}
    began = time.perf_counter()

    def finish() -> None:
        seconds = time.perf_counter() - began
        probe.stop()
        jobs = [engine.job(i) for i in ids]
        writes = sum(store.row_writes[i] for i in ids)
        wcpu, wrss = worker_usage()
        result.update(
            seconds=seconds,
            cpu_percent=100 * (cpu_seconds() - cpu0) / seconds,
            rss_growth_kb=rss_kb() - rss0,
            rss_kb=rss_kb(),
            worker_cpu_percent=100 * (wcpu - wcpu0) / seconds,
            worker_rss_kb=wrss,
            max_rss_kb=peak_rss_kb(),
            bytes=sum(j.bytes_done for j in jobs),
            lags_ms=probe.lags,
            lag_spikes=probe.spikes,
            writes_per_job_second=writes / max(1, len(ids)) / seconds,
            running=sum(1 for j in jobs if j.state is JobState.DOWNLOADING),
            failed=[j.error for j in jobs if j.state is JobState.FAILED],
        )
        # The window's own Quit: closing it with downloads running would ask first.
        if window is not None:
            window.quit()
        else:
            app.quit()

    if args.measure_seconds:

        def start_measuring() -> None:
            nonlocal began, rss0, cpu0, wcpu0, wrss0
            for i in ids:
                store.row_writes[i] = 0
            began, rss0, cpu0 = time.perf_counter(), rss_kb(), cpu_seconds()
            wcpu0, wrss0 = worker_usage()
            if args.lag:
                probe.start()
            QTimer.singleShot(int(args.measure_seconds * 1000), finish)

        # Let every download get going (worker started, bytes flowing) before measuring.
        settle_until = time.monotonic() + 60

        def when_flowing() -> None:
            flowing = all(engine.job(i).bytes_done > 0 for i in ids)
            if flowing or time.monotonic() > settle_until:
                QTimer.singleShot(1500 if ids else 500, start_measuring)
            else:
                QTimer.singleShot(200, when_flowing)

        when_flowing()
    else:
        if args.lag:
            probe.start()

        def check(_job: object = None) -> None:
            if not result and all(engine.job(i).state.is_final for i in ids):
                finish()

        engine.jobChanged.connect(check)
        QTimer.singleShot(0, check)
    app.exec()
    engine.shutdown()
    store.close()
    if window is not None:
        window.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
