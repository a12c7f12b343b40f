"""Bad input gets a clear message and loses nothing: URLs, duplicates, folders, full disk."""

from __future__ import annotations

import os
from pathlib import Path

from mediadesk.core.states import JobState
from tests.conftest import make_payload, sha256, wait_state


def test_non_http_and_garbage_are_refused_before_a_job_exists(qtbot, make_engine) -> None:
    engine = make_engine()
    results = engine.add_urls(["file:///etc/passwd", "javascript:alert(1)", "", "garbage"])
    assert [r.ok for r in results] == [False] * 4
    assert all(r.reason for r in results)
    assert engine.jobs() == []


def test_add_text_queues_every_url_and_reports_the_rest(qtbot, server, make_engine) -> None:
    engine = make_engine(max_concurrent=1)
    a, b = server.url("/a.mp4"), server.url("/b.mp4")
    results = engine.add_text(f"{a}\n  {b}  file:///x\n")
    assert [r.ok for r in results] == [True, True, False]
    assert [j.url for j in engine.jobs()] == [a, b]


def test_duplicate_of_an_unfinished_job_is_reported(qtbot, server, make_engine) -> None:
    url = server.add("/dup.mp4", make_payload(1_000_000), throttle=200_000)
    engine = make_engine()
    first = engine.add_urls([url])[0]
    again = engine.add_urls([url])[0]
    assert not again.ok and again.duplicate_of == first.job.id
    assert "Already in the list" in again.reason
    assert len(engine.jobs()) == 1
    engine.cancel([first.job.id])
    assert engine.add_urls([url])[0].ok, "a canceled job no longer blocks its URL"


def test_unsupported_page_fails_with_a_clear_message(qtbot, server, make_engine) -> None:
    page = b"<html><head><title>Hello</title></head><body>No media here.</body></html>"
    url = server.add("/page.html", page, content_type="text/html")
    engine = make_engine()
    job = wait_state(qtbot, engine, engine.add_urls([url])[0].job.id, JobState.FAILED)
    assert "No downloadable video or audio" in job.error
    assert job.attempts == 1


def test_unwritable_download_folder_fails_clearly_and_keeps_the_job(
    qtbot, server, make_engine, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    data = make_payload(200_000)
    url = server.add("/w.mp4", data)
    engine = make_engine(download_dir=str(blocker / "sub"))
    job = wait_state(qtbot, engine, engine.add_urls([url])[0].job.id, JobState.FAILED)
    assert "cannot be created" in job.error and "Settings" in job.error
    assert server.gets("/w.mp4") == [], "nothing is fetched into a folder that cannot hold it"

    good = tmp_path / "good"
    job_id = engine.add_urls([url], output_dir=str(good))[0].job.id
    assert sha256(Path(wait_state(qtbot, engine, job_id, JobState.DONE).file_path)) == sha256(data)


def test_full_disk_waits_for_space_then_continues_by_itself(
    qtbot, server, make_engine, downloads: Path
) -> None:
    data = make_payload(300_000)
    url = server.add("/full.mp4", data)
    engine = make_engine(max_concurrent=1)
    engine._space._timer.setInterval(100)  # the periodic space check, sooner
    # Writes to /dev/full fail with ENOSPC: the job's .part file will point there.
    victim = engine.add_urls([url])[0].job.id
    engine.pause([victim])
    qtbot.waitUntil(lambda: not engine.is_running(victim), timeout=5000)
    for leftover in downloads.glob(f"mediadesk-{victim}*"):
        leftover.unlink()
    part = downloads / f"mediadesk-{victim}.mp4.part"
    part.symlink_to("/dev/full")
    attempts = engine.job(victim).attempts
    engine.resume([victim])
    qtbot.waitUntil(lambda: "Waiting for disk space" in engine.job(victim).error, timeout=30000)
    job = engine.job(victim)
    assert job.state is JobState.QUEUED and "disk is full" in job.error
    assert job.attempts == attempts, "a full disk uses up no attempt"

    part.unlink()  # space "freed": the next check lets it go on
    done = wait_state(qtbot, engine, victim, JobState.DONE)
    assert sha256(Path(done.file_path)) == sha256(data)


def test_retry_after_is_honoured_for_429(qtbot, server, make_engine) -> None:
    from tests.support.media_server import Fault

    data = make_payload(100_000)
    url = server.add("/busy.mp4", data)
    server.fail("/busy.mp4", Fault(status=429, headers={"Retry-After": "1"}))
    engine = make_engine(retry_base_delay=0.01, retry_max_delay=0.02)
    job_id = engine.add_urls([url])[0].job.id
    job = wait_state(qtbot, engine, job_id, JobState.DONE, timeout=20000)
    statuses = [r.status for r in server.gets("/busy.mp4")]
    assert statuses[0] == 429
    assert job.attempts >= 1


def test_existing_file_with_the_same_name_is_never_overwritten(
    qtbot, server, make_engine, downloads: Path
) -> None:
    (downloads / "song.mp4").write_bytes(b"mine")
    data = make_payload(50_000)
    engine = make_engine()
    job = wait_state(
        qtbot, engine, engine.add_urls([server.add("/song.mp4", data)])[0].job.id, JobState.DONE
    )
    assert (downloads / "song.mp4").read_bytes() == b"mine"
    assert Path(job.file_path).name == "song (2).mp4"
    assert os.path.getsize(job.file_path) == len(data)
