"""End-to-end downloads through the real engine, yt-dlp and a local server."""

from __future__ import annotations

from pathlib import Path

from mediadesk.core.states import JobState
from tests.conftest import make_payload, sha256, wait_state
from tests.support.media_server import Fault


def test_download_completes_and_hash_matches(qtbot, server, make_engine, downloads: Path) -> None:
    data = make_payload(3_000_000)
    url = server.add("/clip.mp4", data)
    engine = make_engine()
    [result] = engine.add_urls([url])
    assert result.ok
    job = wait_state(qtbot, engine, result.job.id, JobState.DONE)
    path = Path(job.file_path)
    assert path.parent == downloads
    assert path.name == "clip.mp4"
    assert sha256(path) == sha256(data)
    assert job.bytes_done == job.bytes_total == len(data)
    assert not list(downloads.glob("mediadesk-*")), "no temp files left behind"


def _wait_bytes(qtbot, engine, job_id: str, at_least: int) -> None:
    qtbot.waitUntil(lambda: engine.job(job_id).bytes_done >= at_least, timeout=20000)


def test_pause_then_resume_uses_range_and_is_byte_identical(
    qtbot, server, make_engine, downloads: Path
) -> None:
    data = make_payload(2_000_000, seed=2)
    url = server.add("/paused.mp4", data, throttle=500_000)
    engine = make_engine()
    job_id = engine.add_urls([url])[0].job.id
    _wait_bytes(qtbot, engine, job_id, 300_000)

    engine.pause([job_id])
    assert engine.job(job_id).state is JobState.PAUSED  # committed at once
    qtbot.waitUntil(lambda: not engine.is_running(job_id), timeout=5000)
    parts = list(downloads.glob("mediadesk-*.part"))
    assert len(parts) == 1 and parts[0].stat().st_size > 0
    assert not server.ranged_gets("/paused.mp4")

    server.set_throttle("/paused.mp4", None)
    engine.resume([job_id])
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sha256(data)
    assert server.ranged_gets("/paused.mp4"), "resume must ask for the rest with a Range header"


def test_cancel_removes_exactly_the_jobs_partial_files(
    qtbot, server, make_engine, downloads: Path
) -> None:
    data = make_payload(2_000_000, seed=3)
    url = server.add("/cancel.mp4", data, throttle=400_000)
    bystanders = [
        downloads / "mediadesk-0000000000000000.mp4.part",  # another job's partial file
        downloads / "holiday.mp4",
        downloads / "notes.part",
    ]
    for path in bystanders:
        path.write_bytes(b"keep me")
    engine = make_engine()
    job_id = engine.add_urls([url])[0].job.id
    _wait_bytes(qtbot, engine, job_id, 200_000)
    assert list(downloads.glob(f"mediadesk-{job_id}*"))

    engine.cancel([job_id])
    assert engine.job(job_id).state is JobState.CANCELED
    qtbot.waitUntil(lambda: not engine.is_running(job_id), timeout=5000)
    assert not list(downloads.glob(f"mediadesk-{job_id}*"))
    assert all(p.read_bytes() == b"keep me" for p in bystanders)


def test_503_twice_then_success_is_retried(qtbot, server, make_engine) -> None:
    data = make_payload(500_000, seed=4)
    url = server.add("/flaky.mp4", data)
    server.fail("/flaky.mp4", Fault(status=503), Fault(status=503))
    engine = make_engine()
    job_id = engine.add_urls([url])[0].job.id
    job = wait_state(qtbot, engine, job_id, JobState.DONE, JobState.FAILED)
    assert job.state is JobState.DONE, job.error
    assert sha256(Path(job.file_path)) == sha256(data)
    assert [r.status for r in server.gets("/flaky.mp4")][:2] == [503, 503]


def test_404_fails_at_once_with_a_clear_message(qtbot, server, make_engine) -> None:
    engine = make_engine()
    job_id = engine.add_urls([server.url("/missing.mp4")])[0].job.id
    job = wait_state(qtbot, engine, job_id, JobState.FAILED)
    assert "does not exist" in job.error and "404" in job.error
    assert job.attempts == 1, "a permanent failure is not retried"
    messages = [e.message for e in engine.events(job_id)]
    assert len(messages) == len(set(messages)), f"log lines repeated: {messages}"
    assert len(server.gets("/missing.mp4")) <= 2


