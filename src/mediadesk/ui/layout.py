"""The window's layout between runs: geometry, toolbar state, splitter, columns, sort, filter,
search, details pane, and one-time hints.

It goes through the :class:`~mediadesk.core.ports.LayoutStore` port, not the engine: the
layout is the window's own business. Values are JSON-able (Qt's byte states as base64), so a
broken or foreign value is ignored rather than trusted.
"""

from __future__ import annotations

import base64
import contextlib

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from mediadesk.core.ports import LayoutStore
from mediadesk.core.store_failure import StoreWriteFailed
from mediadesk.ui.jobs.proxy import StateFilter
from mediadesk.ui.jobs.table import JobTable
from mediadesk.ui.panes.filter_bar import FilterBar
from mediadesk.ui.window_fit import fit_to_screens, size_first_window


class WindowLayout:
    """Captures and restores the layout of one main window's parts."""

    def __init__(
        self,
        store: LayoutStore,
        *,
        window: QMainWindow,
        splitter: QSplitter,
        table: JobTable,
        filter_bar: FilterBar,
        details: QWidget,
        details_action: QAction,
    ) -> None:
        self._store = store
        self._window = window
        self._splitter = splitter
        self._table = table
        self._filter_bar = filter_bar
        self._details = details
        self._details_action = details_action

    def snapshot(self) -> dict[str, object]:
        """The layout as JSON-able values (bytes as base64)."""
        sort_column, descending = self._table.sort_state()
        return {
            "geometry": _b64(self._window.saveGeometry()),
            "window_state": _b64(self._window.saveState()),
            "splitter": _b64(self._splitter.saveState()),
            "header": _b64(self._table.view.horizontalHeader().saveState()),
            "sort_column": sort_column,
            "sort_order": 1 if descending else 0,
            "filter": self._filter_bar.state_filter().value,
            "search": self._filter_bar.search_field.text(),
            "details_visible": self._details_action.isChecked(),
        }

    def save(self) -> None:
        self._write(self.snapshot())

    def _write(self, values: dict[str, object]) -> None:
        """Layout is a comfort, not data: when the disk is full (the window's banner already
        says so) it is skipped rather than allowed to break a close or a quit."""
        with contextlib.suppress(StoreWriteFailed):
            self._store.save_layout(values)

    def restore(self) -> None:
        state = self._store.load_layout()
        geometry = _unb64(state.get("geometry"))
        if geometry is not None and self._window.restoreGeometry(geometry):
            fit_to_screens(self._window)
        else:
            size_first_window(self._window)
        if window_state := _unb64(state.get("window_state")):
            self._window.restoreState(window_state)
        if splitter := _unb64(state.get("splitter")):
            self._splitter.restoreState(splitter)
        if header_state := _unb64(state.get("header")):
            self._table.restore_header(header_state)
        self._table.restore_sort(state.get("sort_column", -1), state.get("sort_order") == 1)
        try:
            self._filter_bar.set_state_filter(StateFilter(state.get("filter", "all")))
        except ValueError:
            self._filter_bar.set_state_filter(StateFilter.ALL)
        search = state.get("search")
        if isinstance(search, str) and search:
            self._filter_bar.set_search_text(search)
        details_visible = state.get("details_visible", True) is not False
        self._details_action.setChecked(details_visible)
        self._details.setVisible(details_visible)

    # -- one-time hints -----------------------------------------------------------------------

    def has_flag(self, key: str) -> bool:
        """A one-time hint already given (stored beside the layout)."""
        return self._store.load_layout().get(key) is True

    def set_flag(self, key: str) -> None:
        self._write({key: True})


def _b64(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _unb64(value: object) -> QByteArray | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return QByteArray(base64.b64decode(value.encode("ascii"), validate=True))
    except ValueError:
        return None
