"""One instance per user: the hand-off protocol in process, and real launches as processes."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mediadesk.desktop.single_instance import (
    ACK,
    MAX_MESSAGE_BYTES,
    REFUSED,
    Delivery,
    HandOff,
    HandOffServer,
    InstanceLock,
    Role,
    claim_or_hand_off,
    default_lock_path,
    default_socket_name,
    send_hand_off,
)
from tests.conftest import make_payload

REPO = Path(__file__).resolve().parents[2]
NOT_UNDERSTOOD = REFUSED + b": The message was not understood.\n"


# -- helpers --------------------------------------------------------------------------------------


def in_thread(qtbot, fn: Callable[..., Any], *args: Any, timeout: int = 15000) -> Any:
    """Run a blocking client call off the GUI thread while the server's event loop runs."""
    result: dict[str, Any] = {}

    def target() -> None:
        try:
            result["value"] = fn(*args)
        except BaseException as exc:  # surfaced below, in the test's thread
            result["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout)
    if "error" in result:
        raise result["error"]
    return result["value"]


CLIENT = """
import sys
from mediadesk.desktop.single_instance import *
message = HandOff(tuple(sys.argv[3:]), activate=sys.argv[2] == "activate")
if sys.argv[1] == "send":
    print(send_hand_off(default_socket_name(), message).delivery.name)
else:
    lock = InstanceLock(default_lock_path())
    claim = claim_or_hand_off(lock, default_socket_name(), message)
    print(claim.role.name, claim.reason)
"""


def client_process(action: str, message: HandOff) -> str:
    """A real second process (PySide6 holds the GIL in blocking socket waits, so a thread of
    this process would starve the server it talks to)."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            CLIENT,
            action,
            "activate" if message.activate else "quiet",
            *message.urls,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def raw_exchange(path: str, data: bytes, close_write: bool = False) -> bytes:
    """Send bytes over a plain Unix socket and read the answer until the server closes."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(10)
        client.connect(path)
        client.sendall(data)
        if close_write:
            client.shutdown(socket.SHUT_WR)
        reply = b""
        while chunk := client.recv(4096):
            reply += chunk
        return reply


class Recorder:
    def __init__(self, server: HandOffServer) -> None:
        self.urls: list[list[str]] = []
        self.activations = 0
        server.urlsReceived.connect(self.urls.append)
        server.activationRequested.connect(self._activated)

    def _activated(self) -> None:
        self.activations += 1


@pytest.fixture
def serving(qtbot):
    """A listening hand-off server on the default per-user name (in the test's runtime dir)."""
    servers: list[HandOffServer] = []

    def start(**kwargs: Any) -> tuple[HandOffServer, Recorder]:
        server = HandOffServer(default_socket_name(), **kwargs)
        server.listen()
        servers.append(server)
        return server, Recorder(server)

    yield start
    for server in servers:
        server.close()


# -- the message ----------------------------------------------------------------------------------


def test_message_round_trips() -> None:
    message = HandOff(("https://a.example/v", "http://b.example/ü"), activate=False)
    assert HandOff.decode(message.encode().rstrip(b"\n")) == message
    assert message.encode().endswith(b"\n") and message.encode().count(b"\n") == 1


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xfe",
        b"hello",
        b"[]",
        b'"urls"',
        b'{"urls": "https://a.example/v"}',
        b'{"urls": [1, 2]}',
        b'{"urls": [], "activate": "yes"}',
    ],
)
def test_decode_rejects_anything_else(data: bytes) -> None:
    assert HandOff.decode(data) is None


def test_missing_fields_have_defaults() -> None:
    assert HandOff.decode(b"{}") == HandOff((), True)


# -- names and permissions ------------------------------------------------------------------------


def test_socket_and_lock_live_in_the_runtime_dir_named_per_user(tmp_path: Path) -> None:
    name = default_socket_name()
    assert Path(name).parent == tmp_path / "run"
    assert Path(name).name == f"mediadesk-{os.getuid()}.sock"
    assert Path(default_lock_path()) == tmp_path / "run" / f"mediadesk-{os.getuid()}.lock"


def test_socket_is_accessible_to_its_user_only(serving) -> None:
    server, _ = serving()
    mode = os.stat(server.full_name).st_mode
    assert stat.S_ISSOCK(mode)
    assert mode & 0o077 == 0, oct(mode)


