"""Format presets against real media made by ffmpeg: merge, audio extraction, fallbacks."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from mediadesk.core.job import FormatPreset
from mediadesk.core.states import JobState
from tests.conftest import make_payload, wait_state

FFMPEG = shutil.which("ffmpeg")
pytestmark = pytest.mark.skipif(FFMPEG is None or not shutil.which("ffprobe"), reason="ffmpeg")


@pytest.fixture(scope="module")
def dash_stream(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DASH manifest with separate video and audio representations."""
    folder = tmp_path_factory.mktemp("dash")
    src = folder / "src.mp4"
    subprocess.run(
        [
            "ffmpeg", "-loglevel", "error",
            "-f", "lavfi", "-i", "testsrc=duration=3:size=320x240:rate=25",
            "-f", "lavfi", "-i", "sine=duration=3",
            "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-c:a", "aac",
            "-shortest", str(src),
        ],
        check=True,
    )  # fmt: skip
    subprocess.run(
        [
            "ffmpeg", "-loglevel", "error", "-i", str(src),
            "-map", "0:v", "-map", "0:a", "-c", "copy", "-f", "dash",
            "-adaptation_sets", "id=0,streams=v id=1,streams=a", str(folder / "manifest.mpd"),
        ],
        check=True,
    )  # fmt: skip
    return folder


def _serve_dash(server, folder: Path, prefix: str) -> str:
    for path in folder.glob("*.m4s"):
        server.add(f"{prefix}/{path.name}", path.read_bytes(), content_type="video/iso.segment")
    return server.add(
        f"{prefix}/manifest.mpd",
        (folder / "manifest.mpd").read_bytes(),
        content_type="application/dash+xml",
    )


def _streams(path: Path) -> list[str]:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_streams", "-of", "json", str(path)],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return sorted(s["codec_type"] for s in json.loads(out)["streams"])


def test_best_merges_separate_video_and_audio(qtbot, server, make_engine, dash_stream, downloads):
    engine = make_engine(ffmpeg=FFMPEG)
    phases: list[JobState] = []
    engine.jobChanged.connect(lambda job: phases.append(job.state))
    job_id = engine.add_urls([_serve_dash(server, dash_stream, "/m")])[0].job.id
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert _streams(Path(job.file_path)) == ["audio", "video"]
    assert JobState.POSTPROCESSING in phases
    assert [p.name for p in downloads.iterdir()] == [Path(job.file_path).name]


def test_audio_only_extracts_mp3(qtbot, server, make_engine, dash_stream) -> None:
    engine = make_engine(ffmpeg=FFMPEG)
    url = _serve_dash(server, dash_stream, "/a")
    job_id = engine.add_urls([url], preset=FormatPreset.AUDIO)[0].job.id
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert job.file_path.endswith(".mp3")
    assert _streams(Path(job.file_path)) == ["audio"]


def test_without_ffmpeg_best_takes_a_single_file_and_says_so(qtbot, server, make_engine) -> None:
    engine = make_engine(ffmpeg=None)
    url = server.add("/single.mp4", make_payload(100_000))
    job_id = engine.add_urls([url])[0].job.id
    wait_state(qtbot, engine, job_id, JobState.DONE)
    assert any("ffmpeg was not found" in e.message for e in engine.events(job_id))


def test_name_template_shapes_the_final_name(qtbot, server, make_engine, downloads) -> None:
    engine = make_engine(name_template="%(title)s [%(extractor)s]")
    url = server.add("/named.mp4", make_payload(10_000))
    job = wait_state(qtbot, engine, engine.add_urls([url])[0].job.id, JobState.DONE)
    assert Path(job.file_path).name == "named [generic].mp4"
    assert job.title == "named"
