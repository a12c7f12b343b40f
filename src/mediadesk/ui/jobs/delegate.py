"""The Progress column: a style-drawn progress bar painted from model roles, no widgets.

Like Qt's torrent example: one delegate paints ``CE_ProgressBar`` for every visible row, so
ten thousand rows cost nothing until they scroll into view.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from mediadesk.core.states import JobState
from mediadesk.ui.i18n import translate
from mediadesk.ui.jobs.cells import JobRole

_BAR_MARGIN_V = 4
_BAR_MARGIN_H = 6


def shows_bar(state: JobState, fraction: float | None) -> bool:
    """Only bars that say something: running, done, or stopped part-way (an empty bar
    on every queued or failed row is just noise)."""
    return state.is_active or state is JobState.DONE or bool(fraction)


def progress_option(
    state: JobState, fraction: float | None, option: QStyleOptionViewItem
) -> QStyleOptionProgressBar:
    """The bar a job should show: busy while a download's size is unknown, greyed when
    the job failed or was canceled, full when done."""
    bar = QStyleOptionProgressBar()
    bar.rect = option.rect.adjusted(_BAR_MARGIN_H, _BAR_MARGIN_V, -_BAR_MARGIN_H, -_BAR_MARGIN_V)
    bar.direction = option.direction
    bar.fontMetrics = option.fontMetrics
    bar.palette = option.palette
    bar.minimum = 0
    bar.maximum = 1000
    bar.textAlignment = Qt.AlignmentFlag.AlignCenter
    bar.textVisible = True
    bar.state = QStyle.StateFlag.State_Horizontal
    if state not in (JobState.FAILED, JobState.CANCELED):
        bar.state |= QStyle.StateFlag.State_Enabled
    if fraction is None and state.is_active:
        bar.maximum = 0  # min == max: the style draws a busy indicator
        bar.progress = 0
        bar.text = translate("Delegate", "Processing") if state is JobState.POSTPROCESSING else ""
        bar.textVisible = state is JobState.POSTPROCESSING
        return bar
    value = 0.0 if fraction is None else fraction
    bar.progress = round(value * 1000)
    bar.text = f"{value:.0%}" if fraction is not None else ""
    return bar


class ProgressDelegate(QStyledItemDelegate):
    """Paints the row background as usual, then a progress bar inset in the cell."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        state_value = index.data(JobRole.STATE)
        if state_value is None:
            return
        state, fraction = JobState(state_value), index.data(JobRole.FRACTION)
        if not shows_bar(state, fraction):
            return
        bar = progress_option(state, fraction, opt)
        painter.save()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 120), hint.height())
