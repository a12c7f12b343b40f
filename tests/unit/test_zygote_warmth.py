"""The zygote's warm/retire policy (engine/zygote_warmth.py) with timers fired by hand, a clock
that moves only when told and a launcher without processes; and the window's sign for it."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pytest
from PySide6.QtCore import QObject

from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState
from mediadesk.core.zygote_protocol import DISABLE_ENV
from mediadesk.engine.zygote_warmth import LAUNCH_DELAY_MS, ZygoteWarmth
from tests.support.engine_harness import FakeClock
from tests.support.tray import RecordingTray

LIMIT = 600.0
ENV = {"PYTHONPATH": "/src"}


class FakeTimer:
    def __init__(self, slot: Callable[[], None], single_shot: bool) -> None:
        self.slot = slot
        self.single_shot = single_shot
        self.interval: int | None = None

    def start(self, msec: int) -> None:
        self.interval = msec

    def stop(self) -> None:
        self.interval = None

    def isActive(self) -> bool:
        return self.interval is not None

    def fire(self) -> None:
        assert self.isActive(), "fired a timer that is not running"
        if self.single_shot:
            self.interval = None
        self.slot()


class FakeLauncher:
    """The launcher's bookkeeping without a zygote process."""

    def __init__(self) -> None:
        self.zygote_pid: int | None = None
        self.workers_running = 0
        self.workers_forked = 0
        self.prewarms: list[tuple[Mapping[str, str], bool]] = []
        self.retired = 0

    def prewarm(self, env: Mapping[str, str], *, wait: bool = False) -> bool:
        self.prewarms.append((env, wait))
        self.zygote_pid = 4242
        return True

    def retire_idle(self) -> bool:
        if self.zygote_pid is None or self.workers_running:
            return False
        self.zygote_pid = None
        self.retired += 1
        return True

    def fork_one(self) -> None:
        """A worker was forked and has already ended (between two looks)."""
        self.workers_forked += 1


class Parts:
    def __init__(self, *, enabled: bool | None = True, deferred: bool = False) -> None:
        self.clock = FakeClock()
        self.launcher = FakeLauncher()
        self.timers: list[FakeTimer] = []
        self.pending: list[Callable[[], None]] = []  # background tasks not yet run
        self.deferred = deferred
        self.warmth = ZygoteWarmth(
            self.launcher,
            lambda: ENV,
            enabled=enabled,
            idle_limit=LIMIT,
            clock=self.clock.monotonic,
            background=self._background,
            timer=self._timer,
        )

    def _timer(self, _parent: QObject, slot: Callable[[], None], single_shot: bool) -> FakeTimer:
        timer = FakeTimer(slot, single_shot)
        self.timers.append(timer)
        return timer

    def _background(self, task: Callable[[], None]) -> None:
        self.pending.append(task)
        if not self.deferred:
            self.run_background()

    def run_background(self) -> None:
        while self.pending:
            self.pending.pop(0)()

    @property
    def launch_timer(self) -> FakeTimer:
        return self.timers[0]

    @property
    def check_timer(self) -> FakeTimer:
        return self.timers[1]

    def idle_for(self, seconds: float) -> None:
        """Let time pass, with the idle check firing as the real timer would."""
        step = self.check_timer.interval or 0
        assert step > 0
        elapsed = 0.0
        while elapsed < seconds and self.check_timer.isActive():
            self.clock.advance(step / 1000)
            elapsed += step / 1000
            self.check_timer.fire()


def job(state: JobState) -> Job:
    return Job("j1", "https://example.org/v", state, FormatPreset.BEST, "/tmp", 0, 0.0)


@pytest.fixture
def parts(qapp) -> Parts:
    return Parts()


def test_the_zygote_is_warmed_in_the_background_once_the_launch_has_settled(parts) -> None:
    parts.warmth.start()
    assert parts.launch_timer.interval == LAUNCH_DELAY_MS
    assert parts.launcher.prewarms == [], "nothing during the launch itself"
    parts.launch_timer.fire()
    # The readiness wait happens in the background task, never in the caller (the GUI thread).
    assert parts.launcher.prewarms == [(ENV, True)]


def test_the_warm_up_never_runs_on_the_calling_thread(qapp) -> None:
    parts = Parts(deferred=True)
    parts.warmth.start()
    parts.launch_timer.fire()
    assert parts.launcher.prewarms == [] and len(parts.pending) == 1
    parts.warmth.nudge()  # while it warms: no second warm-up
    assert len(parts.pending) == 1
    parts.run_background()
    assert parts.launcher.prewarms == [(ENV, True)]


def test_a_sign_of_a_download_warms_at_once_and_replaces_the_launch_timer(parts) -> None:
    parts.warmth.start()
    parts.warmth.nudge()
    assert parts.launcher.prewarms == [(ENV, True)]
    assert not parts.launch_timer.isActive()
    parts.warmth.nudge()  # already warm: nothing more to start
    assert len(parts.launcher.prewarms) == 1


