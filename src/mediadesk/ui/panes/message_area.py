"""The inline message strip under the add bar: what was queued, what was refused and why.

People paste messy text; a dialog per bad line would be worse than useless. One strip names
each refused piece of text with its reason, stays until dismissed when something went wrong,
and fades away on its own after plain success.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from mediadesk.engine.engine import AddResult
from mediadesk.ui import colors
from mediadesk.ui.i18n import QT_TRANSLATE_NOOP, translate

MAX_LISTED = 8  # refused items named one by one; the rest are counted
SUCCESS_TIMEOUT_MS = 6000


class Level(enum.StrEnum):
    SUCCESS = "success"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


_LEVEL_SIGNS = {Level.SUCCESS: "✓", Level.INFO: "ℹ", Level.WARNING: "⚠", Level.ERROR: "✖"}
_LEVEL_NAMES = {
    Level.SUCCESS: QT_TRANSLATE_NOOP("MessageArea", "Done"),
    Level.INFO: QT_TRANSLATE_NOOP("MessageArea", "Information"),
    Level.WARNING: QT_TRANSLATE_NOOP("MessageArea", "Warning"),
    Level.ERROR: QT_TRANSLATE_NOOP("MessageArea", "Error"),
}

_LEVEL_COLORS = {
    Level.SUCCESS: colors.GREEN,
    Level.INFO: colors.BLUE,
    Level.WARNING: colors.ORANGE,
    Level.ERROR: colors.RED,
}


@dataclass(frozen=True, slots=True)
class Report:
    level: Level
    html: str
    plain: str


def describe_results(results: Sequence[AddResult], *, source: str = "") -> Report:
    """Summarise what ``engine.add_*`` did with some input, naming every refusal."""
    queued = [r for r in results if r.ok]
    refused = [r for r in results if not r.ok]
    parts_html: list[str] = []
    parts_plain: list[str] = []
    if queued:
        count = len(queued)
        line = translate("MessageArea", "Queued %n download(s).", None, count)
        parts_html.append(html.escape(line))
        parts_plain.append(line)
    if not results:
        line = (
            translate("MessageArea", "Nothing to add from {source}: no web address found.")
            if source
            else translate("MessageArea", "Nothing to add: no web address found.")
        ).format(source=source)
        return Report(Level.WARNING, html.escape(line), line)
    if refused:
        if queued:
            heading = translate("MessageArea", "Not added:")
        elif source:
            heading = translate("MessageArea", "Nothing added from {source}:").format(source=source)
        else:
            heading = translate("MessageArea", "Nothing added:")
        items_html: list[str] = []
        parts_plain.append(heading)
        for result in refused[:MAX_LISTED]:
            text, reason = html.escape(_shorten(result.text)), html.escape(result.reason)
            items_html.append(f"<li><b>{text}</b> — {reason}</li>")
            parts_plain.append(f"{_shorten(result.text)}: {result.reason}")
        if len(refused) > MAX_LISTED:
            count = len(refused) - MAX_LISTED
            more = translate("MessageArea", "…and %n more.", None, count)
            items_html.append(f"<li>{html.escape(more)}</li>")
            parts_plain.append(more)
        parts_html.append(
            f"{html.escape(heading)}<ul style='margin: 2px 0 0 -20px;'>{''.join(items_html)}</ul>"
        )
    if not refused:
        level = Level.SUCCESS
    elif queued or all(r.duplicate_of for r in refused):
        level = Level.WARNING
    else:
        level = Level.ERROR
    return Report(level, " ".join(parts_html), "\n".join(parts_plain))


def _shorten(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class MessageArea(QFrame):
    """A dismissible, colour-coded message strip; hidden when there is nothing to say."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageArea")
        self._level = Level.INFO
        self._plain = ""
        self._label = QLabel(self)
        self._label.setObjectName("messageText")
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.RichText)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close = QToolButton(self)
        self._close.setText("✕")
        self._close.setAutoRaise(True)
        self._close.setToolTip(translate("MessageArea", "Dismiss"))
        self._close.setAccessibleName(translate("MessageArea", "Dismiss message"))
        # The level in words and a sign, not in colour alone.
        self._sign = QLabel(self)
        self._sign.setObjectName("messageSign")
        self._close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 4, 6)
        layout.addWidget(self._sign, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.dismiss)
        self.hide()

    @property
    def level(self) -> Level:
        return self._level

    def text(self) -> str:
        """The message as plain text (what a screen reader or a test reads)."""
        return self._plain

    def show_report(self, report: Report) -> None:
        self._show(report.level, report.html, report.plain)

    def show_message(self, text: str, level: Level = Level.INFO) -> None:
        self._show(level, html.escape(text), text)

    def _show(self, level: Level, rich: str, plain: str) -> None:
        self._level = level
        self._plain = plain
        self._label.setText(rich)
        self._label.setAccessibleDescription(plain)
        self._sign.setText(_LEVEL_SIGNS[level])
        self.setAccessibleName(translate("MessageArea", _LEVEL_NAMES[level]))
        self._label.setAccessibleName(translate("MessageArea", _LEVEL_NAMES[level]))
        self._apply_colors()
        self.show()
        if level is Level.SUCCESS:
            self._hide_timer.start(SUCCESS_TIMEOUT_MS)
        else:
            self._hide_timer.stop()

    @Slot()
    def dismiss(self) -> None:
        self._hide_timer.stop()
        self._plain = ""
        self.hide()
        self.dismissed.emit()

    def _apply_colors(self) -> None:
        accent = QColor(_LEVEL_COLORS[self._level])
        # The parent's palette: ours already carries the tint from the style sheet.
        base = (self.parentWidget() or self).palette().color(QPalette.ColorRole.Window)
        tint = QColor(
            round(base.red() * 0.86 + accent.red() * 0.14),
            round(base.green() * 0.86 + accent.green() * 0.14),
            round(base.blue() * 0.86 + accent.blue() * 0.14),
        )
        sheet = (
            f"#messageArea {{ background: {tint.name()}; border: 1px solid {accent.name()};"
            f" border-left: 4px solid {accent.name()}; border-radius: 4px; }}"
        )
        if sheet != self.styleSheet():  # re-polishing sends a palette change: no loops
            self.setStyleSheet(sheet)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self.isVisible():
            self._apply_colors()
