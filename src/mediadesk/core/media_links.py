"""Which copied links look like media worth offering to download (clipboard watching).

A heuristic, deliberately narrow: the clipboard sees every address a person copies, and an
offer for each would be noise. A link counts when its path ends in a media file extension
(or a streaming playlist), or when its site is a well-known video or audio site. Anything
else can still be added by hand.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from mediadesk.core.urls import find_urls

#: Copied text longer than this is not scanned (a document, not a link).
MAX_CLIPBOARD_CHARS = 20_000

MEDIA_EXTENSIONS = frozenset(
    {
        *("mp4", "m4v", "mkv", "webm", "mov", "avi", "wmv", "flv", "mpg", "mpeg", "ts", "3gp"),
        *("mp3", "m4a", "aac", "ogg", "oga", "opus", "flac", "wav", "wma"),
        *("m3u8", "mpd"),
    }
)
MEDIA_SITES = frozenset(
    {
        "youtube.com",
        "youtu.be",
        "vimeo.com",
        "dailymotion.com",
        "twitch.tv",
        "soundcloud.com",
        "bandcamp.com",
        "tiktok.com",
        "instagram.com",
        "twitter.com",
        "x.com",
        "facebook.com",
        "reddit.com",
        "bilibili.com",
        "rumble.com",
        "odysee.com",
        "mixcloud.com",
        "archive.org",
        "ted.com",
        "nicovideo.jp",
        "peertube.tv",
    }
)


def is_media_link(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    last = parts.path.rsplit("/", 1)[-1]
    if "." in last and last.rsplit(".", 1)[-1].lower() in MEDIA_EXTENSIONS:
        return True
    host = parts.hostname.lower()
    return any(host == site or host.endswith("." + site) for site in MEDIA_SITES)


def media_links(text: str) -> list[str]:
    """The media links in copied ``text``, in order, without repeats (none for long text)."""
    if len(text) > MAX_CLIPBOARD_CHARS:
        return []
    return [c.url for c in find_urls(text) if c.url is not None and is_media_link(c.url)]
