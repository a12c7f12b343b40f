"""The native-messaging host as a browser runs it: a real process, framed messages on its
stdin/stdout, handing links to a real MediaDesk (which it starts when none runs)."""

from __future__ import annotations

import json
import os
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import make_payload

REPO = Path(__file__).resolve().parents[2]
SECRET = "cookie-value-never-stored-7f3a"


def frame(value: object) -> bytes:
    body = json.dumps(value).encode() if not isinstance(value, bytes) else value
    return struct.pack("<I", len(body)) + body


def replies(data: bytes) -> list[dict[str, Any]]:
    found = []
    while data:
        (length,) = struct.unpack("<I", data[:4])
        found.append(json.loads(data[4 : 4 + length]))
        data = data[4 + length :]
    return found


def run_host(env: dict[str, str], stdin: bytes, *args: str) -> tuple[int, list[dict[str, Any]]]:
    # As Chrome starts it: the caller's origin as the argument, which the host ignores.
    result = subprocess.run(
        [sys.executable, "-m", "mediadesk", "--native-messaging-host", *args],
        input=stdin,
        env=env,
        capture_output=True,
        timeout=90,
        cwd=REPO,
    )
    return result.returncode, replies(result.stdout)


def jobs(env: dict[str, str]) -> list[dict[str, Any]]:
    result = subprocess.run(
        [sys.executable, "-m", "mediadesk", "--list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def app_pid(env: dict[str, str]) -> int | None:
    lock = Path(env["XDG_RUNTIME_DIR"]) / f"mediadesk-{os.getuid()}.lock"
    try:
        return int(lock.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def stop_app(env: dict[str, str]) -> None:
    pid = app_pid(env)
    if pid is None:
        return
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)
    pytest.fail("MediaDesk did not quit on SIGTERM")


def wait_done(env: dict[str, str], url: str) -> dict[str, Any]:
    deadline = time.monotonic() + 60
    while True:
        found = [j for j in jobs(env) if j["url"] == url]
        if found and found[0]["state"] == "done":
            return found[0]
        assert time.monotonic() < deadline, found
        time.sleep(0.2)


@pytest.fixture
def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.slow
def test_a_link_from_the_browser_starts_mediadesk_and_is_downloaded_with_its_cookies(
    server, env, tmp_path: Path
) -> None:
    data = make_payload(150_000, seed=9)
    url = server.add("/from-browser.mp4", data)
    cookie = {
        "name": "sid",
        "value": SECRET,
        "domain": "127.0.0.1",
        "path": "/",
        "secure": False,
        "httpOnly": True,
        "hostOnly": True,
        "session": True,
    }
    message = {"action": "add", "urls": [url], "page_url": url, "cookies": [cookie]}
    try:
        code, answers = run_host(env, frame(message), "chrome-extension://abc/")
        assert code == 0
        assert answers == [{"ok": True, "queued": 1}]
        assert app_pid(env) is not None, "the host started MediaDesk"
        job = wait_done(env, url)
        assert Path(job["file_path"]).read_bytes() == data
        assert any(r.cookie == f"sid={SECRET}" for r in server.gets("/from-browser.mp4"))

        # The cookies were for that job only: gone once it is done, never in the database.
        folder = Path(env["XDG_DATA_HOME"]) / "MediaDesk" / "browser-cookies"
        deadline = time.monotonic() + 20
        while any(folder.iterdir()):
            assert time.monotonic() < deadline, list(folder.iterdir())
            time.sleep(0.1)
        database = Path(env["XDG_DATA_HOME"]) / "MediaDesk" / "jobs.sqlite3"
        for path in database.parent.glob("jobs.sqlite3*"):
            assert SECRET.encode() not in path.read_bytes(), path

        # A second request goes to the running app: no second MediaDesk.
        pid = app_pid(env)
        second = server.add("/second.mp4", data[:50_000])
        code, answers = run_host(env, frame({"action": "add", "urls": [second]}))
        assert answers == [{"ok": True, "queued": 1}]
        assert app_pid(env) == pid
        wait_done(env, second)
    finally:
        stop_app(env)


@pytest.mark.slow
def test_bad_messages_get_an_error_and_start_nothing(env) -> None:
    messages = (
        frame(b"{not json")
        + frame({"action": "remove", "urls": ["https://example.org/"]})
        + frame({"action": "add", "urls": ["javascript:alert(1)"]})
        + struct.pack("<I", 2_000_000)
    )
    code, answers = run_host(env, messages)
    assert code == 1
    assert [a["ok"] for a in answers] == [False] * 4
    assert "too large" in answers[-1]["error"]
    assert app_pid(env) is None
    assert not (Path(env["XDG_DATA_HOME"]) / "MediaDesk" / "jobs.sqlite3").exists()
