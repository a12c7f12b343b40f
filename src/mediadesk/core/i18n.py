"""Translation for the words core and engine produce (state names, status sentences, plain
messages the window shows), without Qt: the interface installs Qt's translator here
(ui/i18n.py), so the same calls give English in the CLI and the worker and the chosen
language in the window.

``translate("Context", "Text", None, n)`` and ``QT_TRANSLATE_NOOP`` are the spellings
pyside6-lupdate collects; English plural sources say ``"%n item(s)"``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]

_ENGLISH_PLURAL = re.compile(r"\((e?s)\)")


def _untranslated(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _untranslated


def install_translator(translator: Translator) -> None:
    """Route every :func:`translate` call through ``translator`` (Qt's, in the window)."""
    global _translator
    _translator = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language; ``n`` picks the plural form (``%n``)."""
    result = _translator(context, text, disambiguation, n)
    if n >= 0 and result == text.replace("%n", str(n)):
        result = _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", result)
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined; translate it where it is shown."""
    return text
