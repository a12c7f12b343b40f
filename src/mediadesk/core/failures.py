"""How a download failed, as a verdict (retry or not) and words a person can act on.

Plain values shared by both processes; the worker's ``worker/classify.py`` produces them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from mediadesk.core.i18n import QT_TRANSLATE_NOOP, translate


class FailureKind(enum.StrEnum):
    TRANSIENT = "transient"  # worth retrying by itself: timeouts, resets, 5xx, 429
    PERMANENT = "permanent"  # retrying will not help: 404, unsupported URL
    ENVIRONMENT = "environment"  # the user must fix something here: an unwritable folder
    DISK_FULL = "disk-full"  # the job waits for free space and goes on by itself


class FailureAction(enum.StrEnum):
    """The one thing a person can do about a failure; the details pane shows it as a button."""

    NONE = ""
    OPEN_COOKIE_SETTINGS = "open-cookie-settings"  # the site wants a signed-in browser's cookies
    UPDATE_YTDLP = "update-ytdlp"  # a site changed: a newer yt-dlp usually knows the new way
    OPEN_DIAGNOSTICS = "open-diagnostics"  # something is missing here, e.g. a JavaScript runtime
    ADD_EMBED_URL = "add-embed-url"  # the page embeds its media from another address (target)

    @property
    def label(self) -> str:
        if self is FailureAction.NONE:
            return ""
        return translate("FailureAction", _ACTION_LABELS[self])


_ACTION_LABELS = {
    FailureAction.OPEN_COOKIE_SETTINGS: QT_TRANSLATE_NOOP("FailureAction", "Cookie Settings…"),
    FailureAction.UPDATE_YTDLP: QT_TRANSLATE_NOOP("FailureAction", "Update yt-dlp…"),
    FailureAction.OPEN_DIAGNOSTICS: QT_TRANSLATE_NOOP("FailureAction", "Diagnostics…"),
    FailureAction.ADD_EMBED_URL: QT_TRANSLATE_NOOP("FailureAction", "Add Embedded Address"),
}


def failure_action(value: str) -> FailureAction:
    """The action stored under ``value``; NONE for anything unknown (an older or newer app)."""
    try:
        return FailureAction(value)
    except ValueError:
        return FailureAction.NONE


@dataclass(frozen=True, slots=True)
class Failure:
    kind: FailureKind
    message: str
    detail: str = ""
    retry_after: float | None = None
    action: FailureAction = FailureAction.NONE
    target: str = ""  # what the action works on, e.g. the embedded page's address

    @property
    def transient(self) -> bool:
        return self.kind is FailureKind.TRANSIENT
