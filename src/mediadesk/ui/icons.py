"""Icons drawn from the SVGs in ``mediadesk.resources/icons``, tinted to fit the theme.

The files stroke in one neutral placeholder grey so they read on their own; here the grey is
swapped for the palette's text colour (action icons) or a fixed meaning colour (job states),
and rendered at the size asked for, so toolbar and menu icons stay crisp in light and dark
themes. Rendering happens when Qt first draws an icon at a size, not when it is made: the
window builds ~20 icons at launch, and rendering every size and mode up front was ~530
renders before the first paint.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
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


class TintedSvgEngine(QIconEngine):
    """Renders one SVG in a colour per icon mode, at each size the first time it is drawn."""

    def __init__(self, source: str, colors: dict[QIcon.Mode, str]) -> None:
        super().__init__()
        self._source = source
        self._colors = colors
        self._pixmaps: dict[tuple[int, str], QPixmap] = {}

    def _color(self, mode: QIcon.Mode) -> str:
        return self._colors.get(mode) or self._colors[QIcon.Mode.Normal]

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        key = (side, self._color(mode))
        if key not in self._pixmaps:
            self._pixmaps[key] = render_svg(self._source, side, key[1])
        return self._pixmaps[key]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = self.pixmap(rect.size() * ratio, mode, state)
        painter.drawPixmap(rect, pixmap)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(side, side) for side in _SIZES]

    def clone(self) -> QIconEngine:
        twin = TintedSvgEngine(self._source, self._colors)
        twin._pixmaps = dict(self._pixmaps)
        return twin


def _icon(source: str, colors: dict[QIcon.Mode, str]) -> QIcon:
    return QIcon(TintedSvgEngine(source, colors))


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
