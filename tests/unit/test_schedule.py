"""Settings ▸ Schedule: the pure schedule value, and the engine following it with a clock
that moves only when told (fake runners, no processes)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.schedule import MAX_WAIT_MS, Schedule, TimeWindow, WhenDone
from mediadesk.engine.when_done import WhenDoneWatcher
from tests.support.engine_harness import FakeClock

H = 60  # minutes per hour
NIGHT = TimeWindow(22 * H, 6 * H)


def at(hour: int, minute: int = 0, day: int = 22) -> datetime:
    return datetime(2026, 11, day, hour, minute)


# -- the pure value -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("window", "inside", "outside"),
    [
        (TimeWindow(9 * H, 17 * H), [at(9), at(12), at(16, 59)], [at(8, 59), at(17), at(23)]),
        (NIGHT, [at(22), at(23, 59), at(0), at(5, 59)], [at(6), at(12), at(21, 59)]),
        (TimeWindow(5 * H, 5 * H), [at(0), at(5), at(23, 59)], []),
    ],
)
def test_a_window_contains_its_hours_only(
    window: TimeWindow, inside: list[datetime], outside: list[datetime]
) -> None:
    assert all(window.contains(t) for t in inside)
    assert not any(window.contains(t) for t in outside)


def test_the_next_edge_is_the_next_start_or_end() -> None:
    assert NIGHT.next_edge(at(12)) == at(22)
    assert NIGHT.next_edge(at(22)) == at(6, day=23)
    assert NIGHT.next_edge(at(3)) == at(6)
    assert TimeWindow(H, H).next_edge(at(3)) is None


def test_a_schedule_from_settings() -> None:
    settings = Settings(
        download_dir="/tmp",
        rate_limit=500,
        schedule_enabled=True,
        schedule_start=22 * H,
        schedule_end=6 * H,
        alt_rate_enabled=True,
        alt_rate_limit=100,
        alt_rate_start=23 * H,
        alt_rate_end=H,
        when_done="quit",
    )
    schedule = Schedule.from_settings(settings)
    assert schedule.is_open(at(23)) and not schedule.is_open(at(7))
    assert schedule.rate_limit(at(23, 30), 500) == 100
    assert schedule.rate_limit(at(22, 30), 500) == 500
    assert schedule.next_change(at(22, 30)) == at(23)
    assert schedule.when_done is WhenDone.QUIT
    assert schedule.waiting_text(at(7)) == "Scheduled: downloads run 22:00–06:00"
    assert schedule.waiting_text(at(23)) == ""
    unscheduled = Schedule.from_settings(replace(settings, schedule_enabled=False))
    assert unscheduled.is_open(at(7)) and unscheduled.waiting_text(at(7)) == ""


def test_stored_settings_are_clamped() -> None:
    settings = Settings.from_dict(
        {"schedule_start": 5000, "schedule_end": -3, "when_done": "reboot", "alt_rate_limit": -1},
        download_dir="/tmp",
    )
    assert (settings.schedule_start, settings.schedule_end) == (24 * H - 1, 0)
    assert settings.when_done == "nothing" and settings.alt_rate_limit == 0


# -- the engine following it --------------------------------------------------------------------


def clock_at(hour: int, minute: int = 0) -> FakeClock:
    return FakeClock(wall=at(hour, minute).timestamp())


def night_harness(harness, hour: int, **overrides: object):
    return harness(
        "finished",
        clock=clock_at(hour),
        schedule_enabled=True,
        schedule_start=22 * H,
        schedule_end=6 * H,
        **overrides,
    )


def edge(h) -> None:
    """What the schedule's timer does when it fires."""
    h.engine.schedule._on_timeout()


def test_outside_the_window_jobs_wait_and_start_when_it_opens(harness) -> None:
    h = night_harness(harness, 21, max_concurrent=2)
    first, second = h.add("http://127.0.0.1:9/a.mp4"), h.add("http://127.0.0.1:9/b.mp4")
    assert h.runners.started_ids() == []
    assert h.state(first) is JobState.QUEUED
    assert h.engine.schedule.waiting_text() == "Scheduled: downloads run 22:00–06:00"
    assert h.engine.schedule.next_change() == at(22)
    assert 0 < h.engine.schedule.timer_ms() <= MAX_WAIT_MS

    h.clock.advance(3600)
    edge(h)
    assert h.runners.started_ids() == [first, second]
    assert h.engine.schedule.waiting_text() == ""
    assert h.engine.schedule.next_change() == at(6, day=23)


