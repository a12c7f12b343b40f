"""The main window end to end: a real engine, a real store, the local media server.

Commands go through the window's QActions, the add bar and simulated drops; results are
read back from the engine and from what the table shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from mediadesk.core.job import FormatPreset
from mediadesk.core.states import JobState
from mediadesk.ui.actions import ActionId
from mediadesk.ui.jobs.model import Column
from mediadesk.ui.jobs.proxy import StateFilter
from mediadesk.ui.panes.message_area import Level
from tests.conftest import make_payload, sha256, wait_state
from tests.support.ui import (
    Desktop,
    enabled_actions,
    stored,
    stored_job,
    wait_status,
)

# -- adding -------------------------------------------------------------------------------------


def test_add_bar_queues_valid_links_reports_the_rest_and_downloads(
    qtbot, server, make_engine, open_window, downloads: Path
) -> None:
    first, second = make_payload(200_000, seed=21), make_payload(150_000, seed=22)
    url_a = server.add("/first.mp4", first)
    url_b = server.add("/second.mp4", second)
    engine = make_engine()
    window = open_window(engine)

    qtbot.keyClicks(window.add_bar.field, f"{url_a}  ftp://files.example/x {url_b}")
    qtbot.mouseClick(window.add_bar.add_button, Qt.MouseButton.LeftButton)

    assert window.add_bar.field.text() == "", "queued links leave the field"
    assert window.model.rowCount() == 2
    report = window.message_area.text()
    assert window.message_area.isVisible() and window.message_area.level is Level.WARNING
    assert "Queued 2 downloads." in report
    assert "ftp://files.example/x" in report and "Only http:// and https://" in report
    ids = [j.id for j in engine.jobs()]
    for job_id, data in zip(ids, (first, second), strict=True):
        job = wait_state(qtbot, engine, job_id, JobState.DONE)
        assert sha256(Path(job.file_path)) == sha256(data)
        wait_status(qtbot, window, job_id, "Finished")
    assert window.model.index_of(ids[0], Column.SIZE).data() == "200.0 kB"


def test_invalid_and_duplicate_input_is_reported_inline(
    qtbot, server, make_engine, open_window
) -> None:
    url = server.add("/slow.mp4", make_payload(2_000_000, seed=23), throttle=200_000)
    engine = make_engine()
    window = open_window(engine)

    window.add_bar.field.setText("hello world")
    window.add_bar.field.returnPressed.emit()
    assert window.model.rowCount() == 0
    assert window.message_area.level is Level.ERROR
    assert "hello world" in window.message_area.text()
    assert "No web address found" in window.message_area.text()
    assert window.add_bar.field.text() == "hello world", "nothing queued: keep the text to fix"

    window.add_text(url)
    window.add_bar.field.setText(f"{url}\nmailto:someone@example.com")
    assert "\n" not in window.add_bar.field.text(), "pasted lines stay readable in one line"
    qtbot.mouseClick(window.add_bar.add_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 1
    text = window.message_area.text()
    assert "Already in the list" in text and "mailto:someone@example.com" in text
    assert window.message_area.level is Level.ERROR


def _drag_and_drop(target: QWidget, mime: QMimeData) -> tuple[bool, bool]:
    pos = target.rect().center()
    enter = QDragEnterEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(
        QPointF(pos),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_uri_list_on_the_table_queues_with_the_current_preset(
    qtbot, server, make_engine, open_window
) -> None:
    urls = [server.add(f"/drop{i}.mp4", make_payload(100_000, seed=30 + i)) for i in range(2)]
    engine = make_engine()
    window = open_window(engine)
    window.add_bar.set_preset(FormatPreset.UP_TO_720P)
    mime = QMimeData()
    mime.setUrls([QUrl(u) for u in urls])
    mime.setText("A link title, not a link")

    assert _drag_and_drop(window.table.viewport(), mime) == (True, True)
    jobs = engine.jobs()
    assert [j.url for j in jobs] == urls
    assert all(j.preset is FormatPreset.UP_TO_720P for j in jobs)
    assert window.model.rowCount() == 2
    assert "Queued 2 downloads." in window.message_area.text()


def test_dropping_text_with_several_links_anywhere_on_the_window(
    qtbot, server, make_engine, open_window
) -> None:
    urls = [server.add(f"/text{i}.mp4", make_payload(100_000, seed=40 + i)) for i in range(3)]
    engine = make_engine()
    window = open_window(engine)
    mime = QMimeData()
    mime.setText(f"Watch these:\n{urls[0]}\n{urls[1]}, and {urls[2]}.")

    assert _drag_and_drop(window.details, mime) == (True, True)  # bubbles up to the window
    assert [j.url for j in engine.jobs()] == urls


def test_a_drop_with_nothing_usable_says_so(qtbot, make_engine, open_window) -> None:
    engine = make_engine()
    window = open_window(engine)

    words = QMimeData()
    words.setText("just some words")
    _drag_and_drop(window.table.viewport(), words)
    assert "No web address found" in window.message_area.text()

    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile("/tmp/movie.mp4")])
    _drag_and_drop(window.table.viewport(), files)
    assert "Only http:// and https://" in window.message_area.text()

    image = QMimeData()
    image.setData("image/png", b"\x89PNG")
    assert _drag_and_drop(window, image) == (False, False), "no links: refused up front"
    pasted = QMimeData()
    pasted.setData("image/png", b"\x89PNG")
    QGuiApplication.clipboard().setMimeData(pasted)
    window.job_actions[ActionId.PASTE].trigger()
    assert "Nothing to add from the clipboard" in window.message_area.text()
    assert engine.jobs() == []


def test_add_bar_folder_is_checked_when_chosen(
    qtbot, server, make_engine, open_window, desktop: Desktop, tmp_path: Path
) -> None:
    engine = make_engine()
    window = open_window(engine)
    before = window.add_bar.folder()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")

    desktop.folder_choice = str(blocker / "inside")
    window.add_bar.folder_button.click()
    assert window.add_bar.folder() == before, "an unusable folder is not taken"
    assert window.message_area.level is Level.ERROR
    assert str(blocker) in window.message_area.text()

    good = tmp_path / "videos"
    desktop.folder_choice = str(good)
    window.add_bar.folder_button.click()
    assert window.add_bar.folder() == str(good) and good.is_dir()
    [result] = window.add_text(server.add("/here.mp4", make_payload(50_000, seed=5)))
    assert result.job.output_dir == str(good)
    job = wait_state(qtbot, engine, result.job.id, JobState.DONE)
    assert Path(job.file_path).parent == good


# -- controls -----------------------------------------------------------------------------------


def test_toolbar_actions_pause_resume_cancel_retry_and_open(
    qtbot, server, make_engine, open_window, desktop: Desktop
) -> None:
    data = make_payload(1_500_000, seed=50)
    url = server.add("/controls.mp4", data, throttle=400_000)
    engine = make_engine()
    window = open_window(engine)
    toolbar = set(window.toolbar.actions())
    for action_id in (ActionId.PAUSE, ActionId.RESUME, ActionId.CANCEL, ActionId.RETRY):
        assert window.job_actions[action_id] in toolbar
    [result] = window.add_text(url)
    job_id = result.job.id
    window.select_jobs([job_id])
    assert window.selected_ids() == [job_id]
    qtbot.waitUntil(lambda: engine.job(job_id).bytes_done > 100_000, timeout=10000)
    wait_status(qtbot, window, job_id, "Downloading")
    qtbot.waitUntil(lambda: "%" in window.model.index_of(job_id, Column.PROGRESS).data())
    assert {ActionId.PAUSE, ActionId.CANCEL} <= enabled_actions(window)
    assert not {ActionId.RESUME, ActionId.RETRY} & enabled_actions(window)

    window.job_actions[ActionId.PAUSE].trigger()
    assert engine.job(job_id).state is JobState.PAUSED
    wait_status(qtbot, window, job_id, "Paused")
    assert ActionId.RESUME in enabled_actions(window) and ActionId.PAUSE not in enabled_actions(
        window
    )

    window.job_actions[ActionId.RESUME].trigger()
    assert engine.job(job_id).state in (JobState.QUEUED, JobState.DOWNLOADING)
    wait_status(qtbot, window, job_id, "Downloading")

    window.job_actions[ActionId.CANCEL].trigger()
    assert engine.job(job_id).state is JobState.CANCELED
    wait_status(qtbot, window, job_id, "Canceled")
    assert ActionId.RETRY in enabled_actions(window) and ActionId.CANCEL not in enabled_actions(
        window
    )
    qtbot.waitUntil(lambda: not engine.is_running(job_id), timeout=5000)

    server.set_throttle("/controls.mp4", None)
    window.job_actions[ActionId.RETRY].trigger()
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    wait_status(qtbot, window, job_id, "Finished")
    assert sha256(Path(job.file_path)) == sha256(data)
    qtbot.waitUntil(lambda: ActionId.OPEN_FILE in enabled_actions(window))
    window.job_actions[ActionId.OPEN_FILE].trigger()
    window.job_actions[ActionId.OPEN_FOLDER].trigger()
    assert desktop.opened == [
        QUrl.fromLocalFile(job.file_path),
        QUrl.fromLocalFile(str(Path(job.file_path).parent)),
    ]


def test_actions_follow_the_selection(
    qtbot, make_engine, open_window, db_path: Path, downloads: Path
) -> None:
    done_file = downloads / "done.mp4"
    done_file.write_bytes(b"video")
    stored(
        db_path,
        stored_job(0, JobState.DONE, downloads, file_path=str(done_file), bytes_total=5),
        stored_job(1, JobState.PAUSED, downloads),
        stored_job(2, JobState.FAILED, downloads, error="The video does not exist (HTTP 404)."),
    )
    engine = make_engine()
    window = open_window(engine)
    done, paused, failed = (f"{n:016x}" for n in range(3))

    window.select_jobs([])
    selection_free = {ActionId.ADD, ActionId.PASTE, ActionId.SETTINGS, ActionId.QUIT}
    assert enabled_actions(window) == selection_free | {ActionId.RESUME_ALL}
    window.select_jobs([done])
    assert {ActionId.OPEN_FILE, ActionId.OPEN_FOLDER, ActionId.REMOVE} <= enabled_actions(window)
    assert not {ActionId.PAUSE, ActionId.RESUME, ActionId.RETRY, ActionId.CANCEL} & enabled_actions(
        window
    )
    window.select_jobs([paused])
    assert {ActionId.RESUME, ActionId.CANCEL, ActionId.MOVE_UP} <= enabled_actions(window)
    assert not {ActionId.PAUSE, ActionId.RETRY, ActionId.OPEN_FILE} & enabled_actions(window)
    window.select_jobs([failed])
    assert ActionId.RETRY in enabled_actions(window)
    assert not {ActionId.PAUSE, ActionId.RESUME, ActionId.MOVE_UP} & enabled_actions(window)
    window.select_jobs([done, paused, failed])
    assert {ActionId.RESUME, ActionId.RETRY, ActionId.CANCEL} <= enabled_actions(window)
    assert ActionId.OPEN_FILE not in enabled_actions(window)
    assert window.details.job_id is None, "several selected: no single job's details"

    done_file.unlink()
    window.select_jobs([done])
    assert ActionId.OPEN_FILE not in enabled_actions(window), "the file is gone"


def test_shortcuts_work_from_the_table(
    qtbot, make_engine, open_window, db_path: Path, downloads: Path, desktop: Desktop, server
) -> None:
    done_file = downloads / "keys.mp4"
    done_file.write_bytes(b"video")
    slow = [server.add(f"/slow{n}.mp4", make_payload(900_000), throttle=100_000) for n in (1, 2)]
    stored(
        db_path,
        stored_job(0, JobState.DONE, downloads, file_path=str(done_file)),
        stored_job(1, JobState.PAUSED, downloads, url=slow[0]),
        stored_job(2, JobState.PAUSED, downloads, url=slow[1]),
    )
    engine = make_engine()
    window = open_window(engine)
    done, first, second = (f"{n:016x}" for n in range(3))
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)

    window.select_jobs([done])
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert desktop.opened == [QUrl.fromLocalFile(str(done_file))]
    row = window.proxy.mapFromSource(window.model.index_of(done, Column.SIZE))
    where = window.table.visualRect(row).center()
    # A real double-click is press, release, then the double-click event.
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert desktop.opened[-1] == QUrl.fromLocalFile(str(done_file)), "double-click opens"
    assert len(desktop.opened) == 2

    window.select_jobs([second])
    qtbot.keyClick(window.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [j.id for j in engine.jobs()] == [done, second, first]
    assert window.selected_ids() == [second], "the selection moves with the job"

    server.add("/key.mp4", make_payload(10_000))
    QGuiApplication.clipboard().setText(f"{server.url('/key.mp4')}\nno link here")
    qtbot.keyClick(window.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [j.url for j in engine.jobs()][-1] == server.url("/key.mp4")
    window.select_jobs([second])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    assert engine.job(second).state.is_unfinished, "Space resumes a paused job"
    qtbot.keyClick(window.table, Qt.Key.Key_Space)
    assert engine.job(second).state is JobState.PAUSED, "and pauses it again"

    window.select_jobs([done])
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert engine.job(done) is None and done_file.exists(), "Del forgets, the file stays"

    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.add_bar.field.hasFocus()
    qtbot.keyClick(window.add_bar.field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "key.mp4" in window.add_bar.field.text(), "Ctrl+V in the field pastes text"
    qtbot.keyClick(window.add_bar.field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert desktop.quits == 1


def test_remove_with_files_asks_first_and_deletes_the_file(
    qtbot, make_engine, open_window, db_path: Path, downloads: Path, desktop: Desktop
) -> None:
    video = downloads / "remove-me.mp4"
    video.write_bytes(b"video")
    stored(db_path, stored_job(0, JobState.DONE, downloads, file_path=str(video)))
    engine = make_engine()
    window = open_window(engine)
    job_id = f"{0:016x}"
    window.select_jobs([job_id])

    desktop.answer = False
    window.job_actions[ActionId.REMOVE_WITH_FILES].trigger()
    assert desktop.questions == ["Remove and delete files?"]
    assert engine.job(job_id) is not None and video.exists()

    desktop.answer = True
    window.job_actions[ActionId.REMOVE_WITH_FILES].trigger()
    assert engine.job(job_id) is None and not video.exists()
    assert window.model.rowCount() == 0


def test_removing_an_unfinished_download_asks_first(
    qtbot, make_engine, open_window, db_path: Path, downloads: Path, desktop: Desktop
) -> None:
    partial = stored_job(0, JobState.PAUSED, downloads, bytes_done=500_000, bytes_total=10**6)
    stored(db_path, partial)
    engine = make_engine()
    window = open_window(engine)
    window.select_jobs([partial.id])
    desktop.answer = False
    window.job_actions[ActionId.REMOVE].trigger()
    assert desktop.questions == ["Remove unfinished downloads?"]
    assert engine.job(partial.id) is not None
    desktop.answer = True
    window.job_actions[ActionId.REMOVE].trigger()
    assert engine.job(partial.id) is None and window.model.rowCount() == 0


def test_pause_all_and_resume_all(
    qtbot, server, make_engine, open_window, db_path: Path, downloads: Path
) -> None:
    urls = [server.add(f"/all{n}.mp4", make_payload(800_000), throttle=100_000) for n in (0, 1)]
    jobs = [stored_job(n, JobState.PAUSED, downloads, url=urls[n]) for n in (0, 1)]
    stored(db_path, *jobs)
    engine = make_engine()
    window = open_window(engine)
    assert ActionId.RESUME_ALL in enabled_actions(window)
    assert ActionId.PAUSE_ALL not in enabled_actions(window), "nothing runs yet"

    window.job_actions[ActionId.RESUME_ALL].trigger()
    assert all(engine.job(j.id).state.is_unfinished for j in jobs)
    qtbot.waitUntil(lambda: ActionId.PAUSE_ALL in enabled_actions(window))
    window.job_actions[ActionId.PAUSE_ALL].trigger()
    assert all(engine.job(j.id).state is JobState.PAUSED for j in jobs)
    for job in jobs:
        wait_status(qtbot, window, job.id, "Paused")


def test_moving_while_sorted_returns_to_queue_order(
    qtbot, make_engine, open_window, db_path: Path, downloads: Path
) -> None:
    stored(
        db_path,
        *(stored_job(n, JobState.PAUSED, downloads, title=f"{'cba'[n]} video") for n in range(3)),
    )
    engine = make_engine()
    window = open_window(engine)
    ids = [f"{n:016x}" for n in range(3)]
    window.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert window.proxy.index(0, 0).data() == "a video"

    window.select_jobs([ids[2]])
    window.job_actions[ActionId.MOVE_TOP].trigger()
    assert window.proxy.queue_ordered()
    assert window.table.horizontalHeader().sortIndicatorSection() == -1
    shown = [window.proxy.index(r, 0).data() for r in range(3)]
    assert shown == ["a video", "c video", "b video"]
    window.job_actions[ActionId.MOVE_DOWN].trigger()
    assert [j.id for j in engine.jobs()] == [ids[0], ids[2], ids[1]]
    assert window.selected_ids() == [ids[2]]


# -- details and status -------------------------------------------------------------------------


def test_details_show_an_actionable_error_with_retry_and_the_log(
    qtbot, server, make_engine, open_window
) -> None:
    engine = make_engine()
    window = open_window(engine)
    [result] = window.add_text(server.url("/later.mp4"))
    job_id = result.job.id
    wait_state(qtbot, engine, job_id, JobState.FAILED)
    window.select_jobs([job_id])
    wait_status(qtbot, window, job_id, "Failed")

    details = window.details
    assert details.job_id == job_id
    assert details.error_frame.isVisibleTo(window) and details.retry_button.isVisibleTo(window)
    assert "does not exist" in details.error_label.text()
    log = details.log_view.toPlainText()
    assert "Added to the queue." in log and "Started (attempt 1)." in log
    assert "404" in log

    data = make_payload(80_000, seed=60)
    server.add("/later.mp4", data)
    qtbot.mouseClick(details.retry_button, Qt.MouseButton.LeftButton)
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    qtbot.waitUntil(lambda: details.file_field.text() == job.file_path)
    assert not details.error_frame.isVisibleTo(window)
    assert "Retry requested." in details.log_view.toPlainText()


def test_the_selected_job_moves_in_the_details_pane(
    qtbot, server, make_engine, open_window
) -> None:
    # How often the log is re-read is unit-tested with a fake clock (test_details_pane.py).
    url = server.add("/ticks.mp4", make_payload(2_000_000, seed=61), throttle=500_000)
    engine = make_engine()
    window = open_window(engine)
    [result] = window.add_text(url)
    job_id = result.job.id
    window.select_jobs([job_id])
    flushes: list[list[str]] = []
    window.model.flushed.connect(flushes.append)
    qtbot.waitUntil(lambda: sum(job_id in f for f in flushes) >= 4, timeout=15000)
    qtbot.waitUntil(lambda: "%" in window.details.size_label.text())
    window.job_actions[ActionId.PAUSE].trigger()
    qtbot.waitUntil(lambda: "Paused." in window.details.log_view.toPlainText())


def test_status_bar_counts_and_speed(
    qtbot, server, make_engine, open_window, db_path: Path, downloads: Path
) -> None:
    stored(
        db_path,
        stored_job(0, JobState.PAUSED, downloads),
        stored_job(1, JobState.FAILED, downloads, error="gone"),
        stored_job(2, JobState.DONE, downloads),
    )
    engine = make_engine()
    window = open_window(engine)
    assert window.status_bar.counts_label.text() == "1 paused · 1 failed"
    assert window.filter_bar.button(StateFilter.FINISHED).text() == "Finished  1"
    url = server.add("/speed.mp4", make_payload(2_000_000, seed=62), throttle=400_000)
    window.add_text(url)
    qtbot.waitUntil(
        lambda: window.status_bar.counts_label.text().startswith("1 downloading"), timeout=5000
    )
    qtbot.waitUntil(lambda: "/s" in window.status_bar.speed_label.text(), timeout=10000)


def test_context_menu_offers_the_job_commands(qtbot, make_engine, open_window) -> None:
    window = open_window(make_engine())
    offered = set(window.context_menu.actions())
    for action_id in (ActionId.OPEN_FILE, ActionId.PAUSE, ActionId.RETRY, ActionId.REMOVE):
        assert window.job_actions[action_id] in offered
    window.table.customContextMenuRequested.emit(QPoint(10, 10))
    qtbot.waitUntil(window.context_menu.isVisible)
    window.context_menu.close()
