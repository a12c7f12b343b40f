"""SIGTERM and SIGINT as a Qt signal, so a logout or ``kill`` ends MediaDesk cleanly.

Python runs its signal handlers only between bytecodes, and Qt's event loop can sleep for a
long time; the wakeup fd (a socket pair watched by a QSocketNotifier) wakes it at once.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Iterable

from PySide6.QtCore import QObject, QSocketNotifier, Signal, Slot


class SignalWatcher(QObject):
    received = Signal(int)  # the signal number

    def __init__(
        self,
        signums: Iterable[int] = (signal.SIGTERM, signal.SIGINT),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._previous = {s: signal.signal(s, self._ignore) for s in signums}
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_activated)

    @staticmethod
    def _ignore(signum: int, frame: object) -> None:
        """The real work happens in _on_activated; a Python handler must exist for the fd."""

    @Slot()
    def _on_activated(self) -> None:
        try:
            data = self._read.recv(64)
        except BlockingIOError:
            return
        for signum in data:
            self.received.emit(signum)

    def close(self) -> None:
        """Put back the previous handlers."""
        self._notifier.setEnabled(False)
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._read.close()
        self._write.close()
