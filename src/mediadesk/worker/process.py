"""The download worker process: ``python -m mediadesk.worker EVENT_FD``.

Reads one request (JSON, one line) on stdin, runs it with yt-dlp, and writes one JSON line per
event to the file descriptor EVENT_FD (stdout stays free for anything yt-dlp or ffmpeg might print).
SIGTERM asks for a cooperative stop: yt-dlp stops at its next block and keeps the partial file.
The worker dies with the thread that started it (PR_SET_PDEATHSIG), so a killed app never
leaves a download writing behind its back.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import sys
import threading
from typing import Any, TextIO

from mediadesk.core.job import EventKind, Phase, ProgressSnapshot
from mediadesk.core.network import scrub
from mediadesk.core.worker_protocol import decode_request, outcome_message, progress_message
from mediadesk.worker.completion import checkpoint
from mediadesk.worker.download_job import DownloadJob
from mediadesk.worker.rate_control import (
    LiveRateLimit,
    Throttle,
    read_control,
    read_first_line,
)
from mediadesk.worker.rate_control import install as install_throttle

_PR_SET_PDEATHSIG = 1


class PipeReporter:
    """Writes events as JSON lines; the lock keeps lines whole if yt-dlp reports from threads."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def send(self, message: dict[str, Any]) -> None:
        line = json.dumps(message) + "\n"
        with self._lock:
            self._stream.write(line)
            self._stream.flush()

    def progress(self, snapshot: ProgressSnapshot) -> None:
        self.send(progress_message(snapshot))

    def phase(self, phase: Phase) -> None:
        self.send({"type": "phase", "phase": phase.value})

    def titled(self, title: str) -> None:
        self.send({"type": "titled", "title": title})

    def identified(self, extractor: str, video_id: str) -> None:
        if extractor and video_id:
            self.send({"type": "identified", "extractor": extractor, "video_id": video_id})

    def log(self, kind: EventKind, message: str) -> None:
        self.send({"type": "log", "kind": kind.value, "message": scrub(message)})

    def no_resume(self) -> None:
        self.send({"type": "no-resume"})


def _die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            return
        if os.getppid() == 1:  # the parent died before the line above took effect
            raise SystemExit(1)


def main(argv: list[str]) -> int:
    _die_with_parent()
    event_fd = int(argv[0])
    # The request is the first line on stdin; later lines change the speed limit live.
    text, rest = read_first_line(sys.stdin.fileno())
    job_id, request, interval = decode_request(text)
    limit = LiveRateLimit(request.options.rate_limit)
    with os.fdopen(event_fd, "w", encoding="utf-8") as stream:
        reporter = PipeReporter(stream)
        job = DownloadJob(job_id, request, reporter, progress_interval=interval)
        install_throttle(Throttle(limit, should_stop=job.stop_requested))
        threading.Thread(
            target=read_control, args=(sys.stdin.fileno(), limit, rest), daemon=True
        ).start()
        signal.signal(signal.SIGTERM, lambda _sig, _frame: job.request_stop())
        reporter.send(outcome_message(job.run()))
        checkpoint("reported")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
