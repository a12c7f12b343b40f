"""What the Help menu needs from outside the UI, as plain callables (fakes fit in tests).

All of them block (they start worker processes or pip): the UI calls them off the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the updater is imported when the Help menu first needs it
    from mediadesk.updates.updater import Installed, UpdateResult

WEEK = 7 * 24 * 3600.0
STAMP = "last-check"


@dataclass(frozen=True, slots=True)
class SupportServices:
    gather_diagnostics: Callable[[], dict[str, Any]]
    render_diagnostics: Callable[[dict[str, Any]], str]
    installed_ytdlp: Callable[[], Installed]
    available_ytdlp: Callable[[], str]
    update_ytdlp: Callable[[], UpdateResult]
    stamp_path: Path  # when the weekly check last asked the package index


def default_services() -> SupportServices:
    from mediadesk.updates import updater
    from mediadesk.updates.diagnostics import format_report, gather
    from mediadesk.updates.overlay import overlay_root

    return SupportServices(
        gather_diagnostics=gather,
        render_diagnostics=format_report,
        installed_ytdlp=updater.installed_version,
        available_ytdlp=updater.available_version,
        update_ytdlp=updater.update_ytdlp,
        stamp_path=overlay_root() / STAMP,
    )


def check_due(stamp: Path, now: float | None = None, interval: float = WEEK) -> bool:
    """True when the last weekly check is older than ``interval`` (or never happened)."""
    now = time.time() if now is None else now
    try:
        last = float(stamp.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return True
    return not (0 <= now - last < interval)


def record_check(stamp: Path, now: float | None = None) -> None:
    stamp.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # Not rounded: a stamp rounded up to the next second would read as "in the future" (a
    # clock set back), and the check would be due again at once.
    stamp.write_text(f"{time.time() if now is None else now:.3f}\n", encoding="utf-8")
