"""Probes in real worker processes against media made with ffmpeg: what the inspect worker
reports (formats with and without declared codecs, WebVTT tracks, chapters, the og:image
thumbnail cached privately), and the probe on add filling a queued row in the window."""

from __future__ import annotations

import shutil
import stat
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap

from mediadesk.app import attach_probes
from mediadesk.core.job import Job
from mediadesk.core.probe import ProbeKind, ProbeResult
from mediadesk.core.states import JobState
from mediadesk.core.thumbnails import MAX_THUMBNAIL_BYTES, thumbnail_dir
from mediadesk.engine.probe_pool import ProbePool, worker_probes
from mediadesk.ui.jobs.model import Column
from tests.support import media_factory as mf
from tests.support.media_server import Fault
from tests.support.processes import wait_gone

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("probe_media")
    mf.hls_master(root / "hls_plain", codecs=False)
    mf.hls_master(root / "hls_codecs", codecs=True)
    mf.mp4(root / "files" / "chapters.mp4", chapters=3)
    mf.jpeg(root / "files" / "thumb.jpg")
    (root / "files" / "track.vtt").write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello from the track\n"
    )
    return root


def page(server, picture: str = "/files/thumb.jpg", name: str = "page") -> str:
    """A page as sites write it: og:image (absolute), a <video> with a WebVTT <track>."""
    body = (
        '<html><head><title>With a picture</title><meta property="og:image" '
        f'content="{server.url(picture)}"></head><body><video controls '
        'src="chapters.mp4"><track kind="subtitles" srclang="en" src="track.vtt"></video>'
        "</body></html>"
    )
    return server.add(f"/files/{name}.html", body.encode(), content_type="text/html")


@pytest.fixture
def site(server, media: Path):
    for name in ("hls_plain", "hls_codecs", "files"):
        mf.serve_folder(server, media / name, f"/{name}")
    return server


def probe(qtbot, url: str, pool: ProbePool | None = None) -> ProbeResult | str:
    pool = pool or ProbePool(worker_probes(thumbnail_dir()))
    answers: list[ProbeResult | str] = []
    pool.finished.connect(lambda _url, result: answers.append(result))
    pool.failed.connect(lambda _url, why: answers.append(why))
    assert pool.request(url, "test") is None
    qtbot.waitUntil(lambda: bool(answers), timeout=60_000)
    return answers[0]


@pytest.mark.parametrize("declared", [False, True])
def test_hls_formats_say_only_what_the_master_declares(qtbot, site, declared: bool) -> None:
    url = site.url(f"/hls_{'codecs' if declared else 'plain'}/master.m3u8")
    result = probe(qtbot, url)
    assert isinstance(result, ProbeResult), result
    assert result.kind is ProbeKind.SINGLE and result.duration == pytest.approx(3, abs=0.5)
    video = sorted((f for f in result.formats if f.height), key=lambda f: f.height or 0)
    assert [f.height for f in video] == [360, 720, 1080]
    assert [f.width for f in video] == [640, 1280, 1920]
    if declared:
        assert {f.vcodec for f in video} == {"avc1.42c00a"}
        assert {f.acodec for f in video} == {"none"}  # CODECS lists video only
    else:
        assert {(f.vcodec, f.acodec) for f in video} == {(None, None)}  # never guessed
    [audio] = [f for f in result.formats if f.vcodec == "none"]
    assert audio.acodec is None and audio.has_audio is None
    assert result.subtitles == ("en",) and result.automatic_captions == ()


def test_a_page_gives_track_chapters_and_a_private_cached_thumbnail(
    qtbot, site, media: Path
) -> None:
    result = probe(qtbot, page(site))
    assert isinstance(result, ProbeResult), result
    assert result.subtitles == ("en",)
    assert [c.title for c in result.chapters] == ["Part 1", "Part 2", "Part 3"]
    assert result.chapters[-1].end == pytest.approx(3.0, abs=0.1)
    assert result.duration == pytest.approx(3.0, abs=0.2)  # read from the file itself
    [single] = result.formats
    assert single.vcodec is None and single.acodec is None  # a bare <video src>: undeclared
    assert result.thumbnail == site.url("/files/thumb.jpg")
    cached = Path(result.thumbnail_file)
    assert cached.parent == thumbnail_dir() and cached.suffix == ".jpg"
    assert cached.read_bytes() == (media / "files" / "thumb.jpg").read_bytes()
    assert stat.S_IMODE(cached.stat().st_mode) == 0o600
    assert stat.S_IMODE(cached.parent.stat().st_mode) == 0o700
    # Probed again: the cached picture is used, not fetched again.
    gets = len(site.gets("/files/thumb.jpg"))
    again = probe(qtbot, page(site, name="again"))
    assert isinstance(again, ProbeResult) and again.thumbnail_file == str(cached)
    assert len(site.gets("/files/thumb.jpg")) == gets


