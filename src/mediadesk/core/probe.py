"""What a probe of an address found: plain values a probe worker sends to the app.

One probe answers both "is this a playlist?" (flat extraction: entries listed fast, without
extracting each) and "what does this video offer?" (formats, subtitles, chapters), so the
batch picker and the format chooser read the same result.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class ProbeKind(enum.StrEnum):
    SINGLE = "single"  # one video or audio: formats below
    PLAYLIST = "playlist"  # a playlist, channel, feed or page with several videos: entries


@dataclass(frozen=True, slots=True)
class ProbeEntry:
    """One item of a playlist, as flat extraction lists it (no formats yet)."""

    url: str
    title: str = ""
    duration: float | None = None
    extractor: str = ""  # yt-dlp's extractor key, e.g. "Youtube", "Generic"
    video_id: str = ""  # with ``extractor``: the identity used by the download archive
    index: int | None = None  # position in the playlist, 1-based


@dataclass(frozen=True, slots=True)
class ProbeFormat:
    """One format the site offers (yt-dlp's ``formats`` entry, reduced to what a person picks)."""

    format_id: str
    ext: str = ""
    width: int | None = None
    height: int | None = None
    fps: float | None = None
    vcodec: str | None = None  # None: unknown (not declared); "none": no video
    acodec: str | None = None  # None: unknown (not declared); "none": no audio
    tbr: float | None = None  # kbit/s
    filesize: int | None = None
    filesize_approx: int | None = None
    note: str = ""

    @property
    def has_video(self) -> bool | None:
        return None if self.vcodec is None else self.vcodec != "none"

    @property
    def has_audio(self) -> bool | None:
        return None if self.acodec is None else self.acodec != "none"


@dataclass(frozen=True, slots=True)
class Chapter:
    start: float
    end: float
    title: str = ""


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """Everything known about an address before downloading it."""

    url: str
    kind: ProbeKind
    title: str = ""
    extractor: str = ""
    video_id: str = ""
    thumbnail: str = ""  # the site's thumbnail address
    thumbnail_file: str = ""  # the probe worker's cached copy (core/thumbnails.py), or ''
    duration: float | None = None
    uploader: str = ""
    entries: tuple[ProbeEntry, ...] = ()  # PLAYLIST only
    formats: tuple[ProbeFormat, ...] = ()  # SINGLE only
    subtitles: tuple[str, ...] = ()  # language codes with subtitles made by people
    automatic_captions: tuple[str, ...] = ()  # language codes with machine captions
    chapters: tuple[Chapter, ...] = field(default=())
    live_status: str = ""  # yt-dlp's: "not_live", "is_live", "is_upcoming", ...
