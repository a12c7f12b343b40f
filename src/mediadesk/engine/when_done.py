"""Settings ▸ Schedule ▸ "when everything is done": notices the moment the last download
ends, so the app can quit (a shutdown of the computer is left to the user's own tools)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal, Slot

from mediadesk.core.job import Job
from mediadesk.core.settings import Settings
from mediadesk.engine.schedule import WhenDone


class WhenDoneWatcher(QObject):
    """Emits ``quitRequested`` when a download ends, nothing is left queued or running, and
    the setting says quit. Only an ending counts: an empty queue at launch quits nothing,
    and jobs waiting for the schedule's hours are not done."""

    quitRequested = Signal()

    def __init__(
        self,
        jobs: Callable[[], Iterable[Job]],
        settings: Callable[[], Settings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._settings = settings

    @Slot(object)
    def on_job_changed(self, job: Job) -> None:
        if not job.state.is_final:
            return
        if WhenDone(self._settings().when_done) is not WhenDone.QUIT:
            return
        if any(j.state.is_unfinished for j in self._jobs()):
            return
        self.quitRequested.emit()
