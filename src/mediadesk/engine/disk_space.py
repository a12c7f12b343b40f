"""Waiting for disk space instead of failing.

A download that hits a full disk (or whose known size does not fit before it starts) stays
queued with ``space_needed`` set: the bytes it still has to write plus a small reserve. A
periodic check of the download folder's free space lets it go on by itself once there is
room; downloads to other disks are not held up. Pure policy plus one QTimer; the engine
owns the jobs and commits every change.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from mediadesk.core.job import Job

#: Free bytes on the disk holding a folder (``shutil.disk_usage``; injected by tests).
FreeSpace = Callable[[str], int]

CHECK_INTERVAL_MS = 5000
#: Kept free beyond a download's own bytes: a disk filled to the last byte helps no one.
RESERVE = 1024 * 1024
#: Needed after a full disk when the download's size is not known: enough to be worth
#: another try (the partial file is kept, so a try that fills the disk again loses nothing).
UNKNOWN_SIZE_NEED = 4 * 1024 * 1024


def disk_free(folder: str) -> int:
    return shutil.disk_usage(folder).free


def bytes_to_write(job: Job) -> int | None:
    """What the job still has to write, when its size is known."""
    if not job.bytes_total:
        return None
    return max(0, job.bytes_total - job.bytes_done)


def space_needed_after_full_disk(job: Job) -> int:
    remaining = bytes_to_write(job)
    return (remaining if remaining is not None else UNKNOWN_SIZE_NEED) + RESERVE


class SpaceWatch(QObject):
    """Says whether a job fits before it starts, and which waiting jobs fit now."""

    #: Checked again: carries the ids of waiting jobs that now have room.
    spaceFreed = Signal(list)

    def __init__(
        self,
        jobs: Callable[[], list[Job]],
        *,
        free_space: FreeSpace = disk_free,
        interval_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs  # the waiting jobs, as the engine has them now
        self._free_space = free_space
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def free(self, folder: str) -> int | None:
        """Free bytes in ``folder``, None when that cannot be told (it is gone, say)."""
        try:
            return self._free_space(folder)
        except OSError:
            return None

    def needed_to_start(self, job: Job) -> int | None:
        """Bytes the job waits for before it may start, or None when it fits (or its size
        is unknown, or the free space cannot be read: then the download itself will tell)."""
        remaining = bytes_to_write(job)
        if not remaining:
            return None
        free = self.free(job.output_dir)
        needed = remaining + RESERVE
        return needed if free is not None and free < needed else None

    def watch(self, waiting: bool) -> None:
        """Run the periodic check while some job waits."""
        if waiting and not self._timer.isActive():
            self._timer.start()
        elif not waiting:
            self._timer.stop()

    def check(self) -> None:
        fits: list[str] = []
        free_by_folder: dict[str, int | None] = {}
        for job in self._jobs():
            if job.space_needed is None:
                continue
            if job.output_dir not in free_by_folder:
                free_by_folder[job.output_dir] = self.free(job.output_dir)
            free = free_by_folder[job.output_dir]
            if free is not None and free >= job.space_needed:
                fits.append(job.id)
                free_by_folder[job.output_dir] = free - job.space_needed  # not twice
        if fits:
            self.spaceFreed.emit(fits)
