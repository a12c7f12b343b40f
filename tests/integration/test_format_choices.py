"""Each format choice against local media made with ffmpeg; every result checked by ffprobe.

The downloads run the worker's DownloadJob in the test process (real yt-dlp, local server);
one test at the end goes through the engine and a real worker process, so the choice and the
notes are proven to travel through the store and the protocol.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from mediadesk.core.choice import AudioFormat, Container, DownloadChoice, SubtitleChoice
from mediadesk.core.download_options import DownloadOptions
from mediadesk.core.job import EventKind, FormatPreset, Phase, ProgressSnapshot
from mediadesk.core.outcome import OutcomeKind, RunOutcome, RunRequest
from mediadesk.core.states import JobState
from mediadesk.worker.download_job import DownloadJob
from tests.conftest import wait_state
from tests.support import media_factory as mf
from tests.support.http_proxy import RecordingProxy

pytestmark = pytest.mark.skipif(
    shutil.which("ffmpeg") is None or shutil.which("ffprobe") is None, reason="needs ffmpeg"
)
FFMPEG = shutil.which("ffmpeg")


@dataclass
class _Log:
    lines: list[tuple[EventKind, str]] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)

    def progress(self, snapshot: ProgressSnapshot) -> None: ...

    def phase(self, phase: Phase) -> None:
        self.phases.append(phase)

    def titled(self, title: str) -> None: ...

    def identified(self, extractor: str, video_id: str) -> None: ...

    def log(self, kind: EventKind, message: str) -> None:
        self.lines.append((kind, message))

    def text(self) -> str:
        return "\n".join(m for _k, m in self.lines)


def probe(path: str | Path) -> dict:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-print_format", "json", "-show_streams", "-show_format",
         "-show_chapters", str(path)],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    return json.loads(out)


def kinds(info: dict) -> list[str]:
    """Stream kinds, an embedded cover counted as 'cover' rather than 'video'."""
    return [
        "cover" if (s.get("disposition") or {}).get("attached_pic") else s["codec_type"]
        for s in info["streams"]
    ]


def height(info: dict) -> int:
    return max(s.get("height", 0) for s in info["streams"] if s["codec_type"] == "video")


def run(
    url: str,
    folder: Path,
    choice: DownloadChoice,
    *,
    ffmpeg: str | None = FFMPEG,
    job_id: str = "j1",
    proxy: str = "",
) -> tuple[RunOutcome, _Log]:
    folder.mkdir(parents=True, exist_ok=True)
    log = _Log()
    options = DownloadOptions(
        job_id=job_id,
        output_dir=str(folder),
        preset=FormatPreset.BEST,
        ffmpeg=ffmpeg,
        socket_timeout=5,
        choice=choice,
        proxy=proxy,
    )
    outcome = DownloadJob(job_id, RunRequest(url, options), log).run()
    assert outcome.kind is OutcomeKind.DONE, (outcome, log.text())
    return outcome, log


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("media")
    mf.hls_master(root / "hls_plain", codecs=False)
    mf.hls_master(root / "hls_codecs", codecs=True)
    mf.hls_master(root / "hls_lying", codecs=False, lying_audio=True)
    mf.dash(root / "dash")
    mf.mp4(root / "files" / "big.mp4", "96x54")
    mf.mp4(root / "files" / "small.mp4", "32x18")
    mf.mp4(root / "files" / "silent.mp4", "96x54", audio=False)
    mf.mp4(root / "files" / "chapters.mp4", chapters=3)
    mf.jpeg(root / "files" / "thumb.jpg")
    (root / "files" / "sources.html").write_text(
        "<html><head><title>Two sources</title></head><body><video controls>"
        '<source src="big.mp4" type="video/mp4"><source src="small.mp4" type="video/mp4">'
        "</video></body></html>"
    )
    (root / "files" / "track.vtt").write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello from the track\n"
    )
    return root


@pytest.fixture
def site(server, media: Path):
    for name in ("hls_plain", "hls_codecs", "hls_lying", "dash", "files"):
        mf.serve_folder(server, media / name, f"/{name}")
    # A page as sites write it: the og:image address absolute.
    page = (
        '<html><head><title>With a picture</title><meta property="og:image" '
        f'content="{server.url("/files/thumb.jpg")}"></head><body><video controls '
        'src="big.mp4"><track kind="subtitles" srclang="en" src="track.vtt"></video>'
        "</body></html>"
    )
    server.add("/files/page.html", page.encode(), content_type="text/html")
    return server


@pytest.mark.parametrize("variant", ["hls_plain", "hls_codecs"])
def test_hls_master_with_separate_audio_gives_video_and_audio(
    site, tmp_path: Path, variant: str
) -> None:
    outcome, _log = run(site.url(f"/{variant}/master.m3u8"), tmp_path, DownloadChoice())
    info = probe(outcome.file_path)
    assert sorted(kinds(info)) == ["audio", "video"]
    assert height(info) == 54  # the variant labeled 1080p
    assert outcome.notes == ()


def test_a_variant_that_says_it_has_audio_but_has_none_gets_the_separate_audio(
    site, tmp_path: Path
) -> None:
    outcome, log = run(site.url("/hls_lying/master.m3u8"), tmp_path, DownloadChoice())
    assert sorted(kinds(probe(outcome.file_path))) == ["audio", "video"]
    assert "Merged the separate audio" in log.text()
    assert [p.name for p in tmp_path.iterdir() if "audio" in p.name] == []


def test_height_cap_picks_the_labeled_variant(site, tmp_path: Path) -> None:
    outcome, _log = run(
        site.url("/hls_plain/master.m3u8"), tmp_path, DownloadChoice(max_height=720)
    )
    info = probe(outcome.file_path)
    assert height(info) == 36 and "audio" in kinds(info)


def test_a_cap_that_cannot_be_met_says_so(site, tmp_path: Path) -> None:
    outcome, log = run(site.url("/files/big.mp4"), tmp_path, DownloadChoice(max_height=20))
    assert height(probe(outcome.file_path)) == 54
    assert outcome.notes == ("Only 54p was offered.",)
    assert "Only 54p was offered." in log.text()


def test_a_source_without_audio_says_so(site, tmp_path: Path) -> None:
    outcome, log = run(site.url("/files/silent.mp4"), tmp_path, DownloadChoice())
    assert kinds(probe(outcome.file_path)) == ["video"]
    assert outcome.notes == ("This source has no audio.",)
    # The format step before selection is no post-processing the user waits on.
    assert log.phases == []


def test_dash_with_separate_audio_in_mkv(site, tmp_path: Path) -> None:
    choice = DownloadChoice(container=Container.MKV)
    outcome, _log = run(site.url("/dash/manifest.mpd"), tmp_path, choice)
    info = probe(outcome.file_path)
    assert outcome.file_path.endswith(".mkv") and "matroska" in info["format"]["format_name"]
    assert sorted(kinds(info)) == ["audio", "video"]


def test_best_of_two_unlabeled_sources_is_the_larger(site, tmp_path: Path) -> None:
    outcome, _log = run(site.url("/files/sources.html"), tmp_path, DownloadChoice())
    assert height(probe(outcome.file_path)) == 54


def test_unlabeled_sources_are_measured_through_the_proxy(site, tmp_path: Path) -> None:
    """ffprobe reads the two files through the download's proxy, never around it."""
    with RecordingProxy() as proxy:
        outcome, _log = run(
            site.url("/files/sources.html"),
            tmp_path,
            DownloadChoice(),
            proxy=f"http://127.0.0.1:{proxy.port}",
        )
    assert height(probe(outcome.file_path)) == 54  # measured, so the larger one won
    assert any(r.url.endswith("/files/small.mp4") for r in proxy.requests), proxy.requests


