"""Fill in what an extractor left unsaid about formats, before yt-dlp picks one.

Runs as a yt-dlp ``pre_process`` post-processor (after extraction, before format selection):

- HLS variants that do not declare their codecs are assumed by yt-dlp to carry audio, so
  ``bv*+ba`` drops the separate audio rendition and the file comes out silent (the command
  line does the same). When the media offers audio-only formats, an undeclared variant's
  audio is not trusted: it is marked as video only, so the separate audio is merged in.
- Several unlabeled ``<source>`` files (no size, no codecs) were ranked by page order, so
  "Best" could pick the smallest. Each is measured with ffprobe (one short read of its
  header) and the formats are sorted again.
- A single file whose chapters the extractor does not list (a plain mp4) gets them from
  ffprobe when the choice embeds or splits chapters.
"""

from __future__ import annotations

import json
import os
import subprocess
from typing import Any
from urllib.parse import urlsplit

from yt_dlp.postprocessor.common import PostProcessor

from mediadesk.core.i18n import translate

_HTTP = ("http", "https")
_AUDIO_EXTS = {"mp3", "m4a", "aac", "opus", "ogg", "oga", "flac", "wav", "weba"}


def ffprobe_json(
    ffprobe: str,
    target: str,
    *,
    headers: dict[str, str] | None = None,
    timeout: float = 30.0,
    chapters: bool = False,
    proxy: str | None = None,
) -> dict[str, Any] | None:
    """ffprobe's streams/format (and chapters) of a file or URL, or None when it cannot tell.

    With ``proxy``, a web address is read through it: ffprobe takes an ``http://`` proxy from
    its environment (never the command line, which other users can read); it cannot use any
    other kind, so then nothing is read rather than going around the proxy."""
    env = None
    if proxy and urlsplit(target).scheme.lower() in _HTTP:
        if urlsplit(proxy).scheme.lower() != "http":
            return None
        # As for yt-dlp, a proxy set for the download is used for every host.
        env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "http_proxy")}
        env["http_proxy"] = proxy
    cmd = [ffprobe, "-v", "error", "-print_format", "json", "-show_streams", "-show_format"]
    if chapters:
        cmd.append("-show_chapters")
    if headers:
        cmd += ["-headers", "".join(f"{k}: {v}\r\n" for k, v in headers.items())]
    cmd.append(target)
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False, env=env)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    try:
        return json.loads(done.stdout.decode("utf-8", "replace"))
    except ValueError:
        return None


def is_audio_only(fmt: dict[str, Any]) -> bool:
    return fmt.get("vcodec") == "none" and fmt.get("acodec") != "none"


def distrust_undeclared_audio(formats: list[dict[str, Any]]) -> list[str]:
    """Mark variants with undeclared codecs as video-only when separate audio exists; returns
    the ids changed."""
    if not any(is_audio_only(f) for f in formats):
        return []
    changed = []
    for fmt in formats:
        if fmt.get("acodec") is None and fmt.get("vcodec") != "none" and not is_audio_only(fmt):
            if str(fmt.get("ext") or "") in _AUDIO_EXTS:
                continue
            fmt["acodec"] = "none"
            changed.append(str(fmt.get("format_id")))
    return changed


def _unlabeled(fmt: dict[str, Any]) -> bool:
    return (
        not fmt.get("height")
        and not fmt.get("width")
        and fmt.get("vcodec") is None
        and str(fmt.get("protocol") or "").split("+")[0] in _HTTP
        and str(fmt.get("ext") or "") not in _AUDIO_EXTS
        and bool(fmt.get("url"))
    )