# -- delivery -------------------------------------------------------------------------------------


def test_hand_off_emits_urls_then_activation(qtbot, serving) -> None:
    server, seen = serving()
    order: list[str] = []
    server.urlsReceived.connect(lambda _urls: order.append("urls"))
    server.activationRequested.connect(lambda: order.append("activate"))
    urls = ["http://127.0.0.1:9/a.mp4", "http://127.0.0.1:9/b.mp4"]
    result = in_thread(qtbot, client_process, "send", HandOff(tuple(urls)))
    assert result == Delivery.DELIVERED.name
    qtbot.waitUntil(lambda: seen.activations == 1)
    assert seen.urls == [urls]
    assert order == ["urls", "activate"]


def test_minimized_launch_delivers_urls_without_activation(qtbot, serving) -> None:
    _, seen = serving()
    message = HandOff(("http://127.0.0.1:9/a.mp4",), activate=False)
    assert in_thread(qtbot, client_process, "send", message) == Delivery.DELIVERED.name
    qtbot.waitUntil(lambda: seen.urls == [["http://127.0.0.1:9/a.mp4"]])
    qtbot.wait(50)
    assert seen.activations == 0


def test_plain_second_launch_only_activates(qtbot, serving) -> None:
    _, seen = serving()
    assert in_thread(qtbot, client_process, "send", HandOff()) == Delivery.DELIVERED.name
    qtbot.waitUntil(lambda: seen.activations == 1)
    assert seen.urls == []


def test_garbage_is_refused_and_the_server_keeps_serving(qtbot, serving, caplog) -> None:
    _, seen = serving()
    name = default_socket_name()
    with caplog.at_level(logging.WARNING, logger="mediadesk.desktop.single_instance"):
        assert in_thread(qtbot, raw_exchange, name, b"GET / HTTP/1.1\r\n\r\n") == NOT_UNDERSTOOD
        assert in_thread(qtbot, raw_exchange, name, b'{"urls": [42]}\n') == NOT_UNDERSTOOD
        assert in_thread(qtbot, raw_exchange, name, os.urandom(4096) + b"\n") == NOT_UNDERSTOOD
    assert "malformed" in caplog.text
    qtbot.wait(50)
    assert seen.urls == [] and seen.activations == 0
    message = HandOff(("http://127.0.0.1:9/ok.mp4",), activate=False)
    assert in_thread(qtbot, raw_exchange, name, message.encode()) == ACK
    qtbot.waitUntil(lambda: seen.urls == [["http://127.0.0.1:9/ok.mp4"]])


def test_oversized_message_is_cut_off(qtbot, serving, caplog) -> None:
    _, seen = serving()
    name = default_socket_name()

    def flood() -> bytes | str:
        try:
            return raw_exchange(name, b"x" * (MAX_MESSAGE_BYTES + 1024 * 1024))
        except (BrokenPipeError, ConnectionResetError) as exc:
            return type(exc).__name__  # the server hung up in the middle: also a refusal

    with caplog.at_level(logging.WARNING, logger="mediadesk.desktop.single_instance"):
        reply = in_thread(qtbot, flood)
        assert reply in ("BrokenPipeError", "ConnectionResetError") or reply.startswith(
            REFUSED + b": The links are too much"
        )
    assert "oversized" in caplog.text
    assert seen.urls == [] and seen.activations == 0
    assert in_thread(qtbot, raw_exchange, name, HandOff().encode()) == ACK


def test_client_that_never_finishes_is_dropped(qtbot, serving) -> None:
    _, seen = serving(read_timeout_ms=300)
    started = time.monotonic()
    reply = in_thread(qtbot, raw_exchange, default_socket_name(), b'{"urls": [')
    assert reply == REFUSED + b": The message did not arrive complete in time.\n"
    assert time.monotonic() - started < 5
    assert seen.urls == [] and seen.activations == 0


def test_message_without_newline_counts_when_the_client_closes(qtbot, serving) -> None:
    _, seen = serving()
    data = HandOff(("http://127.0.0.1:9/a.mp4",)).encode().rstrip(b"\n")
    in_thread(qtbot, raw_exchange, default_socket_name(), data, True)
    qtbot.waitUntil(lambda: seen.urls == [["http://127.0.0.1:9/a.mp4"]] and seen.activations)


