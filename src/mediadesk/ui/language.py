"""The interface language: MediaDesk's translations plus Qt's own (standard buttons and
dialogs), chosen from the system locale or the Settings override, and the layout direction
that goes with it (right to left for Arabic, Hebrew, ...)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from mediadesk.core.qm_catalog import ENV as LANGUAGE_ENV

translate = QCoreApplication.translate

#: Settings value -> the language's own name; "" follows the system.
LANGUAGES: dict[str, str] = {"": "", "en": "English", "de": "Deutsch", "es": "Español"}


def system_default_label() -> str:
    return translate("Language", "System default")


def translations_dir() -> Path:
    """Where the build put mediadesk_<lang>.qm (see setup.py; not in the repository)."""
    return Path(str(resources.files("mediadesk.resources") / "translations"))


def qt_translations_dirs() -> list[Path]:
    """Qt's own qtbase_<lang>.qm: the library's folder (a frozen bundle keeps them under
    PySide6/Qt/translations beside the executable)."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        folders.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    except (ImportError, TypeError):
        pass
    return folders


def locale_for(setting: str) -> QLocale:
    """The locale a Settings value stands for; "" (or anything unknown) is the system's."""
    if setting and setting in LANGUAGES:
        return QLocale(setting)
    return QLocale.system()


@dataclass
class InstalledLanguage:
    locale: QLocale
    translators: list[QTranslator]


_installed: list[QTranslator] = []


def install_language(
    app: QCoreApplication, setting: str = "", *, force_reverse: bool = False
) -> InstalledLanguage:
    """Replace the installed translators with the ones for ``setting`` and set the locale
    and layout direction. Safe to call again (the previous translators are removed)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = locale_for(setting)
    QLocale.setDefault(locale)
    # Workers write failure sentences the window shows: they read this (core/qm_catalog.py).
    os.environ[LANGUAGE_ENV] = locale.name()
    own = QTranslator()  # kept alive by _installed while installed
    if own.load(locale, "mediadesk", "_", str(translations_dir())):
        _installed.append(own)
    for folder in qt_translations_dirs():
        qt = QTranslator()
        if qt.load(locale, "qtbase", "_", str(folder)):
            _installed.append(qt)
            break
    for translator in _installed:
        app.installTranslator(translator)
    # Installing a translator makes Qt guess the direction from its own strings; the locale
    # knows better (no MediaDesk translation for Arabic still mirrors the layout), and
    # "-reverse" on the command line always wins.
    if isinstance(app, QGuiApplication):
        rtl = force_reverse or locale.textDirection() == Qt.LayoutDirection.RightToLeft
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    return InstalledLanguage(locale, list(_installed))


def remove_language(app: QCoreApplication) -> None:
    """Take out what :func:`install_language` put in (tests switch languages in-process)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    os.environ.pop(LANGUAGE_ENV, None)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
