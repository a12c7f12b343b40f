"""The add bar's Choose… step: probe the first link, let the user choose, queue with it.

Asynchronous: the probe runs in a worker process (engine/probe_pool.py) while the window stays
usable; a strip says "Looking at <address>…" with Cancel (and Esc), which kills the probe. An
answer cached by the probe on add opens the dialog at once. The dialog is injected (tests).
The choice applies to every link in the field (a batch), and becomes the next time's defaults.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from mediadesk.core.choice import DownloadChoice
from mediadesk.core.probe import ProbeResult
from mediadesk.core.urls import find_urls
from mediadesk.engine.engine import JobEngine
from mediadesk.engine.probe_pool import ProbePool
from mediadesk.ui.dialogs.on_demand import ask_for_choice
from mediadesk.ui.i18n import translate
from mediadesk.ui.panes.add_bar import AddBar
from mediadesk.ui.panes.looking_strip import LookingStrip
from mediadesk.ui.panes.message_area import Level, MessageArea, describe_results

#: Shows the chooser: (probe result, defaults, parent) -> the choice, or None if canceled.
AskChoice = Callable[[ProbeResult, DownloadChoice, QWidget | None], DownloadChoice | None]
OWNER = "choose"  # this chooser's requests in the probe pool


def last_choice(text: str) -> DownloadChoice:
    """The stored defaults; unreadable ones (an older version's) give way to plain defaults."""
    if not text:
        return DownloadChoice()
    try:
        return DownloadChoice.from_json(text)
    except ValueError:
        return DownloadChoice()


@dataclass(frozen=True, slots=True)
class _Pending:
    url: str  # the first link: the one probed
    text: str  # everything in the field when Choose… was pressed
    folder: str


class FormatChooser(QObject):
    #: Every Choose… ends here: the add results (empty when canceled, failed or refused).
    completed = Signal(list)

    def __init__(
        self,
        engine: JobEngine,
        add_bar: AddBar,
        messages: MessageArea,
        probes: ProbePool,
        looking: LookingStrip,
        *,
        ask: AskChoice = ask_for_choice,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._add_bar = add_bar
        self._messages = messages
        self._probes = probes
        self._looking = looking
        self._ask = ask
        self._pending: _Pending | None = None
        self._answered: tuple[_Pending, ProbeResult] | None = None
        add_bar.chooseRequested.connect(self.choose)
        looking.canceled.connect(self.cancel)
        probes.finished.connect(self._on_probed)
        probes.failed.connect(self._on_failed)

    def is_looking(self) -> bool:
        return self._pending is not None

    @Slot(str, str)
    def choose(self, text: str, folder: str) -> None:
        links = [c.url for c in find_urls(text) if c.ok and c.url]
        if not links:
            self._messages.show_message(
                translate(
                    "FormatChooser", "Nothing to choose for: the field holds no web address."
                ),
                Level.WARNING,
            )
            self.completed.emit([])
            return
        if self._pending is not None:
            self._withdraw()
        pending = _Pending(links[0], text, folder)
        kept = self._probes.request(pending.url, OWNER, urgent=True)
        if kept is not None:
            self._show_choice(pending, kept)
            return
        self._pending = pending
        self._add_bar.choose_button.setEnabled(False)
        self._looking.show_looking(pending.url)

    @Slot()
    def cancel(self) -> None:
        """Stop looking (Cancel, Esc): the probe is killed and nothing is added."""
        pending = self._pending
        if pending is None:
            return
        self._withdraw()
        self._messages.show_message(
            translate("FormatChooser", "Stopped looking at {address}.").format(address=pending.url),
            Level.INFO,
        )
        self.completed.emit([])

    def _withdraw(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self._probes.cancel(pending.url, OWNER)
        self._idle()

    def _idle(self) -> None:
        self._looking.done()
        self._add_bar.choose_button.setEnabled(True)

    @Slot(str, object)
    def _on_probed(self, url: str, probed: ProbeResult) -> None:
        pending = self._pending
        if pending is None or pending.url != url:
            return
        self._pending = None
        self._idle()
        # Opened after this signal has reached every listener (the probe on add keeps the
        # same answer for queued jobs): a modal dialog would hold it up while it is open.
        self._answered = (pending, probed)
        QTimer.singleShot(0, self._show_answered)

    @Slot()
    def _show_answered(self) -> None:
        answered, self._answered = self._answered, None
        if answered is not None:
            self._show_choice(*answered)

    @Slot(str, str)
    def _on_failed(self, url: str, message: str) -> None:
        pending = self._pending
        if pending is None or pending.url != url:
            return
        self._pending = None
        self._idle()
        self._messages.show_message(
            translate("FormatChooser", "Could not look at {address}: {probed}").format(
                address=url, probed=message
            ),
            Level.ERROR,
        )
        self.completed.emit([])

    def _show_choice(self, pending: _Pending, probed: ProbeResult) -> None:
        settings = self._engine.settings
        choice = self._ask(probed, last_choice(settings.last_choice), self._add_bar.window())
        if choice is None:
            self.completed.emit([])
            return
        self._engine.update_settings(replace(settings, last_choice=choice.to_json()))
        results = self._engine.add_text(pending.text, output_dir=pending.folder, choice=choice)
        self._messages.show_report(describe_results(results))
        if any(r.ok for r in results) and self._add_bar.field.text() == pending.text:
            self._add_bar.clear_text()
        self.completed.emit(results)
