"""The final-name rule, in one place: the download names its finished file with it, and the
settings dialog's preview (through ``worker/name_preview.py``) shows what it will produce.

yt-dlp evaluates the template (``evaluate_outtmpl(..., sanitize=True)``, so field values cannot
add path separators); when that yields nothing usable the title is used; the result becomes one
safe path component (``core.filenames.sanitize_stem``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from yt_dlp import YoutubeDL

from mediadesk.core.filenames import sanitize_stem
from mediadesk.core.i18n import translate


@dataclass(frozen=True, slots=True)
class FinalName:
    stem: str  # always usable: a broken template falls back to the title
    problem: str = ""  # why the template cannot be used (the stem is then the fallback)
    note: str = ""  # usable, but worth knowing

    @property
    def ok(self) -> bool:
        return not self.problem


def final_name(ydl: YoutubeDL, template: str, info: Mapping[str, Any]) -> FinalName:
    """The file-name stem (no extension) ``template`` gives the video ``info``."""
    fallback = sanitize_stem(str(info.get("title") or info.get("id") or "download"))
    if not template.strip():
        return FinalName(fallback, problem=translate("Naming", "The file name template is empty."))
    try:
        stem = ydl.evaluate_outtmpl(template, dict(info), sanitize=True)
    except Exception as exc:  # ValueError and friends; must not lose a finished download
        return FinalName(
            fallback,
            problem=translate("Naming", "This template cannot be used: {exc}.").format(exc=exc),
        )
    if not stem.strip() or stem.strip() == "NA":
        note = translate(
            "Naming", "The template gives no name for this video, so the title is used."
        )
        return FinalName(fallback, note=note)
    note = "“NA” stands for a field this video does not have." if "NA" in stem.split() else ""
    return FinalName(sanitize_stem(stem), note=note)


def naming_ydl() -> YoutubeDL:
    """A YoutubeDL for evaluating templates outside a download (it evaluates them the same:
    none of a download's options change how a template is filled in)."""
    return YoutubeDL({"quiet": True, "no_warnings": True})
