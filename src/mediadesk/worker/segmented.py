"""Several Range connections per download, for servers that cap each connection.

yt-dlp fetches a direct file over one connection; a server (or CDN) that caps every
connection at 2 MB/s then makes a 40 MB file take 20 s where ``aria2c -x8`` takes under 3.
This yt-dlp file downloader splits such a file into segments fetched in parallel, each
written with ``os.pwrite`` at its offset into the job's usual ``.part``; the ``.segments``
sidecar (worker/segment_state.py) records every segment's progress, so pause, quit,
``kill -9`` and relaunch continue each piece where it stopped, byte-identical.

It is used only for a single http(s) URL whose server answers a Range request with 206 and a
known size; anything else (no ranges, unknown size, small files, HLS/DASH, live streams)
goes to yt-dlp's own downloader exactly as before. There is no separate probe: the first
piece's request (``bytes=0-``, or the first unfinished piece on a resume) tells the size and
the validator, and the other connections start as soon as its headers arrive, the way
aria2c starts. A connection the server refuses (429/503, or no connection at all) while
others are flowing does not fail the download: the others take its piece and it asks again
later (servers that allow fewer connections get that many).
Requests go through the job's YoutubeDL (``ydl.urlopen`` with the format's
``http_headers``), so cookies, proxies and the origin-bound credentials of
worker/origin_auth.py behave as for any yt-dlp request.

Everything the rest of the worker relies on stays: progress goes through yt-dlp's progress
hooks (where DownloadJob raises DownloadCancelled to pause, so a stop acts within a block of
~1/20 s of data), the job's rate limit (read live from the params) is shared by all
connections, and the finished file is the same ``.part`` renamed for worker/completion.py.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

from yt_dlp import YoutubeDL
from yt_dlp.downloader.http import HttpFD
from yt_dlp.networking import Request
from yt_dlp.networking.exceptions import HTTPError, TransportError

from mediadesk.worker import segment_state
from mediadesk.worker.rate_control import current_limit
from mediadesk.worker.segment_state import Segment, SegmentPlan
from mediadesk.worker.ytdlp_blocks import MIN_BLOCK, block_size_for

# Answers that mean "not this many connections": a connection that gets one while others
# are flowing lets its piece go to them and asks again later, instead of failing the download.
_REFUSALS = (429, 503)
REFUSED_WAIT = 1.0  # seconds before a refused connection asks again; doubles each time
REFUSED_WAIT_MAX = 8.0
TICK = 0.05  # seconds between progress hooks (the hook is where a pause takes effect)
# Seconds between sidecar updates: about what a kill -9 fetches again (at 16 MB/s, 0.4 MB).
SAVE_INTERVAL = 0.025
# Seconds between syncs of the .part: what a power loss fetches again. A sync per update
# (40 a second) would load slow disks for no gain to a killed process (worker/segment_state).
SYNC_INTERVAL = 1.0
JOIN_TIMEOUT = 2.0  # how long a stop waits for connections to finish their current block
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)", re.IGNORECASE)


class RangesRefused(Exception):
    """The server answered a Range request with the whole file (or an encoded body)."""


class _TurnedAway(Exception):
    """The server refused this connection (see ``_REFUSALS``) before sending any data."""

    def __init__(self, cause: Exception) -> None:
        super().__init__(str(cause))
        self.cause = cause


class _Opening:
    """The first request of a run, whose answer says the size and what identifies the file:
    its response (206, already checked) goes on to fetch the piece it asked for."""

    def __init__(self, response: Any, start: int, total: int, validator: str) -> None:
        self.response = response
        self.start = start
        self.total = total
        self.validator = validator

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.response.close()


def install(ydl: YoutubeDL, connections: int) -> None:
    """Route this YoutubeDL's eligible downloads through :class:`SegmentedHttpFD`.

    Installed whatever ``connections`` is: a ``.part`` left by an earlier parallel run has
    holes, and only this downloader may continue it (it then uses the recorded segments).
    """
    original = ydl.dl

    def dl(name: str, info: dict[str, Any], subtitle: bool = False, test: bool = False) -> Any:
        if test or subtitle or name == "-" or not _eligible(info):
            return original(name, info, subtitle, test)
        fd = SegmentedHttpFD(ydl, ydl.params, connections=connections)
        for hook in ydl._progress_hooks:
            fd.add_progress_hook(hook)
        new_info = ydl._copy_infodict(info)
        if new_info.get("http_headers") is None:
            new_info["http_headers"] = ydl._calc_headers(new_info)
        return fd.download(name, new_info, subtitle)

    ydl.dl = dl  # type: ignore[method-assign]


def _eligible(info: dict[str, Any]) -> bool:
    url = str(info.get("url") or "")
    return (
        info.get("protocol") in ("http", "https")
        and url.startswith(("http://", "https://"))
        and not info.get("is_live")
        and not info.get("requested_formats")
        # A time section is cut by ffmpeg while it downloads: yt-dlp's own path does that.
        and info.get("section_start") is None
        and info.get("section_end") is None
    )


class SegmentedHttpFD(HttpFD):
    """yt-dlp's HTTP downloader, parallel when the server allows it (see the module doc)."""

    FD_NAME = "mediadesk-segmented"

    def __init__(self, ydl: YoutubeDL, params: dict[str, Any], *, connections: int) -> None:
        super().__init__(ydl, params)
        self.connections = max(1, int(connections))

    def real_download(self, filename: str, info_dict: dict[str, Any]) -> bool:
        part = self.temp_name(filename)
        sidecar = segment_state.sidecar_for(part)
        recorded = segment_state.load(sidecar) if os.path.exists(part) else None
        if recorded is None and self.connections < 2:
            _discard_holes(part, sidecar)
            return super().real_download(filename, info_dict)
        url = info_dict["url"]
        headers = _range_headers(info_dict)
        state, opening = self._open(url, headers, part, sidecar, recorded)
        if state is None:
            return super().real_download(filename, info_dict)
        self.report_destination(filename)
        run = _ParallelRun(self, url, headers, part, sidecar, state, info_dict, filename)
        run.execute(opening)
        total = state.total
        segment_state.discard(sidecar)  # complete: the .part is now an ordinary whole file
        self.try_rename(part, filename)
        self._hook_progress(
            {
                "downloaded_bytes": total,
                "total_bytes": total,
                "filename": filename,
                "status": "finished",
                "elapsed": time.monotonic() - run.began,
            },
            info_dict,
        )
        return True

    def _open(
        self,
        url: str,
        headers: dict[str, str],
        part: str,
        sidecar: Path,
        recorded: SegmentPlan | None,
    ) -> tuple[SegmentPlan | None, _Opening | None]:
        """The plan to run and the open first request, or (None, None) for yt-dlp's own
        downloader (no ranges, unknown size, a file too small to split)."""
        if recorded is not None:
            first = next((s for s in recorded.segments if s.remaining), None)
            # A finished plan only needs the file checked: one byte does that.
            start, end = (first.position, first.end) if first else (0, 1)
            opening = _open_range(self.ydl, url, headers, start, end)  # trouble is raised:
            # the engine retries it, and the recorded pieces stay
            if opening is None:
                _discard_holes(part, sidecar)  # the server no longer serves ranges
                return None, None
            if (opening.total, opening.validator) == (recorded.total, recorded.validator):
                if first is None:
                    opening.close()
                    return recorded, None
                return recorded, opening
            opening.close()  # the file changed at the source: its pieces do not fit
            _discard_holes(part, sidecar)
            self.to_screen("[download] The file changed on the server; starting over.")
        try:
            opening = _open_range(self.ydl, url, headers, 0, None)
        except Exception:
            return None, None  # yt-dlp's own downloader meets and reports the same trouble
        if opening is None:
            return None, None
        prefix = _prefix_size(part, opening.total)
        if segment_state.segment_count(opening.total - prefix, self.connections) < 2:
            opening.close()
            return None, None
        state = segment_state.plan(opening.total, self.connections, opening.validator, prefix)
        segment_state.save(sidecar, state, durable=True)  # before the .part gets holes
        if prefix:  # bytes from an earlier single connection: the pieces start after them
            opening.close()
            return state, None
        return state, opening


