"""HLS: a stream made with ffmpeg in the test downloads, and pause + resume loses nothing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from mediadesk.core.filenames import temp_stem
from mediadesk.core.states import JobState
from tests.conftest import sha256, wait_state
from tests.support.ui import stored, stored_job

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")


@pytest.fixture(scope="module")
def hls_stream(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hls")
    subprocess.run(
        [
            "ffmpeg", "-loglevel", "error",
            "-f", "lavfi", "-i", "testsrc=duration=8:size=320x240:rate=25",
            "-f", "lavfi", "-i", "sine=duration=8",
            "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-c:a", "aac",
            "-f", "hls", "-hls_time", "1", "-hls_list_size", "0",
            "-hls_segment_filename", str(folder / "seg%d.ts"), str(folder / "index.m3u8"),
        ],
        check=True,
    )  # fmt: skip
    return folder


def _serve(server, folder: Path, prefix: str, throttle: float | None = None) -> str:
    for path in sorted(folder.glob("seg*.ts")):
        server.add(
            f"{prefix}/{path.name}", path.read_bytes(), content_type="video/mp2t", throttle=throttle
        )
    return server.add(
        f"{prefix}/index.m3u8",
        (folder / "index.m3u8").read_bytes(),
        content_type="application/vnd.apple.mpegurl",
    )


def test_hls_downloads_and_resumes_byte_identical(
    qtbot, server, make_engine, hls_stream: Path, downloads: Path
) -> None:
    engine = make_engine(ffmpeg=shutil.which("ffmpeg"))
    whole_url = _serve(server, hls_stream, "/whole")
    whole = wait_state(qtbot, engine, engine.add_urls([whole_url])[0].job.id, JobState.DONE)
    assert Path(whole.file_path).stat().st_size > 100_000

    paused_url = _serve(server, hls_stream, "/paused", throttle=60_000)
    job_id = engine.add_urls([paused_url])[0].job.id
    qtbot.waitUntil(
        lambda: len([r for r in server.requests if r.path.startswith("/paused/seg")]) >= 3,
        timeout=20000,
    )
    engine.pause([job_id])
    qtbot.waitUntil(lambda: not engine.is_running(job_id), timeout=10000)
    assert list(downloads.glob(f"mediadesk-{job_id}*")), "partial fragments are kept on pause"
    # Fragments received whole before the pause; one cut by it is continued, not refetched.
    sizes = {f"/paused/{p.name}": p.stat().st_size for p in hls_stream.glob("seg*.ts")}
    fetched_before = {
        r.path for r in server.requests if sizes.get(r.path) == r.bytes_sent and r.status == 200
    }

    for path in hls_stream.glob("seg*.ts"):
        server.set_throttle(f"/paused/{path.name}", None)
    mark = len(server.requests)
    engine.resume([job_id])
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sha256(Path(whole.file_path))
    refetched = [
        r.path for r in server.requests[mark:] if r.path in fetched_before and r.bytes_sent
    ]
    assert not refetched, f"resume re-downloaded finished fragments: {refetched}"
    assert not list(downloads.glob(f"mediadesk-{job_id}*")), "no fragments left behind"


def test_canceled_hls_job_leaves_no_fragments(
    qtbot, server, make_engine, hls_stream: Path, downloads: Path
) -> None:
    engine = make_engine()
    url = _serve(server, hls_stream, "/cancel", throttle=60_000)
    job_id = engine.add_urls([url])[0].job.id
    qtbot.waitUntil(
        lambda: len([r for r in server.requests if r.path.startswith("/cancel/seg")]) >= 2,
        timeout=20000,
    )
    engine.cancel([job_id])
    qtbot.waitUntil(lambda: not engine.is_running(job_id), timeout=10000)
    assert not list(downloads.glob(f"mediadesk-{job_id}*"))


def _container(path: Path) -> str:
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=format_name", "-of", "csv=p=0", path],
        capture_output=True,
        text=True,
        check=True,
    )
    return probe.stdout.strip()


def test_a_stream_whose_remux_was_interrupted_is_remuxed_when_it_continues(
    qtbot, server, make_engine, hls_stream: Path, db_path: Path, downloads: Path
) -> None:
    """A pause (or crash) can land after the last fragment, while ffmpeg puts the stream into
    its MP4 container. The next run finds the whole stream already downloaded, and yt-dlp by
    default fixes up only what it downloaded itself: the MPEG-TS bytes became the final .mp4."""
    url = _serve(server, hls_stream, "/remux")
    job = stored_job(7, JobState.QUEUED, downloads, url=url)
    stored(db_path, job)
    fetched = b"".join(p.read_bytes() for p in sorted(hls_stream.glob("seg*.ts"), key=_seg_no))
    (downloads / f"{temp_stem(job.id)}.mp4").write_bytes(fetched)  # what the first run left
    engine = make_engine(ffmpeg=shutil.which("ffmpeg"))
    done = wait_state(qtbot, engine, job.id, JobState.DONE)
    assert "mp4" in _container(Path(done.file_path)), "remuxed, not MPEG-TS named .mp4"
    assert not [r for r in server.requests if r.path.startswith("/remux/seg")], "nothing fetched"


def _seg_no(path: Path) -> int:
    return int(path.stem.removeprefix("seg"))
