"""Turn whatever a download raised into a Failure: runs in the worker, next to yt-dlp."""

from __future__ import annotations

import email.utils
import errno
import re
import socket
import time
from collections.abc import Iterator

from yt_dlp.networking.exceptions import HTTPError, TransportError
from yt_dlp.utils import ContentTooShortError, UnsupportedError

from mediadesk.core.failures import Failure, FailureKind
from mediadesk.core.i18n import translate
from mediadesk.worker.site_errors import site_failure

_HTTP_STATUS_RE = re.compile(r"HTTP Error (\d{3})")
_NO_ADAPTER_RE = re.compile(r"No connection adapters were found for '(([a-zA-Z][\w+.-]*):[^']*)'")
_SHORT_RE = re.compile(r"Downloaded (\d+) bytes, expected (\d+) bytes")
_TRANSIENT_HTTP = {408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524}
_TRANSIENT_TEXT = (
    "timed out",
    "timeout",
    "connection reset",
    "connection aborted",
    "remote end closed",
    "broken pipe",
    "incomplete read",
    "incompleteread",
    "content too short",
    "did not get any data blocks",
    "temporary failure in name resolution",
    "network is unreachable",
    "connection refused",
)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it wraps (yt-dlp's exc_info/cause and Python's chain)."""
    seen: set[int] = set()
    stack = [exc]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        exc_info = getattr(current, "exc_info", None)
        if isinstance(exc_info, tuple) and len(exc_info) > 1:
            stack.append(exc_info[1])
        for attr in ("cause", "__cause__", "__context__"):
            nested = getattr(current, attr, None)
            if isinstance(nested, BaseException):
                stack.append(nested)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def classify(
    exc: BaseException,
    *,
    socket_timeout: float = 15.0,
    extractor: str = "",
    js_missing: bool = False,
) -> Failure:
    """Classify a download failure. Looks at the wrapped exceptions first, text last.

    Site verdicts (worker/site_errors.py: bot checks, private videos, ...) come first;
    ``extractor`` names the site extractor that found the media, ``js_missing`` says yt-dlp
    warned that it had no JavaScript runtime."""
    detail = _clean(str(exc))
    site = site_failure(detail, list(_chain(exc)), extractor=extractor, js_missing=js_missing)
    if site is not None:
        return site
    for inner in _chain(exc):
        if isinstance(inner, HTTPError):
            redirect = _redirect_failure(inner, detail)
            if redirect is not None:
                return redirect
            retry_after = None
            if inner.status in (429, 503):
                retry_after = parse_retry_after(inner.response.headers.get("Retry-After"))
            return _http_failure(inner.status, detail, retry_after)
        if isinstance(inner, UnsupportedError):
            return Failure(
                FailureKind.PERMANENT,
                translate(
                    "Classify",
                    "No downloadable video or audio was found at this address "
                    "(the site is not supported, or the page has no media).",
                ),
                detail,
            )
        if isinstance(inner, OSError) and inner.errno in (errno.ENOSPC, errno.EDQUOT):
            return Failure(
                FailureKind.DISK_FULL,
                translate("Classify", "The disk is full."),
                detail,
            )
        if isinstance(inner, PermissionError | IsADirectoryError | NotADirectoryError) or (
            isinstance(inner, OSError) and inner.errno in (errno.EACCES, errno.EROFS, errno.EPERM)
        ):
            return Failure(
                FailureKind.ENVIRONMENT,
                translate(
                    "Classify",
                    "MediaDesk cannot write to the download folder. Choose another folder in "
                    "Settings (or fix its permissions), then press Retry.",
                ),
                detail,
            )
        if isinstance(inner, socket.timeout | TimeoutError) or (
            isinstance(inner, TransportError) and "timed out" in str(inner).lower()
        ):
            return _timeout(socket_timeout, detail)
        if isinstance(inner, ContentTooShortError):
            return _too_short(inner.downloaded, inner.expected, detail)
        if isinstance(inner, TransportError | ConnectionError):
            return _connection(detail)
    return _from_text(detail, socket_timeout)


def _redirect_failure(error: HTTPError, detail: str) -> Failure | None:
    """Redirects that can never reach the file: a loop, an endless chain, a non-web target."""
    if getattr(error, "redirect_loop", False):
        return Failure(
            FailureKind.PERMANENT,
            translate(
                "Classify",
                "The server keeps redirecting this address (a redirect loop, or more redirects "
                "than any site needs), so it never reaches a file.",
            ),
            detail,
        )
    if not 300 <= error.status < 400:
        return None
    target = error.response.headers.get("Location") or ""
    scheme = target.split(":", 1)[0].lower() if ":" in target else ""
    if scheme and scheme not in ("http", "https"):
        return _not_web(target, detail)
    return None


def _not_web(target: str, detail: str) -> Failure:
    scheme = target.split(":", 1)[0].lower()
    return Failure(
        FailureKind.PERMANENT,
        translate(
            "Classify",
            "The server redirected to a {scheme}: address ({address}). MediaDesk "
            "only follows web (http/https) addresses, so nothing was downloaded.",
        ).format(scheme=scheme, address=target[:80]),
        detail,
    )


def _too_short(done: int, expected: int, detail: str) -> Failure:
    return Failure(
        FailureKind.TRANSIENT,
        translate(
            "Classify",
            "The server closed the connection after {done:,} of {expected:,} "
            "bytes; the download continues from there.",
        ).format(done=done, expected=expected),
        detail,
    )


def empty_file() -> Failure:
    """The server answered with a file of 0 bytes: nothing to fetch, and retrying won't help."""
    return Failure(
        FailureKind.PERMANENT,
        translate(
            "Classify",
            "The server sent an empty file (0 bytes): there is nothing to download at this "
            "address. Check the address, or try again later if the site is being updated.",
        ),
    )