def test_a_picture_too_large_or_not_a_picture_is_left_out(qtbot, site) -> None:
    site.add("/files/huge.jpg", b"\xff" * (MAX_THUMBNAIL_BYTES + 1), content_type="image/jpeg")
    site.add("/files/notpic.jpg", b"<html></html>", content_type="text/html")
    for name, picture in (("huge", "/files/huge.jpg"), ("notpic", "/files/notpic.jpg")):
        result = probe(qtbot, page(site, picture, name=name))
        assert isinstance(result, ProbeResult), result
        assert result.thumbnail == site.url(picture) and result.thumbnail_file == ""
    assert not any(thumbnail_dir().glob("*.part"))


def test_a_probe_failure_names_the_reason(qtbot, site) -> None:
    result = probe(qtbot, site.url("/missing.html"))
    assert isinstance(result, str) and "404" in result


def test_cancelling_kills_the_worker_and_reports_nothing(qtbot, site) -> None:
    slow = page(site, name="slow")
    site.fail("/files/slow.html", Fault(delay=20))
    pool = ProbePool(worker_probes(None))
    reports: list[object] = []
    pool.finished.connect(lambda *a: reports.append(a))
    pool.failed.connect(lambda *a: reports.append(a))
    pool.request(slow, "test", urgent=True)
    [running] = pool._requests.values()
    qtbot.waitUntil(lambda: running.probe.pid is not None, timeout=30_000)
    pid = running.probe.pid
    qtbot.wait(500)  # well into its start or the slow page; either way it must die now
    pool.cancel(slow, "test")
    assert wait_gone([pid], timeout=10) == [], "the cancelled probe's worker was killed"
    qtbot.wait(300)
    assert reports == [] and pool.running() == []


def _closed_schedule() -> dict[str, object]:
    """Settings that keep every job queued ("Scheduled") for the whole test."""
    now = datetime.now()
    start = (now.hour * 60 + now.minute + 720) % 1440
    return {"schedule_enabled": True, "schedule_start": start, "schedule_end": start + 1}


def test_a_queued_link_shows_its_probed_title_picture_and_facts(
    qtbot, site, make_engine, open_window
) -> None:
    engine = make_engine(**_closed_schedule())
    probes, add_probes = attach_probes(engine, thumbnail_dir())
    window = open_window(engine, probes=probes)
    url = page(site)
    [added] = engine.add_urls([url])
    assert added.job is not None and engine.job(added.job.id).state is JobState.QUEUED

    def stored() -> Job:
        return engine.job(added.job.id)

    qtbot.waitUntil(lambda: bool(stored().thumbnail_file), timeout=60_000)
    job = stored()
    assert job.title.startswith("With a picture")
    assert job.duration == pytest.approx(3.0, abs=0.2)
    assert job.state is JobState.QUEUED and add_probes.waiting() == {}
    window.model.flush()
    row = window.model.index_of(job.id, Column.TITLE)
    assert row.data(Qt.ItemDataRole.DisplayRole) == job.title
    decoration = row.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(decoration, QPixmap) and not decoration.isNull()
    window.details.show_jobs([job])
    assert "3 s" in window.details.media_label.text()
    assert window.details.picture_label.isVisibleTo(window.details)
    assert not window.details.picture_label.pixmap().isNull()
    # Choose… on the same address now opens at once: the answer is cached.
    assert probes.cached(url) is not None
    probes.shutdown()


def test_probes_go_through_the_proxy_downloads_use(qtbot, site, make_engine) -> None:
    """With a proxy set, a probe never goes around it: a proxy that is down fails the probe
    (a direct connection would have succeeded)."""
    engine = make_engine(proxy="http://127.0.0.1:9")
    probes, _add = attach_probes(engine, thumbnail_dir())
    result = probe(qtbot, page(site), probes)
    assert isinstance(result, str), result
    assert not site.gets("/files/page.html")
    probes.shutdown()
