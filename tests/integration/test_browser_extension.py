"""The browser extension in a real headless Chromium: it loads with its fixed id, and a link
it sends goes through the installed native-messaging host to a MediaDesk the host starts,
which downloads it. Skipped where Chromium is not installed."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import make_payload
from tests.integration.test_native_host import app_pid, stop_app, wait_done

REPO = Path(__file__).resolve().parents[2]
EXTENSION = REPO / "packaging" / "browser-extension"
EXTENSION_ID = "aofcimoaoeeijgdenbgckokabfifdlde"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed"),
]


def devtools(profile: Path, deadline: float) -> int:
    port_file = profile / "DevToolsActivePort"
    while not port_file.is_file() or not port_file.read_text().strip():
        assert time.monotonic() < deadline, "Chromium did not open its DevTools port"
        time.sleep(0.1)
    return int(port_file.read_text().split()[0])


def service_worker(port: int, deadline: float) -> dict[str, Any]:
    want = f"chrome-extension://{EXTENSION_ID}/background.js"
    while True:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            targets = json.load(answer)
        found = [t for t in targets if t.get("type") == "service_worker" and t["url"] == want]
        if found:
            return found[0]
        assert time.monotonic() < deadline, targets
        time.sleep(0.2)


class DevTools:
    """One DevTools connection to the extension's service worker."""

    def __init__(self, websocket: Any) -> None:
        self._ws = websocket
        self._next = 0

    def evaluate(self, expression: str) -> Any:
        self._next += 1
        request = {
            "id": self._next,
            "method": "Runtime.evaluate",
            "params": {"expression": expression, "awaitPromise": True, "returnByValue": True},
        }
        self._ws.send(json.dumps(request))
        while True:
            message = json.loads(self._ws.recv(timeout=90))
            if message.get("id") == self._next:
                result = message["result"]
                assert "exceptionDetails" not in result, result
                return result["result"].get("value")

    def wait_loaded(self, deadline: float) -> None:
        """The worker is listed as soon as it is registered, before its script has run."""
        while self.evaluate("typeof globalThis.mediadeskSend") != "function":
            assert time.monotonic() < deadline, "the background script never ran"
            time.sleep(0.1)


@pytest.fixture
def browser_env() -> dict[str, str]:
    """The test's private HOME with the host installed, as install_desktop.py does it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    mediadesk = Path(sys.executable).parent / "mediadesk"
    assert mediadesk.is_file(), "the test needs the installed mediadesk script"
    subprocess.run(
        [sys.executable, str(REPO / "packaging" / "install_desktop.py"), "--exec", str(mediadesk)],
        env=env,
        check=True,
        capture_output=True,
    )
    return env


@pytest.fixture
def chromium(browser_env: dict[str, str]) -> Iterator[tuple[int, Path]]:
    profile = Path(browser_env["XDG_CONFIG_HOME"]) / "chromium"  # where the manifest went
    proc = subprocess.Popen(
        [
            str(CHROMIUM),
            "--headless=new",
            "--no-sandbox",
            "--no-first-run",
            "--disable-gpu",
            f"--user-data-dir={profile}",
            f"--load-extension={EXTENSION}",
            f"--disable-extensions-except={EXTENSION}",
            "--remote-debugging-port=0",
            "about:blank",
        ],
        env=browser_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        yield devtools(profile, time.monotonic() + 60), profile
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_the_extension_sends_a_link_that_mediadesk_downloads(server, browser_env, chromium) -> None:
    data = make_payload(120_000, seed=12)
    url = server.add("/from-chromium.mp4", data)
    port, _profile = chromium
    from websockets.sync.client import connect

    worker = service_worker(port, time.monotonic() + 60)
    with connect(worker["webSocketDebuggerUrl"], max_size=None, open_timeout=20) as websocket:
        send_from_the_extension(DevTools(websocket), browser_env, url, data)


def send_from_the_extension(
    tools: DevTools, browser_env: dict[str, str], url: str, data: bytes
) -> None:
    try:
        tools.wait_loaded(time.monotonic() + 60)
        refused = tools.evaluate('mediadeskSend(["ftp://x/y.mp4"])')
        assert refused["ok"] is False and "Not a link" in refused["error"]
        assert app_pid(browser_env) is None, "a refused request starts nothing"

        reply = tools.evaluate(f"mediadeskSend([{json.dumps(url)}])")
        assert reply == {"ok": True, "queued": 1}
        job = wait_done(browser_env, url)
        assert Path(job["file_path"]).read_bytes() == data
    finally:
        stop_app(browser_env)
