"""Icons drawn from the SVGs in ``mediadesk.resources/icons``, tinted to fit the theme.

The files stroke in one neutral placeholder grey so they read on their own; here the grey is
swapped for the palette's text colour (action icons) or a fixed meaning colour (job states),
so toolbar and menu icons stay crisp in light and dark themes.

Each tinted SVG is written once to the cache folder (named by its content) and handed to Qt's
own SVG icon engine, which renders a size the first time it is drawn. Rendering every size and
mode up front was ~530 renders (~0.1 s) before the window's first paint; an icon engine written
in Python renders lazily too, but Qt may destroy it after Python has shut down (a crash at
exit). Without a writable cache folder the icons are rendered up front as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from mediadesk.core import paths
from mediadesk.core.states import JobState
from mediadesk.ui.colors import STATE_COLORS

PLACEHOLDER = "#808080"  # the stroke colour every icon file uses
_SIZES = (16, 20, 22, 24, 32, 48, 64)  # rendered up front only without a cache folder


def default_icon_cache() -> Path:
    """``<user cache dir>/icons`` (honours XDG_CACHE_HOME)."""
    return paths.cache_dir() / "icons"


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


def tinted_file(folder: Path, source: str, color: str) -> Path | None:
    """The SVG in ``color``, as a file named by its content (written once); None when the
    folder cannot be written."""
    text = source.replace(PLACEHOLDER, color).encode("utf-8")
    path = folder / f"{hashlib.sha256(text).hexdigest()[:24]}.svg"
    if path.is_file():
        return path
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        temp = folder / f".{path.name}.{os.getpid()}.tmp"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(text)
            os.replace(temp, path)
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
    except OSError:
        return None
    return path


class IconSet:
    """Every icon the window uses, built once per palette (rebuild on a theme change)."""

    def __init__(self, palette: QPalette, cache_dir: Path | None = None) -> None:
        self._palette = palette
        self._folder = cache_dir or default_icon_cache()
        self._cache: dict[str, QIcon] = {}
        self._state_cache: dict[JobState, QIcon] = {}

    def _color(self, group: QPalette.ColorGroup, role: QPalette.ColorRole) -> str:
        color = QColor(self._palette.color(group, role))
        return color.name(QColor.NameFormat.HexRgb)

    def _icon(self, source: str, colors: dict[QIcon.Mode, str]) -> QIcon:
        by_color = {c: tinted_file(self._folder, source, c) for c in set(colors.values())}
        icon = QIcon()
        if all(path is not None for path in by_color.values()):
            for mode, color in colors.items():
                icon.addFile(str(by_color[color]), QSize(), mode, QIcon.State.Off)
            return icon
        for mode, color in colors.items():  # no cache folder: every size now
            for size in _SIZES:
                icon.addPixmap(render_svg(source, size, color), mode, QIcon.State.Off)
        return icon

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
            self._cache[name] = self._icon(svg_source(name), colors)
        return self._cache[name]

    def state_icon(self, state: JobState) -> QIcon:
        """A job state's icon in its meaning colour, the same in every mode."""
        if state not in self._state_cache:
            color = STATE_COLORS[state]
            colors = {mode: color for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected)}
            self._state_cache[state] = self._icon(svg_source(_STATE_FILES[state]), colors)
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