def test_an_idle_zygote_is_retired_and_a_sign_warms_it_again(parts) -> None:
    parts.warmth.start()
    parts.launch_timer.fire()
    parts.idle_for(LIMIT * 0.9)
    assert parts.launcher.retired == 0
    parts.idle_for(LIMIT * 0.2)
    assert parts.launcher.retired == 1 and parts.warmth.retirements == 1
    parts.idle_for(LIMIT * 3)
    assert parts.launcher.prewarms == [(ENV, True)], "idling does not warm it again"
    parts.warmth.nudge()
    assert len(parts.launcher.prewarms) == 2
    parts.idle_for(LIMIT * 1.2)
    assert parts.launcher.retired == 2


def test_a_zygote_a_job_started_is_retired_too(parts) -> None:
    parts.warmth.start()
    parts.launch_timer.fire()
    parts.idle_for(LIMIT * 1.2)
    assert parts.launcher.retired == 1
    # A download found no zygote and started one itself (no sign came through the window).
    parts.launcher.zygote_pid = 5151
    parts.launcher.workers_running = 1
    parts.idle_for(LIMIT * 2)
    parts.launcher.workers_running = 0
    parts.launcher.workers_forked += 1
    parts.idle_for(LIMIT * 0.8)
    assert parts.launcher.retired == 1
    parts.idle_for(LIMIT * 0.4)
    assert parts.launcher.retired == 2


def test_a_running_worker_or_a_recent_fork_keeps_it_warm(parts) -> None:
    parts.warmth.start()
    parts.launch_timer.fire()
    parts.launcher.workers_running = 1
    parts.idle_for(LIMIT * 3)
    assert parts.launcher.retired == 0
    parts.launcher.workers_running = 0
    parts.idle_for(LIMIT * 0.8)
    parts.launcher.fork_one()  # a short probe came and went between two looks
    parts.idle_for(LIMIT * 0.8)
    assert parts.launcher.retired == 0, "the fork counted as use"
    parts.idle_for(LIMIT * 0.3)
    assert parts.launcher.retired == 1


def test_signs_of_a_download_postpone_the_retirement(parts) -> None:
    parts.warmth.start()
    parts.launch_timer.fire()
    parts.idle_for(LIMIT * 0.8)
    parts.warmth.nudge()  # the window was activated
    parts.idle_for(LIMIT * 0.8)
    assert parts.launcher.retired == 0
    parts.idle_for(LIMIT * 0.3)
    assert parts.launcher.retired == 1


def test_it_is_not_retired_while_it_warms(qapp) -> None:
    parts = Parts(deferred=True)
    parts.warmth.start()
    parts.warmth.nudge()
    parts.launcher.zygote_pid = 4242  # the process exists, its first word not yet read
    parts.clock.advance(LIMIT * 2)
    parts.check_timer.fire()
    assert parts.launcher.retired == 0
    parts.run_background()
    parts.idle_for(LIMIT * 1.2)
    assert parts.launcher.retired == 1


def test_a_queued_job_warms_it_and_a_running_one_does_not(parts) -> None:
    parts.warmth.on_job_changed(job(JobState.DOWNLOADING))
    assert parts.launcher.prewarms == []
    parts.warmth.on_job_changed(job(JobState.QUEUED))
    assert len(parts.launcher.prewarms) == 1


def test_where_zygotes_are_off_nothing_happens(qapp, monkeypatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "1")
    parts = Parts(enabled=None)
    assert not parts.warmth.enabled
    parts.warmth.start()
    parts.warmth.nudge()
    parts.warmth.on_job_changed(job(JobState.QUEUED))
    assert parts.launcher.prewarms == []
    assert not any(t.isActive() for t in parts.timers)


def test_after_stop_nothing_is_warmed(parts) -> None:
    parts.warmth.start()
    parts.warmth.stop()
    assert not parts.launch_timer.isActive()
    parts.warmth.nudge()
    assert parts.launcher.prewarms == []


def test_the_window_says_when_it_is_shown_from_the_tray(qtbot, make_engine, open_window) -> None:
    window = open_window(make_engine(), RecordingTray())
    window.hide_to_tray()
    assert not window.isVisible()
    with qtbot.waitSignal(window.activated, timeout=5000):
        window.show_from_tray()


def test_the_window_first_showing_at_launch_does_not_start_the_zygote_early(parts) -> None:
    """The window is activated as it first shows; the zygote still waits for the launch to
    settle (its start competes with the first paint), and later activations warm it."""
    parts.warmth.start()
    parts.warmth.on_window_activated()
    assert parts.launcher.zygote_pid is None and parts.launch_timer.isActive()
    parts.launch_timer.fire()
    assert parts.launcher.zygote_pid is not None
    parts.launcher.retire_idle()
    parts.warmth.on_window_activated()
    assert parts.launcher.zygote_pid is not None, "after launch, activation is a sign"
