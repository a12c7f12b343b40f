"""When the worker zygote is kept warm: ready before the first download, gone while idle.

The zygote (engine/zygote_client.py) takes ~1.3 s to import yt-dlp and compile its extractors'
URL patterns; started by the first job, it made that job wait. It is started instead a couple
of seconds after launch (the window painted, the launch's own work done, so it competes with
neither) and at once on a sign that a download is coming: the window activated or shown from
the tray, a link typed, pasted, dropped or handed over, a job queued. Idle it holds ~60 MiB
resident, ~45 MiB of it private (what ending it gives back; measured by benchmark 7): after
``idle_limit`` with no worker running and no such sign it is retired, and the next sign warms
it again.

Nothing here waits for the zygote: starting it and reading its first word run on a thread of
their own, so the GUI thread never blocks. Where zygotes are not used (not Linux,
``MEDIADESK_NO_ZYGOTE=1``) nothing happens.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Slot

from mediadesk.core.job import Job
from mediadesk.core.states import JobState
from mediadesk.core.zygote_protocol import zygote_supported

LAUNCH_DELAY_MS = 2_000  # after the window is shown: the first paint and the launch's work first
IDLE_LIMIT = 600.0  # seconds with no worker and no sign of a download before it is retired
MAX_CHECK_MS = 60_000  # idleness is looked at this often at most (a tenth of the limit)


class Warmable(Protocol):
    """The launcher as seen here (engine/zygote_client.py's ZygoteLauncher)."""

    @property
    def zygote_pid(self) -> int | None: ...

    @property
    def workers_running(self) -> int: ...

    @property
    def workers_forked(self) -> int: ...

    def prewarm(self, env: Mapping[str, str], *, wait: bool = False) -> bool: ...

    def retire_idle(self) -> bool: ...


class Timer(Protocol):
    """What is used of a QTimer (tests pass one they fire by hand)."""

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...

    def isActive(self) -> bool: ...


#: Makes a timer calling ``slot`` (once, or repeatedly) when started: (parent, slot, single shot).
TimerFactory = Callable[[QObject, Callable[[], None], bool], Timer]


def in_thread(task: Callable[[], None]) -> None:
    threading.Thread(target=task, name="zygote-warm", daemon=True).start()


class ZygoteWarmth(QObject):
    """Warms the zygote after launch and on signs of a download; retires it when idle."""

    def __init__(
        self,
        launcher: Warmable,
        env: Callable[[], Mapping[str, str]],
        *,
        enabled: bool | None = None,
        launch_delay_ms: int = LAUNCH_DELAY_MS,
        idle_limit: float = IDLE_LIMIT,
        clock: Callable[[], float] = time.monotonic,
        background: Callable[[Callable[[], None]], None] = in_thread,
        timer: TimerFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._launcher = launcher
        self._env = env
        self._enabled = zygote_supported(sys.platform, os.environ) if enabled is None else enabled
        self._launch_delay_ms = launch_delay_ms
        self._idle_limit = idle_limit
        self._clock = clock
        self._background = background
        make = timer or qtimer
        self._launch_timer = make(self, self._on_launch_settled, True)
        self._check_timer = make(self, self._on_check, False)
        self._check_ms = max(50, min(MAX_CHECK_MS, int(idle_limit * 1000 / 10)))
        self._warming = threading.Event()  # a warm-up thread is under way
        self._last_active = clock()
        self._seen_forked = launcher.workers_forked
        self.retirements = 0

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def warming(self) -> bool:
        """A warm-up is under way (the zygote started, its first word not read yet)."""
        return self._warming.is_set()

    def start(self) -> None:
        """The window is up: warm the zygote once the launch has settled, and from now on
        look for idleness now and then (whoever started the zygote: a job finds none and
        starts it too)."""
        if self._enabled:
            self._launch_timer.start(self._launch_delay_ms)
            self._check_timer.start(self._check_ms)

    def stop(self) -> None:
        """At quit: no more warming (the zygote ends with the app: its sockets close)."""
        self._enabled = False
        self._launch_timer.stop()
        self._check_timer.stop()

    @Slot()
    def nudge(self) -> None:
        """A download is likely soon: warm the zygote now if it is not, and count as use."""
        if not self._enabled:
            return
        self._launch_timer.stop()  # it is being warmed now
        self._last_active = self._clock()
        self._warm()

    @Slot()
    def on_window_activated(self) -> None:
        """The window came to the front: a sign, except while the launch settles (a window is
        activated when it first shows; the launch timer warms the zygote after that)."""
        if not self._launch_timer.isActive():
            self.nudge()

    @Slot(object)
    def on_job_changed(self, job: Job) -> None:
        """A job queued (a resume, a retry, the schedule's window opening) will need it."""
        if job.state is JobState.QUEUED:
            self.nudge()

    @Slot()
    def _on_launch_settled(self) -> None:
        self.nudge()

    def _warm(self) -> None:
        if not self._check_timer.isActive():
            self._check_timer.start(self._check_ms)
        if self._warming.is_set() or self._launcher.zygote_pid is not None:
            return
        self._warming.set()
        self._background(self._warm_up)

    def _warm_up(self) -> None:
        """On a thread of its own: start the zygote and wait for its first word, so a failure
        is known (and counted) before any job depends on it."""
        try:
            self._launcher.prewarm(self._env(), wait=True)
        finally:
            self._warming.clear()

    @Slot()
    def _on_check(self) -> None:
        now = self._clock()
        forked = self._launcher.workers_forked
        if self._launcher.workers_running or forked != self._seen_forked:
            self._seen_forked = forked
            self._last_active = now
        if self._warming.is_set():
            return
        if self._launcher.zygote_pid is None:
            return  # nothing to retire
        if now - self._last_active >= self._idle_limit and self._launcher.retire_idle():
            self.retirements += 1


def qtimer(parent: QObject, slot: Callable[[], None], single_shot: bool) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(single_shot)
    timer.timeout.connect(slot)
    return timer
