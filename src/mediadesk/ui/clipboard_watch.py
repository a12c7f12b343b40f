"""Clipboard watching (off by default): a media link copied anywhere is offered in a small,
non-modal prompt in the window ("Download with MediaDesk?"), never queued without a click.

Not offered: MediaDesk's own copies (the desktop says the app owns the clipboard, or the data
carries MediaDesk's marker), links it already has as downloads, and a link offered before in
this session, whatever the answer was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QMimeData, QObject, Signal, Slot
from PySide6.QtGui import QAction, QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QWidget,
)

from mediadesk.core.media_links import media_links
from mediadesk.engine.engine import JobEngine
from mediadesk.ui.i18n import translate
from mediadesk.ui.schedule_ui import insert_after

#: Set on every copy MediaDesk makes through :func:`copy_text`; such copies are not offered.
OWN_FORMAT = "application/x-mediadesk-copy"
SHOWN_LINKS = 3


def copy_text(text: str, clipboard: QClipboard | None = None) -> None:
    """Copy ``text`` marked as MediaDesk's own, so clipboard watching ignores it."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(OWN_FORMAT, b"1")
    (clipboard or QGuiApplication.clipboard()).setMimeData(mime)


class ClipboardWatcher(QObject):
    """Turns clipboard changes into offers of new media links."""

    offered = Signal(list)  # list[str]: media links not offered before

    def __init__(
        self,
        clipboard: QClipboard,
        *,
        enabled: Callable[[], bool],
        known: Callable[[], set[str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._enabled = enabled
        self._known = known
        self._offered: set[str] = set()
        clipboard.dataChanged.connect(self._on_changed)

    @Slot()
    def _on_changed(self) -> None:
        if not self._enabled() or self._clipboard.ownsClipboard():
            return
        mime = self._clipboard.mimeData()
        if mime is None or mime.hasFormat(OWN_FORMAT):
            return
        text = mime.text() if mime.hasText() else ""
        if mime.hasUrls():
            text += "\n" + "\n".join(u.toString() for u in mime.urls())
        known = self._known()
        links = [u for u in dict.fromkeys(media_links(text)) if u not in self._offered]
        links = [u for u in links if u not in known]
        if not links:
            return
        self._offered.update(links)
        self.offered.emit(links)


class ClipboardOffer(QFrame):
    """The prompt: which links, and Download / Not now. Links copied while it shows join it."""

    accepted = Signal(list)  # list[str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clipboardOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.links: list[str] = []
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.download_button = QPushButton(translate("ClipboardOffer", "Download"), self)
        self.dismiss_button = QPushButton(translate("ClipboardOffer", "Not Now"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.download_button)
        layout.addWidget(self.dismiss_button)
        self.download_button.clicked.connect(self._on_download)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.hide()

    @Slot(list)
    def offer(self, links: list[str]) -> None:
        self.links = list(dict.fromkeys([*self.links, *links]))
        shown = "<br>".join(_escape(u) for u in self.links[:SHOWN_LINKS])
        more = len(self.links) - SHOWN_LINKS
        extra = "<br>" + translate("ClipboardOffer", "and %n more", None, more) if more > 0 else ""
        question = translate("ClipboardOffer", "Download with MediaDesk?")
        self.label.setText(f"<b>{question}</b><br>{shown}{extra}")
        self.label.setToolTip("\n".join(self.links))
        self.show()

    @Slot()
    def dismiss(self) -> None:
        self.links = []
        self.hide()

    @Slot()
    def _on_download(self) -> None:
        links = self.links
        self.dismiss()
        if links:
            self.accepted.emit(links)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ClipboardWatch(QObject):
    """The feature in the window: the setting's menu item, the watcher and the prompt."""

    def __init__(
        self,
        window: QMainWindow,
        engine: JobEngine,
        *,
        add_links: Callable[[str], object],
        prompt_layout: QBoxLayout | None,
        prompt_index: int,
        menu: QMenu | None,
        after: QAction | None = None,
        clipboard: QClipboard | None = None,
    ) -> None:
        super().__init__(window)
        self._engine = engine
        self.offer = ClipboardOffer(window)
        if prompt_layout is not None:
            prompt_layout.insertWidget(prompt_index, self.offer)
        self.action = QAction(translate("ClipboardOffer", "&Watch Clipboard for Links"), window)
        self.action.setObjectName("clipboardWatchAction")
        self.action.setCheckable(True)
        self.action.setStatusTip(
            translate("ClipboardOffer", "Offer to download media links copied in other programs")
        )
        self.action.setChecked(engine.settings.clipboard_watch)
        self.action.toggled.connect(self._on_toggled)
        if menu is not None:
            insert_after(menu, self.action, after)
        self.watcher = ClipboardWatcher(
            clipboard or QGuiApplication.clipboard(),
            enabled=lambda: self._engine.settings.clipboard_watch,
            known=lambda: {job.url for job in self._engine.live_jobs()},
            parent=self,
        )
        self.watcher.offered.connect(self.offer.offer)
        self.offer.accepted.connect(lambda links: add_links("\n".join(links)))
        engine.settingsChanged.connect(self._on_settings_changed)

    @Slot(bool)
    def _on_toggled(self, checked: bool) -> None:
        if checked != self._engine.settings.clipboard_watch:
            self._engine.update_settings(replace(self._engine.settings, clipboard_watch=checked))
        if not checked:
            self.offer.dismiss()

    @Slot(object)
    def _on_settings_changed(self, settings: object) -> None:
        self.action.setChecked(self._engine.settings.clipboard_watch)
