"""One MediaDesk per user: the first launch serves a local socket, later launches hand it
their URLs and exit.

Who is the primary is decided by a lock file (QLockFile: the kernel lock dies with its
process, so a crash never blocks the next launch); the primary then serves a QLocalServer in
the user's runtime directory, readable by that user only. A secondary never opens the job
database. QtCore/QtNetwork only.
"""

from __future__ import annotations

import enum
import getpass
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 1024 * 1024
ACK = b"ok\n"
REFUSED = b"error\n"
# Unix socket paths are limited to 108 bytes; beyond that let Qt pick its own folder.
_MAX_SOCKET_PATH = 100


class SingleInstanceError(RuntimeError):
    """The hand-off socket cannot be served; the message is written for the user."""


@dataclass(frozen=True, slots=True)
class HandOff:
    """What a later launch asks the running instance to do."""

    urls: tuple[str, ...] = ()
    activate: bool = True
    cookies: str = ""  # a cookie *source* for these URLs (path or browser spec), never values

    def encode(self) -> bytes:
        value: dict[str, object] = {"urls": list(self.urls), "activate": self.activate}
        if self.cookies:
            value["cookies"] = self.cookies
        return json.dumps(value).encode() + b"\n"

    @classmethod
    def decode(cls, data: bytes) -> HandOff | None:
        """The message in ``data``, or None for anything that is not a valid hand-off."""
        try:
            value = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        if not isinstance(value, dict):
            return None
        urls = value.get("urls", [])
        activate = value.get("activate", True)
        if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
            return None
        if not isinstance(activate, bool):
            return None
        cookies = value.get("cookies", "")
        if not isinstance(cookies, str):
            return None
        return cls(tuple(urls), activate, cookies)


def _user_key() -> str:
    getuid = getattr(os, "getuid", None)
    return f"mediadesk-{getuid() if getuid else getpass.getuser()}"


def _runtime_dir() -> Path | None:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return Path(location) if location else None


def default_socket_name() -> str:
    """A per-user socket path in the runtime dir (XDG_RUNTIME_DIR), with the uid in the name."""
    runtime = _runtime_dir()
    if runtime is not None:
        path = runtime / f"{_user_key()}.sock"
        if len(os.fsencode(path)) <= _MAX_SOCKET_PATH:
            return str(path)
    return _user_key()


def default_lock_path() -> str:
    runtime = _runtime_dir()
    folder = (
        runtime
        if runtime is not None
        else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation))
    )
    return str(folder / f"{_user_key()}.lock")


class Delivery(enum.Enum):
    DELIVERED = "delivered"  # the running instance acknowledged the message
    NO_SERVER = "no server"  # nothing listens on the socket (none runs, or a stale file)
    NO_ANSWER = "no answer"  # something listens but did not acknowledge in time


