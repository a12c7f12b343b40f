"""Why yt-dlp's parallel fragments lose data across a stop and a resume, and that MediaDesk's
fragment downloader (worker/parallel_fragments.py) does not.

yt-dlp writes the ``.ytdl`` record with ``ctx['fragment_index']`` after appending a fragment,
but with ``concurrent_fragment_downloads > 1`` every fetching thread also sets that key (to
the count of fragments *fetched*) when one of its fragments finishes. A finish between the
appending thread setting it and writing it records fragments that are not in the ``.part``.
These tests watch the two files from the progress hook (called on the fetching threads) and
take an exact snapshot of them: what a ``kill -9`` at that instant would leave, and what a
pause then would have left too unless a later append happened to rewrite the record.

Real yt-dlp against the local server; no worker process.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from yt_dlp import YoutubeDL
from yt_dlp.utils import DownloadCancelled

from mediadesk.worker.parallel_fragments import install
from tests.support.hls_stream import HlsStream, make_hls, serve_hls

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")

FRAGMENTS = 120
PER_CONNECTION = 150_000  # bytes per second: fragments of ~7 KB take ~50 ms each


@pytest.fixture(scope="module")
def stream(tmp_path_factory: pytest.TempPathFactory) -> HlsStream:
    return make_hls(tmp_path_factory.mktemp("frag-record"), FRAGMENTS)


@dataclass(frozen=True)
class Snapshot:
    """The record and the ``.part`` as they were at one instant."""

    record: str
    part: bytes

    @property
    def index(self) -> int:
        return json.loads(self.record)["downloader"]["current_fragment"]["index"]

    def restore(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "x.mp4.ytdl").write_text(self.record, encoding="utf-8")
        (folder / "x.mp4.part").write_bytes(self.part)


@dataclass
class Watcher:
    """Called as a progress hook: looks at the record and the ``.part`` together."""

    folder: Path
    stream: HlsStream
    every: int = 0  # also keep a snapshot every this many exact looks (0: none)
    stop_on_overclaim: bool = False
    overclaims: list[Snapshot] = field(default_factory=list)
    kept: list[Snapshot] = field(default_factory=list)
    _looks: int = 0

    def __call__(self, status: dict[str, Any]) -> None:
        snapshot = self._exact()
        if snapshot is None:
            return
        self._looks += 1
        held = self.stream.fragments_in(len(snapshot.part))
        if held is not None and snapshot.index > held:
            self.overclaims.append(snapshot)
            if self.stop_on_overclaim:
                raise DownloadCancelled()  # a pause arriving at this instant
        elif self.every and self._looks % self.every == 0:
            self.kept.append(snapshot)

    def _exact(self) -> Snapshot | None:
        """Both files at one instant: the record read while the .part kept its size."""
        part, record = self.folder / "x.mp4.part", self.folder / "x.mp4.ytdl"
        try:
            before = part.stat().st_size
            text = record.read_text(encoding="utf-8")
            if part.stat().st_size != before:
                return None
            json.loads(text)
            with part.open("rb") as fh:
                data = fh.read(before)  # appends only add after it
        except (OSError, ValueError):
            return None
        return Snapshot(text, data)


def _download(folder: Path, url: str, *, ours: int | None, stock_threads: int = 1, hook=None):
    """One yt-dlp run; ``ours``: MediaDesk's downloader with that many connections."""
    params = {
        "outtmpl": str(folder / "x.%(ext)s"),
        "quiet": True,
        "noprogress": True,
        "continuedl": True,
        "concurrent_fragment_downloads": stock_threads,
        "skip_unavailable_fragments": False,
        "fragment_retries": 3,
        "fixup": "never",  # the file is the fragments, appended: sizes can be counted
        "progress_hooks": [hook] if hook else [],
    }
    folder.mkdir(parents=True, exist_ok=True)
    with YoutubeDL(params) as ydl:
        if ours is not None:
            install(ydl, ours)
        try:
            return ydl.download([url])
        except DownloadCancelled:
            return None


@pytest.fixture(scope="module")
def whole(stream: HlsStream, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The stream downloaded the plain way: one fragment at a time, never interrupted."""
    from tests.support.media_server import MediaServer

    folder = tmp_path_factory.mktemp("whole")
    with MediaServer() as server:
        assert _download(folder, serve_hls(server, stream, "/w"), ours=None) == 0
    data = (folder / "x.mp4").read_bytes()
    assert data == b"".join((stream.folder / name).read_bytes() for name in stream.fragments)
    return data


def test_stock_parallel_fragments_record_fragments_the_part_lacks_and_resume_skips_them(
    server, stream: HlsStream, whole: bytes, tmp_path: Path
) -> None:
    url = serve_hls(server, stream, "/stock", throttle=PER_CONNECTION)
    watcher = Watcher(tmp_path / "run", stream, stop_on_overclaim=True)
    _download(tmp_path / "run", url, ours=None, stock_threads=4, hook=watcher)
    assert watcher.overclaims, f"the record never ran ahead of the .part in {FRAGMENTS} fragments"

    snapshot = watcher.overclaims[0]
    held = stream.fragments_in(len(snapshot.part))
    assert held is not None and snapshot.index > held
    snapshot.restore(tmp_path / "resumed")
    assert _download(tmp_path / "resumed", url, ours=None, stock_threads=4) == 0, (
        "yt-dlp reports success"
    )
    result = (tmp_path / "resumed" / "x.mp4").read_bytes()
    skipped = sum(stream.sizes[held : snapshot.index])
    assert len(result) == len(whole) - skipped, "exactly the over-recorded fragments are lost"
    assert result != whole


def test_mediadesk_parallel_fragments_record_only_what_the_part_holds(
    server, stream: HlsStream, whole: bytes, tmp_path: Path
) -> None:
    url = serve_hls(server, stream, "/ours", throttle=PER_CONNECTION)
    watcher = Watcher(tmp_path / "run", stream, every=40)
    assert _download(tmp_path / "run", url, ours=4, hook=watcher) == 0

    assert (tmp_path / "run" / "x.mp4").read_bytes() == whole
    # That the fragments were fetched in parallel is test_engine_hls_parallel's to show: here
    # a slow hook can let one connection finish before the next starts (seen under load).
    assert not watcher.overclaims, [
        (s.index, stream.fragments_in(len(s.part))) for s in watcher.overclaims
    ]
    # What a kill -9 would have left at those instants resumes byte-identical.
    assert len(watcher.kept) >= 3
    for number, snapshot in enumerate(watcher.kept):
        folder = tmp_path / f"resumed{number}"
        snapshot.restore(folder)
        assert _download(folder, url, ours=4) == 0
        assert (folder / "x.mp4").read_bytes() == whole, f"snapshot at {snapshot.index}"
        assert sorted(p.name for p in folder.iterdir()) == ["x.mp4"]


def test_a_kept_piece_longer_than_its_fragment_is_fetched_again_whole(
    server, stream: HlsStream, whole: bytes, tmp_path: Path
) -> None:
    """A kill can land after a fragment's last byte and before yt-dlp renames its piece; the
    server then answers the piece's Range with 416. The fragment is fetched again, whole."""
    url = serve_hls(server, stream, "/longpiece")
    folder = tmp_path / "run"
    folder.mkdir(parents=True, exist_ok=True)
    kept = (stream.folder / stream.fragments[2]).read_bytes() + b"left over"
    (folder / "x.mp4.part-Frag3.part").write_bytes(kept)

    assert _download(folder, url, ours=4) == 0
    assert (folder / "x.mp4").read_bytes() == whole
