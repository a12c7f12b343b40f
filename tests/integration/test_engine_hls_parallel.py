"""HLS fragments fetched over several connections (worker/parallel_fragments.py) by real
workers against a server that caps every connection: the result is the fragments in order,
byte for byte, after pauses, a killed worker and a killed app, and no fragment is fetched
more than the interruptions can explain (the server counts requests per fragment)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from yt_dlp import YoutubeDL

from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from tests.conftest import sha256, wait_state
from tests.integration.test_engine_restore import REPO
from tests.support.hls_stream import (
    HlsStream,
    fragment_bytes,
    fragment_fetches,
    make_hls,
    serve_hls,
)
from tests.support.media_server import MediaServer

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")

FRAGMENTS = 120
PER_CONNECTION = 100_000  # bytes per second per connection: ~60 ms per fragment
CONNECTIONS = Settings(download_dir="").connections_per_download  # the setting's default


@pytest.fixture(scope="module")
def stream(tmp_path_factory: pytest.TempPathFactory) -> HlsStream:
    return make_hls(tmp_path_factory.mktemp("hls-parallel"), FRAGMENTS)


@pytest.fixture(scope="module")
def sequential(stream: HlsStream, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The hash of what plain yt-dlp makes of the stream, one fragment at a time (in this
    process, without MediaDesk's downloader; ffmpeg turns the fragments into an mp4)."""
    folder = tmp_path_factory.mktemp("sequential")
    params = {"outtmpl": str(folder / "x.%(ext)s"), "quiet": True, "noprogress": True}
    with MediaServer() as server, YoutubeDL(params) as ydl:
        assert ydl.download([serve_hls(server, stream, "/s")]) == 0
    (result,) = folder.iterdir()
    return sha256(result)


def _wait_fetched(qtbot, server, prefix: str, at_least: int) -> None:
    qtbot.waitUntil(lambda: len(fragment_fetches(server, prefix)) >= at_least, timeout=30000)


def _assert_bounded(server, prefix: str, stream: HlsStream, interruptions: int) -> None:
    """Each interruption may cut one fragment per connection, continued later with a Range
    request: at most that many fragments take a second request, none a third, and the bytes
    sent stay within one fragment per connection per interruption of the stream's size."""
    assert server.peak_in_flight(prefix) == CONNECTIONS, "fetched in parallel"
    fetches = fragment_fetches(server, prefix)
    assert len(fetches) == len(stream.fragments)
    assert max(fetches.values()) <= 2, fetches.most_common(3)
    again = [path for path, count in fetches.items() if count > 1]
    assert len(again) <= interruptions * CONNECTIONS, again
    slack = interruptions * CONNECTIONS * max(stream.sizes)
    assert fragment_bytes(server, prefix) <= stream.total + slack


def test_parallel_fragments_are_the_one_at_a_time_result(
    qtbot, server, make_engine, stream: HlsStream, downloads: Path, sequential: str
) -> None:
    url = serve_hls(server, stream, "/four", throttle=PER_CONNECTION)
    engine = make_engine()
    job = wait_state(qtbot, engine, engine.add_urls([url])[0].job.id, JobState.DONE)

    assert sha256(Path(job.file_path)) == sequential
    assert server.peak_in_flight("/four") == CONNECTIONS
    assert set(fragment_fetches(server, "/four").values()) == {1}, "each fragment once"
    assert sorted(p.name for p in downloads.iterdir()) == [Path(job.file_path).name]