def _range_headers(info_dict: dict[str, Any]) -> dict[str, str]:
    headers = {
        k: v for k, v in (info_dict.get("http_headers") or {}).items() if k.lower() != "range"
    }
    headers["Accept-Encoding"] = "identity"  # byte offsets must be offsets in the file
    return headers


def _open_range(
    ydl: YoutubeDL, url: str, headers: dict[str, str], start: int, end: int | None
) -> _Opening | None:
    """Ask for bytes ``start`` to ``end`` (exclusive; None: to the end of the file).

    None when the server does not serve byte ranges of a known size (the caller falls back
    to one plain request). Network trouble is raised, not taken for "no ranges": the engine
    retries it, and the recorded pieces of an earlier run are not thrown away over a timeout.
    """
    last = "" if end is None else str(end - 1)
    try:
        response = ydl.urlopen(Request(url, headers={**headers, "Range": f"bytes={start}-{last}"}))
    except HTTPError as exc:
        if exc.status in (405, 416, 501):  # no ranges (or no bytes): one plain request
            return None
        raise
    match = _CONTENT_RANGE.match(response.headers.get("Content-Range") or "")
    if (
        response.status != 206
        or _encoded(response)
        or not match
        or match.group(3) == "*"
        or int(match.group(1)) != start
    ):
        with contextlib.suppress(Exception):
            response.close()
        return None
    validator = response.headers.get("ETag") or response.headers.get("Last-Modified")
    return _Opening(response, start, int(match.group(3)), str(validator or ""))


