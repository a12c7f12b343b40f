"""Single instance under hostile or huge input: private folders, foreign files and peers not
trusted, big hand-offs taken whole or refused whole, malformed ones always answered."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path

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
    SingleInstanceError,
    claim_or_hand_off,
    default_lock_path,
    default_socket_name,
    send_hand_off,
)
from tests.integration.test_single_instance import in_thread, raw_exchange

NOBODY = 65534
as_root = pytest.mark.skipif(
    os.geteuid() != 0, reason="needs root to make files that belong to another user"
)


@pytest.fixture
def no_runtime_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """XDG_RUNTIME_DIR unset, HOME short enough for a socket path; the expected folder."""
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    home = tmp_path / "h"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home / ".local" / "state" / "MediaDesk" / "run"


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


# -- where the lock and socket live ---------------------------------------------------------------


def test_without_runtime_dir_both_live_in_a_private_folder_of_the_user(no_runtime_dir) -> None:
    socket_path, lock_path = Path(default_socket_name()), Path(default_lock_path())
    assert socket_path.parent == lock_path.parent == no_runtime_dir
    assert not str(socket_path).startswith("/tmp/mediadesk") and "/tmp/runtime" not in str(
        socket_path
    )
    info = os.lstat(no_runtime_dir)
    assert stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid()
    assert _mode(no_runtime_dir) == 0o700


def test_a_private_folder_with_loose_mode_is_tightened(no_runtime_dir) -> None:
    no_runtime_dir.mkdir(parents=True, mode=0o777)
    no_runtime_dir.chmod(0o777)
    default_lock_path()
    assert _mode(no_runtime_dir) == 0o700


def test_a_symlink_in_place_of_the_folder_is_refused(no_runtime_dir, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    no_runtime_dir.parent.mkdir(parents=True)
    no_runtime_dir.symlink_to(elsewhere)
    with pytest.raises(SingleInstanceError, match="not a folder of yours"):
        default_socket_name()


@as_root
def test_a_folder_made_by_another_user_is_refused(no_runtime_dir) -> None:
    no_runtime_dir.mkdir(parents=True, mode=0o700)
    os.chown(no_runtime_dir, NOBODY, NOBODY)
    with pytest.raises(SingleInstanceError, match="belongs to another user"):
        default_lock_path()


@as_root
def test_a_runtime_dir_of_another_user_is_not_used(tmp_path: Path, no_runtime_dir, monkeypatch):
    foreign = tmp_path / "foreign-run"
    foreign.mkdir(mode=0o700)
    os.chown(foreign, NOBODY, NOBODY)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(foreign))
    assert Path(default_socket_name()).parent == no_runtime_dir


def test_a_runtime_dir_others_can_write_is_not_used(tmp_path: Path, no_runtime_dir, monkeypatch):
    shared = tmp_path / "shared-run"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    assert Path(default_lock_path()).parent == no_runtime_dir


def test_app_says_why_when_its_folder_cannot_be_trusted(no_runtime_dir, tmp_path: Path) -> None:
    no_runtime_dir.parent.mkdir(parents=True)
    no_runtime_dir.write_text("not a folder")
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    result = subprocess.run(
        [sys.executable, "-m", "mediadesk", "--minimized"],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "will not use" in result.stderr and str(no_runtime_dir) in result.stderr


# -- foreign lock and socket ----------------------------------------------------------------------


@as_root
def test_a_lock_file_of_another_user_does_not_keep_the_app_from_starting() -> None:
    path = Path(default_lock_path())
    path.write_text(f"{os.getpid()}\nmediadesk\n{os.uname().nodename}\n")  # "held", by us
    os.chown(path, NOBODY, NOBODY)
    lock = InstanceLock(str(path))
    try:
        assert claim_or_hand_off(lock, default_socket_name(), HandOff(), wait_s=0).role is (
            Role.PRIMARY
        )
        assert os.lstat(path).st_uid == os.geteuid()
    finally:
        lock.unlock()


def _serve_forever(listener: socket.socket, seen: list[bytes]) -> None:
    try:
        conn, _ = listener.accept()
    except OSError:
        return
    with conn:
        seen.append(conn.recv(65536))
        conn.sendall(ACK)


@as_root
def test_a_socket_file_of_another_user_gets_nothing(tmp_path: Path) -> None:
    name = default_socket_name()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(name)
    listener.listen()
    os.chown(name, NOBODY, NOBODY)
    seen: list[bytes] = []
    thread = threading.Thread(target=_serve_forever, args=(listener, seen), daemon=True)
    thread.start()
    try:
        answer = send_hand_off(name, HandOff(("https://secret.example/v",)))
        assert answer.delivery is Delivery.NO_SERVER
        assert seen == []
    finally:
        listener.close()


PEER = """
import socket, sys
listener = socket.socket(fileno=int(sys.argv[1]))
listener.listen()
print("listening", flush=True)
conn, _ = listener.accept()
print(conn.recv(65536), flush=True)
conn.sendall(b"ok\\n")
"""


# The test's interpreter may sit where another user cannot run it; the peer needs stdlib only.
SYSTEM_PYTHON = "/usr/bin/python3"


@as_root
@pytest.mark.skipif(not os.path.exists(SYSTEM_PYTHON), reason="needs a system-wide python3")
def test_a_server_process_of_another_user_gets_nothing() -> None:
    # The socket file is ours, but the process listening on it runs as somebody else.
    name = default_socket_name()
    bound = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    bound.bind(name)
    peer = subprocess.Popen(
        [SYSTEM_PYTHON, "-c", PEER, str(bound.fileno())],
        pass_fds=(bound.fileno(),),
        user=NOBODY,
        stdout=subprocess.PIPE,
        text=True,
    )
    bound.close()
    try:
        assert peer.stdout is not None and peer.stdout.readline() == "listening\n"
        answer = send_hand_off(name, HandOff(("https://secret.example/v",)))
        assert answer.delivery is Delivery.NO_SERVER
    finally:
        peer.kill()
        output, _ = peer.communicate(timeout=10)
    assert "secret" not in output


# -- big and malformed hand-offs ------------------------------------------------------------------


@pytest.fixture
def listening(qtbot):
    server = HandOffServer(default_socket_name())
    server.listen()
    urls: list[list[str]] = []
    server.urlsReceived.connect(urls.append)
    yield urls
    server.close()


def test_deeply_nested_json_gets_an_error_reply(qtbot, listening) -> None:
    nested = b"[" * 100_000 + b"]" * 100_000 + b"\n"
    reply = in_thread(qtbot, raw_exchange, default_socket_name(), nested)
    assert reply == REFUSED + b": The message was not understood.\n"
    nested_urls = b'{"urls": ' + b"[" * 50_000 + b"]" * 50_000 + b"}\n"
    assert in_thread(qtbot, raw_exchange, default_socket_name(), nested_urls).startswith(REFUSED)
    assert listening == []


SENDER = """
import sys
from mediadesk.desktop.single_instance import *
count = int(sys.argv[1])
urls = tuple(f"http://127.0.0.1:9/some/longer/path/video-{n:06d}.mp4" for n in range(count))
lock = InstanceLock(default_lock_path())
claim = claim_or_hand_off(lock, default_socket_name(), HandOff(urls), wait_s=5)
print(claim.role.name, "|", claim.reason)
"""


def _hand_off_urls(count: int) -> str:
    result = subprocess.run(
        [sys.executable, "-c", SENDER, str(count)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_thirty_thousand_links_are_handed_over_whole(qtbot, listening) -> None:
    lock = InstanceLock(default_lock_path())
    assert lock.try_lock()
    try:
        assert in_thread(qtbot, _hand_off_urls, 30_000, timeout=120_000) == "HANDED_OFF |"
    finally:
        lock.unlock()
    assert len(listening) == 1 and len(listening[0]) == 30_000
    assert listening[0][-1].endswith("video-029999.mp4")


def test_too_many_links_are_refused_whole_with_the_reason_and_sent_once(qtbot, listening, caplog):
    lock = InstanceLock(default_lock_path())
    assert lock.try_lock()
    count = MAX_MESSAGE_BYTES // 50 + 1000  # each link is over 50 bytes in the message
    try:
        output = in_thread(qtbot, _hand_off_urls, count, timeout=120_000)
    finally:
        lock.unlock()
    role, reason = output.split(" | ")
    assert role == "REFUSED"
    assert "too much to hand over at once" in reason and "Nothing was added" in reason
    assert listening == []  # refused before sending: not sent 93 times, not at all


def test_the_server_refuses_an_oversized_message_whole(qtbot, listening) -> None:
    urls = [f"http://127.0.0.1:9/{n:09d}.mp4" for n in range(MAX_MESSAGE_BYTES // 30)]
    data = HandOff(tuple(urls)).encode()
    assert len(data) > MAX_MESSAGE_BYTES

    def send() -> bytes | str:
        try:
            return raw_exchange(default_socket_name(), data)
        except (BrokenPipeError, ConnectionResetError) as exc:
            return type(exc).__name__

    reply = in_thread(qtbot, send)
    assert reply in ("BrokenPipeError", "ConnectionResetError") or reply.startswith(REFUSED)
    assert listening == []