def test_one_connection_fetches_one_fragment_at_a_time(
    qtbot, server, make_engine, stream: HlsStream, sequential: str
) -> None:
    url = serve_hls(server, stream, "/one", throttle=4 * PER_CONNECTION)
    engine = make_engine(connections_per_download=1)
    job = wait_state(qtbot, engine, engine.add_urls([url])[0].job.id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sequential
    assert server.peak_in_flight("/one") == 1


@pytest.mark.slow
def test_pause_and_resume_several_times_lose_and_repeat_nothing(
    qtbot, server, make_engine, stream: HlsStream, downloads: Path, sequential: str
) -> None:
    url = serve_hls(server, stream, "/paused", throttle=PER_CONNECTION)
    engine = make_engine()
    job_id = engine.add_urls([url])[0].job.id
    pauses = (FRAGMENTS // 4, FRAGMENTS // 2, FRAGMENTS * 3 // 4)
    for at in pauses:
        _wait_fetched(qtbot, server, "/paused", at)
        engine.pause([job_id])
        qtbot.waitUntil(lambda: not engine.is_running(job_id), timeout=5000)
        assert engine.job(job_id).state is JobState.PAUSED
        assert list(downloads.glob(f"mediadesk-{job_id}*.ytdl")), "the record is kept"
        engine.resume([job_id])
    job = wait_state(qtbot, engine, job_id, JobState.DONE, timeout=30000)

    assert sha256(Path(job.file_path)) == sequential
    _assert_bounded(server, "/paused", stream, interruptions=len(pauses))
    assert sorted(p.name for p in downloads.iterdir()) == [Path(job.file_path).name]


def _worker_holding(part_folder: Path, job_id: str) -> int | None:
    """The process that has the job's .part open (however the worker was started)."""
    stem = f"mediadesk-{job_id}"
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            targets = [os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")]
        except OSError:
            continue
        if any(t.startswith(str(part_folder / stem)) and t.endswith(".part") for t in targets):
            return int(pid)
    return None


@pytest.mark.slow
def test_kill_9_of_the_worker_at_30_percent_loses_and_repeats_nothing(
    qtbot, server, make_engine, stream: HlsStream, downloads: Path, sequential: str
) -> None:
    url = serve_hls(server, stream, "/worker", throttle=PER_CONNECTION)
    engine = make_engine()
    job_id = engine.add_urls([url])[0].job.id
    _wait_fetched(qtbot, server, "/worker", FRAGMENTS * 3 // 10)
    pid = _worker_holding(downloads, job_id)
    assert pid is not None and pid != os.getpid()
    os.kill(pid, signal.SIGKILL)

    job = wait_state(qtbot, engine, job_id, JobState.DONE, timeout=30000)  # retried by itself
    assert sha256(Path(job.file_path)) == sequential
    _assert_bounded(server, "/worker", stream, interruptions=1)
    assert sorted(p.name for p in downloads.iterdir()) == [Path(job.file_path).name]


@pytest.mark.slow
def test_kill_9_of_the_app_at_30_percent_then_relaunch_loses_and_repeats_nothing(
    qtbot, server, make_engine, stream: HlsStream, db_path: Path, downloads: Path, sequential: str
) -> None:
    url = serve_hls(server, stream, "/app", throttle=PER_CONNECTION)
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
        deadline = time.monotonic() + 30
        while len(fragment_fetches(server, "/app")) < FRAGMENTS * 3 // 10:
            assert time.monotonic() < deadline, "the child never fetched fragments"
            assert proc.poll() is None
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert list(downloads.glob(f"mediadesk-{job_id}*.ytdl"))

    engine = make_engine()  # a relaunch over the same database
    job = wait_state(qtbot, engine, job_id, JobState.DONE, timeout=30000)
    assert sha256(Path(job.file_path)) == sequential
    _assert_bounded(server, "/app", stream, interruptions=1)
    assert sorted(p.name for p in downloads.iterdir()) == [Path(job.file_path).name]


def test_the_speed_limit_holds_for_all_connections_together(
    qtbot, server, make_engine, stream: HlsStream, sequential: str
) -> None:
    limit = 60_000  # bytes per second for the download, whatever its connections
    url = serve_hls(server, stream, "/limited")  # the server itself does not cap
    engine = make_engine(rate_limit=limit)
    job_id = engine.add_urls([url])[0].job.id
    qtbot.waitUntil(lambda: engine.job(job_id).bytes_done > 0, timeout=20000)
    qtbot.wait(1000)  # past the first blocks (a transfer's pace is measured from its start)
    before = engine.job(job_id).bytes_done
    qtbot.wait(3000)
    received = engine.job(job_id).bytes_done - before
    # A generous upper bound only: four connections paced one by one would take ~4 x.
    assert received <= 1.6 * limit * 3, f"{received} bytes in 3 s"
    engine.update_settings(replace(engine.settings, rate_limit=0))
    job = wait_state(qtbot, engine, job_id, JobState.DONE, timeout=30000)
    assert sha256(Path(job.file_path)) == sequential
