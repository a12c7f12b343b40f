"""The damaged-row check runs its scan in a thread; once the app quits it reports nothing,
and the app can wait for the thread before tearing its Qt objects down (an emit from it
during teardown crashed the process about once in twenty quits)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication

from mediadesk.core.states import JobState
from mediadesk.engine.damaged_check import DamagedRowsCheck


def _check(scan):
    uncounted: list[object] = []
    check = DamagedRowsCheck(scan, uncounted.append)
    found: list[object] = []
    failed: list[str] = []
    check.found.connect(found.append)
    check.failed.connect(failed.append)
    return check, found, failed, uncounted


def test_damaged_rows_found_are_reported_once_and_uncounted(qapp) -> None:
    check, found, failed, uncounted = _check(lambda: (["row"], {JobState.DONE: 1}))
    check.start()
    check.join()
    QCoreApplication.processEvents()
    assert found == [["row"]] and uncounted == [{JobState.DONE: 1}] and failed == []


def test_a_scan_that_ends_after_the_quit_reports_nothing(qapp) -> None:
    release = threading.Event()

    def interrupted_scan():
        release.wait(5)
        raise RuntimeError("interrupted")  # what the store's close makes of a running read

    check, found, failed, uncounted = _check(interrupted_scan)
    check.start()
    check.stop()
    release.set()
    check.join()
    QCoreApplication.processEvents()
    assert (found, failed, uncounted) == ([], [], [])
