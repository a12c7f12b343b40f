"""Settings ▸ Schedule in the real window over a real engine and worker: the dialog, the
status-bar reason, and a download that waits for its hours."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTime

from mediadesk.core.states import JobState
from mediadesk.ui.jobs.model import Column
from tests.conftest import make_payload, wait_state


def hours_from_now(offset_minutes: int) -> int:
    now = datetime.now()
    return (now.hour * 60 + now.minute + offset_minutes) % (24 * 60)


def set_time(edit, minute: int) -> None:
    edit.setTime(QTime(minute // 60, minute % 60))


def test_a_download_waits_for_its_hours_and_runs_when_they_are_changed(
    qtbot, make_engine, open_window, server
) -> None:
    data = make_payload(80_000, seed=3)
    url = server.add("/later.mp4", data)
    engine = make_engine()
    window = open_window(engine)
    ui = window.schedule_ui
    assert ui.action in window.menuBar().actions()[0].menu().actions()
    assert not ui.label.isVisible()

    # Hours that begin in two hours: the download waits, and the window says why.
    dialog = ui.show()
    dialog.window_check.setChecked(True)
    start, end = hours_from_now(120), hours_from_now(180)
    set_time(dialog.start_edit, start)
    set_time(dialog.end_edit, end)
    dialog.when_done_combo.setCurrentIndex(dialog.when_done_combo.findData("quit"))
    dialog.accept()
    settings = engine.settings
    assert (settings.schedule_enabled, settings.schedule_start, settings.schedule_end) == (
        True,
        start,
        end,
    )
    assert settings.when_done == "quit"
    assert ui.label.isVisible()
    assert ui.label.text().startswith("Scheduled: downloads run ")

    [result] = window.add_text(url)
    job_id = result.job.id
    qtbot.wait(300)
    assert engine.job(job_id).state is JobState.QUEUED
    assert server.gets("/later.mp4") == []
    model = window.model
    window.model.flush()
    status = model.index_of(job_id, Column.STATUS)
    assert model.data(status) == "Scheduled"

    # Hours that include now: it runs at once.
    dialog = ui.show()
    assert dialog.window_check.isChecked()
    set_time(dialog.start_edit, hours_from_now(-60))
    dialog.when_done_combo.setCurrentIndex(dialog.when_done_combo.findData("nothing"))
    dialog.accept()
    assert not ui.label.isVisible()
    assert model.data(status) != "Scheduled"
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert Path(job.file_path).read_bytes() == data


def test_cancel_changes_nothing(qtbot, make_engine, open_window) -> None:
    engine = make_engine()
    window = open_window(engine)
    dialog = window.schedule_ui.show()
    assert window.schedule_ui.show() is dialog, "one dialog at a time"
    dialog.rate_check.setChecked(True)
    dialog.rate_spin.setValue(300)
    dialog.reject()
    assert not engine.settings.alt_rate_enabled
    dialog = window.schedule_ui.show()
    dialog.rate_check.setChecked(True)
    dialog.rate_spin.setValue(300)
    dialog.accept()
    assert engine.settings.alt_rate_enabled and engine.settings.alt_rate_limit == 300_000