@pytest.mark.parametrize(
    ("fmt", "codec"),
    [(AudioFormat.MP3, "mp3"), (AudioFormat.M4A, "aac"), (AudioFormat.OPUS, "opus"),
     (AudioFormat.FLAC, "flac")],
)  # fmt: skip
def test_audio_only_formats(site, tmp_path: Path, fmt: AudioFormat, codec: str) -> None:
    choice = DownloadChoice(audio_only=True, audio_format=fmt)
    outcome, _log = run(site.url("/files/big.mp4"), tmp_path, choice)
    info = probe(outcome.file_path)
    assert kinds(info) == ["audio"] and info["streams"][0]["codec_name"] == codec
    assert outcome.file_path.endswith("." + fmt.value)


def test_hls_subtitles_embedded_as_srt_in_mkv(site, tmp_path: Path) -> None:
    choice = DownloadChoice(container=Container.MKV, subtitles=SubtitleChoice(("en",)))
    outcome, _log = run(site.url("/hls_plain/master.m3u8"), tmp_path, choice)
    info = probe(outcome.file_path)
    subs = [s for s in info["streams"] if s["codec_type"] == "subtitle"]
    assert [s["codec_name"] for s in subs] == ["subrip"]


def test_track_subtitles_saved_beside_under_the_final_name(site, tmp_path: Path) -> None:
    choice = DownloadChoice(subtitles=SubtitleChoice(("en",), embed=False))
    outcome, _log = run(site.url("/files/page.html"), tmp_path, choice)
    final = Path(outcome.file_path)
    beside = final.with_name(final.stem + ".en.srt")
    assert beside.is_file() and "Hello from the track" in beside.read_text()
    assert "subtitle" not in kinds(probe(final))


