"""The browser side of MediaDesk's native-messaging host: framing, the one request it knows,
and turning a browser's cookies into a private cookies.txt. Standard library only.

Browsers (Firefox, Chrome, Chromium) start the host and talk to it over stdin/stdout: each
message is a 4-byte length in native byte order (little-endian on every platform MediaDesk
runs on) followed by that many bytes of UTF-8 JSON. A browser never sends more than 1 MB to a
host (the WebExtensions and Chrome specifications); anything bigger, malformed, or not a
request we know gets an error reply and changes nothing.
"""

from __future__ import annotations

import json
import os
import struct
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from mediadesk.core.urls import check_url

#: What a browser may send to a host (the specifications' limit).
MAX_REQUEST_BYTES = 1024 * 1024
#: Links per request: far above any page, far below what would stall the window.
MAX_URLS = 5000
MAX_COOKIES = 2000
_HEADER = struct.Struct("<I")


class FramingError(Exception):
    """The stream is not native-messaging framed; the connection cannot continue."""


class RequestError(ValueError):
    """A well-framed message that is not a request MediaDesk accepts; said in the reply."""


def read_frame(stream: BinaryIO) -> bytes | None:
    """The next message's bytes; None at a clean end of input (the browser closed the pipe).

    An announced length over MAX_REQUEST_BYTES is refused before anything is read, so a
    bad length never makes the host allocate or wait for it.
    """
    header = _read_exactly(stream, _HEADER.size)
    if header is None:
        return None
    (length,) = _HEADER.unpack(header)
    if length > MAX_REQUEST_BYTES:
        raise FramingError(
            f"The message is too large ({length} bytes; the limit is {MAX_REQUEST_BYTES})."
        )
    body = _read_exactly(stream, length)
    if body is None:
        raise FramingError("The input ended inside a message.")
    return body


def _read_exactly(stream: BinaryIO, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            if data:
                raise FramingError("The input ended inside a message header.")
            return None
        data += chunk
    return data


def encode_frame(value: Mapping[str, object]) -> bytes:
    body = json.dumps(value, separators=(",", ":")).encode("utf-8")
    return _HEADER.pack(len(body)) + body


def write_frame(stream: BinaryIO, value: Mapping[str, object]) -> None:
    stream.write(encode_frame(value))
    stream.flush()


@dataclass(frozen=True, slots=True)
class BrowserCookie:
    """One cookie as the WebExtensions cookies API gives it (the fields cookies.txt needs)."""

    name: str
    value: str = field(repr=False)  # never shown in logs or errors
    domain: str
    path: str = "/"
    secure: bool = False
    http_only: bool = False
    host_only: bool = False
    expires: int = 0  # 0: a session cookie

    def netscape_line(self) -> str:
        domain = self.domain
        if not self.host_only and not domain.startswith("."):
            domain = "." + domain
        if self.http_only:
            domain = "#HttpOnly_" + domain
        flag = "FALSE" if self.host_only else "TRUE"
        secure = "TRUE" if self.secure else "FALSE"
        return "\t".join(
            [domain, flag, self.path, secure, str(self.expires), self.name, self.value]
        )


@dataclass(frozen=True, slots=True)
class AddRequest:
    """ "Download these links": the one request the extension sends."""

    urls: tuple[str, ...]
    page_url: str = ""
    cookies: tuple[BrowserCookie, ...] = field(default=(), repr=False)


def parse_request(data: bytes) -> AddRequest:
    """The request in ``data``; RequestError says, for the extension, what is wrong."""
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise RequestError("The message is not JSON.") from None
    if not isinstance(value, dict):
        raise RequestError("The message is not a JSON object.")
    action = value.get("action")
    if action != "add":
        raise RequestError(f"Unknown action {str(action)[:40]!r}: MediaDesk only knows 'add'.")
    unknown = set(value) - {"action", "urls", "page_url", "cookies"}
    if unknown:
        raise RequestError(f"Unknown fields: {', '.join(sorted(unknown))[:200]}.")
    urls = value.get("urls")
    if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
        raise RequestError("'urls' must be a list of strings.")
    if not urls:
        raise RequestError("There are no links to download.")
    if len(urls) > MAX_URLS:
        raise RequestError(f"Too many links at once ({len(urls)}; the limit is {MAX_URLS}).")
    page_url = value.get("page_url", "")
    if not isinstance(page_url, str):
        raise RequestError("'page_url' must be a string.")
    accepted = []
    for text in urls:
        check = check_url(text)
        if check.url is None:
            raise RequestError(f"Not a link MediaDesk can download: {check.reason}")
        accepted.append(text.strip())
    cookies = _parse_cookies(value.get("cookies", []))
    return AddRequest(tuple(dict.fromkeys(accepted)), page_url, cookies)


def _parse_cookies(raw: object) -> tuple[BrowserCookie, ...]:
    if not isinstance(raw, list):
        raise RequestError("'cookies' must be a list of cookie objects.")
    if len(raw) > MAX_COOKIES:
        raise RequestError(f"Too many cookies ({len(raw)}; the limit is {MAX_COOKIES}).")
    cookies = []
    for item in raw:
        if not isinstance(item, dict):
            raise RequestError("Each cookie must be an object.")
        name, value, domain = item.get("name"), item.get("value"), item.get("domain")
        path = item.get("path", "/")
        if not all(isinstance(x, str) for x in (name, value, domain, path)):
            raise RequestError("A cookie needs string 'name', 'value', 'domain' and 'path'.")
        assert isinstance(name, str) and isinstance(value, str)  # for the type checker
        assert isinstance(domain, str) and isinstance(path, str)
        if not name or not domain or any(_bad_char(s) for s in (name, value, domain, path)):
            raise RequestError("A cookie has an empty name or domain, or a control character.")
        expires = item.get("expirationDate", 0)
        if isinstance(expires, bool) or not isinstance(expires, int | float):
            raise RequestError("A cookie's 'expirationDate' must be a number.")
        flags = [item.get(k, False) for k in ("secure", "httpOnly", "hostOnly", "session")]
        if not all(isinstance(f, bool) for f in flags):
            raise RequestError("A cookie's flags must be true or false.")
        secure, http_only, host_only, session = flags
        cookies.append(
            BrowserCookie(
                name,
                value,
                domain,
                path or "/",
                secure=secure,
                http_only=http_only,
                host_only=host_only,
                expires=0 if session else max(0, int(expires)),
            )
        )
    return tuple(cookies)


def _bad_char(text: str) -> bool:
    return any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in text)


COOKIE_FILE_NAME = "cookies.txt"


def write_private_cookies(root: Path, cookies: tuple[BrowserCookie, ...]) -> Path:
    """Write ``cookies`` to ``root/<random>/cookies.txt``: the folder 0700, the file 0600,
    created with those modes (never readable by others, not even for an instant).

    The job that uses the file refers to it by path; the app deletes the folder when no
    unfinished job refers to it any more (engine/browser_cookies.py).
    """
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(root, 0o700)
    folder = Path(tempfile.mkdtemp(prefix="job-", dir=root))  # mkdtemp: 0700, unguessable
    path = folder / COOKIE_FILE_NAME
    text = "# Netscape HTTP Cookie File\n" + "".join(c.netscape_line() + "\n" for c in cookies)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path
