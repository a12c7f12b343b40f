"""Deciding what may become a job: only http(s) URLs, with a reason for everything else."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from mediadesk.core.credentials import Credentials, scrub, split_credentials
from mediadesk.core.i18n import translate

MAX_URL_LENGTH = 8192
_ALLOWED_SCHEMES = ("http", "https")
_HOST_LABEL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$")
# Anything that looks like a URL or a bare scheme: in pasted text, we report the ones we refuse.
_CANDIDATE = re.compile(r"""(?:[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"']+|www\.[^\s<>"']+)""")
_TRAILING_PUNCTUATION = ".,;:!?)]}'\""


@dataclass(frozen=True, slots=True)
class UrlCheck:
    """The verdict on one piece of input: a normalised URL, or the reason it was refused.

    ``url`` never holds a password: one given in the address (``https://user:pw@host/``)
    comes out in ``credentials`` (see core/credentials.py).
    """

    text: str
    url: str | None
    reason: str = ""
    credentials: Credentials | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.url is not None


def check_url(text: str) -> UrlCheck:
    """Accept an http(s) URL with a plausible host; explain any refusal in plain words."""
    raw = text.strip()
    shown_text = scrub(text)  # refusals are shown to the user: never with a password
    if not raw:
        return UrlCheck(shown_text, None, translate("Urls", "The address is empty."))
    if len(raw) > MAX_URL_LENGTH:
        return UrlCheck(
            shown_text,
            None,
            translate("Urls", "The address is longer than {limit} characters.").format(
                limit=MAX_URL_LENGTH
            ),
        )
    if any(ch.isspace() for ch in raw):
        return UrlCheck(shown_text, None, translate("Urls", "An address cannot contain spaces."))
    if raw.lower().startswith("www."):
        raw = "https://" + raw
    try:
        parts = urlsplit(raw)
    except ValueError as exc:
        return UrlCheck(
            shown_text,
            None,
            translate("Urls", "This is not a valid web address ({exc}).").format(exc=exc),
        )
    scheme = parts.scheme.lower()
    if not scheme:
        return UrlCheck(
            shown_text,
            None,
            translate("Urls", "This is not a web address (it should start with https://)."),
        )
    if scheme not in _ALLOWED_SCHEMES:
        return UrlCheck(
            shown_text,
            None,
            translate(
                "Urls",
                "Only http:// and https:// addresses can be downloaded, not {scheme}: addresses.",
            ).format(scheme=scheme),
        )
    try:
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return UrlCheck(
            shown_text, None, translate("Urls", "The address has an invalid port number.")
        )
    if not host:
        return UrlCheck(shown_text, None, translate("Urls", "The address has no host name."))
    if not _valid_host(host):
        return UrlCheck(
            shown_text,
            None,
            translate("Urls", "“{host}” is not a valid host name.").format(host=host),
        )
    shown, credentials = split_credentials(parts.geturl())
    return UrlCheck(shown_text, shown, credentials=credentials)


def _valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = ascii_host.rstrip(".").split(".")
    return all(_HOST_LABEL.match(label) for label in labels) and len(ascii_host) <= 253


def _trim(token: str) -> str:
    """Drop sentence punctuation after a URL, but keep a balanced closing bracket
    (``https://en.wikipedia.org/wiki/Foo_(bar)``)."""
    pairs = {")": "(", "]": "[", "}": "{"}
    while token and token[-1] in _TRAILING_PUNCTUATION:
        last = token[-1]
        if last in pairs and token.count(pairs[last]) >= token.count(last):
            break
        token = token[:-1]
    return token


def find_urls(text: str) -> list[UrlCheck]:
    """Every URL-like token in free text (pasted, dropped), each checked, duplicates removed.

    Text with no URL-like token at all yields a single refusal so the user is told why.
    """
    seen: set[str] = set()
    results: list[UrlCheck] = []
    for match in _CANDIDATE.finditer(text):
        token = _trim(match.group(0))
        check = check_url(token)
        key = check.url or token
        if key in seen:
            continue
        seen.add(key)
        results.append(check)
    if not results and text.strip():
        snippet = text.strip()
        if len(snippet) > 60:
            snippet = snippet[:57] + "…"
        results.append(
            UrlCheck(snippet, None, translate("Urls", "No web address found in this text."))
        )
    return results
