"""The banner that says the job list cannot be saved, for as long as that is true.

A failed save is not a passing message the user may dismiss: downloads go on, new ones wait,
and quitting now would lose what is unsaved. So the banner stays until the engine reports that
everything reached the disk, then goes by itself. A job list written again after its folder
vanished is news, not a state: that goes to the message strip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from mediadesk.engine.engine import JobEngine
from mediadesk.ui.panes.message_area import Level, MessageArea

_STYLE = (
    "#storeBanner { background: #e5484d; border-radius: 4px; }"
    "#storeBanner QLabel { color: white; font-weight: bold; }"
)


class StoreBanner(QFrame):
    """Hidden while every change is saved; a persistent red strip when saving fails."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeBanner")
        self.setStyleSheet(_STYLE)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self._label, 1)
        self._messages: MessageArea | None = None
        self.hide()

    def text(self) -> str:
        return self._label.text() if not self.isHidden() else ""

    def watch(self, engine: JobEngine, messages: MessageArea) -> None:
        """Follow the engine's store reports; reattachments are told in ``messages``."""
        self._messages = messages
        engine.storeProblem.connect(self.set_problem)
        engine.storeReattached.connect(self._on_reattached)
        self.set_problem(engine.store_problem())

    @Slot(object)
    def set_problem(self, text: str | None) -> None:
        self._label.setText(text or "")
        self._label.setAccessibleDescription(text or "")
        self.setVisible(bool(text))

    @Slot(str)
    def _on_reattached(self, text: str) -> None:
        if self._messages is not None:
            self._messages.show_message(text, Level.WARNING)
