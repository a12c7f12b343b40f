"""What an HLS/DASH ``.part`` holds: the ``.ytdl`` record, kept exact across any interruption.

yt-dlp's fragment downloader appends fragments to the ``.part`` in order and records in the
``.ytdl`` file (JSON) the index of the last one appended; a resume skips fragments up to that
index and appends after whatever the ``.part`` holds. That record can be wrong in three ways:

- with ``concurrent_fragment_downloads > 1`` the index written is ``ctx['fragment_index']``,
  which every fetching thread also overwrites (with the count of fragments *fetched*) when one
  of its fragments finishes; a finish between the appending thread setting it and writing it
  records fragments that are not in the ``.part``, and a resume silently skips them;
- a crash between appending a fragment and writing the record appends it twice on resume
  (the ``.part`` is opened for appending, whatever its length);
- a crash while the record is rewritten in place (truncated, then written) leaves it
  unreadable: yt-dlp then starts at fragment 1 but still appends to the old ``.part``.

So MediaDesk writes the record itself (worker/parallel_fragments.py): the index only ever
covers fragments whose bytes are in the ``.part``, the record also says how many bytes that
is, it is replaced atomically, and :func:`settle` makes the files agree with it before
yt-dlp reads them. Pure file work: no yt-dlp, no threads.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KEY = "mediadesk"  # our part of the .ytdl JSON (yt-dlp ignores keys it does not know)


@dataclass(frozen=True, slots=True)
class Record:
    """Fragments ``1..index`` are in the ``.part``, which then holds ``size`` bytes
    (``size`` is None in a record yt-dlp wrote itself)."""

    index: int
    size: int | None
    fragment_count: int | None = None
    extra_state: dict[str, Any] | None = None

    def to_json(self) -> str:
        downloader: dict[str, Any] = {"current_fragment": {"index": self.index}}
        if self.extra_state is not None:
            downloader["extra_state"] = self.extra_state
        if self.fragment_count is not None:
            downloader["fragment_count"] = self.fragment_count
        data: dict[str, Any] = {"downloader": downloader}
        if self.size is not None:
            data[KEY] = {"size": self.size}
        return json.dumps(data)


class Unreadable(Exception):
    """The record exists but cannot be trusted (not JSON, wrong shape)."""


def read(path: Path) -> Record | None:
    """The record at ``path``; None when there is none. Raises :class:`Unreadable`."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise Unreadable(str(exc)) from exc
    try:
        data = json.loads(text)
        index = data["downloader"]["current_fragment"]["index"]
        size = (data.get(KEY) or {}).get("size")
        count = data["downloader"].get("fragment_count")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise Unreadable(str(exc)) from exc
    if not _count(index) or (size is not None and not _count(size)):
        raise Unreadable(f"index {index!r}, size {size!r}")
    return Record(index, size, count if _count(count) else None)


def write(path: Path, record: Record) -> None:
    """Replace the record atomically: a crash leaves the old one or the new one."""
    temp = _temp(path)
    with temp.open("w", encoding="utf-8") as fh:
        fh.write(record.to_json())
    os.replace(temp, path)


def settle(part: Path, ytdl: Path) -> list[str]:
    """Make the ``.part`` agree with its record before a resume; returns what was done, for
    the job's log. After it, either both files are gone or absent, or the ``.part`` holds
    exactly what the record says (a record yt-dlp wrote itself is trusted as it stands)."""
    notes: list[str] = []
    _temp(ytdl).unlink(missing_ok=True)  # a crash mid-write: the record itself is intact
    try:
        size = part.stat().st_size
    except FileNotFoundError:
        size = None
    try:
        record = read(ytdl)
    except Unreadable:
        ytdl.unlink(missing_ok=True)
        part.unlink(missing_ok=True)
        return ["The fragment record was damaged; the download starts over."]
    if record is None:
        if size:  # fragments without a record of them: no way to know which
            part.unlink(missing_ok=True)
            notes.append("The partial file had no fragment record; the download starts over.")
        return notes
    if size is None or record.size is None:
        return notes
    if size < record.size:  # bytes the record claims are missing (a power loss)
        ytdl.unlink(missing_ok=True)
        part.unlink(missing_ok=True)
        return ["The partial file is shorter than its record; the download starts over."]
    if size > record.size:  # a fragment appended but not yet recorded: it is fetched again
        os.truncate(part, record.size)
    drop_appended_pieces(part, record.index)
    return notes


def drop_appended_pieces(part: Path, index: int) -> None:
    """Delete fragment files (``<part>-Frag<n>``, whole or partly fetched) whose bytes the
    ``.part`` already has."""
    pattern = re.compile(re.escape(part.name) + r"-Frag(\d+)(\.part)?$")
    try:
        names = os.listdir(part.parent)
    except OSError:
        return
    for name in names:
        match = pattern.match(name)
        if match and int(match.group(1)) <= index:
            (part.parent / name).unlink(missing_ok=True)


def resumable_piece(piece: Path) -> bool:
    """Whether a partly fetched fragment (``<name>.part-Frag<n>.part``) may be continued with
    a Range request: only under a record MediaDesk wrote, whose downloader never stops a
    fragment on its final byte (a complete piece would trip yt-dlp #12994 on resume)."""
    base, found, _ = piece.name.partition(".part-Frag")
    if not found or not piece.name.endswith(".part"):
        return False
    try:
        record = read(piece.with_name(base + ".ytdl"))
    except Unreadable:
        return False
    return record is not None and record.size is not None


def _temp(path: Path) -> Path:
    return path.with_name(path.name + ".tmp")


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
