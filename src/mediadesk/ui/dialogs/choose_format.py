"""The Choose… dialog: what a probe found, and what to download of it.

It takes a ProbeResult and the last choice (the defaults) and gives back a DownloadChoice;
it never downloads or probes anything itself. Qualities come from the real formats; a batch
(a playlist probe) offers the usual heights, applied to every item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mediadesk.core.choice import (
    AudioFormat,
    Container,
    DownloadChoice,
    SubtitleChoice,
    parse_clock,
)
from mediadesk.core.probe import ProbeKind, ProbeResult
from mediadesk.ui.i18n import QT_TRANSLATE_NOOP, translate

COMMON_HEIGHTS = (2160, 1440, 1080, 720, 480, 360)  # offered for batches (no formats known)
_CONTAINERS = (
    (QT_TRANSLATE_NOOP("ChooseFormat", "As offered"), Container.ANY),
    ("MP4", Container.MP4),
    ("MKV", Container.MKV),
    ("WebM", Container.WEBM),
)


def offered_heights(probe: ProbeResult) -> list[int]:
    """Video heights the probe found, largest first (the common ones for a playlist)."""
    if probe.kind is ProbeKind.PLAYLIST:
        return list(COMMON_HEIGHTS)
    return sorted({f.height for f in probe.formats if f.height and f.has_video is not False},
                  reverse=True)  # fmt: skip


class ChooseFormatDialog(QDialog):
    def __init__(
        self, probe: ProbeResult, defaults: DownloadChoice, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chooseFormatDialog")
        self.setWindowTitle(translate("ChooseFormat", "Choose what to download"))
        self._probe = probe
        heading = probe.title or probe.url
        if probe.kind is ProbeKind.PLAYLIST:
            count = len(probe.entries)
            heading += " — " + translate(
                "ChooseFormat", "%n item(s) (the choice applies to all)", None, count
            )
        title = QLabel(heading, self)
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # What: video (quality, container) or audio only (format)
        self.video_radio = QRadioButton(translate("ChooseFormat", "Video"), self)
        self.audio_radio = QRadioButton(translate("ChooseFormat", "Audio only"), self)
        kind = QButtonGroup(self)
        kind.addButton(self.video_radio)
        kind.addButton(self.audio_radio)
        self.quality_combo = QComboBox(self)
        self.quality_combo.addItem(translate("ChooseFormat", "Best offered"), None)
        for height in offered_heights(probe):
            self.quality_combo.addItem(
                translate("ChooseFormat", "Up to {height}p").format(height=height), height
            )
        if defaults.max_height and self.quality_combo.findData(defaults.max_height) < 0:
            self.quality_combo.addItem(
                translate("ChooseFormat", "Up to {max_height}p").format(
                    max_height=defaults.max_height
                ),
                defaults.max_height,
            )
        self.quality_combo.setCurrentIndex(max(0, self.quality_combo.findData(defaults.max_height)))
        self.container_combo = QComboBox(self)
        for label, container in _CONTAINERS:
            self.container_combo.addItem(translate("ChooseFormat", label), container.value)
        self.container_combo.setCurrentIndex(
            max(0, self.container_combo.findData(defaults.container.value))
        )
        self.audio_combo = QComboBox(self)
        for fmt in AudioFormat:
            self.audio_combo.addItem(fmt.value, fmt.value)
        self.audio_combo.setCurrentIndex(self.audio_combo.findData(defaults.audio_format.value))
        (self.audio_radio if defaults.audio_only else self.video_radio).setChecked(True)
        self.video_radio.toggled.connect(self._update)

        what = QGroupBox(translate("ChooseFormat", "What"), self)
        what_form = QFormLayout(what)
        what_form.addRow(self.video_radio)
        what_form.addRow(translate("ChooseFormat", "Quality:"), self.quality_combo)
        what_form.addRow(translate("ChooseFormat", "Container:"), self.container_combo)
        what_form.addRow(self.audio_radio)
        what_form.addRow(translate("ChooseFormat", "Audio format:"), self.audio_combo)

        # Subtitles
        subs = QGroupBox(translate("ChooseFormat", "Subtitles"), self)
        self.subtitle_list = QListWidget(subs)
        self.subtitle_list.setObjectName("subtitleLanguages")
        langs = list(dict.fromkeys(probe.subtitles + probe.automatic_captions))
        wanted = set(defaults.subtitles.languages)
        for lang in langs + sorted(wanted - set(langs)):
            item = QListWidgetItem(
                lang
                if lang in probe.subtitles
                else translate("ChooseFormat", "{lang} (automatic)").format(lang=lang)
            )
            item.setData(Qt.ItemDataRole.UserRole, lang)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if lang in wanted else Qt.CheckState.Unchecked)
            self.subtitle_list.addItem(item)
        self.subtitle_list.setMaximumHeight(90)
        self.no_subtitles = QLabel(
            translate("ChooseFormat", "This media lists no subtitles."), subs
        )
        self.no_subtitles.setVisible(not self.subtitle_list.count())
        self.subtitle_list.setVisible(bool(self.subtitle_list.count()))
        self.automatic_check = QCheckBox(translate("ChooseFormat", "Also automatic captions"), subs)
        self.automatic_check.setChecked(defaults.subtitles.automatic)
        self.embed_subs_radio = QRadioButton(
            translate("ChooseFormat", "Embedded in the video"), subs
        )
        self.beside_subs_radio = QRadioButton(
            translate("ChooseFormat", "Saved beside the file"), subs
        )
        (self.embed_subs_radio if defaults.subtitles.embed else self.beside_subs_radio).setChecked(
            True
        )
        self.srt_check = QCheckBox(translate("ChooseFormat", "Convert to SRT"), subs)
        self.srt_check.setChecked(defaults.subtitles.to_srt)
        subs_layout = QVBoxLayout(subs)
        subs_layout.addWidget(self.no_subtitles)
        subs_layout.addWidget(self.subtitle_list)
        subs_layout.addWidget(self.automatic_check)
        where = QHBoxLayout()
        where.addWidget(self.embed_subs_radio)
        where.addWidget(self.beside_subs_radio)
        subs_layout.addLayout(where)
        subs_layout.addWidget(self.srt_check)

        # Extras and section
        extras = QGroupBox(translate("ChooseFormat", "Extras"), self)
        self.thumbnail_check = QCheckBox(translate("ChooseFormat", "Embed the thumbnail"), extras)
        self.thumbnail_check.setChecked(defaults.embed_thumbnail)
        self.metadata_check = QCheckBox(
            translate("ChooseFormat", "Embed metadata (title, artist, date…)"), extras
        )
        self.metadata_check.setChecked(defaults.embed_metadata)
        self.chapters_check = QCheckBox(translate("ChooseFormat", "Embed chapters"), extras)
        self.chapters_check.setChecked(defaults.embed_chapters)
        self.split_check = QCheckBox(
            translate("ChooseFormat", "Split into one file per chapter"), extras
        )
        self.split_check.setChecked(defaults.split_chapters)
        if probe.kind is ProbeKind.SINGLE and probe.chapters:
            self.split_check.setText(self.split_check.text() + f" ({len(probe.chapters)})")
        self.start_field = QLineEdit(_clock_text(defaults.section_start), extras)
        self.start_field.setPlaceholderText(translate("ChooseFormat", "start"))
        self.end_field = QLineEdit(_clock_text(defaults.section_end), extras)
        self.end_field.setPlaceholderText(translate("ChooseFormat", "end"))
        for field in (self.start_field, self.end_field):
            field.setToolTip(
                translate(
                    "ChooseFormat", "h:mm:ss, m:ss or seconds; empty: from the start / to the end"
                )
            )
            field.textChanged.connect(self._update)
        section = QHBoxLayout()
        section.addWidget(self.start_field)
        section.addWidget(QLabel("–", extras))
        section.addWidget(self.end_field)
        extras_form = QFormLayout(extras)
        for box in (self.thumbnail_check, self.metadata_check, self.chapters_check):
            extras_form.addRow(box)
        extras_form.addRow(self.split_check)
        extras_form.addRow(translate("ChooseFormat", "Only a section:"), section)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("chooseProblem")
        self.problem_label.setStyleSheet("color: #c0392b")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ChooseFormat", "Add")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(what)
        layout.addWidget(subs)
        layout.addWidget(extras)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self._update()

    def choice(self) -> DownloadChoice:
        """The choice as the widgets say; raises ValueError with a readable reason."""
        languages = tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.subtitle_list.item(i) for i in range(self.subtitle_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        return DownloadChoice(
            max_height=self.quality_combo.currentData(),
            audio_only=self.audio_radio.isChecked(),
            audio_format=AudioFormat(self.audio_combo.currentData()),
            container=Container(self.container_combo.currentData()),
            subtitles=SubtitleChoice(
                languages=languages,
                automatic=self.automatic_check.isChecked(),
                embed=self.embed_subs_radio.isChecked(),
                to_srt=self.srt_check.isChecked(),
            ),
            embed_thumbnail=self.thumbnail_check.isChecked(),
            embed_metadata=self.metadata_check.isChecked(),
            embed_chapters=self.chapters_check.isChecked(),
            split_chapters=self.split_check.isChecked(),
            section_start=parse_clock(self.start_field.text()),
            section_end=parse_clock(self.end_field.text()),
        )

    @Slot()
    def _update(self) -> None:
        video = self.video_radio.isChecked()
        self.quality_combo.setEnabled(video)
        self.container_combo.setEnabled(video)
        self.audio_combo.setEnabled(not video)
        try:
            self.choice()
            problem = ""
        except ValueError as exc:
            problem = str(exc)
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)


def _clock_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    return f"{seconds:g}"


def ask_for_choice(
    probe: ProbeResult, defaults: DownloadChoice, parent: QWidget | None
) -> DownloadChoice | None:
    """Show the dialog; the choice, or None when canceled."""
    dialog = ChooseFormatDialog(probe, defaults, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
    finally:
        dialog.deleteLater()
