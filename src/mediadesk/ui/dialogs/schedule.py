"""Settings ▸ Schedule: the hours downloads may run, an alternative speed limit for given
hours, and what to do when everything is done. Edits a copy of the settings."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mediadesk.core.settings import Settings
from mediadesk.engine.schedule import WhenDone
from mediadesk.ui.i18n import QT_TRANSLATE_NOOP, translate

KB = 1000  # like the settings dialog: kB/s
WHEN_DONE_TEXT = {
    WhenDone.NOTHING: QT_TRANSLATE_NOOP("Schedule", "Do nothing"),
    WhenDone.QUIT: QT_TRANSLATE_NOOP("Schedule", "Quit MediaDesk"),
}


def _time_edit(minute: int, parent: QWidget) -> QTimeEdit:
    edit = QTimeEdit(QTime(minute // 60, minute % 60), parent)
    edit.setDisplayFormat("HH:mm")
    return edit


def _minute(edit: QTimeEdit) -> int:
    time = edit.time()
    return time.hour() * 60 + time.minute()


def _hours_row(parent: QWidget, start: QTimeEdit, end: QTimeEdit) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(translate("Schedule", "from"), row))
    layout.addWidget(start)
    layout.addWidget(QLabel(translate("Schedule", "to"), row))
    layout.addWidget(end)
    layout.addStretch(1)
    return row


class ScheduleDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Schedule", "Schedule"))
        self._settings = settings

        self.window_check = QCheckBox(
            translate("Schedule", "Download only during these hours"), self
        )
        self.window_check.setChecked(settings.schedule_enabled)
        self.start_edit = _time_edit(settings.schedule_start, self)
        self.end_edit = _time_edit(settings.schedule_end, self)
        window_hint = QLabel(
            translate(
                "Schedule",
                "Outside these hours downloads wait as scheduled; running ones stop and continue "
                "from where they were when the hours begin again. An end before the start runs "
                "over midnight.",
            ),
            self,
        )
        window_hint.setWordWrap(True)

        self.rate_check = QCheckBox(
            translate("Schedule", "Use another speed limit during these hours"), self
        )
        self.rate_check.setChecked(settings.alt_rate_enabled)
        self.rate_spin = QSpinBox(self)
        self.rate_spin.setRange(0, 10_000_000)
        self.rate_spin.setSingleStep(100)
        self.rate_spin.setSuffix(translate("Schedule", " kB/s"))
        self.rate_spin.setSpecialValueText(translate("Schedule", "Unlimited"))
        self.rate_spin.setValue(round(settings.alt_rate_limit / KB))
        self.rate_start_edit = _time_edit(settings.alt_rate_start, self)
        self.rate_end_edit = _time_edit(settings.alt_rate_end, self)

        self.when_done_combo = QComboBox(self)
        for value, text in WHEN_DONE_TEXT.items():
            self.when_done_combo.addItem(translate("Schedule", text), value.value)
        self.when_done_combo.setCurrentIndex(
            max(0, self.when_done_combo.findData(settings.when_done))
        )

        form = QFormLayout()
        form.addRow(self.window_check)
        form.addRow(
            translate("Schedule", "Hours:"), _hours_row(self, self.start_edit, self.end_edit)
        )
        form.addRow(window_hint)
        form.addRow(self.rate_check)
        form.addRow(translate("Schedule", "Speed limit:"), self.rate_spin)
        form.addRow(
            translate("Schedule", "Hours:"),
            _hours_row(self, self.rate_start_edit, self.rate_end_edit),
        )
        form.addRow(translate("Schedule", "When everything is done:"), self.when_done_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.window_check.toggled.connect(self._update_enabled)
        self.rate_check.toggled.connect(self._update_enabled)
        self._update_enabled()

    @Slot()
    def _update_enabled(self) -> None:
        on = self.window_check.isChecked()
        self.start_edit.setEnabled(on)
        self.end_edit.setEnabled(on)
        rate = self.rate_check.isChecked()
        for widget in (self.rate_spin, self.rate_start_edit, self.rate_end_edit):
            widget.setEnabled(rate)

    def result_settings(self) -> Settings:
        old = self._settings
        rate = self.rate_spin.value() * KB
        if self.rate_spin.value() == round(old.alt_rate_limit / KB):
            rate = old.alt_rate_limit  # unchanged on screen: keep the exact stored value
        return replace(
            old,
            schedule_enabled=self.window_check.isChecked(),
            schedule_start=_minute(self.start_edit),
            schedule_end=_minute(self.end_edit),
            alt_rate_enabled=self.rate_check.isChecked(),
            alt_rate_limit=rate,
            alt_rate_start=_minute(self.rate_start_edit),
            alt_rate_end=_minute(self.rate_end_edit),
            when_done=str(self.when_done_combo.currentData()),
        ).validated()
