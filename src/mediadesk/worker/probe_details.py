"""What a probe tells about one video, taken from yt-dlp's info dict as the site declared it.

Codecs stay ``None`` when the site did not declare them: the chooser must not promise audio a
variant may not have (the HLS-without-CODECS trap). A single direct file says nothing about
itself in a page, so its duration and chapters are read from the file with ffprobe (one short
read of its header); nothing else is measured here.
"""

from __future__ import annotations

import shutil
from typing import Any

from mediadesk.core.probe import Chapter, ProbeFormat
from mediadesk.worker.format_facts import ffprobe_json

_HTTP = ("http", "https")
_NOT_LANGUAGES = {"live_chat"}  # yt-dlp lists a live chat replay among the subtitles


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _codec(value: Any) -> str | None:
    return str(value) if value else None


def formats_of(info: dict[str, Any]) -> tuple[ProbeFormat, ...]:
    """Every format offered, in yt-dlp's order (worst first)."""
    found = []
    for raw in info.get("formats") or ():
        if not isinstance(raw, dict) or not raw.get("format_id"):
            continue
        found.append(
            ProbeFormat(
                format_id=str(raw["format_id"]),
                ext=str(raw.get("ext") or ""),
                width=_int(raw.get("width")),
                height=_int(raw.get("height")),
                fps=_float(raw.get("fps")),
                vcodec=_codec(raw.get("vcodec")),
                acodec=_codec(raw.get("acodec")),
                tbr=_float(raw.get("tbr")),
                filesize=_int(raw.get("filesize")),
                filesize_approx=_int(raw.get("filesize_approx")),
                note=str(raw.get("format_note") or ""),
            )
        )
    return tuple(found)


def languages(tracks: Any) -> tuple[str, ...]:
    """The language codes of yt-dlp's ``subtitles`` / ``automatic_captions`` mapping."""
    if not isinstance(tracks, dict):
        return ()
    return tuple(str(k) for k, v in tracks.items() if v and str(k) not in _NOT_LANGUAGES)


def chapters_of(info: dict[str, Any]) -> tuple[Chapter, ...]:
    found = []
    for raw in info.get("chapters") or ():
        if not isinstance(raw, dict):
            continue
        start, end = _float(raw.get("start_time")), _float(raw.get("end_time"))
        if start is not None and end is not None:
            found.append(Chapter(start, end, str(raw.get("title") or "")))
    return tuple(found)


def direct_file(info: dict[str, Any]) -> dict[str, Any] | None:
    """The one plain http(s) file an address offers, or None (manifests, several formats)."""
    formats = info.get("formats") or [info]
    if len(formats) != 1:
        return None
    only = formats[0]
    protocol = str(only.get("protocol") or "").split("+")[0]
    return only if protocol in _HTTP and only.get("url") else None


def read_file_facts(info: dict[str, Any], *, timeout: float = 15.0) -> None:
    """Fill ``duration`` and ``chapters`` of a single direct file from the file itself, when the
    extractor gave none (a ``<video src>`` on a page, a bare .mp4). Leaves ``info`` as it is
    when there is no ffprobe or the file cannot be read."""
    if info.get("duration") and info.get("chapters"):
        return
    only = direct_file(info)
    ffprobe = shutil.which("ffprobe")
    if only is None or ffprobe is None:
        return
    probed = ffprobe_json(
        ffprobe, only["url"], headers=only.get("http_headers"), timeout=timeout, chapters=True
    )
    if not probed:
        return
    if not info.get("duration"):
        info["duration"] = _float((probed.get("format") or {}).get("duration"))
    if not info.get("chapters"):
        info["chapters"] = [
            {
                "start_time": c.get("start_time"),
                "end_time": c.get("end_time"),
                "title": (c.get("tags") or {}).get("title") or "",
            }
            for c in probed.get("chapters") or ()
        ]
