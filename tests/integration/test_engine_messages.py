"""Failures that used to show the wrong words: each now says what really happened."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mediadesk.core.states import JobState
from tests.conftest import make_payload, wait_state
from tests.support.media_server import Fault


def test_an_empty_file_is_reported_as_empty_and_not_retried(qtbot, server, make_engine) -> None:
    url = server.add("/empty.mp4", b"")
    engine = make_engine()
    job = wait_state(qtbot, engine, engine.add_urls([url])[0].job.id, JobState.FAILED)
    assert "empty file (0 bytes)" in job.error
    assert job.attempts == 1, "retrying an empty file cannot help"
    assert all(e.message.strip() for e in engine.events(job.id)), "a blank line was logged"


def test_a_redirect_loop_is_named_as_one(qtbot, server, make_engine) -> None:
    url = server.add("/loop.mp4", b"x" * 1000)
    server.fail("/loop.mp4", *[Fault(status=302, headers={"Location": "/loop.mp4"})] * 40)
    engine = make_engine()
    job = wait_state(qtbot, engine, engine.add_urls([url])[0].job.id, JobState.FAILED)
    assert "keeps redirecting" in job.error and "HTTP 302" not in job.error


def test_an_endless_redirect_chain_is_named_as_one(qtbot, server, make_engine) -> None:
    for n in range(40):
        server.add(f"/chain{n}.mp4", b"x")
        server.fail(
            f"/chain{n}.mp4", *[Fault(status=302, headers={"Location": f"/chain{n + 1}.mp4"})] * 3
        )
    engine = make_engine()
    url = server.url("/chain0.mp4")
    job = wait_state(qtbot, engine, engine.add_urls([url])[0].job.id, JobState.FAILED)
    assert "keeps redirecting" in job.error, job.error


def test_a_redirect_to_a_local_file_is_refused_with_the_reason(qtbot, server, make_engine) -> None:
    url = server.add("/tofile.mp4", b"x" * 1000)
    server.fail("/tofile.mp4", *[Fault(status=302, headers={"Location": "file:///etc/passwd"})] * 3)
    engine = make_engine()
    job = wait_state(qtbot, engine, engine.add_urls([url])[0].job.id, JobState.FAILED)
    assert "redirected to a file: address" in job.error, job.error


@pytest.mark.slow
def test_a_download_folder_deleted_mid_download_is_noticed_early(
    qtbot, server, make_engine, tmp_path: Path
) -> None:
    data = make_payload(4_000_000, seed=51)
    url = server.add("/long.mp4", data, throttle=400_000)
    folder = tmp_path / "vanishing"
    folder.mkdir()
    engine = make_engine()
    job_id = engine.add_urls([url], output_dir=str(folder))[0].job.id
    qtbot.waitUntil(lambda: engine.job(job_id).bytes_done > 100_000, timeout=20000)
    shutil.rmtree(folder)
    job = wait_state(qtbot, engine, job_id, JobState.FAILED)
    assert f"download folder {folder} was deleted or moved" in job.error, job.error
    sent = sum(r.bytes_sent for r in server.gets("/long.mp4"))
    assert sent < len(data), "it fetched everything before noticing"
