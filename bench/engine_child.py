"""A headless MediaDesk engine in its own process: download URLs, report timing as JSON.

Usage: python -m bench.engine_child --dest DIR [--concurrent N] [--settle S] URL...
Process start to exit is what the parent times, the same as for the yt-dlp command line.
The worker zygote's warm/retire policy is composed as the app composes it (app.warm_workers);
``--settle S`` adds the URLs S seconds after the engine started, as a user who launched the
app and then pasted a link (and reports the zygote's memory at that moment).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from bench.common import peak_rss_kb, uss_kb
from mediadesk.app import warm_workers
from mediadesk.core.job import Job
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.engine.zygote_client import shared_launcher
from mediadesk.store.sqlite_store import SqliteJobStore


class CountingStore(SqliteJobStore):
    """The real store, counting job-row writes (for writes per second per job)."""

    row_writes: Counter[str]

    def update_jobs(self, jobs: Iterable[Job]) -> None:
        jobs = list(jobs)
        for job in jobs:
            self.row_writes[job.id] += 1
        super().update_jobs(jobs)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dest", required=True)
    parser.add_argument("--db", default="")
    parser.add_argument("--concurrent", type=int, default=3)
    parser.add_argument("--resume-only", action="store_true", help="only the stored jobs")
    parser.add_argument("--connections", type=int, default=0, help="0: the default setting")
    parser.add_argument("--settle", type=float, default=0.0, help="seconds before adding")
    parser.add_argument("urls", nargs="*")
    args = parser.parse_args(argv)

    app = QCoreApplication([])
    dest = Path(args.dest)
    store = CountingStore.open(args.db or dest / "bench-jobs.sqlite3")
    store.row_writes = Counter()
    settings = Settings(download_dir=str(dest), max_concurrent=args.concurrent)
    if args.connections:
        settings = replace(settings, connections_per_download=args.connections)
    engine = JobEngine(store, settings)
    engine.start()
    warmth = warm_workers(engine)
    if args.settle > 0:  # the app idles until the user adds a link
        QTimer.singleShot(int(args.settle * 1000), app.quit)
        app.exec()
    zygote = _zygote_memory()
    began = time.perf_counter()
    added_at = time.monotonic()  # system-wide clock: the parent lines it up with the server's
    cpu0 = time.process_time()
    ids = [r.job.id for r in engine.add_urls(args.urls) if r.job]
    if args.resume_only:
        ids = [j.id for j in engine.jobs() if not j.state.is_final]

    def check() -> None:
        if all(engine.job(i).state.is_final for i in ids):
            app.quit()

    engine.jobChanged.connect(lambda _job: check())
    QTimer.singleShot(0, check)
    app.exec()
    seconds = time.perf_counter() - began
    warmth.stop()
    done_at = time.monotonic()
    jobs = [engine.job(i) for i in ids]
    engine.shutdown()
    store.close()
    failed = [j.error for j in jobs if j.state is not JobState.DONE]
    print(
        json.dumps(
            {
                "seconds": seconds,
                "added_at": added_at,
                "done_at": done_at,
                "cpu_seconds": time.process_time() - cpu0,
                "bytes": sum(j.bytes_done for j in jobs),
                "failed": failed,
                "max_rss_kb": peak_rss_kb(),
                "row_writes": sum(store.row_writes[i] for i in ids),
                **zygote,
            }
        )
    )
    return 1 if failed else 0


def _zygote_memory() -> dict[str, int]:
    """The worker zygote's resident and private (USS) memory now, if one runs."""
    pid = shared_launcher().zygote_pid
    if pid is None:
        return {}
    rss = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1])
    return {"zygote_rss_kb": rss, "zygote_uss_kb": uss_kb(pid)}


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
