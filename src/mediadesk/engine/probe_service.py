"""Asks a worker process what an address is (``python -m mediadesk.worker inspect URL``).

A QProcess, so the GUI thread never waits and never imports yt-dlp; cancelling kills the
worker. One probe at a time per service: a new ``probe`` cancels the one running.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal, Slot

from mediadesk.core.i18n import translate
from mediadesk.core.probe_codec import probe_from_dict
from mediadesk.core.worker_launch import WorkerKind, worker_command
from mediadesk.updates.overlay import overlay_worker_env


class ProbeService(QObject):
    finished = Signal(str, object)  # url, ProbeResult
    failed = Signal(str, str)  # url, a sentence for the user

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._proc: QProcess | None = None
        self._url = ""

    def is_running(self) -> bool:
        return self._proc is not None

    def probe(self, url: str) -> None:
        self.cancel()
        program, *args = worker_command(WorkerKind.DOWNLOAD)
        proc = QProcess(self)
        env = QProcessEnvironment()
        for key, value in overlay_worker_env().items():
            env.insert(key, value)
        proc.setProcessEnvironment(env)
        proc.finished.connect(self._on_finished)
        self._proc, self._url = proc, url
        proc.start(program, [*args, "inspect", url])

    def cancel(self) -> None:
        """Kill a running probe; it reports nothing."""
        proc, self._proc = self._proc, None
        if proc is not None:
            proc.finished.disconnect(self._on_finished)
            proc.kill()
            proc.waitForFinished(1000)
            proc.deleteLater()

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        out = bytes(proc.readAllStandardOutput().data()).decode("utf-8", "replace")
        proc.deleteLater()
        lines = [line for line in out.splitlines() if line.strip()]
        try:
            record = json.loads(lines[-1])
            if record.get("ok"):
                self.finished.emit(self._url, probe_from_dict(record["probe"]))
            else:
                self.failed.emit(
                    self._url,
                    str(
                        record.get("message") or translate("ProbeService", "It could not be read.")
                    ),
                )
        except (IndexError, ValueError, KeyError, TypeError):
            self.failed.emit(
                self._url,
                translate(
                    "ProbeService", "The address could not be checked (exit code {code})."
                ).format(code=code),
            )
