"""From a job's DownloadChoice to yt-dlp's format selector, post-processors and options.

Pure (no yt-dlp import) so every choice is checked offline. Where ffmpeg is missing, what
needs it is left out and a note says so: merges fall back to single files, audio is kept as
offered, subtitles are saved beside the file unconverted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mediadesk.core.choice import AudioFormat, Container, DownloadChoice
from mediadesk.core.i18n import translate

NO_FFMPEG = "ffmpeg was not found: "
# yt-dlp's sort keys that prefer streams a container can hold without re-encoding.
_CONTAINER_SORT = {
    Container.MP4: ["res", "ext:mp4:m4a"],
    Container.WEBM: ["res", "ext:webm:webm"],
}
_AUDIO_PICK = {
    AudioFormat.M4A: "ba[ext=m4a]/ba/b",
    AudioFormat.OPUS: "ba[acodec^=opus]/ba/b",
    AudioFormat.MP3: "ba/b",
    AudioFormat.FLAC: "ba/b",
}


@dataclass(frozen=True, slots=True)
class FormatPlan:
    format: str
    postprocessors: list[dict[str, Any]] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)  # other yt-dlp options
    notes: tuple[str, ...] = ()  # for the job's log, before the download starts
    section: tuple[float, float] | None = None  # (start, end); end may be inf


def video_selector(choice: DownloadChoice, merge: bool) -> str:
    """Best video within the choice, merged with the best separate audio when there is one.

    The fallbacks are ordered so that a cap that cannot be met takes the *smallest* larger
    format (``wv*``/``w``), and a source without any audio still yields its video."""
    if choice.format_id:
        fid = choice.format_id
        return f"{fid}+ba/{fid}" if merge else fid
    cap = f"[height<={choice.max_height}]" if choice.max_height else ""
    if merge:
        if not cap:
            return "bv*+ba/b/bv*"
        return f"bv*{cap}+ba/b{cap}/bv*{cap}/wv*+ba/w/wv*"
    return f"b{cap}/w" if cap else "b"


def audio_selector(choice: DownloadChoice, convert: bool) -> str:
    if convert:
        return _AUDIO_PICK[choice.audio_format]
    wanted = choice.audio_format.value
    return f"ba[ext={wanted}]/ba/b" if wanted in ("m4a", "opus", "mp3") else "ba/b"


def plan(choice: DownloadChoice, ffmpeg: str | None) -> FormatPlan:
    """The whole yt-dlp side of a choice."""
    notes: list[str] = []
    pps: list[dict[str, Any]] = []
    params: dict[str, Any] = {}
    has_ff = bool(ffmpeg)

    if choice.audio_only:
        fmt = audio_selector(choice, has_ff)
        if has_ff:
            pps.append(
                {
                    "key": "FFmpegExtractAudio",
                    "preferredcodec": choice.audio_format.value,
                    "preferredquality": "0",
                }
            )
        else:
            notes.append(
                translate(
                    "FormatPlan",
                    "ffmpeg was not found: downloading the best audio as offered (no "
                    "{format} conversion).",
                ).format(format=choice.audio_format.value)
            )
    else:
        fmt = video_selector(choice, has_ff)
        if not has_ff:
            notes.append(
                translate(
                    "FormatPlan",
                    "ffmpeg was not found: downloading the best single file instead of "
                    "merging separate video and audio.",
                )
            )
        if choice.container is not Container.ANY:
            if has_ff:
                params["merge_output_format"] = choice.container.value
                pps.append({"key": "FFmpegVideoRemuxer", "preferedformat": choice.container.value})
                if choice.container in _CONTAINER_SORT:
                    params["format_sort"] = _CONTAINER_SORT[choice.container]
            else:
                notes.append(
                    translate(
                        "FormatPlan",
                        "ffmpeg was not found: the file keeps the container it is offered "
                        "in, not {container}.",
                    ).format(container=choice.container.value)
                )

    subs = choice.subtitles
    if subs.wanted:
        params["writesubtitles"] = True
        params["writeautomaticsub"] = subs.automatic
        params["subtitleslangs"] = list(subs.languages)
        if has_ff and subs.to_srt:
            params["subtitlesformat"] = "srt/best"
            pps.append({"key": "FFmpegSubtitlesConvertor", "format": "srt", "when": "before_dl"})
        embed = subs.embed and not choice.audio_only
        if embed and has_ff:
            pps.append({"key": "FFmpegEmbedSubtitle", "already_have_subtitle": False})
        elif embed:
            notes.append(
                translate(
                    "FormatPlan",
                    "ffmpeg was not found: subtitles are saved beside the file, not embedded.",
                )
            )
        if not has_ff and subs.to_srt:
            notes.append(
                translate(
                    "FormatPlan",
                    "ffmpeg was not found: subtitles are kept in the format offered, not srt.",
                )
            )

    if choice.embed_metadata or choice.embed_chapters:
        if has_ff:
            pps.append(
                {
                    "key": "FFmpegMetadata",
                    "add_metadata": choice.embed_metadata,
                    "add_chapters": choice.embed_chapters,
                    "add_infojson": False,
                }
            )
        else:
            notes.append(
                translate(
                    "FormatPlan", "ffmpeg was not found: metadata and chapters are not embedded."
                )
            )

    if choice.embed_thumbnail:
        if has_ff:
            params["writethumbnail"] = True
            pps.append({"key": "EmbedThumbnail", "already_have_thumbnail": False})
        else:
            notes.append(
                translate("FormatPlan", "ffmpeg was not found: the thumbnail is not embedded.")
            )

    if choice.split_chapters:
        if has_ff:
            pps.append({"key": "FFmpegSplitChapters", "force_keyframes": False})
        else:
            notes.append(
                translate("FormatPlan", "ffmpeg was not found: the file is not split by chapters.")
            )

    section = None
    if choice.has_section:
        if has_ff:
            start = choice.section_start or 0.0
            end = choice.section_end if choice.section_end is not None else float("inf")
            section = (start, end)
        else:
            notes.append(
                translate(
                    "FormatPlan",
                    "ffmpeg was not found: the whole media is downloaded, not only the section.",
                )
            )
    return FormatPlan(fmt, pps, params, tuple(notes), section)
