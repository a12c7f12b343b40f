"""``python -m mediadesk.worker probe [--check]``: what yt-dlp this worker would run.

Prints one JSON object (last line of stdout): yt-dlp's version and folder, the JavaScript
runtime and the ejs solver scripts it would use. With ``--check`` it also proves the yt-dlp
works before an update switches workers to it: the ``default`` extras import, and the generic
extractor finds the video on a tiny page served on 127.0.0.1 by this process itself.
Runs in a worker process so the app never imports yt-dlp (and sees the overlay workers see).
"""

from __future__ import annotations

import contextlib
import importlib
import json
import sys
import threading
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from mediadesk.worker.runtime import deno_version, find_deno, js_runtimes_option

#: Modules ``yt-dlp[default]`` brings; without them real sites break in quiet ways.
EXTRAS = ("yt_dlp_ejs", "Cryptodome", "mutagen", "brotli", "websockets", "certifi", "requests")
_PAGE = (
    b"<!DOCTYPE html><html><head><title>MediaDesk check</title></head>"
    b'<body><video src="/clip.mp4" controls></video></body></html>'
)
_CLIP = b"\x00\x00\x00\x18ftypmp42" + bytes(2048)


def _last_line(exc: BaseException) -> str:
    text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return text.splitlines()[-1] if text else type(exc).__name__


def facts() -> dict[str, Any]:
    """Versions and paths; ``error`` says why yt-dlp could not be imported."""
    report: dict[str, Any] = {"yt_dlp": None, "ejs": None, "js_runtime": None, "error": None}
    deno = find_deno()
    if deno:
        report["js_runtime"] = {"name": "deno", "version": deno_version(deno), "path": deno}
    try:
        import yt_dlp
        from yt_dlp.version import __version__ as version
    except BaseException as exc:  # a broken update may raise anything on import
        report["error"] = _last_line(exc)
        return report
    report["yt_dlp"] = {"version": version, "path": str(yt_dlp.__path__[0])}
    try:
        import yt_dlp_ejs

        report["ejs"] = {"version": str(yt_dlp_ejs.version)}
    except (ImportError, AttributeError):
        pass
    return report


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body, kind = (_CLIP, "video/mp4") if self.path == "/clip.mp4" else (_PAGE, "text/html")
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Quiet:
    def debug(self, msg: str) -> None: ...
    def info(self, msg: str) -> None: ...
    def warning(self, msg: str) -> None: ...
    def error(self, msg: str) -> None: ...


def _extract_local_page() -> str:
    """'' when the generic extractor finds the clip on a local page, else what went wrong."""
    from yt_dlp import YoutubeDL

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/watch.html"
    params: dict[str, Any] = {"quiet": True, "logger": _Quiet(), "socket_timeout": 10}
    runtimes = js_runtimes_option(find_deno())
    if runtimes:
        params["js_runtimes"] = runtimes
    try:
        with YoutubeDL(params) as ydl:
            info = ydl.extract_info(url, download=False)
    except BaseException as exc:
        return f"it could not read a test page: {_last_line(exc)}"
    finally:
        server.shutdown()
        server.server_close()
    entries = info.get("entries") or [info]
    found = [
        f.get("url", "") for e in entries if e for f in (e.get("formats") or [e]) if f.get("url")
    ]
    if not any(u.endswith("/clip.mp4") for u in found):
        return f"it did not find the video on a test page (found {found[:3]})"
    return ""


def check(report: dict[str, Any]) -> dict[str, Any]:
    """The health check: import, extras, extraction. ``stage`` names the first that failed."""
    if report["yt_dlp"] is None:
        return {"ok": False, "stage": "import", "message": report["error"] or "no yt-dlp"}
    missing = []
    for name in EXTRAS:
        try:
            importlib.import_module(name)
        except BaseException as exc:
            missing.append(f"{name} ({_last_line(exc)})")
    if missing:
        return {"ok": False, "stage": "extras", "message": "missing " + ", ".join(missing)}
    problem = _extract_local_page()
    if problem:
        return {"ok": False, "stage": "extract", "message": problem}
    return {"ok": True, "stage": "", "message": ""}


def main(argv: list[str]) -> int:
    report = facts()
    if "--check" in argv:
        report["check"] = check(report)
    sys.stdout.write("\n" + json.dumps(report) + "\n")
    sys.stdout.flush()
    return 0
