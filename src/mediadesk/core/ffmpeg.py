"""Locate ffmpeg: on PATH first, else the optional ``imageio-ffmpeg`` extra."""

from __future__ import annotations

import shutil


def find_ffmpeg() -> str | None:
    """Path to an ffmpeg binary, or None (then presets fall back to single-file formats)."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        return imageio_ffmpeg.get_ffmpeg_exe()
    except (RuntimeError, OSError):
        return None
