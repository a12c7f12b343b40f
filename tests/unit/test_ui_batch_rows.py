"""Batches in the job tree: parent rows with the aggregate, children per item, Qt's model
contract through every change, and commands on a batch row acting on its items."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt

from mediadesk.core.probe import ProbeEntry, ProbeKind, ProbeResult
from mediadesk.core.states import JobState
from mediadesk.ui.jobs.model import Column, JobRole, JobTableModel
from mediadesk.ui.jobs.proxy import JobFilterProxy, StateFilter


def feed(name: str, count: int) -> ProbeResult:
    entries = tuple(
        ProbeEntry(
            url=f"http://127.0.0.1:9/{name}/{n}.mp4",
            title=f"{name} episode {n}",
            extractor="Generic",
            video_id=f"{name}-{n}",
            index=n,
        )
        for n in range(1, count + 1)
    )
    return ProbeResult(
        url=f"http://127.0.0.1:9/{name}.rss",
        kind=ProbeKind.PLAYLIST,
        title=f"{name.title()} podcast",
        extractor="Generic",
        video_id=name,
        entries=entries,
    )


@pytest.fixture
def h(harness):
    # Nothing starts by itself: every item stays queued until the test moves it.
    return harness(max_concurrent=0)


@pytest.mark.parametrize("checked", ["model", "proxy"])
def test_tree_passes_qt_model_tester_through_batch_changes(
    qtbot, qtmodeltester, h, checked: str
) -> None:
    engine = h.engine
    single = h.add("http://127.0.0.1:9/single.mp4")
    model = JobTableModel(engine)
    proxy = JobFilterProxy(model)
    qtmodeltester.check(model if checked == "model" else proxy, force_py=True)

    plan = engine.add_playlist(feed("alpha", 5))
    batch_id = plan.batch.id
    engine.add_playlist(feed("beta", 3))
    grown = feed("alpha", 8)
    engine.add_playlist(grown, into=batch_id)  # three new children under an existing row
    engine.pause([batch_id])
    model.flush()
    engine.move_to_top([batch_id])
    engine.move_down([single])
    proxy.sort(Column.STATUS, Qt.SortOrder.DescendingOrder)
    proxy.set_state_filter(StateFilter.PAUSED)
    proxy.set_search_text("alpha")
    engine.remove([plan.jobs[0].id, plan.jobs[1].id])
    proxy.sort(-1)
    proxy.set_state_filter(StateFilter.ALL)
    proxy.set_search_text("")
    engine.remove([j.id for j in engine.batch_items(batch_id)])  # the batch row goes too
    model.flush()
    assert model.index_of(batch_id).isValid() is False
    assert model.rowCount() == 2  # the single job and beta


def test_batch_row_groups_items_and_shows_the_aggregate(qtbot, h) -> None:
    engine = h.engine
    model = JobTableModel(engine)
    plan = engine.add_playlist(feed("alpha", 5))
    parent = model.index_of(plan.batch.id)
    assert parent.isValid() and parent.parent() == QModelIndex()
    assert model.rowCount() == 1 and model.rowCount(parent) == 5
    children = [model.index(r, 0, parent).data(JobRole.ID) for r in range(5)]
    assert children == [j.id for j in plan.jobs]
    assert model.index(0, 0, parent).parent() == parent

    first, second, third = plan.jobs[:3]
    store_done = [
        replace(first, state=JobState.DONE, bytes_done=100, bytes_total=100),
        replace(second, state=JobState.DONE, bytes_done=50, bytes_total=50),
        replace(third, state=JobState.FAILED, error="HTTP 404"),
    ]
    for job in store_done:
        engine.jobChanged.emit(job)  # what the engine emits as items finish
    model.flush()
    status = model.index(parent.row(), Column.STATUS).data()
    assert status == "2 of 5 done · 1 failed"
    assert model.index(parent.row(), Column.TITLE).data() == "Alpha podcast (5 items)"
    assert model.index(parent.row(), Column.PROGRESS).data(JobRole.FRACTION) == pytest.approx(0.4)
    assert model.index(parent.row(), 0).data(JobRole.STATE) == JobState.QUEUED.value
    assert model.index(parent.row(), Column.SIZE).data() != ""  # bytes done so far


def test_flush_updates_the_batch_row_once_with_its_children(qtbot, h) -> None:
    engine = h.engine
    model = JobTableModel(engine)
    plan = engine.add_playlist(feed("alpha", 3))
    changed: list[tuple[int, int, bool]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row(), a.parent().isValid())))
    for job in plan.jobs:
        engine.jobChanged.emit(replace(job, state=JobState.PAUSED))
    model.flush()
    # The batch row once; its three adjacent children in one range (not one signal each).
    assert sorted(changed) == [(0, 0, False), (0, 2, True)]


def test_commands_on_a_batch_row_act_on_its_items(qtbot, h) -> None:
    from PySide6.QtWidgets import QWidget

    from mediadesk.ui.commands import JobCommands
    from mediadesk.ui.jobs.table import JobTable
    from mediadesk.ui.panes.message_area import MessageArea

    engine = h.engine
    host = QWidget()
    qtbot.add_widget(host)
    table = JobTable(engine, icons=None, locale=None, parent=host)  # type: ignore[arg-type]
    commands = JobCommands(
        engine,
        table,
        confirm=lambda *_: True,
        open_url=lambda _url: True,
        messages=MessageArea(host),
        show_status=lambda *_: None,
        parent=host,
    )
    plan = engine.add_playlist(feed("alpha", 4))
    other = h.add("http://127.0.0.1:9/other.mp4")
    items = [j.id for j in plan.jobs]
    table.select_ids([plan.batch.id])
    assert table.selected_ids() == [plan.batch.id]
    assert {j.id for j in table.selected_jobs()} == set(items)

    commands.pause_selected()
    assert {h.state(i) for i in items} == {JobState.PAUSED}
    assert h.state(other) is JobState.QUEUED
    commands.resume_selected()
    assert {h.state(i) for i in items} == {JobState.QUEUED}
    commands.cancel_selected()
    assert {h.state(i) for i in items} == {JobState.CANCELED}
    commands.retry_selected()
    assert {h.state(i) for i in items} == {JobState.QUEUED}
    engine.move_to_top([other])
    table.select_ids([plan.batch.id])
    commands.move_selected_to_top()
    assert [j.id for j in engine.jobs()] == [*items, other]
    commands.move_selected_down()
    assert [j.id for j in engine.jobs()] == [other, *items]  # each item one step down
    table.select_ids([plan.batch.id])
    commands.remove_selected()
    assert engine.batch(plan.batch.id) is None and [j.id for j in engine.jobs()] == [other]
    assert table.model.rowCount() == 1