def test_running_jobs_stop_when_the_window_closes_and_continue_when_it_opens(harness) -> None:
    h = night_harness(harness, 5, max_concurrent=1)
    first, second = h.add("http://127.0.0.1:9/a.mp4"), h.add("http://127.0.0.1:9/b.mp4")
    runner = h.runners.for_job(first)
    assert h.runners.started_ids() == [first]

    h.clock.advance(3600)  # 06:00: the window closes
    edge(h)
    assert runner.stop_requested
    assert h.state(first) is JobState.QUEUED
    assert "Scheduled: downloads run 22:00–06:00; continues then." in h.messages(first)
    runner.stopped()
    assert h.state(first) is JobState.QUEUED
    assert h.runners.started_ids() == [first], "nothing starts outside the window"

    h.clock.advance(16 * 3600)  # 22:00
    edge(h)
    assert h.runners.started_ids() == [first, first]
    h.runners.for_job(first).finish()
    assert h.state(first) is JobState.DONE
    assert h.runners.started_ids() == [first, first, second]


def test_resume_and_settings_changes_do_not_start_jobs_outside_the_window(harness) -> None:
    h = night_harness(harness, 12)
    job = h.add("http://127.0.0.1:9/a.mp4")
    h.engine.pause([job])
    h.engine.resume([job])
    h.engine.set_max_concurrent(4)
    assert h.runners.started_ids() == []
    h.engine.update_settings(replace(h.engine.settings, schedule_enabled=False))
    assert h.runners.started_ids() == [job]
    assert h.engine.schedule.timer_ms() is None


def test_the_alternative_speed_limit_applies_during_its_hours(harness) -> None:
    h = harness(
        "finished",
        clock=clock_at(17, 30),
        rate_limit=1_000_000,
        alt_rate_enabled=True,
        alt_rate_limit=50_000,
        alt_rate_start=18 * H,
        alt_rate_end=23 * H,
    )
    job = h.add("http://127.0.0.1:9/a.mp4")
    runner = h.runners.for_job(job)
    assert runner.request.options.rate_limit == 1_000_000

    h.clock.advance(1800)  # 18:00: the running download goes on, at the other limit
    edge(h)
    assert not runner.stop_requested and h.state(job) is JobState.DOWNLOADING
    assert runner.rate_limits[-1] == 50_000, "the new limit reaches it live, no restart"

    edge(h)  # a timer that fires again without a change stops nothing
    assert not h.runners.for_job(job).stop_requested
    runner.finish()
    second = h.add("http://127.0.0.1:9/b.mp4")
    assert h.runners.for_job(second).request.options.rate_limit == 50_000


def test_the_timer_fires_at_the_next_edge(harness) -> None:
    h = harness("finished", clock=clock_at(21, 59), schedule_enabled=True, schedule_start=22 * H)
    assert h.engine.schedule.timer_ms() == pytest.approx(60_050, abs=5_000)


# -- when everything is done --------------------------------------------------------------------


def test_quit_when_everything_is_done(harness, qtbot) -> None:
    h = harness("finished", max_concurrent=1, when_done="quit")
    watcher = WhenDoneWatcher(h.engine.jobs, lambda: h.engine.settings)
    h.engine.jobChanged.connect(watcher.on_job_changed)
    quits: list[bool] = []
    watcher.quitRequested.connect(lambda: quits.append(True))
    first, second = h.add("http://127.0.0.1:9/a.mp4"), h.add("http://127.0.0.1:9/b.mp4")
    h.runners.for_job(first).finish()
    assert quits == [], "one download is still to come"
    h.runners.for_job(second).finish()
    assert h.state(second) is JobState.DONE
    assert quits == [True]


def test_do_nothing_when_everything_is_done(harness) -> None:
    h = harness("finished")
    watcher = WhenDoneWatcher(h.engine.jobs, lambda: h.engine.settings)
    h.engine.jobChanged.connect(watcher.on_job_changed)
    quits: list[bool] = []
    watcher.quitRequested.connect(lambda: quits.append(True))
    h.runners.for_job(h.add("http://127.0.0.1:9/a.mp4")).finish()
    assert quits == []
