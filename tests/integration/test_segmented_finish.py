"""The end of a parallel transfer is noticed when the last connection ends, not at the
coordinator's next progress tick (worker/segmented.py)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from yt_dlp import YoutubeDL

from mediadesk.worker import segmented
from tests.conftest import make_payload, sha256


def test_the_last_connection_ending_wakes_the_coordinator(
    server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A tick no test would wait for: the download can only end if the end itself wakes it.
    monkeypatch.setattr(segmented, "TICK", 3600.0)
    data = make_payload(6_000_000, seed=77)
    url = server.add("/wake.mp4", data)
    params = {"quiet": True, "no_warnings": True, "outtmpl": str(tmp_path / "out.%(ext)s")}
    failures: list[BaseException] = []

    def download() -> None:
        try:
            with YoutubeDL(params) as ydl:
                segmented.install(ydl, 3)
                ydl.download([url])
        except BaseException as exc:
            failures.append(exc)

    thread = threading.Thread(target=download, daemon=True)
    thread.start()
    thread.join(120)  # a hang detector, not a speed limit
    assert not thread.is_alive(), "the coordinator slept through the end of the transfer"
    assert not failures, failures
    assert len(server.gets("/wake.mp4")) >= 3, "fetched over several connections"
    assert sha256(tmp_path / "out.mp4") == sha256(data)
