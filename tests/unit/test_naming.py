"""One final-name rule: the name the download worker gives a finished file is the name the
settings dialog's preview shows (both run ``worker.naming.final_name``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from yt_dlp import YoutubeDL

from mediadesk.core.download_options import DownloadOptions
from mediadesk.core.job import EventKind, FormatPreset, Phase, ProgressSnapshot
from mediadesk.core.name_preview import (
    NamePreview,
    decode_preview,
    decode_preview_request,
    encode_preview,
    encode_preview_request,
)
from mediadesk.core.outcome import OutcomeKind, RunRequest
from mediadesk.worker.download_job import DownloadJob
from mediadesk.worker.name_preview import SAMPLE_INFO, preview
from mediadesk.worker.naming import final_name
from mediadesk.worker.ytdlp_options import build_ydl_options


class _Silent:
    def progress(self, snapshot: ProgressSnapshot) -> None: ...

    def phase(self, phase: Phase) -> None: ...

    def titled(self, title: str) -> None: ...

    def identified(self, extractor: str, video_id: str) -> None: ...

    def log(self, kind: EventKind, message: str) -> None: ...


def worker_file_name(folder: Path, template: str, info: dict[str, Any]) -> str:
    """The name the download worker gives its finished temp file, through its own code."""
    options = DownloadOptions(job_id="j1", output_dir=str(folder), preset=FormatPreset.BEST)
    temp = folder / f"mediadesk-j1.{info['ext']}"
    temp.write_bytes(b"media")
    result = {**info, "requested_downloads": [{"filepath": str(temp)}]}
    job = DownloadJob("j1", RunRequest("http://127.0.0.1/x", options, template), _Silent())
    with YoutubeDL(build_ydl_options(options)) as ydl:
        outcome = job._deliver(ydl, result)
    assert outcome.kind is OutcomeKind.DONE
    Path(outcome.file_path).unlink()
    return Path(outcome.file_path).name


@pytest.mark.parametrize(
    ("template", "name"),
    [
        ("%(title)s", "Big Buck Bunny.mp4"),
        ("%(uploader)s - %(title)s", "Blender Foundation - Big Buck Bunny.mp4"),
        (
            "%(upload_date>%Y-%m-%d)s %(title)s [%(id)s]",
            "2008-05-29 Big Buck Bunny [aqz-KE-bpKQ].mp4",
        ),
        ("%(title)s/%(id)s", "Big Buck Bunny_aqz-KE-bpKQ.mp4"),  # one path component
        ("%(series)s - %(title)s", "NA - Big Buck Bunny.mp4"),
        ("%(nonexistent)s", "Big Buck Bunny.mp4"),  # nothing usable: the title
        ("   ", "Big Buck Bunny.mp4"),  # refused in the dialog; a download uses the title
        ("%(title", "Big Buck Bunny.mp4"),  # refused in the dialog; a download uses the title
        (".hidden %(title)s", "hidden Big Buck Bunny.mp4"),
    ],
)
def test_the_worker_names_files_as_the_preview_shows(
    tmp_path: Path, template: str, name: str
) -> None:
    shown = preview(template)
    assert worker_file_name(tmp_path, template, SAMPLE_INFO) == name
    if shown.ok:
        assert shown.file_name == name
    with YoutubeDL({"quiet": True}) as ydl:
        assert f"{final_name(ydl, template, SAMPLE_INFO).stem}.mp4" == name


def test_titles_with_separators_give_the_same_safe_name_in_both(tmp_path: Path) -> None:
    info = {**SAMPLE_INFO, "title": "AC/DC: Live | 1991 ", "ext": "webm"}
    for template in ("%(title)s", "%(uploader)s/%(title)s"):
        shown = preview(template, info)
        assert shown.file_name == worker_file_name(tmp_path, template, info)
        assert "/" not in shown.file_name and shown.file_name.endswith(" 1991.webm")


def test_the_preview_explains_unusable_and_missing_fields() -> None:
    assert "empty" in preview("   ").problem
    assert "cannot be used" in preview("%(title").problem
    assert "title is used" in preview("%(nonexistent)s").note
    assert "NA" in preview("%(series)s - %(title)s").note
    assert preview("%(title)s").note == ""


def test_preview_messages_survive_the_trip_between_processes() -> None:
    value = NamePreview(file_name="Ünïcode “name”.mp4", note="a note")
    assert decode_preview("yt-dlp chatter\n" + encode_preview(value) + "\n") == value
    assert decode_preview_request(encode_preview_request("%(id)s", {"ext": "mkv"})) == (
        "%(id)s",
        {"ext": "mkv"},
    )
    assert decode_preview_request(encode_preview_request("%(id)s")) == ("%(id)s", None)
    with pytest.raises(ValueError):
        decode_preview("")
    with pytest.raises(ValueError):
        decode_preview_request('{"template": "x", "info": [1]}')
