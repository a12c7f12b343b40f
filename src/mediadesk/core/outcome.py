"""What a download run is asked to do and how it ended: plain values shared by the app
process and the worker process (no yt-dlp import, so the app starts faster)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from mediadesk.core.credentials import Credentials
from mediadesk.core.download_options import DownloadOptions
from mediadesk.core.failures import Failure
from mediadesk.core.probe import ProbeResult


class OutcomeKind(enum.StrEnum):
    DONE = "done"
    STOPPED = "stopped"  # a pause, cancel or shutdown request took effect
    FAILED = "failed"
    PLAYLIST = "playlist"  # the address lists several videos: the engine expands it


@dataclass(frozen=True, slots=True)
class RunOutcome:
    kind: OutcomeKind
    file_path: str = ""
    bytes_total: int | None = None
    failure: Failure | None = None
    playlist: ProbeResult | None = None  # PLAYLIST only: the entries, flat
    # What the file could not deliver as chosen ("Only 1080p was offered."), for the job.
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RunRequest:
    """What a runner needs to know about its job, frozen at start."""

    url: str  # never with user info: the credentials travel apart and go to one origin only
    options: DownloadOptions
    name_template: str = "%(title)s"
    known_total: int | None = None
    playlist_index: int | None = None  # a batch item's position, for %(playlist_index)s
    credentials: Credentials | None = field(default=None, repr=False)
