"""Everything about the selected job in one place, so nobody has to read a log file.

Fields refresh with the model's flush; the job's log (a database read) is reloaded when
something other than byte counts changed, and otherwise at most every few seconds.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable

from PySide6.QtCore import QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mediadesk.core.choice import job_choice
from mediadesk.core.failures import FailureAction, failure_action
from mediadesk.core.job import EventKind, Job
from mediadesk.core.states import Command, JobState, applies
from mediadesk.engine.engine import JobEngine
from mediadesk.ui.colors import STATE_COLORS
from mediadesk.ui.formatting import (
    format_duration,
    format_log_time,
    format_moment,
    format_progress_size,
    format_size,
    format_speed,
    format_timestamp,
    job_name,
    readable_url,
)
from mediadesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mediadesk.ui.thumbnails import ThumbnailPictures

DETAILS_PICTURE = QSize(160, 90)  # the selected job's picture, beside its title
LOG_REFRESH_SECONDS = 2.0  # while only progress moves, the log is re-read this often at most

# Fields whose change means something happened (and probably was logged).
_SIGNIFICANT = (
    "state",
    "title",
    "error",
    "attempts",
    "file_path",
    "retry_at",
    "output_dir",
    "failure_action",
    "note",
    "space_needed",
)


def significant_change(old: Job | None, new: Job) -> bool:
    """True when more than progress numbers differ between two values of a job."""
    if old is None or old.id != new.id:
        return True
    return any(getattr(old, name) != getattr(new, name) for name in _SIGNIFICANT)


class DetailsPane(QWidget):
    """Fields, the actionable error with a Retry button, and the job's log."""

    retryRequested = Signal(str)
    actionRequested = Signal(object, str)  # FailureAction, its target (e.g. an address)

    def __init__(
        self,
        engine: JobEngine,
        *,
        locale: QLocale | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._locale = locale or QLocale()
        self._clock = clock
        self._job: Job | None = None
        self._note_tone = ""
        self._log_loaded_at = 0.0
        self.log_loads = 0  # how often the log was read from the store (observable in tests)

        self._stack = QStackedWidget(self)
        self._empty = QLabel(translate("Details", "Select a download to see its details."), self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setEnabled(False)
        self._stack.addWidget(self._empty)
        self.setAccessibleName(translate("Details", "Download details"))
        # In a small window the table keeps most of the height: the fields scroll instead.
        scroller = QScrollArea(self)
        scroller.setObjectName("detailsScroller")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
        scroller.setWidget(self._build_details())
        self._stack.addWidget(scroller)
        self._stack.setMinimumHeight(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def _build_details(self) -> QWidget:
        page = QWidget(self)
        self.title_label = _value_label(page, bold=True)
        self.title_label.setObjectName("detailsTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        # Addresses and paths do not wrap: a read-only field scrolls, selects and copies.
        self.url_field = _path_field(page)
        self.url_field.setObjectName("detailsUrl")
        self.url_field.setAccessibleName(translate("Details", "Address"))
        self.state_label = _value_label(page)
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.file_field = _path_field(page)
        self.file_field.setObjectName("detailsFile")
        self.file_field.setAccessibleName(translate("Details", "File"))
        self.size_label = _value_label(page)
        self.attempts_label = _value_label(page)
        self.times_label = _value_label(page)
        self.format_label = _value_label(page)
        self.format_label.setObjectName("detailsFormat")
        self.note_label = _value_label(page)
        self.note_label.setObjectName("detailsNote")
        # What the probe on add found (engine/add_probes.py), and the job's picture.
        self.media_label = _value_label(page)
        self.media_label.setObjectName("detailsMedia")
        self.picture_label = QLabel(page)
        self.picture_label.setObjectName("detailsPicture")
        self.picture_label.setAccessibleName(translate("Details", "Thumbnail"))
        self.picture_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._pictures = ThumbnailPictures(keep=16)

        self.error_frame = QFrame(page)
        self.error_frame.setObjectName("errorFrame")
        self.error_label = _value_label(self.error_frame)
        self.error_label.setObjectName("errorText")
        self.retry_button = QPushButton(translate("Details", "Retry"), self.error_frame)
        self.retry_button.setToolTip(translate("Details", "Try this download again"))
        self.retry_button.setAccessibleName(translate("Details", "Retry"))
        self.retry_button.setAccessibleDescription(translate("Details", "Try this download again"))
        self.retry_button.clicked.connect(self._on_retry_clicked)
        error_layout = QHBoxLayout(self.error_frame)
        error_layout.setContentsMargins(8, 6, 8, 6)
        error_layout.addWidget(self.error_label, 1)
        error_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        # The one thing a person can do about this failure (core.failures.FailureAction).
        self.action_button = QPushButton(self.error_frame)
        self.action_button.setObjectName("failureAction")
        self.action_button.clicked.connect(self._on_action_clicked)
        error_layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(3)
        form.addRow(translate("Details", "Address:"), self.url_field)
        form.addRow(translate("Details", "Status:"), self.state_label)
        form.addRow(translate("Details", "File:"), self.file_field)
        form.addRow(translate("Details", "Size:"), self.size_label)
        form.addRow(translate("Details", "Attempts:"), self.attempts_label)
        form.addRow(translate("Details", "Times:"), self.times_label)
        form.addRow(translate("Details", "Media:"), self.media_label)
        self._media_row = form.rowCount() - 1
        form.addRow(translate("Details", "Format:"), self.format_label)
        form.addRow(translate("Details", "Note:"), self.note_label)
        self._note_row = form.rowCount() - 1
        self._form = form

        self.log_view = QPlainTextEdit(page)
        self.log_view.setObjectName("jobLog")
        self.log_view.setAccessibleName(translate("Details", "Log"))
        self.log_view.setAccessibleDescription(
            translate("Details", "What happened to this download, oldest first")
        )
        self.log_view.setReadOnly(True)
        self.log_view.setAcceptDrops(False)
        self.log_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.log_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.log_view.setPlaceholderText(translate("Details", "Nothing logged yet."))

        info = QVBoxLayout()
        info.setSpacing(6)
        heading = QHBoxLayout()
        heading.setSpacing(10)
        heading.addWidget(self.picture_label, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.title_label, 1)
        info.addLayout(heading)
        info.addLayout(form)
        info.addWidget(self.error_frame)
        info.addStretch(1)
        info_widget = QWidget(page)
        info_widget.setLayout(info)
        info_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        log_box = QVBoxLayout()
        log_box.setSpacing(4)
        log_heading = QLabel(translate("Details", "Log"), page)
        heading_font = QFont(log_heading.font())
        heading_font.setBold(True)
        log_heading.setFont(heading_font)
        log_box.addWidget(log_heading)
        log_box.addWidget(self.log_view, 1)

        layout = QHBoxLayout(page)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(16)
        layout.addWidget(info_widget, 5)
        layout.addLayout(log_box, 6)
        return page

    # -- showing ------------------------------------------------------------------------------

    @property
    def job_id(self) -> str | None:
        return self._job.id if self._job else None

    def show_jobs(self, jobs: list[Job]) -> None:
        """Show the one selected job, or a summary line for none or several."""
        if len(jobs) != 1:
            self._job = None
            count = len(jobs)
            self._empty.setText(
                translate("Details", "Select a download to see its details.")
                if not jobs
                else translate("Details", "%n download(s) selected.", None, count)
            )
            self._stack.setCurrentWidget(self._empty)
            return
        self.update_job(jobs[0], force_log=True)
        self._stack.setCurrentIndex(1)

    def update_job(self, job: Job, *, force_log: bool = False) -> None:
        """Refresh the fields; re-read the log only when it can have grown."""
        old, self._job = self._job, job
        self._fill(job)
        now = self._clock()
        if (
            force_log
            or significant_change(old, job)
            or (job.state.is_active and now - self._log_loaded_at >= LOG_REFRESH_SECONDS)
        ):
            self._load_log(job.id)
            self._log_loaded_at = now

    def _fill(self, job: Job) -> None:
        locale = self._locale
        self.title_label.setText(job_name(job))
        _set_field(self.url_field, readable_url(job.url))
        color = STATE_COLORS[job.state]
        state = f"<span style='color:{color}; font-weight:600'>{job.state.label}</span>"
        extra = []
        if job.state is JobState.DOWNLOADING:
            if job.speed is not None:
                extra.append(format_speed(locale, job.speed))
            if job.eta is not None:
                extra.append(
                    translate("Details", "{duration} left").format(
                        duration=format_duration(job.eta)
                    )
                )
        if job.space_needed is not None and job.state is JobState.QUEUED:
            extra.append(
                translate("Details", "waiting for {size} of free disk space").format(
                    size=format_size(locale, job.space_needed)
                )
            )
        elif job.retry_at and job.state is JobState.QUEUED:
            wait = max(0.0, job.retry_at - time.time())
            extra.append(
                translate("Details", "next try in {duration}").format(
                    duration=format_duration(wait)
                )
            )
        self.state_label.setText(state + (" — " + html.escape(", ".join(extra)) if extra else ""))
        if job.file_path:
            _set_field(self.file_field, job.file_path)
        else:
            _set_field(
                self.file_field,
                translate("Details", "Will be saved in {output_dir}").format(
                    output_dir=job.output_dir
                ),
            )
        fraction = job.fraction
        size = format_progress_size(locale, job.bytes_done, job.bytes_total) or translate(
            "Details", "Not known yet"
        )
        if fraction is not None and job.state is not JobState.DONE:
            size += f" ({fraction:.0%})"
        if job.state is JobState.CANCELED:
            size = translate("Details", "Nothing kept: the partial file was deleted")
        self.size_label.setText(size)
        self.attempts_label.setText(
            str(job.attempts) if job.attempts else translate("Details", "Not started yet")
        )
        times = [
            translate("Details", "added {time}").format(time=format_moment(locale, job.created_at))
        ]
        if job.started_at:
            times.append(
                translate("Details", "started {time}").format(
                    time=format_moment(locale, job.started_at)
                )
            )
        if job.finished_at:
            times.append(
                translate("Details", "ended {time}").format(
                    time=format_moment(locale, job.finished_at)
                )
            )
        self.times_label.setText(" · ".join(times))
        self.times_label.setToolTip(
            "\n".join(
                f"{name}: {format_timestamp(locale, moment)}"
                for name, moment in (
                    (translate("Details", "Added"), job.created_at),
                    (translate("Details", "Started"), job.started_at),
                    (translate("Details", "Ended"), job.finished_at),
                )
                if moment
            )
        )
        media = describe_media(job)
        self.media_label.setText(media)
        self._form.setRowVisible(self._media_row, bool(media))
        picture = self._pictures.picture(job.thumbnail_file, DETAILS_PICTURE)
        self.picture_label.setPixmap(picture if picture is not None else QPixmap())
        self.picture_label.setVisible(picture is not None)
        self.format_label.setText(describe_job_choice(job))
        self.note_label.setText(job.note)
        self._form.setRowVisible(self._note_row, bool(job.note))
        retryable = applies(Command.RETRY, job.state)
        message = job.error or (
            translate("Details", "This download was canceled.") if retryable else ""
        )
        self.error_label.setText(message)
        self.error_frame.setAccessibleName(translate("Details", _TONE_NAMES[_note_tone(job)]))
        self.error_frame.setAccessibleDescription(message)
        self._set_note_tone(_note_tone(job))
        self.error_frame.setVisible(bool(message))
        self.retry_button.setVisible(retryable)
        action = failure_action(job.failure_action) if message else FailureAction.NONE
        self.action_button.setText(action.label)
        self.action_button.setToolTip(job.failure_target)
        self.action_button.setVisible(action is not FailureAction.NONE)

    @property
    def note_tone(self) -> str:
        """How the note box looks: "error" (failed), "warning" (a retry waits) or "neutral"."""
        return self._note_tone

    def _set_note_tone(self, tone: str) -> None:
        if self._note_tone == tone:
            return
        self._note_tone = tone
        color = _TONE_COLORS[tone]
        self.error_frame.setStyleSheet(
            f"#errorFrame {{ border: 1px solid {color};"
            f" border-left: 4px solid {color}; border-radius: 4px; }}"
        )

    def _load_log(self, job_id: str) -> None:
        self.log_loads += 1
        lines = []
        for event in self._engine.events(job_id):
            stamp = format_log_time(event.at)
            marker = {EventKind.WARNING: "⚠ ", EventKind.ERROR: "✖ "}.get(event.kind, "")
            lines.append(f"{stamp}  {marker}{event.message}")
        bar = self.log_view.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 2
        self.log_view.setPlainText("\n".join(lines))
        if at_end:
            bar.setValue(bar.maximum())

    @Slot()
    def _on_action_clicked(self) -> None:
        if self._job is not None and self._job.failure_action:
            self.actionRequested.emit(
                failure_action(self._job.failure_action), self._job.failure_target
            )

    @Slot()
    def _on_retry_clicked(self) -> None:
        if self._job is not None:
            self.retryRequested.emit(self._job.id)


def describe_media(job: Job) -> str:
    """What the probe told about the media: "3 min 5 s · by Someone" ('' when nothing)."""
    parts = []
    if job.duration is not None and job.duration > 0:
        parts.append(format_duration(job.duration))
    if job.uploader:
        parts.append(translate("Details", "by {uploader}").format(uploader=job.uploader))
    return " · ".join(parts)


def describe_job_choice(job: Job) -> str:
    """The job's stored format choice in words (a damaged one says so, never a guess)."""
    try:
        return job_choice(job.choice, job.preset).describe()
    except ValueError as exc:
        return translate("Details", "Cannot be read: {exc}").format(exc=exc)


_TONE_COLORS = {
    "error": STATE_COLORS[JobState.FAILED],
    "warning": STATE_COLORS[JobState.PAUSED],
    "neutral": STATE_COLORS[JobState.CANCELED],
}


_TONE_NAMES = {
    "error": QT_TRANSLATE_NOOP("Details", "Error"),
    "warning": QT_TRANSLATE_NOOP("Details", "Warning"),
    "neutral": QT_TRANSLATE_NOOP("Details", "Note"),
}


def _note_tone(job: Job) -> str:
    """A failure is red; a canceled job is the user's choice, not an error: neutral."""
    if job.state is JobState.FAILED:
        return "error"
    if job.state is JobState.CANCELED:
        return "neutral"
    return "warning"


def _path_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setReadOnly(True)
    field.setFrame(False)
    field.setAcceptDrops(False)
    field.setStyleSheet("QLineEdit { background: transparent; padding: 0; }")
    return field


def _set_field(field: QLineEdit, text: str) -> None:
    if field.text() != text:
        field.setText(text)
        field.setCursorPosition(0)  # show the start of a long path
    field.setToolTip(text)


def _value_label(parent: QWidget, *, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label
