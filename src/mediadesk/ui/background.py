"""Run a slow, blocking call (a worker probe, pip) off the GUI thread; get the result back in it.

A plain thread runs the call and reports through one process-wide hub created in the GUI
thread and never deleted (GUIDE: signals from threads go to long-lived objects). The thread
never emits on the ``Background`` itself: that belongs to a window or dialog, which may be
closed and deleted while the call still runs (emitting on a deleted QObject from another
thread is a use-after-free). The hub's queued slot, in the GUI thread, hands the result (or
the exception) to the callback registered for that token, if its ``Background`` still exists.
"""

from __future__ import annotations

import itertools
import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot


class _Hub(QObject):
    finished = Signal(object, int, object, object)  # weakref to a Background, token, result, error

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver)

    @Slot(object, int, object, object)
    def _deliver(self, ref: weakref.ref, token: int, result: Any, error: Any) -> None:
        background = ref()
        if background is not None and shiboken6.isValid(background):
            background._deliver(token, result, error)


_hub: _Hub | None = None


def _the_hub() -> _Hub:
    global _hub
    if _hub is None:
        _hub = _Hub()
    return _hub


class Background(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tokens = itertools.count(1)
        self._callbacks: dict[int, Callable[[Any, BaseException | None], None]] = {}
        self._hub = _the_hub()  # here, in the GUI thread

    def run(
        self, call: Callable[[], Any], done: Callable[[Any, BaseException | None], None]
    ) -> None:
        token = next(self._tokens)
        self._callbacks[token] = done
        hub, me = self._hub, weakref.ref(self)

        def work() -> None:
            try:
                result, error = call(), None
            except BaseException as exc:  # reported to the callback, never lost
                result, error = None, exc
            hub.finished.emit(me, token, result, error)

        threading.Thread(target=work, name="mediadesk-background", daemon=True).start()

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def _deliver(self, token: int, result: Any, error: BaseException | None) -> None:
        done = self._callbacks.pop(token, None)
        owner = getattr(done, "__self__", None)  # a dialog's method: the dialog may be gone
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            return
        if done is not None:
            done(result, error)
