"""One probe worker process: ``python -m mediadesk.worker inspect URL [--thumbnails DIR]``.

The single seam through which the app starts probes (the probe pool, the batch checker), so a
faster way to start workers (pre-forked ones) can be switched in at one place. A QProcess:
the GUI thread never waits, never imports yt-dlp, and cancelling is killing the process.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal, Slot

from mediadesk.core.probe import ProbeResult
from mediadesk.core.probe_codec import probe_from_dict
from mediadesk.core.worker_launch import PROBE_PROXY_VARIABLE, WorkerKind, worker_command
from mediadesk.updates.overlay import overlay_worker_env

#: A probe that has not answered by then is killed (a stalled server, a hung extractor).
TIME_LIMIT_MS = 60_000


def inspect_command(url: str, thumbnails: Path | None = None) -> list[str]:
    """The command line of a probe of ``url`` (``thumbnails``: cache a single video's picture)."""
    extra = ["--thumbnails", str(thumbnails)] if thumbnails is not None else []
    return [*worker_command(WorkerKind.DOWNLOAD), "inspect", url, *extra]


def read_answer(output: bytes, code: int) -> ProbeResult | str:
    """The probe's last JSON line: a result, or a sentence saying why there is none."""
    lines = [line for line in output.decode("utf-8", "replace").splitlines() if line.strip()]
    try:
        record = json.loads(lines[-1])
        if record.get("ok"):
            return probe_from_dict(record["probe"])
        return str(record.get("message") or "It could not be read.")
    except (IndexError, ValueError, KeyError, TypeError, AttributeError):
        return f"The address could not be checked (exit code {code})."


class WorkerProbe(QObject):
    """A started probe; ``done`` carries its address and a ProbeResult or a str (why it
    failed), once. A killed probe reports nothing."""

    done = Signal(str, object)

    def __init__(
        self,
        url: str,
        thumbnails: Path | None = None,
        *,
        proxy: str = "",
        time_limit_ms: int = TIME_LIMIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.url = url
        program, *args = inspect_command(url, thumbnails)
        self._proc: QProcess | None = QProcess(self)
        env = QProcessEnvironment()
        for key, value in overlay_worker_env().items():
            env.insert(key, value)
        env.remove(PROBE_PROXY_VARIABLE)
        if proxy:
            env.insert(PROBE_PROXY_VARIABLE, proxy)
        self._proc.setProcessEnvironment(env)
        self._proc.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self._proc.setStandardErrorFile(QProcess.nullDevice())
        self._proc.finished.connect(self._on_finished)
        self._proc.errorOccurred.connect(self._on_error)
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.timeout.connect(self._on_time_limit)
        self._limit.start(time_limit_ms)
        self._proc.start(program, args)

    def kill(self) -> None:
        """Stop it; nothing is reported."""
        proc, self._proc = self._proc, None
        self._limit.stop()
        if proc is not None:
            proc.finished.disconnect(self._on_finished)
            proc.errorOccurred.disconnect(self._on_error)
            proc.kill()
            proc.waitForFinished(1000)
            proc.deleteLater()

    def _report(self, answer: ProbeResult | str) -> None:
        self.kill()
        self.done.emit(self.url, answer)

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        if self._proc is not None:
            self._report(read_answer(bytes(self._proc.readAllStandardOutput().data()), code))

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart and self._proc is not None:
            self._report(f"The probe could not start: {self._proc.errorString()}")

    @Slot()
    def _on_time_limit(self) -> None:
        if self._proc is not None:
            self._report(f"It did not answer within {TIME_LIMIT_MS // 1000} seconds.")
