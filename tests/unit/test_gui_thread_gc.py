"""Qt objects caught in reference cycles are freed in the GUI thread, never in a pool thread
that happens to allocate (that crashed the GUI thread's event processing under load)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer

from mediadesk.desktop.gui_thread_gc import GuiThreadCollector, collect_due


class _InACycle(QObject):
    """Like a window or an engine: Qt children, and a reference cycle through itself. (No
    running timer: freed in the wrong thread, that would crash the run instead of failing.)"""

    def __init__(self) -> None:
        super().__init__()
        self.itself = self
        self.timer = QTimer(self)


def _allocate_in_a_thread() -> list[list[object]]:
    """What a runner thread does all day: allocate enough to cross every gc threshold."""
    kept: list[list[object]] = []
    thread = threading.Thread(target=lambda: kept.extend([] for _ in range(50_000)))
    thread.start()
    thread.join()
    return kept


@pytest.fixture
def python_collects_by_itself() -> Iterator[None]:
    """As in a process without the collector (the suite switches automatic collection off)."""
    was_enabled = gc.isenabled()
    gc.collect()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def _garbage_cycle(freed_in: list[threading.Thread]) -> weakref.ref:
    thing = _InACycle()
    return weakref.ref(thing, lambda _ref: freed_in.append(threading.current_thread()))


def test_a_cycle_of_qt_objects_is_freed_in_the_gui_thread(qtbot, python_collects_by_itself):
    collector = GuiThreadCollector(interval_ms=10)
    collector.start()
    try:
        freed_in: list[threading.Thread] = []
        ref = _garbage_cycle(freed_in)
        kept = _allocate_in_a_thread()
        assert ref() is not None, "the pool thread's allocations freed it"
        qtbot.waitUntil(lambda: ref() is None)  # the collector's timer frees it
        assert freed_in == [threading.main_thread()]
        del kept
    finally:
        collector.stop()
    assert gc.isenabled()


def test_collect_due_follows_pythons_thresholds(python_collects_by_itself):
    gc.disable()
    freed_in: list[threading.Thread] = []
    ref = _garbage_cycle(freed_in)
    threshold = gc.get_threshold()[0]
    if gc.get_count()[0] <= threshold:
        assert collect_due() == 0
        assert ref() is not None
    kept = [[] for _ in range(threshold + 1)]  # now generation 0 is due
    assert collect_due() > 0
    assert ref() is None and freed_in == [threading.main_thread()]
    del kept