def _partial_reader(response: Any) -> Any:
    """``read(n)`` that returns the bytes that have arrived (up to n) instead of waiting for
    all n: what arrived is written and recorded at once, so a kill -9 loses only what sat in
    the socket, and a pause does not wait for a block to fill. yt-dlp's response adapters
    only offer the waiting kind; the connection under them (http.client or urllib3) has it."""
    read1 = getattr(getattr(response, "fp", None), "read1", None)
    return read1 if callable(read1) else response.read


def _refused(exc: Exception) -> bool:
    """A request the server turned away (too many connections at once, or none accepted),
    as opposed to trouble with a transfer under way."""
    if isinstance(exc, HTTPError):
        return exc.status in _REFUSALS
    return isinstance(exc, TransportError)


def _encoded(response: Any) -> bool:
    return (response.headers.get("Content-Encoding") or "identity").lower() != "identity"


def _prefix_size(part: str, total: int) -> int:
    """Bytes an earlier single-connection run left in the .part (written in order)."""
    try:
        size = os.path.getsize(part)
    except OSError:
        return 0
    return size if size < total else 0


def _discard_holes(part: str, sidecar: Path) -> None:
    """A .part with a sidecar has holes: never let a sequential downloader append to it."""
    if sidecar.exists():
        Path(part).unlink(missing_ok=True)
        segment_state.discard(sidecar)


