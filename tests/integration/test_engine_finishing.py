"""Finishing is idempotent: the app killed at any step of finishing a download never fetches
it again, never leaves a second copy, and the relaunch marks the job done."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mediadesk.core.states import JobState
from mediadesk.worker.completion import CRASH_AT_ENV
from tests.conftest import make_payload, sha256, wait_state

REPO = Path(__file__).resolve().parents[2]
STEPS = ["downloaded", "journaled", "claimed", "named", "reported"]


def _run_until_the_worker_kills_the_app(db: Path, downloads: Path, url: str, step: str) -> str:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.engine_process", str(db), str(downloads), url],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), CRASH_AT_ENV: step},
    )
    try:
        job_id = proc.stdout.readline().strip()
        assert len(job_id) == 16, job_id
        assert proc.wait(timeout=60) == -9, "the app was not killed at the step"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return job_id


@pytest.mark.slow
@pytest.mark.parametrize("step", STEPS)
def test_app_killed_at_each_step_of_finishing_then_relaunch_finishes_without_refetching(
    qtbot, server, make_engine, db_path: Path, downloads: Path, step: str
) -> None:
    data = make_payload(400_000, seed=31)
    url = server.add("/finish.mp4", data)
    job_id = _run_until_the_worker_kills_the_app(db_path, downloads, url, step)
    first_run = len(server.gets("/finish.mp4"))
    assert first_run >= 1

    engine = make_engine()  # the relaunch over the same database
    job = wait_state(qtbot, engine, job_id, JobState.DONE)

    assert sha256(Path(job.file_path)) == sha256(data)
    again = len(server.gets("/finish.mp4")) - first_run
    # Before the journal, yt-dlp finds its complete file and only probes the address (one
    # request, no download); from the journal on, not even a request is made.
    assert again <= (1 if step == "downloaded" else 0), f"{again} more requests"
    assert sorted(p.name for p in downloads.iterdir()) == [Path(job.file_path).name], (
        "a second copy or a leftover stayed behind"
    )
    assert job.bytes_done == len(data)


def test_a_journal_for_a_file_that_is_gone_is_dropped_and_the_job_downloads_normally(
    qtbot, server, make_engine, downloads: Path
) -> None:
    data = make_payload(50_000, seed=32)
    url = server.add("/gone.mp4", data)
    engine = make_engine()
    result = engine.add_urls([url])[0]
    engine.pause([result.job.id])
    qtbot.waitUntil(lambda: not engine.is_running(result.job.id), timeout=10000)
    # What an earlier run left if the user deleted the finished file before the relaunch.
    marker = downloads / f"mediadesk-{result.job.id}.done.json"
    source = downloads / f"mediadesk-{result.job.id}.mp4"
    journal = {"source": str(source), "stem": "x", "ext": "mp4", "size": 50_000}
    marker.write_text(json.dumps({**journal, "final": str(downloads / "x.mp4")}))
    engine.resume([result.job.id])
    job = wait_state(qtbot, engine, result.job.id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sha256(data)
    assert not marker.exists()
    assert Path(job.file_path).name != "x.mp4" or len(list(downloads.iterdir())) == 1
