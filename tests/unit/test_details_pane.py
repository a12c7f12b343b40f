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
