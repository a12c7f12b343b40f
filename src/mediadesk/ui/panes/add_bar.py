"""The add bar: paste one or many links, pick a format and a folder, press Enter.

It only gathers input; the window hands it to the engine and reports the outcome in the
message area, so drops, pastes and the bar all go through the same path.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFontMetrics, QGuiApplication, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from mediadesk.core.folders import folder_problem
from mediadesk.core.job import FormatPreset
from mediadesk.core.settings import Settings
from mediadesk.ui.i18n import translate

#: The most text the field takes (about 50,000 links). More is refused whole, never cut: a cut
#: list would queue a fragment such as ``http://127`` and silently drop the rest.
MAX_FIELD_CHARS = 2_000_000
# QLineEdit's default maxLength (32,767) truncates silently; the limit is ours instead.
_NO_QT_LIMIT = 2**31 - 1

#: Asks the user for a folder, starting at the given one; None when they cancel.
FolderChooser = Callable[[QWidget, str], str | None]


def ask_for_folder(parent: QWidget, start: str) -> str | None:
    folder = QFileDialog.getExistingDirectory(
        parent, translate("AddBar", "Save downloads in"), start
    )
    return folder or None


class UrlField(QLineEdit):
    """A one-line field that keeps pasted lists of links readable (newlines become spaces).

    Text is taken whole or refused whole: beyond MAX_FIELD_CHARS the field keeps what it had
    and ``refused`` says why.
    """

    #: Why a paste was not taken, in plain words.
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            translate("AddBar", "Paste links to videos or audio — one or many, any separator")
        )
        self.setClearButtonEnabled(True)
        self.setAcceptDrops(False)  # a drop anywhere on the window queues at once
        self.setMaxLength(_NO_QT_LIMIT)
        self._accepted = ""
        self.textChanged.connect(self._flatten)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Check a keyboard paste before the field lays out megabytes only to give them back.
        if event.matches(QKeySequence.StandardKey.Paste):
            pasted = QGuiApplication.clipboard().text()
            if self._refuse(len(self.text()) - len(self.selectedText()) + len(pasted)):
                event.accept()
                return
        super().keyPressEvent(event)

    def _refuse(self, length: int) -> bool:
        if length <= MAX_FIELD_CHARS:
            return False
        self.refused.emit(
            translate(
                "AddBar",
                "That is too much text for the add bar ({length:,} characters; it "
                "takes up to {limit:,}). Nothing was added from it: paste "
                "the links in parts.",
            ).format(length=length, limit=MAX_FIELD_CHARS)
        )
        return True

    @Slot(str)
    def _flatten(self, text: str) -> None:
        # Pastes from the context menu or the mouse selection arrive here, already inserted.
        if len(text) > MAX_FIELD_CHARS and self._refuse(len(text)):
            self.setText(self._accepted)
            return
        self._accepted = text
        if any(ch in text for ch in "\r\n\t"):
            cursor = self.cursorPosition()
            self.setText(" ".join(text.split()) + (" " if text[-1:].isspace() else ""))
            self.setCursorPosition(min(cursor, len(self.text())))


class AddBar(QWidget):
    """Link field, format preset, destination folder and an Add button."""

    #: text, preset, output folder
    addRequested = Signal(str, object, str)
    #: Why a chosen folder cannot be used, in plain words.
    folderRefused = Signal(str)
    #: Why pasted text was not taken (too long), in plain words.
    inputRefused = Signal(str)
    #: text, output folder: look at the first link and choose what to download (Choose…)
    chooseRequested = Signal(str, str)

    def __init__(
        self,
        settings: Settings,
        *,
        folder_icon: QIcon | None = None,
        choose_folder: FolderChooser = ask_for_folder,
        can_choose: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._choose_folder = choose_folder
        self._folder = settings.download_dir
        self._folder_is_custom = False
        self._preset_is_custom = False

        self.field = UrlField(self)
        self.field.returnPressed.connect(self.submit)
        self.field.refused.connect(self.inputRefused)
        self.preset_combo = QComboBox(self)
        self.preset_combo.setToolTip(translate("AddBar", "Format: what to download from each link"))
        for preset in FormatPreset:
            self.preset_combo.addItem(preset.label, preset.value)  # translated by core/i18n.py
        self._select_preset(settings.default_preset)
        self.preset_combo.activated.connect(self._on_preset_chosen)
        self.folder_button = QPushButton(self)
        self.folder_button.setObjectName("folderButton")
        if folder_icon is not None:
            self.folder_button.setIcon(folder_icon)
        self.folder_button.clicked.connect(self.choose_folder)
        self.add_button = QPushButton(translate("AddBar", "Add"), self)
        self.add_button.setDefault(True)
        self.add_button.setToolTip(translate("AddBar", "Queue every link in the field (Enter)"))
        self.add_button.clicked.connect(self.submit)
        self.choose_button = QPushButton(translate("AddBar", "Choose…"), self)
        self.choose_button.setObjectName("chooseButton")
        self.choose_button.setToolTip(
            translate(
                "AddBar", "Look at the first link and choose quality, audio, subtitles and more"
            )
        )
        self.choose_button.clicked.connect(self.request_choice)
        self.choose_button.setVisible(can_choose)  # only when the window can probe links
        self.field.setAccessibleName(translate("AddBar", "Addresses to download"))
        self.field.setAccessibleDescription(
            translate("AddBar", "One or many web addresses; Enter adds them")
        )
        self.preset_combo.setAccessibleName(translate("AddBar", "Format"))
        self.add_button.setAccessibleName(translate("AddBar", "Add"))
        self.add_button.setAccessibleDescription(
            translate("AddBar", "Queue every address in the field")
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.preset_combo)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.add_button)
        self._show_folder()

    # -- values -------------------------------------------------------------------------------

    def preset(self) -> FormatPreset:
        return FormatPreset(self.preset_combo.currentData())

    def folder(self) -> str:
        return self._folder

    def set_preset(self, preset: FormatPreset) -> None:
        self._select_preset(preset)
        self._preset_is_custom = True

    def set_folder(self, path: str) -> str | None:
        """Use ``path`` for new downloads if files can be saved there; else say why not."""
        problem = folder_problem(path)
        if problem is not None:
            self.folderRefused.emit(problem)
            return problem
        self._folder = str(Path(path).expanduser())
        self._folder_is_custom = True
        self._show_folder()
        return None

    def apply_settings(self, settings: Settings) -> None:
        """Follow the defaults unless the user picked something else in this session."""
        if not self._preset_is_custom:
            self._select_preset(settings.default_preset)
        if not self._folder_is_custom:
            self._folder = settings.download_dir
            self._show_folder()

    # -- behaviour ----------------------------------------------------------------------------

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def clear_text(self) -> None:
        self.field.clear()

    @Slot()
    def submit(self) -> None:
        text = self.field.text()
        if text.strip():
            self.addRequested.emit(text, self.preset(), self._folder)

    @Slot()
    def request_choice(self) -> None:
        text = self.field.text()
        if text.strip():
            self.chooseRequested.emit(text, self._folder)

    @Slot()
    def choose_folder(self) -> None:
        chosen = self._choose_folder(self, self._folder)
        if chosen:
            self.set_folder(chosen)

    @Slot(int)
    def _on_preset_chosen(self, _index: int) -> None:
        self._preset_is_custom = True

    def _select_preset(self, preset: FormatPreset) -> None:
        index = self.preset_combo.findData(preset.value)
        if index >= 0:
            self.preset_combo.setCurrentIndex(index)

    def _show_folder(self) -> None:
        path = Path(self._folder).expanduser()
        name = path.name or str(path)
        metrics = QFontMetrics(self.folder_button.font())
        self.folder_button.setText(metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, 160))
        self.folder_button.setToolTip(
            translate(
                "AddBar", "Save new downloads in:\n{path}\n\nClick to choose a folder"
            ).format(path=path)
        )
        self.folder_button.setAccessibleName(
            translate("AddBar", "Download folder: {name}").format(name=name)
        )
        self.folder_button.setAccessibleDescription(
            translate("AddBar", "New downloads are saved in {path}").format(path=path)
        )