def test_failed_job_can_be_retried_by_hand(qtbot, server, make_engine) -> None:
    engine = make_engine()
    job_id = engine.add_urls([server.url("/later.mp4")])[0].job.id
    wait_state(qtbot, engine, job_id, JobState.FAILED)
    data = make_payload(100_000, seed=5)
    server.add("/later.mp4", data)
    engine.retry([job_id])
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sha256(data)
    assert job.error == ""


def test_stalled_server_stops_within_the_socket_timeout(qtbot, server, make_engine) -> None:
    data = make_payload(1_000_000, seed=6)
    url = server.add("/stall.mp4", data)
    # The extraction probe and the download both stall; every attempt times out.
    server.fail("/stall.mp4", *[Fault(stall_after=100_000, stall_seconds=30)] * 20)
    engine = make_engine(socket_timeout=1.0, max_attempts=1)
    job_id = engine.add_urls([url])[0].job.id
    job = wait_state(qtbot, engine, job_id, JobState.FAILED, timeout=15000)
    assert "stopped sending data" in job.error


def test_pause_during_a_stall_takes_effect_at_once(qtbot, server, make_engine) -> None:
    data = make_payload(1_000_000, seed=7)
    url = server.add("/stall2.mp4", data)
    server.fail("/stall2.mp4", *[Fault(stall_after=200_000, stall_seconds=30)] * 20)
    engine = make_engine(socket_timeout=20.0)
    job_id = engine.add_urls([url])[0].job.id
    _wait_bytes(qtbot, engine, job_id, 1)
    qtbot.wait(300)  # now the server has gone quiet mid-body
    engine.pause([job_id])
    # The worker cannot react inside a stalled read; it is stopped (killed after the grace
    # time) long before its 20 s socket timeout. How long it takes: bench pause.
    qtbot.waitUntil(lambda: not engine.is_running(job_id), timeout=10000)
    assert engine.job(job_id).state is JobState.PAUSED
    assert engine.job(job_id).error == "", "an error after a pause is the pause, not a failure"

    server.clear_faults("/stall2.mp4")
    server.requests.clear()
    engine.resume([job_id])
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sha256(data)
    assert server.ranged_gets("/stall2.mp4"), "the killed worker's partial file was resumed"


def test_concurrency_limit_is_respected(qtbot, server, make_engine) -> None:
    urls = [
        server.add(f"/c{i}.mp4", make_payload(300_000, seed=i), throttle=300_000) for i in range(5)
    ]
    engine = make_engine(max_concurrent=2)
    peak = 0

    def track(_job) -> None:
        nonlocal peak
        active = sum(1 for j in engine.jobs() if j.state.is_active)
        peak = max(peak, active, engine.running_count())

    engine.jobChanged.connect(track)
    ids = [r.job.id for r in engine.add_urls(urls)]
    for job_id in ids:
        wait_state(qtbot, engine, job_id, JobState.DONE, timeout=30000)
    assert peak == 2


def test_concurrency_can_be_raised_live(qtbot, server, make_engine) -> None:
    urls = [
        server.add(f"/l{i}.mp4", make_payload(400_000, seed=i), throttle=200_000) for i in range(3)
    ]
    engine = make_engine(max_concurrent=1)
    ids = [r.job.id for r in engine.add_urls(urls)]
    qtbot.waitUntil(lambda: engine.running_count() == 1)
    assert engine.job(ids[1]).state is JobState.QUEUED
    engine.set_max_concurrent(3)
    qtbot.waitUntil(lambda: engine.running_count() == 3, timeout=3000)
    assert engine.settings.max_concurrent == 3


def test_cancel_during_extraction_counts_as_the_cancel(qtbot, server, make_engine) -> None:
    data = make_payload(200_000, seed=8)
    url = server.add("/slowstart.mp4", data)
    server.fail("/slowstart.mp4", Fault(delay=30))
    engine = make_engine(socket_timeout=1.0)
    job_id = engine.add_urls([url])[0].job.id
    qtbot.waitUntil(lambda: len(server.started) >= 1, timeout=5000)
    assert server.requests == []  # the runner is inside yt-dlp's extraction, waiting
    engine.cancel([job_id])
    qtbot.waitUntil(lambda: not engine.is_running(job_id), timeout=8000)
    job = engine.job(job_id)
    assert job.state is JobState.CANCELED and job.error == ""
    assert [r.range for r in server.gets("/slowstart.mp4") if r.bytes_sent] == []
