"""What a file-name template will produce, computed the way the runner names finished files.

The runner evaluates the template with yt-dlp (``evaluate_outtmpl(..., sanitize=True)``),
falls back to the title when that yields nothing, and makes the result a safe file name;
the preview follows the same steps on a sample video so what people see is what they get.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from yt_dlp import YoutubeDL

from mediadesk.core.filenames import sanitize_stem

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


@dataclass(frozen=True, slots=True)
class NamePreview:
    file_name: str = ""
    problem: str = ""  # the template cannot be used at all
    note: str = ""  # usable, but worth knowing (e.g. falls back to the title)

    @property
    def ok(self) -> bool:
        return not self.problem


class NamePreviewer:
    """Keeps one private YoutubeDL for evaluating templates (GUI thread only)."""

    def __init__(self) -> None:
        self._ydl: YoutubeDL | None = None

    def preview(self, template: str, info: dict[str, Any] | None = None) -> NamePreview:
        info = SAMPLE_INFO if info is None else info
        ext = str(info.get("ext") or "mp4")
        if not template.strip():
            return NamePreview(problem="The file name template is empty.")
        if self._ydl is None:
            # Imported on first use: yt-dlp costs ~0.1 s to import, every launch otherwise.
            from yt_dlp import YoutubeDL

            self._ydl = YoutubeDL({"quiet": True, "no_warnings": True})
        try:
            stem = self._ydl.evaluate_outtmpl(template, dict(info), sanitize=True)
        except Exception as exc:  # yt-dlp raises ValueError and friends for broken templates
            return NamePreview(problem=f"This template cannot be used: {exc}.")
        note = ""
        if not stem.strip() or stem.strip() == "NA":
            stem = str(info.get("title") or info.get("id") or "download")
            note = "The template gives no name for this video, so the title is used."
        elif "NA" in stem.split():
            note = "“NA” stands for a field this video does not have."
        return NamePreview(file_name=f"{sanitize_stem(stem)}.{ext}", note=note)
