"""Reading links out of whatever was dropped or pasted: uri-lists, browser links, plain text.

Browsers put a dragged link on the drag in several formats at once (``text/uri-list``,
Firefox's ``text/x-moz-url``, ``text/plain`` with the link or its title); URLs win over text
so a link's title never becomes a bogus entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent

MOZ_URL = "text/x-moz-url"  # UTF-16: url, newline, title (repeated per link)


@dataclass(frozen=True, slots=True)
class DroppedLinks:
    urls: list[str]
    text: str

    @property
    def empty(self) -> bool:
        return not self.urls and not self.text.strip()


def can_read(mime: QMimeData) -> bool:
    """Whether a drag might carry links (decides if the window accepts it at all)."""
    return mime.hasUrls() or mime.hasText() or mime.hasFormat(MOZ_URL)


def accept_link_drag(event: QDragEnterEvent | QDragMoveEvent) -> None:
    """Accept a drag (as a copy: the source keeps its link) only if it may carry links."""
    if can_read(event.mimeData()):
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
    else:
        event.ignore()


def read_links(mime: QMimeData) -> DroppedLinks:
    urls: list[str] = []
    for url in mime.urls():
        if not url.isEmpty():
            urls.append(url.toString())
    if not urls and mime.hasFormat(MOZ_URL):
        raw = bytes(mime.data(MOZ_URL).data())
        try:
            decoded = raw.decode("utf-16")
        except UnicodeDecodeError:
            decoded = raw.decode("utf-8", errors="replace")
        lines = [line.strip() for line in decoded.replace("\x00", "").splitlines()]
        urls = [line for line in lines[0::2] if line]
    text = mime.text() if mime.hasText() and not urls else ""
    return DroppedLinks(urls=list(dict.fromkeys(urls)), text=text)
