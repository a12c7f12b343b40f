"""Probes for the whole app: a few worker processes at once, the rest queued, answers cached.

The format chooser and the probe on add (engine/add_probes.py) share it, so an address is
probed once: a request for one already running joins it, and an answer is kept for a while
(``ttl``, in memory) so Choose… after an add, or an add after Choose…, does not probe again.
Each request has an owner; cancelling the last owner's request drops it from the queue or
kills its process. Urgent requests (a person is waiting) start at once; background ones wait
while ``max_running`` probes run.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot

from mediadesk.core.probe import ProbeResult
from mediadesk.engine.probe_process import WorkerProbe

CACHE_SECONDS = 600.0
CACHE_SIZE = 256


class RunningProbe(Protocol):
    """A started probe (engine/probe_process.WorkerProbe): ``done(url, result or reason)``."""

    done: Any  # Signal(str, object)

    def kill(self) -> None: ...


#: Starts a probe of an address, owned by the given parent.
StartProbe = Callable[[str, QObject], RunningProbe]


def worker_probes(thumbnails: Path | None, proxy: Callable[[], str] = str) -> StartProbe:
    """Probes in worker processes, caching thumbnails in ``thumbnails``, through the proxy
    downloads use (``proxy()`` is read at each start)."""
    return lambda url, parent: WorkerProbe(url, thumbnails, proxy=proxy(), parent=parent)


@dataclass
class _Request:
    owners: set[str] = field(default_factory=set)
    urgent: bool = False
    probe: RunningProbe | None = None  # None while queued


class ProbePool(QObject):
    finished = Signal(str, object)  # url, ProbeResult
    failed = Signal(str, str)  # url, a sentence for the user

    def __init__(
        self,
        start: StartProbe,
        *,
        max_running: int = 2,
        ttl: float = CACHE_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._start = start
        self._max_running = max_running
        self._ttl = ttl
        self._monotonic = monotonic
        self._requests: OrderedDict[str, _Request] = OrderedDict()  # queued ones in order
        self._cache: OrderedDict[str, tuple[float, ProbeResult]] = OrderedDict()

    # -- queries ------------------------------------------------------------------------------

    def cached(self, url: str) -> ProbeResult | None:
        kept = self._cache.get(url)
        if kept is None:
            return None
        if self._monotonic() - kept[0] > self._ttl:
            del self._cache[url]
            return None
        return kept[1]

    def running(self) -> list[str]:
        return [u for u, r in self._requests.items() if r.probe is not None]

    def queued(self) -> list[str]:
        return [u for u, r in self._requests.items() if r.probe is None]

    def is_pending(self, url: str) -> bool:
        return url in self._requests

    # -- commands -----------------------------------------------------------------------------

    def request(self, url: str, owner: str, *, urgent: bool = False) -> ProbeResult | None:
        """The cached answer, or None: then ``finished`` or ``failed`` follows for ``url``."""
        kept = self.cached(url)
        if kept is not None:
            return kept
        request = self._requests.setdefault(url, _Request())
        request.owners.add(owner)
        if urgent and request.probe is None:
            request.urgent = True
            self._launch(url, request)
        self._pump()
        return None

    def cancel(self, url: str, owner: str) -> None:
        """Withdraw ``owner``'s request; the probe stops when nobody else wants it."""
        request = self._requests.get(url)
        if request is None:
            return
        request.owners.discard(owner)
        if request.owners:
            return
        del self._requests[url]
        if request.probe is not None:
            request.probe.kill()
            self._dispose(request.probe)
        self._pump()

    def shutdown(self) -> None:
        """Kill every probe and forget the queue (the app is quitting)."""
        requests = list(self._requests.values())
        self._requests.clear()
        for request in requests:
            if request.probe is not None:
                request.probe.kill()
                self._dispose(request.probe)

    # -- running ------------------------------------------------------------------------------

    def _pump(self) -> None:
        for url, request in list(self._requests.items()):
            if len(self.running()) >= self._max_running:
                return
            if request.probe is None:
                self._launch(url, request)

    def _launch(self, url: str, request: _Request) -> None:
        request.probe = self._start(url, self)
        request.probe.done.connect(self._on_done)

    @Slot(str, object)
    def _on_done(self, url: str, answer: ProbeResult | str) -> None:
        request = self._requests.pop(url, None)
        if request is None:
            return
        if request.probe is not None:
            self._dispose(request.probe)
        if not isinstance(answer, str):
            self._cache[url] = (self._monotonic(), answer)
            self._cache.move_to_end(url)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        # The next probe starts before anyone hears of this answer: a listener may open a
        # dialog (Choose…) and keep this call on the stack for as long as it is open.
        self._pump()
        if isinstance(answer, str):
            self.failed.emit(url, answer)
        else:
            self.finished.emit(url, answer)

    @staticmethod
    def _dispose(probe: RunningProbe) -> None:
        if isinstance(probe, QObject):
            probe.deleteLater()