def test_nothing_listening_is_reported_quickly(tmp_path: Path) -> None:
    started = time.monotonic()
    answer = send_hand_off(str(tmp_path / "run" / "none.sock"), HandOff())
    assert answer.delivery is Delivery.NO_SERVER
    assert time.monotonic() - started < 1


def test_stale_socket_file_does_not_block_the_next_primary(qtbot, serving) -> None:
    name = default_socket_name()
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(name)  # the file a crashed instance leaves: it exists, nobody accepts
    stale.close()
    assert Path(name).exists()
    assert send_hand_off(name, HandOff()).delivery is Delivery.NO_SERVER
    lock = InstanceLock(default_lock_path())
    assert lock.try_lock()
    try:
        _, seen = serving()
        assert in_thread(qtbot, client_process, "send", HandOff()) == Delivery.DELIVERED.name
        qtbot.waitUntil(lambda: seen.activations == 1)
    finally:
        lock.unlock()


# -- who is the primary ---------------------------------------------------------------------------


def test_first_claim_is_primary_and_a_second_hands_off(qtbot, serving) -> None:
    first = InstanceLock(default_lock_path())
    assert claim_or_hand_off(first, default_socket_name(), HandOff()).role is Role.PRIMARY
    try:
        assert first.holder_pid() == os.getpid()
        _, seen = serving()
        message = HandOff(("http://127.0.0.1:9/x.mp4",))
        assert in_thread(qtbot, client_process, "claim", message) == Role.HANDED_OFF.name
        qtbot.waitUntil(lambda: seen.urls == [["http://127.0.0.1:9/x.mp4"]])
    finally:
        first.unlock()


def test_a_primary_that_never_answers_is_reported() -> None:
    first = InstanceLock(default_lock_path())
    assert first.try_lock()
    try:
        second = InstanceLock(default_lock_path())
        started = time.monotonic()
        claim = claim_or_hand_off(second, default_socket_name(), HandOff(), wait_s=0.5)
        assert claim.role is Role.NO_ANSWER
        assert 0.4 < time.monotonic() - started < 5
    finally:
        first.unlock()


def test_lock_is_free_again_after_unlock() -> None:
    first = InstanceLock(default_lock_path())
    assert first.try_lock()
    first.unlock()
    second = InstanceLock(default_lock_path())
    claim = claim_or_hand_off(second, default_socket_name(), HandOff(), wait_s=0)
    assert claim.role is Role.PRIMARY
    second.unlock()


# -- real launches --------------------------------------------------------------------------------


