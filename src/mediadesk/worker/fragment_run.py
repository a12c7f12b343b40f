"""The fetching side of one parallel fragment download (see worker/parallel_fragments.py).

Threads take fragments from a queue and fetch each into its own ``<part>-Frag<n>`` file with
yt-dlp's fragment machinery (retries included); the calling thread appends them in order and
asks :meth:`FragmentRun.save` to record what the ``.part`` holds.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from yt_dlp.networking.exceptions import HTTPError, IncompleteRead
from yt_dlp.utils import DownloadError, RetryManager
from yt_dlp.utils.networking import HTTPHeaderDict

SAVE_INTERVAL = 0.1  # seconds between records: what a kill -9 may append again (never fetch)
# How long a stop waits for fetching threads to leave their block. Short: whatever a fetching
# thread does may be cut like a kill (a piece is continued, the record is not its business).
JOIN_TIMEOUT = 0.2


class Halted(Exception):
    """Raised in a fetching thread when the run stops (a pause, an error elsewhere)."""


_thread = threading.local()


def in_fetching_thread() -> bool:
    return bool(getattr(_thread, "fetching", False))


@dataclass(eq=False)
class Slot:
    """One fragment's fetch: ``done`` is set once ``filename`` (None: not available) or
    ``error`` is known."""

    fragment: dict[str, Any]
    done: threading.Event = field(default_factory=threading.Event)
    filename: str | None = None
    error: BaseException | None = None


class FragmentRun:
    save_interval = SAVE_INTERVAL

    def __init__(
        self,
        fd: Any,
        ctx: dict[str, Any],
        info_dict: dict[str, Any],
        *,
        connections: int,
        is_fatal: Callable[[int], bool],
        halt: threading.Event,
        write_record: Callable[[dict[str, Any]], None],
    ) -> None:
        self._fd = fd
        self._ctx = ctx
        self._info = info_dict
        self._count = max(1, connections)
        self._is_fatal = is_fatal
        self._halt = halt
        self._write_record = write_record
        self._tasks: queue.SimpleQueue[Slot | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._failure: BaseException | None = None
        self._unrecorded: list[str] = []  # appended fragment files, deleted once recorded

    def start(self) -> None:
        for number in range(self._count):
            thread = threading.Thread(
                target=self._work, name=f"mediadesk-fragments-{number}", daemon=True
            )
            self._threads.append(thread)
            thread.start()

    def submit(self, fragment: dict[str, Any]) -> Slot:
        if fragment.get("fragment_count") is not None:
            self._ctx["fragment_count"] = fragment["fragment_count"]  # DASH: shown in progress
        slot = Slot(fragment)
        self._tasks.put(slot)
        return slot

    def raise_failure(self) -> None:
        """Raise at once what any fetching thread met (a pause too), not when it is its turn."""
        failure = self._failure
        if failure is not None:
            raise failure

    def appended(self, slot: Slot) -> None:
        if slot.filename is not None:
            self._unrecorded.append(slot.filename)

    def save(self, ctx: dict[str, Any]) -> None:
        """Record what the ``.part`` holds: its bytes reach the disk before the record claims
        them, and a fragment file goes only once a saved record covers it."""
        stream = ctx.get("dest_stream")
        if stream is not None and not stream.closed:
            stream.flush()
            with contextlib.suppress(OSError):
                os.fdatasync(stream.fileno())
        self._write_record(ctx)
        if not self._fd.params.get("keep_fragments", False):
            for name in self._unrecorded:
                self._fd.try_remove(name)
        self._unrecorded.clear()

    def stop(self) -> None:
        self._halt.set()
        for _ in self._threads:
            self._tasks.put(None)
        deadline = time.monotonic() + JOIN_TIMEOUT
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))

    # -- fetching threads -----------------------------------------------------------------

    def _work(self) -> None:
        _thread.fetching = True
        while True:
            slot = self._tasks.get()
            if slot is None:
                return
            try:
                if self._halt.is_set():
                    raise Halted()
                slot.filename = self._fetch(slot.fragment)
            except BaseException as exc:  # the appending thread raises it
                slot.error = exc
                if not isinstance(exc, Halted) and self._failure is None:
                    self._failure = exc
            finally:
                slot.done.set()

    def _fetch(self, fragment: dict[str, Any]) -> str | None:
        """yt-dlp's fetch of one fragment (its retries and skipping rules), in this thread."""
        index = fragment["frag_index"]
        ctx = {
            "tmpfilename": self._ctx["tmpfilename"],
            "dl": self._ctx["dl"],
            "ctx_id": self._ctx.get("ctx_id"),
            "fragment_index": index,
        }
        headers = HTTPHeaderDict(self._info.get("http_headers"))
        byte_range = fragment.get("byte_range")
        if byte_range:
            headers["Range"] = f"bytes={byte_range['start']}-{byte_range['end'] - 1}"
        fatal = self._is_fatal(fragment.get("index") or (index - 1))

        def error_callback(err: Exception, count: int, retries: int) -> None:
            self._fd.report_retry(err, count, retries, index, fatal)

        retries = RetryManager(self._fd.params.get("fragment_retries"), error_callback)
        for retry in retries:
            if self._halt.is_set():
                raise Halted()
            try:
                fetched = self._fd._download_fragment(
                    ctx, fragment["url"], self._info, headers, self._info.get("request_data")
                )
            except (HTTPError, IncompleteRead) as err:
                if isinstance(err, HTTPError) and err.status == 416:
                    # The kept piece of this fragment is no prefix of it (a kill can land
                    # after its last byte, before yt-dlp renamed it): fetch it whole again.
                    _forget_piece(self._ctx["tmpfilename"], index)
                retry.error = err
                continue
            except DownloadError:
                if fatal:
                    raise
                return None
            if not fetched:
                return None
        return ctx.get("fragment_filename_sanitized")


def _forget_piece(tmpfilename: str, index: int) -> None:
    """Delete what was kept of fragment ``index`` (yt-dlp's ``<part>-Frag<n>.part``)."""
    with contextlib.suppress(FileNotFoundError):
        os.remove(f"{tmpfilename}-Frag{index}.part")
