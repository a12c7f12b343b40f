"""Durability: kill -9, restart, queue order, and what a relaunch does with each state."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mediadesk.core.states import JobState
from mediadesk.store.sqlite_store import SqliteJobStore
from tests.conftest import make_payload, sha256, wait_state

REPO = Path(__file__).resolve().parents[2]


def _bytes_in_db(db: Path, job_id: str) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT bytes_done FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return row[0] if row else 0
    finally:
        conn.close()


@pytest.mark.slow
def test_sigkill_mid_download_then_restart_resumes_from_partial_file(
    qtbot, server, make_engine, db_path: Path, downloads: Path
) -> None:
    data = make_payload(3_000_000, seed=11)
    url = server.add("/killed.mp4", data, throttle=600_000)
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.engine_process", str(db_path), str(downloads), url],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        job_id = proc.stdout.readline().strip()
        assert len(job_id) == 16, job_id
        deadline = time.monotonic() + 20
        while _bytes_in_db(db_path, job_id) < 600_000:
            assert time.monotonic() < deadline, "the child never reported progress"
            assert proc.poll() is None
            time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    part = next(downloads.glob(f"mediadesk-{job_id}*.part"))
    kept = part.stat().st_size
    time.sleep(1.0)
    assert part.stat().st_size == kept, "a download worker outlived the killed app"
    assert kept >= 600_000
    before = len(server.gets("/killed.mp4"))

    server.set_throttle("/killed.mp4", None)
    engine = make_engine()  # a relaunch over the same database
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sha256(data)
    resumed = [r for r in server.gets("/killed.mp4")[before:] if r.range]
    assert resumed and resumed[-1].range == f"bytes={kept}-"
    assert server.gets("/killed.mp4")[-1].bytes_sent == len(data) - kept


def test_queue_order_survives_a_restart(qtbot, make_engine, server) -> None:
    engine = make_engine(max_concurrent=1)
    urls = [server.url(f"/q{i}.mp4") for i in range(5)]
    results = engine.add_urls(urls)
    ids = [r.job.id for r in results]
    engine.pause(ids)
    engine.move_to_top([ids[3]])
    engine.move_down([ids[0]])
    engine.move_up([ids[4]])
    expected = [ids[3], ids[1], ids[0], ids[4], ids[2]]
    assert [j.id for j in engine.jobs()] == expected
    engine.shutdown()

    again = make_engine(max_concurrent=1)
    assert [j.id for j in again.jobs()] == expected


def test_clean_quit_stops_runners_quickly_and_loses_nothing(
    qtbot, server, make_engine, db_path: Path
) -> None:
    url = server.add("/quit.mp4", make_payload(3_000_000, seed=12), throttle=300_000)
    engine = make_engine()
    job_id = engine.add_urls([url])[0].job.id
    qtbot.waitUntil(lambda: engine.job(job_id).bytes_done > 100_000, timeout=10000)
    assert engine.shutdown(timeout=2.0), "every runner stopped within the shutdown's limit"
    store = SqliteJobStore.open(db_path)
    stored = store.get_job(job_id)
    store.close()
    assert stored.state is JobState.DOWNLOADING  # requeued by the next launch
    assert stored.bytes_done == engine.job(job_id).bytes_done > 0
