"""A pool runnable that supervises one download worker process and relays its news as signals.

The download itself runs in a child process (core/download_worker.py): in-process, eight
downloads holding the GIL made the window freeze for up to a second at a time. The runnable
only reads the worker's event pipe (blocking reads release the GIL) and emits signals through
one long-lived hub owned by the engine. Stopping is cooperative first (SIGTERM: yt-dlp stops at
its next block and keeps the partial file), then forced when the worker cannot react, e.g. a
stalled server or extraction: a killed worker loses nothing a crash would not.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import tempfile
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from mediadesk.core.credentials import scrub
from mediadesk.core.failures import Failure, FailureKind
from mediadesk.core.filenames import partial_files, remove_invisible
from mediadesk.core.i18n import translate
from mediadesk.core.outcome import OutcomeKind, RunOutcome, RunRequest
from mediadesk.core.worker_protocol import (
    decode_log,
    decode_outcome,
    decode_phase,
    decode_progress,
    encode_rate_limit,
    encode_request,
)
from mediadesk.engine.worker_launcher import WorkerHandle, WorkerLauncher
from mediadesk.engine.zygote_client import shared_launcher
from mediadesk.updates.overlay import overlay_worker_env

__all__ = [
    "DownloadRunner",
    "OutcomeKind",
    "RunOutcome",
    "RunRequest",
    "Runner",
    "RunnerSignals",
]

# How long a cooperative stop may take before the worker is killed. Fragmented (HLS/DASH)
# downloads get longer: their .ytdl bookkeeping must not be cut between two writes.
STOP_GRACE = 1.0


class RunnerSignals(QObject):
    """One long-lived signal hub owned by the engine (created in the GUI thread).

    Every emit carries the job id; runnables never own QObjects (a per-runnable holder
    crashed under load, see GUIDE.md).
    """

    progress = Signal(str, object)  # job id, ProgressSnapshot
    phase = Signal(str, object)  # job id, Phase
    titled = Signal(str, str)  # job id, title
    identified = Signal(str, str, str)  # job id, extractor key, video id (download archive)
    log = Signal(str, object, str)  # job id, EventKind, message
    finished = Signal(str, object)  # job id, RunOutcome
    noResume = Signal(str)  # job id: the server ignores byte ranges, a resume starts over


class Runner(Protocol):
    """What the engine needs of a runner: it reports through the engine's ``RunnerSignals``
    (ending with exactly one ``finished``) and stops when asked. Tests replace the real one
    with a scripted runner that needs no thread and no process."""

    job_id: str

    def launch(self, pool: QThreadPool) -> None:
        """Begin the run (the real runner hands itself to the engine's pool)."""
        ...

    def request_stop(self) -> None:
        """Ask the run to end soon; it still reports ``finished``."""
        ...

    def set_rate_limit(self, bytes_per_second: int | None) -> None:
        """Change the running download's speed limit (None: unlimited), without a restart."""
        ...


class DownloadRunner(QRunnable):
    """Runs one job's worker process to its end. Never raises out of ``run()``."""

    def __init__(
        self,
        job_id: str,
        request: RunRequest,
        signals: RunnerSignals,
        *,
        progress_interval: float = 0.25,
        launcher: WorkerLauncher | None = None,
    ) -> None:
        super().__init__()
        # The engine keeps a reference until it handles "finished" (GUIDE: pattern B).
        self.setAutoDelete(False)
        self.job_id = job_id
        self._request = request
        self._signals = signals
        self._interval = progress_interval
        # Forked by the warm zygote where it can, spawned otherwise (engine/zygote_client.py).
        self._launcher = launcher or shared_launcher()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._proc: WorkerHandle | None = None
        self._stdin: BinaryIO | None = None
        self._killer: threading.Timer | None = None
        self._rate_limit = request.options.rate_limit

    def launch(self, pool: QThreadPool) -> None:
        pool.start(self)

    def request_stop(self) -> None:
        """Ask the worker to stop; it is killed if it has not stopped within the grace time."""
        with self._lock:
            if self._stop.is_set():
                return
            self._stop.set()
            self._stop_worker()

    def _stop_worker(self) -> None:
        """SIGTERM to the worker's group now, SIGKILL after the grace time (lock held)."""
        proc = self._proc
        if proc is None or proc.poll() is not None:
            return
        proc.signal_group(signal.SIGTERM)
        self._killer = threading.Timer(self._grace(), self._kill)
        self._killer.daemon = True
        self._killer.start()

    def set_rate_limit(self, bytes_per_second: int | None) -> None:
        """Send the new limit down the worker's stdin (kept open for this); before the
        worker starts it goes into the request instead."""
        with self._lock:
            self._rate_limit = bytes_per_second
            stdin = self._stdin
            if stdin is None or stdin.closed:
                return
            with contextlib.suppress(OSError, ValueError):  # the worker has just ended
                stdin.write(encode_rate_limit(bytes_per_second).encode())
                stdin.flush()

    def run(self) -> None:
        try:
            outcome = self._supervise()
        except BaseException as exc:  # nothing may escape a runnable
            outcome = (
                RunOutcome(OutcomeKind.STOPPED)
                if self._stop.is_set()
                else RunOutcome(
                    OutcomeKind.FAILED,
                    failure=Failure(
                        FailureKind.PERMANENT,
                        translate("Runner", "The download could not run: {exc}").format(exc=exc),
                    ),
                )
            )
        finally:
            if self._killer is not None:
                self._killer.cancel()
        self._signals.finished.emit(self.job_id, outcome)

    # -- the worker ---------------------------------------------------------------------------

    def _supervise(self) -> RunOutcome:
        if self._stop.is_set():
            return RunOutcome(OutcomeKind.STOPPED)
        read_fd, write_fd = os.pipe()
        stdin_read, stdin_write = os.pipe()
        stdin = os.fdopen(stdin_write, "wb")
        with tempfile.TemporaryFile() as errors, open(os.devnull, "wb") as devnull:
            # Not under the lock: the first worker may wait for the zygote to warm up, and a
            # stop or a speed change from the GUI thread must never wait for that.
            try:
                proc = self._launcher.start(
                    [],
                    stdin=stdin_read,
                    stdout=devnull.fileno(),
                    stderr=errors.fileno(),
                    env=overlay_worker_env(),
                    event_fd=write_fd,
                )
            except OSError as exc:  # e.g. no fork possible now, or the zygote died meanwhile
                os.close(read_fd)
                stdin.close()
                return RunOutcome(
                    OutcomeKind.FAILED,
                    failure=Failure(
                        FailureKind.TRANSIENT,
                        translate(
                            "Runner", "The download process could not start: {problem}"
                        ).format(problem=exc),
                    ),
                )
            except BaseException:
                os.close(read_fd)
                stdin.close()
                raise
            finally:
                os.close(write_fd)
                os.close(stdin_read)
            outcome: RunOutcome | None = None
            with os.fdopen(read_fd, "r", encoding="utf-8") as events:
                with self._lock:
                    self._proc = proc
                    with contextlib.suppress(OSError):
                        # One line; stdin stays open for later speed-limit changes.
                        request = replace(
                            self._request,
                            options=replace(self._request.options, rate_limit=self._rate_limit),
                        )
                        stdin.write(
                            (encode_request(self.job_id, request, self._interval) + "\n").encode()
                        )
                        stdin.flush()
                    self._stdin = stdin
                    if self._stop.is_set():  # asked while it started
                        self._stop_worker()
                for line in events:
                    outcome = self._relay(line) or outcome
            with self._lock, contextlib.suppress(OSError):
                stdin.close()
            code = proc.wait()
            if outcome is not None:
                return outcome
            if self._stop.is_set():
                return RunOutcome(OutcomeKind.STOPPED)
            errors.seek(0)
            tail = errors.read()[-800:].decode("utf-8", "replace").strip()
            return RunOutcome(
                OutcomeKind.FAILED,
                failure=Failure(
                    FailureKind.TRANSIENT,
                    translate(
                        "Runner", "The download process ended unexpectedly (exit code {code})."
                    ).format(code=code),
                    self._scrub(tail),
                ),
            )

    def _relay(self, line: str) -> RunOutcome | None:
        outcome = relay_line(self.job_id, line, self._signals, self._scrub)
        return self._scrub_outcome(outcome) if outcome is not None else None

    # Every text from the worker passes here on its way to the job log: the one place where
    # a password (ours, or any ``user:pass@`` in a URL yt-dlp printed) is masked.
    def _scrub(self, text: str) -> str:
        return scrub(text, self._request.credentials)

    def _scrub_outcome(self, outcome: RunOutcome) -> RunOutcome:
        failure = outcome.failure
        if failure is None:
            return outcome
        return replace(
            outcome,
            failure=replace(
                failure, message=self._scrub(failure.message), detail=self._scrub(failure.detail)
            ),
        )

    def _grace(self) -> float:
        options = self._request.options
        fragmented = any(
            p.suffix == ".ytdl" for p in partial_files(Path(options.output_dir), self.job_id)
        )
        return options.socket_timeout + STOP_GRACE if fragmented else STOP_GRACE

    def _kill(self) -> None:
        with self._lock:
            proc = self._proc
            if proc is not None and proc.poll() is None:
                proc.signal_group(signal.SIGKILL)


def relay_line(
    job_id: str, line: str, signals: RunnerSignals, scrub: Callable[[str], str] = str
) -> RunOutcome | None:
    """Turn one line from a worker into a signal; the outcome line is returned, not emitted
    (the runner emits ``finished`` once the process has ended). Shared with the tests' fake
    runner so replayed recordings go through the same decoding. ``scrub`` masks secrets in
    every text that reaches the job log."""
    try:
        message = json.loads(line)
        kind = message["type"]
        if kind == "progress":
            signals.progress.emit(job_id, decode_progress(message))
        elif kind == "phase":
            signals.phase.emit(job_id, decode_phase(message))
        elif kind == "titled":
            # Titles come from the site: drop bidi overrides and other invisible characters.
            signals.titled.emit(job_id, scrub(remove_invisible(str(message["title"]))))
        elif kind == "identified":
            signals.identified.emit(job_id, str(message["extractor"]), str(message["video_id"]))
        elif kind == "log":
            log_kind, text = decode_log(message)
            signals.log.emit(job_id, log_kind, scrub(text))
        elif kind == "no-resume":
            signals.noResume.emit(job_id)
        elif kind == "finished":
            return decode_outcome(message)
    except (ValueError, KeyError, TypeError):
        pass  # a garbled line must not take the download down
    return None
