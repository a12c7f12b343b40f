"""Ask a worker started by a launcher (forked by its zygote) which yt-dlp it runs."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

from mediadesk.engine.worker_launcher import WorkerLauncher


def probe_through(launcher: WorkerLauncher, env: Mapping[str, str]) -> dict[str, Any]:
    """``{"version": ..., "path": ...}`` of the yt-dlp a ``probe`` worker imported."""
    out_read, out_write = os.pipe()
    try:
        with open(os.devnull, "rb") as nothing, open(os.devnull, "wb") as sink:
            handle = launcher.start(
                ["probe"], stdin=nothing.fileno(), stdout=out_write, stderr=sink.fileno(), env=env
            )
    finally:
        os.close(out_write)
    with os.fdopen(out_read, encoding="utf-8") as out:
        text = out.read()
    assert handle.wait() == 0, text
    lines = [line for line in text.splitlines() if line.strip()]
    report = json.loads(lines[-1])
    assert report["yt_dlp"], report
    return report["yt_dlp"]
