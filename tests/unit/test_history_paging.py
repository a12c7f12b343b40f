"""A long history stays in the store: the engine holds the live jobs, the table fetches rows a
page at a time, counts cover every job, and sorting, filtering, searching, adding, commands
and reordering behave over rows that are not loaded yet."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from mediadesk.core.batch import Batch
from mediadesk.core.states import JobState
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.ui.jobs.model import Column, JobTableModel
from mediadesk.ui.jobs.proxy import JobFilterProxy, StateFilter
from tests.support.ui import stored_job

SIZE = 60
PAGE = 10
PAUSED_FAR = 45  # a paused job far past the first page


def _state(n: int) -> JobState:
    if n in (3, PAUSED_FAR):
        return JobState.PAUSED
    return (JobState.DONE, JobState.DONE, JobState.FAILED, JobState.CANCELED)[n % 4]


@pytest.fixture
def h(harness, downloads: Path):
    jobs = [
        stored_job(n, _state(n), downloads, title=f"Talk {n}", bytes_total=1000 + n)
        for n in range(SIZE)
    ]
    return harness(stored=jobs, max_concurrent=1)


def _ids(model: JobTableModel) -> list[str]:
    return [model.job_at(r).id for r in range(model.rowCount())]


def test_the_engine_holds_the_live_jobs_and_counts_every_job(h) -> None:
    everything = h.engine.jobs()
    assert len(everything) == SIZE
    assert [j.id for j in h.engine.live_jobs()] == [
        j.id for j in everything if j.state is JobState.PAUSED
    ]
    assert h.engine.state_counts() == Counter(j.state for j in everything)
    done = next(j for j in everything if j.state is JobState.DONE)
    assert h.engine.job(done.id) == done, "a finished job is still there when asked for"


def test_rows_come_a_page_at_a_time_in_queue_order(qtbot, qtmodeltester, h) -> None:
    model = JobTableModel(h.engine, page_size=PAGE)
    queue = [j.id for j in h.engine.jobs()]
    assert _ids(model) == queue[:PAGE]
    assert model.stats().total == SIZE
    assert model.stats().count(JobState.PAUSED) == 2
    # A view shown at once (before the event loop) finds no more to fetch: its check comes
    # before its rows are laid out, and the first page fills any window.
    assert not model.canFetchMore(QModelIndex())
    QCoreApplication.processEvents()
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert _ids(model) == queue[: 2 * PAGE]
    model.fetch_all()
    assert _ids(model) == queue and not model.canFetchMore(QModelIndex())
    fresh = JobTableModel(h.engine, page_size=PAGE)
    QCoreApplication.processEvents()
    qtmodeltester.check(fresh, force_py=True)  # it fetches


def test_a_job_added_before_the_history_is_loaded_shows_at_once_and_stays_last(qtbot, h) -> None:
    model = JobTableModel(h.engine, page_size=PAGE)
    [added] = h.engine.add_urls(["http://127.0.0.1:9/new.mp4"])
    h.engine.pause([added.job.id])
    assert _ids(model)[-1] == added.job.id and model.rowCount() == PAGE + 1
    model.fetchMore(QModelIndex())
    assert _ids(model)[-1] == added.job.id and model.rowCount() == 2 * PAGE + 1
    model.fetch_all()
    assert _ids(model) == [j.id for j in h.engine.jobs()]
    assert model.stats().total == SIZE + 1


def test_sorting_filtering_and_searching_are_over_every_job(qtbot, h) -> None:
    everything = h.engine.jobs()
    model = JobTableModel(h.engine, page_size=PAGE)
    proxy = JobFilterProxy(model)
    proxy.sort(Column.SIZE, Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount() == SIZE
    assert proxy.index(0, 0).data() == f"Talk {SIZE - 1}"

    for state_filter, state in ((StateFilter.FAILED, JobState.FAILED),):
        model = JobTableModel(h.engine, page_size=PAGE)
        proxy = JobFilterProxy(model)
        proxy.set_state_filter(state_filter)
        assert proxy.rowCount() == sum(1 for j in everything if j.state is state)

    model = JobTableModel(h.engine, page_size=PAGE)
    proxy = JobFilterProxy(model)
    proxy.set_search_text(f"talk {PAUSED_FAR}")
    assert proxy.rowCount() == 1


def test_commands_reach_finished_jobs_that_were_never_loaded(qtbot, h) -> None:
    model = JobTableModel(h.engine, page_size=PAGE)
    everything = h.engine.jobs()
    far_failed = next(j for j in everything[PAGE:] if j.state is JobState.FAILED)
    far_done = next(j for j in everything[PAGE:] if j.state is JobState.DONE)
    near_done = next(j for j in everything[:PAGE] if j.state is JobState.DONE)

    h.engine.retry([far_failed.id])
    assert h.state(far_failed.id).is_unfinished
    assert far_failed.id in {j.id for j in h.engine.live_jobs()}
    h.engine.remove([far_done.id, near_done.id])
    assert h.engine.job(far_done.id) is None and h.store.get_jobs([far_done.id]) == []
    assert near_done.id not in _ids(model)

    model.flush()
    counts = Counter(j.state for j in h.engine.jobs())
    assert h.engine.state_counts() == counts
    assert model.stats().counts == counts and model.stats().total == SIZE - 2


def test_a_finished_address_in_the_history_counts_as_downloaded_before(h) -> None:
    done = next(j for j in h.engine.jobs() if j.state is JobState.DONE)
    [result] = h.engine.add_urls([done.url])
    assert result.job is None and result.downloaded and result.duplicate_of == done.id


def test_a_change_to_a_job_without_a_row_refreshes_the_counts(qtbot, h) -> None:
    model = JobTableModel(h.engine, page_size=PAGE)
    far = next(j for j in h.engine.live_jobs() if j.id not in set(_ids(model)))
    with qtbot.waitSignal(model.statsChanged):
        h.engine.cancel([far.id])
        model.flush()
    assert model.stats().count(JobState.PAUSED) == 1
    assert far.id not in _ids(model)


def test_reordering_moves_a_job_into_and_out_of_the_loaded_rows(qtbot, h) -> None:
    model = JobTableModel(h.engine, page_size=PAGE)
    near, far = (j.id for j in h.engine.live_jobs())
    h.engine.move_to_top([far])  # the two paused jobs swap places
    shown = _ids(model)
    assert far in shown and near not in shown
    assert shown == [j.id for j in h.engine.jobs()][:PAGE]
    model.fetch_all()
    assert _ids(model) == [j.id for j in h.engine.jobs()]


def test_pausing_many_jobs_is_one_write(h, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [r.job.id for r in h.engine.add_urls([f"http://127.0.0.1:9/{n}" for n in range(300)])]
    writes: list[int] = []
    update_jobs = h.store.update_jobs
    monkeypatch.setattr(h.store, "update_jobs", lambda jobs: writes.append(1) or update_jobs(jobs))
    h.engine.pause(ids)
    assert all(h.state(i) is JobState.PAUSED for i in ids)
    assert h.messages(ids[-1])[-1] == "Paused."
    assert len(writes) == 1


def test_a_first_page_that_is_one_batch_row_is_followed_by_more_once_the_window_is_up(
    qtbot, harness, open_window, db_path: Path, downloads: Path
) -> None:
    """The first paint gets one page (200 jobs); when that page is the items of a single
    playlist (one row), the view still asks for more as soon as the event loop runs."""
    store = SqliteJobStore.open(db_path)
    store.put_batch(Batch("b1", "http://127.0.0.1:9/list", "Big list", str(downloads), 1.0))
    store.close()
    items = [stored_job(n, JobState.DONE, downloads, batch_id="b1") for n in range(250)]
    loose = [stored_job(n, JobState.DONE, downloads) for n in range(250, 260)]
    window = open_window(harness(stored=[*items, *loose]).engine)
    assert window.model.rowCount() == 1, "the first page: the playlist's row"
    qtbot.waitUntil(lambda: window.model.rowCount() == 11, timeout=5000)
