"""``python -m mediadesk.worker.name_preview``: what a file-name template will produce.

Reads ``{"template": ..., "info": {...} | null}`` on stdin and prints one JSON line (see
``core/name_preview.py``). A short-lived process, so the settings dialog shows exactly what a
download would name its file without loading yt-dlp into the app process.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

from mediadesk.core.filenames import sanitize_extension
from mediadesk.core.name_preview import (
    NamePreview,
    decode_preview_request,
    encode_preview,
)
from mediadesk.worker.naming import final_name, naming_ydl

SAMPLE_INFO: dict[str, Any] = {
    "id": "aqz-KE-bpKQ",
    "title": "Big Buck Bunny",
    "ext": "mp4",
    "uploader": "Blender Foundation",
    "channel": "Blender Foundation",
    "upload_date": "20080529",
    "duration": 596,
    "width": 1920,
    "height": 1080,
    "resolution": "1920x1080",
    "extractor": "youtube",
    "webpage_url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
}


def preview(template: str, info: Mapping[str, Any] | None = None) -> NamePreview:
    """The file name a download of ``info`` (the sample video by default) would get."""
    info = SAMPLE_INFO if info is None else info
    name = final_name(naming_ydl(), template, info)
    if not name.ok:
        return NamePreview(problem=name.problem)
    ext = sanitize_extension(str(info.get("ext") or "mp4"))
    return NamePreview(file_name=f"{name.stem}.{ext}" if ext else name.stem, note=name.note)


def main(argv: list[str]) -> int:
    del argv  # everything comes on stdin
    try:
        template, info = decode_preview_request(sys.stdin.read())
    except (ValueError, KeyError, TypeError) as exc:
        print(f"name preview: unreadable request: {exc}", file=sys.stderr)
        return 2
    print(encode_preview(preview(template, info)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
