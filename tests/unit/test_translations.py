"""The shipped translations: every string the code marks for translation is in each .ts file
with a finished translation (plurals with every form) whose placeholders match the source,
and the build's pure-Python compiler writes .qm files Qt loads and lrelease agrees with.

After adding strings: ``.venv/bin/python packaging/update_translations.py``, translate the
new entries, run this file (README "Translating MediaDesk").
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "src" / "mediadesk"
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("de", "es")
MARKERS = ("translate", "QT_TRANSLATE_NOOP")


def _load(name: str, path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


ts_to_qm = _load("ts_to_qm", REPO / "packaging" / "ts_to_qm.py")


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def marked_strings() -> dict[tuple[str, str], bool]:
    """(context, source) -> is a plural, for every literal translate()/NOOP call."""
    found: dict[tuple[str, str], bool] = {}
    for path in sorted(SOURCES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _call_name(node) in MARKERS:
                context, text = node.args[0], node.args[1]
                if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                    key = (context.value, text.value)
                    found[key] = found.get(key, False) or len(node.args) >= 4
    return found


def ts_messages(language: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(TRANSLATIONS / f"mediadesk_{language}.ts").getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


_PLACEHOLDER = re.compile(r"%L?\d|%n|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def test_the_code_marks_hundreds_of_strings_and_plurals() -> None:
    strings = marked_strings()
    assert len(strings) > 400
    assert sum(strings.values()) > 30


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_string_is_in_the_ts_file(language: str) -> None:
    """Fails when a new string was added without running packaging/update_translations.py."""
    missing = set(marked_strings()) - set(ts_messages(language))
    assert not missing, f"run packaging/update_translations.py: {sorted(missing)[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_has_a_finished_translation_with_the_same_placeholders(
    language: str,
) -> None:
    plurals = marked_strings()
    problems = []
    for (context, source), message in ts_messages(language).items():
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if plurals.get((context, source)):
            if message.get("numerus") != "yes" or len(forms) != 2:
                problems.append(f"{context}: {source!r} needs two plural forms")
                continue
        else:
            forms = forms or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        for form in forms:
            if not form.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            elif placeholders(form) != placeholders(source):
                problems.append(f"{context}: {source!r} -> {form!r}: placeholders differ")
            elif source.count("&") - source.count("&&") > 0 and "&" not in form:
                problems.append(f"{context}: {source!r} -> {form!r}: lost its accelerator")
    assert not problems, "\n".join(problems)


def test_placeholder_check_sees_renamed_and_missing_placeholders() -> None:
    assert placeholders("Saved in {folder} at %1") == placeholders("%1: in {folder} gespeichert")
    assert placeholders("{done} of %n") != placeholders("{fertig} von %n")
    assert placeholders("{delay:.0f} s") == placeholders("{delay:.0f} s")
    assert placeholders("%n items") != placeholders("Einträge")


def _compiled(language: str, tmp_path: Path) -> Path:
    target = tmp_path / f"mediadesk_{language}.qm"
    ts_to_qm.compile_ts(TRANSLATIONS / f"mediadesk_{language}.ts", target)
    return target


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_file_loads_in_qt_and_translates_plurals(
    qapp, language: str, tmp_path: Path
) -> None:
    translator = QTranslator()
    assert translator.load(str(_compiled(language, tmp_path)))
    assert translator.language() == language
    one = translator.translate("Cells", "%n item(s)", None, 1)
    many = translator.translate("Cells", "%n item(s)", None, 5)
    assert one and many and one != many
    title = translator.translate("Column", "Title")
    assert title == {"de": "Titel", "es": "Título"}[language]
    # Through the application, as the window asks for it.
    QCoreApplication.installTranslator(translator)
    try:
        from mediadesk.ui.i18n import translate

        assert translate("Column", "Time left") != "Time left"
        assert translate("Cells", "%n item(s)", None, 5) == many.replace("%n", "5")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_compiler_skips_unfinished_and_refuses_unknown_languages(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>C</name>"
        "<message><source>Done</source><translation>Fertig</translation></message>"
        '<message><source>Open</source><translation type="unfinished">Auf</translation>'
        "</message></context></TS>",
        encoding="utf-8",
    )
    assert ts_to_qm.compile_ts(ts, tmp_path / "x.qm") == 1
    translator = QTranslator()
    assert translator.load(str(tmp_path / "x.qm"))
    assert translator.translate("C", "Done") == "Fertig"
    assert translator.translate("C", "Open") == ""
    ts.write_text(ts.read_text().replace('language="de"', 'language="xx"'), encoding="utf-8")
    with pytest.raises(ts_to_qm.TsError):
        ts_to_qm.compile_ts(ts, tmp_path / "y.qm")


def test_the_install_built_the_qm_files_the_app_loads() -> None:
    """pip install -e . ran setup.py's build step: the .qm files are where the app looks."""
    from mediadesk.ui.language import translations_dir

    for language in LANGUAGES:
        assert (translations_dir() / f"mediadesk_{language}.qm").is_file()


def test_english_plurals_need_no_translation() -> None:
    from mediadesk.core.i18n import translate

    assert translate("X", "%n download(s)", None, 1) == "1 download"
    assert translate("X", "Copied %n address(es).", None, 3) == "Copied 3 addresses."
    assert translate("X", "&Show Existing File(s)", None, 2) == "&Show Existing Files"
