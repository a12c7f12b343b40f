"""Links coming in: typed into the add bar, dropped on the window or the table, or pasted
from the clipboard. Each way ends in one engine call and one report in the message strip,
naming what was refused and why; nothing the user gave is silently lost."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QMimeData, QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from mediadesk.core.job import FormatPreset
from mediadesk.engine.engine import AddResult, JobEngine
from mediadesk.ui.dialogs.download_again import AgainChoice, AskAgain, ask_download_again
from mediadesk.ui.i18n import translate
from mediadesk.ui.mime_links import read_links
from mediadesk.ui.panes.add_bar import AddBar
from mediadesk.ui.panes.message_area import Level, MessageArea, describe_results

#: Shows a short-lived confirmation (text, milliseconds), e.g. in the status bar.
ShowStatus = Callable[[str, int], None]
#: Selects jobs in the table and scrolls to them.
Reveal = Callable[[Sequence[str]], None]
#: Shows finished jobs' files (their folders) on the desktop.
ShowFiles = Callable[[], None]


class LinkIntake(QObject):
    """Turns add bar input, drops and pastes into jobs with the add bar's format and folder."""

    def __init__(
        self,
        engine: JobEngine,
        add_bar: AddBar,
        messages: MessageArea,
        show_status: ShowStatus,
        parent: QObject | None = None,
        *,
        reveal: Reveal | None = None,
        ask_again: AskAgain = ask_download_again,
        show_files: ShowFiles | None = None,
    ) -> None:
        super().__init__(parent)
        self._reveal = reveal
        self._ask_again = ask_again
        self._show_files = show_files
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
                translate(
                    "LinkIntake", "Nothing to add from {source}: it holds no web address."
                ).format(source=source),
                Level.WARNING,
            )
            return []
        preset, folder = self._add_bar.preset(), self._add_bar.folder()
        ask = self._ask_on_handoff() if ask is None else ask
        if links.urls:
            results = self._engine.add_urls(links.urls, preset=preset, output_dir=folder, ask=ask)
        else:
            results = self._engine.add_text(links.text, preset=preset, output_dir=folder, ask=ask)
        results = self._settle_downloaded(results, preset, folder)
        self._report(results, source)
        return results

    @Slot(QMimeData)
    def add_dropped(self, mime: QMimeData) -> None:
        self.add_from_mime(mime, source=translate("LinkIntake", "the drop"))

    @Slot()
    def paste_links(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            self._messages.show_message(
                translate("LinkIntake", "The clipboard is empty."), Level.WARNING
            )
            return
        self.add_from_mime(
            mime, source=translate("LinkIntake", "the clipboard"), ask=True
        )  # like the add bar

    def _add(
        self, text: str, preset: FormatPreset, folder: str, *, cookies: str = "", ask: bool
    ) -> list[AddResult]:
        results = self._engine.add_text(
            text, preset=preset, output_dir=folder, cookies=cookies, ask=ask
        )
        results = self._settle_downloaded(results, preset, folder)
        self._report(results, "")
        return results

    def _settle_downloaded(
        self, results: list[AddResult], preset: FormatPreset, folder: str
    ) -> list[AddResult]:
        """Addresses downloaded before: ask whether to download them again or show the
        files there are; the answer replaces their results."""
        earlier = [r for r in results if r.downloaded and r.duplicate_of]
        jobs = [j for j in (self._engine.job(r.duplicate_of or "") for r in earlier) if j]
        if not jobs:
            return results
        parent = self.parent()
        choice = self._ask_again(parent if isinstance(parent, QWidget) else None, jobs)
        if choice is AgainChoice.DOWNLOAD_AGAIN:
            fresh = iter(
                self._engine.add_urls(
                    [r.text for r in earlier], preset=preset, output_dir=folder, again=True
                )
            )
            return [next(fresh) if r.downloaded and r.duplicate_of else r for r in results]
        if choice is AgainChoice.SHOW_EXISTING:
            if self._reveal is not None:
                self._reveal([j.id for j in jobs])
            if self._show_files is not None:
                self._show_files()
            note = translate("LinkIntake", "Downloaded before; shown in the list.")
        else:
            note = translate("LinkIntake", "Downloaded before; not added again.")
        return [replace(r, reason=note) if r in earlier else r for r in results]

    def _report(self, results: Sequence[AddResult], source: str) -> None:
        self._messages.show_report(describe_results(results, source=source))
        queued = [r.job.id for r in results if r.job is not None]
        if queued:
            count = len(queued)
            self._show_status(translate("LinkIntake", "Queued %n download(s).", None, count), 4000)
        # New jobs, else the ones already holding these addresses: in sight and selected.
        shown = queued or [r.duplicate_of for r in results if r.duplicate_of]
        if shown and self._reveal is not None:
            self._reveal(shown)

    @Slot(str, object, str)
    def _on_add_requested(self, text: str, preset: FormatPreset, folder: str) -> None:
        results = self._add(text, preset, folder, ask=True)  # the add bar always asks
        if any(r.ok for r in results):
            self._add_bar.clear_text()

    @Slot(str)
    def _on_folder_refused(self, problem: str) -> None:
        self._messages.show_message(problem, Level.ERROR)
