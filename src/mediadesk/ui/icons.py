"""Icons drawn from the SVGs in ``mediadesk.resources/icons``, tinted to fit the theme.

The files stroke in one neutral placeholder grey so they read on their own; here the grey is
swapped for the palette's text colour (action icons) or a fixed meaning colour (job states),
and rendered at the usual sizes, so toolbar and menu icons stay crisp in light and dark themes.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from mediadesk.core import paths
from mediadesk.core.states import JobState
from mediadesk.ui.colors import STATE_COLORS

PLACEHOLDER = "#808080"  # the stroke colour every icon file uses
_SIZES = (16, 20, 22, 24, 32, 48, 64)


@cache
def svg_source(name: str) -> str:
    """The text of ``icons/<name>.svg`` from the installed resources package."""
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    return path.read_text(encoding="utf-8")


def render_svg(source: str, size: int, color: str | None = None) -> QPixmap:
    """Render SVG text to a square transparent pixmap, optionally recoloured."""
    if color is not None:
        source = source.replace(PLACEHOLDER, color)
    renderer = QSvgRenderer(QByteArray(source.encode("utf-8")))
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def _icon(source: str, colors: dict[QIcon.Mode, str]) -> QIcon:
    icon = QIcon()
    for mode, color in colors.items():
        for size in _SIZES:
            icon.addPixmap(render_svg(source, size, color), mode, QIcon.State.Off)
    return icon


class IconSet:
    """Every icon the window uses, built once per palette (rebuild on a theme change)."""

    def __init__(self, palette: QPalette) -> None:
        self._palette = palette
        self._cache: dict[str, QIcon] = {}
        self._state_cache: dict[JobState, QIcon] = {}

    def _color(self, group: QPalette.ColorGroup, role: QPalette.ColorRole) -> str:
        color = QColor(self._palette.color(group, role))
        return color.name(QColor.NameFormat.HexRgb)

    def icon(self, name: str) -> QIcon:
        """An action icon in the text colour (disabled and highlighted variants included)."""
        if name not in self._cache:
            group, role = QPalette.ColorGroup, QPalette.ColorRole
            colors = {
                QIcon.Mode.Normal: self._color(group.Active, role.WindowText),
                QIcon.Mode.Disabled: self._color(group.Disabled, role.WindowText),
                QIcon.Mode.Active: self._color(group.Active, role.WindowText),
                QIcon.Mode.Selected: self._color(group.Active, role.HighlightedText),
            }
            self._cache[name] = _icon(svg_source(name), colors)
        return self._cache[name]

    def state_icon(self, state: JobState) -> QIcon:
        """A job state's icon in its meaning colour, the same in every mode."""
        if state not in self._state_cache:
            color = STATE_COLORS[state]
            colors = {mode: color for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected)}
            self._state_cache[state] = _icon(svg_source(_STATE_FILES[state]), colors)
        return self._state_cache[state]


_STATE_FILES: dict[JobState, str] = {
    JobState.QUEUED: "state-queued",
    JobState.DOWNLOADING: "state-downloading",
    JobState.POSTPROCESSING: "state-processing",
    JobState.PAUSED: "state-paused",
    JobState.DONE: "state-done",
    JobState.FAILED: "state-failed",
    JobState.CANCELED: "state-canceled",
}
