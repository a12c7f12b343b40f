"""Numbers as people read them: sizes, speeds, durations and dates, in the user's locale.

Pure functions over QtCore only, so the table model, details pane and status bar all say
"12.3 MB" the same way and tests can check the wording without a window.
"""

from __future__ import annotations

import time
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QDateTime, QLocale

from mediadesk.core.filenames import remove_invisible
from mediadesk.core.job import Job
from mediadesk.ui.i18n import translate

_SIZE_FORMAT = QLocale.DataSizeFormat.DataSizeSIFormat  # 1 MB = 1,000,000 bytes, like file managers


def format_size(locale: QLocale, size: int | float | None) -> str:
    """``"12.3 MB"``; empty when the size is unknown."""
    if size is None or size < 0:
        return ""
    return locale.formattedDataSize(int(size), 1, _SIZE_FORMAT)


def format_progress_size(locale: QLocale, done: int, total: int | None) -> str:
    """``"12.3 MB of 45.6 MB"`` while downloading, just the size when one side is missing."""
    if total and done < total:
        return translate("Formatting", "{done} of {total}").format(
            done=format_size(locale, done), total=format_size(locale, total)
        )
    if total:
        return format_size(locale, total)
    return format_size(locale, done) if done else ""


def format_speed(locale: QLocale, bytes_per_second: float | None) -> str:
    """``"1.2 MB/s"``; empty when there is no speed to show."""
    if bytes_per_second is None or bytes_per_second < 0:
        return ""
    return f"{format_size(locale, bytes_per_second)}/s"


def format_duration(seconds: float | None) -> str:
    """A short, honest duration: ``"42 s"``, ``"3 min 5 s"``, ``"12 min"``, ``"1 h 5 min"``."""
    if seconds is None or seconds < 0:
        return ""
    total = round(seconds)
    s, m = translate("Formatting", "{n} s"), translate("Formatting", "{n} min")
    h, d = translate("Formatting", "{n} h"), translate("Formatting", "{n} d")
    if total < 60:
        return s.format(n=total)
    minutes, secs = divmod(total, 60)
    if minutes < 10:
        return f"{m.format(n=minutes)} {s.format(n=secs)}" if secs else m.format(n=minutes)
    if minutes < 60:
        return m.format(n=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{h.format(n=hours)} {m.format(n=minutes)}" if minutes else h.format(n=hours)
    days, hours = divmod(hours, 24)
    return f"{d.format(n=days)} {h.format(n=hours)}" if hours else d.format(n=days)


def format_added(locale: QLocale, timestamp: float, now: float | None = None) -> str:
    """``"Today, 14:03"``, ``"Yesterday, 09:12"``, or the locale's short date and time."""
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    today = QDateTime.fromSecsSinceEpoch(int(time.time() if now is None else now)).date()
    day = moment.date()
    clock = locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    if day == today:
        return translate("Formatting", "Today, {time}").format(time=clock)
    if day == today.addDays(-1):
        return translate("Formatting", "Yesterday, {time}").format(time=clock)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def format_timestamp(locale: QLocale, timestamp: float | None) -> str:
    """A full local date and time (tooltips)."""
    if not timestamp:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def format_moment(locale: QLocale, timestamp: float, now: float | None = None) -> str:
    """Just the time when it was today, else like :func:`format_added`."""
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    today = QDateTime.fromSecsSinceEpoch(int(time.time() if now is None else now)).date()
    if moment.date() == today:
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return format_added(locale, timestamp, now)


def format_log_time(timestamp: float, now: float | None = None) -> str:
    """Log lines: ``14:03:27`` today, ``2026-03-09 14:03:27`` before (sortable, unambiguous)."""
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    today = QDateTime.fromSecsSinceEpoch(int(time.time() if now is None else now)).date()
    if moment.date() == today:
        return moment.toString("HH:mm:ss")
    return moment.toString("yyyy-MM-dd HH:mm:ss")


def readable_url(url: str) -> str:
    """A URL as people read it: percent-escapes decoded (``%20`` shows as a space), unless
    decoding would bring in an invisible character (``%E2%80%AE`` stays as it is)."""
    try:
        decoded = unquote(url, errors="strict")
    except UnicodeDecodeError:
        return remove_invisible(url)
    return decoded if remove_invisible(decoded) == decoded else remove_invisible(url)


def job_name(job: Job) -> str:
    """What to call a job: its title (from the site, so without invisible bidi or control
    characters that would make it read differently), or its address, shortened, until the
    title is known."""
    return remove_invisible(job.title) or short_address(job.url)


def short_address(url: str) -> str:
    """An address as a name: the last path segment, decoded, and the host, as in
    ``"Big Buck Bunny.mp4 (media.example)"``; just the host when the path says nothing."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return readable_url(url)
    segment = readable_url(parts.path.rstrip("/").rpartition("/")[2]).strip()
    if not host:
        return readable_url(url)
    return f"{segment} ({host})" if segment else host


def format_count(count: int, singular: str, plural: str | None = None) -> str:
    """``"1 download"``, ``"3 downloads"``."""
    word = singular if count == 1 else (plural or singular + "s")
    return f"{count} {word}"


__all__ = [
    "format_added",
    "format_count",
    "format_duration",
    "format_progress_size",
    "format_size",
    "format_speed",
    "format_timestamp",
]
