"""Files that come with a download (subtitles saved beside it, chapter pieces) get names that
follow the final file's, not the job-id name yt-dlp wrote them under.

Runs after the main file is finished and again when a relaunch recovers a finished job, so a
crash in between leaves nothing under a temp name.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from mediadesk.core.filenames import glob_escape, move_to_unique, temp_stem
from mediadesk.worker.ytdlp_options import CHAPTER_MARK

# Temp-named files that are yt-dlp's own leftovers, never something to keep.
_TEMP_SUFFIXES = (".part", ".ytdl", ".json", ".tmp")


def rename_sidecars(job_id: str, final: Path) -> list[Path]:
    """Rename ``mediadesk-<id>.<lang>.srt`` to ``<final stem>.<lang>.srt`` and
    ``mediadesk-<id> - chapter 001 x.mp4`` to ``<final stem> - chapter 001 x.mp4``."""
    directory = final.parent
    stem = temp_stem(job_id)
    moved: list[Path] = []
    candidates = list(directory.glob(f"{glob_escape(stem)}.*")) + list(
        directory.glob(f"{glob_escape(stem + CHAPTER_MARK)}*")
    )
    for path in sorted(candidates):
        if not path.is_file() or path.name.endswith(_TEMP_SUFFIXES) or "-Frag" in path.name:
            continue
        rest = path.name[len(stem) :]  # ".en.srt" or " - chapter 001 Intro.mp4"
        new_stem, _, ext = (final.stem + rest).rpartition(".")
        with contextlib.suppress(OSError):
            moved.append(move_to_unique(path, directory, new_stem, ext))
    return moved
