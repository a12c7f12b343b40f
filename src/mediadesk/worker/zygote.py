"""The worker zygote: ``python -m mediadesk.worker zygote CONTROL_FD``.

A fresh worker pays ~1-2 s importing yt-dlp and compiling its extractors' URL patterns, and
holds all of that privately. The zygote pays once, freezes its heap (``gc.freeze``) and forks
one child per job; the children share those pages copy-on-write. Each child is what a spawned
worker is: its own session (a stop signals the group, ffmpeg included), stdin/stdout/stderr and
the event pipe handed over by the runner (core/zygote_protocol.py), the environment the runner
computed, and ``PR_SET_PDEATHSIG`` towards the zygote.

The zygote lives while the app holds either end of anything: when the control socket and every
job channel are closed (the app quit or was killed), it kills its children's process groups
and exits. A job channel closed early means its runner is gone: that child is killed. It is
single-threaded (a fork copies one thread) and never imports Qt.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import gc
import os
import selectors
import signal
import socket
import sys
import threading
import traceback
from dataclasses import dataclass

from mediadesk.core.zygote_protocol import (
    APP_PID_ENV,
    FIRST_EXTRA_FD,
    MAX_FDS,
    MAX_MESSAGE,
    SpawnRequest,
    decode,
    encode,
)

_PR_SET_PDEATHSIG = 1
WARM_URL = "http://127.0.0.1/warm-up.mp4"


def warm_up() -> None:
    """Do here, once, what every worker would otherwise do for itself: import what a download
    needs, compile every extractor's URL pattern (the generic extractor is tried after all the
    others), order the extractor list every YoutubeDL() asks for, load yt-dlp's plugins and
    caches, build the default TLS context."""
    import yt_dlp.downloader.http
    import yt_dlp.extractor.generic
    import yt_dlp.postprocessor  # noqa: F401
    from yt_dlp import YoutubeDL
    from yt_dlp.extractor import gen_extractor_classes

    import mediadesk.worker.address_probe
    import mediadesk.worker.process  # noqa: F401  (download_job, yt-dlp, the downloaders)
    from mediadesk.worker import extractor_order, shared_tls
    from mediadesk.worker.runtime import find_deno

    for extractor in gen_extractor_classes():
        with contextlib.suppress(Exception):
            extractor.suitable(WARM_URL)
    find_deno()
    extractor_order.install()
    with YoutubeDL({"quiet": True, "no_warnings": True}):  # orders the extractors, once
        pass
    shared_tls.install()


def fork_problem() -> str:
    """Why forking now would be unsafe, or ''."""
    if threading.active_count() != 1:
        return f"{threading.active_count()} threads are running"
    if any(name == "PySide6" or name.startswith("PySide6.") for name in sys.modules):
        return "Qt is imported"
    return ""


@dataclass(eq=False)
class _Child:
    pid: int
    channel: socket.socket | None
    pidfd: int
    reaped: bool = False

    def signal_group(self, sig: int) -> None:
        if self.reaped:
            return
        try:
            os.killpg(self.pid, sig)
        except ProcessLookupError:  # not yet its own group leader (just forked)
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, sig)
        except PermissionError:
            pass


class Zygote:
    """Serves spawn requests on the control socket until nobody in the app is left."""

    def __init__(self, control: socket.socket) -> None:
        self._control: socket.socket | None = control
        self._selector = selectors.DefaultSelector()
        self._selector.register(control, selectors.EVENT_READ, self._on_control)
        self._children: dict[int, _Child] = {}  # by pid
        self._app = os.getppid()

    def serve(self) -> None:
        while self._control is not None or self._children:
            for key, _events in self._selector.select():
                try:
                    key.data(key.fileobj)
                except Exception:  # a bug here must not take every running download down
                    traceback.print_exc()

    # -- events -----------------------------------------------------------------------------

    def _on_control(self, control: socket.socket) -> None:
        try:
            data, fds, flags, _addr = socket.recv_fds(control, MAX_MESSAGE, MAX_FDS)
        except OSError:
            data, fds, flags = b"", [], 0
        if not data and not fds:  # the app closed it: serve the running jobs, then exit
            self._selector.unregister(control)
            control.close()
            self._control = None
            return
        if not fds:
            return  # nothing to answer on
        channel = socket.socket(fileno=fds[0])
        if flags & (socket.MSG_TRUNC | socket.MSG_CTRUNC) or len(fds) < 4:
            self._refuse(channel, fds[1:], "the spawn request was cut short")
            return
        try:
            request = SpawnRequest.decode(data)
        except ValueError as exc:
            self._refuse(channel, fds[1:], str(exc))
            return
        problem = fork_problem()
        if problem:
            self._refuse(channel, fds[1:], f"the zygote cannot fork safely: {problem}")
            return
        self._fork(request, channel, fds[1:])

    def _on_channel(self, channel: socket.socket) -> None:
        child = next((c for c in self._children.values() if c.channel is channel), None)
        if child is None:  # its worker ended in the same round; the channel is closed
            return
        try:
            data = channel.recv(4096)
        except OSError:
            data = b""
        if not data:  # the runner is gone: so is its worker
            child.signal_group(signal.SIGKILL)
            self._selector.unregister(channel)
            channel.close()
            child.channel = None
            return
        with contextlib.suppress(ValueError, KeyError, TypeError):
            child.signal_group(int(decode(data)["signal"]))

    def _on_exit(self, pidfd: int) -> None:
        child = next((c for c in self._children.values() if c.pidfd == pidfd), None)
        if child is None:
            return
        _pid, status = os.waitpid(child.pid, 0)
        child.reaped = True
        self._selector.unregister(pidfd)
        os.close(pidfd)
        del self._children[child.pid]
        if child.channel is not None:
            with contextlib.suppress(OSError):
                child.channel.send(encode({"exit": os.waitstatus_to_exitcode(status)}))
            self._selector.unregister(child.channel)
            child.channel.close()

    # -- forking ----------------------------------------------------------------------------

    def _refuse(self, channel: socket.socket, fds: list[int], text: str) -> None:
        with contextlib.suppress(OSError):
            channel.send(encode({"error": text}))
        channel.close()
        for fd in fds:
            os.close(fd)

    def _fork(self, request: SpawnRequest, channel: socket.socket, fds: list[int]) -> None:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        try:
            pid = os.fork()
        except OSError as exc:
            self._refuse(channel, fds, f"fork failed: {exc}")
            return
        if pid == 0:
            self._become_worker(request, channel, fds)  # never returns
        for fd in fds:
            os.close(fd)
        try:
            pidfd = os.pidfd_open(pid)
        except OSError as exc:  # out of descriptors: a worker we cannot watch must not run
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            self._refuse(channel, [], f"cannot watch the worker: {exc}")
            return
        child = _Child(pid, channel, pidfd)
        self._children[pid] = child
        self._selector.register(pidfd, selectors.EVENT_READ, self._on_exit)
        self._selector.register(channel, selectors.EVENT_READ, self._on_channel)
        with contextlib.suppress(OSError):
            channel.send(encode({"pid": pid}))

    def _become_worker(self, request: SpawnRequest, channel: socket.socket, fds: list[int]):
        code = 1
        try:
            app = self._app
            zygote = os.getppid()
            os.setsid()
            _die_with(zygote)
            # Nothing of the zygote's bookkeeping may leak into the worker (or outlive it).
            self._selector.close()
            for other in self._children.values():
                os.close(other.pidfd)
                if other.channel is not None:
                    other.channel.close()
            if self._control is not None:
                self._control.close()
            channel.close()
            install_fds(fds)
            os.environ.clear()
            os.environ.update(dict(request.env))
            os.environ[APP_PID_ENV] = str(app)
            if request.cwd:
                with contextlib.suppress(OSError):
                    os.chdir(request.cwd)
            for sig in (signal.SIGTERM, signal.SIGCHLD, signal.SIGPIPE):
                signal.signal(sig, signal.SIG_DFL if sig != signal.SIGPIPE else signal.SIG_IGN)
            signal.signal(signal.SIGINT, signal.default_int_handler)
            from mediadesk.worker.entry import main

            sys.argv = [sys.argv[0], *request.argv]
            code = main(list(request.argv))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except BaseException:
            with contextlib.suppress(Exception):
                traceback.print_exc()
            code = 1
        finally:
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(Exception):
                    stream.flush()
            os._exit(code)


def install_fds(fds: list[int]) -> None:
    """Make ``fds`` the child's 0, 1, 2, 3, ... (inheritable: ffmpeg shares stderr), and close
    the originals. Copied above the targets first, so no source sits on a target number."""
    if len(fds) < FIRST_EXTRA_FD:
        raise ValueError("a worker needs stdin, stdout and stderr")
    high = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, len(fds)) for fd in fds]
    for fd in fds:
        os.close(fd)
    for target, fd in enumerate(high):
        os.dup2(fd, target, inheritable=True)
        os.close(fd)


def _die_with(parent: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the zygote died before the line above took effect
        os._exit(1)


def _pidfd_problem() -> str:
    """Exit codes are read through pidfds (Linux 5.3): without them, no zygote."""
    try:
        os.close(os.pidfd_open(os.getpid()))
    except (OSError, AttributeError) as exc:
        return f"no pidfd support ({exc})"
    return ""


def main(argv: list[str]) -> int:
    control = socket.socket(fileno=int(argv[0]))
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the app decides when we go
    try:
        warm_up()
    except BaseException as exc:  # a broken yt-dlp: the app spawns workers that say why
        with contextlib.suppress(OSError):
            control.send(encode({"failed": f"{type(exc).__name__}: {exc}"}))
        return 1
    problem = fork_problem() or _pidfd_problem()
    if problem:
        with contextlib.suppress(OSError):
            control.send(encode({"failed": problem}))
        return 1
    gc.collect()
    gc.freeze()  # what the warm-up built stays out of the children's collections (and pages)
    try:
        control.send(encode({"ready": os.getpid()}))
    except OSError:
        return 0
    Zygote(control).serve()
    return 0
