"""Asks the name-preview worker process what a file-name template will produce.

Evaluating a template needs yt-dlp, which the app process never loads, so each (debounced)
template is sent to a short-lived ``python -m mediadesk.worker.name_preview`` through a
QProcess; the answer comes back as a :class:`NamePreview`. Answers are kept per template,
so going back to an earlier template is instant.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal, Slot

from mediadesk.core.name_preview import NamePreview, decode_preview, encode_preview_request
from mediadesk.core.worker_launch import WorkerKind, worker_command, worker_env
from mediadesk.ui.i18n import translate

DEBOUNCE_MS = 300


class NamePreviewService(QObject):
    """``request(template)``; ``ready(template, preview)`` follows for the latest template."""

    ready = Signal(str, object)  # template, NamePreview

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        command: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._command = command or worker_command(WorkerKind.NAME_PREVIEW)
        self._known: dict[str, NamePreview] = {}
        self._wanted: str | None = None  # the latest template asked for, until answered
        self._running: str | None = None  # the template the running process evaluates
        self._process: QProcess | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start)

    def request(self, template: str) -> None:
        """Preview ``template`` once typing pauses; at once when it was previewed before."""
        known = self._known.get(template)
        if known is not None:
            self._wanted = None
            self._timer.stop()
            self.ready.emit(template, known)
            return
        self._wanted = template
        self._timer.start()

    def pending(self) -> bool:
        return self._wanted is not None

    def known(self, template: str) -> NamePreview | None:
        return self._known.get(template)

    def close(self) -> None:
        """Stop any running preview (a QProcess must not outlive its owner while running)."""
        self._timer.stop()
        self._wanted = None
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect(self._on_finished)
            process.errorOccurred.disconnect(self._on_error)
            if process.state() != QProcess.ProcessState.NotRunning:
                process.kill()
                process.waitForFinished(2000)
            process.deleteLater()

    @Slot()
    def _start(self) -> None:
        if self._wanted is None or self._process is not None:
            return  # a running preview starts the next one when it ends
        template = self._wanted
        process = QProcess(self)
        environment = QProcessEnvironment()
        for key, value in worker_env().items():
            environment.insert(key, value)
        process.setProcessEnvironment(environment)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process, self._running = process, template
        process.start(self._command[0], self._command[1:])
        if self._process is not process:
            return  # it failed to start, and said so
        process.write(encode_preview_request(template).encode())
        process.closeWriteChannel()

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self._process
        if process is None:
            return
        output = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        errors = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        preview: NamePreview | None = None
        if status == QProcess.ExitStatus.NormalExit and code == 0:
            try:
                preview = decode_preview(output)
            except (ValueError, KeyError, TypeError):
                preview = None
        if preview is not None:
            self._known[self._running or ""] = preview
        else:
            preview = _unavailable(
                translate("NamePreview", "the preview process ended with code {code}").format(
                    code=code
                ),
                errors,
            )
        self._finish(preview)

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._process is not None:
            self._finish(_unavailable(self._process.errorString(), ""))

    def _finish(self, preview: NamePreview) -> None:
        process, template = self._process, self._running or ""
        self._process, self._running = None, None
        if process is not None:
            process.deleteLater()
        if self._wanted == template:
            self._wanted = None
            self.ready.emit(template, preview)
        elif self._wanted is not None and not self._timer.isActive():
            self._start()  # the template changed while this one ran


def _unavailable(reason: str, errors: str) -> NamePreview:
    """A preview that could not be computed: said plainly, and nothing is refused for it
    (the download falls back to the title if the template turns out to be unusable)."""
    tail = errors.strip().splitlines()[-1:] if errors.strip() else []
    detail = f" ({tail[0]})" if tail else ""
    return NamePreview(
        note=translate("NamePreview", "No example available: {reason}.").format(
            reason=reason + detail
        )
    )
