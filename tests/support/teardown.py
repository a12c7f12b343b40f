"""Ending a test's Qt objects in the test that made them, in the main thread.

A window closed by pytest-qt is only ``deleteLater``-ed: it lived on, its timers firing,
until the next test's first event loop; an engine (Python-owned, in reference cycles) lived
until some later garbage collection. Deleted here instead, nothing of one test is delivered
events in the next.
"""

from __future__ import annotations

from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from mediadesk.engine.engine import JobEngine
from mediadesk.store.sqlite_store import SqliteJobStore


def delete_now(objects: Iterable[QObject]) -> None:
    """Delete these objects, and every one already ``deleteLater``-ed, right now."""
    for obj in objects:
        if shiboken6.isValid(obj):
            shiboken6.delete(obj)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def shut_down(engines: Iterable[tuple[JobEngine, SqliteJobStore]]) -> None:
    """Shut the engines down, close their stores, and delete the ones that stopped (one
    whose runner is stuck keeps its pool, which would wait for it, to the collector)."""
    delete_now([])  # windows pytest-qt closed: gone before their engine is
    stopped = []
    for engine, store in engines:
        if engine.shutdown(timeout=5):
            stopped.append(engine)
        store.close()
    delete_now(stopped)
