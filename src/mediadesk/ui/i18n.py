"""The one spelling of "translate this" for the interface: ``translate("Context", "Text")``
(pyside6-lupdate finds these calls; see README "Translating MediaDesk"). An explicit context
instead of ``self.tr`` keeps a string's translation when its class is subclassed.

Plurals use Qt's ``%n`` with English sources written ``"%n download(s)"``; without a
translation (English) the "(s)"/"(es)" is resolved here, so no English .qm is needed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_ENGLISH_PLURAL = re.compile(r"\((e?s)\)")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate, with English plurals for untranslated ``%n`` texts."""
    result = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and result == text.replace("%n", str(n)):
        result = _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", result)
    return result


__all__ = ["QT_TRANSLATE_NOOP", "translate"]
