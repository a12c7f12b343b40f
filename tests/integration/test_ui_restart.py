"""What survives a restart: jobs (the unfinished one resumes), settings, and the layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from mediadesk.core.job import FormatPreset
from mediadesk.core.states import JobState
from mediadesk.ui.actions import ActionId
from mediadesk.ui.dialogs.settings import SettingsDialog
from mediadesk.ui.jobs.model import Column
from mediadesk.ui.jobs.proxy import StateFilter
from tests.conftest import make_payload, sha256, wait_state
from tests.support.ui import (
    Desktop,
    status_of,
    wait_status,
)


def test_a_new_window_after_restart_shows_every_job_and_the_unfinished_one_completes(
    qtbot, server, make_engine, open_window, downloads: Path
) -> None:
    data = make_payload(2_500_000, seed=70)
    url = server.add("/restart.mp4", data, throttle=500_000)
    done_url = server.add("/small.mp4", make_payload(60_000, seed=71))
    engine = make_engine()
    window = open_window(engine)
    [small] = window.add_text(done_url)
    wait_state(qtbot, engine, small.job.id, JobState.DONE)
    [kept] = window.add_text(server.url("/paused.mp4"))
    window.select_jobs([kept.job.id])
    window.job_actions[ActionId.PAUSE].trigger()
    [big] = window.add_text(url)
    job_id = big.job.id
    qtbot.waitUntil(lambda: engine.job(job_id).bytes_done > 400_000, timeout=15000)
    order = [j.id for j in engine.jobs()]

    window.close()
    assert engine.shutdown(timeout=5)
    server.set_throttle("/restart.mp4", None)

    again = make_engine()  # a relaunch over the same database
    second = open_window(again)
    model = second.model
    assert [model.job_at(r).id for r in range(model.rowCount())] == order
    assert status_of(second, small.job.id) == "Finished"
    assert status_of(second, kept.job.id) == "Paused"
    qtbot.waitUntil(lambda: again.is_running(job_id), timeout=1000)  # reattached at once
    job = wait_state(qtbot, again, job_id, JobState.DONE)
    wait_status(qtbot, second, job_id, "Finished")
    assert sha256(Path(job.file_path)) == sha256(data)
    assert server.ranged_gets("/restart.mp4"), "the restart continued from the partial file"
    assert "continuing from the partial file" in "\n".join(e.message for e in again.events(job_id))


def test_settings_apply_live_and_persist_across_restart(
    qtbot, launch, open_window, tmp_path: Path, desktop: Desktop
) -> None:
    engine = launch()
    window = open_window(engine)
    window.job_actions[ActionId.SETTINGS].trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: "Big Buck Bunny.mp4" in dialog.preview_text(), timeout=15000)

    dialog.template_edit.setText("%(uploader)s - %(title)s")
    qtbot.waitUntil(  # the live preview, computed by the name-preview worker
        lambda: "Blender Foundation - Big Buck Bunny.mp4" in dialog.preview_text(), timeout=15000
    )
    dialog.template_edit.setText("%(title")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: "cannot be used" in dialog.preview_text(), timeout=15000)
    assert not ok.isEnabled()
    dialog.template_edit.setText("%(title)s [%(id)s]")
    assert ok.isEnabled()

    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    dialog.folder_edit.setText(str(blocker / "videos"))
    ok.click()
    assert dialog.isVisible(), "an unusable folder keeps the dialog open"
    assert dialog.folder_problem_label.isVisibleTo(dialog)
    assert str(blocker) in dialog.folder_problem_label.text()
    chosen = tmp_path / "My Videos"
    desktop.folder_choice = str(chosen)
    dialog.browse_button.click()
    assert dialog.folder_edit.text() == str(chosen)
    assert not dialog.folder_problem_label.isVisibleTo(dialog)

    dialog.concurrent_spin.setValue(5)
    dialog.rate_spin.setValue(750)
    dialog.attempts_spin.setValue(7)
    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findData(FormatPreset.AUDIO.value))
    dialog.keep_spin.setValue(30)
    dialog.notify_check.setChecked(False)
    dialog.tray_check.setChecked(False)
    ok.click()
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is None or not dialog.isVisible())

    settings = engine.settings
    assert settings.max_concurrent == 5, "applied live"
    assert settings.download_dir == str(chosen)
    assert settings.rate_limit == 750_000
    assert settings.max_attempts == 7
    assert settings.default_preset is FormatPreset.AUDIO
    assert settings.name_template == "%(title)s [%(id)s]"
    assert settings.remove_finished_after_days == 30
    assert not settings.notifications and not settings.close_to_tray
    assert window.add_bar.preset() is FormatPreset.AUDIO, "the add bar follows the default"
    assert window.add_bar.folder() == str(chosen)

    window.close()
    engine.shutdown()
    restarted = launch()
    assert restarted.settings == settings
    reopened = open_window(restarted)
    dialog = reopened.show_settings()
    assert dialog.concurrent_spin.value() == 5 and dialog.rate_spin.value() == 750
    assert dialog.template_edit.text() == "%(title)s [%(id)s]"
    dialog.restore_defaults()
    assert dialog.concurrent_spin.value() == 3 and dialog.template_edit.text() == "%(title)s"
    dialog.reject()
    assert restarted.settings == settings, "Cancel changes nothing"


def test_layout_sort_and_filter_are_restored(qtbot, make_engine, open_window, server) -> None:
    engine = make_engine()
    window = open_window(engine)
    window.resize(700, 520)  # fits the offscreen 800x600 screen, so nothing clamps it
    window.table.setColumnWidth(Column.SIZE, 211)
    window.table.sortByColumn(Column.SIZE, Qt.SortOrder.DescendingOrder)
    window.filter_bar.set_state_filter(StateFilter.PAUSED)
    window.filter_bar.set_search_text("holiday")
    window.splitter.setSizes([250, 170])
    sizes = window.splitter.sizes()
    window.close()
    engine.shutdown()

    reopened = open_window(make_engine())
    assert (reopened.width(), reopened.height()) == (700, 520)
    assert reopened.table.columnWidth(Column.SIZE) == 211
    assert reopened.proxy.sortColumn() == Column.SIZE
    assert reopened.proxy.sortOrder() is Qt.SortOrder.DescendingOrder
    header = reopened.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.SIZE
    assert reopened.filter_bar.state_filter() is StateFilter.PAUSED
    assert reopened.proxy.state_filter is StateFilter.PAUSED
    assert reopened.proxy.search_text == "holiday"
    assert reopened.splitter.sizes() == sizes

    reopened.jobs.show_queue_order()
    reopened.close()
    third = open_window(make_engine())
    assert third.proxy.queue_ordered() and header is not third.table.horizontalHeader()
    assert third.table.horizontalHeader().sortIndicatorSection() == -1
