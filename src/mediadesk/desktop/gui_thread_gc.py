"""Python's cycle collector runs in the GUI thread only.

Left to itself, the collector runs in whichever thread allocates when a threshold is crossed:
a runner's pool thread reading its worker's pipe, a probe thread. A Qt object that Python owns
and that sits in a reference cycle (a window or engine whose slots close over itself) is then
destroyed in that thread while the GUI thread may be using it or its timers: Qt warns "Timers
cannot be stopped from another thread" and the GUI thread crashes in its event processing.
So automatic collection is off and a timer in the GUI thread collects on Python's own
schedule: the oldest generation whose count is over its threshold, as the interpreter would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

CHECK_INTERVAL_MS = 500


def collect_due() -> int:
    """Collect the oldest generation that is due by Python's thresholds (call it in the GUI
    thread); the number of unreachable objects found."""
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    for generation in (2, 1, 0):
        threshold = thresholds[generation]
        if threshold and counts[generation] > threshold:
            return gc.collect(generation)
    return 0


class GuiThreadCollector(QObject):
    """Created and started in the GUI thread; ``stop`` gives collection back to Python."""

    def __init__(self, interval_ms: int = CHECK_INTERVAL_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    @Slot()
    def collect(self) -> None:
        collect_due()
