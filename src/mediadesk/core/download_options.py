"""What a run needs besides its URL: built by the engine, read by the worker."""

from __future__ import annotations

from dataclasses import dataclass

from mediadesk.core.choice import DownloadChoice, choice_for_preset
from mediadesk.core.job import FormatPreset


@dataclass(frozen=True, slots=True)
class DownloadOptions:
    """Everything about a run that is not the URL; built by the engine from its settings."""

    job_id: str
    output_dir: str
    preset: FormatPreset
    ffmpeg: str | None = None
    retries: int = 3
    fragment_retries: int = 10
    socket_timeout: float = 15.0
    rate_limit: int | None = None  # bytes per second, None = unlimited
    connections: int = 8  # Range connections per direct file (1 = one, as yt-dlp does)
    cookies: str = ""  # a cookie source spec (core/network.py), never cookie values
    proxy: str = ""  # proxy address, password included: only ever piped to the worker
    choice: DownloadChoice | None = None  # None: what ``preset`` promises

    @property
    def download_choice(self) -> DownloadChoice:
        return self.choice if self.choice is not None else choice_for_preset(self.preset)
