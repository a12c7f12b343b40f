"""The small strip under the add bar while Choose… waits for a probe: "Looking at <address>…"
with a Cancel button (Esc does the same). Not modal: the rest of the window stays usable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from mediadesk.ui.i18n import translate


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class LookingStrip(QWidget):
    canceled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lookingStrip")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # busy, no percentage: a probe does not know how long
        self.busy.setMaximumWidth(80)
        self.busy.setTextVisible(False)
        self.cancel_button = QPushButton(translate("LookingStrip", "Cancel"), self)
        self.cancel_button.setToolTip(
            translate("LookingStrip", "Stop looking at this address (Esc)")
        )
        self.cancel_button.clicked.connect(self.canceled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel_button)
        # Esc anywhere in the window while the strip shows; disabled with it.
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), parent or self)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.setEnabled(False)
        self.escape.activated.connect(self.canceled)
        self.hide()

    def show_looking(self, url: str) -> None:
        self.label.setText(
            translate("LookingStrip", "Looking at {address}…").format(address=_shorten(url))
        )
        self.label.setToolTip(url)
        self.setAccessibleName(
            translate("LookingStrip", "Looking at {address}").format(address=url)
        )
        self.escape.setEnabled(True)
        self.show()

    def done(self) -> None:
        self.escape.setEnabled(False)
        self.hide()
