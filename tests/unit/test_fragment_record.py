"""The HLS/DASH record (worker/fragment_record.py): the .part is made to agree with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediadesk.worker import fragment_record
from mediadesk.worker.fragment_record import Record, Unreadable


def _files(tmp_path: Path, part: bytes | None, record: str | None) -> tuple[Path, Path]:
    part_path, ytdl = tmp_path / "x.mp4.part", tmp_path / "x.mp4.ytdl"
    if part is not None:
        part_path.write_bytes(part)
    if record is not None:
        ytdl.write_text(record, encoding="utf-8")
    return part_path, ytdl


def test_round_trip_keeps_what_ytdlp_reads(tmp_path: Path) -> None:
    path = tmp_path / "x.ytdl"
    fragment_record.write(path, Record(7, 700, 12, {"webvtt_mpegts": 5}))
    data = json.loads(path.read_text())
    assert data["downloader"] == {
        "current_fragment": {"index": 7},
        "extra_state": {"webvtt_mpegts": 5},
        "fragment_count": 12,
    }
    assert fragment_record.read(path) == Record(7, 700, 12)
    assert not list(tmp_path.glob("*.tmp"))


def test_a_record_ytdlp_wrote_has_no_size(tmp_path: Path) -> None:
    _, ytdl = _files(tmp_path, None, '{"downloader": {"current_fragment": {"index": 3}}}')
    assert fragment_record.read(ytdl) == Record(3, None)


@pytest.mark.parametrize(
    "text", ["", "{", '{"downloader": {}}', '{"downloader": {"current_fragment": {"index": -1}}}']
)
def test_damaged_records_are_unreadable(tmp_path: Path, text: str) -> None:
    _, ytdl = _files(tmp_path, None, text)
    with pytest.raises(Unreadable):
        fragment_record.read(ytdl)


def test_bytes_appended_after_the_record_are_cut(tmp_path: Path) -> None:
    part, ytdl = _files(tmp_path, b"A" * 10 + b"B" * 5, Record(2, 10).to_json())
    assert fragment_record.settle(part, ytdl) == []
    assert part.read_bytes() == b"A" * 10
    assert fragment_record.read(ytdl) == Record(2, 10)


def test_fragment_files_the_part_already_holds_are_dropped(tmp_path: Path) -> None:
    part, ytdl = _files(tmp_path, b"A" * 10, Record(2, 10).to_json())
    for name in ("Frag1", "Frag2.part", "Frag3", "Frag4.part"):
        (tmp_path / f"x.mp4.part-{name}").write_bytes(b"f")
    fragment_record.settle(part, ytdl)
    assert sorted(p.name for p in tmp_path.glob("x.*")) == [
        "x.mp4.part",
        "x.mp4.part-Frag3",
        "x.mp4.part-Frag4.part",
        "x.mp4.ytdl",
    ]


@pytest.mark.parametrize(
    ("part", "record", "note"),
    [
        (b"A" * 4, Record(2, 10).to_json(), "shorter than its record"),
        (b"A" * 4, "{not json", "damaged"),
        (b"A" * 4, None, "no fragment record"),
    ],
)
def test_a_part_that_cannot_be_trusted_starts_over(
    tmp_path: Path, part: bytes, record: str | None, note: str
) -> None:
    part_path, ytdl = _files(tmp_path, part, record)
    notes = fragment_record.settle(part_path, ytdl)
    assert len(notes) == 1 and note in notes[0]
    assert not part_path.exists() and not ytdl.exists()


def test_a_record_ytdlp_wrote_is_trusted_as_it_stands(tmp_path: Path) -> None:
    part, ytdl = _files(tmp_path, b"A" * 15, '{"downloader": {"current_fragment": {"index": 2}}}')
    assert fragment_record.settle(part, ytdl) == []
    assert part.stat().st_size == 15


def test_a_record_left_half_written_is_ignored(tmp_path: Path) -> None:
    part, ytdl = _files(tmp_path, b"A" * 10, Record(2, 10).to_json())
    (tmp_path / "x.mp4.ytdl.tmp").write_text('{"downl', encoding="utf-8")
    fragment_record.settle(part, ytdl)
    assert fragment_record.read(ytdl) == Record(2, 10)
    assert not (tmp_path / "x.mp4.ytdl.tmp").exists()


def test_only_pieces_under_a_mediadesk_record_are_continued(tmp_path: Path) -> None:
    piece = tmp_path / "x.mp4.part-Frag3.part"
    piece.write_bytes(b"f")
    assert not fragment_record.resumable_piece(piece), "no record"
    _files(tmp_path, None, '{"downloader": {"current_fragment": {"index": 2}}}')
    assert not fragment_record.resumable_piece(piece), "yt-dlp's own record"
    _files(tmp_path, None, Record(2, 10).to_json())
    assert fragment_record.resumable_piece(piece)
    assert not fragment_record.resumable_piece(tmp_path / "x.mp4.part-Frag3")
