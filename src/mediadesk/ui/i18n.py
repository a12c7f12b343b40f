"""The one spelling of "translate this" for the interface: ``translate("Context", "Text")``
(pyside6-lupdate finds these calls; see README "Translating MediaDesk"). An explicit context
instead of ``self.tr`` keeps a string's translation when its class is subclassed.

Plurals use Qt's ``%n`` with English sources written ``"%n download(s)"``; without a
translation (English) the "(s)"/"(es)" is resolved (core/i18n.py), so no English .qm is
needed. Importing this module also routes core's words through Qt's translators.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mediadesk.core import i18n as _core
from mediadesk.core.i18n import QT_TRANSLATE_NOOP, translate

_core.install_translator(QCoreApplication.translate)

__all__ = ["QT_TRANSLATE_NOOP", "translate"]
