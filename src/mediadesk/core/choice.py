"""What the user chose to get from one address: quality, audio, container, extras.

A ``DownloadChoice`` is part of the job (one JSON text column), so a retry, a pause and
resume or a relaunch downloads exactly what was chosen, never something re-derived from
today's settings. The one-click presets are choices too (``choice_for_preset``), so one path
turns any of them into yt-dlp options (worker/ytdlp_options.py).
"""

from __future__ import annotations

import enum
import json
import math
from dataclasses import dataclass, field
from typing import Any

from mediadesk.core.i18n import translate
from mediadesk.core.job import FormatPreset


class AudioFormat(enum.StrEnum):
    M4A = "m4a"
    MP3 = "mp3"
    OPUS = "opus"
    FLAC = "flac"


class Container(enum.StrEnum):
    ANY = ""  # whatever the download or the merge produces
    MP4 = "mp4"
    MKV = "mkv"
    WEBM = "webm"


@dataclass(frozen=True, slots=True)
class SubtitleChoice:
    """Which subtitles to fetch, and where they go."""

    languages: tuple[str, ...] = ()  # empty: no subtitles
    automatic: bool = False  # also machine-made captions
    embed: bool = True  # inside the video file; False: saved beside it
    to_srt: bool = True

    @property
    def wanted(self) -> bool:
        return bool(self.languages)


@dataclass(frozen=True, slots=True)
class DownloadChoice:
    """Everything about *what* to download; the job's URL and folder say from where, to where."""

    max_height: int | None = None  # a cap on the video's height; None: the best offered
    format_id: str = ""  # one format picked from the probe (its id), else chosen by the cap
    audio_only: bool = False
    audio_format: AudioFormat = AudioFormat.MP3
    container: Container = Container.ANY
    subtitles: SubtitleChoice = field(default_factory=SubtitleChoice)
    embed_thumbnail: bool = False
    embed_metadata: bool = False
    embed_chapters: bool = False
    split_chapters: bool = False
    section_start: float | None = None  # seconds; only this part of the media
    section_end: float | None = None

    def __post_init__(self) -> None:
        problem = self.problem()
        if problem:
            raise ValueError(problem)

    def problem(self) -> str:
        """Why this choice cannot be downloaded, or ''."""
        if self.max_height is not None and self.max_height <= 0:
            return translate("Choice", "The height limit must be a positive number of lines.")
        for name in ("section_start", "section_end"):
            value = getattr(self, name)
            if value is not None and (not math.isfinite(value) or value < 0):
                return translate("Choice", "A section time must be zero or more seconds.")
        start, end = self.section_start, self.section_end
        if start is not None and end is not None and end <= start:
            return translate("Choice", "The section must end after it starts.")
        return ""

    @property
    def has_section(self) -> bool:
        return self.section_start is not None or self.section_end is not None

    @property
    def preset(self) -> FormatPreset:
        """The one-click preset closest to this choice (the job list's Format column)."""
        if self.audio_only:
            return FormatPreset.AUDIO
        if self.max_height is not None and self.max_height <= 720:
            return FormatPreset.UP_TO_720P
        if self.max_height is not None and self.max_height <= 1080:
            return FormatPreset.UP_TO_1080P
        return FormatPreset.BEST

    def describe(self) -> str:
        """One line for the details pane and the log: what this job promises."""
        parts: list[str] = []
        if self.audio_only:
            parts.append(
                translate("Choice", "Audio only ({format})").format(format=self.audio_format.value)
            )
        else:
            if self.format_id:
                parts.append(
                    translate("Choice", "Video format {format_id}").format(format_id=self.format_id)
                )
            elif self.max_height:
                parts.append(
                    translate("Choice", "Video up to {max_height}p").format(
                        max_height=self.max_height
                    )
                )
            else:
                parts.append(translate("Choice", "Best video"))
            if self.container is not Container.ANY:
                parts.append(self.container.value)
        subs = self.subtitles
        if subs.wanted:
            where = (
                translate("Choice", "embedded")
                if subs.embed
                else translate("Choice", "beside the file")
            )
            extra = translate("Choice", " + automatic") if subs.automatic else ""
            srt = ", srt" if subs.to_srt else ""
            parts.append(
                translate("Choice", "subtitles {languages}").format(
                    languages=", ".join(subs.languages)
                )
                + f"{extra} ({where}{srt})"
            )
        extras = [
            name
            for on, name in (
                (self.embed_thumbnail, translate("Choice", "thumbnail")),
                (self.embed_metadata, translate("Choice", "metadata")),
                (self.embed_chapters, translate("Choice", "chapters")),
            )
            if on
        ]
        if extras:
            parts.append(translate("Choice", "embed {items}").format(items=", ".join(extras)))
        if self.split_chapters:
            parts.append(translate("Choice", "split by chapters"))
        if self.has_section:
            parts.append(
                translate("Choice", "section {start}–{end}").format(
                    start=_clock(self.section_start), end=_clock(self.section_end)
                )
            )
        return "; ".join(parts)

    # -- JSON ---------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "max_height": self.max_height,
            "format_id": self.format_id,
            "audio_only": self.audio_only,
            "audio_format": self.audio_format.value,
            "container": self.container.value,
            "subtitles": {
                "languages": list(self.subtitles.languages),
                "automatic": self.subtitles.automatic,
                "embed": self.subtitles.embed,
                "to_srt": self.subtitles.to_srt,
            },
            "embed_thumbnail": self.embed_thumbnail,
            "embed_metadata": self.embed_metadata,
            "embed_chapters": self.embed_chapters,
            "split_chapters": self.split_chapters,
            "section_start": self.section_start,
            "section_end": self.section_end,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_dict(cls, data: Any) -> DownloadChoice:
        """Strict: a value of the wrong type raises ValueError (never a silent default)."""
        if not isinstance(data, dict):
            raise ValueError("a format choice must be an object")
        try:
            subs = data.get("subtitles") or {}
            if not isinstance(subs, dict):
                raise ValueError("subtitles must be an object")
            languages = subs.get("languages") or []
            if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
                raise ValueError("subtitle languages must be a list of codes")
            return cls(
                max_height=_opt(data.get("max_height"), int),
                format_id=_typed(data.get("format_id", ""), str),
                audio_only=_typed(data.get("audio_only", False), bool),
                audio_format=AudioFormat(data.get("audio_format", AudioFormat.MP3.value)),
                container=Container(data.get("container", "")),
                subtitles=SubtitleChoice(
                    languages=tuple(languages),
                    automatic=_typed(subs.get("automatic", False), bool),
                    embed=_typed(subs.get("embed", True), bool),
                    to_srt=_typed(subs.get("to_srt", True), bool),
                ),
                embed_thumbnail=_typed(data.get("embed_thumbnail", False), bool),
                embed_metadata=_typed(data.get("embed_metadata", False), bool),
                embed_chapters=_typed(data.get("embed_chapters", False), bool),
                split_chapters=_typed(data.get("split_chapters", False), bool),
                section_start=_opt(data.get("section_start"), float),
                section_end=_opt(data.get("section_end"), float),
            )
        except (TypeError, KeyError) as exc:
            raise ValueError(f"a format choice cannot be read: {exc}") from exc

    @classmethod
    def from_json(cls, text: str) -> DownloadChoice:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"a format choice is not JSON: {exc}") from exc
        return cls.from_dict(data)


