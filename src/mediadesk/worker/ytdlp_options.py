"""The worker's pure function from a job's options to yt-dlp parameters (tested offline)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from yt_dlp.utils import download_range_func

from mediadesk.core.choice import choice_for_preset
from mediadesk.core.download_options import DownloadOptions
from mediadesk.core.filenames import temp_stem
from mediadesk.core.job import FormatPreset
from mediadesk.worker.format_plan import plan
from mediadesk.worker.runtime import find_deno, js_runtimes_option

BLOCK_SIZE = 64 * 1024
FIND_DENO = object()  # build_ydl_options looks the runtime up itself
CHAPTER_MARK = " - chapter "  # split-chapter files: "<temp stem> - chapter 001 Intro.mp4"


def format_plan(preset: FormatPreset, ffmpeg: str | None) -> tuple[str, list[dict[str, Any]], str]:
    """(format selector, post-processors, note for the log) for a one-click preset."""
    chosen = plan(choice_for_preset(preset), ffmpeg)
    return chosen.format, chosen.postprocessors, " ".join(chosen.notes)


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
    chosen = plan(opts.download_choice, opts.ffmpeg)
    params: dict[str, Any] = {
        "format": chosen.format,
        "postprocessors": list(chosen.postprocessors),
        # A job-id based name: a resume after pause, quit or crash finds the same .part.
        "outtmpl": {
            "default": temp_stem(opts.job_id) + ".%(ext)s",
            "chapter": temp_stem(opts.job_id)
            + CHAPTER_MARK
            + "%(section_number)03d %(section_title)s.%(ext)s",
        },
        "paths": {"home": opts.output_dir, "temp": opts.output_dir},
        "continuedl": True,
        # yt-dlp fixes up (e.g. remuxes an HLS stream into its MP4 container) only a file it
        # downloaded in this run; one a pause or crash left complete may never have been
        # fixed up, and the fixups are safe to repeat.
        "fixup": "force",
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
        # yt-dlp's parallel fragments lose data across cancel+resume: the worker fetches
        # them in parallel itself (worker/parallel_fragments.py), by the connections setting.
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
    params.update(chosen.params)
    if chosen.section is not None:
        params["download_ranges"] = download_range_func(None, [chosen.section])
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
