"""Fitting the main window to the screens that exist now.

A first window is sized from the screen it opens on (a 1600×1000 screen at 200 % scale is
only 800×500 of Qt's pixels), and a geometry restored from an earlier run is pulled back
onto a screen that still exists and shrunk to fit it: a monitor unplugged or a scale factor
raised since must not leave the Add field, the toolbar or the status bar out of reach.

The sizing rules are pure functions over rectangles so they can be tested for any screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

#: The comfortable size on a roomy screen.
PREFERRED = QSize(1080, 720)
#: Share of the available screen a first window may take at most.
SCREEN_SHARE = 0.9
#: Room for a title bar and borders before the window is shown (no frame is known yet).
FRAME_ALLOWANCE = QMargins(4, 30, 4, 4)


def initial_size(available: QSize) -> QSize:
    """The first window's size: the preferred size, at most 90 % of the available area."""
    return QSize(
        min(PREFERRED.width(), int(available.width() * SCREEN_SHARE)),
        min(PREFERRED.height(), int(available.height() * SCREEN_SHARE)),
    )


def centered(size: QSize, available: QRect) -> QRect:
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return rect


def fit_rect(rect: QRect, screens: Sequence[QRect]) -> QRect:
    """``rect`` moved (and shrunk if needed) to lie wholly on one of ``screens``: the one it
    overlaps most, else the first (the primary). Unchanged when it already fits."""
    if not screens:
        return QRect(rect)
    overlaps = [(_area(rect.intersected(s)), i) for i, s in enumerate(screens)]
    best, index = max(overlaps)
    screen = screens[index] if best > 0 else screens[0]
    width = min(rect.width(), screen.width())
    height = min(rect.height(), screen.height())
    left = min(max(rect.left(), screen.left()), screen.left() + screen.width() - width)
    top = min(max(rect.top(), screen.top()), screen.top() + screen.height() - height)
    return QRect(left, top, width, height)


def _area(rect: QRect) -> int:
    return 0 if rect.isEmpty() else rect.width() * rect.height()


def size_first_window(window: QWidget) -> None:
    """Size and center a window that has no saved geometry on its screen's free area."""
    available = window.screen().availableGeometry()
    frame = _frame_margins(window)
    window.resize(initial_size(available.marginsRemoved(frame).size()))
    outer = window.size().grownBy(frame)
    window.move(centered(outer, available).topLeft())


def fit_to_screens(window: QWidget) -> None:
    """After a restored geometry: keep the window (with its frame) on a screen that exists."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return  # the window system sizes those to the screen itself
    frame = _frame_margins(window)
    screens = [
        s.availableGeometry().marginsRemoved(frame) for s in window.screen().virtualSiblings()
    ]
    current = window.geometry()
    fitted = fit_rect(current, screens)
    if fitted != current:
        window.setGeometry(fitted)


def _frame_margins(window: QWidget) -> QMargins:
    if window.isVisible():
        outer, inner = window.frameGeometry(), window.geometry()
        return QMargins(
            inner.left() - outer.left(),
            inner.top() - outer.top(),
            outer.right() - inner.right(),
            outer.bottom() - inner.bottom(),
        )
    return FRAME_ALLOWANCE