def send_hand_off(name: str, message: HandOff, timeout_ms: int = 3000) -> Delivery:
    """Send ``message`` to the instance listening on ``name`` and wait for its answer.

    Blocking and event-loop free, so a secondary launch needs no QApplication.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return Delivery.NO_SERVER
    try:
        socket.write(message.encode())
        if not socket.waitForBytesWritten(timeout_ms):
            return Delivery.NO_ANSWER
        reply = b""
        deadline = time.monotonic() + timeout_ms / 1000
        while not reply.endswith(b"\n"):
            left = int((deadline - time.monotonic()) * 1000)
            if left <= 0 or not socket.waitForReadyRead(left):
                return Delivery.NO_ANSWER
            reply += bytes(socket.readAll().data())
        return Delivery.DELIVERED if reply == ACK else Delivery.NO_ANSWER
    finally:
        socket.abort()


class Role(enum.Enum):
    PRIMARY = "primary"  # this process holds the lock and must serve the socket
    HANDED_OFF = "handed off"  # the running instance took the message; exit 0
    NO_ANSWER = "no answer"  # another instance holds the lock but does not answer


class InstanceLock:
    """The per-user lock that makes one process the primary."""

    def __init__(self, path: str) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(path)
        # Stale only when the holder's process is gone, never because of age.
        self._lock.setStaleLockTime(0)
        self.path = path

    def try_lock(self) -> bool:
        return self._lock.tryLock(0)

    def holder_pid(self) -> int | None:
        # PySide6 returns (pid, hostname, appname); pid 0 when nobody holds the lock.
        info = self._lock.getLockInfo()
        pid = info[0] if isinstance(info, tuple) and info else 0
        return pid if isinstance(pid, int) and pid > 0 else None

    def unlock(self) -> None:
        self._lock.unlock()


def claim_or_hand_off(
    lock: InstanceLock, socket_name: str, message: HandOff, wait_s: float = 10.0
) -> Role:
    """Become the primary, or deliver ``message`` to the one that runs.

    A primary that is still starting holds the lock before it listens, so delivery is retried
    until ``wait_s``; if the primary quits meanwhile, this process takes over.
    """
    deadline = time.monotonic() + wait_s
    while True:
        if lock.try_lock():
            return Role.PRIMARY
        result = send_hand_off(socket_name, message)
        if result is Delivery.DELIVERED:
            return Role.HANDED_OFF
        if time.monotonic() >= deadline:
            return Role.NO_ANSWER
        time.sleep(0.1)


class HandOffServer(QObject):
    """Serves the socket in the primary; turns each valid message into signals."""

    urlsReceived = Signal(list)  # list[str]
    urlsWithCookiesReceived = Signal(list, str)  # list[str], cookie source spec
    activationRequested = Signal()

    def __init__(self, name: str, *, read_timeout_ms: int = 5000, parent: QObject | None = None):
        super().__init__(parent)
        self._name = name
        self._read_timeout_ms = read_timeout_ms
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> None:
        """Listen on the name, removing a socket file a crashed instance left behind.

        Only call this while holding the InstanceLock: any existing socket is then stale.
        """
        QLocalServer.removeServer(self._name)
        if not self._server.listen(self._name):
            raise SingleInstanceError(
                f"Cannot listen on {self._name} for other MediaDesk launches: "
                f"{self._server.errorString()}"
            )

    @property
    def full_name(self) -> str:
        return self._server.fullServerName()

    def close(self) -> None:
        self._server.close()

    @Slot()
    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            _Connection(socket, self._read_timeout_ms, self)

    def _deliver(self, data: bytes) -> bool:
        message = HandOff.decode(data)
        if message is None:
            log.warning("Ignored a malformed message on %s (%d bytes)", self._name, len(data))
            return False
        if message.urls and message.cookies:
            self.urlsWithCookiesReceived.emit(list(message.urls), message.cookies)
        elif message.urls:
            self.urlsReceived.emit(list(message.urls))
        if message.activate:
            self.activationRequested.emit()
        return True


class _Connection(QObject):
    """One client: read one newline-terminated message (bounded in size and time), answer."""

    def __init__(self, socket: QLocalSocket, timeout_ms: int, server: HandOffServer) -> None:
        super().__init__(server)
        self._server = server
        self._socket = socket
        self._buffer = b""
        self._done = False
        socket.setParent(self)
        socket.readyRead.connect(self._on_ready_read)
        socket.disconnected.connect(self._on_disconnected)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start(timeout_ms)
        if socket.bytesAvailable():
            self._on_ready_read()

    @Slot()
    def _on_ready_read(self) -> None:
        if self._done:
            return
        self._buffer += bytes(self._socket.readAll().data())
        if len(self._buffer) > MAX_MESSAGE_BYTES:
            log.warning("Ignored an oversized message (over %d bytes)", MAX_MESSAGE_BYTES)
            self._finish(REFUSED)
        elif b"\n" in self._buffer:
            line = self._buffer.split(b"\n", 1)[0]
            self._finish(ACK if self._server._deliver(line) else REFUSED)

    @Slot()
    def _on_disconnected(self) -> None:
        if not self._done and self._buffer.strip():
            # A client that closes without a newline still meant its message.
            self._server._deliver(self._buffer)
        self._finish(None)

    @Slot()
    def _on_timeout(self) -> None:
        if not self._done:
            log.warning("Dropped a connection that sent no complete message in time")
        self._finish(None)

    def _finish(self, reply: bytes | None) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        if (
            reply is not None
            and self._socket.state() == QLocalSocket.LocalSocketState.ConnectedState
        ):
            self._socket.write(reply)
            self._socket.flush()
            self._socket.disconnectFromServer()
        else:
            self._socket.abort()
        self.deleteLater()
