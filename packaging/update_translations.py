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


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
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
