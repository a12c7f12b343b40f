"""The immutable values that flow between runner, engine, store and UI."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from mediadesk.core.i18n import translate
from mediadesk.core.states import JobState


class FormatPreset(enum.StrEnum):
    BEST = "best"
    UP_TO_1080P = "1080p"
    UP_TO_720P = "720p"
    AUDIO = "audio"

    @property
    def label(self) -> str:
        return {
            FormatPreset.BEST: translate("FormatPreset", "Best quality"),
            FormatPreset.UP_TO_1080P: translate("FormatPreset", "Video up to 1080p"),
            FormatPreset.UP_TO_720P: translate("FormatPreset", "Video up to 720p"),
            FormatPreset.AUDIO: translate("FormatPreset", "Audio only"),
        }[self]


@dataclass(frozen=True, slots=True)
class Job:
    """One download as the store and the UI see it. Replace, never mutate."""

    id: str
    url: str
    state: JobState
    preset: FormatPreset
    output_dir: str
    position: int
    created_at: float
    title: str = ""
    file_path: str = ""
    bytes_done: int = 0
    bytes_total: int | None = None
    speed: float | None = None
    eta: float | None = None
    error: str = ""
    attempts: int = 0
    started_at: float | None = None
    finished_at: float | None = None
    retry_at: float | None = None
    cookies: str = ""  # this job's cookie source spec (core/network.py); "" = the setting's
    failure_action: str = ""  # core.failures.FailureAction value of the last failure
    failure_target: str = ""  # what that action works on (e.g. an embedded page's address)
    no_resume: bool = False  # the server ignores byte ranges: a resume starts over
    batch_id: str | None = None  # the playlist this job is an item of (core/batch.py)
    extractor: str = ""  # with video_id: the site's identity of the video (download archive)
    video_id: str = ""
    # What to download (core/choice.py DownloadChoice as JSON); '' = the preset's choice.
    choice: str = ""
    # What the finished download could not deliver as promised ("Only 1080p was offered").
    note: str = ""
    #: Queued but waiting until the download folder's disk has this many bytes free.
    space_needed: int | None = None
    playlist_index: int | None = None  # a batch item's position in its playlist (1-based)
    # What a probe found before the download (engine/add_probes.py): shown while queued.
    duration: float | None = None  # seconds
    uploader: str = ""
    thumbnail_url: str = ""  # the site's picture address
    thumbnail_file: str = ""  # its cached copy (core/thumbnails.py); may have been cleaned away

    @property
    def fraction(self) -> float | None:
        """Share of bytes done, or None while the size is unknown."""
        if self.state is JobState.DONE:
            return 1.0
        if not self.bytes_total:
            return None
        return min(1.0, self.bytes_done / self.bytes_total)

    @property
    def display_title(self) -> str:
        return self.title or self.url


class Phase(enum.StrEnum):
    """What a running job is doing; drives DOWNLOADING vs POSTPROCESSING."""

    DOWNLOADING = "downloading"
    POSTPROCESSING = "post-processing"


@dataclass(frozen=True, slots=True)
class ProgressSnapshot:
    """Plain numbers copied out of yt-dlp's reused hook dict before they cross threads."""

    bytes_done: int
    bytes_total: int | None
    speed: float | None
    eta: float | None


class EventKind(enum.StrEnum):
    STATE = "state"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class JobEvent:
    job_id: str
    at: float
    kind: EventKind
    message: str
