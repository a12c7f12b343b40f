"""Deletes the cookies a browser sent for particular jobs once those jobs are over.

The native-messaging host (desktop/native_host.py) writes a browser's cookies to
``<root>/<random>/cookies.txt`` (0600 in a 0700 folder) and hands the links over with the
cookie source ``file:<that path>``: the job store and the log only ever see the path. This
sweeper removes such a folder when no job that still has work to do (queued, running, paused)
refers to it: when the job is done, failed, canceled or removed. A folder that no job has ever
referred to is left alone for a grace period (the hand-off that will use it may be on its
way), then removed too: that is what a crash or a refused hand-off leaves behind.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot

from mediadesk.core.job import Job
from mediadesk.core.network import CookieKind, CookieSource
from mediadesk.core.states import JobState

GRACE_S = 600.0
SWEEP_MS = 60_000


class BrowserCookieSweeper(QObject):
    """Watches the engine's jobs (``jobs`` returns them all) and removes spent cookie files."""

    def __init__(
        self,
        root: Path,
        jobs: Callable[[], Iterable[Job]],
        *,
        clock: Callable[[], float] = time.time,
        grace_s: float = GRACE_S,
        sweep_ms: int = SWEEP_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._root = root
        self._jobs = jobs
        self._clock = clock
        self._grace_s = grace_s
        self._timer = QTimer(self)
        self._timer.setInterval(sweep_ms)
        self._timer.timeout.connect(self.sweep)
        self._timer.start()

    def _folder_of(self, job: Job) -> Path | None:
        try:
            source = CookieSource.parse(job.cookies)
        except ValueError:
            return None
        if source.kind is not CookieKind.FILE:
            return None
        folder = Path(source.path).parent
        return folder if folder.parent == self._root else None

    @Slot(object)
    def on_job_changed(self, job: Job) -> None:
        """Sweep when a job that used browser cookies is over (progress alone costs nothing)."""
        if job.state.is_final and self._folder_of(job) is not None:
            self.sweep()

    @Slot()
    @Slot(list)
    def sweep(self, *_removed: object) -> list[Path]:
        """Remove every folder no unfinished job needs; the folders removed."""
        if not self._root.is_dir():
            return []
        needed: set[Path] = set()
        used: set[Path] = set()
        for job in self._jobs():
            folder = self._folder_of(job)
            if folder is None:
                continue
            used.add(folder)
            if job.state.is_unfinished or job.state is JobState.PAUSED:
                needed.add(folder)
        removed = []
        now = self._clock()
        for folder in self._root.iterdir():
            if folder in needed or not folder.is_dir() or folder.is_symlink():
                continue
            if folder not in used:
                try:
                    age = now - folder.stat().st_mtime
                except OSError:
                    continue
                if age < self._grace_s:
                    continue
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
        return removed
