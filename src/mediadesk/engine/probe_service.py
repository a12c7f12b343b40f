"""Asks a worker process what an address is (``python -m mediadesk.worker inspect URL``).

The worker comes from the same launcher as download workers: forked by the warm zygote where
it can (no second or so of importing yt-dlp per question), spawned otherwise. Starting it and
reading its answer happen on a short-lived thread, so the GUI thread never waits (not even for
a zygote that is still warming up) and never imports yt-dlp. The thread reports to one
long-lived hub, never to the service itself, which may be gone by then (GUIDE: signals from
threads). One probe at a time per service: a new ``probe`` cancels the one running, and a
cancelled probe reports nothing (its worker's process group is killed).
"""

from __future__ import annotations

import json
import os
import signal
import threading
import weakref

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from mediadesk.core.probe_codec import probe_from_dict
from mediadesk.engine.worker_launcher import WorkerHandle, WorkerLauncher
from mediadesk.engine.zygote_client import shared_launcher
from mediadesk.updates.overlay import overlay_worker_env


class _Asking:
    """The one question a service has open (plain Python: the thread may outlive the service)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.generation = 0
        self.handle: WorkerHandle | None = None

    def current(self, generation: int) -> bool:
        with self.lock:
            return generation == self.generation


class _Answers(QObject):
    """Created in the GUI thread with the first service; answers arrive here (queued) and go
    to their service if it still exists."""

    answered = Signal(object, int, str, object, str)  # service ref, generation, url, code, out

    def __init__(self) -> None:
        super().__init__()
        self.answered.connect(self._deliver)

    @Slot(object, int, str, object, str)
    def _deliver(self, ref: weakref.ref, generation: int, url: str, code: object, out: str) -> None:
        service = ref()
        if service is not None and shiboken6.isValid(service):
            service._answer(generation, url, code, out)


_answers: _Answers | None = None


def _hub() -> _Answers:
    global _answers
    if _answers is None:
        _answers = _Answers()
    return _answers


def _ask(
    asking: _Asking,
    launcher: WorkerLauncher,
    reply: tuple[_Answers, weakref.ref],
    generation: int,
    url: str,
) -> None:
    hub, ref = reply
    out_read, out_write = os.pipe()
    try:
        with open(os.devnull, "rb") as nothing, open(os.devnull, "wb") as sink:
            handle = launcher.start(
                ["inspect", url],
                stdin=nothing.fileno(),
                stdout=out_write,
                stderr=sink.fileno(),
                env=overlay_worker_env(),
            )
    except OSError as exc:
        os.close(out_read)
        hub.answered.emit(ref, generation, url, None, f"The checker could not start: {exc}")
        return
    finally:
        os.close(out_write)
    with asking.lock:
        stale = generation != asking.generation
        if not stale:
            asking.handle = handle
    if stale:  # cancelled while it started
        handle.signal_group(signal.SIGKILL)
    with os.fdopen(out_read, "rb") as out:
        text = out.read().decode("utf-8", "replace")
    code = handle.wait()
    with asking.lock:
        if asking.handle is handle:
            asking.handle = None
    if asking.current(generation):
        hub.answered.emit(ref, generation, url, code, text)


class ProbeService(QObject):
    finished = Signal(str, object)  # url, ProbeResult
    failed = Signal(str, str)  # url, a sentence for the user

    def __init__(self, parent: QObject | None = None, launcher: WorkerLauncher | None = None):
        super().__init__(parent)
        self._launcher = launcher or shared_launcher()
        self._asking = _Asking()
        self._running = False
        self._hub = _hub()

    def is_running(self) -> bool:
        return self._running

    def probe(self, url: str) -> None:
        self.cancel()
        with self._asking.lock:
            self._asking.generation += 1
            generation = self._asking.generation
        self._running = True
        threading.Thread(
            target=_ask,
            args=(self._asking, self._launcher, (self._hub, weakref.ref(self)), generation, url),
            name="probe",
            daemon=True,
        ).start()

    def cancel(self) -> None:
        """Kill a running probe; it reports nothing."""
        with self._asking.lock:
            self._asking.generation += 1  # whatever the running one says is now stale
            handle, self._asking.handle = self._asking.handle, None
        self._running = False
        if handle is not None:
            handle.signal_group(signal.SIGKILL)

    def _answer(self, generation: int, url: str, code: object, out: str) -> None:
        if not self._asking.current(generation):
            return
        self._running = False
        if code is None:
            self.failed.emit(url, out)
            return
        lines = [line for line in out.splitlines() if line.strip()]
        try:
            record = json.loads(lines[-1])
            answer = probe_from_dict(record["probe"]) if record.get("ok") else None
            problem = str(record.get("message") or "It could not be read.")
        except (IndexError, ValueError, KeyError, TypeError, AttributeError):
            self.failed.emit(url, f"The address could not be checked (exit code {code}).")
            return
        if answer is not None:
            self.finished.emit(url, answer)
        else:
            self.failed.emit(url, problem)
