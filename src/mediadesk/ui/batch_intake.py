"""The window's half of batches: the item picker for a playlist the engine found (added
with ``ask``), and "Check for new items" on a batch (probe its address again, queue what is
new into it). Both end in ``engine.add_playlist`` and one sentence in the message strip."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from mediadesk.core.probe import ProbeEntry, ProbeKind, ProbeResult
from mediadesk.engine.engine import JobEngine
from mediadesk.engine.probe_service import ProbeService
from mediadesk.ui.dialogs.on_demand import pick_entries
from mediadesk.ui.i18n import translate
from mediadesk.ui.panes.add_bar import AddBar
from mediadesk.ui.panes.message_area import Level, MessageArea

#: Shows the picker; the chosen entries, or None when the user cancels.
IsDownloaded = Callable[[ProbeEntry], bool]
PickEntries = Callable[[QWidget, ProbeResult, IsDownloaded], Sequence[ProbeEntry] | None]


class BatchIntake(QObject):
    """Picks playlist items before they queue, and checks batches for new items."""

    def __init__(
        self,
        engine: JobEngine,
        add_bar: AddBar,
        messages: MessageArea,
        *,
        probes: ProbeService | None = None,
        pick: PickEntries = pick_entries,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._add_bar = add_bar
        self._messages = messages
        self._pick = pick
        self._window = parent
        self._probes = probes or ProbeService(self, proxy=engine.worker_proxy)
        self._checking: tuple[str, str] | None = None  # (address, batch id) being probed
        engine.playlistFound.connect(self._on_playlist_found)
        self._probes.finished.connect(self._on_probed)
        self._probes.failed.connect(self._on_probe_failed)

    # -- picking ------------------------------------------------------------------------------

    @Slot(object)
    def _on_playlist_found(self, probe: ProbeResult) -> None:
        name = probe.title or probe.url
        chosen = self._pick(self._window, probe, self._engine.is_downloaded)
        if chosen is None:
            self._messages.show_message(
                translate("BatchIntake", "Nothing queued from “{name}”.").format(name=name),
                Level.INFO,
            )
            return
        if not chosen:
            self._messages.show_message(
                translate("BatchIntake", "No items of “{name}” were ticked.").format(name=name),
                Level.INFO,
            )
            return
        plan = self._engine.add_playlist(
            probe, chosen, preset=self._add_bar.preset(), output_dir=self._add_bar.folder()
        )
        self._messages.show_message(
            translate("BatchIntake", "“{name}”: {summary}.").format(
                name=name, summary=plan.summary
            ),
            Level.INFO,
        )

    # -- checking for new items ---------------------------------------------------------------

    def is_checking(self) -> bool:
        return self._checking is not None

    def check_for_new_items(self, batch_id: str) -> None:
        """Probe the batch's address again; new entries join the batch when it answers."""
        batch = self._engine.batch(batch_id)
        if batch is None:
            return
        self._checking = (batch.url, batch_id)
        self._messages.show_message(
            translate("BatchIntake", "Checking “{title}” for new items…").format(title=batch.title),
            Level.INFO,
        )
        self._probes.probe(batch.url)

    @Slot(str, object)
    def _on_probed(self, url: str, probe: ProbeResult) -> None:
        checking, self._checking = self._checking, None
        if checking is None or checking[0] != url:
            return
        batch = self._engine.batch(checking[1])
        if batch is None:
            return  # removed while it was being checked
        if probe.kind is not ProbeKind.PLAYLIST:
            self._messages.show_message(
                translate(
                    "BatchIntake", "“{title}” is no longer a playlist at {url}; nothing was added."
                ).format(title=batch.title, url=url),
                Level.WARNING,
            )
            return
        items = self._engine.batch_items(batch.id)
        preset = items[0].preset if items else None
        plan = self._engine.add_playlist(probe, preset=preset, into=batch.id)
        self._messages.show_message(
            translate("BatchIntake", "“{title}”: {summary}.").format(
                title=batch.title, summary=plan.summary
            ),
            Level.INFO,
        )

    @Slot(str, str)
    def _on_probe_failed(self, url: str, message: str) -> None:
        checking, self._checking = self._checking, None
        if checking is None or checking[0] != url:
            return
        self._messages.show_message(
            translate("BatchIntake", "Could not check for new items: {message}").format(
                message=message
            ),
            Level.ERROR,
        )
