"""A local HTTP media server for tests and benchmarks: Range/206/416, throttling, faults.

Listens on 127.0.0.1 only. Every GET is recorded (path, Range header, status, body bytes
sent) so tests can prove a resume asked for a range and benchmarks can count waste.
"""

from __future__ import annotations

import base64
import contextlib
import os
import re
import sys
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

_RANGE = re.compile(r"bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


class _Server(ThreadingHTTPServer):
    # The default backlog of 5 drops SYNs when 50 downloads start at once (1 s TCP retries).
    request_queue_size = 256

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients hang up mid-request all the time (yt-dlp's extraction probe, a paused or
        killed worker): that is normal here, not worth a traceback on stderr."""
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


@dataclass(frozen=True)
class Fault:
    """One injected misbehaviour, consumed by the next GET of its path.

    status: answer with this HTTP status (and headers) instead of the body.
    stall_after: send this many body bytes, then hang for ``stall_seconds``.
    drop_after: send this many body bytes, then close the connection.
    delay: wait this long before answering at all (headers included).
    """

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    stall_after: int | None = None
    stall_seconds: float = 60.0
    drop_after: int | None = None
    delay: float = 0.0


@dataclass(frozen=True)
class RequestRecord:
    method: str
    path: str
    range: str | None
    status: int
    bytes_sent: int
    authorization: str | None = None  # the Authorization header as received, if any
    cookie: str | None = None  # the Cookie header as received, if any
    began: float = 0.0  # time.monotonic() when the request arrived (benchmarks split phases)
    ended: float = 0.0  # time.monotonic() when its answer was sent (or the client left)


@dataclass
class _Resource:
    data: bytes | None
    file: Path | None
    content_type: str
    throttle: float | None  # bytes per second, per connection
    cookie: str | None = None  # "name=value" the request must carry, else 403
    ranges: bool = True  # False: no Accept-Ranges, and a Range request gets the whole file (200)
    max_ranged: int | None = None  # Range requests served at once; more get 503

    @property
    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        assert self.file is not None
        return self.file.stat().st_size

    def read(self, start: int, length: int) -> bytes:
        if self.data is not None:
            return self.data[start : start + length]
        assert self.file is not None
        with self.file.open("rb") as fh:
            fh.seek(start)
            return fh.read(length)


class MediaServer:
    """Context manager: ``with MediaServer() as srv: srv.add("/a.mp4", data)``."""

    def __init__(self) -> None:
        self._resources: dict[str, _Resource] = {}
        self._faults: dict[str, deque[Fault]] = defaultdict(deque)
        self._redirects: dict[str, str] = {}  # path -> Location
        self._basic_auth: dict[str, str] = {}  # path -> the Authorization value it requires
        self._lock = threading.Lock()
        self.requests: list[RequestRecord] = []  # finished requests
        self.started: list[str] = []  # paths of requests as they arrive
        self.first_arrival: dict[str, float] = {}  # path -> time.monotonic() of its first request
        self._live_bytes: dict[str, int] = {}  # body bytes written so far, per path
        self._ranged_now: dict[str, int] = defaultdict(int)  # Range requests being served
        self._in_flight: dict[str, int] = defaultdict(int)  # bodies being sent, per folder
        self._peak: dict[str, int] = defaultdict(int)  # the most sent at once, per folder
        self._stop_stalls = threading.Event()
        self._server = _Server(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> MediaServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop_stalls.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> MediaServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- configuration ------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(
        self,
        path: str,
        data: bytes | None = None,
        *,
        file: str | os.PathLike[str] | None = None,
        content_type: str = "video/mp4",
        throttle: float | None = None,
        cookie: str | None = None,
        ranges: bool = True,
        max_ranged: int | None = None,
    ) -> str:
        """Serve ``data`` (or a file on disk, for big benchmarks) at ``path``; returns its URL.

        ``cookie``: answer 403 unless the request sends this "name=value" cookie.
        ``ranges=False``: a server that cannot resume (no Accept-Ranges, Range ignored).
        ``max_ranged``: a server that limits parallel downloads: a Range request beyond this
        many at once gets 503 (requests without Range, like yt-dlp's extraction, are not
        counted, so the limit does not depend on when yt-dlp drops that one)."""
        self._resources[path] = _Resource(
            data, Path(file) if file else None, content_type, throttle, cookie, ranges, max_ranged
        )
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        """Answer every request for ``path`` with a redirect; returns the path's URL."""
        self._redirects[path] = f"{status} {location}"
        return self.url(path)

    def require_basic_auth(self, path: str, username: str, password: str) -> None:
        """Answer 401 unless the request carries these HTTP Basic credentials."""
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._basic_auth[path] = f"Basic {token}"

    def authorizations(self) -> list[str]:
        """Every Authorization header this server received (any path, any method)."""
        with self._lock:
            return [r.authorization for r in self.requests if r.authorization is not None]

    def set_throttle(self, path: str, bytes_per_second: float | None) -> None:
        self._resources[path].throttle = bytes_per_second

    def fail(self, path: str, *faults: Fault) -> None:
        with self._lock:
            self._faults[path].extend(faults)

    def clear_faults(self, path: str) -> None:
        with self._lock:
            self._faults.pop(path, None)

    def gets(self, path: str) -> list[RequestRecord]:
        with self._lock:
            return [r for r in self.requests if r.path == path and r.method == "GET"]

    def bytes_sent(self, path: str) -> int:
        return sum(r.bytes_sent for r in self.gets(path))

    def live_bytes(self, *paths: str) -> int:
        """Body bytes written so far (including requests still running) for ``paths``."""
        with self._lock:
            return sum(self._live_bytes.get(p, 0) for p in paths)

    def peak_in_flight(self, folder: str) -> int:
        """The most GET bodies under ``folder`` (e.g. "/hls") ever sent at the same time:
        how many connections a client really used for the files there."""
        with self._lock:
            return self._peak[folder.rstrip("/")]

    def ranged_gets(self, path: str) -> list[RequestRecord]:
        return [r for r in self.gets(path) if r.range and not r.range.startswith("bytes=0-")]

    # -- the handler --------------------------------------------------------------------------

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def handle(self) -> None:
                # A client dropping a kept-alive connection (parallel downloads do) is normal.
                with contextlib.suppress(
                    BrokenPipeError, ConnectionResetError, ConnectionAbortedError
                ):
                    super().handle()

            def do_HEAD(self) -> None:
                self.arrived = time.monotonic()
                server._serve(self, head=True)

            def do_GET(self) -> None:
                self.arrived = time.monotonic()
                server._serve(self, head=False)

        return Handler

    def _record(self, handler: BaseHTTPRequestHandler, status: int, sent: int) -> None:
        record = RequestRecord(
            handler.command,
            handler.path.split("?")[0],
            handler.headers.get("Range"),
            status,
            sent,
            handler.headers.get("Authorization"),
            handler.headers.get("Cookie"),
            getattr(handler, "arrived", 0.0),
            time.monotonic(),
        )
        with self._lock:
            self.requests.append(record)

    def _next_fault(self, path: str, head: bool) -> Fault | None:
        if head:
            return None
        with self._lock:
            queue = self._faults.get(path)
            return queue.popleft() if queue else None

    def _serve(self, handler: BaseHTTPRequestHandler, *, head: bool) -> None:
        path = handler.path.split("?")[0]
        with self._lock:
            self.started.append(path)
            self.first_arrival.setdefault(path, time.monotonic())
        resource = self._resources.get(path)
        fault = self._next_fault(path, head)
        try:
            if fault and fault.delay:
                self._stop_stalls.wait(fault.delay)
            required = self._basic_auth.get(path)
            if required and handler.headers.get("Authorization") != required:
                self._send_empty(handler, 401, {"WWW-Authenticate": 'Basic realm="test"'})
                self._record(handler, 401, 0)
                return
            if path in self._redirects:
                status, location = self._redirects[path].split(" ", 1)
                self._send_empty(handler, int(status), {"Location": location})
                self._record(handler, int(status), 0)
                return
            if resource is None:
                self._send_empty(handler, 404)
                self._record(handler, 404, 0)
                return
            if resource.cookie and resource.cookie not in _cookies(handler):
                self._send_empty(handler, 403)
                self._record(handler, 403, 0)
                return
            if fault and fault.status:
                self._send_empty(handler, fault.status, fault.headers)
                self._record(handler, fault.status, 0)
                return
            limited = resource.max_ranged is not None and bool(handler.headers.get("Range"))
            if limited:
                with self._lock:
                    full = self._ranged_now[path] >= (resource.max_ranged or 0)
                    if not full:
                        self._ranged_now[path] += 1
                if full:
                    self._send_empty(handler, 503, {"Retry-After": "1"})
                    self._record(handler, 503, 0)
                    return
            try:
                self._send_body(handler, resource, fault, head)
            finally:
                if limited:
                    with self._lock:
                        self._ranged_now[path] -= 1
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            # yt-dlp opens and drops a probe connection per job; that is normal.
            handler.close_connection = True

    def _sendfile(
        self, handler: BaseHTTPRequestHandler, file: Path, start: int, length: int, status: int
    ) -> None:
        """Zero-copy path for big benchmark files, so the server is not the bottleneck."""
        sent = 0
        try:
            with file.open("rb") as fh:
                out = handler.connection.fileno()
                while sent < length:
                    n = os.sendfile(out, fh.fileno(), start + sent, min(length - sent, 1 << 24))
                    if n == 0:
                        break
                    sent += n
        finally:
            self._record(handler, status, sent)

    def _send_empty(
        self, handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str] | None = None
    ) -> None:
        handler.send_response(status)
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    def _send_body(
        self,
        handler: BaseHTTPRequestHandler,
        resource: _Resource,
        fault: Fault | None,
        head: bool,
    ) -> None:
        size = resource.size
        start, end = 0, size - 1
        status = 200
        range_header = handler.headers.get("Range") if resource.ranges else None
        if range_header:
            match = _RANGE.match(range_header.strip())
            if match and (match.group(1) or match.group(2)):
                if match.group(1):
                    start = int(match.group(1))
                    if match.group(2):
                        end = min(int(match.group(2)), size - 1)
                else:  # suffix range: the last N bytes
                    start = max(0, size - int(match.group(2)))
                if start >= size or start > end:
                    self._send_empty(handler, 416, {"Content-Range": f"bytes */{size}"})
                    self._record(handler, 416, 0)
                    return
                status = 206
        length = end - start + 1
        handler.send_response(status)
        handler.send_header("Content-Type", resource.content_type)
        if resource.ranges:
            handler.send_header("Accept-Ranges", "bytes")
        handler.send_header("Content-Length", str(length))
        if status == 206:
            handler.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        handler.end_headers()
        if head:
            self._record(handler, status, 0)
            return
        if resource.file is not None and not resource.throttle and fault is None:
            self._sendfile(handler, resource.file, start, length, status)
            return
        sent = 0
        began = time.monotonic()
        folder = handler.path.split("?")[0].rsplit("/", 1)[0]
        with self._lock:
            self._in_flight[folder] += 1
            self._peak[folder] = max(self._peak[folder], self._in_flight[folder])
        try:
            while sent < length:
                if fault and fault.stall_after is not None and sent >= fault.stall_after:
                    self._stop_stalls.wait(fault.stall_seconds)
                    handler.close_connection = True
                    return
                if fault and fault.drop_after is not None and sent >= fault.drop_after:
                    handler.close_connection = True
                    return
                chunk = CHUNK
                if resource.throttle:
                    # Small blocks, each sent only when it is due, so the client sees the rate.
                    chunk = max(1024, min(CHUNK, int(resource.throttle / 20)))
                    due = sent / resource.throttle - (time.monotonic() - began)
                    if due > 0:
                        time.sleep(due)
                if fault and fault.stall_after is not None:
                    chunk = min(chunk, fault.stall_after - sent)
                if fault and fault.drop_after is not None:
                    chunk = min(chunk, fault.drop_after - sent)
                block = resource.read(start + sent, min(chunk, length - sent))
                handler.wfile.write(block)
                sent += len(block)
                with self._lock:
                    path = handler.path.split("?")[0]
                    self._live_bytes[path] = self._live_bytes.get(path, 0) + len(block)
        finally:
            with self._lock:
                self._in_flight[folder] -= 1
            self._record(handler, status, sent)


def _cookies(handler: BaseHTTPRequestHandler) -> list[str]:
    """The "name=value" pairs of the request's Cookie headers."""
    pairs: list[str] = []
    for header in handler.headers.get_all("Cookie") or []:
        pairs.extend(part.strip() for part in header.split(";") if part.strip())
    return pairs
