"""Pause latency: pause a running download N times, timing request -> runner stopped.

Usage: python -m bench.pause_child --dest DIR --pauses N URL
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.store.sqlite_store import SqliteJobStore


def wait_for(app: QCoreApplication, condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark condition not reached")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dest", required=True)
    parser.add_argument("--pauses", type=int, default=20)
    parser.add_argument("--between", type=float, default=0.3, help="seconds of transfer")
    parser.add_argument("url")
    args = parser.parse_args(argv)
    app = QCoreApplication([])
    dest = Path(args.dest)
    store = SqliteJobStore.open(dest / "bench-jobs.sqlite3")
    engine = JobEngine(store, Settings(download_dir=str(dest)))
    engine.start()
    job_id = engine.add_urls([args.url])[0].job.id
    latencies: list[float] = []
    states: list[str] = []  # the job's state when each pause was asked for
    for _ in range(args.pauses):
        seen = engine.job(job_id).bytes_done
        # With several connections a small file may finish before the next pause.
        wait_for(
            app,
            lambda s=seen: engine.job(job_id).bytes_done > s or engine.job(job_id).state.is_final,
        )
        end = time.monotonic() + args.between
        wait_for(app, lambda e=end: time.monotonic() >= e)
        if engine.job(job_id).state is JobState.DONE:
            break
        states.append(engine.job(job_id).state.value)
        began = time.perf_counter()
        engine.pause([job_id])
        wait_for(app, lambda: not engine.is_running(job_id))
        latencies.append(time.perf_counter() - began)
        engine.resume([job_id])
    wait_for(app, lambda: engine.job(job_id).state.is_final, timeout=600)
    job = engine.job(job_id)
    QTimer.singleShot(0, app.quit)
    engine.shutdown()
    store.close()
    result = {"latencies": latencies, "states": states, "state": job.state.value}
    print(json.dumps({**result, "size": job.bytes_done}))
    return 0 if job.state is JobState.DONE else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
