"""``python -m mediadesk.worker inspect URL [--thumbnails DIR]``: what an address is, before
anything downloads.

Flat extraction (``extract_flat='in_playlist'``): a playlist, channel or feed lists its entries
without extracting each one, so 1,000 entries take about as long as one page. Prints one JSON
line (``{"ok": true, "probe": {...}}`` or ``{"ok": false, "message": ...}``) on stdout. Runs in
its own process: the app never imports yt-dlp, and cancelling is killing this process.
With ``--thumbnails DIR`` a single video's thumbnail is fetched into that private cache folder
(worker/thumbnail_fetch.py) and its file named in the result.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

from mediadesk.core.probe import ProbeEntry, ProbeKind, ProbeResult
from mediadesk.core.probe_codec import probe_to_dict
from mediadesk.core.worker_launch import PROBE_PROXY_VARIABLE
from mediadesk.worker.probe_details import chapters_of, formats_of, languages, read_file_facts

PLAYLIST_TYPES = ("playlist", "multi_video")


def _text(value: Any) -> str:
    return str(value) if value is not None else ""


def _number(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def describe_single(info: dict[str, Any], thumbnail_file: str = "") -> ProbeResult:
    """One video: its facts, the formats offered, subtitle languages and chapters."""
    return ProbeResult(
        url=_text(info.get("webpage_url") or info.get("original_url") or info.get("url")),
        kind=ProbeKind.SINGLE,
        title=_text(info.get("title")),
        extractor=_text(info.get("extractor_key") or info.get("ie_key")),
        video_id=_text(info.get("id")),
        thumbnail=_text(info.get("thumbnail")),
        thumbnail_file=thumbnail_file,
        duration=_number(info.get("duration")),
        uploader=_text(info.get("uploader") or info.get("channel")),
        formats=formats_of(info),
        subtitles=languages(info.get("subtitles")),
        automatic_captions=languages(info.get("automatic_captions")),
        chapters=chapters_of(info),
        live_status=_text(info.get("live_status")),
    )


def _smuggled_id(url: str) -> str:
    """Feeds list items with the id yt-dlp will give them smuggled into the address
    (``#__youtubedl_smuggle={"force_videoid": ...}``); the archive needs it before download."""
    _, sep, fragment = url.partition("#__youtubedl_smuggle=")
    if not sep:
        return ""
    try:
        data = json.loads(unquote_plus(fragment))
    except ValueError:
        return ""
    return _text(data.get("force_videoid")) if isinstance(data, dict) else ""


def _entry(raw: dict[str, Any], position: int, fallback_extractor: str) -> ProbeEntry | None:
    url = raw.get("url") or raw.get("webpage_url")
    formats = raw.get("formats") or ()
    if not url and formats and isinstance(formats[-1], dict):
        url = formats[-1].get("url")  # a <video> on a page: listed with its media, no page
    if not url:
        return None
    return ProbeEntry(
        url=str(url),
        title=_text(raw.get("title")),
        duration=_number(raw.get("duration")),
        extractor=_text(raw.get("ie_key") or raw.get("extractor_key") or fallback_extractor),
        video_id=_text(raw.get("id")) or _smuggled_id(str(url)),
        index=int(raw.get("playlist_index") or position),
    )


def describe_playlist(info: dict[str, Any], url: str) -> ProbeResult:
    """A playlist's entries as listed (flat: no entry is extracted). Entries without an
    address (yt-dlp lists unavailable items as ``None``) are left out."""
    extractor = _text(info.get("extractor_key") or info.get("ie_key"))
    raw_entries: Iterable[Any] = info.get("entries") or ()
    entries = []
    for position, raw in enumerate(raw_entries, start=1):
        if isinstance(raw, dict):
            entry = _entry(raw, position, extractor)
            if entry is not None:
                entries.append(entry)
    return ProbeResult(
        url=url,
        kind=ProbeKind.PLAYLIST,
        title=_text(info.get("title")),
        extractor=extractor,
        video_id=_text(info.get("id")),
        thumbnail=_text(info.get("thumbnail")),
        uploader=_text(info.get("uploader")),
        entries=tuple(entries),
    )


class _Silent:
    """yt-dlp's logger interface, saying nothing (the download worker's would pull in the
    whole download module: a tenth of a second at every probe's start)."""

    def debug(self, msg: str) -> None: ...
    def info(self, msg: str) -> None: ...
    def warning(self, msg: str) -> None: ...
    def error(self, msg: str) -> None: ...


def inspect(
    url: str, *, socket_timeout: float = 15.0, thumbnails: Path | None = None
) -> ProbeResult:
    """Raises yt-dlp's errors; ``main`` turns them into a message. ``thumbnails``: the cache
    folder a single video's thumbnail is fetched into (None: not fetched)."""
    from yt_dlp import YoutubeDL

    from mediadesk.worker.thumbnail_fetch import fetch_thumbnail

    params: dict[str, Any] = {
        "quiet": True,
        "no_warnings": True,
        "extract_flat": "in_playlist",
        "socket_timeout": socket_timeout,
        "retries": 3,
        "logger": _Silent(),  # errors come back as exceptions; nothing else is wanted
    }
    proxy = os.environ.get(PROBE_PROXY_VARIABLE, "")
    if proxy:
        params["proxy"] = proxy  # the downloads' proxy: a probe never goes around it
    with YoutubeDL(params) as ydl:
        info = ydl.extract_info(url, download=False)
        if info is None:
            raise ValueError("nothing was found at this address")
        info = ydl.sanitize_info(info)
        if info.get("_type") in PLAYLIST_TYPES:
            return describe_playlist(info, url)
        if not proxy:  # ffprobe would reach the file around the proxy: left unknown then
            read_file_facts(info, timeout=socket_timeout)
        picture = _text(info.get("thumbnail"))
        cached = fetch_thumbnail(ydl, picture, thumbnails) if picture and thumbnails else ""
    return describe_single(info, cached)


def _arguments(argv: list[str]) -> tuple[str, Path | None]:
    """(address, thumbnail folder or None) from ``URL [--thumbnails DIR]``."""
    url, folder = "", None
    rest = list(argv)
    while rest:
        item = rest.pop(0)
        if item == "--thumbnails" and rest:
            folder = Path(rest.pop(0))
        elif not url:
            url = item
    return url, folder


def main(argv: list[str]) -> int:
    url, folder = _arguments(argv)
    try:
        probed = inspect(url, thumbnails=folder)
        record: dict[str, Any] = {"ok": True, "probe": probe_to_dict(probed)}
    except BaseException as exc:
        from mediadesk.worker.classify import classify  # only a failure needs it

        record = {"ok": False, "message": classify(exc, socket_timeout=15.0).message}
    sys.stdout.write("\n" + json.dumps(record) + "\n")
    sys.stdout.flush()
    return 0
