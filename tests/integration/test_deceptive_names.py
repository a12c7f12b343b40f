"""A site's title with a right-to-left override neither names the file nor shows in the list."""

from __future__ import annotations

from pathlib import Path

from mediadesk.core.states import JobState
from tests.conftest import make_payload, sha256, wait_state


def test_bidi_override_in_the_title_is_removed_from_title_and_file(
    qtbot, server, make_engine, downloads: Path
) -> None:
    data = make_payload(50_000, seed=11)
    # The generic extractor takes the title from the file name: "invoice\u202egpj.exe".
    url = server.add("/invoice%E2%80%AEgpj.exe.mp4", data)
    engine = make_engine()
    [result] = engine.add_urls([url])
    job = wait_state(qtbot, engine, result.job.id, JobState.DONE)
    assert job.title == "invoicegpj.exe"
    path = Path(job.file_path)
    assert path.name == "invoicegpj.exe.mp4"
    assert sha256(path) == sha256(data)
