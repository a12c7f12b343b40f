"""Ten thousand jobs of history: the window opens with its first rows (the rest on demand)
and counts for all of them, paints no per-row widgets,
and twenty moving jobs cost twenty row updates per flush, not a table refresh. (How long
these take depends on the machine: ``python -m bench ui_scale`` measures it.)"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from mediadesk.core.states import JobState
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.ui.jobs.model import Column
from mediadesk.ui.jobs.proxy import StateFilter
from tests.support.ui import stored_job

HISTORY = 10_000
MOVING = 20


@pytest.fixture
def big_store(db_path: Path, downloads: Path) -> None:
    states = [JobState.DONE] * 8 + [JobState.FAILED, JobState.PAUSED]
    store = SqliteJobStore.open(db_path)
    with store.transaction():
        for n in range(HISTORY):
            store.insert_job(
                stored_job(
                    n,
                    states[n % len(states)],
                    downloads,
                    title=f"Recorded talk number {n}",
                    bytes_done=1_000_000 + n,
                    bytes_total=2_000_000 + n,
                    file_path=str(downloads / f"talk-{n}.mp4"),
                )
            )
    store.close()


def test_ten_thousand_jobs_open_without_per_row_widgets(
    qtbot, big_store, make_engine, open_window
) -> None:
    engine = make_engine()
    assert len(engine.jobs()) == HISTORY
    window = open_window(engine)
    QCoreApplication.processEvents()
    assert 0 < window.model.rowCount() < HISTORY, "rows come on demand"
    assert window.model.stats().total == HISTORY
    assert window.status_bar.counts_label.text().startswith(f"{HISTORY // 10} paused")

    viewport = window.table.viewport()
    assert viewport.findChildren(QWidget) == [], "rows are painted, not widgets"
    widgets_before = len(window.findChildren(QWidget))
    window.table.scrollToBottom()
    window.table.sortByColumn(Column.SIZE, Qt.SortOrder.DescendingOrder)
    QCoreApplication.processEvents()
    assert window.model.rowCount() == HISTORY, "sorting is over every job"
    assert len(window.findChildren(QWidget)) == widgets_before
    assert window.table.indexWidget(window.proxy.index(0, Column.PROGRESS)) is None
    assert window.proxy.index(0, Column.SIZE).data() == "1.0 MB of 2.0 MB"

    window.filter_bar.set_state_filter(StateFilter.PAUSED)
    window.filter_bar.set_search_text("number 99")
    assert window.proxy.rowCount() == len(
        [n for n in range(9, HISTORY, 10) if "number 99" in f"Recorded talk number {n}"]
    )


def test_twenty_moving_jobs_update_only_their_rows(
    qtbot, big_store, make_engine, open_window
) -> None:
    engine = make_engine()
    window = open_window(engine)
    window.table.sortByColumn(Column.PROGRESS, Qt.SortOrder.AscendingOrder)
    moving = [j for j in engine.jobs() if j.state is JobState.PAUSED][:MOVING]
    changed_rows: list[tuple[int, int, int]] = []
    window.model.dataChanged.connect(
        lambda tl, br, _roles=(): changed_rows.append((tl.row(), br.row(), br.column()))
    )
    resets: list[str] = []
    window.model.modelReset.connect(lambda: resets.append("reset"))
    window.model.layoutChanged.connect(lambda *_: resets.append("layout"))

    for tick in range(1, 5):  # four progress reports per job, as a busy second brings
        for job in moving:
            engine.jobChanged.emit(
                replace(
                    job,
                    state=JobState.DOWNLOADING,
                    bytes_done=job.bytes_done + tick * 50_000,
                    speed=1e6,
                    eta=10.0,
                )
            )
        changed_rows.clear()
        window.model.flush()
        QCoreApplication.processEvents()
        last = len(Column) - 1
        expected = sorted((window.model.row_of(j.id),) * 2 + (last,) for j in moving)
        assert sorted(changed_rows) == expected
    assert resets == [], "no resets or relayouts of the whole table"
