"""User settings as one immutable value; persisted by the engine in the store."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from mediadesk.core.job import FormatPreset

DEFAULT_NAME_TEMPLATE = "%(title)s"
MAX_CONCURRENT = 64  # each download is a worker process (~40 MB)
MAX_CONNECTIONS = 16  # per download; more only annoys servers (aria2c stops at 16 too)


@dataclass(frozen=True, slots=True)
class Settings:
    download_dir: str
    max_concurrent: int = 3
    rate_limit: int = 0  # bytes per second per download; 0 means unlimited
    overall_rate_limit: int = 0  # bytes per second shared by all downloads; 0: none
    limit_speed: bool = True  # the tray's "Limit Speed": the overall limit on or off
    max_attempts: int = 5  # automatic tries for transient failures
    default_preset: FormatPreset = FormatPreset.BEST
    name_template: str = DEFAULT_NAME_TEMPLATE
    remove_finished_after_days: int = 0  # 0 keeps history forever; files are always kept
    notifications: bool = True
    close_to_tray: bool = True
    start_at_login: bool = False
    socket_timeout: float = 15.0
    retry_base_delay: float = 2.0
    retry_max_delay: float = 300.0
    check_ytdlp_updates: bool = False  # weekly look at the package index; never installs
    # A playlist handed off (browser, command line) or dropped queues every entry not yet
    # downloaded; on, it opens the item picker like the add bar does.
    ask_for_playlist_items_on_handoff: bool = False
    # Network (core/network.py): a cookie source spec, and a proxy address without password.
    cookies: str = ""
    proxy: str = ""
    last_choice: str = ""  # the Choose… dialog's last choice (DownloadChoice JSON): its defaults
    # Parallel Range connections for one direct file, for servers that cap each connection;
    # 1 = a single connection like the yt-dlp command line. HLS/DASH are not affected.
    connections_per_download: int = 8
    # Schedule (engine/schedule.py); times are minutes after local midnight.
    schedule_enabled: bool = False  # run the queue only between schedule_start and _end
    schedule_start: int = 0
    schedule_end: int = 0
    alt_rate_enabled: bool = False  # alt_rate_limit between alt_rate_start and _end
    alt_rate_limit: int = 0  # bytes per second per download; 0 means unlimited
    alt_rate_start: int = 0
    alt_rate_end: int = 0
    when_done: str = "nothing"  # "nothing" or "quit" once every download is over
    clipboard_watch: bool = False  # offer http(s) media links copied anywhere (ui/clipboard_watch)
    language: str = ""  # interface language code (LANGUAGE_CODES); "" follows the system

    @property
    def overall_limit_in_force(self) -> int:
        """The overall limit that applies now (0: none)."""
        return self.overall_rate_limit if self.limit_speed else 0

    def to_dict(self) -> dict[str, Any]:
        values = asdict(self)
        values["default_preset"] = self.default_preset.value
        return values

    @classmethod
    def from_dict(cls, values: dict[str, Any], *, download_dir: str) -> Settings:
        """Build from stored values, ignoring unknown keys and values of the wrong type."""
        base = cls(download_dir=download_dir)
        known = {f.name: f for f in fields(cls)}
        updates: dict[str, Any] = {}
        for key, value in values.items():
            if key not in known:
                continue
            current = getattr(base, key)
            if isinstance(current, FormatPreset):
                try:
                    updates[key] = FormatPreset(value)
                except ValueError:
                    continue
            elif isinstance(current, bool):
                if isinstance(value, bool):
                    updates[key] = value
            elif (
                isinstance(current, int | float)
                and isinstance(value, int | float)
                and not isinstance(value, bool)  # a stored true is not a number
            ):
                updates[key] = type(current)(value)
            elif isinstance(current, str) and isinstance(value, str) and (value or not current):
                updates[key] = value
        return replace(base, **updates).validated()

    def validated(self) -> Settings:
        """Clamp numbers into ranges the engine can honour."""
        return replace(
            self,
            max_concurrent=max(1, min(MAX_CONCURRENT, int(self.max_concurrent))),
            rate_limit=max(0, int(self.rate_limit)),
            overall_rate_limit=max(0, int(self.overall_rate_limit)),
            max_attempts=max(1, min(100, int(self.max_attempts))),
            remove_finished_after_days=max(0, int(self.remove_finished_after_days)),
            socket_timeout=max(0.1, float(self.socket_timeout)),
            connections_per_download=max(
                1, min(MAX_CONNECTIONS, int(self.connections_per_download))
            ),
            schedule_start=_minute_of_day(self.schedule_start),
            schedule_end=_minute_of_day(self.schedule_end),
            alt_rate_limit=max(0, int(self.alt_rate_limit)),
            alt_rate_start=_minute_of_day(self.alt_rate_start),
            alt_rate_end=_minute_of_day(self.alt_rate_end),
            when_done=self.when_done if self.when_done in WHEN_DONE else "nothing",
            language=self.language if self.language in LANGUAGE_CODES else "",
        )


WHEN_DONE = ("nothing", "quit")
#: Interface languages the Settings offer ("": the system's); ui/language.py names them.
LANGUAGE_CODES = ("", "en", "de", "es")
MINUTES_PER_DAY = 24 * 60


def _minute_of_day(value: int) -> int:
    return max(0, min(MINUTES_PER_DAY - 1, int(value)))