def _jobs(env: dict[str, str], *, while_starting: bool = False) -> list[dict[str, Any]]:
    """The primary's jobs through ``mediadesk --list --json`` (read-only, while it runs).

    ``while_starting``: the primary listens before it has opened (and maybe upgraded) the
    database, and ``--list`` refuses a database that is not upgraded yet; that reads as "none yet".
    """
    result = subprocess.run(
        [sys.executable, "-m", "mediadesk", "--list", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if while_starting and result.returncode != 0 and "older MediaDesk" in result.stderr:
        return []
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def _start_primary(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "mediadesk", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    socket_path = Path(env["XDG_RUNTIME_DIR"]) / f"mediadesk-{os.getuid()}.sock"
    deadline = time.monotonic() + 30
    while not socket_path.exists():
        if proc.poll() is not None:
            pytest.fail(f"the primary exited with {proc.returncode}: {proc.stdout.read()}")
        assert time.monotonic() < deadline, "the primary never listened"
        time.sleep(0.05)
    return proc


def _stop(proc: subprocess.Popen[str]) -> str:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        output, _ = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        output, _ = proc.communicate()
        pytest.fail(f"the primary did not quit on SIGTERM: {output}")
    return output


@pytest.mark.slow
def test_second_launch_hands_its_url_to_the_running_app(server, tmp_path: Path) -> None:
    data = make_payload(200_000, seed=4)
    url = server.add("/handed.mp4", data)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    primary = _start_primary(env)
    try:
        # The second launch sees another data folder: if it opened a database, one would
        # appear there. It must only talk to the primary.
        elsewhere = tmp_path / "second-data"
        started = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "mediadesk", url],
            env={**env, "XDG_DATA_HOME": str(elsewhere)},
            capture_output=True,
            text=True,
            timeout=60,
        )
        took = time.monotonic() - started
        assert second.returncode == 0, second.stderr
        assert took < 10, f"the hand-off took {took:.1f} s"
        assert not elsewhere.exists()

        deadline = time.monotonic() + 30
        while not any(j["url"] == url and j["state"] == "done" for j in _jobs(env)):
            assert primary.poll() is None, primary.stdout.read()
            assert time.monotonic() < deadline, _jobs(env)
            time.sleep(0.2)
        [job] = _jobs(env)
        assert Path(job["file_path"]).read_bytes() == data

        # A launch without URLs only brings the window up; nothing is added.
        plain = subprocess.run(
            [sys.executable, "-m", "mediadesk"], env=env, capture_output=True, timeout=60
        )
        assert plain.returncode == 0
        assert len(_jobs(env)) == 1
    finally:
        output = _stop(primary)
    assert primary.returncode == 0, output
    # A clean exit removes the socket and the lock.
    assert list((tmp_path / "run").iterdir()) == []


@pytest.mark.slow
def test_killed_primary_does_not_block_the_next_launch(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = _start_primary(env)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=20)
    run = tmp_path / "run"
    assert (run / f"mediadesk-{os.getuid()}.sock").exists()  # left behind
    assert (run / f"mediadesk-{os.getuid()}.lock").exists()

    second = _start_primary(env, "http://127.0.0.1:9/after-crash.mp4")
    try:
        deadline = time.monotonic() + 30
        while not any(
            j["url"].endswith("/after-crash.mp4") for j in _jobs(env, while_starting=True)
        ):
            assert time.monotonic() < deadline
            time.sleep(0.2)
        third = subprocess.run(
            [sys.executable, "-m", "mediadesk", "--minimized"],
            env=env,
            capture_output=True,
            timeout=60,
        )
        assert third.returncode == 0
        assert second.poll() is None
    finally:
        output = _stop(second)
    assert second.returncode == 0, output


@pytest.fixture
def app_state(qapp):
    """app.main changes application-wide settings; put them back for the other tests."""
    quit_on_close = qapp.quitOnLastWindowClosed()
    yield qapp
    qapp.setQuitOnLastWindowClosed(quit_on_close)


def test_app_main_queues_handed_off_urls_and_brings_the_window_back(app_state, server) -> None:
    """The wiring in app.main: a second launch's URLs become jobs, its window comes back."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mediadesk import app as app_module
    from mediadesk.core import paths
    from mediadesk.store.sqlite_store import SqliteJobStore
    from mediadesk.ui.actions import ActionId
    from mediadesk.ui.main_window import MainWindow

    url = server.add("/in-process.mp4", make_payload(20_000, seed=2))
    before = {w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    seen: dict[str, Any] = {}
    second: dict[str, subprocess.Popen[bytes]] = {}

    def window() -> MainWindow:
        [new] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w not in before
        ]
        return new

    def launch_second() -> None:
        seen["minimized_before"] = window().isMinimized()
        second["proc"] = subprocess.Popen([sys.executable, "-m", "mediadesk", url])
        QTimer.singleShot(100, inspect)

    def inspect() -> None:
        proc = second["proc"]
        if proc.poll() is None:
            QTimer.singleShot(100, inspect)
            return
        # The message was handled (URLs added, window shown) before the second launch got
        # its answer and exited.
        seen.update(rc=proc.returncode, minimized=window().isMinimized())
        seen["visible"] = window().isVisible()
        window().job_actions[ActionId.QUIT].trigger()

    QTimer.singleShot(300, launch_second)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: QApplication.exit(99))
    give_up.start(30_000)
    try:
        code = app_module.main(["--minimized"])  # offscreen has no tray: a minimized window
    finally:
        give_up.stop()
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w not in before:
                w.deleteLater()
    assert code == 0
    assert seen == {"minimized_before": True, "rc": 0, "minimized": False, "visible": True}
    store = SqliteJobStore.open_readonly(paths.database_path())
    assert store is not None
    try:
        assert [job.url for job in store.load_jobs()] == [url]
    finally:
        store.close()
