"""The worker's pure function from a job's options to yt-dlp parameters (tested offline)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mediadesk.core.download_options import DownloadOptions
from mediadesk.core.filenames import temp_stem
from mediadesk.core.job import FormatPreset
from mediadesk.worker.runtime import find_deno, js_runtimes_option

BLOCK_SIZE = 64 * 1024
FIND_DENO = object()  # build_ydl_options looks the runtime up itself
_VIDEO_FORMATS = {
    FormatPreset.BEST: ("bv*+ba/b", "b"),
    FormatPreset.UP_TO_1080P: (
        "bv*[height<=1080]+ba/b[height<=1080]/b",
        "b[height<=1080]/b",
    ),
    FormatPreset.UP_TO_720P: (
        "bv*[height<=720]+ba/b[height<=720]/b",
        "b[height<=720]/b",
    ),
}


def format_plan(preset: FormatPreset, ffmpeg: str | None) -> tuple[str, list[dict[str, Any]], str]:
    """(format selector, post-processors, note for the log) for a preset."""
    if preset is FormatPreset.AUDIO:
        if ffmpeg:
            pps = [{"key": "FFmpegExtractAudio", "preferredcodec": "mp3", "preferredquality": "0"}]
            return "ba/b", pps, ""
        return (
            "ba[ext=m4a]/ba",
            [],
            "ffmpeg was not found: downloading the best m4a audio as offered (no mp3 conversion).",
        )
    merged, single = _VIDEO_FORMATS[preset]
    if ffmpeg:
        return merged, [], ""
    return (
        single,
        [],
        "ffmpeg was not found: downloading the best single file instead of merging "
        "separate video and audio.",
    )


def build_ydl_options(
    opts: DownloadOptions,
    *,
    progress_hook: Callable[[dict[str, Any]], None] | None = None,
    postprocessor_hook: Callable[[dict[str, Any]], None] | None = None,
    logger: Any = None,
    deno_path: str | object | None = FIND_DENO,
) -> dict[str, Any]:
    """yt-dlp parameters for one job. The API's defaults differ from the CLI's (0 retries),
    so every value that matters is set here explicitly."""
    fmt, postprocessors, _note = format_plan(opts.preset, opts.ffmpeg)
    params: dict[str, Any] = {
        "format": fmt,
        "postprocessors": postprocessors,
        # A job-id based name: a resume after pause, quit or crash finds the same .part.
        "outtmpl": {"default": temp_stem(opts.job_id) + ".%(ext)s"},
        "paths": {"home": opts.output_dir, "temp": opts.output_dir},
        "continuedl": True,
        "nopart": False,
        "overwrites": False,
        "noplaylist": True,
        "retries": opts.retries,
        "fragment_retries": opts.fragment_retries,
        "extractor_retries": opts.retries,
        "file_access_retries": 3,
        "socket_timeout": opts.socket_timeout,
        # Start small; core/ytdlp_blocks.py sizes later blocks to ~0.1 s of data so a pause
        # (which acts in the progress hook, once per block) is prompt at any speed.
        "buffersize": BLOCK_SIZE,
        "noresizebuffer": False,
        # Parallel fragments lost data across cancel+resume; one at a time resumes exactly.
        "concurrent_fragment_downloads": 1,
        "skip_unavailable_fragments": False,
        "keep_fragments": False,
        "noprogress": True,
        "quiet": True,
        "no_warnings": False,
        "color": {"stdout": "no_color", "stderr": "no_color"},
        "updatetime": False,
        "writethumbnail": False,
        "progress_hooks": [progress_hook] if progress_hook else [],
        "postprocessor_hooks": [postprocessor_hook] if postprocessor_hook else [],
    }
    if opts.ffmpeg:
        params["ffmpeg_location"] = opts.ffmpeg
    if opts.rate_limit:
        params["ratelimit"] = int(opts.rate_limit)
    if logger is not None:
        params["logger"] = logger
    # By absolute path: a desktop launcher's PATH may lack the environment's scripts folder.
    runtimes = js_runtimes_option(find_deno() if deno_path is FIND_DENO else deno_path)  # type: ignore[arg-type]
    if runtimes:
        params["js_runtimes"] = runtimes
    return params
