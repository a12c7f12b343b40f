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
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from mediadesk.core.failures import Failure, FailureKind
from mediadesk.core.filenames import partial_files
from mediadesk.core.outcome import OutcomeKind, RunOutcome, RunRequest
from mediadesk.core.worker_launch import WorkerKind, worker_env
from mediadesk.core.worker_launch import worker_command as launch_command
from mediadesk.core.worker_protocol import (
    decode_log,
    decode_outcome,
    decode_phase,
    decode_progress,
    encode_request,
)

__all__ = ["DownloadRunner", "OutcomeKind", "RunOutcome", "RunRequest", "RunnerSignals"]

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
    log = Signal(str, object, str)  # job id, EventKind, message
    finished = Signal(str, object)  # job id, RunOutcome
    noResume = Signal(str)  # job id: the server ignores byte ranges, a resume starts over


class DownloadRunner(QRunnable):
    """Runs one job's worker process to its end. Never raises out of ``run()``."""

    def __init__(
        self,
        job_id: str,
        request: RunRequest,
        signals: RunnerSignals,
        *,
        progress_interval: float = 0.25,
        python: str = sys.executable,
    ) -> None:
        super().__init__()
        # The engine keeps a reference until it handles "finished" (GUIDE: pattern B).
        self.setAutoDelete(False)
        self.job_id = job_id
        self._request = request
        self._signals = signals
        self._interval = progress_interval
        self._python = python
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._killer: threading.Timer | None = None

    def request_stop(self) -> None:
        """Ask the worker to stop; it is killed if it has not stopped within the grace time."""
        with self._lock:
            if self._stop.is_set():
                return
            self._stop.set()
            proc = self._proc
            if proc is None or proc.poll() is not None:
                return
            self._signal(proc, signal.SIGTERM)
            self._killer = threading.Timer(self._grace(), self._kill)
            self._killer.daemon = True
            self._killer.start()

    def run(self) -> None:
        try:
            outcome = self._supervise()
        except BaseException as exc:  # nothing may escape a runnable
            outcome = (
                RunOutcome(OutcomeKind.STOPPED)
                if self._stop.is_set()
                else RunOutcome(
                    OutcomeKind.FAILED,
                    failure=Failure(FailureKind.PERMANENT, f"The download could not run: {exc}"),
                )
            )
        finally:
            if self._killer is not None:
                self._killer.cancel()
        self._signals.finished.emit(self.job_id, outcome)

    # -- the worker ---------------------------------------------------------------------------

    def _supervise(self) -> RunOutcome:
        read_fd, write_fd = os.pipe()
        with tempfile.TemporaryFile() as errors:
            try:
                with self._lock:
                    if self._stop.is_set():
                        return RunOutcome(OutcomeKind.STOPPED)
                    self._proc = subprocess.Popen(
                        [*worker_command(self._python), str(write_fd)],
                        stdin=subprocess.PIPE,
                        stdout=subprocess.DEVNULL,
                        stderr=errors,
                        pass_fds=(write_fd,),
                        start_new_session=True,  # its own group: a stop reaches ffmpeg too
                        env=worker_env(),
                    )
            finally:
                os.close(write_fd)
            proc = self._proc
            assert proc.stdin is not None
            outcome: RunOutcome | None = None
            with os.fdopen(read_fd, "r", encoding="utf-8") as events:
                try:
                    proc.stdin.write(
                        encode_request(self.job_id, self._request, self._interval).encode()
                    )
                    proc.stdin.close()
                except BrokenPipeError:
                    pass
                for line in events:
                    outcome = self._relay(line) or outcome
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
                    f"The download process ended unexpectedly (exit code {code}).",
                    tail,
                ),
            )

    def _relay(self, line: str) -> RunOutcome | None:
        try:
            message = json.loads(line)
            kind = message["type"]
            if kind == "progress":
                self._signals.progress.emit(self.job_id, decode_progress(message))
            elif kind == "phase":
                self._signals.phase.emit(self.job_id, decode_phase(message))
            elif kind == "titled":
                self._signals.titled.emit(self.job_id, str(message["title"]))
            elif kind == "log":
                self._signals.log.emit(self.job_id, *decode_log(message))
            elif kind == "no-resume":
                self._signals.noResume.emit(self.job_id)
            elif kind == "finished":
                return decode_outcome(message)
        except (ValueError, KeyError, TypeError):
            pass  # a garbled line must not take the download down
        return None

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
                self._signal(proc, signal.SIGKILL)

    @staticmethod
    def _signal(proc: subprocess.Popen[bytes], sig: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)


def worker_command(python: str = sys.executable) -> list[str]:
    """How to start a download worker: ``python -m``, or the bundle's own executable."""
    return launch_command(WorkerKind.DOWNLOAD, python)