def apply_probe(fmt: dict[str, Any], probed: dict[str, Any]) -> None:
    """Copy what ffprobe measured into a yt-dlp format dict."""
    streams = probed.get("streams") or []
    video = next(
        (
            s
            for s in streams
            if s.get("codec_type") == "video"
            and not (s.get("disposition") or {}).get("attached_pic")
        ),
        None,
    )
    audio = next((s for s in streams if s.get("codec_type") == "audio"), None)
    if video:
        fmt["width"], fmt["height"] = video.get("width"), video.get("height")
        fmt["vcodec"] = video.get("codec_name") or "unknown"
    else:
        fmt["vcodec"] = "none"
    fmt["acodec"] = audio.get("codec_name") or "unknown" if audio else "none"
    rate = (probed.get("format") or {}).get("bit_rate")
    if rate and not fmt.get("tbr"):
        fmt["tbr"] = int(rate) / 1000


class FormatFactsPP(PostProcessor):
    """The ``pre_process`` step; ``notes`` collects what it changed, for the job's log."""

    def __init__(
        self,
        ffprobe: str | None,
        *,
        want_chapters: bool = False,
        timeout: float = 30.0,
        downloader: Any = None,
    ) -> None:
        super().__init__(downloader)
        self._ffprobe = ffprobe
        self._want_chapters = want_chapters
        self._timeout = timeout
        self.notes: list[str] = []
        self.audio_formats: list[str] = []  # ids of audio-only formats offered
        self.heights: list[int] = []  # video heights offered

    def run(self, info: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
        formats = info.get("formats")
        if formats:
            self._measure_unlabeled(info, formats)
            changed = distrust_undeclared_audio(formats)
            if changed:
                self.notes.append(
                    translate(
                        "FormatFacts",
                        "Variants without declared codecs ({formats}) are taken as video only; "
                        "the separate audio is merged in.",
                    ).format(formats=", ".join(changed))
                )
        offered = formats or [info]
        self.audio_formats = [str(f.get("format_id")) for f in offered if is_audio_only(f)]
        self.heights = sorted({int(f["height"]) for f in offered if f.get("height")})
        if self._want_chapters and not info.get("chapters"):
            self._fill_chapters(info, offered)
        return [], info

    def _proxy(self) -> str | None:
        """The download's proxy: what ffprobe reads of the site goes the same way."""
        return (self._downloader.params.get("proxy") or None) if self._downloader else None

    def _measure_unlabeled(self, info: dict[str, Any], formats: list[dict[str, Any]]) -> None:
        unlabeled = [f for f in formats if _unlabeled(f)]
        if len(unlabeled) < 2 or not self._ffprobe:
            return
        measured = 0
        for fmt in unlabeled:
            probed = ffprobe_json(
                self._ffprobe,
                fmt["url"],
                headers=fmt.get("http_headers"),
                timeout=self._timeout,
                proxy=self._proxy(),
            )
            if probed:
                apply_probe(fmt, probed)
                measured += 1
        if measured:
            self._downloader.sort_formats(info)
            self.notes.append(
                translate(
                    "FormatFacts", "Measured {measured} unlabeled files to rank them by size."
                ).format(measured=measured)
            )

    def _fill_chapters(self, info: dict[str, Any], offered: list[dict[str, Any]]) -> None:
        singles = [f for f in offered if str(f.get("protocol") or "").split("+")[0] in _HTTP]
        if len(singles) != 1 or not self._ffprobe or not singles[0].get("url"):
            return
        probed = ffprobe_json(
            self._ffprobe,
            singles[0]["url"],
            chapters=True,
            headers=singles[0].get("http_headers"),
            timeout=self._timeout,
            proxy=self._proxy(),
        )
        chapters = [
            {
                "start_time": float(c["start_time"]),
                "end_time": float(c["end_time"]),
                "title": str((c.get("tags") or {}).get("title") or ""),
            }
            for c in (probed or {}).get("chapters") or []
            if c.get("start_time") is not None and c.get("end_time") is not None
        ]
        if chapters:
            info["chapters"] = chapters
            self.notes.append(
                translate("FormatFacts", "Read {count} chapters from the file itself.").format(
                    count=len(chapters)
                )
            )
