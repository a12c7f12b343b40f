"""A screen reader can name every control and say each job's title, state and progress;
the window works from the keyboard in a sensible order; state is never colour alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from mediadesk.core.states import JobState
from mediadesk.ui.jobs.model import Column
from mediadesk.ui.panes.message_area import Level
from tests.support.ui import stored_job


def _tab_stops(window: QWidget) -> list[QWidget]:
    """What Tab visits, in order, starting at the add field: real Tab key presses.
    (Walking Qt's focus chain by hand would wrap Qt's private helper widgets, whose
    wrappers outlive them.)"""
    window.activateWindow()
    start = window.add_bar.field
    start.setFocus(Qt.FocusReason.TabFocusReason)
    stops: list[QWidget] = [start]
    for _ in range(80):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current is start or current is None:
            break
        stops.append(current)
    return stops


def _window_with_jobs(harness, open_window, downloads: Path):  # type: ignore[no-untyped-def]
    jobs = [
        stored_job(1, JobState.FAILED, downloads, error="The server said 404: not found."),
        stored_job(2, JobState.PAUSED, downloads, bytes_done=250_000, bytes_total=1_000_000),
        stored_job(3, JobState.DONE, downloads, file_path=str(downloads / "x.mp4")),
    ]
    h = harness(stored=jobs)
    window = open_window(h.engine)
    window.select_jobs([jobs[0].id])  # the details page with its fields and Retry
    window.message_area.show_message("Something to read", Level.WARNING)
    QCoreApplication.processEvents()
    return h, window, jobs


def test_every_focusable_control_has_an_accessible_name(
    qtbot, harness, open_window, downloads: Path
) -> None:
    _h, window, _jobs = _window_with_jobs(harness, open_window, downloads)
    stops = _tab_stops(window)
    # The filter buttons are one group: Tab enters the checked one, arrows move between them.
    assert len(stops) >= 10
    unnamed = [
        f"{type(w).__name__}#{w.objectName()}"
        for w in stops
        if not w.accessibleName().strip()
        and w.objectName() not in ("qt_scrollarea_viewport", "qt_scrollarea_hcontainer")
        and type(w).__name__ != "QScrollBar"
    ]
    assert unnamed == []
    toolbar_buttons = [w for w in window.toolbar.findChildren(QToolButton) if w.defaultAction()]
    assert toolbar_buttons and all(b.accessibleName() for b in toolbar_buttons)


def test_tab_order_follows_the_window_from_top_to_bottom(
    qtbot, harness, open_window, downloads: Path
) -> None:
    _h, window, _jobs = _window_with_jobs(harness, open_window, downloads)
    stops = _tab_stops(window)
    landmarks = [
        window.add_bar.field,
        window.add_bar.preset_combo,
        window.add_bar.folder_button,
        window.add_bar.add_button,
        window.filter_bar.button(next(iter(window.filter_bar._buttons))),
        window.filter_bar.search_field,
        window.table,
        window.details.url_field,
        window.details.retry_button,
        window.details.log_view,
    ]
    positions = [stops.index(w) for w in landmarks]
    assert positions == sorted(positions), [type(w).__name__ for w in stops]


def test_rows_tell_a_screen_reader_title_state_and_progress(
    qtbot, harness, open_window, downloads: Path
) -> None:
    _h, window, jobs = _window_with_jobs(harness, open_window, downloads)
    paused = window.proxy.mapFromSource(window.model.index_of(jobs[1].id, Column.TITLE))
    said = paused.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Stored video 2" in said and "Paused" in said and "25% done" in said
    failed = window.proxy.mapFromSource(window.model.index_of(jobs[0].id, Column.STATUS))
    assert failed.data(Qt.ItemDataRole.AccessibleTextRole) == "Failed"
    assert "404" in failed.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    empty = window.proxy.mapFromSource(window.model.index_of(jobs[2].id, Column.SPEED))
    assert empty.data(Qt.ItemDataRole.AccessibleTextRole) == "none"


def test_state_is_never_colour_alone(qtbot, harness, open_window, downloads: Path) -> None:
    _h, window, jobs = _window_with_jobs(harness, open_window, downloads)
    for job in jobs:
        status = window.proxy.mapFromSource(window.model.index_of(job.id, Column.STATUS))
        assert status.data() == job.state.label  # words beside the coloured icon
    sign = window.message_area.findChild(QWidget, "messageSign")
    assert sign.text() == "⚠" and window.message_area.accessibleName() == "Warning"
    assert window.details.error_frame.accessibleName() == "Error"
