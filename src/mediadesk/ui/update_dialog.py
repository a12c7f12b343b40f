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
from mediadesk.ui.support_services import SupportServices, record_check
from mediadesk.updates.pip_index import is_newer
from mediadesk.updates.updater import Installed, UpdateResult

CHECKING = "checking…"


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
        self.setWindowTitle("Update yt-dlp")
        self._engine = engine
        self._services = services
        self._background = background
        self._installed: Installed | None = None
        self._available: str | None = None
        self._working = False

        self.installed_label = QLabel(CHECKING, self)
        self.available_label = QLabel(CHECKING, self)
        self.status_label = QLabel("", self)
        self.status_label.setWordWrap(True)
        self.status_label.setObjectName("updateStatus")
        self.weekly_box = QCheckBox("Check for a newer yt-dlp once a &week (never installs)", self)
        self.weekly_box.setChecked(engine.settings.check_ytdlp_updates)
        self.weekly_box.toggled.connect(self._set_weekly)
        form = QFormLayout()
        form.addRow("Installed:", self.installed_label)
        form.addRow("Available:", self.available_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.check_button = QPushButton("Check &Again", self)
        self.update_button = QPushButton("&Update", self)
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
        self._begin("Asking a worker and the package index…")
        self.installed_label.setText(CHECKING)
        self.available_label.setText(CHECKING)
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
        self._begin(f"Installing and checking yt-dlp {self._available}… (this can take a minute)")
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
            self._end(f"Could not check: {error}")
            return
        installed, available = result
        self._installed = installed
        self.installed_label.setText(describe_installed(installed))
        if isinstance(available, BaseException):
            self._available = None
            self.available_label.setText("unknown")
            self._end(str(available))
            return
        self._available = available
        self.available_label.setText(available)
        if is_newer(available, installed.version):
            self._end(f"yt-dlp {available} is available. Update installs it for new downloads.")
        else:
            self._end("MediaDesk uses the newest yt-dlp.")

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
        return f"not working ({installed.problem})" if installed.problem else "not working"
    return f"{installed.version} ({installed.origin})"
