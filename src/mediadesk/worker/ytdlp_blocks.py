"""Read-block sizing for yt-dlp's HTTP downloader, aimed at a prompt pause.

A read waits for its whole block, and yt-dlp grows blocks to about one second of data (up to
4 MiB), so the progress hook — the only place a pause can take effect — runs about once a
second. Fixed small blocks fix that but cost throughput on fast links. This policy aims at
~1/20 s of data per block: twenty hooks a second at any speed, up to 4 MiB on fast links.
"""

from __future__ import annotations

from yt_dlp.downloader.http import HttpFD

MIN_BLOCK = 16 * 1024
MAX_BLOCK = 4 * 1024 * 1024
TARGET_SECONDS = 0.05


def block_size_for(elapsed: float, received: int) -> int:
    """Next block size from how long the last block of ``received`` bytes took."""
    if received <= 0:
        return MIN_BLOCK
    if elapsed < 0.001:
        return min(MAX_BLOCK, max(MIN_BLOCK, received * 2))
    wanted = received / elapsed * TARGET_SECONDS
    # Change gradually (at most x2 per block) so one odd block does not swing the size.
    wanted = min(wanted, received * 2.0)
    return int(min(MAX_BLOCK, max(MIN_BLOCK, wanted)))


def install() -> None:
    """Use this policy for every yt-dlp HTTP download in the process (idempotent).

    yt-dlp has no option for it; HttpFD calls ``self.best_block_size(elapsed, bytes)``.
    """
    if getattr(HttpFD, "_mediadesk_blocks", False):
        return
    HttpFD.best_block_size = staticmethod(block_size_for)  # type: ignore[method-assign]
    HttpFD._mediadesk_blocks = True  # type: ignore[attr-defined]
