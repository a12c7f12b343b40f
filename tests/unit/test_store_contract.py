"""One contract for every JobStore: the SQLite store on a real file and the in-memory one
behave the same for everything the engine relies on. SQLite-only behaviour (migrations,
newer or corrupt databases, backups) is in test_store.py."""

from __future__ import annotations

import ast
import inspect
import math
import sqlite3
from collections.abc import Iterator
from dataclasses import fields, replace
from pathlib import Path

import pytest

import mediadesk.engine
from mediadesk.core.job import EventKind, FormatPreset, Job, JobEvent
from mediadesk.core.ports import JobStore
from mediadesk.core.states import JobState
from mediadesk.store.memory_store import MemoryJobStore
from mediadesk.store.sqlite_store import SqliteJobStore

IMPLEMENTATIONS = [SqliteJobStore, MemoryJobStore]
# What each store raises for a write its constraints refuse (duplicate id, unknown job).
REFUSED = (sqlite3.IntegrityError, ValueError)


@pytest.fixture(params=["sqlite", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[JobStore]:
    if request.param == "memory":
        yield MemoryJobStore()
        return
    sqlite_store = SqliteJobStore.open(tmp_path / "data" / "jobs.sqlite3")
    yield sqlite_store
    sqlite_store.close()


def _job(n: int = 0, **kw: object) -> Job:
    values: dict[str, object] = {
        "id": f"{n:016x}",
        "url": f"https://example.com/{n}.mp4",
        "state": JobState.QUEUED,
        "preset": FormatPreset.BEST,
        "output_dir": "/downloads",
        "position": n,
        "created_at": 1_700_000_000.25 + n,
    }
    values.update(kw)
    return Job(**values)  # type: ignore[arg-type]


def _event(job_id: str, n: int, kind: EventKind = EventKind.INFO) -> JobEvent:
    return JobEvent(job_id, 1_700_000_000.0 + n, kind, f"line {n}")


def _snapshot(store: JobStore, job_ids: list[str]) -> tuple[object, ...]:
    return (store.load_jobs(), [store.events(i) for i in job_ids], store.load_settings())


# -- the port ---------------------------------------------------------------------------------


@pytest.mark.parametrize("impl", IMPLEMENTATIONS, ids=lambda c: c.__name__)
def test_implements_every_method_of_the_port_with_its_parameters(impl: type) -> None:
    for name, member in vars(JobStore).items():
        if name.startswith("_") or not callable(member):
            continue
        wanted = inspect.signature(member).parameters
        found = inspect.signature(getattr(impl, name)).parameters
        assert list(found) == list(wanted), f"{impl.__name__}.{name}"
        for param in wanted.values():
            assert found[param.name].default == param.default, f"{impl.__name__}.{name}"


def test_the_engine_imports_no_store_implementation() -> None:
    """The engine sees the JobStore port only; the composition root picks the store."""
    package = Path(mediadesk.engine.__file__).parent
    for source in package.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            assert not any(n.split(".")[:2] == ["mediadesk", "store"] for n in names), source


# -- jobs -------------------------------------------------------------------------------------


def test_jobs_load_in_position_order_not_insertion_order(store: JobStore) -> None:
    jobs = [_job(1, position=30), _job(2, position=10), _job(3, position=20)]
    for job in jobs:
        store.insert_job(job)
    assert [j.id for j in store.load_jobs()] == [jobs[1].id, jobs[2].id, jobs[0].id]
    store.update_job(replace(jobs[0], position=5))
    assert [j.position for j in store.load_jobs()] == [5, 10, 20]


def test_an_empty_store_has_no_jobs_events_or_settings(store: JobStore) -> None:
    assert store.load_jobs() == []
    assert store.events("0000000000000000") == []
    assert store.load_settings() == {}


def test_update_job_and_update_jobs_replace_by_id(store: JobStore) -> None:
    a, b, c = _job(1), _job(2), _job(3)
    for job in (a, b, c):
        store.insert_job(job)
    store.update_job(replace(a, state=JobState.DOWNLOADING, bytes_done=7))
    store.update_jobs(
        [replace(b, title="B", state=JobState.PAUSED), replace(c, error="x", attempts=3)]
    )
    assert store.load_jobs() == [
        replace(a, state=JobState.DOWNLOADING, bytes_done=7),
        replace(b, title="B", state=JobState.PAUSED),
        replace(c, error="x", attempts=3),
    ]


def test_updating_a_job_that_is_not_stored_changes_nothing(store: JobStore) -> None:
    a = _job(1)
    store.insert_job(a)
    store.update_jobs([_job(9, title="ghost"), replace(a, title="kept")])
    assert store.load_jobs() == [replace(a, title="kept")]


def test_a_duplicate_id_is_refused_and_the_stored_job_kept(store: JobStore) -> None:
    a = _job(1, title="first")
    store.insert_job(a)
    with pytest.raises(REFUSED):
        store.insert_job(replace(a, title="second", position=99))
    assert store.load_jobs() == [a]


def test_delete_takes_the_jobs_events_and_leaves_the_others(store: JobStore) -> None:
    a, b = _job(1), _job(2)
    for job in (a, b):
        store.insert_job(job)
        store.add_event(_event(job.id, 1))
        store.add_event(_event(job.id, 2))
    store.delete_jobs([a.id, "ffffffffffffffff"])  # an unknown id is not an error
    assert store.load_jobs() == [b]
    assert store.events(a.id) == []
    assert store.events(b.id) == [_event(b.id, 1), _event(b.id, 2)]
    store.delete_jobs(iter([b.id]))
    assert store.load_jobs() == [] and store.events(b.id) == []


def test_reinserting_a_deleted_id_starts_with_an_empty_log(store: JobStore) -> None:
    a = _job(1)
    store.insert_job(a)
    store.add_event(_event(a.id, 1))
    store.delete_jobs([a.id])
    store.insert_job(a)
    assert store.events(a.id) == []


def test_an_event_for_a_job_that_is_not_stored_is_refused(store: JobStore) -> None:
    with pytest.raises(REFUSED):
        store.add_event(_event("0123456789abcdef", 1))
    assert store.events("0123456789abcdef") == []


# -- transactions -----------------------------------------------------------------------------


def _write_everything(store: JobStore, a: Job, b: Job) -> None:
    """One of each kind of write, over a store that holds ``a`` and ``b``."""
    store.insert_job(_job(3))
    store.update_job(replace(a, title="changed", position=50))
    store.update_jobs([replace(b, state=JobState.FAILED)])
    store.delete_jobs([b.id])
    store.add_event(_event(a.id, 9))
    store.save_settings({"max_concurrent": 9, "new": "value"})


@pytest.fixture
def two_jobs(store: JobStore) -> tuple[Job, Job]:
    a, b = _job(1), _job(2)
    for job in (a, b):
        store.insert_job(job)
        store.add_event(_event(job.id, 1))
    store.save_settings({"max_concurrent": 2})
    return a, b


def test_an_exception_rolls_back_every_write_of_the_transaction(
    store: JobStore, two_jobs: tuple[Job, Job]
) -> None:
    a, b = two_jobs
    before = _snapshot(store, [a.id, b.id, _job(3).id])
    with pytest.raises(RuntimeError), store.transaction():
        _write_everything(store, a, b)
        assert store.load_jobs() != before[0], "writes are visible inside the transaction"
        raise RuntimeError("boom")
    assert _snapshot(store, [a.id, b.id, _job(3).id]) == before


def test_a_transaction_that_ends_normally_keeps_every_write(
    store: JobStore, two_jobs: tuple[Job, Job]
) -> None:
    a, b = two_jobs
    with store.transaction():
        _write_everything(store, a, b)
    assert store.load_jobs() == [_job(3), replace(a, title="changed", position=50)]
    assert store.events(a.id) == [_event(a.id, 1), _event(a.id, 9)]
    assert store.events(b.id) == []
    assert store.load_settings() == {"max_concurrent": 9, "new": "value"}


def test_a_nested_transaction_joins_the_outer_one(
    store: JobStore, two_jobs: tuple[Job, Job]
) -> None:
    a, b = two_jobs
    before = _snapshot(store, [a.id, b.id, _job(3).id])
    with pytest.raises(RuntimeError), store.transaction():
        with store.transaction():
            _write_everything(store, a, b)
        # The inner block ended normally but committed nothing on its own.
        raise RuntimeError("the outer one fails")
    assert _snapshot(store, [a.id, b.id, _job(3).id]) == before

    with pytest.raises(RuntimeError), store.transaction():
        store.insert_job(_job(4))
        with store.transaction():
            store.delete_jobs([a.id])
            raise RuntimeError("the inner one fails")
    assert _snapshot(store, [a.id, b.id, _job(3).id]) == before

    with store.transaction():
        with store.transaction():
            store.insert_job(_job(4))
        store.insert_job(_job(5))
    assert [j.id for j in store.load_jobs()] == [a.id, b.id, _job(4).id, _job(5).id]


def test_a_write_that_fails_half_way_keeps_nothing(
    store: JobStore, two_jobs: tuple[Job, Job]
) -> None:
    a, b = two_jobs
    before = _snapshot(store, [a.id, b.id])

    def updates() -> Iterator[Job]:
        yield replace(a, title="half")
        raise OSError("the caller's data ran out")

    with pytest.raises(OSError):
        store.update_jobs(updates())
    with pytest.raises(TypeError):
        store.save_settings({"max_concurrent": 5, "bad": object()})
    assert _snapshot(store, [a.id, b.id]) == before


def test_the_store_works_after_a_rolled_back_transaction(
    store: JobStore, two_jobs: tuple[Job, Job]
) -> None:
    a, _ = two_jobs
    with pytest.raises(KeyboardInterrupt), store.transaction():
        store.insert_job(_job(3))
        raise KeyboardInterrupt
    store.insert_job(_job(3))
    store.add_event(_event(a.id, 2))
    assert [j.id for j in store.load_jobs()][-1] == _job(3).id
    assert store.events(a.id, limit=1) == [_event(a.id, 2)]


# -- events -----------------------------------------------------------------------------------


def test_events_are_the_most_recent_oldest_first(store: JobStore) -> None:
    a, b = _job(1), _job(2)
    store.insert_job(a)
    store.insert_job(b)
    for n in range(5):
        store.add_event(_event(a.id, n, EventKind.STATE if n % 2 else EventKind.ERROR))
        store.add_event(_event(b.id, 100 + n))
    logged = [_event(a.id, n, EventKind.STATE if n % 2 else EventKind.ERROR) for n in range(5)]
    assert store.events(a.id) == logged
    assert store.events(a.id, limit=2) == logged[3:]
    assert store.events(a.id, limit=1) == logged[4:]
    assert store.events(a.id, limit=50) == logged
    assert store.events(a.id, limit=0) == []
    assert [e.message for e in store.events(b.id, limit=3)] == ["line 102", "line 103", "line 104"]


def test_events_keep_the_order_they_were_added_in_not_their_time(store: JobStore) -> None:
    a = _job(1)
    store.insert_job(a)
    store.add_event(JobEvent(a.id, 200.0, EventKind.INFO, "late"))
    store.add_event(JobEvent(a.id, 100.0, EventKind.WARNING, "early ✓"))
    assert [e.message for e in store.events(a.id)] == ["late", "early ✓"]
    assert store.events(a.id)[1].kind is EventKind.WARNING


# -- settings ---------------------------------------------------------------------------------


def test_settings_round_trip_through_json(store: JobStore) -> None:
    store.save_settings(
        {
            "download_dir": "/home/ünïcode/Vidéos ✓",
            "max_concurrent": 3,
            "retry_base_delay": 0.1,
            "notify": False,
            "proxy": None,
            "big": 2**53 + 1,
            "list": [1, "two", None],
        }
    )
    store.save_settings({"max_concurrent": 4, "tuple": (1, 2), "nested": {1: {"x": [0.5]}}})
    assert store.load_settings() == {
        "download_dir": "/home/ünïcode/Vidéos ✓",
        "max_concurrent": 4,  # the later save wins, the other keys stay
        "retry_base_delay": 0.1,
        "notify": False,
        "proxy": None,
        "big": 2**53 + 1,
        "list": [1, "two", None],
        "tuple": [1, 2],  # what JSON makes of them, in both stores
        "nested": {"1": {"x": [0.5]}},
    }
    loaded = store.load_settings()
    assert type(loaded["notify"]) is bool and type(loaded["max_concurrent"]) is int


def test_settings_take_odd_floats_and_refuse_what_json_cannot_hold(store: JobStore) -> None:
    store.save_settings({"nan": math.nan, "inf": -math.inf, "empty": ""})
    loaded = store.load_settings()
    assert math.isnan(loaded["nan"]) and loaded["inf"] == -math.inf and loaded["empty"] == ""
    with pytest.raises(TypeError):
        store.save_settings({"path": Path("/x")})
    with pytest.raises(ValueError):  # a circular value
        circular: list[object] = []
        circular.append(circular)
        store.save_settings({"loop": circular})
    assert set(store.load_settings()) == {"nan", "inf", "empty"}


def test_loaded_settings_are_a_copy(store: JobStore) -> None:
    store.save_settings({"list": [1]})
    store.load_settings()["list"].append(2)
    assert store.load_settings() == {"list": [1]}


# -- every field of a job ---------------------------------------------------------------------

ROUND_TRIPS = {
    "defaults": _job(1),
    "zeros-not-none": _job(
        2,
        bytes_done=0,
        bytes_total=0,
        speed=0.0,
        eta=0.0,
        attempts=0,
        started_at=0.0,
        finished_at=0.0,
        retry_at=0.0,
        position=0,
        created_at=0.0,
    ),
    "nones": _job(3, bytes_total=None, speed=None, eta=None, started_at=None, retry_at=None),
    "floats": _job(
        4,
        created_at=1_700_000_000.123456,
        speed=0.1 + 0.2,
        eta=1e-300,
        started_at=9.9e10,  # the store keeps times below year 5138 (store/row_check.py)
        finished_at=-1.5,
        retry_at=2.5e-7,
    ),
    "big-and-negative": _job(5, bytes_done=2**53 + 1, bytes_total=2**62, position=-3),
    "unicode": _job(
        6,
        url="https://例え.jp/動画?q=ü&x=\u200b",
        title="Tïtle ✓ 𝄞 \x00 end\n2nd line",
        output_dir="/home/ünï/Vidéos",
        file_path="/home/ünï/Vidéos/✓.mp4",
        error="Fehler: ‘quotes’ — and a tab\t",
    ),
    "empty-strings": _job(7, url="", title="", output_dir="", file_path="", error=""),
}


@pytest.mark.parametrize("job", ROUND_TRIPS.values(), ids=ROUND_TRIPS.keys())
def test_every_job_field_round_trips(store: JobStore, job: Job) -> None:
    store.insert_job(job)
    [loaded] = store.load_jobs()
    assert loaded == job
    for field in fields(Job):
        value, got = getattr(job, field.name), getattr(loaded, field.name)
        assert type(got) is type(value), field.name  # None stays None, 0 stays 0, floats float


@pytest.mark.parametrize("state", list(JobState))
@pytest.mark.parametrize("preset", list(FormatPreset))
def test_every_state_and_preset_round_trips_as_its_enum(
    store: JobStore, state: JobState, preset: FormatPreset
) -> None:
    store.insert_job(_job(1, state=state, preset=preset))
    [loaded] = store.load_jobs()
    assert loaded.state is state and loaded.preset is preset


# -- bulk writes ------------------------------------------------------------------------------


def test_insert_jobs_and_add_events_write_many_in_order(store: JobStore) -> None:
    jobs = [_job(n, position=100 - n) for n in range(1, 301)]
    store.insert_jobs(jobs)
    store.add_events([_event(jobs[0].id, n) for n in range(5)] + [_event(jobs[1].id, 9)])
    assert [j.id for j in store.load_jobs()] == [j.id for j in reversed(jobs)]
    assert [e.message for e in store.events(jobs[0].id)] == [f"line {n}" for n in range(5)]
    assert [e.message for e in store.events(jobs[1].id)] == ["line 9"]


def test_a_bulk_insert_with_one_bad_job_keeps_none_of_them(store: JobStore) -> None:
    kept = _job(1)
    store.insert_job(kept)
    with pytest.raises(REFUSED):
        store.insert_jobs([_job(2), _job(3), replace(kept, title="again")])
    assert store.load_jobs() == [kept]
    with pytest.raises(REFUSED):
        store.add_events([_event(kept.id, 1), _event("no such job", 2)])
    assert store.events(kept.id) == []


def test_bulk_writes_join_an_outer_transaction_and_roll_back_with_it(store: JobStore) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.insert_jobs([_job(1), _job(2)])
        store.add_events([_event(_job(1).id, 1)])
        raise RuntimeError("after the writes")
    assert store.load_jobs() == []


# -- reading a long history without loading it --------------------------------------------------


def _history(store: JobStore) -> list[Job]:
    states = [JobState.DONE, JobState.FAILED, JobState.QUEUED, JobState.CANCELED, JobState.PAUSED]
    jobs = [
        _job(
            n,
            position=n // 2,  # ties in position: the id breaks them
            state=states[n % len(states)],
            finished_at=1000.0 + n,
            batch_id="b1" if n % 7 == 0 else None,
        )
        for n in range(40)
    ]
    store.insert_jobs(reversed(jobs))
    return sorted(jobs, key=lambda j: (j.position, j.id))


def test_pages_walk_the_queue_in_position_then_id_order(store: JobStore) -> None:
    queue = _history(store)
    seen: list[Job] = []
    after = None
    while page := store.page_jobs(after, 7):
        seen += page
        after = (page[-1].position, page[-1].id)
    assert seen == queue
    until = (queue[9].position, queue[9].id)
    assert store.page_jobs(None, 100, until) == queue[:10]
    assert store.page_jobs((queue[4].position, queue[4].id), 3, until) == queue[5:8]


def test_live_jobs_counts_and_lookups_agree_with_the_whole_list(store: JobStore) -> None:
    queue = _history(store)
    assert store.load_live_jobs() == [j for j in queue if not j.state.is_final]
    counts: dict[JobState, int] = {}
    for job in queue:
        counts[job.state] = counts.get(job.state, 0) + 1
    assert store.count_states() == counts
    wanted = [queue[30].id, queue[3].id, "missing"]
    assert store.get_jobs(wanted) == [queue[3], queue[30]]
    assert store.batch_job_ids(["b1"]) == [j.id for j in queue if j.batch_id == "b1"]
    assert store.used_batch_ids() == {"b1"}
    done = [j for j in queue if j.state is JobState.DONE]
    queued = next(j for j in queue if j.state is JobState.QUEUED)
    assert store.done_urls([done[0].url, queued.url, "https://x/"]) == {done[0].url: done[0].id}
    old_done = [j.id for j in queue if j.state is JobState.DONE and j.finished_at < 1020]
    assert store.job_ids_in([JobState.DONE], finished_before=1020) == old_done
    assert store.job_ids_in([JobState.FAILED, JobState.CANCELED]) == [
        j.id for j in queue if j.state in (JobState.FAILED, JobState.CANCELED)
    ]
    assert store.jobs_with_url_containing("/1.mp4") == [j for j in queue if "/1.mp4" in j.url]
    assert store.max_position() == max(j.position for j in queue)


def test_an_empty_store_has_no_history(store: JobStore) -> None:
    assert store.page_jobs(None, 10) == []
    assert store.load_live_jobs() == []
    assert store.count_states() == {}
    assert store.max_position() == 0
    assert store.used_batch_ids() == set()
