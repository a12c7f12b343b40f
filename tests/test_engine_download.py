"""End-to-end downloads through the real engine, yt-dlp and a local server."""

from __future__ import annotations

from pathlib import Path

from mediadesk.core.states import JobState
from tests.conftest import make_payload, sha256, wait_state
from tests.support.media_server import Fault


def test_download_completes_and_hash_matches(qtbot, server, make_engine, downloads: Path) -> None:
    data = make_payload(3_000_000)
    url = server.add("/clip.mp4", data)
    engine = make_engine()
    [result] = engine.add_urls([url])
    assert result.ok
    job = wait_state(qtbot, engine, result.job.id, JobState.DONE)
    path = Path(job.file_path)
    assert path.parent == downloads
    assert path.name == "clip.mp4"
    assert sha256(path) == sha256(data)
    assert job.bytes_done == job.bytes_total == len(data)
    assert not list(downloads.glob("mediadesk-*")), "no temp files left behind"
