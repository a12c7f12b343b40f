"""The real app started under a locale: German and Spanish from LANG (MediaDesk's words and
Qt's own standard buttons), the Settings' language over the system's, and a mirrored
window for Arabic, Hebrew and Qt's ``-reverse`` (tests/support/language_probe.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mediadesk.core import paths
from mediadesk.store.sqlite_store import SqliteJobStore

REPO = Path(__file__).resolve().parents[2]


def start(lang: str, *qt_args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG=lang)
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.language_probe", *qt_args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_german_system_shows_german_words_and_german_qt_buttons() -> None:
    seen = start("de_DE.UTF-8")
    assert seen["menus"] == ["&Datei", "Down&loads", "&Ansicht", "&Hilfe"]
    assert seen["columns"][:3] == ["Titel", "Status", "Fortschritt"]
    assert seen["status"] == "Keine Downloads"
    assert seen["cancel"] == "Abbrechen"  # qtbase_de.qm from Qt's translations
    assert seen["window_direction"] == "LeftToRight"


@pytest.mark.slow
def test_spanish_system_shows_spanish() -> None:
    seen = start("es_ES.UTF-8")
    assert seen["menus"][0] == "&Archivo" and seen["columns"][0] == "Título"
    assert seen["cancel"] == "Cancelar"


@pytest.mark.slow
def test_the_settings_language_wins_over_the_system() -> None:
    store = SqliteJobStore.open(paths.database_path())
    store.save_settings({"language": "es"})
    store.close()
    assert start("de_DE.UTF-8")["menus"][0] == "&Archivo"
    store = SqliteJobStore.open(paths.database_path())
    store.save_settings({"language": "en"})
    store.close()
    seen = start("de_DE.UTF-8")
    assert seen["menus"][0] == "&File" and seen["status"] == "No downloads"


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["ar_EG.UTF-8", "he_IL.UTF-8"])
def test_right_to_left_locales_mirror_the_window(lang: str) -> None:
    seen = start(lang)
    assert seen["visible"]
    assert seen["app_direction"] == "RightToLeft"
    assert seen["window_direction"] == "RightToLeft"
    assert seen["cancel"] != "Cancel"  # Qt's own Arabic / Hebrew buttons


@pytest.mark.slow
def test_reverse_mirrors_an_english_window() -> None:
    seen = start("C", "-reverse")
    assert seen["window_direction"] == "RightToLeft" and seen["menus"][0] == "&File"
    assert start("C")["window_direction"] == "LeftToRight"
