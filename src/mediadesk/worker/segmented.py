"""Several Range connections per download, for servers that cap each connection.

yt-dlp fetches a direct file over one connection; a server (or CDN) that caps every
connection at 2 MB/s then makes a 40 MB file take 20 s where ``aria2c -x8`` takes under 3.
This yt-dlp file downloader splits such a file into segments fetched in parallel, each
written with ``os.pwrite`` at its offset into the job's usual ``.part``; the ``.segments``
sidecar (worker/segment_state.py) records every segment's progress, so pause, quit,
``kill -9`` and relaunch continue each piece where it stopped, byte-identical.

It is used only for a single http(s) URL whose server answers a Range request with 206 and a
known size; anything else (no ranges, unknown size, small files, HLS/DASH, live streams)
goes to yt-dlp's own downloader exactly as before. Requests go through the job's YoutubeDL
(``ydl.urlopen`` with the format's ``http_headers``), so cookies, proxies and the
origin-bound credentials of worker/origin_auth.py behave as for any yt-dlp request.

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
from yt_dlp.networking.exceptions import HTTPError

from mediadesk.worker import segment_state
from mediadesk.worker.rate_control import current_limit
from mediadesk.worker.segment_state import Segment, SegmentPlan
from mediadesk.worker.ytdlp_blocks import MIN_BLOCK, block_size_for

DEFAULT_CONNECTIONS = 4
TICK = 0.05  # seconds between progress hooks (the hook is where a pause takes effect)
# Seconds between sidecar updates: what a kill -9 may fetch again (at 16 MB/s, 0.8 MB).
SAVE_INTERVAL = 0.05
JOIN_TIMEOUT = 2.0  # how long a stop waits for connections to finish their current block
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)", re.IGNORECASE)


class RangesRefused(Exception):
    """The server answered a Range request with the whole file (or an encoded body)."""


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
        try:
            probe = _probe(self.ydl, url, headers)
        except Exception:
            if recorded is not None:
                raise  # keep the recorded pieces: the engine retries network trouble
            probe = None  # yt-dlp's own downloader meets and reports the same trouble
        if probe is None:
            _discard_holes(part, sidecar)
            return super().real_download(filename, info_dict)
        total, validator = probe
        state = recorded
        if state is None or state.total != total or state.validator != validator:
            if state is not None:  # the file changed at the source: its pieces do not fit
                _discard_holes(part, sidecar)
                self.to_screen("[download] The file changed on the server; starting over.")
            prefix = _prefix_size(part, total)
            if segment_state.segment_count(total - prefix, self.connections) < 2:
                return super().real_download(filename, info_dict)
            state = segment_state.plan(total, self.connections, validator, prefix)
            segment_state.save(sidecar, state, durable=True)  # before the .part gets holes
        self.report_destination(filename)
        run = _ParallelRun(self, url, headers, part, sidecar, state, info_dict, filename)
        run.execute()
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


def _range_headers(info_dict: dict[str, Any]) -> dict[str, str]:
    headers = {
        k: v for k, v in (info_dict.get("http_headers") or {}).items() if k.lower() != "range"
    }
    headers["Accept-Encoding"] = "identity"  # byte offsets must be offsets in the file
    return headers


def _probe(ydl: YoutubeDL, url: str, headers: dict[str, str]) -> tuple[int, str] | None:
    """(size, validator) when the server serves byte ranges of a known size, else None.

    Network trouble is raised, not taken for "no ranges": the engine retries it, and the
    recorded pieces of an earlier run are not thrown away over a timeout.
    """
    try:
        with ydl.urlopen(Request(url, headers={**headers, "Range": "bytes=0-0"})) as response:
            if response.status != 206 or _encoded(response):
                return None
            match = _CONTENT_RANGE.match(response.headers.get("Content-Range") or "")
            if not match or match.group(3) == "*":
                return None
            validator = response.headers.get("ETag") or response.headers.get("Last-Modified")
            return int(match.group(3)), str(validator or "")
    except HTTPError as exc:
        if exc.status in (405, 416, 501):  # no ranges (or no bytes): one plain request
            return None
        raise


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
        self._busy: set[int] = set()
        self._errors: list[BaseException] = []
        self._retries = int(fd.params.get("retries") or 0)
        self._rate_started = time.time()  # the key of this run's pace in slow_down
        self._fetched = 0  # bytes received by this run (for the shared rate limit)
        self.began = time.monotonic()

    def execute(self) -> None:
        flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        fileno = os.open(self._part, flags, 0o644)
        threads: list[threading.Thread] = []
        saver: threading.Thread | None = None
        try:
            os.ftruncate(fileno, max(os.fstat(fileno).st_size, self._state.total))
            pending = sum(1 for s in self._state.segments if s.remaining)
            count = max(1, min(self._fd.connections, pending)) if pending else 0
            for _ in range(count):
                thread = threading.Thread(target=self._connection, args=(fileno,), daemon=True)
                threads.append(thread)
                thread.start()
            saver = threading.Thread(target=self._keep_saving, args=(fileno,), daemon=True)
            saver.start()
            self._coordinate(threads)
        finally:
            self._stop.set()
            for thread in threads:
                thread.join(JOIN_TIMEOUT)
            stuck = any(t.is_alive() for t in threads)
            if saver is not None:
                saver.join()
            self._save(fileno)
            if not stuck:  # a stuck connection may still write: keep its descriptor valid
                os.close(fileno)

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
            if complete and not alive:
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
            self._stop.wait(TICK)

    def _keep_saving(self, fileno: int) -> None:
        """Its own thread: a slow disk sync must not delay the hook, hence a pause."""
        while not self._stop.wait(SAVE_INTERVAL):
            self._save(fileno)

    def _save(self, fileno: int) -> None:
        """Record progress; the snapshot is taken before the sync, so it claims only bytes
        that are on disk when the sidecar says so."""
        with self._lock:
            snapshot = self._state.copy()
        with contextlib.suppress(OSError):
            os.fdatasync(fileno)
        segment_state.save(self._sidecar, snapshot)

    # -- connection threads ---------------------------------------------------------------

    def _connection(self, fileno: int) -> None:
        try:
            while not self._stop.is_set():
                with self._lock:
                    index = segment_state.split_largest(self._state.segments, self._busy)
                    if index is None:
                        return
                    self._busy.add(index)
                try:
                    self._fetch_segment(fileno, self._state.segments[index])
                finally:
                    with self._lock:
                        self._busy.discard(index)
        except BaseException as exc:  # reported by the coordinator, which raises it
            with self._lock:
                self._errors.append(exc)
            self._stop.set()

    def _fetch_segment(self, fileno: int, segment: Segment) -> None:
        failures = 0
        while not self._stop.is_set():
            with self._lock:
                start, end = segment.position, segment.end
            if start >= end:
                return
            try:
                self._stream(fileno, segment, start, end)
                failures = 0
            except RangesRefused:
                raise
            except Exception:
                failures += 1
                if failures > self._retries or self._stop.is_set():
                    raise
                self._stop.wait(min(4.0, 0.5 * 2 ** (failures - 1)))

    def _stream(self, fileno: int, segment: Segment, start: int, end: int) -> None:
        chunk = self._info.get("downloader_options", {}).get(
            "http_chunk_size"
        ) or self._fd.params.get("http_chunk_size")
        last = end - 1 if not chunk else min(end, start + int(chunk)) - 1
        request = Request(self._url, headers={**self._headers, "Range": f"bytes={start}-{last}"})
        with self._fd.ydl.urlopen(request) as response:
            match = _CONTENT_RANGE.match(response.headers.get("Content-Range") or "")
            if response.status != 206 or _encoded(response) or not match:
                raise RangesRefused(f"the server answered a range request with {response.status}")
            if int(match.group(1)) != start:
                raise RangesRefused("the server sent a different range than asked for")
            block = MIN_BLOCK
            position = start
            while not self._stop.is_set():
                with self._lock:
                    limit = min(segment.end, last + 1)
                if position >= limit:
                    return  # done, or another connection took over the rest of this segment
                began = time.monotonic()
                data = response.read(min(block, limit - position))
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
                limit = current_limit() or self._fd.params.get("ratelimit")
                if limit:  # reads of ~1/20 s of the limit: a limited download flows evenly
                    share = int(limit) // (20 * max(1, self._fd.connections))
                    block = max(1024, min(block, share))
                self._respect_rate_limit()

    def _respect_rate_limit(self) -> None:
        """The job's limit is for the whole download: every connection reports the shared
        byte count to yt-dlp's ``slow_down``, which the worker routes through its live
        throttle (worker/rate_control.py), so a limit changed while running applies at once."""
        with self._lock:
            fetched = self._fetched
        self._fd.slow_down(self._rate_started, None, fetched)
