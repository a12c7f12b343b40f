"""Where a download gets its cookies and which proxy it uses: plain values and checks.

A cookie *source* (a cookies.txt path or a browser spec) is stored and handed around; the
cookie values never are (the worker reads them itself). A proxy address is stored without its
password; the password lives in a private file (core/proxy_secret.py) and joins the address
only in the request the engine pipes to the worker.
"""

from __future__ import annotations

import enum
import os
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from mediadesk.core.i18n import translate

# yt-dlp's --cookies-from-browser names (yt_dlp.cookies.SUPPORTED_BROWSERS, minus whale).
BROWSERS = ("firefox", "chrome", "chromium", "brave", "edge", "opera", "vivaldi", "safari")
PROXY_SCHEMES = ("http", "https", "socks5", "socks5h", "socks4", "socks4a")


class CookieKind(enum.StrEnum):
    NONE = ""
    BROWSER = "browser"
    FILE = "file"


@dataclass(frozen=True, slots=True)
class CookieSource:
    """Where cookies come from. ``spec`` is the stored form: "", "file:PATH" or
    "browser:NAME[:PROFILE]"."""

    kind: CookieKind = CookieKind.NONE
    browser: str = ""
    profile: str = ""
    path: str = ""

    @property
    def spec(self) -> str:
        if self.kind is CookieKind.FILE:
            return f"file:{self.path}"
        if self.kind is CookieKind.BROWSER:
            return f"browser:{self.browser}" + (f":{self.profile}" if self.profile else "")
        return ""

    @property
    def description(self) -> str:
        if self.kind is CookieKind.FILE:
            return translate("Network", "cookies from the file {path}").format(path=self.path)
        if self.kind is CookieKind.BROWSER:
            profile = (
                translate("Network", " (profile {profile})").format(profile=self.profile)
                if self.profile
                else ""
            )
            return translate("Network", "cookies from {browser}{profile}").format(
                browser=self.browser.capitalize(), profile=profile
            )
        return translate("Network", "no cookies")

    @classmethod
    def parse(cls, spec: str) -> CookieSource:
        """The source stored as ``spec``; raises ValueError with a message for a person."""
        if not spec:
            return cls()
        kind, _, rest = spec.partition(":")
        if kind == CookieKind.FILE.value and rest:
            return cls(CookieKind.FILE, path=rest)
        if kind == CookieKind.BROWSER.value and rest:
            return browser_source(rest)
        raise ValueError(f"Not a cookie source: {spec!r}")


def browser_source(text: str) -> CookieSource:
    """``BROWSER[:PROFILE]`` as on yt-dlp's command line; ValueError names the browsers."""
    name, _, profile = text.strip().partition(":")
    name = name.strip().lower()
    if name not in BROWSERS:
        raise ValueError(
            translate(
                "Network",
                "Unknown browser {name!r} for cookies. Use one of: {items} (optionally "
                "followed by :PROFILE).",
            ).format(name=name, items=", ".join(BROWSERS))
        )
    return CookieSource(CookieKind.BROWSER, browser=name, profile=profile.strip())


def file_source(path: str) -> CookieSource:
    """A cookies.txt file given by a person: made absolute, and it must be readable now."""
    full = os.path.abspath(os.path.expanduser(path))
    problem = cookie_file_problem(full)
    if problem:
        raise ValueError(problem)
    return CookieSource(CookieKind.FILE, path=full)


def cookie_file_problem(path: str) -> str | None:
    """Why a cookies.txt file cannot be used, in words a person can act on (None: usable)."""
    if not os.path.exists(path):
        return translate("Network", "The cookies file {path} does not exist.").format(path=path)
    if os.path.isdir(path):
        return translate("Network", "The cookies file {path} is a folder, not a file.").format(
            path=path
        )
    if not os.access(path, os.R_OK):
        return translate(
            "Network",
            "The cookies file {path} cannot be read (permission denied). Fix its permissions.",
        ).format(path=path)
    return None


# -- proxy --------------------------------------------------------------------------------------


def proxy_problem(url: str) -> str | None:
    """Why ``url`` is not a usable proxy address (None: usable, or empty for no proxy)."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return translate("Network", "Not a proxy address: {address}").format(
            address=redact_url(url)
        )
    if parts.scheme.lower() not in PROXY_SCHEMES:
        return translate(
            "Network",
            "A proxy address starts with http://, https:// or socks5:// (for "
            "example socks5://127.0.0.1:1080), not {address}",
        ).format(address=redact_url(url))
    if not parts.hostname:
        return translate("Network", "The proxy address {address} has no host name.").format(
            address=redact_url(url)
        )
    if port is None:
        return translate(
            "Network", "The proxy address {address} needs a port, e.g. {scheme}://host:8080"
        ).format(address=redact_url(url), scheme=parts.scheme)
    return None


def split_proxy(url: str) -> tuple[str, str]:
    """(address without the password, password) — the first is safe to store and show."""
    if not url:
        return "", ""
    parts = urlsplit(url)
    if parts.password is None:
        return url, ""
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = quote(unquote(parts.username or ""), safe="") + "@" + host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment)), unquote(
        parts.password
    )


def join_proxy(url: str, password: str) -> str:
    """The address with ``password`` put back (only in the worker's request)."""
    if not url or not password:
        return url
    parts = urlsplit(url)
    if parts.username is None:
        return url
    user, _, host = parts.netloc.rpartition("@")
    netloc = f"{user}:{quote(password, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def redact_url(url: str) -> str:
    """``url`` with any password replaced by ***, for messages and logs."""
    return _USERINFO.sub(r"\1\2:***@", url)


# -- keeping secrets out of logs ---------------------------------------------------------------

_USERINFO = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*://)([^/@:\s]*):[^/@\s]*@")
_SECRET_HEADERS = re.compile(
    r"((?:set-)?cookie|proxy-authorization|authorization)(['\"]?\s*[:=]\s*['\"]?)"
    r"[^\r\n'\"]*",
    re.IGNORECASE,
)


def scrub(text: str) -> str:
    """Remove cookie values, authorization headers and URL passwords from a log line."""
    if not text:
        return text
    return _SECRET_HEADERS.sub(r"\1\2[hidden]", redact_url(text))
