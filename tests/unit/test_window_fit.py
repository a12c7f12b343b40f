"""The window fits the screen it is on: a first window sized from the free area, a restored
geometry pulled back onto a screen that exists, and a small window that still shows every
toolbar action and gives the job table most of its height."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolButton

from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.ui.actions import ActionId
from mediadesk.ui.layout import _b64
from mediadesk.ui.window_fit import PREFERRED, fit_rect, initial_size


def test_first_size_is_preferred_on_a_roomy_screen_and_shrinks_on_a_small_one() -> None:
    assert initial_size(QSize(2560, 1400)) == PREFERRED
    # 1600x1000 at 200 %: Qt sees 800x500.
    small = initial_size(QSize(800, 500))
    assert small.width() <= 720 and small.height() <= 450


def test_restored_rect_is_moved_and_shrunk_onto_the_screen_it_overlaps_most() -> None:
    left, right = QRect(0, 0, 1920, 1080), QRect(1920, 0, 800, 500)
    # Saved at 100 % on the big screen, now the right screen runs at 200 %.
    fitted = fit_rect(QRect(2000, 100, 1080, 720), [left, right])
    assert right.contains(fitted) and fitted.size() == QSize(800, 500)
    # A monitor that is gone: back onto the primary, size kept.
    fitted = fit_rect(QRect(5000, 3000, 1000, 700), [left])
    assert left.contains(fitted) and fitted.size() == QSize(1000, 700)
    # Already fine: unchanged.
    assert fit_rect(QRect(10, 20, 900, 600), [left, right]) == QRect(10, 20, 900, 600)


def _available() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def test_a_fresh_profile_opens_within_the_screen(qtbot, make_engine, open_window) -> None:
    window = open_window(make_engine())
    assert _available().contains(window.frameGeometry()), (window.frameGeometry(), _available())
    assert window.width() >= 0.6 * _available().width()


def test_a_restored_geometry_too_big_and_off_screen_is_clamped(
    qtbot, make_engine, open_window, db_path: Path
) -> None:
    window = open_window(make_engine(), show=False)
    window.setGeometry(4000, 3000, 2160, 1440)
    huge = _b64(window.saveGeometry())
    store = SqliteJobStore.open(db_path)
    store.save_layout({"geometry": huge})
    store.close()
    reopened = open_window(make_engine())
    assert _available().contains(reopened.frameGeometry()), reopened.frameGeometry()


def test_a_narrow_window_keeps_every_toolbar_action_in_reach(
    qtbot, make_engine, open_window
) -> None:
    window = open_window(make_engine())
    window.resize(700, 480)
    QCoreApplication.processEvents()
    toolbar = window.toolbar
    hidden = [
        action.text()
        for action in toolbar.actions()
        if action.text()
        and isinstance(toolbar.widgetForAction(action), QToolButton)
        and not toolbar.widgetForAction(action).isVisible()
    ]
    assert hidden == [], f"behind the chevron: {hidden}"
    settings_button = toolbar.widgetForAction(window.job_actions.all()[ActionId.SETTINGS])
    assert toolbar.rect().contains(settings_button.geometry())

    window.resize(1060, 600)  # roomy again: the labels come back
    QCoreApplication.processEvents()
    add = toolbar.widgetForAction(window.job_actions.all()[ActionId.ADD])
    assert add.toolButtonStyle().name == "ToolButtonTextBesideIcon"


def test_a_short_window_gives_the_table_most_of_the_height(qtbot, make_engine, open_window) -> None:
    window = open_window(make_engine())
    window.resize(700, 420)
    QCoreApplication.processEvents()
    table_part, details_part = window.splitter.sizes()
    assert details_part > 0 and table_part > details_part
    assert window.rect().contains(window.status_bar.geometry())
