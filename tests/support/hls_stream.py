"""An HLS stream of many small fragments, made with ffmpeg, and the ways tests look at it.

A keyframe every 0.3 s and ``-hls_time 0.3`` give one fragment per 0.3 s of video, so a
stream of N fragments takes about a second to make. Used by the parallel-fragment tests
and bench/hls.py.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tests.support.media_server import MediaServer

FRAGMENT_SECONDS = 0.3
RATE = 10  # frames per second: a keyframe every 3 frames is one every 0.3 s


@dataclass(frozen=True)
class HlsStream:
    folder: Path
    fragments: list[str]  # file names, in playlist order

    @property
    def sizes(self) -> list[int]:
        return [(self.folder / name).stat().st_size for name in self.fragments]

    @property
    def total(self) -> int:
        return sum(self.sizes)

    def fragments_in(self, size: int) -> int | None:
        """How many whole fragments a file of ``size`` bytes made by appending them holds
        (None when ``size`` falls inside a fragment)."""
        done = 0
        for count, fragment in enumerate(self.sizes):
            if done == size:
                return count
            done += fragment
        return len(self.sizes) if done == size else None


def make_hls(folder: Path, fragments: int, *, size: str = "160x120") -> HlsStream:
    """A VOD playlist ``index.m3u8`` with ``fragments`` MPEG-TS fragments ``seg<n>.ts``."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "ffmpeg", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", f"testsrc=duration={fragments * FRAGMENT_SECONDS:.1f}:"
            f"size={size}:rate={RATE}",
            "-c:v", "libx264", "-preset", "ultrafast", "-g", "3", "-pix_fmt", "yuv420p",
            "-f", "hls", "-hls_time", str(FRAGMENT_SECONDS), "-hls_list_size", "0",
            "-hls_playlist_type", "vod",
            "-hls_segment_filename", str(folder / "seg%d.ts"), str(folder / "index.m3u8"),
        ],
        check=True,
    )  # fmt: skip
    lines = (folder / "index.m3u8").read_text(encoding="utf-8").splitlines()
    names = [line for line in lines if line and not line.startswith("#")]
    return HlsStream(folder, names)


def serve_hls(
    server: MediaServer, stream: HlsStream, prefix: str, *, throttle: float | None = None
) -> str:
    """Serve the stream under ``prefix`` (each fragment capped per connection at
    ``throttle`` bytes/s); returns the playlist's URL."""
    for name in stream.fragments:
        server.add(
            f"{prefix}/{name}",
            (stream.folder / name).read_bytes(),
            content_type="video/mp2t",
            throttle=throttle,
        )
    return server.add(
        f"{prefix}/index.m3u8",
        (stream.folder / "index.m3u8").read_bytes(),
        content_type="application/vnd.apple.mpegurl",
    )


def fragment_fetches(server: MediaServer, prefix: str, since: int = 0) -> Counter[str]:
    """GETs per fragment that delivered bytes (a request cut before any byte is no fetch)."""
    return Counter(
        r.path
        for r in server.requests[since:]
        if r.method == "GET" and r.path.startswith(f"{prefix}/seg") and r.bytes_sent
    )


def fragment_bytes(server: MediaServer, prefix: str, since: int = 0) -> int:
    """Body bytes the server sent for the stream's fragments."""
    return sum(
        r.bytes_sent
        for r in server.requests[since:]
        if r.method == "GET" and r.path.startswith(f"{prefix}/seg")
    )
