"""Run a slow, blocking call (a worker probe, pip) off the GUI thread; get the result back in it.

One long-lived hub per window (GUIDE: per-task signal holders crashed under load): a plain
thread runs the call and emits ``finished`` with a token; the queued slot, in the GUI thread,
hands the result (or the exception) to the callback registered for that token.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class Background(QObject):
    finished = Signal(int, object, object)  # token, result, exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tokens = itertools.count(1)
        self._callbacks: dict[int, Callable[[Any, BaseException | None], None]] = {}
        self.finished.connect(self._deliver)

    def run(
        self, call: Callable[[], Any], done: Callable[[Any, BaseException | None], None]
    ) -> None:
        token = next(self._tokens)
        self._callbacks[token] = done

        def work() -> None:
            try:
                result, error = call(), None
            except BaseException as exc:  # reported to the callback, never lost
                result, error = None, exc
            self.finished.emit(token, result, error)

        threading.Thread(target=work, name="mediadesk-background", daemon=True).start()

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    @Slot(int, object, object)
    def _deliver(self, token: int, result: Any, error: BaseException | None) -> None:
        done = self._callbacks.pop(token, None)
        if done is not None:
            done(result, error)
