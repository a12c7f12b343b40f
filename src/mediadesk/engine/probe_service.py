"""Asks a worker process what an address is (``python -m mediadesk.worker inspect URL``).

The worker comes from the same launcher as download workers: forked by the warm zygote where
it can (no second or so of importing yt-dlp per question), spawned otherwise. Starting it and
reading its answer happen on a short-lived thread, so the GUI thread never waits (not even for
a zygote that is still warming up) and never imports yt-dlp; the answer comes back as a queued
signal. One probe at a time per service: a new ``probe`` cancels the one running, and a
cancelled probe reports nothing (its worker's process group is killed).
"""

from __future__ import annotations

import json
import os
import signal
import threading

from PySide6.QtCore import QObject, Signal, Slot

from mediadesk.core.probe_codec import probe_from_dict
from mediadesk.engine.worker_launcher import WorkerHandle, WorkerLauncher
from mediadesk.engine.zygote_client import shared_launcher
from mediadesk.updates.overlay import overlay_worker_env


class ProbeService(QObject):
    finished = Signal(str, object)  # url, ProbeResult
    failed = Signal(str, str)  # url, a sentence for the user
    _answered = Signal(int, str, object, str)  # generation, url, exit code or None, stdout

    def __init__(self, parent: QObject | None = None, launcher: WorkerLauncher | None = None):
        super().__init__(parent)
        self._launcher = launcher or shared_launcher()
        self._lock = threading.Lock()
        self._generation = 0
        self._running = False
        self._handle: WorkerHandle | None = None
        self._answered.connect(self._on_answered)  # emitted from the reading thread: queued

    def is_running(self) -> bool:
        return self._running

    def probe(self, url: str) -> None:
        self.cancel()
        with self._lock:
            self._generation += 1
            generation = self._generation
        self._running = True
        threading.Thread(
            target=self._ask, args=(generation, url), name="probe", daemon=True
        ).start()

    def cancel(self) -> None:
        """Kill a running probe; it reports nothing."""
        with self._lock:
            self._generation += 1  # whatever the running one says is now stale
            handle, self._handle = self._handle, None
        self._running = False
        if handle is not None:
            handle.signal_group(signal.SIGKILL)

    # -- the reading thread -----------------------------------------------------------------

    def _ask(self, generation: int, url: str) -> None:
        out_read, out_write = os.pipe()
        try:
            with open(os.devnull, "rb") as nothing, open(os.devnull, "wb") as sink:
                handle = self._launcher.start(
                    ["inspect", url],
                    stdin=nothing.fileno(),
                    stdout=out_write,
                    stderr=sink.fileno(),
                    env=overlay_worker_env(),
                )
        except OSError as exc:
            os.close(out_read)
            self._answered.emit(generation, url, None, f"The checker could not start: {exc}")
            return
        finally:
            os.close(out_write)
        with self._lock:
            stale = generation != self._generation
            if not stale:
                self._handle = handle
        if stale:  # cancelled while it started
            handle.signal_group(signal.SIGKILL)
        with os.fdopen(out_read, "rb") as out:
            text = out.read().decode("utf-8", "replace")
        code = handle.wait()
        with self._lock:
            if self._handle is handle:
                self._handle = None
        self._answered.emit(generation, url, code, text)

    # -- back in the service's thread -------------------------------------------------------

    @Slot(int, str, object, str)
    def _on_answered(self, generation: int, url: str, code: int | None, out: str) -> None:
        with self._lock:
            if generation != self._generation:
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
