"""A headless engine that downloads for benchmark 9 (bench/worker_cost.py).

Usage: python -m bench.worker_cost_child --dest DIR [--hold] URL...
Sequential (default): adds one URL at a time, waits until it is done, and prints one JSON line
with the ``time.monotonic()`` of each add (the parent's server saw the requests, on the same
clock). ``--hold``: adds them all at once, prints ``{"flowing": true}`` once every one has
bytes, and keeps them running until stdin closes (the parent measures their memory then).
The worker zygote is started and warmed before the first job, as a running app has it.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.engine.zygote_client import shared_launcher
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.updates.overlay import overlay_worker_env


def _wait(app: QCoreApplication, done, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the downloads did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dest", required=True)
    parser.add_argument("--hold", action="store_true")
    parser.add_argument("--gap", type=float, default=0.3, help="seconds between two jobs")
    parser.add_argument("urls", nargs="+")
    args = parser.parse_args(argv)

    app = QCoreApplication([])
    tick = QTimer()
    tick.start(10)  # wakes the waiting loop
    dest = Path(args.dest)
    zygote = shared_launcher().prewarm(overlay_worker_env(), wait=True)
    store = SqliteJobStore.open(dest / "bench-jobs.sqlite3")
    settings = Settings(download_dir=str(dest), max_concurrent=max(3, len(args.urls)))
    engine = JobEngine(store, settings)
    engine.start()
    failed: list[str] = []
    if args.hold:
        ids = [r.job.id for r in engine.add_urls(args.urls) if r.job]
        _wait(app, lambda: all(engine.job(i).bytes_done > 0 for i in ids))
        print(json.dumps({"flowing": True, "zygote": zygote}), flush=True)
        closed = threading.Event()
        threading.Thread(target=lambda: (sys.stdin.read(), closed.set()), daemon=True).start()
        _wait(app, closed.is_set, timeout=600)
        engine.shutdown()
        store.close()
        return 0
    added: list[float] = []
    for url in args.urls:
        time.sleep(args.gap)
        added.append(time.monotonic())
        job_id = engine.add_urls([url])[0].job.id
        _wait(app, lambda job_id=job_id: engine.job(job_id).state.is_final)
        if engine.job(job_id).state is not JobState.DONE:
            failed.append(engine.job(job_id).error)
    engine.shutdown()
    store.close()
    print(json.dumps({"added": added, "failed": failed, "zygote": zygote}))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
