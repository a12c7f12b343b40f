"""What a desktop notification says and offers: plain values, without QtDBus (the client in
``desktop/notifications.py`` is created on the first notification, not at launch)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from mediadesk.core.i18n import QT_TRANSLATE_NOOP


class NoticeAction(enum.StrEnum):
    """The action keys we offer; ``default`` is a click on the notification itself."""

    DEFAULT = "default"
    OPEN = "open"
    FOLDER = "folder"


ACTION_LABELS = {
    NoticeAction.DEFAULT: QT_TRANSLATE_NOOP("Notifications", "Show"),
    NoticeAction.OPEN: QT_TRANSLATE_NOOP("Notifications", "Open"),
    NoticeAction.FOLDER: QT_TRANSLATE_NOOP("Notifications", "Show in Folder"),
}


@dataclass(frozen=True, slots=True)
class Notice:
    """One notification as the service gets it."""

    summary: str
    body: str
    job_id: str = ""
    actions: tuple[NoticeAction, ...] = (NoticeAction.DEFAULT,)
    category: str = ""  # e.g. "transfer.complete", "transfer.error"
