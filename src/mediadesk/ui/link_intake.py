"""Links coming in: typed into the add bar, dropped on the window or the table, or pasted
from the clipboard. Each way ends in one engine call and one report in the message strip,
naming what was refused and why; nothing the user gave is silently lost."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QMimeData, QObject, Slot
from PySide6.QtGui import QGuiApplication

from mediadesk.core.job import FormatPreset
from mediadesk.engine.engine import AddResult, JobEngine
from mediadesk.ui.formatting import format_count
from mediadesk.ui.mime_links import read_links
from mediadesk.ui.panes.add_bar import AddBar
from mediadesk.ui.panes.message_area import Level, MessageArea, describe_results

#: Shows a short-lived confirmation (text, milliseconds), e.g. in the status bar.
ShowStatus = Callable[[str, int], None]


class LinkIntake(QObject):
    """Turns add bar input, drops and pastes into jobs with the add bar's format and folder."""

    def __init__(
        self,
        engine: JobEngine,
        add_bar: AddBar,
        messages: MessageArea,
        show_status: ShowStatus,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._add_bar = add_bar
        self._messages = messages
        self._show_status = show_status
        add_bar.addRequested.connect(self._on_add_requested)
        add_bar.folderRefused.connect(self._on_folder_refused)
        add_bar.inputRefused.connect(self._on_folder_refused)  # a paste too large to take

    def add_text(self, text: str, *, cookies: str = "") -> list[AddResult]:
        """Queue every link in ``text`` (a hand-off) with the add bar's format and folder;
        report inline. ``cookies``: a cookie source spec for these jobs (from the command
        line). A playlist queues every new entry unless the settings say to ask."""
        return self._add(
            text,
            self._add_bar.preset(),
            self._add_bar.folder(),
            cookies=cookies,
            ask=self._ask_on_handoff(),
        )

    def _ask_on_handoff(self) -> bool:
        return self._engine.settings.ask_for_playlist_items_on_handoff

    def add_from_mime(
        self, mime: QMimeData, *, source: str, ask: bool | None = None
    ) -> list[AddResult]:
        """Queue links from a drop or the clipboard; say so when nothing in it is usable.
        ``ask``: whether a playlist opens the item picker (default: the hand-off setting)."""
        links = read_links(mime)
        if links.empty:
            self._messages.show_message(
                f"Nothing to add from {source}: it holds no web address.", Level.WARNING
            )
            return []
        preset, folder = self._add_bar.preset(), self._add_bar.folder()
        ask = self._ask_on_handoff() if ask is None else ask
        if links.urls:
            results = self._engine.add_urls(links.urls, preset=preset, output_dir=folder, ask=ask)
        else:
            results = self._engine.add_text(links.text, preset=preset, output_dir=folder, ask=ask)
        self._report(results, source)
        return results

    @Slot(QMimeData)
    def add_dropped(self, mime: QMimeData) -> None:
        self.add_from_mime(mime, source="the drop")

    @Slot()
    def paste_links(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            self._messages.show_message("The clipboard is empty.", Level.WARNING)
            return
        self.add_from_mime(mime, source="the clipboard", ask=True)  # like the add bar

    def _add(
        self, text: str, preset: FormatPreset, folder: str, *, cookies: str = "", ask: bool
    ) -> list[AddResult]:
        results = self._engine.add_text(
            text, preset=preset, output_dir=folder, cookies=cookies, ask=ask
        )
        self._report(results, "")
        return results

    def _report(self, results: Sequence[AddResult], source: str) -> None:
        self._messages.show_report(describe_results(results, source=source))
        queued = [r for r in results if r.ok]
        if queued:
            self._show_status(f"Queued {format_count(len(queued), 'download')}.", 4000)

    @Slot(str, object, str)
    def _on_add_requested(self, text: str, preset: FormatPreset, folder: str) -> None:
        results = self._add(text, preset, folder, ask=True)  # the add bar always asks
        if any(r.ok for r in results):
            self._add_bar.clear_text()

    @Slot(str)
    def _on_folder_refused(self, problem: str) -> None:
        self._messages.show_message(problem, Level.ERROR)
