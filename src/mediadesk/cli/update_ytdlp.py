"""``mediadesk --update-ytdlp [--pre]``: install, check and switch to the newest yt-dlp.

Exit status 0 when a good newer version now runs new downloads or there was none; 1 when a
newer one was refused (the old one stays) or could not be fetched.
"""

from __future__ import annotations

from typing import TextIO

from mediadesk.updates.updater import update_ytdlp


def run_update(*, pre: bool, out: TextIO, err: TextIO) -> int:
    result = update_ytdlp(pre=pre, progress=lambda step: print(step, file=err, flush=True))
    print(f"mediadesk: {result.message}", file=out if result.ok else err)
    return 0 if result.ok else 1