def test_og_image_thumbnail_and_metadata_embedded(site, tmp_path: Path) -> None:
    choice = DownloadChoice(embed_thumbnail=True, embed_metadata=True)
    folder = tmp_path / "out"
    outcome, _log = run(site.url("/files/page.html"), folder, choice)
    info = probe(outcome.file_path)
    assert "cover" in kinds(info)
    assert info["format"]["tags"]["title"].startswith("With a picture")
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(".done.json")) == [
        Path(outcome.file_path).name
    ]


def test_chapters_kept_and_split(site, tmp_path: Path) -> None:
    choice = DownloadChoice(embed_chapters=True, split_chapters=True)
    outcome, _log = run(site.url("/files/chapters.mp4"), tmp_path, choice)
    final = Path(outcome.file_path)
    assert [c["tags"]["title"] for c in probe(final)["chapters"]] == ["Part 1", "Part 2", "Part 3"]
    pieces = sorted(p.name for p in tmp_path.glob(f"{final.stem} - chapter *"))
    assert pieces == [f"{final.stem} - chapter {i:03d} Part {i}.mp4" for i in (1, 2, 3)]
    for piece in pieces:
        streams = probe(tmp_path / piece)["streams"]
        assert [float(s["duration"]) for s in streams if s["codec_type"] == "video"] == [1.0]


def test_a_section_download(site, tmp_path: Path) -> None:
    choice = DownloadChoice(section_start=1.0, section_end=2.0)
    outcome, _log = run(site.url("/files/big.mp4"), tmp_path, choice)
    info = probe(outcome.file_path)
    assert float(info["format"]["duration"]) < 2.0
    assert sorted(kinds(info)) == ["audio", "video"]


def test_without_ffmpeg_a_single_file_and_a_note(site, tmp_path: Path) -> None:
    choice = DownloadChoice(container=Container.MKV)
    outcome, log = run(site.url("/files/big.mp4"), tmp_path, choice, ffmpeg=None)
    assert outcome.file_path.endswith(".mp4")
    assert "ffmpeg was not found" in log.text()


def test_the_choice_travels_with_the_job_and_the_note_lands_on_it(qtbot, site, make_engine) -> None:
    engine = make_engine(ffmpeg=FFMPEG)
    choice = DownloadChoice(max_height=20, container=Container.MKV)
    job = engine.add_urls([site.url("/files/big.mp4")], choice=choice)[0].job
    assert DownloadChoice.from_json(job.choice) == choice
    done = wait_state(qtbot, engine, job.id, JobState.DONE, timeout=60000)
    assert done.file_path.endswith(".mkv")
    assert done.note == "Only 54p was offered."
    assert DownloadChoice.from_json(done.choice) == choice
