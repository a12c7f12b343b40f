"""The job table model and its proxy over a real engine and store: Qt's model contract,
row-precise updates, queue order, sorting and filtering."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState
from mediadesk.ui.jobs.model import Column, JobRole, JobTableModel, status_text
from mediadesk.ui.jobs.proxy import JobFilterProxy, StateFilter


def _job(n: int, state: JobState, folder: Path, **kw: object) -> Job:
    values: dict[str, object] = {
        "id": f"{n:016x}",
        "url": f"http://127.0.0.1:9/video-{n}.mp4",
        "state": state,
        "preset": FormatPreset.BEST,
        "output_dir": str(folder),
        "position": n + 1,
        "created_at": 1_700_000_000.0 + n,
        "title": f"Video {n}",
    }
    values.update(kw)
    return Job(**values)  # type: ignore[arg-type]


@pytest.fixture
def mixed_engine(harness, downloads: Path):
    """An engine over jobs in every state that cannot start by itself (nothing queued); jobs
    added later start fake runners, never a worker process."""
    jobs = [
        _job(0, JobState.DONE, downloads, bytes_done=5_000_000, bytes_total=5_000_000),
        _job(1, JobState.PAUSED, downloads, bytes_done=1_000_000, bytes_total=4_000_000),
        _job(2, JobState.FAILED, downloads, error="The video does not exist (HTTP 404)."),
        _job(3, JobState.CANCELED, downloads),
        _job(4, JobState.PAUSED, downloads, title="", bytes_done=20_000_000, bytes_total=None),
        _job(5, JobState.DONE, downloads, bytes_done=900, bytes_total=900, title="a tiny clip"),
    ]
    return harness(stored=jobs, max_concurrent=1).engine


@pytest.mark.parametrize("checked", ["model", "proxy"])
def test_model_passes_qt_model_tester_through_every_kind_of_change(
    qtbot, qtmodeltester, mixed_engine, checked: str
) -> None:
    engine = mixed_engine
    model = JobTableModel(engine)
    proxy = JobFilterProxy(model)
    # The tester stays connected and checks every insert, change, move and removal below.
    qtmodeltester.check(model if checked == "model" else proxy, force_py=True)

    ids = [j.id for j in engine.jobs()]
    results = engine.add_text(
        "http://127.0.0.1:9/new-a.mp4 http://127.0.0.1:9/new-b.mp4", preset=None
    )
    new_ids = [r.job.id for r in results]
    engine.pause(new_ids)
    engine.cancel([ids[1]])
    model.flush()
    engine.move_to_top([ids[4]])
    engine.move_down([ids[0]])
    proxy.sort(Column.SIZE, Qt.SortOrder.DescendingOrder)
    proxy.set_state_filter(StateFilter.PAUSED)
    proxy.set_search_text("new")
    engine.remove([ids[2], new_ids[0]])
    proxy.sort(-1)
    proxy.set_state_filter(StateFilter.ALL)
    proxy.set_search_text("")
    model.flush()
    assert [model.job_at(r).id for r in range(model.rowCount())] == [j.id for j in engine.jobs()]
    assert proxy.rowCount() == model.rowCount() == len(ids)


def test_rows_are_in_queue_order_and_follow_reordering(qtbot, mixed_engine) -> None:
    engine = mixed_engine
    model = JobTableModel(engine)
    ids = [j.id for j in engine.jobs()]
    assert [model.job_at(r).id for r in range(model.rowCount())] == ids
    tracked = QPersistentModelIndex(model.index_of(ids[4], Column.STATUS))

    # Only the queue moves (paused ids[1] and ids[4] swap places); the history stays put.
    with qtbot.waitSignal(model.layoutChanged):
        engine.move_to_top([ids[4]])
    shown = [model.job_at(r).id for r in range(model.rowCount())]
    assert shown == [ids[0], ids[4], ids[2], ids[3], ids[1], ids[5]]
    assert tracked.row() == 1 and tracked.column() == Column.STATUS, "persistent index follows"
    engine.move_down([ids[4]])
    assert [model.job_at(r).id for r in range(model.rowCount())] == [j.id for j in engine.jobs()]
    assert all(model.row_of(i) == r for r, i in enumerate(j.id for j in engine.jobs()))


def test_changes_are_coalesced_and_touch_only_changed_rows(qtbot, mixed_engine) -> None:
    engine = mixed_engine
    model = JobTableModel(engine, flush_interval_ms=100)
    ids = [j.id for j in engine.jobs()]
    changes: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda tl, br, _roles=(): changes.append((tl.row(), br.row(), tl.column(), br.column()))
    )

    engine.cancel([ids[1], ids[4]])  # two real state changes
    paused = engine.job(ids[1])
    assert paused is not None
    # A burst of progress-like values for one job, as the engine emits them.
    for step in range(50):
        engine.jobChanged.emit(replace(engine.job(ids[2]), bytes_done=step * 1000))
    assert changes == [], "nothing is emitted before the flush timer fires"
    assert model.has_pending_changes()

    with qtbot.waitSignal(model.flushed, timeout=1000) as flushed:
        pass
    last = len(Column) - 1
    # Adjacent rows 1 and 2 share one signal; row 3 did not change and is not repainted.
    assert sorted(changes) == [(1, 2, 0, last), (4, 4, 0, last)]
    assert sorted(flushed.args[0]) == sorted([ids[1], ids[2], ids[4]])
    assert model.job(ids[2]).bytes_done == 49_000, "the last value of a burst wins"
    assert model.job(ids[1]).state is JobState.CANCELED

    changes.clear()
    engine.jobChanged.emit(engine.job(ids[0]))  # same value again: nothing to repaint
    model.flush()
    assert changes == []


def test_added_and_removed_jobs_keep_the_id_index_consistent(qtbot, mixed_engine) -> None:
    engine = mixed_engine
    model = JobTableModel(engine)
    before = model.rowCount()
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        results = engine.add_text("http://127.0.0.1:9/x.mp4\nhttp://127.0.0.1:9/y.mp4")
    assert inserted.args[1:] == [before, before + 1]
    new_ids = [r.job.id for r in results]
    engine.pause(new_ids)
    ids = [j.id for j in engine.jobs()]
    engine.remove([ids[0], ids[2], ids[3], new_ids[1]])
    assert model.rowCount() == before + 2 - 4
    for row in range(model.rowCount()):
        assert model.row_of(model.job_at(row).id) == row
    assert model.job(ids[0]) is None and model.index_of(ids[0]) == QModelIndex()
    assert model.stats().total == model.rowCount()


def test_display_text_and_roles(qtbot, mixed_engine) -> None:
    model = JobTableModel(mixed_engine)
    ids = [j.id for j in mixed_engine.jobs()]

    def text(job_id: str, column: Column) -> str:
        return model.index_of(job_id, column).data(Qt.ItemDataRole.DisplayRole)

    assert text(ids[0], Column.STATUS) == "Finished"
    assert text(ids[0], Column.PROGRESS) == "100%"
    assert text(ids[0], Column.SIZE) == "5.0 MB"
    assert text(ids[1], Column.SIZE) == "1.0 MB of 4.0 MB"
    assert text(ids[1], Column.PROGRESS) == "25%"
    assert text(ids[4], Column.TITLE) == "video-4.mp4 (127.0.0.1)", "the address until a title"
    assert text(ids[4], Column.SIZE) == "20.0 MB"
    assert model.index_of(ids[4], Column.PROGRESS).data(JobRole.FRACTION) is None
    assert model.index_of(ids[1], Column.PROGRESS).data(JobRole.FRACTION) == pytest.approx(0.25)
    assert model.index_of(ids[2], Column.STATUS).data(JobRole.STATE) == "failed"
    assert "404" in model.index_of(ids[2], Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index_of(ids[1], Column.TITLE).data(JobRole.JOB).id == ids[1]
    stats = model.stats()
    assert stats.count(JobState.PAUSED) == 2 and stats.count(JobState.DONE) == 2
    assert stats.speed == 0


def test_status_text_explains_waiting_and_stalls(downloads: Path) -> None:
    queued = _job(1, JobState.QUEUED, downloads)
    assert status_text(queued) == "Queued"
    assert status_text(replace(queued, retry_at=time.time() + 5)) == "Waiting to retry"
    downloading = _job(2, JobState.DOWNLOADING, downloads, speed=0.0)
    assert status_text(downloading) == "Stalled"
    assert status_text(replace(downloading, speed=1e6)) == "Downloading"


def test_proxy_sorts_numerically_and_returns_to_queue_order(qtbot, mixed_engine) -> None:
    model = JobTableModel(mixed_engine)
    proxy = JobFilterProxy(model)
    queue = [j.id for j in mixed_engine.jobs()]

    def order() -> list[str]:
        return [proxy.index(r, 0).data(JobRole.ID) for r in range(proxy.rowCount())]

    proxy.sort(Column.SIZE, Qt.SortOrder.DescendingOrder)
    sizes = [proxy.index(r, Column.SIZE).data(JobRole.SORT) for r in range(proxy.rowCount())]
    assert sizes == sorted(sizes, reverse=True)
    assert order()[0] == queue[4], "20 MB sorts above 5 MB (numbers, not text)"
    assert order()[-1] in (queue[2], queue[3]), "unknown sizes last"
    proxy.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert order()[0] == queue[5], "'a tiny clip' sorts first, case-insensitively"
    proxy.restore_queue_order()
    assert proxy.queue_ordered() and order() == queue


def test_proxy_filters_by_state_and_searches_title_and_url(qtbot, mixed_engine) -> None:
    model = JobTableModel(mixed_engine)
    proxy = JobFilterProxy(model)
    ids = [j.id for j in mixed_engine.jobs()]

    def shown() -> set[str]:
        return {proxy.index(r, 0).data(JobRole.ID) for r in range(proxy.rowCount())}

    proxy.set_state_filter(StateFilter.PAUSED)
    assert shown() == {ids[1], ids[4]}
    proxy.set_state_filter(StateFilter.FAILED)
    assert shown() == {ids[2]}, "canceled is the user's choice, not a failure"
    proxy.set_state_filter(StateFilter.CANCELED)
    assert shown() == {ids[3]}
    proxy.set_state_filter(StateFilter.FINISHED)
    assert shown() == {ids[0], ids[5]}
    proxy.set_state_filter(StateFilter.ACTIVE)
    assert shown() == set()
    proxy.set_state_filter(StateFilter.ALL)
    proxy.set_search_text("  TINY ")
    assert shown() == {ids[5]}
    proxy.set_search_text("video-4.mp4")  # matches the URL (job 4 has no title)
    assert shown() == {ids[4]}
    proxy.set_search_text("")
    assert shown() == set(ids)


def test_proxy_filter_follows_state_changes(qtbot, mixed_engine) -> None:
    model = JobTableModel(mixed_engine)
    proxy = JobFilterProxy(model)
    proxy.set_state_filter(StateFilter.PAUSED)
    paused = [j.id for j in mixed_engine.jobs() if j.state is JobState.PAUSED]
    assert proxy.rowCount() == 2
    mixed_engine.cancel([paused[0]])
    model.flush()
    assert proxy.rowCount() == 1
