"""One MediaDesk per user: the first launch serves a local socket, later launches hand it
their URLs and exit.

Who is the primary is decided by a lock file (QLockFile: the kernel lock dies with its
process, so a crash never blocks the next launch); the primary then serves a QLocalServer in
the user's runtime directory, readable by that user only. A secondary never opens the job
database. QtCore/QtNetwork only.
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import os
import socket as pysocket
import stat
import struct
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from mediadesk.core.paths import private_runtime_dir

log = logging.getLogger(__name__)

#: Big enough for any command line (Linux caps all arguments at about 2 MB: some 50,000
#: links); a bigger message is refused whole, with the reason, before it is sent.
MAX_MESSAGE_BYTES = 8 * 1024 * 1024
ACK = b"ok\n"
#: Every refusal starts with this, followed by ": " and the reason, on one line.
REFUSED = b"error"
#: How long a sender waits for the answer once its message is on its way: the primary adds
#: the links before it answers.
ANSWER_TIMEOUT_MS = 60_000


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
        except (ValueError, RecursionError, MemoryError):  # RecursionError: deep nesting
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
    return f"mediadesk-{os.geteuid()}"


def _refusal(reason: str) -> bytes:
    return REFUSED + b": " + " ".join(reason.split()).encode() + b"\n"


def too_large_reason(size: int) -> str:
    return (
        f"The links are too much to hand over at once ({size / 1e6:.1f} MB; the limit is "
        f"{MAX_MESSAGE_BYTES / 1e6:.1f} MB). Nothing was added: add them in parts."
    )


def private_dir(path: Path, *, create: bool) -> Path:
    """``path`` if it is a real directory of this user that nobody else can write to.

    A folder we create (or already created) is made 0700; one that belongs to someone else,
    or is a symlink or a file, is refused: whoever made it could read or replace the socket.
    Checked on an opened descriptor, so nothing can be swapped in between check and chmod.
    """
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=0o700)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as exc:
        raise SingleInstanceError(
            f"MediaDesk will not use {path} for its lock and socket: it is not a folder of "
            f"yours ({exc.strerror or exc})."
        ) from exc
    try:
        info = os.fstat(fd)
        if info.st_uid != os.geteuid():
            raise SingleInstanceError(
                f"MediaDesk will not use {path} for its lock and socket: it belongs to another "
                f"user (uid {info.st_uid}). Remove it, or set XDG_RUNTIME_DIR."
            )
        if info.st_mode & 0o077 and (create or info.st_mode & 0o022):
            if not create:
                raise SingleInstanceError(
                    f"MediaDesk will not use {path} for its lock and socket: other users can "
                    "write to it."
                )
            os.fchmod(fd, 0o700)
    finally:
        os.close(fd)
    return path


def runtime_dir() -> Path:
    """XDG_RUNTIME_DIR when it is the user's own; else a private folder in the user's state
    folder. Never a fixed name in a shared folder such as /tmp, which another user could
    create first and so receive every hand-off (and keep MediaDesk from starting)."""
    xdg = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.path.isabs(xdg):
        try:
            return private_dir(Path(xdg), create=False)
        except SingleInstanceError as exc:
            log.warning("%s Using a private folder instead.", exc)
    return private_dir(private_runtime_dir(), create=True)


def default_socket_name() -> str:
    """The per-user socket path in the private runtime folder, with the uid in the name.

    Always a full path: a bare name would make Qt put the socket in the shared temp folder.
    """
    return str(runtime_dir() / f"{_user_key()}.sock")


def default_lock_path() -> str:
    return str(runtime_dir() / f"{_user_key()}.lock")


def _owned_by_me(path: str, kind: int) -> bool | None:
    """True if ``path`` is a ``kind`` (stat.S_IFSOCK, S_IFREG) owned by this user, False if
    it is anything else, None if it does not exist."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError:
        return False
    return stat.S_IFMT(info.st_mode) == kind and info.st_uid == os.geteuid()


def peer_uid(socket: QLocalSocket) -> int | None:
    """The user id of the process at the other end (Linux SO_PEERCRED); None if unknown."""
    option = getattr(pysocket, "SO_PEERCRED", None)
    fd = int(socket.socketDescriptor())
    if option is None or fd < 0:
        return None
    try:
        with pysocket.fromfd(fd, pysocket.AF_UNIX, pysocket.SOCK_STREAM) as dup:
            _pid, uid, _gid = struct.unpack("3i", dup.getsockopt(pysocket.SOL_SOCKET, option, 12))
    except OSError:
        return None
    return uid


class Delivery(enum.Enum):
    DELIVERED = "delivered"  # the running instance acknowledged the message
    REFUSED = "refused"  # it (or this side, for size) refused the message, with a reason
    NO_SERVER = "no server"  # nothing trusted listens (none runs, a stale or foreign file)
    NO_ANSWER = "no answer"  # the message went out but no answer came in time


@dataclass(frozen=True, slots=True)
class Answer:
    delivery: Delivery
    reason: str = ""


