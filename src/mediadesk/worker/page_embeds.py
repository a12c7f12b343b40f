"""A page without media of its own often shows a player from another address in an iframe.
Finding that address turns "not supported" into "add this address instead"."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urljoin, urlsplit

from yt_dlp import YoutubeDL

MAX_PAGE_BYTES = 2 * 1024 * 1024
_IFRAME = re.compile(r"<iframe\b[^>]*?\bsrc\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)


def embed_addresses(html: str, page_url: str) -> list[str]:
    """Absolute http(s) addresses of the page's iframes, in page order, without repeats."""
    found: list[str] = []
    for match in _IFRAME.finditer(html):
        raw = unescape(next(g for g in match.groups() if g is not None)).strip()
        if not raw:
            continue
        url = urljoin(page_url, raw)
        if urlsplit(url).scheme in ("http", "https") and url not in found and url != page_url:
            found.append(url)
    return found


def find_embed(ydl: YoutubeDL, page_url: str) -> str | None:
    """The first embedded address of ``page_url`` fetched through yt-dlp (same cookies and
    proxy as the download); None when there is none or the page cannot be read."""
    try:
        with ydl.urlopen(page_url) as response:
            body = response.read(MAX_PAGE_BYTES)
            charset = (
                response.headers.get_content_charset()
                if hasattr(response.headers, "get_content_charset")
                else None
            )
    except Exception:  # the page is gone or unreadable: the original verdict stands
        return None
    html = body.decode(charset or "utf-8", "replace")
    addresses = embed_addresses(html, page_url)
    return addresses[0] if addresses else None
