"""Asks a worker process what an address is (``python -m mediadesk.worker inspect URL``).

One probe at a time per service: a new ``probe`` cancels the one running. Used for "Check for
new items" on a batch; the probe itself is engine/probe_process.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from mediadesk.core.probe import ProbeResult
from mediadesk.engine.probe_process import WorkerProbe


class ProbeService(QObject):
    finished = Signal(str, object)  # url, ProbeResult
    failed = Signal(str, str)  # url, a sentence for the user

    def __init__(self, parent: QObject | None = None, *, proxy: Callable[[], str] = str) -> None:
        super().__init__(parent)
        self._proxy = proxy  # the downloads' proxy, read at each probe
        self._probe: WorkerProbe | None = None

    def is_running(self) -> bool:
        return self._probe is not None

    def probe(self, url: str) -> None:
        self.cancel()
        probe = WorkerProbe(url, proxy=self._proxy(), parent=self)
        probe.done.connect(self._on_done)
        self._probe = probe

    def cancel(self) -> None:
        """Kill a running probe; it reports nothing."""
        probe, self._probe = self._probe, None
        if probe is not None:
            probe.kill()
            probe.deleteLater()

    @Slot(str, object)
    def _on_done(self, url: str, answer: ProbeResult | str) -> None:
        probe, self._probe = self._probe, None
        if probe is None or probe.url != url:
            self._probe = probe
            return
        probe.deleteLater()
        if isinstance(answer, str):
            self.failed.emit(url, answer)
        else:
            self.finished.emit(url, answer)