def send_hand_off(
    name: str, message: HandOff, timeout_ms: int = 3000, answer_timeout_ms: int = ANSWER_TIMEOUT_MS
) -> Answer:
    """Send ``message`` to the instance listening on ``name`` and wait for its answer.

    Only to a socket file of this user whose listening process runs as this user. Blocking
    and event-loop free, so a secondary launch needs no QApplication.
    """
    data = message.encode()
    if len(data) > MAX_MESSAGE_BYTES:
        return Answer(Delivery.REFUSED, too_large_reason(len(data)))
    if os.path.isabs(name) and _owned_by_me(name, stat.S_IFSOCK) is False:
        log.warning("Not handing over to %s: it is not a socket of this user", name)
        return Answer(Delivery.NO_SERVER)
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return Answer(Delivery.NO_SERVER)
    try:
        uid = peer_uid(socket)
        if uid is not None and uid != os.geteuid():
            log.warning("Not handing over to %s: it is served by another user (%d)", name, uid)
            return Answer(Delivery.NO_SERVER)
        deadline = time.monotonic() + answer_timeout_ms / 1000
        socket.write(data)
        while socket.bytesToWrite() > 0:
            left = int((deadline - time.monotonic()) * 1000)
            if left <= 0 or not socket.waitForBytesWritten(left):
                # Closed before taking all of it: nothing was delivered, trying again is safe.
                return Answer(Delivery.NO_SERVER)
        reply = b""
        while not reply.endswith(b"\n"):
            left = int((deadline - time.monotonic()) * 1000)
            if left <= 0 or not socket.waitForReadyRead(left):
                return Answer(Delivery.NO_ANSWER)
            reply += bytes(socket.readAll().data())
        if reply == ACK:
            return Answer(Delivery.DELIVERED)
        if reply.startswith(REFUSED):
            reason = reply[len(REFUSED) :].lstrip(b": ").decode("utf-8", "replace").strip()
            return Answer(Delivery.REFUSED, reason or "The running MediaDesk refused it.")
        return Answer(Delivery.NO_ANSWER)
    finally:
        socket.abort()


class Role(enum.Enum):
    PRIMARY = "primary"  # this process holds the lock and must serve the socket
    HANDED_OFF = "handed off"  # the running instance took the message; exit 0
    REFUSED = "refused"  # the message cannot be handed over (see the reason); exit 1
    NO_ANSWER = "no answer"  # another instance holds the lock but does not answer


@dataclass(frozen=True, slots=True)
class Claim:
    role: Role
    reason: str = ""


class InstanceLock:
    """The per-user lock that makes one process the primary."""

    def __init__(self, path: str) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        if _owned_by_me(path, stat.S_IFREG) is False:
            # Not ours (another user's file, a symlink...): it proves nothing about who runs,
            # and must not keep MediaDesk from starting. Its folder is ours, so it can go.
            log.warning("Removing %s: the lock file is not this user's", path)
            try:
                os.unlink(path)
            except OSError as exc:
                raise SingleInstanceError(
                    f"The lock file {path} does not belong to you and cannot be removed: "
                    f"{exc.strerror or exc}"
                ) from exc
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
) -> Claim:
    """Become the primary, or deliver ``message`` to the one that runs.

    A primary that is still starting holds the lock before it listens, so connecting is
    retried until ``wait_s``; if the primary quits meanwhile, this process takes over. A
    message that went out is never sent again: a refusal or a missing answer is final.
    """
    deadline = time.monotonic() + wait_s
    while True:
        if lock.try_lock():
            return Claim(Role.PRIMARY)
        answer = send_hand_off(socket_name, message)
        if answer.delivery is Delivery.DELIVERED:
            return Claim(Role.HANDED_OFF)
        if answer.delivery is Delivery.REFUSED:
            return Claim(Role.REFUSED, answer.reason)
        if answer.delivery is Delivery.NO_ANSWER or time.monotonic() >= deadline:
            return Claim(Role.NO_ANSWER)
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
        if _owned_by_me(self.full_name, stat.S_IFSOCK) is False:
            self._server.close()
            raise SingleInstanceError(f"The socket {self.full_name} is not this user's")

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

    def _deliver(self, data: bytes) -> bytes:
        """Act on one message; the reply for the sender."""
        message = HandOff.decode(data)
        if message is None:
            log.warning("Ignored a malformed message on %s (%d bytes)", self._name, len(data))
            return _refusal("The message was not understood.")
        if message.urls and message.cookies:
            self.urlsWithCookiesReceived.emit(list(message.urls), message.cookies)
        elif message.urls:
            self.urlsReceived.emit(list(message.urls))
        if message.activate:
            self.activationRequested.emit()
        return ACK


class _Connection(QObject):
    """One client: read one newline-terminated message (bounded in size and time), answer."""

    def __init__(self, socket: QLocalSocket, timeout_ms: int, server: HandOffServer) -> None:
        super().__init__(server)
        self._server = server
        self._socket = socket
        self._buffer = bytearray()
        self._done = False
        socket.setParent(self)
        socket.readyRead.connect(self._on_ready_read)
        socket.disconnected.connect(self._on_disconnected)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start(timeout_ms)
        uid = peer_uid(socket)
        if uid is not None and uid != os.geteuid():
            log.warning("Refused a connection from another user (%d)", uid)
            self._finish(_refusal("This MediaDesk belongs to another user."))
        elif socket.bytesAvailable():
            self._on_ready_read()

    @Slot()
    def _on_ready_read(self) -> None:
        if self._done:
            return
        start = len(self._buffer)
        self._buffer += self._socket.readAll().data()
        end = self._buffer.find(b"\n", start)  # only the new part: big messages stay linear
        if end >= 0 and end <= MAX_MESSAGE_BYTES:
            self._finish(self._server._deliver(bytes(self._buffer[:end])))
        elif len(self._buffer) > MAX_MESSAGE_BYTES:
            log.warning("Ignored an oversized message (over %d bytes)", MAX_MESSAGE_BYTES)
            self._finish(_refusal(too_large_reason(len(self._buffer))))

    @Slot()
    def _on_disconnected(self) -> None:
        if not self._done and self._buffer.strip():
            # A client that closes without a newline still meant its message.
            self._server._deliver(bytes(self._buffer))
        self._finish(None)

    @Slot()
    def _on_timeout(self) -> None:
        if not self._done:
            log.warning("Dropped a connection that sent no complete message in time")
        self._finish(_refusal("The message did not arrive complete in time."))

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
