"""Several Range connections per download (worker/segmented.py) against a server that caps
every connection: byte-identical results, every piece resumed after pause and kill -9, no
request spent on a separate probe, a server that limits parallel connections, and one
connection when the server ignores ranges or the setting says so."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.worker import segment_state
from tests.conftest import make_payload, sha256, wait_state
from tests.integration.test_engine_restore import REPO, _bytes_in_db

SIZE = 16_000_000  # 7 segments of at least 2 MiB fit: the default 8 connections get 7
PER_CONNECTION = 1_000_000  # bytes per second, per connection (the server's cap)
DEFAULT = Settings(download_dir="").connections_per_download
PLANNED = [s.start for s in segment_state.plan(SIZE, DEFAULT).segments]


def _segment_gets(server, path: str) -> list:
    """The ranged requests that fetched file data (not yt-dlp's extraction request)."""
    return [r for r in server.gets(path) if r.status == 206 and r.range]


def _no_probe(server, path: str) -> bool:
    """No one-byte request: the first piece's own request tells the size."""
    return not [r for r in server.gets(path) if r.range == "bytes=0-0"]


def _start(record) -> int:
    return int(record.range.split("=")[1].split("-")[0])


def _wait_bytes(qtbot, engine, job_id: str, at_least: int) -> None:
    qtbot.waitUntil(lambda: engine.job(job_id).bytes_done >= at_least, timeout=30000)


@pytest.mark.slow
def test_a_capped_server_is_fetched_over_several_connections_byte_identical(
    qtbot, server, make_engine, downloads: Path
) -> None:
    data = make_payload(SIZE, seed=31)
    url = server.add("/capped.mp4", data, throttle=PER_CONNECTION)
    engine = make_engine()
    job_id = engine.add_urls([url])[0].job.id
    job = wait_state(qtbot, engine, job_id, JobState.DONE, timeout=30000)

    assert sha256(Path(job.file_path)) == sha256(data)
    assert job.bytes_done == job.bytes_total == SIZE
    assert DEFAULT == 8
    gets = server.gets("/capped.mp4")
    starts = sorted(_start(r) for r in _segment_gets(server, "/capped.mp4"))
    assert starts == PLANNED and len(starts) == 7, "every piece at once, none split late"
    assert _no_probe(server, "/capped.mp4")
    assert len(gets) == 1 + len(PLANNED), "yt-dlp's extraction, then one request per piece"
    assert server.bytes_sent("/capped.mp4") <= 1.05 * SIZE
    assert sorted(p.name for p in downloads.iterdir()) == [Path(job.file_path).name]


def test_one_connection_when_the_setting_says_so(qtbot, server, make_engine) -> None:
    data = make_payload(9_000_000, seed=32)
    url = server.add("/single.mp4", data)
    engine = make_engine(connections_per_download=1)
    job_id = engine.add_urls([url])[0].job.id
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sha256(data)
    assert not _segment_gets(server, "/single.mp4")
    assert [r.bytes_sent for r in server.gets("/single.mp4")].count(len(data)) == 1


def test_a_server_that_ignores_ranges_gets_one_connection(qtbot, server, make_engine) -> None:
    data = make_payload(9_000_000, seed=33)
    url = server.add("/noranges.mp4", data, ranges=False, throttle=4_000_000)
    engine = make_engine()
    job_id = engine.add_urls([url])[0].job.id
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sha256(data)
    gets = server.gets("/noranges.mp4")
    assert all(r.status == 200 for r in gets)
    assert [r.bytes_sent for r in gets].count(len(data)) == 1, "one whole-file download"


@pytest.mark.slow
def test_pause_and_resume_continue_every_piece(qtbot, server, make_engine, downloads: Path) -> None:
    data = make_payload(SIZE, seed=34)
    url = server.add("/paused.mp4", data, throttle=PER_CONNECTION)
    engine = make_engine()
    job_id = engine.add_urls([url])[0].job.id
    _wait_bytes(qtbot, engine, job_id, SIZE * 3 // 10)

    engine.pause([job_id])
    qtbot.waitUntil(lambda: not engine.is_running(job_id), timeout=5000)
    sidecars = list(downloads.glob(f"mediadesk-{job_id}*.part.segments"))
    assert len(sidecars) == 1, "the pieces' progress is recorded beside the .part"
    before = len(server.gets("/paused.mp4"))

    engine.resume([job_id])
    job = wait_state(qtbot, engine, job_id, JobState.DONE, timeout=30000)
    assert sha256(Path(job.file_path)) == sha256(data)
    resumed = [r for r in server.gets("/paused.mp4")[before:] if r.status == 206 and r.range]
    starts = {_start(r) for r in resumed} - {0}
    assert len(starts - set(PLANNED)) >= 4, (
        "every piece continues where it stopped, not at its beginning"
    )
    assert _no_probe(server, "/paused.mp4"), "the resume's first piece request checks the file"
    assert server.bytes_sent("/paused.mp4") <= 1.05 * SIZE
    assert not list(downloads.glob(f"mediadesk-{job_id}*"))


@pytest.mark.slow
def test_kill_9_of_the_app_then_relaunch_fetches_each_piece_once(
    qtbot, server, make_engine, db_path: Path, downloads: Path
) -> None:
    data = make_payload(SIZE, seed=35)
    url = server.add("/killed.mp4", data, throttle=PER_CONNECTION)
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
        while _bytes_in_db(db_path, job_id) < SIZE * 3 // 10:
            assert time.monotonic() < deadline, "the child never reported progress"
            assert proc.poll() is None
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert list(downloads.glob(f"mediadesk-{job_id}*.part.segments"))
    fetched_before = server.bytes_sent("/killed.mp4")
    assert fetched_before < SIZE

    # The server stays capped: unthrottled, yt-dlp's extraction request alone would receive
    # megabytes into socket buffers before it hangs up (that is not the pieces' doing).
    engine = make_engine()  # a relaunch over the same database
    job = wait_state(qtbot, engine, job_id, JobState.DONE, timeout=30000)
    assert sha256(Path(job.file_path)) == sha256(data)
    assert server.bytes_sent("/killed.mp4") <= 1.05 * SIZE, [
        (r.range, r.status, r.bytes_sent) for r in server.gets("/killed.mp4")
    ]
    assert _no_probe(server, "/killed.mp4")
    assert not list(downloads.glob(f"mediadesk-{job_id}*"))


@pytest.mark.slow
def test_a_server_that_allows_fewer_connections_gets_that_many_and_nothing_fails(
    qtbot, server, make_engine, downloads: Path
) -> None:
    data = make_payload(8_000_000, seed=36)  # 3 pieces: one more than the server allows
    url = server.add("/limited.mp4", data, throttle=PER_CONNECTION, max_ranged=2)
    engine = make_engine()  # 8 connections; the server serves 2 at a time, 503 to the rest
    job_id = engine.add_urls([url])[0].job.id
    job = wait_state(qtbot, engine, job_id, JobState.DONE, timeout=60000)

    assert sha256(Path(job.file_path)) == sha256(data)
    assert job.attempts == 0, "refused connections are not failures of the download"
    gets = server.gets("/limited.mp4")
    assert any(r.status == 503 for r in gets)
    assert {_start(r) for r in _segment_gets(server, "/limited.mp4")} >= set(
        s.start for s in segment_state.plan(len(data), DEFAULT).segments
    ), "the two accepted connections fetched every piece"
    assert server.bytes_sent("/limited.mp4") <= 1.05 * len(data)
    assert any("refused a connection" in e.message for e in engine.events(job_id))