def folder_vanished(folder: str) -> Failure:
    return Failure(
        FailureKind.ENVIRONMENT,
        translate(
            "Classify",
            "The download folder {folder} was deleted or moved during the "
            "download. Create it again or choose another folder in Settings, then "
            "press Retry.",
        ).format(folder=folder),
    )


def _from_text(detail: str, socket_timeout: float) -> Failure:
    lowered = detail.lower()
    match = _HTTP_STATUS_RE.search(detail)
    if match:
        return _http_failure(int(match.group(1)), detail, None)
    scheme = _NO_ADAPTER_RE.search(detail)
    if scheme:  # the requests handler's words for a redirect to file:, ftp: and the like
        return _not_web(scheme.group(1), detail)
    short = _SHORT_RE.search(detail)
    if short:
        return _too_short(int(short.group(1)), int(short.group(2)), detail)
    if "unsupported url" in lowered:
        return Failure(
            FailureKind.PERMANENT,
            translate(
                "Classify",
                "No downloadable video or audio was found at this address "
                "(the site is not supported, or the page has no media).",
            ),
            detail,
        )
    if "no space left" in lowered:
        return Failure(
            FailureKind.DISK_FULL,
            translate("Classify", "The disk is full."),
            detail,
        )
    if "timed out" in lowered or "timeout" in lowered:
        return _timeout(socket_timeout, detail)
    if any(marker in lowered for marker in _TRANSIENT_TEXT):
        return _connection(detail)
    if "requested format is not available" in lowered:
        return Failure(
            FailureKind.PERMANENT,
            translate(
                "Classify",
                "The chosen format is not offered for this media. Try another format preset.",
            ),
            detail,
        )
    return Failure(
        FailureKind.PERMANENT, detail or translate("Classify", "The download failed."), detail
    )


def _timeout(socket_timeout: float, detail: str) -> Failure:
    return Failure(
        FailureKind.TRANSIENT,
        translate(
            "Classify", "The server stopped sending data (no answer for {socket_timeout:g} s)."
        ).format(socket_timeout=socket_timeout),
        detail,
    )


def _connection(detail: str) -> Failure:
    return Failure(
        FailureKind.TRANSIENT,
        translate("Classify", "The connection to the server was lost or refused."),
        detail,
    )


def _http_failure(status: int, detail: str, retry_after: float | None) -> Failure:
    if status in _TRANSIENT_HTTP or 500 <= status < 600:
        if status == 429:
            text = translate(
                "Classify",
                "The server says too many requests (HTTP 429); MediaDesk will wait and retry.",
            )
        else:
            text = translate(
                "Classify", "The server had a temporary problem (HTTP {status})."
            ).format(status=status)
        return Failure(FailureKind.TRANSIENT, text, detail, retry_after)
    messages = {
        401: translate("Classify", "The server asks for a login to get this file (HTTP 401)."),
        403: translate("Classify", "The server refused access to this file (HTTP 403)."),
        404: translate(
            "Classify", "The server says this file does not exist (HTTP 404). Check the address."
        ),
        410: translate("Classify", "The file has been removed from the server (HTTP 410)."),
    }
    text = messages.get(
        status,
        translate("Classify", "The server refused the request (HTTP {status}).").format(
            status=status
        ),
    )
    return Failure(FailureKind.PERMANENT, text, detail)


def _clean(text: str) -> str:
    text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    return text.removeprefix("ERROR: ").strip()
