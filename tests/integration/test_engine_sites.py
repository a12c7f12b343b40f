"""Real sites need cookies, proxies, honest resume and errors a person can act on: checked with
the real engine, worker and yt-dlp against servers on 127.0.0.1."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mediadesk.core.failures import FailureAction
from mediadesk.core.job import EventKind
from mediadesk.core.states import JobState
from tests.conftest import make_payload, sha256, wait_state
from tests.integration.test_single_instance import _jobs, _start_primary, _stop
from tests.support.http_proxy import RecordingProxy

SECRET = "s3cr3t-cookie-value-42"


def _cookies_txt(folder: Path, value: str = SECRET) -> Path:
    path = folder / "cookies.txt"
    path.write_text(
        "# Netscape HTTP Cookie File\n"
        f"127.0.0.1\tFALSE\t/\tFALSE\t{int(time.time()) + 3600}\tsession\t{value}\n"
    )
    return path


def _firefox_profile(home: Path, value: str = SECRET) -> None:
    """A Firefox profile as yt-dlp finds it on Linux: ~/.mozilla/firefox/<x>.default/."""
    root = home / ".mozilla" / "firefox"
    profile = root / "abcd1234.default"
    profile.mkdir(parents=True)
    (root / "profiles.ini").write_text(
        "[Profile0]\nName=default\nIsRelative=1\nPath=abcd1234.default\nDefault=1\n"
    )
    db = sqlite3.connect(profile / "cookies.sqlite")
    db.execute(
        "CREATE TABLE moz_cookies (id INTEGER PRIMARY KEY, originAttributes TEXT NOT NULL "
        "DEFAULT '', name TEXT, value TEXT, host TEXT, path TEXT, expiry INTEGER, "
        "lastAccessed INTEGER, creationTime INTEGER, isSecure INTEGER, isHttpOnly INTEGER, "
        "inBrowserElement INTEGER DEFAULT 0, sameSite INTEGER DEFAULT 0, "
        "rawSameSite INTEGER DEFAULT 0, schemeMap INTEGER DEFAULT 0)"
    )
    db.execute("PRAGMA user_version = 15")  # expiry in seconds (16+ uses milliseconds)
    db.execute(
        "INSERT INTO moz_cookies (name, value, host, path, expiry, lastAccessed, creationTime,"
        " isSecure, isHttpOnly) VALUES ('session', ?, '127.0.0.1', '/', ?, 0, 0, 0, 0)",
        (value, int(time.time()) + 3600),
    )
    db.commit()
    db.close()


def _stored_bytes(db_path: Path) -> bytes:
    """Everything SQLite wrote for the job database (main file and write-ahead log)."""
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*") if p.is_file())


def _log(engine, job_id: str) -> str:
    return "\n".join(e.message for e in engine.events(job_id))


def test_a_page_that_needs_a_cookie_downloads_with_a_cookies_file(
    qtbot, server, make_engine, tmp_path: Path, db_path: Path
) -> None:
    data = make_payload(300_000, seed=31)
    url = server.add("/members.mp4", data, cookie=f"session={SECRET}")
    cookies = _cookies_txt(tmp_path)
    before = cookies.read_bytes()
    engine = make_engine()

    [without] = engine.add_urls([url])
    failed = wait_state(qtbot, engine, without.job.id, JobState.FAILED)
    assert "403" in failed.error

    [result] = engine.add_urls([url + "?again"], cookies=f"file:{cookies}")
    job = wait_state(qtbot, engine, result.job.id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sha256(data)
    assert engine.job(job.id).cookies == f"file:{cookies}"
    assert cookies.read_bytes() == before, "the person's cookies.txt is never rewritten"
    engine.shutdown()
    assert SECRET.encode() not in _stored_bytes(db_path)


def test_cookies_from_a_firefox_profile(qtbot, server, make_engine, db_path: Path) -> None:
    data = make_payload(200_000, seed=32)
    url = server.add("/firefox.mp4", data, cookie=f"session={SECRET}")
    _firefox_profile(Path(os.environ["HOME"]))
    engine = make_engine(cookies="browser:firefox")
    [result] = engine.add_urls([url])
    job = wait_state(qtbot, engine, result.job.id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sha256(data)
    engine.shutdown()
    assert SECRET.encode() not in _stored_bytes(db_path)


def test_a_missing_browser_cookie_store_says_so_and_offers_the_setting(
    qtbot, server, make_engine
) -> None:
    url = server.add("/nocookies.mp4", make_payload(10_000, seed=33))
    engine = make_engine(cookies="browser:firefox")  # no Firefox profile in this HOME
    [result] = engine.add_urls([url])
    job = wait_state(qtbot, engine, result.job.id, JobState.FAILED)
    assert "could not find that browser's cookies" in job.error
    assert job.failure_action == FailureAction.OPEN_COOKIE_SETTINGS.value


def test_downloads_go_through_the_proxy_with_its_password_kept_out_of_the_store(
    qtbot, server, make_engine, db_path: Path
) -> None:
    data = make_payload(250_000, seed=34)
    url = server.add("/proxied.mp4", data)
    password = "pr0xy-pass-word-77"
    with RecordingProxy(credentials=("alice", password)) as proxy:
        engine = make_engine(proxy=f"http://alice@127.0.0.1:{proxy.port}", proxy_password=password)
        [result] = engine.add_urls([url])
        job = wait_state(qtbot, engine, result.job.id, JobState.DONE)
        assert sha256(Path(job.file_path)) == sha256(data)
        assert any(r.url == url and r.status == 200 for r in proxy.requests)
        assert all(r.authorized for r in proxy.requests)
        assert password not in _log(engine, job.id)
        engine.shutdown()
    assert password.encode() not in _stored_bytes(db_path)


def test_a_page_that_embeds_its_video_names_the_embedded_address(
    qtbot, server, make_engine
) -> None:
    player = server.url("/player/7")
    server.add(
        "/article.html",
        f"<html><head><title>News</title></head><body><p>Watch:</p>"
        f"<iframe width=560 src='{player}' allowfullscreen></iframe></body></html>".encode(),
        content_type="text/html; charset=utf-8",
    )
    server.add("/player/7", b"<html><body>a player</body></html>", content_type="text/html")
    engine = make_engine()
    [result] = engine.add_urls([server.url("/article.html")])
    job = wait_state(qtbot, engine, result.job.id, JobState.FAILED)
    assert job.failure_action == FailureAction.ADD_EMBED_URL.value
    assert job.failure_target == player
    assert player in job.error and "not supported" not in job.error


def test_a_server_that_cannot_resume_says_so_at_pause_and_when_it_restarts(
    qtbot, server, make_engine
) -> None:
    data = make_payload(1_500_000, seed=35)
    url = server.add("/norange.mp4", data, throttle=400_000, ranges=False)
    engine = make_engine()
    job_id = engine.add_urls([url])[0].job.id
    qtbot.waitUntil(lambda: engine.job(job_id).bytes_done >= 200_000, timeout=20000)
    assert engine.job(job_id).no_resume

    engine.pause([job_id])
    qtbot.waitUntil(lambda: not engine.is_running(job_id), timeout=5000)
    assert "this server cannot resume: resuming starts over" in _log(engine, job_id).lower()

    server.set_throttle("/norange.mp4", None)
    engine.resume([job_id])
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sha256(data)
    restarts = [
        e
        for e in engine.events(job_id)
        if e.kind is EventKind.INFO and "restarts from zero" in e.message
    ]
    assert restarts, _log(engine, job_id)


def test_a_server_that_can_resume_pauses_without_the_warning(qtbot, server, make_engine) -> None:
    url = server.add("/ranged.mp4", make_payload(1_500_000, seed=36), throttle=400_000)
    engine = make_engine()
    job_id = engine.add_urls([url])[0].job.id
    qtbot.waitUntil(lambda: engine.job(job_id).bytes_done >= 200_000, timeout=20000)
    engine.pause([job_id])
    qtbot.waitUntil(lambda: not engine.is_running(job_id), timeout=5000)
    assert not engine.job(job_id).no_resume
    assert "cannot resume" not in _log(engine, job_id)


@pytest.mark.slow
def test_cookies_file_goes_through_the_hand_off_to_the_running_app(server, tmp_path: Path) -> None:
    data = make_payload(150_000, seed=37)
    url = server.add("/handed-cookies.mp4", data, cookie=f"session={SECRET}")
    cookies = _cookies_txt(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    primary = _start_primary(env)
    try:
        second = subprocess.run(
            [sys.executable, "-m", "mediadesk", "--cookies", str(cookies), url],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        deadline = time.monotonic() + 40
        while not any(j["url"] == url and j["state"] in ("done", "failed") for j in _jobs(env)):
            assert primary.poll() is None, primary.stdout.read()
            assert time.monotonic() < deadline, _jobs(env)
            time.sleep(0.2)
        [job] = _jobs(env)
        assert job["state"] == "done", job
        assert Path(job["file_path"]).read_bytes() == data
    finally:
        output = _stop(primary)
    assert primary.returncode == 0, output
    database = Path(env["XDG_DATA_HOME"]) / "MediaDesk" / "jobs.sqlite3"
    assert database.exists()
    assert SECRET.encode() not in _stored_bytes(database)
