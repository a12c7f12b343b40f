"""Check a finished file against what its choice promised, and say what it could not keep.

"Finished" used to mean "yt-dlp returned": a silent video from an HLS master, a 1080p file
for "up to 720p". Now ffprobe (found next to ffmpeg) looks at the result; what differs from
the promise becomes a note in the job's details and log, and a video without its audio gets
the separate audio merged in (``merge_audio``) when the media offers one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediadesk.core.choice import DownloadChoice
from mediadesk.core.i18n import translate
from mediadesk.worker.format_facts import ffprobe_json

DURATION_SLACK = 2.0  # seconds; and 5 % of the length, whichever is larger
NO_AUDIO = translate("Verify", "This source has no audio.")


def find_ffprobe(ffmpeg: str | None) -> str | None:
    """ffprobe beside the ffmpeg in use, else on PATH; None skips verification."""
    if ffmpeg:
        sibling = Path(ffmpeg).with_name("ffprobe")
        if sibling.is_file() and os.access(sibling, os.X_OK):
            return str(sibling)
    return shutil.which("ffprobe")


@dataclass(frozen=True, slots=True)
class Streams:
    """What a media file holds, as ffprobe sees it."""

    video: bool
    audio: bool
    height: int | None = None
    duration: float | None = None

    @classmethod
    def of(cls, probed: dict[str, Any]) -> Streams:
        streams = probed.get("streams") or []
        videos = [
            s
            for s in streams
            if s.get("codec_type") == "video"
            and not (s.get("disposition") or {}).get("attached_pic")  # an embedded cover
        ]
        audio = any(s.get("codec_type") == "audio" for s in streams)
        height = max((int(s["height"]) for s in videos if s.get("height")), default=None)
        duration = _number((probed.get("format") or {}).get("duration"))
        return cls(bool(videos), audio, height, duration)


def inspect(ffprobe: str, path: Path) -> Streams | None:
    probed = ffprobe_json(ffprobe, str(path))
    return Streams.of(probed) if probed is not None else None


def notes_for(
    choice: DownloadChoice,
    found: Streams,
    *,
    expected_duration: float | None,
    heights_offered: list[int],
    separate_audio: bool,
) -> list[str]:
    """What ``found`` does not deliver of ``choice`` (pure; the caller repairs what it can)."""
    notes: list[str] = []
    if choice.audio_only:
        if found.video:
            notes.append(translate("Verify", "The file still has a video stream."))
        if not found.audio:
            notes.append(translate("Verify", "The file has no audio."))
    else:
        if not found.video:
            notes.append(translate("Verify", "The file has no video: only audio was offered."))
        if not found.audio:
            notes.append(
                translate("Verify", "The separate audio could not be added.")
                if separate_audio
                else NO_AUDIO
            )
        cap = choice.max_height
        if cap and found.height and found.height > cap and not choice.format_id:
            below = [h for h in heights_offered if h <= cap]
            if not below:
                larger = sorted({h for h in heights_offered if h > cap} | {found.height})
                if len(larger) == 1:
                    notes.append(
                        translate("Verify", "Only {height}p was offered.").format(
                            height=found.height
                        )
                    )
                else:
                    notes.append(
                        translate(
                            "Verify",
                            "Nothing up to {cap}p was offered: {height}p (the smallest) was "
                            "downloaded.",
                        ).format(cap=cap, height=found.height)
                    )
            else:
                notes.append(f"{found.height}p was downloaded although {cap}p was asked for.")
    expected = expected_duration
    if choice.has_section and expected is not None:
        start = choice.section_start or 0.0
        end = choice.section_end if choice.section_end is not None else expected
        expected = max(0.0, min(end, expected) - start)
    elif choice.has_section and choice.section_end is not None:
        expected = choice.section_end - (choice.section_start or 0.0)
    slack = max(DURATION_SLACK, 0.05 * (expected or 0.0))
    if expected and found.duration is not None and abs(found.duration - expected) > slack:
        notes.append(
            translate(
                "Verify", "The file lasts {duration:.1f} s where {expected:.1f} s were expected."
            ).format(duration=found.duration, expected=expected)
        )
    return notes


def merge_audio(ffmpeg: str, video: Path, audio: Path, *, timeout: float = 600.0) -> str:
    """Put ``audio``'s first audio stream into ``video`` (in place, streams copied); returns
    '' or what went wrong."""
    out = video.with_name(video.stem + ".merging" + video.suffix)
    cmd = [
        ffmpeg, "-y", "-loglevel", "error", "-i", str(video), "-i", str(audio),
        "-map", "0", "-map", "1:a:0", "-c", "copy", "-map_metadata", "0", str(out),
    ]  # fmt: skip
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        out.unlink(missing_ok=True)
        return str(exc)
    if done.returncode != 0 or not out.exists():
        out.unlink(missing_ok=True)
        text = done.stderr.decode("utf-8", "replace").strip().splitlines()
        return text[-1] if text else f"ffmpeg exited with {done.returncode}"
    os.replace(out, video)
    return ""


def _number(value: Any) -> float | None:
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None
