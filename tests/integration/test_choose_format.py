"""The Choose… step: the dialog over a real probe of an HLS master, and the window flow
(probe, choose, queue with the choice, remember it, show it in the details)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from yt_dlp import YoutubeDL

from mediadesk.core.choice import AudioFormat, Container, DownloadChoice, SubtitleChoice
from mediadesk.core.probe import ProbeFormat, ProbeKind, ProbeResult
from mediadesk.engine.probe_pool import ProbePool
from mediadesk.ui.dialogs.choose_format import ChooseFormatDialog
from tests.support import media_factory as mf
from tests.support.fake_probes import FakeProbes

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")


def probe_with_ytdlp(url: str) -> ProbeResult:
    """What the probe worker reports, made here by a real yt-dlp extraction."""
    with YoutubeDL({"quiet": True, "no_warnings": True}) as ydl:
        info = ydl.sanitize_info(ydl.extract_info(url, download=False))
    return ProbeResult(
        url=url,
        kind=ProbeKind.SINGLE,
        title=info.get("title") or "",
        formats=tuple(
            ProbeFormat(
                f["format_id"],
                f.get("ext") or "",
                f.get("width"),
                f.get("height"),
                vcodec=f.get("vcodec"),
                acodec=f.get("acodec"),
            )
            for f in info["formats"]
        ),
        subtitles=tuple(info.get("subtitles") or ()),
    )


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mf.hls_master(tmp_path_factory.mktemp("hls"), codecs=False).parent


def test_dialog_offers_the_real_qualities_and_subtitles(qtbot, server, master: Path) -> None:
    mf.serve_folder(server, master, "/hls")
    probed = probe_with_ytdlp(server.url("/hls/master.m3u8"))
    dialog = ChooseFormatDialog(probed, DownloadChoice())
    qtbot.add_widget(dialog)
    qualities = [dialog.quality_combo.itemText(i) for i in range(dialog.quality_combo.count())]
    assert qualities == ["Best offered", "Up to 1080p", "Up to 720p", "Up to 360p"]
    assert dialog.subtitle_list.count() == 1
    assert dialog.subtitle_list.item(0).data(Qt.ItemDataRole.UserRole) == "en"

    dialog.quality_combo.setCurrentIndex(2)
    dialog.container_combo.setCurrentIndex(dialog.container_combo.findData("mkv"))
    dialog.subtitle_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.beside_subs_radio.setChecked(True)
    dialog.chapters_check.setChecked(True)
    dialog.start_field.setText("0:01")
    dialog.end_field.setText("2.5")
    assert dialog.choice() == DownloadChoice(
        max_height=720,
        container=Container.MKV,
        subtitles=SubtitleChoice(("en",), embed=False),
        embed_chapters=True,
        section_start=1.0,
        section_end=2.5,
    )
    dialog.audio_radio.setChecked(True)
    dialog.audio_combo.setCurrentIndex(dialog.audio_combo.findData("flac"))
    assert dialog.choice().audio_only and dialog.choice().audio_format is AudioFormat.FLAC
    assert not dialog.quality_combo.isEnabled()


def test_dialog_refuses_a_bad_section_in_words(qtbot) -> None:
    probed = ProbeResult("http://x/", ProbeKind.SINGLE, title="x")
    dialog = ChooseFormatDialog(probed, DownloadChoice(audio_only=True))
    qtbot.add_widget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.audio_radio.isChecked()
    dialog.start_field.setText("1:00")
    dialog.end_field.setText("0:30")
    assert not ok.isEnabled() and "end after it starts" in dialog.problem_label.text()
    dialog.end_field.setText("soon")
    assert not ok.isEnabled() and "is not a time" in dialog.problem_label.text()
    dialog.end_field.setText("")
    assert ok.isEnabled()


def test_choose_queues_every_link_with_the_choice_and_remembers_it(
    qtbot, server, make_engine, open_window
) -> None:
    data = b"\x00" * 1000
    urls = [server.add("/a.mp4", data), server.add("/b.mp4", data)]
    engine = make_engine()
    starts = FakeProbes()
    defaults_seen: list[DownloadChoice] = []
    chosen = DownloadChoice(max_height=480, embed_metadata=True)

    def ask(probed: ProbeResult, defaults: DownloadChoice, parent) -> DownloadChoice:
        defaults_seen.append(defaults)
        return chosen

    window = open_window(engine, probes=ProbePool(starts), ask_choice=ask)
    assert window.add_bar.choose_button.isVisible()
    window.add_bar.field.setText(" ".join(urls))
    qtbot.mouseClick(window.add_bar.choose_button, Qt.MouseButton.LeftButton)
    assert starts.urls() == [urls[0]]
    with qtbot.waitSignal(window.chooser.completed):
        starts.answer(
            urls[0],
            ProbeResult(
                urls[0], ProbeKind.SINGLE, title="A", formats=(ProbeFormat("1", height=480),)
            ),
        )

    assert defaults_seen == [DownloadChoice()]
    jobs = [j for j in engine.jobs() if j.url in urls]
    assert len(jobs) == 2
    assert all(DownloadChoice.from_json(j.choice) == chosen for j in jobs)
    assert DownloadChoice.from_json(engine.settings.last_choice) == chosen
    assert window.add_bar.field.text() == ""

    window.details.show_jobs([jobs[0]])
    assert "Video up to 480p" in window.details.format_label.text()
    assert "embed metadata" in window.details.format_label.text()

    third = server.add("/c.mp4", data)
    window.add_bar.field.setText(third)
    window.add_bar.request_choice()
    with qtbot.waitSignal(window.chooser.completed):
        starts.answer(third, ProbeResult(third, ProbeKind.SINGLE, title="C"))
    assert defaults_seen[-1] == chosen  # the last choice became the default


def test_without_a_probe_the_presets_stay_and_choose_is_hidden(make_engine, open_window) -> None:
    window = open_window(make_engine())
    assert not window.add_bar.choose_button.isVisible()
    assert window.add_bar.preset_combo.isVisible()
