"""How a runner starts a worker: forked by the warm zygote, or spawned as before.

The runner hands over its pipes and the worker's environment and gets a handle it can wait
on and signal; which way the worker came into being is invisible to it. Spawning is the
fallback everywhere the zygote cannot be used (not Linux, ``MEDIADESK_NO_ZYGOTE=1``, a zygote
that does not start) and stays exactly what the app did before.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from typing import Protocol

from mediadesk.core.worker_launch import WorkerKind, worker_command


class WorkerHandle(Protocol):
    """A started worker, whoever started it."""

    pid: int

    def poll(self) -> int | None:
        """Its exit code if it is known to have ended, else None."""
        ...

    def wait(self) -> int:
        """Block until it has ended; its exit code (negative: killed by that signal)."""
        ...

    def signal_group(self, sig: int) -> None:
        """Signal its process group (ffmpeg included), unless it has already ended."""
        ...


class WorkerLauncher(Protocol):
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
        """Start a download-kind worker with ``args``; when ``event_fd`` is given, the number
        the worker sees it under is appended to them. Raises OSError when it cannot."""
        ...


class SpawnedWorker:
    """A worker started with ``subprocess.Popen``."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self._proc = proc
        self.pid = proc.pid

    def poll(self) -> int | None:
        return self._proc.poll()

    def wait(self) -> int:
        return self._proc.wait()

    def signal_group(self, sig: int) -> None:
        if self._proc.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self._proc.pid, sig)


class SpawnLauncher:
    """``python -m mediadesk.worker ...`` (or the bundle's executable) in its own session."""

    def __init__(self, python: str = sys.executable) -> None:
        self._python = python

    def start(
        self,
        args: Sequence[str],
        *,
        stdin: int,
        stdout: int,
        stderr: int,
        env: Mapping[str, str],
        event_fd: int | None = None,
    ) -> SpawnedWorker:
        extra = [str(event_fd)] if event_fd is not None else []
        proc = subprocess.Popen(
            [*worker_command(WorkerKind.DOWNLOAD, self._python), *args, *extra],
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
            pass_fds=(event_fd,) if event_fd is not None else (),
            start_new_session=True,  # its own group: a stop reaches ffmpeg too
            env=dict(env),
        )
        return SpawnedWorker(proc)