class _ParallelRun:
    """One parallel transfer: connection threads plus the coordinating (calling) thread."""

    def __init__(
        self,
        fd: SegmentedHttpFD,
        url: str,
        headers: dict[str, str],
        part: str,
        sidecar: Path,
        state: SegmentPlan,
        info_dict: dict[str, Any],
        filename: str,
    ) -> None:
        self._fd = fd
        self._url = url
        self._headers = headers
        self._part = part
        self._sidecar = sidecar
        self._state = state
        self._info = info_dict
        self._filename = filename
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ended = threading.Event()  # a connection ended: the coordinator looks at once
        self._busy: set[int] = set()
        self._errors: list[BaseException] = []
        self._retries = int(fd.params.get("retries") or 0)
        self._rate_started = time.time()  # the key of this run's pace in slow_down
        self._fetched = 0  # bytes received by this run (for the shared rate limit)
        self._boot = segment_state.current_boot()
        self._synced = state.copy()  # progress known to be on disk (after execute()'s sync)
        self._flowing = 0  # connections receiving data right now
        self._refused = 0  # requests the server turned away (see _REFUSALS)
        self.began = time.monotonic()

    def execute(self, opening: _Opening | None) -> None:
        """Fetch every unfinished piece; ``opening`` (the run's first request, already
        answered) fetches the piece it asked for, and the other connections start at once."""
        threads: list[threading.Thread] = []
        saver: threading.Thread | None = None
        fileno: int | None = None
        try:
            flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
            fileno = os.open(self._part, flags, 0o644)
            # Exactly the file's size: a longer leftover must not leave a stale tail.
            os.ftruncate(fileno, self._state.total)
            # What a killed run wrote may be only in the page cache: on disk from here on.
            self._save(fileno, sync=True)
            pending = sum(1 for s in self._state.segments if s.remaining)
            count = max(1, min(self._fd.connections, pending)) if pending else 0
            first = self._claim(opening) if opening is not None and count else None
            for number in range(count):
                handed = first if number == 0 else None
                thread = threading.Thread(
                    target=self._connection, args=(fileno, handed), daemon=True
                )
                threads.append(thread)
                thread.start()
            if first is None and opening is not None:
                opening.close()
            opening = None  # a connection owns it now
            saver = threading.Thread(target=self._keep_saving, args=(fileno,), daemon=True)
            saver.start()
            self._coordinate(threads)
        finally:
            if opening is not None:
                opening.close()
            self._stop.set()
            for thread in threads:
                thread.join(JOIN_TIMEOUT)
            stuck = any(t.is_alive() for t in threads)
            if saver is not None:
                saver.join()
            if fileno is not None:
                self._save(fileno, sync=True)
                if not stuck:  # a stuck connection may still write: keep its descriptor valid
                    os.close(fileno)

    def _claim(self, opening: _Opening) -> tuple[int, Any] | None:
        """The unfinished segment the opening request asked for, marked busy, with the
        response that fetches it."""
        with self._lock:
            for index, segment in enumerate(self._state.segments):
                if segment.remaining and segment.position == opening.start:
                    self._busy.add(index)
                    return index, opening.response
        return None

    # -- the coordinating thread ----------------------------------------------------------

    def _coordinate(self, threads: list[threading.Thread]) -> None:
        samples: deque[tuple[float, int]] = deque(maxlen=60)  # ~3 s of speed history
        while True:
            alive = any(t.is_alive() for t in threads)
            with self._lock:
                done = self._state.done
                errors = list(self._errors)
                complete = self._state.complete
            if errors:
                raise errors[0]
            if complete:  # every byte is written; execute() lets the connections end
                return
            if not alive:
                raise RuntimeError("the download's connections ended before the file was complete")
            now = time.monotonic()
            samples.append((now, done))
            first_time, first_done = samples[0]
            speed = (done - first_done) / (now - first_time) if now > first_time else None
            total = self._state.total
            eta = (total - done) / speed if speed else None
            # DownloadJob's hook raises DownloadCancelled here to pause: it leaves through
            # execute()'s finally, which stops the connections and saves their progress.
            self._fd._hook_progress(
                {
                    "status": "downloading",
                    "downloaded_bytes": done,
                    "total_bytes": total,
                    "tmpfilename": self._part,
                    "filename": self._filename,
                    "speed": speed,
                    "eta": eta,
                    "elapsed": now - self.began,
                },
                self._info,
            )
            # The last connection's end wakes it: the file is done, not a tick later.
            self._ended.wait(TICK)
            self._ended.clear()

    def _keep_saving(self, fileno: int) -> None:
        """Its own thread: a slow disk sync must not delay the hook, hence a pause."""
        synced = time.monotonic()
        while not self._stop.wait(SAVE_INTERVAL):
            sync = time.monotonic() - synced >= SYNC_INTERVAL
            self._save(fileno, sync=sync)
            if sync:
                synced = time.monotonic()

    def _save(self, fileno: int, *, sync: bool = False) -> None:
        """Record progress. Snapshots are taken before the sync, so the synced part claims
        only bytes on disk, and the written part only bytes already in the page cache."""
        with self._lock:
            snapshot = self._state.copy()
        if sync:
            with contextlib.suppress(OSError):
                os.fdatasync(fileno)
                self._synced = snapshot
        segment_state.save(self._sidecar, self._synced, written=snapshot, boot=self._boot)

    # -- connection threads ---------------------------------------------------------------

    def _connection(self, fileno: int, handed: tuple[int, Any] | None = None) -> None:
        """One connection: its first piece (``handed``: already requested, or the next
        free one), then whatever work is left, until the file is complete."""
        refusals = 0
        try:
            while not self._stop.is_set():
                if handed is not None:
                    index, response = handed
                    handed = None
                else:
                    response = None
                    with self._lock:
                        found = segment_state.split_largest(self._state.segments, self._busy)
                        if found is None:
                            return
                        index = found
                        self._busy.add(index)
                try:
                    refused = self._fetch_segment(fileno, self._state.segments[index], response)
                finally:
                    with self._lock:
                        self._busy.discard(index)
                if refused:  # its piece is free for the others; try again later
                    refusals += 1
                    self._stop.wait(min(REFUSED_WAIT_MAX, REFUSED_WAIT * 2 ** (refusals - 1)))
                else:
                    refusals = 0
        except BaseException as exc:  # reported by the coordinator, which raises it
            with self._lock:
                self._errors.append(exc)
            self._stop.set()
        finally:
            self._ended.set()

    def _fetch_segment(self, fileno: int, segment: Segment, response: Any = None) -> bool:
        """Fetch ``segment`` to its (possibly moving) end, retrying trouble; True when the
        server turned this connection away while others flow: it lets the segment go (the
        others take it) instead of spending the retries meant for real trouble."""
        failures = 0
        while not self._stop.is_set():
            with self._lock:
                start, end = segment.position, segment.end
            if start >= end:
                if response is not None:
                    response.close()
                return False
            try:
                self._stream(fileno, segment, start, end, response)
                failures = 0
            except RangesRefused:
                raise
            except Exception as exc:
                cause = exc.cause if isinstance(exc, _TurnedAway) else exc
                if isinstance(exc, _TurnedAway) and self._others_flowing():
                    self._note_refused(cause)
                    return True
                failures += 1
                if failures > self._retries or self._stop.is_set():
                    raise cause from None
                self._stop.wait(min(4.0, 0.5 * 2 ** (failures - 1)))
            finally:
                response = None  # used (and closed) by the first attempt
        return False

    def _others_flowing(self) -> bool:
        with self._lock:
            return self._flowing > 0

    def _note_refused(self, exc: BaseException) -> None:
        with self._lock:
            self._refused += 1
            first = self._refused == 1
        if first:
            reason = f"HTTP {exc.status}" if isinstance(exc, HTTPError) else "no connection"
            self._fd.to_screen(
                f"[download] The server refused a connection ({reason}); "
                "the other connections take over its piece."
            )

    def _stream(
        self, fileno: int, segment: Segment, start: int, end: int, response: Any = None
    ) -> None:
        if response is None:
            chunk = self._info.get("downloader_options", {}).get(
                "http_chunk_size"
            ) or self._fd.params.get("http_chunk_size")
            last = end - 1 if not chunk else min(end, start + int(chunk)) - 1
            request = Request(
                self._url, headers={**self._headers, "Range": f"bytes={start}-{last}"}
            )
            try:
                response = self._fd.ydl.urlopen(request)
            except (HTTPError, TransportError) as exc:
                if _refused(exc):
                    raise _TurnedAway(exc) from exc
                raise
        else:
            last = end - 1  # the opening request: to the end of its piece (or of the file)
        with response:
            match = _CONTENT_RANGE.match(response.headers.get("Content-Range") or "")
            if response.status != 206 or _encoded(response) or not match:
                raise RangesRefused(f"the server answered a range request with {response.status}")
            if int(match.group(1)) != start:
                raise RangesRefused("the server sent a different range than asked for")
            with self._lock:
                self._flowing += 1
            try:
                self._read(fileno, segment, response, start, last)
            finally:
                with self._lock:
                    self._flowing -= 1

    def _read(self, fileno: int, segment: Segment, response: Any, start: int, last: int) -> None:
        read = _partial_reader(response)
        block = MIN_BLOCK
        position = start
        while not self._stop.is_set():
            with self._lock:
                limit = min(segment.end, last + 1)
            if position >= limit:
                return  # done, or another connection took over the rest of this segment
            began = time.monotonic()
            data = read(min(block, limit - position))
            if not data:
                raise ConnectionError("the server closed the connection early")
            with self._lock:
                data = data[: max(0, segment.end - position)]  # the end may have moved
                if data:
                    os.pwrite(fileno, data, position)
                    position += len(data)
                    segment.done = position - segment.start
                    self._fetched += len(data)
            block = block_size_for(time.monotonic() - began, len(data) or 1)
            rate = current_limit() or self._fd.params.get("ratelimit")
            if rate:  # reads of ~1/20 s of the limit: a limited download flows evenly
                share = int(rate) // (20 * max(1, self._fd.connections))
                block = max(1024, min(block, share))
            self._respect_rate_limit()

    def _respect_rate_limit(self) -> None:
        """The job's limit is for the whole download: every connection reports the shared
        byte count to yt-dlp's ``slow_down``, which the worker routes through its live
        throttle (worker/rate_control.py), so a limit changed while running applies at once."""
        with self._lock:
            fetched = self._fetched
        self._fd.slow_down(self._rate_started, None, fetched)
