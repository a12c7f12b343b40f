"""The modal dialogs the window opens only when asked, imported on their first use.

Launch imports the window's modules before its first paint; these dialogs (and the Qt classes
they pull in) are not needed for it. Each function has the signature of the one it opens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from mediadesk.core.choice import DownloadChoice
    from mediadesk.core.probe import ProbeEntry, ProbeResult


def ask_for_choice(
    probe: ProbeResult, defaults: DownloadChoice, parent: QWidget | None
) -> DownloadChoice | None:
    """Format and subtitles for one address (see ``dialogs/choose_format.py``)."""
    from mediadesk.ui.dialogs.choose_format import ask_for_choice as ask

    return ask(probe, defaults, parent)


def pick_entries(
    parent: QWidget | None, probe: ProbeResult, is_downloaded: Callable[[ProbeEntry], bool]
) -> Sequence[ProbeEntry] | None:
    """Which entries of a playlist to add (see ``dialogs/playlist_picker.py``)."""
    from mediadesk.ui.dialogs.playlist_picker import pick_entries as pick

    return pick(parent, probe, is_downloaded)
