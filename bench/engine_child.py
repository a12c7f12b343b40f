"""A headless MediaDesk engine in its own process: download URLs, report timing as JSON.

Usage: python -m bench.engine_child --dest DIR [--concurrent N] [--pause-test N] URL...
Process start to exit is what the parent times, the same as for the yt-dlp command line.
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

from bench.common import peak_rss_kb
from mediadesk.core.job import Job
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
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
            }
        )
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
