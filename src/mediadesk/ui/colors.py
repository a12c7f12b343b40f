"""The few meaning colours the window uses, in one place: job states (icons, details pane)
and message levels share them, so "failed" is the same red everywhere.

Mid-tone colours that keep their contrast on light and dark backgrounds alike.
"""

from __future__ import annotations

from mediadesk.core.states import JobState

GREY = "#8a93a3"
BLUE = "#2f80ed"
PURPLE = "#9b6ee0"
ORANGE = "#e0912f"
GREEN = "#2fa866"
RED = "#e5484d"

STATE_COLORS: dict[JobState, str] = {
    JobState.QUEUED: GREY,
    JobState.DOWNLOADING: BLUE,
    JobState.POSTPROCESSING: PURPLE,
    JobState.PAUSED: ORANGE,
    JobState.DONE: GREEN,
    JobState.FAILED: RED,
    JobState.CANCELED: GREY,
}

#: Text that names a problem (invalid settings, refused input).
ERROR_COLOR = STATE_COLORS[JobState.FAILED]
