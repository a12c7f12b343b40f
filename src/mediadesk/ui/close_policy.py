"""What closing the main window means, as one pure decision.

Closing must never silently stop downloads the user expects to continue, and must never
leave an invisible process behind with no way back (no tray icon, nothing running).
"""

from __future__ import annotations

import enum

from mediadesk.ui.i18n import QT_TRANSLATE_NOOP, translate

#: Key in the engine's UI state: the "still running in the tray" message was shown once.
TRAY_HINT_KEY = "tray_hint_shown"


class CloseAction(enum.Enum):
    HIDE = "hide"  # keep running in the tray
    ASK = "ask"  # downloads run and there is nowhere to hide: let the user choose
    QUIT = "quit"


def decide_close(*, unfinished: int, tray_available: bool, close_to_tray: bool) -> CloseAction:
    """``unfinished`` counts queued and running jobs (paused ones wait for the user anyway)."""
    if not unfinished:
        return CloseAction.QUIT
    if tray_available and close_to_tray:
        return CloseAction.HIDE
    return CloseAction.ASK


QUIT_QUESTION_TITLE = QT_TRANSLATE_NOOP("ClosePolicy", "Quit while downloading?")


def quit_question(unfinished: int) -> str:
    return translate(
        "ClosePolicy",
        "%n download(s) not finished yet. If you quit now, they "
        "continue from where they stopped the next time you start MediaDesk.\n\n"
        "Quit MediaDesk? (No keeps the window open and the downloads running.)",
        None,
        unfinished,
    )


TRAY_HINT_TITLE = QT_TRANSLATE_NOOP("ClosePolicy", "MediaDesk is still running")
TRAY_HINT_BODY = QT_TRANSLATE_NOOP(
    "ClosePolicy",
    "Downloads continue in the background. Click the MediaDesk icon in the system tray to "
    "open the window again, or choose Quit from its menu to stop.",
)
