"""Looking for damaged job rows after the window is up, not before.

Finding every damaged row means checking every value of every row in SQL (store/row_check.py),
about a second at 100,000 jobs: launch must not wait for it. The scan reads through its own
read-only connection in a thread (SQLite lets the engine write meanwhile); the result comes
back to the GUI thread, where the rows found are uncounted (they were never loaded: the
engine's queries leave them out) and reported once. The thread runs at a lower priority.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, Signal, Slot

from mediadesk.core.i18n import translate
from mediadesk.core.states import JobState

#: The damaged rows (each with ``describe()``) and how many of them name each valid state.
Scan = Callable[[], tuple[Sequence[object], Mapping[JobState, int]]]


class DamagedRowsCheck(QObject):
    """Runs ``scan`` in a thread; ``found`` carries the damaged rows (never an empty list)."""

    found = Signal(list)
    failed = Signal(str)  # the scan itself could not read the database: why
    _finished = Signal(object)  # from the scanning thread; handled in the GUI thread

    def __init__(
        self,
        scan: Scan,
        uncount: Callable[[Mapping[JobState, int]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scan = scan
        self._uncount = uncount
        self._finished.connect(self._on_finished)
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="damaged-rows", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """From now on the scan reports nothing (the app is quitting); see ``join``."""
        self._stopping.set()

    def join(self, timeout: float = 5.0) -> None:
        """Wait for the thread (the store's close interrupts its read): it must not emit
        while the app tears its objects down."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        # A background chore: on Linux a thread has its own nice value, so the GUI thread
        # keeps the CPU while the window's first screens are built.
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        try:
            result: object = self._scan()
        except Exception as exc:
            result = exc
        if not self._stopping.is_set():
            self._finished.emit(result)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        if isinstance(result, Exception):
            self.failed.emit(
                translate(
                    "DamagedCheck", "The job list could not be checked for damaged rows: {problem}"
                ).format(problem=result)
            )
            return
        damaged, counts = result  # type: ignore[misc]
        if damaged:
            self._uncount(counts)
            self.found.emit(list(damaged))
