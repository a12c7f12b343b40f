"""Collect every translate()/QT_TRANSLATE_NOOP string into resources/translations/*.ts
(pyside6-lupdate, from the project's environment) and say what still needs translating.

    .venv/bin/python packaging/update_translations.py          # update the .ts files
    .venv/bin/python packaging/update_translations.py --check  # only report, exit 1 if open

New strings arrive as type="unfinished"; translate them in Qt Linguist
(``pyside6-linguist resources/translations/mediadesk_de.ts``) or any editor, then
tests/unit/test_translations.py checks them. The install compiles the .ts (setup.py).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "mediadesk"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "es")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"mediadesk_{language}.ts"


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate")
    )
    if not Path(found).exists():
        raise SystemExit("pyside6-lupdate not found: install MediaDesk's environment first")
    return found


def _plural_forms(path: Path) -> dict[tuple[str, str], tuple[list[str], str | None]]:
    """The plural translations already in a .ts file and their type ("unfinished" or
    None for finished), by (context, source)."""
    if not path.exists():
        return {}
    forms = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found = [f.text or "" for f in message.iter("numerusform")]
            if found:
                kind = message.find("translation").get("type")
                forms[(name, message.findtext("source") or "")] = (found, kind)
    return forms


def plural_sources() -> set[tuple[str, str]]:
    """(context, source) of every ``translate(context, text, disambiguation, n)`` call."""
    found = set()
    for path in SOURCES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "translate"
                and len(node.args) + len(node.keywords) >= 4
                and all(isinstance(a, ast.Constant) for a in node.args[:2])
            ):
                found.add((node.args[0].value, node.args[1].value))
    return found


def mark_plurals(
    path: Path, previous: dict[tuple[str, str], tuple[list[str], str | None]], count: int
) -> None:
    """lupdate's Python reader only sees a plural when ``n`` is a number literal, so every
    translate() call with an ``n`` becomes a plural here, keeping its earlier forms."""
    plurals = plural_sources()
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if (name, source) not in plurals or message.get("numerus") == "yes":
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            old, kind = previous.get((name, source), ([""] * count, "unfinished"))
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            translation.attrib.pop("type", None)
            if kind:
                translation.set("type", kind)
            for text in old:
                ET.SubElement(translation, "numerusform").text = text
    ET.indent(tree, space="    ")
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


#: Plural forms per language (Qt's rules: German and Spanish have one and many).
PLURAL_FORMS = {"de": 2, "es": 2}


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        previous = _plural_forms(ts_path(language))
        subprocess.run(
            [
                lupdate(),
                *sorted(str(p) for p in SOURCES.rglob("*.py")),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(ts_path(language)),
            ],
            check=True,
        )
        mark_plurals(ts_path(language), previous, PLURAL_FORMS[language])


def open_messages(language: str) -> list[str]:
    """Sources whose translation is missing or unfinished."""
    root = ET.parse(ts_path(language)).getroot()
    missing = []
    for message in root.iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") is not None or not all(forms):
            missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report open strings")
    options = parser.parse_args(argv)
    if not options.check:
        update()
    status = 0
    for language in LANGUAGES:
        missing = open_messages(language)
        print(f"{ts_path(language).name}: {len(missing)} to translate")
        for source in missing[:20]:
            print(f"    {source[:90]!r}")
        status = status or int(bool(missing))
    return status


if __name__ == "__main__":
    sys.exit(main())
