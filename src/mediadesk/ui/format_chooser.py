"""The add bar's Choose… step: probe the first link, let the user choose, queue with it.

The probe is injected (``probe(url) -> ProbeResult | str``, a str being why it failed) so the
window does not know how probing works; the dialog is injected too, for tests. The choice
applies to every link in the field (a batch), and becomes the next time's defaults.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from mediadesk.core.choice import DownloadChoice
from mediadesk.core.probe import ProbeResult
from mediadesk.core.urls import find_urls
from mediadesk.engine.engine import AddResult, JobEngine
from mediadesk.ui.dialogs.choose_format import ask_for_choice
from mediadesk.ui.i18n import translate
from mediadesk.ui.panes.add_bar import AddBar
from mediadesk.ui.panes.message_area import Level, MessageArea, describe_results

#: Probes one address: what it offers, or why it could not be read.
Probe = Callable[[str], "ProbeResult | str"]
#: Shows the chooser: (probe result, defaults, parent) -> the choice, or None if canceled.
AskChoice = Callable[[ProbeResult, DownloadChoice, QWidget | None], DownloadChoice | None]


def last_choice(text: str) -> DownloadChoice:
    """The stored defaults; unreadable ones (an older version's) give way to plain defaults."""
    if not text:
        return DownloadChoice()
    try:
        return DownloadChoice.from_json(text)
    except ValueError:
        return DownloadChoice()


class FormatChooser(QObject):
    def __init__(
        self,
        engine: JobEngine,
        add_bar: AddBar,
        messages: MessageArea,
        probe: Probe,
        *,
        ask: AskChoice = ask_for_choice,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._add_bar = add_bar
        self._messages = messages
        self._probe = probe
        self._ask = ask
        add_bar.chooseRequested.connect(self.choose)

    @Slot(str, str)
    def choose(self, text: str, folder: str) -> list[AddResult]:
        links = [c.url for c in find_urls(text) if c.ok and c.url]
        if not links:
            self._messages.show_message(
                translate(
                    "FormatChooser", "Nothing to choose for: the field holds no web address."
                ),
                Level.WARNING,
            )
            return []
        probed = self._probe(links[0])
        if isinstance(probed, str):
            self._messages.show_message(
                translate("FormatChooser", "Could not look at {address}: {probed}").format(
                    address=links[0], probed=probed
                ),
                Level.ERROR,
            )
            return []
        settings = self._engine.settings
        choice = self._ask(probed, last_choice(settings.last_choice), self._add_bar.window())
        if choice is None:
            return []
        self._engine.update_settings(replace(settings, last_choice=choice.to_json()))
        results = self._engine.add_text(text, output_dir=folder, choice=choice)
        self._messages.show_report(describe_results(results))
        if any(r.ok for r in results):
            self._add_bar.clear_text()
        return results
