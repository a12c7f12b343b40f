"""The file-name preview as it crosses from the name-preview worker to the settings dialog.

The dialog never evaluates a template itself (that needs yt-dlp, which the app process does
not load); it sends the template as one JSON object on the worker's stdin and reads one JSON
object back from its stdout.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class NamePreview:
    file_name: str = ""
    problem: str = ""  # the template cannot be used at all
    note: str = ""  # usable, but worth knowing (e.g. falls back to the title)

    @property
    def ok(self) -> bool:
        return not self.problem


def encode_preview_request(template: str, info: dict[str, Any] | None = None) -> str:
    """``info`` is the video to name; the worker's sample video when None."""
    return json.dumps({"template": template, "info": info})


def decode_preview_request(text: str) -> tuple[str, dict[str, Any] | None]:
    data = json.loads(text)
    info = data.get("info")
    if info is not None and not isinstance(info, dict):
        raise ValueError("info must be a JSON object")
    return str(data["template"]), info


def encode_preview(preview: NamePreview) -> str:
    return json.dumps(asdict(preview))


def decode_preview(text: str) -> NamePreview:
    """The worker's answer: the last line of its output (anything before it is chatter)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise ValueError("the name preview printed nothing")
    data = json.loads(lines[-1])
    return NamePreview(
        file_name=str(data.get("file_name", "")),
        problem=str(data.get("problem", "")),
        note=str(data.get("note", "")),
    )
