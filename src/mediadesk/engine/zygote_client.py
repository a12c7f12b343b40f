"""The app's side of the worker zygote (worker/zygote.py): start it, ask it for workers.

One zygote per import environment (``import_key``: PYTHONPATH carries the active updated
yt-dlp), started at first need from whichever runner thread needs it; runners that arrive while
it warms up wait for it. When the environment changes (an update switched the overlay) the old
zygote is retired: it serves its running jobs and exits, and a new one starts. A zygote that
does not come up, or dies, costs nothing but speed: the job's worker is spawned as before, and
after repeated failures the launcher stops trying. When and whether it is warm before the first
need is engine/zygote_warmth.py's decision: it warms it with ``prewarm`` and, after an idle
period, gives its memory back with ``retire_idle``, which the launcher refuses while a worker
it forked runs or one is being started.

Each worker gets a job channel of its own (a socket pair): the zygote answers on it with the
pid and later the exit code, and closes it when the worker has ended. If the zygote dies, the
channel ends without an exit code: the worker died with it (PR_SET_PDEATHSIG) and the runner
reports the run as ended unexpectedly, which the engine retries.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping, Sequence

from mediadesk.core.worker_launch import WorkerKind, worker_command
from mediadesk.core.zygote_protocol import (
    FIRST_EXTRA_FD,
    ZYGOTE,
    SpawnRequest,
    decode,
    encode,
    import_key,
    zygote_supported,
)
from mediadesk.engine.worker_launcher import SpawnLauncher, WorkerHandle

READY_TIMEOUT = 60.0  # importing yt-dlp on a loaded machine; a hung zygote falls back after it
REPLY_TIMEOUT = 10.0  # from a spawn request to the pid
MAX_FAILURES = 3  # zygotes that did not start or died: then spawn for the rest of the session
LOST_CODE = -signal.SIGKILL  # what a worker whose zygote died reports (it was killed with it)


class ZygoteUnavailable(OSError):
    """The zygote did not start the worker (it never forked): spawning one instead is safe."""


class ZygoteLost(OSError):
    """The zygote took the worker's descriptors and fell silent: a child may exist, so no
    second worker may get the same pipes. The run fails (and is retried with new ones)."""


class ForkedWorker:
    """A worker forked by the zygote, known through its job channel; ``on_end`` is called
    once, when its end is known (the launcher counts the workers that are running)."""

    def __init__(
        self, channel: socket.socket, pid: int, on_end: Callable[[], None] | None = None
    ) -> None:
        self._channel = channel
        self.pid = pid
        self._code: int | None = None
        self._lock = threading.Lock()
        self._on_end = on_end

    def poll(self) -> int | None:
        return self._code

    def wait(self) -> int:
        if self._code is not None:
            return self._code
        self._channel.settimeout(None)
        code = LOST_CODE
        try:
            while True:
                data = self._channel.recv(4096)
                if not data:
                    break  # the zygote died: the worker died with it
                with contextlib.suppress(ValueError, KeyError, TypeError):
                    code = int(decode(data)["exit"])
                    break
        except OSError:
            pass
        with self._lock:
            first = self._code is None
            self._code = code
            self._channel.close()
        if first and self._on_end is not None:
            self._on_end()
        return code

    def signal_group(self, sig: int) -> None:
        """Through the zygote, which knows whether the worker has been reaped yet."""
        with self._lock:
            if self._code is not None:
                return
            with contextlib.suppress(OSError):
                self._channel.send(encode({"signal": int(sig)}))


class _Zygote:
    """One running zygote process and its control socket."""

    def __init__(self, command: list[str], env: Mapping[str, str]) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            self.proc = subprocess.Popen(
                [*command, ZYGOTE, str(theirs.fileno())],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                pass_fds=(theirs.fileno(),),
                start_new_session=True,  # no terminal's Ctrl+C; it goes when the app goes
                env=dict(env),
            )
        finally:
            theirs.close()
        self.key = import_key(env)
        self._control = ours
        self._send_lock = threading.Lock()
        self._ready = threading.Event()
        self._ready_lock = threading.Lock()
        self.problem = ""

    def wait_ready(self, timeout: float) -> bool:
        """Read the zygote's first word (once; later callers see the verdict)."""
        with self._ready_lock:
            if not self._ready.is_set():
                self._read_first_word(timeout)
        return not self.problem

    def _read_first_word(self, timeout: float) -> None:
        self._control.settimeout(timeout)
        try:
            data = self._control.recv(65536)
            message = decode(data) if data else {"failed": "it exited while starting"}
        except (OSError, ValueError) as exc:
            message = {"failed": f"no answer ({exc})"}
        self.problem = "" if "ready" in message else str(message.get("failed", "garbled"))
        self._ready.set()
        if self.problem:
            self.retire()

    def spawn(
        self,
        argv: Sequence[str],
        env: Mapping[str, str],
        fds: list[int],
        on_end: Callable[[], None] | None = None,
    ) -> ForkedWorker:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            with self._send_lock:
                request = SpawnRequest.of(argv, env, _cwd())
                socket.send_fds(self._control, [request.encode()], [theirs.fileno(), *fds])
        except OSError as exc:
            ours.close()
            raise ZygoteUnavailable(f"the zygote is gone: {exc}") from exc
        finally:
            theirs.close()
        ours.settimeout(REPLY_TIMEOUT)
        try:
            data = ours.recv(4096)
            reply = decode(data) if data else {}
        except (OSError, ValueError) as exc:
            reply = {"lost": f"no answer ({exc})"}
        if "pid" in reply:
            return ForkedWorker(ours, int(reply["pid"]), on_end)
        ours.close()  # should a late child exist, the zygote kills it when it sees this
        if "error" in reply:
            raise ZygoteUnavailable(str(reply["error"]))
        raise ZygoteLost(f"The worker zygote did not answer: {reply.get('lost', 'it ended')}.")

    def alive(self) -> bool:
        return self.proc.poll() is None and self._control.fileno() != -1

    def retire(self) -> None:
        """Close the control socket: the zygote finishes its running jobs, then exits."""
        with contextlib.suppress(OSError):
            self._control.close()


