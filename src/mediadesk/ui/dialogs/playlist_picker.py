"""Choosing a playlist's items before they queue: every entry with its title and duration,
the ones already downloaded marked and unticked, All/None (on what the search shows), a
range such as "1-3,7", and a search. The dialog only chooses; the caller queues."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediadesk.core.probe import ProbeEntry, ProbeResult
from mediadesk.ui.formatting import format_duration
from mediadesk.ui.i18n import translate

#: Whether an entry was downloaded before (the engine's download archive answers).
IsDownloaded = Callable[[ProbeEntry], bool]

_ENTRY = Qt.ItemDataRole.UserRole + 1


def parse_ranges(text: str, maximum: int) -> set[int]:
    """Item numbers (1-based) from "1-3,7"; a clear ValueError for anything else."""
    numbers: set[int] = set()
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        first, dash, last = part.partition("-")
        try:
            low = int(first)
            high = int(last) if dash else low
        except ValueError:
            raise ValueError(
                translate(
                    "PlaylistPicker", "“{part}” is not a number or a range such as 1-3."
                ).format(part=part)
            ) from None
        if low < 1 or high > maximum or low > high:
            raise ValueError(
                translate("PlaylistPicker", "“{part}” is outside 1-{maximum}.").format(
                    part=part, maximum=maximum
                )
            )
        numbers.update(range(low, high + 1))
    if not numbers:
        raise ValueError(
            translate("PlaylistPicker", "Type item numbers or ranges, for example 1-3,7.")
        )
    return numbers


class PlaylistPicker(QDialog):
    """The entries of one listed playlist, each with a tick box."""

    def __init__(
        self, probe: ProbeResult, is_downloaded: IsDownloaded, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("PlaylistPicker", "Choose items: {title}").format(
                title=probe.title or probe.url
            )
        )
        self.resize(720, 520)
        self._entries = probe.entries
        self._model = QStandardItemModel(0, 4, self)
        self._model.setHorizontalHeaderLabels(
            ["#", translate("PlaylistPicker", "Title"), translate("PlaylistPicker", "Duration"), ""]
        )
        downloaded = 0
        for number, entry in enumerate(probe.entries, start=1):
            done = is_downloaded(entry)
            downloaded += done
            title = QStandardItem(entry.title or entry.url)
            title.setCheckable(True)
            title.setCheckState(Qt.CheckState.Unchecked if done else Qt.CheckState.Checked)
            title.setData(number, _ENTRY)
            title.setToolTip(entry.url)
            row = [
                QStandardItem(str(entry.index or number)),
                title,
                QStandardItem(format_duration(entry.duration) if entry.duration else ""),
                QStandardItem(translate("PlaylistPicker", "Downloaded") if done else ""),
            ]
            for item in row:
                item.setEditable(False)
            self._model.appendRow(row)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("PlaylistPicker", "Search titles"))
        self.search.setClearButtonEnabled(True)
        self.range_edit = QLineEdit(self)
        self.range_edit.setPlaceholderText(translate("PlaylistPicker", "Items, e.g. 1-3,7"))
        self.range_button = QPushButton(translate("PlaylistPicker", "Tick only these"), self)
        self.all_button = QPushButton(translate("PlaylistPicker", "All"), self)
        self.none_button = QPushButton(translate("PlaylistPicker", "None"), self)
        self.table = QTableView(self)
        self.table.setModel(self._model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: palette(highlight)")
        self.summary = QLabel(self)
        marked = (
            " · "
            + translate("PlaylistPicker", "%n already downloaded (unticked)", None, downloaded)
            if downloaded
            else ""
        )
        self.summary_suffix = marked
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )

        tools = QHBoxLayout()
        tools.addWidget(self.search, 2)
        tools.addWidget(self.all_button)
        tools.addWidget(self.none_button)
        tools.addWidget(self.range_edit, 1)
        tools.addWidget(self.range_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self._filter)
        self.all_button.clicked.connect(lambda: self._tick_shown(True))
        self.none_button.clicked.connect(lambda: self._tick_shown(False))
        self.range_button.clicked.connect(self.apply_range)
        self.range_edit.returnPressed.connect(self.apply_range)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._model.itemChanged.connect(self._refresh_summary)
        self._refresh_summary()

    # -- reading the choice -------------------------------------------------------------------

    def chosen(self) -> list[ProbeEntry]:
        """The ticked entries, in playlist order."""
        return [
            self._entries[row]
            for row in range(self._model.rowCount())
            if self._model.item(row, 1).checkState() == Qt.CheckState.Checked
        ]

    def shown_rows(self) -> list[int]:
        return [r for r in range(self._model.rowCount()) if not self.table.isRowHidden(r)]

    def set_ticked(self, row: int, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self._model.item(row, 1).setCheckState(state)

    # -- actions ------------------------------------------------------------------------------

    @Slot(str)
    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row, entry in enumerate(self._entries):
            hidden = bool(needle) and needle not in (entry.title or entry.url).casefold()
            self.table.setRowHidden(row, hidden)

    def _tick_shown(self, ticked: bool) -> None:
        with _quiet(self._model):
            for row in self.shown_rows():
                self.set_ticked(row, ticked)
        self._refresh_summary()

    @Slot()
    def apply_range(self) -> None:
        """Tick exactly the numbered items; a bad range is explained and changes nothing."""
        try:
            numbers = parse_ranges(self.range_edit.text(), len(self._entries))
        except ValueError as error:
            self.problem.setText(str(error))
            return
        self.problem.clear()
        with _quiet(self._model):
            for row in range(self._model.rowCount()):
                self.set_ticked(row, row + 1 in numbers)
        self._refresh_summary()

    @Slot()
    def _refresh_summary(self, *_: object) -> None:
        count = len(self.chosen())
        self.summary.setText(
            translate("PlaylistPicker", "%n item(s) ticked", None, count) + self.summary_suffix
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("PlaylistPicker", "Queue %n item(s)", None, count))
        ok.setEnabled(count > 0)


class _quiet:
    """Block the model's signals while ticking many rows; one refresh afterwards."""

    def __init__(self, model: QStandardItemModel) -> None:
        self._model = model

    def __enter__(self) -> None:
        self._was = self._model.blockSignals(True)

    def __exit__(self, *_: object) -> None:
        self._model.blockSignals(self._was)
        rows = self._model.rowCount()
        if rows:
            top, bottom = self._model.index(0, 1), self._model.index(rows - 1, 1)
            self._model.dataChanged.emit(top, bottom)


def pick_entries(
    parent: QWidget | None, probe: ProbeResult, is_downloaded: IsDownloaded
) -> Sequence[ProbeEntry] | None:
    """Show the picker; the chosen entries, or None when the user cancels."""
    dialog = PlaylistPicker(probe, is_downloaded, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


__all__ = ["IsDownloaded", "PlaylistPicker", "parse_ranges", "pick_entries"]
