"""User names and passwords given inside addresses (``https://alice:secret@host/…``).

The password is taken out of the address the moment a job is created: the job's address keeps
the user name (so two accounts stay two jobs, and the user sees which one a job uses) but never
the password, which lives only in the credential vault and in the worker's stdin request. It
is sent only to the origin (scheme, host, port) it was given for, and scrubbed from every text
that comes back from the worker.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
# The userinfo part of any URL in free text: ``scheme://user:pass@`` (no "/", "?", "#" or
# white space before the "@", as RFC 3986 requires of an authority).
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)([^\s/?#@]*)@")
MASK = "***"


@dataclass(frozen=True, slots=True)
class Credentials:
    """A user name and password for one origin. ``repr`` never shows the password."""

    username: str
    password: str = field(repr=False)
    origin: tuple[str, str, int]

    def basic_header(self) -> str:
        """The ``Authorization`` value for HTTP Basic authentication."""
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode("ascii")
        return f"Basic {token}"

    def secrets(self) -> tuple[str, ...]:
        """Every form the password may take in a text: as typed, percent-encoded, and inside
        a Basic header. Empty when there is no password."""
        if not self.password:
            return ()
        forms = {
            self.password,
            quote(self.password, safe=""),
            quote(self.password, safe="!$&'()*+,;=~"),
            self.basic_header().removeprefix("Basic "),
        }
        return tuple(sorted(forms, key=len, reverse=True))


def origin_of(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) with the default port filled in; None if the URL has no host."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if not host or scheme not in _DEFAULT_PORTS:
        return None
    return scheme, host.lower().rstrip("."), port or _DEFAULT_PORTS[scheme]


def _netloc(host: str, port: int | None) -> str:
    shown = f"[{host}]" if ":" in host else host
    return shown if port is None else f"{shown}:{port}"


def split_credentials(url: str) -> tuple[str, Credentials | None]:
    """(the address as shown and stored, the credentials it carried).

    The shown address keeps the user name and drops the password: ``http://alice@host/x``.
    An address without user info comes back unchanged, with None.
    """
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url, None
    origin = origin_of(url)
    username = unquote(parts.username or "")
    password = unquote(parts.password or "")
    shown_user = quote(username, safe="!$&'()*+,;=~") + "@" if username else ""
    netloc = shown_user + _netloc(parts.hostname or "", parts.port)
    shown = urlunsplit(parts._replace(netloc=netloc))
    if origin is None:
        return shown, None
    return shown, Credentials(username, password, origin)


def without_userinfo(url: str) -> str:
    """The address with no user name or password at all: what the worker hands to yt-dlp (a
    user name left in the URL would make yt-dlp build its own Authorization header)."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    return urlunsplit(parts._replace(netloc=_netloc(parts.hostname or "", parts.port)))


def scrub(text: str, credentials: Credentials | None = None) -> str:
    """Text fit for a log: no password of any ``user:pass@`` in any URL, and none of the
    given credentials' secrets anywhere (they may appear outside a URL, e.g. in an error)."""
    if credentials is not None:
        for secret in credentials.secrets():
            text = text.replace(secret, MASK)
    return _USERINFO.sub(_drop_password, text)


def _drop_password(match: re.Match[str]) -> str:
    user, colon, _password = match.group(2).partition(":")
    return f"{match.group(1)}{user}{':' + MASK if colon else ''}@"


class VaultError(Exception):
    """The vault cannot be read or written safely; the message says what to do."""


class MemoryVault:
    """The same interface without a file: for tests and for an engine built without one."""

    def __init__(self) -> None:
        self._items: dict[str, Credentials] = {}

    def get(self, job_id: str) -> Credentials | None:
        return self._items.get(job_id)

    def put_many(self, items: Mapping[str, Credentials]) -> None:
        self._items.update(items)

    def delete(self, job_ids: Iterable[str]) -> None:
        for job_id in job_ids:
            self._items.pop(job_id, None)

    def job_ids(self) -> set[str]:
        return set(self._items)

    def retain(self, job_ids: Iterable[str]) -> None:
        keep = set(job_ids)
        self.delete([i for i in self._items if i not in keep])
