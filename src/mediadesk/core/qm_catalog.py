"""Read a compiled translation (.qm) without Qt, for the worker process: the failure
sentences it writes are read in the window, so they should be in the window's language,
and the worker never loads Qt. The app names the language in MEDIADESK_LANGUAGE (set by
ui/language.py, inherited by every worker it starts).

Reads the layout packaging/ts_to_qm.py writes (and lrelease without -compress): tagged
sections; each message lists its translations, comment, source text and context. Plural
forms are chosen with the file's own numerus rules, the byte code Qt's QTranslator runs.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from mediadesk.core import i18n

ENV = "MEDIADESK_LANGUAGE"
MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES, _NUMERUS_RULES = 0x69, 0x88
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
# Numerus rule byte code (Qt's qtranslator.cpp).
_EQ, _LT, _LEQ, _BETWEEN, _OP_MASK, _NOT = 0x01, 0x02, 0x03, 0x04, 0x07, 0x08
_MOD_10, _MOD_100, _LEAD_1000 = 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF


class QmError(ValueError):
    """Not a .qm file this reader understands."""


class QmCatalog:
    """(context, source, comment) -> translation forms, from one .qm file."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise QmError("not a Qt translation file")
        self._messages: dict[tuple[str, str, str], list[str]] = {}
        self._rules = b""
        pos = len(MAGIC)
        try:
            while pos < len(data):
                tag = data[pos]
                (length,) = struct.unpack_from(">I", data, pos + 1)
                body = data[pos + 5 : pos + 5 + length]
                pos += 5 + length
                if tag == _MESSAGES:
                    self._read_messages(body)
                elif tag == _NUMERUS_RULES:
                    self._rules = body
        except (struct.error, IndexError, UnicodeDecodeError) as exc:
            raise QmError(f"damaged translation file: {exc}") from exc

    @classmethod
    def load(cls, path: Path) -> QmCatalog:
        return cls(path.read_bytes())

    def _read_messages(self, body: bytes) -> None:
        pos = 0
        forms: list[str] = []
        fields = {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
        while pos < len(body):
            tag = body[pos]
            pos += 1
            if tag == _END:
                key = (fields[_CONTEXT], fields[_SOURCE], fields[_COMMENT])
                self._messages[key] = forms
                forms, fields = [], {_SOURCE: "", _CONTEXT: "", _COMMENT: ""}
                continue
            if tag == _OBSOLETE1:
                pos += 4
                continue
            (length,) = struct.unpack_from(">I", body, pos)
            pos += 4
            if tag == _TRANSLATION:
                if length == 0xFFFFFFFF:  # a null string
                    forms.append("")
                    continue
                forms.append(body[pos : pos + length].decode("utf-16-be"))
            elif tag in fields:
                fields[tag] = body[pos : pos + length].decode("utf-8")
            else:
                raise QmError(f"unknown message tag {tag}")
            pos += length

    def __len__(self) -> int:
        return len(self._messages)

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Like QCoreApplication.translate: the translation, or ``text`` with %n filled."""
        forms = self._messages.get((context, text, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self._messages.get((context, text, ""))
        form = None
        if forms:
            index = plural_index(n, self._rules) if n >= 0 else 0
            form = forms[index] if 0 <= index < len(forms) else None
        result = form if form else text
        return result.replace("%n", str(n)) if n >= 0 else result


def plural_index(n: int, rules: bytes) -> int:
    """Which plural form ``n`` takes under Qt's numerus rule byte code (-1: bad rules)."""
    if not rules:
        return 0
    result, i, size = 0, 0, len(rules)
    while True:
        or_value = False
        while True:
            and_value = True
            while True:
                if i + 1 >= size:
                    return -1
                opcode = rules[i]
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                right = rules[i + 1]
                i += 2
                op = opcode & _OP_MASK
                if op == _EQ:
                    value = left == right
                elif op == _LT:
                    value = left < right
                elif op == _LEQ:
                    value = left <= right
                elif op == _BETWEEN:
                    if i >= size:
                        return -1
                    value = right <= left <= rules[i]
                    i += 1
                else:
                    return -1
                if opcode & _NOT:
                    value = not value
                and_value = and_value and value
                if i == size or rules[i] != _AND:
                    break
                i += 1
            or_value = or_value or and_value
            if i == size or rules[i] != _OR:
                break
            i += 1
        if or_value:
            return result
        result += 1
        if i == size:
            return result
        if rules[i] != _NEWRULE:
            return -1
        i += 1


def catalog_path(language: str, folder: Path) -> Path | None:
    """mediadesk_<language>.qm, or the file for its language without the country."""
    for name in (language, language.split("_")[0]):
        path = folder / f"mediadesk_{name}.qm"
        if name and path.is_file():
            return path
    return None


def install_from_environment(folder: Path) -> QmCatalog | None:
    """In a worker: translate core's words into the app's language (MEDIADESK_LANGUAGE),
    if a catalog for it exists; English otherwise. A damaged file is ignored."""
    path = catalog_path(os.environ.get(ENV, ""), folder)
    if path is None:
        return None
    try:
        catalog = QmCatalog.load(path)
    except (OSError, QmError):
        return None
    i18n.install_translator(catalog.translate)
    return catalog
