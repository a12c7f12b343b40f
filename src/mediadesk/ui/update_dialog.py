"""Help ▸ Update yt-dlp…: installed vs available, install on request, the weekly check setting.

Installing happens only when the user presses Update; the version is health-checked in a
worker before any download uses it (updates/updater.py), and the dialog says what happened.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediadesk.engine.engine import JobEngine
from mediadesk.ui.background import Background
from mediadesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mediadesk.ui.support_services import SupportServices, record_check
from mediadesk.updates.pip_index import is_newer
from mediadesk.updates.updater import Installed, UpdateResult

CHECKING = QT_TRANSLATE_NOOP("UpdateDialog", "checking…")


class UpdateDialog(QDialog):
    def __init__(
        self,
        engine: JobEngine,
        services: SupportServices,
        background: Background,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("updateDialog")
        self.setWindowTitle(translate("UpdateDialog", "Update yt-dlp"))
        self._engine = engine
        self._services = services
        self._background = background
        self._installed: Installed | None = None
        self._available: str | None = None
        self._working = False

        self.installed_label = QLabel(translate("UpdateDialog", CHECKING), self)
        self.available_label = QLabel(translate("UpdateDialog", CHECKING), self)
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("updateStatus")
        self.weekly_box = QCheckBox(
            translate("UpdateDialog", "Check for a newer yt-dlp once a &week (never installs)"),
            self,
        )
        self.weekly_box.setChecked(engine.settings.check_ytdlp_updates)
        self.weekly_box.toggled.connect(self._set_weekly)
        form = QFormLayout()
        form.addRow(translate("UpdateDialog", "Installed:"), self.installed_label)
        form.addRow(translate("UpdateDialog", "Available:"), self.available_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.check_button = QPushButton(translate("UpdateDialog", "Check &Again"), self)
        self.update_button = QPushButton(translate("UpdateDialog", "&Update"), self)
        self.update_button.setEnabled(False)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.update_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(self.check)
        self.update_button.clicked.connect(self.install)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.weekly_box)
        layout.addWidget(buttons)
        self.resize(520, 200)

    @property
    def working(self) -> bool:
        return self._working

    def check(self) -> None:
        if self._working:
            return
        self._begin(translate("UpdateDialog", "Asking a worker and the package index…"))
        self.installed_label.setText(translate("UpdateDialog", CHECKING))
        self.available_label.setText(translate("UpdateDialog", CHECKING))
        services = self._services

        def both() -> tuple[Installed, str | BaseException]:
            installed = services.installed_ytdlp()
            try:
                available: str | BaseException = services.available_ytdlp()
                record_check(services.stamp_path)
            except Exception as exc:  # shown in the dialog; the installed part still counts
                available = exc
            return installed, available

        self._background.run(both, self._checked)

    def install(self) -> None:
        if self._working or not self._available:
            return
        self._begin(
            translate(
                "UpdateDialog",
                "Installing and checking yt-dlp {available}… (this can take a minute)",
            ).format(available=self._available)
        )
        self._background.run(self._services.update_ytdlp, self._installed_update)

    # -- results, in the GUI thread ----------------------------------------------------------

    def _begin(self, text: str) -> None:
        self._working = True
        self.status_label.setText(text)
        self.check_button.setEnabled(False)
        self.update_button.setEnabled(False)

    def _end(self, text: str) -> None:
        self._working = False
        self.status_label.setText(text)
        self.check_button.setEnabled(True)
        newer = bool(
            self._available
            and self._installed
            and is_newer(self._available, self._installed.version)
        )
        self.update_button.setEnabled(newer)

    def _checked(self, result: Any, error: BaseException | None) -> None:
        if error is not None or result is None:
            self._end(translate("UpdateDialog", "Could not check: {error}").format(error=error))
            return
        installed, available = result
        self._installed = installed
        self.installed_label.setText(describe_installed(installed))
        if isinstance(available, BaseException):
            self._available = None
            self.available_label.setText(translate("UpdateDialog", "unknown"))
            self._end(str(available))
            return
        self._available = available
        self.available_label.setText(available)
        if is_newer(available, installed.version):
            self._end(
                translate(
                    "UpdateDialog",
                    "yt-dlp {available} is available. Update installs it for new downloads.",
                ).format(available=available)
            )
        else:
            self._end(translate("UpdateDialog", "MediaDesk uses the newest yt-dlp."))

    def _installed_update(self, result: UpdateResult | None, error: BaseException | None) -> None:
        message = str(error) if error is not None or result is None else result.message
        if result is not None and result.installed:
            origin = "updated" if result.ok and result.available == result.installed else None
            current = self._installed
            self._installed = Installed(
                result.installed, origin or (current.origin if current else "bundled")
            )
            self.installed_label.setText(describe_installed(self._installed))
        self._end(message)

    def _set_weekly(self, on: bool) -> None:
        self._engine.update_settings(replace(self._engine.settings, check_ytdlp_updates=on))


def describe_installed(installed: Installed) -> str:
    if installed.version is None:
        if installed.problem:
            return translate("UpdateDialog", "not working ({problem})").format(
                problem=installed.problem
            )
        return translate("UpdateDialog", "not working")
    origin = translate("UpdateDialog", _ORIGINS.get(installed.origin, installed.origin))
    return f"{installed.version} ({origin})"


_ORIGINS = {
    "bundled": QT_TRANSLATE_NOOP("UpdateDialog", "bundled"),
    "updated": QT_TRANSLATE_NOOP("UpdateDialog", "updated"),
}
