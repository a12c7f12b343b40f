"""State filter buttons (with live counts) and a search field above the job table."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QToolButton, QWidget

from mediadesk.core.states import JobState
from mediadesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mediadesk.ui.jobs.model import JobStats
from mediadesk.ui.jobs.proxy import StateFilter

SEARCH_DELAY_MS = 150  # filtering 10,000 rows per keystroke is wasteful; wait for a pause


class FilterBar(QWidget):
    stateFilterChanged = Signal(object)  # StateFilter
    searchChanged = Signal(str)

    def __init__(self, *, search_icon: QIcon | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[StateFilter, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for value in StateFilter:
            button = QToolButton(self)
            button.setObjectName(f"filter-{value.value}")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setText(value.label)
            button.setToolTip(translate("FilterBar", _FILTER_TIPS[value]))
            button.setAccessibleName(
                translate("FilterBar", "Show {filter}").format(filter=value.label)
            )
            button.setAccessibleDescription(translate("FilterBar", _FILTER_TIPS[value]))
            button.toggled.connect(self._on_toggled)
            self._group.addButton(button)
            self._buttons[value] = button
            layout.addWidget(button)
        self._buttons[StateFilter.ALL].setChecked(True)
        layout.addStretch(1)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(translate("FilterBar", "Search titles and addresses"))
        self.search_field.setAccessibleName(translate("FilterBar", "Search downloads"))
        self.search_field.setAccessibleDescription(
            translate("FilterBar", "Shows only downloads whose title or address matches")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(140)  # narrow windows: the buttons matter more
        self.search_field.setMaximumWidth(320)
        if search_icon is not None:
            self.search_field.addAction(search_icon, QLineEdit.ActionPosition.LeadingPosition)
        layout.addWidget(self.search_field)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit_search)
        self.search_field.textChanged.connect(self._search_timer.start)

    def state_filter(self) -> StateFilter:
        for value, button in self._buttons.items():
            if button.isChecked():
                return value
        return StateFilter.ALL

    def set_state_filter(self, value: StateFilter) -> None:
        self._buttons[value].setChecked(True)

    def button(self, value: StateFilter) -> QToolButton:
        return self._buttons[value]

    def set_search_text(self, text: str) -> None:
        self.search_field.setText(text)
        self._emit_search()

    def set_counts(self, stats: JobStats) -> None:
        counts = {
            StateFilter.ALL: stats.total,
            StateFilter.ACTIVE: stats.count(JobState.DOWNLOADING, JobState.POSTPROCESSING),
            StateFilter.QUEUED: stats.count(JobState.QUEUED),
            StateFilter.PAUSED: stats.count(JobState.PAUSED),
            StateFilter.FINISHED: stats.count(JobState.DONE),
            StateFilter.FAILED: stats.count(JobState.FAILED),
            StateFilter.CANCELED: stats.count(JobState.CANCELED),
        }
        for value, button in self._buttons.items():
            count = counts[value]
            button.setText(f"{value.label}  {count}" if count else value.label)
            button.setAccessibleName(
                translate("FilterBar", "Show {filter}: {count}").format(
                    filter=value.label, count=count
                )
            )

    @Slot(bool)
    def _on_toggled(self, checked: bool) -> None:
        if checked:
            self.stateFilterChanged.emit(self.state_filter())

    @Slot()
    def _emit_search(self) -> None:
        self._search_timer.stop()
        self.searchChanged.emit(self.search_field.text())


_FILTER_TIPS = {
    StateFilter.ALL: QT_TRANSLATE_NOOP("FilterBar", "Every download in the list"),
    StateFilter.ACTIVE: QT_TRANSLATE_NOOP("FilterBar", "Downloading or processing now"),
    StateFilter.QUEUED: QT_TRANSLATE_NOOP("FilterBar", "Waiting for their turn"),
    StateFilter.PAUSED: QT_TRANSLATE_NOOP("FilterBar", "Paused by you"),
    StateFilter.FINISHED: QT_TRANSLATE_NOOP("FilterBar", "Downloaded successfully"),
    StateFilter.FAILED: QT_TRANSLATE_NOOP("FilterBar", "Failed; these can be retried"),
    StateFilter.CANCELED: QT_TRANSLATE_NOOP("FilterBar", "Canceled by you; these can be retried"),
}
