"""One probe worker: ``python -m mediadesk.worker inspect URL [--thumbnails DIR]``.

The single seam through which the app starts probes (the probe pool, the batch checker). The
worker comes from the same launcher as download workers: forked by the warm zygote where it can
(no second of importing yt-dlp per question), spawned otherwise. Starting it and reading its
answer happen on a short-lived thread, so the GUI thread never waits (not even for a zygote
that is still warming up) and never imports yt-dlp. The thread reports through one long-lived
hub, never to the probe itself, which may be gone by then (GUIDE: signals from threads).
Cancelling kills the worker's process group.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import weakref
from collections.abc import Mapping
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from mediadesk.core.i18n import translate
from mediadesk.core.probe import ProbeResult
from mediadesk.core.probe_codec import probe_from_dict
from mediadesk.core.worker_launch import PROBE_PROXY_VARIABLE, WorkerKind, worker_command
from mediadesk.engine.worker_launcher import WorkerHandle, WorkerLauncher
from mediadesk.engine.zygote_client import shared_launcher
from mediadesk.updates.overlay import overlay_worker_env

#: A probe that has not answered by then is killed (a stalled server, a hung extractor).
TIME_LIMIT_MS = 60_000


def inspect_args(url: str, thumbnails: Path | None = None) -> list[str]:
    """The worker arguments of a probe of ``url`` (``thumbnails``: cache a video's picture)."""
    extra = ["--thumbnails", str(thumbnails)] if thumbnails is not None else []
    return ["inspect", url, *extra]


def inspect_command(url: str, thumbnails: Path | None = None) -> list[str]:
    """The whole command line of a spawned probe of ``url`` (as the benchmark runs it)."""
    return [*worker_command(WorkerKind.DOWNLOAD), *inspect_args(url, thumbnails)]


def probe_env(proxy: str) -> dict[str, str]:
    """The worker's environment: the active yt-dlp, and the proxy (never on a command line)."""
    env = overlay_worker_env()
    env.pop(PROBE_PROXY_VARIABLE, None)
    if proxy:
        env[PROBE_PROXY_VARIABLE] = proxy
    return env


def read_answer(output: bytes, code: int) -> ProbeResult | str:
    """The probe's last JSON line: a result, or a sentence saying why there is none."""
    lines = [line for line in output.decode("utf-8", "replace").splitlines() if line.strip()]
    try:
        record = json.loads(lines[-1])
        if record.get("ok"):
            return probe_from_dict(record["probe"])
        return str(record.get("message") or translate("ProbeService", "It could not be read."))
    except (IndexError, ValueError, KeyError, TypeError, AttributeError):
        return translate(
            "ProbeService", "The address could not be checked (exit code {code})."
        ).format(code=code)


class _Run:
    """What the thread and the probe share (plain Python: the thread may outlive the probe)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.cancelled = False
        self.handle: WorkerHandle | None = None

    def cancel(self) -> None:
        with self.lock:
            self.cancelled = True
            handle, self.handle = self.handle, None
        if handle is not None:
            handle.signal_group(signal.SIGKILL)


class _Answers(QObject):
    """Created in the GUI thread with the first probe; answers arrive here (queued) and go to
    their probe if it still exists."""

    answered = Signal(object, object)  # weakref to the WorkerProbe, ProbeResult | str

    def __init__(self) -> None:
        super().__init__()
        self.answered.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, ref: weakref.ref, answer: object) -> None:
        probe = ref()
        if probe is not None and shiboken6.isValid(probe):
            probe._answer(answer)


_answers: _Answers | None = None


def _hub() -> _Answers:
    global _answers
    if _answers is None:
        _answers = _Answers()
    return _answers


def _ask(
    run: _Run,
    launcher: WorkerLauncher,
    args: list[str],
    env: Mapping[str, str],
    reply: tuple[_Answers, weakref.ref],
) -> None:
    hub, ref = reply
    out_read, out_write = os.pipe()
    try:
        with open(os.devnull, "rb") as nothing, open(os.devnull, "wb") as sink:
            handle = launcher.start(
                args, stdin=nothing.fileno(), stdout=out_write, stderr=sink.fileno(), env=env
            )
    except OSError as exc:
        os.close(out_read)
        if not run.cancelled:
            hub.answered.emit(
                ref,
                translate("ProbeService", "The probe could not start: {problem}").format(
                    problem=exc
                ),
            )
        return
    finally:
        os.close(out_write)
    with run.lock:
        cancelled = run.cancelled
        if not cancelled:
            run.handle = handle
    if cancelled:  # cancelled while it started
        handle.signal_group(signal.SIGKILL)
    with os.fdopen(out_read, "rb") as out:
        output = out.read()
    code = handle.wait()
    with run.lock:
        if run.handle is handle:
            run.handle = None
        cancelled = run.cancelled
    if not cancelled:
        hub.answered.emit(ref, read_answer(output, code))


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
        launcher: WorkerLauncher | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.url = url
        self._run: _Run | None = _Run()
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.timeout.connect(self._on_time_limit)
        self._limit.start(time_limit_ms)
        threading.Thread(
            target=_ask,
            args=(
                self._run,
                launcher or shared_launcher(),
                inspect_args(url, thumbnails),
                probe_env(proxy),
                (_hub(), weakref.ref(self)),
            ),
            name="probe",
            daemon=True,
        ).start()

    @property
    def pid(self) -> int | None:
        """The worker's process id once it has started (and until it is stopped)."""
        run = self._run
        handle = run.handle if run is not None else None
        return handle.pid if handle is not None else None

    def kill(self) -> None:
        """Stop it; nothing is reported."""
        run, self._run = self._run, None
        self._limit.stop()
        if run is not None:
            run.cancel()

    def _report(self, answer: ProbeResult | str) -> None:
        self.kill()
        self.done.emit(self.url, answer)

    def _answer(self, answer: object) -> None:
        if self._run is not None:
            self._report(answer)  # type: ignore[arg-type]

    @Slot()
    def _on_time_limit(self) -> None:
        if self._run is not None:
            self._report(
                translate("ProbeService", "It did not answer within {seconds} seconds.").format(
                    seconds=TIME_LIMIT_MS // 1000
                )
            )
