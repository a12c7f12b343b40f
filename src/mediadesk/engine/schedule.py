"""When the queue may run, at what speed, and what happens when everything is done.

``Schedule`` is a pure value built from the settings; its questions take the local time as
an argument, so tests pass any time they like. ``ScheduleGate`` is the engine's collaborator:
it answers "may a job start now, at what limit" with the engine's clock and wakes the engine
at the next edge of a window (a single-shot timer, re-armed after every edge and settings
change), so jobs start when the window opens and stop when it closes.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from mediadesk.core.i18n import translate
from mediadesk.core.settings import Settings

#: A timer never sleeps longer than this: a suspended laptop or a clock change is noticed.
MAX_WAIT_MS = 15 * 60 * 1000


class WhenDone(enum.StrEnum):
    NOTHING = "nothing"
    QUIT = "quit"


def clock_text(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


@dataclass(frozen=True, slots=True)
class TimeWindow:
    """Every day from ``start`` until ``end`` (minutes after midnight). An end before the
    start runs over midnight (22:00-06:00); equal ends mean the whole day."""

    start: int
    end: int

    def contains(self, now: datetime) -> bool:
        minute = now.hour * 60 + now.minute
        if self.start == self.end:
            return True
        if self.start < self.end:
            return self.start <= minute < self.end
        return minute >= self.start or minute < self.end

    def next_edge(self, now: datetime) -> datetime | None:
        """The first start or end after ``now`` (None for a whole-day window)."""
        if self.start == self.end:
            return None
        edges = []
        for minute in (self.start, self.end):
            edge = now.replace(hour=minute // 60, minute=minute % 60, second=0, microsecond=0)
            if edge <= now:
                edge += timedelta(days=1)
            edges.append(edge)
        return min(edges)

    @property
    def text(self) -> str:
        return f"{clock_text(self.start)}–{clock_text(self.end)}"


@dataclass(frozen=True, slots=True)
class Schedule:
    """The user's schedule: None windows mean "always"."""

    window: TimeWindow | None = None
    alt_rate_window: TimeWindow | None = None
    alt_rate_limit: int = 0  # bytes per second; 0 means unlimited
    when_done: WhenDone = WhenDone.NOTHING

    @classmethod
    def from_settings(cls, settings: Settings) -> Schedule:
        return cls(
            window=TimeWindow(settings.schedule_start, settings.schedule_end)
            if settings.schedule_enabled
            else None,
            alt_rate_window=TimeWindow(settings.alt_rate_start, settings.alt_rate_end)
            if settings.alt_rate_enabled
            else None,
            alt_rate_limit=settings.alt_rate_limit,
            when_done=WhenDone(settings.when_done),
        )

    def is_open(self, now: datetime) -> bool:
        """May downloads run at ``now``?"""
        return self.window is None or self.window.contains(now)

    def rate_limit(self, now: datetime, normal: int) -> int:
        """The per-download speed limit at ``now`` (0: unlimited)."""
        if self.alt_rate_window is not None and self.alt_rate_window.contains(now):
            return self.alt_rate_limit
        return normal

    def next_change(self, now: datetime) -> datetime | None:
        """The next time either answer may change (None: never)."""
        edges = [
            edge
            for window in (self.window, self.alt_rate_window)
            if window is not None and (edge := window.next_edge(now)) is not None
        ]
        return min(edges) if edges else None

    def waiting_text(self, now: datetime) -> str:
        """Why queued jobs wait at ``now`` ("" when they need not)."""
        if self.window is None or self.is_open(now):
            return ""
        return translate("Schedule", "Scheduled: downloads run {text}").format(
            text=self.window.text
        )


class ScheduleGate(QObject):
    """The schedule as the engine consults it, with a timer at the window edges."""

    #: A window edge passed (or the settings changed): the engine re-checks its jobs.
    edge = Signal()

    def __init__(
        self,
        settings: Callable[[], Settings],
        *,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self.refresh()

    def now(self) -> datetime:
        return datetime.fromtimestamp(self._clock())

    @property
    def schedule(self) -> Schedule:
        return Schedule.from_settings(self._settings())

    def is_open(self) -> bool:
        return self.schedule.is_open(self.now())

    def rate_limit(self, normal: int) -> int:
        return self.schedule.rate_limit(self.now(), normal)

    def waiting_text(self) -> str:
        return self.schedule.waiting_text(self.now())

    def next_change(self) -> datetime | None:
        return self.schedule.next_change(self.now())

    def timer_ms(self) -> int | None:
        """The interval the timer was armed with (None: not armed)."""
        return self._timer.interval() if self._timer.isActive() else None

    @Slot()
    def refresh(self) -> None:
        """Re-arm the timer for the next edge of the current schedule."""
        now = self.now()
        change = self.schedule.next_change(now)
        if change is None:
            self._timer.stop()
            return
        wait = int((change.timestamp() - self._clock()) * 1000) + 50
        self._timer.start(max(50, min(MAX_WAIT_MS, wait)))

    @Slot()
    def _on_timeout(self) -> None:
        self.refresh()
        self.edge.emit()
