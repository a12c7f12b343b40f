"""The details pane re-reads a job's log when something happened, and while only progress
moves at most every LOG_REFRESH_SECONDS (a fake clock: no waiting)."""

from __future__ import annotations

from dataclasses import replace

from mediadesk.ui.panes.details import LOG_REFRESH_SECONDS, DetailsPane
from tests.support.engine_harness import FakeClock


def test_progress_ticks_do_not_reload_the_log_every_time(qtbot, harness) -> None:
    h = harness("finished")
    job_id = h.add("http://127.0.0.1:9/ticks.mp4")
    clock = FakeClock()
    pane = DetailsPane(h.engine, clock=clock.monotonic)
    qtbot.add_widget(pane)
    pane.show_jobs([h.engine.job(job_id)])
    assert pane.log_loads == 1
    assert "Started (attempt 1)." in pane.log_view.toPlainText()

    runner = h.runners.for_job(job_id)
    runner.play_until("titled")
    pane.update_job(h.engine.job(job_id))
    assert pane.log_loads == 2, "a new title is news: the log is read again"
    for _ in range(4):  # a second of progress ticks
        runner.play_until("progress")
        pane.update_job(h.engine.job(job_id))
        clock.advance(0.25)
    assert pane.log_loads == 2, "progress alone does not re-read the log"
    assert "%" in pane.size_label.text()

    clock.advance(LOG_REFRESH_SECONDS)
    runner.play_until("progress")
    pane.update_job(h.engine.job(job_id))
    assert pane.log_loads == 3, "a long-running download's log still refreshes"

    h.engine.pause([job_id])
    pane.update_job(h.engine.job(job_id))
    assert pane.log_loads == 4 and "Paused." in pane.log_view.toPlainText()
    clock.advance(LOG_REFRESH_SECONDS * 5)
    pane.update_job(replace(h.engine.job(job_id), bytes_done=1))
    assert pane.log_loads == 4, "a paused job's log does not change by itself"


def test_probed_facts_and_picture_show_and_a_broken_picture_shows_nothing(
    qtbot, harness, tmp_path
) -> None:
    from PySide6.QtGui import QColor, QImage

    from tests.support.fake_probes import single

    picture = tmp_path / "t.png"
    image = QImage(64, 36, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    broken = tmp_path / "b.jpg"
    broken.write_bytes(b"not a picture")
    h = harness("stopped", max_concurrent=1)
    h.add("http://127.0.0.1:9/first.mp4")
    job_id = h.add("http://127.0.0.1:9/probed.mp4")
    pane = DetailsPane(h.engine)
    qtbot.add_widget(pane)
    pane.show()
    pane.show_jobs([h.engine.job(job_id)])
    assert not pane.media_label.isVisibleTo(pane) and not pane.picture_label.isVisibleTo(pane)

    facts = {"duration": 185.0, "uploader": "Someone", "thumbnail_file": str(picture)}
    h.engine.record_probe(job_id, single("http://127.0.0.1:9/probed.mp4", "Probed", **facts))
    pane.update_job(h.engine.job(job_id))
    assert pane.media_label.text() == "3 min 5 s · by Someone"
    assert pane.media_label.isVisibleTo(pane) and pane.picture_label.isVisibleTo(pane)
    assert pane.picture_label.pixmap().width() == 160  # scaled to the pane's size, aspect kept
    assert pane.format_label.text() == "Best video"  # the stored choice, as before

    job = replace(h.engine.job(job_id), thumbnail_file=str(broken))
    pane.update_job(job)
    assert not pane.picture_label.isVisibleTo(pane)
    pane.update_job(replace(job, thumbnail_file=str(tmp_path / "gone.jpg")))
    assert not pane.picture_label.isVisibleTo(pane)
