"""The status bar: the counts of what runs and waits, the total speed, and short-lived
confirmations ("Queued 3 downloads.")."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from mediadesk.core.states import JobState
from mediadesk.ui.formatting import format_speed
from mediadesk.ui.i18n import translate
from mediadesk.ui.jobs.model import JobStats


def summary_text(stats: JobStats) -> str:
    """The status bar's counts, most urgent first: ``"2 downloading · 5 queued · 1 paused"``."""
    parts = []
    active = stats.count(JobState.DOWNLOADING, JobState.POSTPROCESSING)
    if active:
        parts.append(translate("StatusBar", "%n downloading", None, active))
    if queued := stats.count(JobState.QUEUED):
        parts.append(translate("StatusBar", "%n queued", None, queued))
    if paused := stats.count(JobState.PAUSED):
        parts.append(translate("StatusBar", "%n paused", None, paused))
    failed = stats.count(JobState.FAILED)
    if failed:
        parts.append(translate("StatusBar", "%n failed", None, failed))
    if not parts:
        return (
            translate("StatusBar", "All done")
            if stats.total
            else translate("StatusBar", "No downloads")
        )
    return " · ".join(parts)


class StatusBar(QStatusBar):
    """Counts on the right, temporary messages on the left."""

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.speed_label = QLabel(self)
        self.speed_label.setObjectName("speedLabel")
        self.speed_label.setMinimumWidth(110)
        self.speed_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.addPermanentWidget(self.counts_label)
        self.addPermanentWidget(self.speed_label)

    def show_stats(self, stats: JobStats) -> None:
        self.counts_label.setText(summary_text(stats))
        active = stats.count(JobState.DOWNLOADING, JobState.POSTPROCESSING)
        self.speed_label.setText(f"↓ {format_speed(self._locale, stats.speed)}" if active else "")
