"""A speed limit the app can change while a download runs.

yt-dlp reads ``ratelimit`` in ``FileDownloader.slow_down`` and compares it with the average
speed since the transfer began: lowering the limit mid-way would sleep off all the earlier
fast seconds at once (minutes, with no progress and no way to pause), and raising it would
let a burst through. This replacement measures from the moment the limit last changed, reads
the limit live from one :class:`LiveRateLimit` per worker process (one download per worker),
and sleeps in short slices so a stop request still takes effect promptly. Fragmented
downloads (HLS/DASH) use the same HTTP downloader, so they follow it too.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import Any

from yt_dlp.downloader.common import FileDownloader

from mediadesk.core.worker_protocol import decode_rate_limit

SLEEP_SLICE = 0.1  # seconds; a stop request is noticed at most this late while throttled


class LiveRateLimit:
    """The current limit (bytes per second, None for none) and a generation counter that
    restarts every downloader's measurement when the limit changes."""

    def __init__(self, limit: int | None = None) -> None:
        self._lock = threading.Lock()
        self._limit = limit
        self._generation = 0

    def set(self, limit: int | None) -> None:
        with self._lock:
            if limit != self._limit:
                self._limit = limit
                self._generation += 1

    def get(self) -> tuple[int | None, int]:
        with self._lock:
            return self._limit, self._generation


class Throttle:
    """Paces one transfer: called after each block with the bytes received so far."""

    def __init__(
        self,
        limit: LiveRateLimit,
        *,
        should_stop: Callable[[], bool] = lambda: False,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._limit = limit
        self._should_stop = should_stop
        self._clock = clock
        self._sleep = sleep
        self._key: tuple[object, int] | None = None
        self._since = 0.0
        self._bytes_at = 0

    def limit(self) -> int | None:
        return self._limit.get()[0]

    def pace(self, transfer: object, byte_counter: int) -> None:
        rate, generation = self._limit.get()
        now = self._clock()
        if self._key != (transfer, generation):
            # A new transfer or a new limit: measure from here, with no debt from before.
            self._key = (transfer, generation)
            self._since, self._bytes_at = now, byte_counter
            return
        if not rate:
            return
        wait = (byte_counter - self._bytes_at) / rate - (now - self._since)
        while wait > 0 and not self._should_stop():
            step = min(wait, SLEEP_SLICE)
            self._sleep(step)
            wait -= step
            if self._limit.get()[1] != generation:
                return  # changed while sleeping: the next block starts a new measurement


_active: Throttle | None = None


def current_limit() -> int | None:
    """The limit in force for this process's download (None: none, or no throttle installed):
    our parallel downloader sizes its reads by it, so pacing stays smooth."""
    return _active.limit() if _active is not None else None


def install(throttle: Throttle) -> None:
    """Route yt-dlp's rate limiting in this process through ``throttle``."""
    global _active
    _active = throttle

    def slow_down(self: Any, start_time: float, _now: float | None, byte_counter: int) -> None:
        throttle.pace((id(self), start_time), byte_counter)

    FileDownloader.slow_down = slow_down  # type: ignore[method-assign]


def read_control(fd: int, limit: LiveRateLimit, leftover: bytes = b"") -> None:
    """Apply the control lines the app writes to ``fd`` until it closes (run in a daemon
    thread; raw reads, so no Python file lock is held when the process exits)."""
    buffer = leftover
    while True:
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            is_limit, value = decode_rate_limit(line.decode("utf-8", "replace"))
            if is_limit:
                limit.set(value)
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return
        if not chunk:
            return
        buffer += chunk


def read_first_line(fd: int) -> tuple[str, bytes]:
    """The request line from ``fd`` and whatever followed it in the same reads."""
    buffer = b""
    while b"\n" not in buffer:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        buffer += chunk
    line, _, rest = buffer.partition(b"\n")
    return line.decode("utf-8"), rest
