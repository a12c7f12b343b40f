"""Compile Qt Linguist ``.ts`` files into ``.qm`` files without Qt.

The normal install builds the translations (setup.py's build step, the PyInstaller spec), and
pip's isolated build environment has no PySide6, so ``lrelease`` is not there. This writes
the same bytes ``pyside6-lrelease -nounfinished`` writes for MediaDesk's languages (the tests
compare the two and load the result with QTranslator): the documented QM layout of a magic
number followed by tagged sections (language, hashes, messages, numerus rules).

    python packaging/ts_to_qm.py resources/translations/mediadesk_de.ts  # writes ..._de.qm
"""

from __future__ import annotations

import struct
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Section tags (qtranslator.cpp).
_LANGUAGE = 0xA7
_HASHES = 0x42
_MESSAGES = 0x69
_NUMERUS_RULES = 0x88
# Message tags.
_END = 1
_TRANSLATION = 3
_SOURCE_TEXT = 6
_CONTEXT = 7
_COMMENT = 8

# Qt's plural rules as QM byte code (numerus.cpp), by language code: which form n takes.
# "n == 1 is singular, everything else plural" is Q_EQ 1.
_NUMERUS_RULES_BY_LANGUAGE = {
    "de": bytes([0x01, 0x01]),
    "en": bytes([0x01, 0x01]),
    "es": bytes([0x01, 0x01]),
}


class TsError(ValueError):
    """The .ts file cannot be compiled (unknown language, malformed XML)."""


@dataclass(frozen=True, order=True)
class Message:
    context: bytes
    source: bytes
    comment: bytes
    translations: tuple[str, ...]


def _elf_hash(data: bytes) -> int:
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _block(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The target language and the finished messages of one .ts file."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise TsError(f"{path}: {exc}") from exc
    language = root.get("language", "")
    messages: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                continue  # unfinished, vanished or obsolete: Qt falls back to the source
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            if not all(forms):
                continue
            messages.append(
                Message(
                    name.encode(),
                    (message.findtext("source") or "").encode(),
                    (message.findtext("comment") or "").encode(),
                    forms,
                )
            )
    return language, messages


def numerus_rules(language: str) -> bytes:
    code = language.replace("-", "_").split("_")[0].lower()
    try:
        return _NUMERUS_RULES_BY_LANGUAGE[code]
    except KeyError:
        raise TsError(f"no plural rules known for language {language!r}") from None


def compile_messages(language: str, messages: list[Message]) -> bytes:
    """The QM bytes: messages sorted by (context, source, comment), hashes sorted."""
    body = bytearray()
    hashes: list[tuple[int, int]] = []
    for message in sorted(set(messages)):
        hashes.append((_elf_hash(message.source + message.comment), len(body)))
        for form in message.translations:
            body += bytes([_TRANSLATION]) + _block(form.encode("utf-16-be"))
        body += bytes([_COMMENT]) + _block(message.comment)
        body += bytes([_SOURCE_TEXT]) + _block(message.source)
        body += bytes([_CONTEXT]) + _block(message.context)
        body += bytes([_END])
    out = bytearray(MAGIC)
    if language:
        out += bytes([_LANGUAGE]) + _block(language.encode())
    out += bytes([_HASHES]) + _block(b"".join(struct.pack(">II", *h) for h in sorted(hashes)))
    out += bytes([_MESSAGES]) + _block(bytes(body))
    out += bytes([_NUMERUS_RULES]) + _block(numerus_rules(language or "en"))
    return bytes(out)


def compile_ts(source: Path, target: Path) -> int:
    """Write ``target`` from ``source``; returns the number of messages written."""
    language, messages = read_ts(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(compile_messages(language, messages))
    return len(messages)


def compile_folder(folder: Path, out_folder: Path | None = None) -> list[Path]:
    """Compile every ``*.ts`` in ``folder`` next to it (or into ``out_folder``)."""
    written = []
    for source in sorted(folder.glob("*.ts")):
        target = (out_folder or folder) / (source.stem + ".qm")
        compile_ts(source, target)
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    for name in argv:
        source = Path(name)
        count = compile_ts(source, source.with_suffix(".qm"))
        print(f"{source.with_suffix('.qm')}: {count} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
