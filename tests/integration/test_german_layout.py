"""German, the longest of the shipped languages, fits: offscreen, after layout, no toolbar
button, button, label, group title or column header of the main window (at its default
size) or of any dialog is narrower than its German text needs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QToolBar,
    QWidget,
)

from mediadesk.core.choice import DownloadChoice
from mediadesk.core.probe import Chapter, ProbeEntry, ProbeFormat, ProbeKind, ProbeResult
from mediadesk.core.settings import Settings
from mediadesk.ui.dialogs.choose_format import ChooseFormatDialog
from mediadesk.ui.dialogs.playlist_picker import PlaylistPicker
from mediadesk.ui.dialogs.schedule import ScheduleDialog
from mediadesk.ui.dialogs.settings import SettingsDialog
from mediadesk.ui.help_menu import install_help_menu
from mediadesk.ui.language import install_language, remove_language
from mediadesk.ui.support_services import default_services

SLACK = 1  # pixels of rounding


@pytest.fixture
def german(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("MEDIADESK_LANGUAGE", raising=False)  # restored after the test
    saved = QLocale()
    language = install_language(qapp, "de")
    assert language.translators, "mediadesk_de.qm was not built (pip install -e .)"
    yield
    remove_language(qapp)
    QLocale.setDefault(saved)


def _plain(text: str, rich: bool) -> str:
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(root: QWidget) -> list[str]:
    """Texts that do not fit the widget showing them (what a person would see cut off)."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() + SLACK < widget.sizeHint().width():
                problems.append(f"{name} {widget.text()!r}: {widget.width()} < hint")
        elif isinstance(widget, QComboBox) and widget.count():
            if widget.width() + SLACK < widget.minimumSizeHint().width():
                problems.append(f"{name} {widget.currentText()!r}: {widget.width()}")
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText
                and QtGui.Qt.mightBeRichText(widget.text())
            )
            metrics = widget.fontMetrics()
            needed = max(
                metrics.horizontalAdvance(line)
                for line in _plain(widget.text(), rich).splitlines() or [""]
            )
            if widget.contentsRect().width() + SLACK < needed:
                problems.append(f"{name} {widget.text()!r}: {widget.width()} < {needed}")
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(_plain(widget.title(), False))
            if widget.width() < needed:
                problems.append(f"{name} {widget.title()!r}")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            for section in range(widget.count()):
                if widget.isSectionHidden(section):
                    continue
                text = model.headerData(section, Qt.Orientation.Horizontal)
                if text and widget.sectionSize(section) + SLACK < (
                    widget.sectionSizeFromContents(section).width()
                ):
                    problems.append(f"column {text!r}: {widget.sectionSize(section)}")
        elif isinstance(widget, QToolBar):
            for action in widget.actions():
                button = widget.widgetForAction(action)
                if action.isVisible() and button is not None and not button.isVisible():
                    problems.append(f"toolbar {action.text()!r} is hidden in the overflow")
    return problems


def settle(widget: QWidget) -> None:
    widget.show()
    for _ in range(5):
        QCoreApplication.processEvents()


def test_the_check_sees_a_clipped_button(qtbot, german) -> None:
    dialog = QDialog()
    qtbot.add_widget(dialog)
    narrow = QPushButton("Die ausgewählten Downloads fortsetzen", dialog)
    narrow.setFixedWidth(40)
    settle(dialog)
    assert any("fortsetzen" in p for p in clipped(dialog))


def test_the_main_window_in_german_at_its_default_size(
    qtbot, german, make_engine, open_window
) -> None:
    window = open_window(make_engine())
    assert window.menuBar().actions()[0].text() == "&Datei"
    settle(window)
    assert clipped(window) == []


@pytest.fixture
def settings(downloads: Path) -> Settings:
    return Settings(download_dir=str(downloads))


def test_settings_and_schedule_dialogs(qtbot, german, settings: Settings, downloads) -> None:
    dialogs = [
        SettingsDialog(settings, default_download_dir=str(downloads)),
        ScheduleDialog(replace(settings, schedule_enabled=True, alt_rate_enabled=True)),
    ]
    for dialog in dialogs:
        qtbot.add_widget(dialog)
        settle(dialog)
        assert clipped(dialog) == [], dialog.windowTitle()
    assert dialogs[0].windowTitle() == "Einstellungen"


def test_choose_format_and_playlist_dialogs(qtbot, german) -> None:
    single = ProbeResult(
        "http://127.0.0.1:9/v.mp4",
        ProbeKind.SINGLE,
        "Ein Video",
        formats=(ProbeFormat("22", "mp4", 1280, 720, vcodec="avc1", acodec="mp4a"),),
        subtitles=("de", "en"),
        automatic_captions=("fr",),
        chapters=(Chapter(0, 10, "Anfang"), Chapter(10, 20, "Ende")),
    )
    playlist = ProbeResult(
        "http://127.0.0.1:9/list.rss",
        ProbeKind.PLAYLIST,
        "Eine Playlist",
        entries=tuple(ProbeEntry(f"http://127.0.0.1:9/{n}.mp4", f"Folge {n}") for n in range(5)),
    )
    dialogs = [
        ChooseFormatDialog(single, DownloadChoice()),
        ChooseFormatDialog(playlist, DownloadChoice(audio_only=True)),
        PlaylistPicker(playlist, lambda entry: entry.title.endswith("2")),
    ]
    for dialog in dialogs:
        qtbot.add_widget(dialog)
        settle(dialog)
        assert clipped(dialog) == [], dialog.windowTitle()


def test_update_and_diagnostics_dialogs(
    qtbot, german, make_engine, open_window, tmp_path: Path
) -> None:
    engine = make_engine()
    window = open_window(engine)
    services = replace(
        default_services(), available_ytdlp=lambda: "2099.1.1", stamp_path=tmp_path / "stamp"
    )
    menu = install_help_menu(window, engine, services)
    update = menu.show_update()
    qtbot.waitUntil(lambda: not update.working, timeout=60000)
    diagnostics = menu.show_diagnostics()
    for dialog in (update, diagnostics):
        settle(dialog)
        assert clipped(dialog) == [], dialog.windowTitle()
