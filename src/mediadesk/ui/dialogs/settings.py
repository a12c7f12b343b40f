"""The settings dialog: edits a copy of :class:`Settings` and hands back a new value.

Nothing here touches the engine; the window passes the result to ``engine.update_settings``,
which persists it and applies what can change live (concurrency).
"""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mediadesk.core.folders import folder_problem
from mediadesk.core.job import FormatPreset
from mediadesk.core.name_preview import NamePreview
from mediadesk.core.proxy_secret import ProxySecret
from mediadesk.core.settings import MAX_CONCURRENT, MAX_CONNECTIONS, Settings
from mediadesk.ui.colors import ERROR_COLOR
from mediadesk.ui.i18n import translate
from mediadesk.ui.language import LANGUAGES, system_default_label
from mediadesk.ui.name_preview import NamePreviewService
from mediadesk.ui.network_settings import NetworkSettings
from mediadesk.ui.panes.add_bar import FolderChooser, ask_for_folder

KB = 1000  # speed limits are shown in kB/s, like sizes (SI units)


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        *,
        default_download_dir: str,
        choose_folder: FolderChooser = ask_for_folder,
        proxy_secret: ProxySecret | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._proxy_secret = proxy_secret or ProxySecret()
        self.network = NetworkSettings(self)
        self.setWindowTitle(translate("Settings", "Settings"))  # the desktop adds " — MediaDesk"
        self.setObjectName("settingsDialog")
        self._settings = settings
        self._default_dir = default_download_dir
        self._choose_folder = choose_folder
        self._accept_when_checked = False
        self._previews = NamePreviewService(self)
        self._previews.ready.connect(self._show_preview)

        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("downloadFolder")
        self.folder_edit.editingFinished.connect(self._check_folder)
        self.folder_edit.textEdited.connect(self._clear_folder_problem)
        self.browse_button = QPushButton(translate("Settings", "Browse…"), self)
        self.browse_button.clicked.connect(self._browse)
        self.folder_problem_label = _problem_label(self)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)

        self.concurrent_spin = QSpinBox(self)
        self.concurrent_spin.setRange(1, MAX_CONCURRENT)
        self.concurrent_spin.setToolTip(
            translate("Settings", "How many downloads run at the same time")
        )
        self.connections_spin = QSpinBox(self)
        self.connections_spin.setRange(1, MAX_CONNECTIONS)
        self.connections_spin.setToolTip(
            translate(
                "Settings",
                "Connections each download may open to the server, for servers that limit the "
                "speed of every connection; 1 downloads like the yt-dlp command line. Used only "
                "when the server allows partial requests; streams (HLS/DASH) are not affected.",
            )
        )
        self.rate_spin = QSpinBox(self)
        self.rate_spin.setRange(0, 10_000_000)
        self.rate_spin.setSingleStep(100)
        self.rate_spin.setSuffix(translate("Settings", " kB/s"))
        self.rate_spin.setSpecialValueText(translate("Settings", "Unlimited"))
        self.rate_spin.setToolTip(
            translate("Settings", "Maximum speed of each download; 0 means unlimited")
        )
        self.overall_spin = QSpinBox(self)
        self.overall_spin.setObjectName("overallRate")
        self.overall_spin.setRange(0, 10_000_000)
        self.overall_spin.setSingleStep(100)
        self.overall_spin.setSuffix(translate("Settings", " kB/s"))
        self.overall_spin.setSpecialValueText(translate("Settings", "Unlimited"))
        self.overall_spin.setToolTip(
            translate(
                "Settings",
                "Maximum speed of all downloads together, shared among them; the tray's "
                "Limit Speed switches it on and off",
            )
        )
        self.attempts_spin = QSpinBox(self)
        self.attempts_spin.setRange(1, 100)
        self.attempts_spin.setToolTip(
            translate(
                "Settings",
                "How often a download is tried before it is marked as failed "
                "(only for network trouble; a missing video fails at once)",
            )
        )
        for spin in (
            self.concurrent_spin,
            self.connections_spin,
            self.rate_spin,
            self.attempts_spin,
        ):
            spin.setMinimumWidth(140)
        self.preset_combo = QComboBox(self)
        for preset in FormatPreset:
            self.preset_combo.addItem(preset.label, preset.value)  # translated by core/i18n.py

        self.template_edit = QLineEdit(self)
        self.template_edit.setObjectName("nameTemplate")
        self.template_edit.textChanged.connect(self._update_preview)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("namePreview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fields = ", ".join(
            f"<nobr>{name}</nobr>" for name in ("%(title)s", "%(uploader)s", "%(upload_date)s")
        )
        self.template_help = template_help = QLabel(
            translate(
                "Settings",
                "Use fields such as {fields} or <nobr>%(id)s</nobr>; the extension is added.",
            ).format(fields=fields),
            self,
        )
        template_help.setTextFormat(Qt.TextFormat.RichText)
        template_help.setObjectName("templateHelp")
        template_help.setWordWrap(True)
        # Full text colour: disabled grey is too faint to read comfortably.
        template_help.setForegroundRole(QPalette.ColorRole.WindowText)

        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(0, 3650)
        self.keep_spin.setMinimumWidth(140)
        self.keep_spin.setSuffix(translate("Settings", " days"))
        self.keep_spin.setSpecialValueText(translate("Settings", "Never"))
        self.keep_spin.setToolTip(
            translate(
                "Settings",
                "Finished downloads older than this leave the list at the next start. "
                "Their files are kept.",
            )
        )
        self.notify_check = QCheckBox(
            translate("Settings", "Notify when downloads finish or fail"), self
        )
        self.tray_check = QCheckBox(
            translate("Settings", "Keep running in the system tray when the window closes"), self
        )
        self.login_check = QCheckBox(translate("Settings", "Start MediaDesk when I log in"), self)
        self.ask_playlist_check = QCheckBox(
            translate(
                "Settings",
                "Ask which items to download for playlists sent from the browser or dropped",
            ),
            self,
        )
        self.ask_playlist_check.setToolTip(
            translate(
                "Settings",
                "Off: every item not downloaded yet is queued. Playlists added from the link "
                "field always ask.",
            )
        )
        self.login_check.setToolTip(
            translate(
                "Settings",
                "Starts hidden in the system tray (or minimized) and continues unfinished "
                "downloads",
            )
        )

        form = QFormLayout()
        # Text fields stretch; numbers and choices keep a sensible width.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(translate("Settings", "Download folder:"), folder_row)
        form.addRow("", self.folder_problem_label)
        form.addRow(translate("Settings", "Downloads at once:"), self.concurrent_spin)
        form.addRow(translate("Settings", "Connections per download:"), self.connections_spin)
        form.addRow(translate("Settings", "Speed limit per download:"), self.rate_spin)
        form.addRow(translate("Settings", "Speed limit overall:"), self.overall_spin)
        form.addRow(translate("Settings", "Attempts per download:"), self.attempts_spin)
        form.addRow(translate("Settings", "Default format:"), self.preset_combo)
        form.addRow(translate("Settings", "Language:"), self._language_row())
        form.addRow(translate("Settings", "File name:"), self.template_edit)
        form.addRow("", self.preview_label)
        form.addRow("", template_help)
        form.addRow(translate("Settings", "Remove finished from list after:"), self.keep_spin)
        form.addRow("", self.notify_check)
        form.addRow("", self.tray_check)
        form.addRow("", self.login_check)
        form.addRow("", self.ask_playlist_check)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)

        for label in (self.folder_problem_label, self.preview_label, template_help):
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.network)
        layout.addWidget(self.buttons)
        self._load(settings)
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _language_row(self) -> QWidget:
        """The interface language (each in its own words) and when a change takes effect."""
        row = QWidget(self)
        self.language_combo = QComboBox(row)
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name or system_default_label(), code)
        note = QLabel(translate("Settings", "Applies the next time MediaDesk starts."), row)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.language_combo)
        layout.addWidget(note, 1)
        return row

    # -- values -------------------------------------------------------------------------------

    def _load(self, settings: Settings) -> None:
        self.folder_edit.setText(settings.download_dir)
        self._clear_folder_problem()
        self.concurrent_spin.setValue(settings.max_concurrent)
        self.connections_spin.setValue(settings.connections_per_download)
        self.rate_spin.setValue(round(settings.rate_limit / KB))
        self.overall_spin.setValue(round(settings.overall_rate_limit / KB))
        self.attempts_spin.setValue(settings.max_attempts)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(settings.default_preset.value))
        self.template_edit.setText(settings.name_template)
        self.keep_spin.setValue(settings.remove_finished_after_days)
        self.notify_check.setChecked(settings.notifications)
        self.tray_check.setChecked(settings.close_to_tray)
        self.login_check.setChecked(settings.start_at_login)
        self.ask_playlist_check.setChecked(settings.ask_for_playlist_items_on_handoff)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        password = self._proxy_secret.read() if settings.proxy else ""
        self.network.load(settings, password)
        self._update_preview()

    def result_settings(self) -> Settings:
        """The edited settings (unchanged fields keep their exact old values)."""
        old = self._settings
        rate = self.rate_spin.value() * KB
        if self.rate_spin.value() == round(old.rate_limit / KB):
            rate = old.rate_limit
        overall = self.overall_spin.value() * KB
        if self.overall_spin.value() == round(old.overall_rate_limit / KB):
            overall = old.overall_rate_limit
        return self.network.apply(
            replace(
                old,
                download_dir=str(Path(self.folder_edit.text().strip()).expanduser()),
                max_concurrent=self.concurrent_spin.value(),
                connections_per_download=self.connections_spin.value(),
                rate_limit=rate,
                overall_rate_limit=overall,
                max_attempts=self.attempts_spin.value(),
                default_preset=FormatPreset(self.preset_combo.currentData()),
                name_template=self.template_edit.text(),
                remove_finished_after_days=self.keep_spin.value(),
                notifications=self.notify_check.isChecked(),
                close_to_tray=self.tray_check.isChecked(),
                start_at_login=self.login_check.isChecked(),
                ask_for_playlist_items_on_handoff=self.ask_playlist_check.isChecked(),
                language=self.language_combo.currentData(),
            )
        ).validated()

    @Slot()
    def restore_defaults(self) -> None:
        self._load(Settings(download_dir=self._default_dir))

    # -- checks -------------------------------------------------------------------------------

    def folder_problem(self) -> str | None:
        """Why the folder in the field cannot hold downloads, shown under it."""
        problem = folder_problem(self.folder_edit.text().strip())
        self.folder_problem_label.setText(problem or "")
        self.folder_problem_label.setVisible(bool(problem))
        return problem

    @Slot()
    def _check_folder(self) -> None:
        self.folder_problem()

    @Slot()
    def _clear_folder_problem(self) -> None:
        self.folder_problem_label.clear()
        self.folder_problem_label.hide()

    @Slot()
    def _browse(self) -> None:
        chosen = self._choose_folder(self, self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)
            self.folder_problem()

    @Slot()
    def _update_preview(self) -> None:
        """Ask for the template's example name; "…" until the worker answers."""
        self._accept_when_checked = False
        self._ok_button().setEnabled(True)  # OK while pending waits for the answer
        self.preview_label.setText(translate("Settings", "Example: …"))
        self._previews.request(self.template_edit.text())

    @Slot(str, object)
    def _show_preview(self, template: str, preview: NamePreview) -> None:
        if template != self.template_edit.text():
            return
        self._ok_button().setEnabled(preview.ok)
        if not preview.ok:
            self._accept_when_checked = False
            self.preview_label.setText(
                f"<span style='color:{ERROR_COLOR}'>{html.escape(preview.problem)}</span>"
            )
            return
        lines = (
            [
                translate("Settings", "Example: <b>{name}</b>").format(
                    name=html.escape(preview.file_name)
                )
            ]
            if preview.file_name
            else []
        )
        if preview.note:
            lines.append(f"<i>{html.escape(preview.note)}</i>")
        self.preview_label.setText("<br>".join(lines))
        if self._accept_when_checked:
            self._accept_when_checked = False
            self.accept()

    def preview_text(self) -> str:
        return self.preview_label.text()

    def preview_pending(self) -> bool:
        return self._previews.pending()

    def _ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def accept(self) -> None:
        """Refuse to close on an unusable folder or template; say why next to the field.
        A template still being checked closes the dialog once the check passes; one left as
        it was (already in use) needs no check."""
        if self.folder_problem() is not None:
            self.folder_edit.setFocus()
            return
        template = self.template_edit.text()
        preview = self._previews.known(template)
        if preview is None and template != self._settings.name_template:
            self._accept_when_checked = True
            return
        if preview is not None and not preview.ok:
            self.template_edit.setFocus()
            return
        if self.network.problem() is not None or not self._save_proxy_password():
            return
        super().accept()

    def _save_proxy_password(self) -> bool:
        """The proxy password goes to its private file, never into Settings."""
        address, password = self.network.proxy()
        try:
            self._proxy_secret.write(password if address else "")
        except OSError as exc:
            self.network.problem_label.setText(
                translate("Settings", "Could not store the proxy password: {exc}").format(exc=exc)
            )
            self.network.problem_label.show()
            return False
        return True

    def show_network(self) -> None:
        """Bring the Network settings into view (a failure's "Cookie Settings…" button)."""
        self.network.cookie_combo.setFocus()

    def done(self, result: int) -> None:
        self._previews.close()
        super().done(result)


def _problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("folderProblem")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOR};")
    label.hide()
    return label