class ZygoteLauncher:
    """Starts workers from a warm zygote, spawning them when it cannot (see module doc)."""

    def __init__(
        self,
        python: str = sys.executable,
        *,
        fallback: SpawnLauncher | None = None,
        ready_timeout: float = READY_TIMEOUT,
    ) -> None:
        self._command = worker_command(WorkerKind.DOWNLOAD, python)
        self._fallback = fallback or SpawnLauncher(python)
        self._ready_timeout = ready_timeout
        self._lock = threading.Lock()
        self._zygote: _Zygote | None = None
        self._retired: list[_Zygote] = []
        self._starting = 0  # start() calls under way (they may be about to use the zygote)
        self._running = 0  # forked workers whose end is not known yet
        self._forked = 0  # forked workers so far (a count that only grows)
        self.failures = 0
        self.last_problem = ""

    @property
    def zygote_pid(self) -> int | None:
        zygote = self._zygote
        return zygote.proc.pid if zygote is not None and zygote.alive() else None

    def start(
        self,
        args: Sequence[str],
        *,
        stdin: int,
        stdout: int,
        stderr: int,
        env: Mapping[str, str],
        event_fd: int | None = None,
    ) -> WorkerHandle:
        fds = [stdin, stdout, stderr, *([event_fd] if event_fd is not None else [])]
        argv = [*args, *([str(FIRST_EXTRA_FD)] if event_fd is not None else [])]
        with self._lock:
            self._starting += 1  # the zygote is in use: not idle, not to be retired
        try:
            for _attempt in range(2):  # a zygote found dead is replaced once
                zygote = self._ready_zygote(env)
                if zygote is None:
                    break
                try:
                    worker = zygote.spawn(argv, env, fds, self._worker_ended)
                except ZygoteUnavailable as exc:
                    self._failed(zygote, str(exc))
                    continue
                except ZygoteLost as exc:
                    self._failed(zygote, str(exc))
                    raise
                with self._lock:
                    self._running += 1
                    self._forked += 1
                return worker
        finally:
            with self._lock:
                self._starting -= 1
        return self._fallback.start(
            args, stdin=stdin, stdout=stdout, stderr=stderr, env=env, event_fd=event_fd
        )

    def prewarm(self, env: Mapping[str, str], *, wait: bool = False) -> bool:
        """Start the zygote now (it warms up in its own process) rather than at first need;
        with ``wait``, block until it is ready. True when a zygote is (being) started."""
        if wait:
            return self._ready_zygote(env) is not None
        with self._lock:
            return self._current(env) is not None

    @property
    def workers_running(self) -> int:
        """Forked workers running or being started now."""
        with self._lock:
            return self._running + self._starting

    @property
    def workers_forked(self) -> int:
        """Workers forked so far: a change since the last look means the zygote was used."""
        with self._lock:
            return self._forked

    def retire_idle(self) -> bool:
        """Retire the zygote unless a worker is running or starting: it exits at once (it has
        no children) and gives its memory back; the next need starts a new one. Never waits
        (the exit is reaped on a thread of its own). True when a zygote was retired."""
        with self._lock:
            zygote = self._zygote
            if zygote is None or self._running or self._starting:
                return False
            self._zygote = None
        zygote.retire()
        threading.Thread(target=zygote.proc.wait, name="zygote-reaper", daemon=True).start()
        return True

    def close(self) -> None:
        """Retire every zygote: running workers finish, then the zygotes exit."""
        with self._lock:
            for zygote in [*self._retired, *([self._zygote] if self._zygote else [])]:
                zygote.retire()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    zygote.proc.wait(0)
            self._zygote, self._retired = None, []

    # -- the zygote -----------------------------------------------------------------------------

    def _ready_zygote(self, env: Mapping[str, str]) -> _Zygote | None:
        with self._lock:
            zygote = self._current(env)
        if zygote is None:
            return None
        if zygote.wait_ready(self._ready_timeout):
            return zygote
        self._failed(zygote, zygote.problem)
        return None

    def _current(self, env: Mapping[str, str]) -> _Zygote | None:
        """The zygote for ``env`` (started when missing, replaced when dead or outdated);
        None when zygotes are off or have failed too often. Called with the lock held."""
        self._reap()
        if not zygote_supported(sys.platform, env) or self.failures >= MAX_FAILURES:
            return None
        zygote = self._zygote
        if zygote is not None and zygote.alive() and zygote.key == import_key(env):
            return zygote
        if zygote is not None:
            zygote.retire()
            self._retired.append(zygote)
        try:
            self._zygote = _Zygote(self._command, env)
        except OSError as exc:
            self._zygote = None
            self.failures += 1
            self.last_problem = str(exc)
        return self._zygote

    def _failed(self, zygote: _Zygote, problem: str) -> None:
        with self._lock:
            self.failures += 1
            self.last_problem = problem
            zygote.retire()
            if self._zygote is zygote:
                self._zygote = None
                self._retired.append(zygote)

    def _worker_ended(self) -> None:
        with self._lock:
            self._running -= 1

    def _reap(self) -> None:
        self._retired = [z for z in self._retired if z.proc.poll() is None]


def _cwd() -> str:
    try:
        return os.getcwd()
    except OSError:  # the folder was removed under us: the worker keeps the zygote's
        return ""


_shared: ZygoteLauncher | None = None
_shared_lock = threading.Lock()


def shared_launcher() -> ZygoteLauncher:
    """The app's one launcher (one zygote for all engines, runners and probes of a process)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = ZygoteLauncher()
        return _shared
