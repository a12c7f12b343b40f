"""Help ▸ Diagnostics: the same report as ``mediadesk --diagnostics``, selectable and copyable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediadesk.ui.background import Background
from mediadesk.ui.i18n import QT_TRANSLATE_NOOP, translate

GATHERING = QT_TRANSLATE_NOOP("Diagnostics", "Gathering versions and paths…")


class DiagnosticsDialog(QDialog):
    def __init__(
        self,
        gather: Callable[[], dict[str, Any]],
        render: Callable[[dict[str, Any]], str],
        background: Background,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsDialog")
        self.setWindowTitle(
            translate("Diagnostics", "Diagnostics")
        )  # the desktop adds " — MediaDesk"
        self._render = render
        self.text = QPlainTextEdit(translate("Diagnostics", GATHERING), self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(translate("Diagnostics", "&Copy"), self)
        self.copy_button.setEnabled(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(760, 340)
        background.run(gather, self._show)

    def report(self) -> str:
        return self.text.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report())

    def _show(self, report: dict[str, Any] | None, error: BaseException | None) -> None:
        if error is not None or report is None:
            self.text.setPlainText(
                translate("Diagnostics", "Could not gather the report: {error}").format(error=error)
            )
        else:
            self.text.setPlainText(self._render(report))
        self.copy_button.setEnabled(True)