def choice_for_preset(preset: FormatPreset) -> DownloadChoice:
    """The one-click presets, as choices (what they always downloaded)."""
    if preset is FormatPreset.AUDIO:
        return DownloadChoice(audio_only=True, audio_format=AudioFormat.MP3)
    if preset is FormatPreset.UP_TO_1080P:
        return DownloadChoice(max_height=1080)
    if preset is FormatPreset.UP_TO_720P:
        return DownloadChoice(max_height=720)
    return DownloadChoice()


def job_choice(choice_json: str, preset: FormatPreset) -> DownloadChoice:
    """A job's stored choice; jobs from before choices existed ('' stored) use their preset."""
    return DownloadChoice.from_json(choice_json) if choice_json else choice_for_preset(preset)


def _typed(value: Any, kind: type) -> Any:
    if not isinstance(value, kind):
        raise ValueError(f"{value!r} is not {kind.__name__}")
    return value


def _opt(value: Any, kind: type) -> Any:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{value!r} is not a number")
    return kind(value)


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "…"
    whole = int(seconds)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    frac = seconds - whole
    tail = f"{frac:.2f}".lstrip("0") if frac else ""
    return f"{h}:{m:02d}:{s:02d}{tail}" if h else f"{m}:{s:02d}{tail}"


def parse_clock(text: str) -> float | None:
    """'1:02:03.5', '2:30', '90' -> seconds; '' -> None; anything else raises ValueError."""
    text = text.strip()
    if not text:
        return None
    pieces = text.split(":")
    if len(pieces) > 3:
        raise ValueError(f"{text!r} is not a time (use h:mm:ss, m:ss or seconds)")
    try:
        numbers = [float(p) for p in pieces]
    except ValueError:
        raise ValueError(f"{text!r} is not a time (use h:mm:ss, m:ss or seconds)") from None
    if any(n < 0 or not math.isfinite(n) for n in numbers):
        raise ValueError(f"{text!r} is not a time (use h:mm:ss, m:ss or seconds)")
    seconds = 0.0
    for n in numbers:
        seconds = seconds * 60 + n
    return seconds
