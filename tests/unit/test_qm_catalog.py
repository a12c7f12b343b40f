"""The worker's Qt-free reader of compiled translations gives exactly what QTranslator
gives, plurals included, and a worker started with MEDIADESK_LANGUAGE translates core's
words while one without it (or with a language MediaDesk lacks) stays English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from mediadesk.core import i18n
from mediadesk.core.qm_catalog import QmCatalog, QmError, install_from_environment, plural_index
from mediadesk.ui.language import translations_dir
from tests.unit.test_translations import LANGUAGES, marked_strings

COUNTS = (0, 1, 2, 3, 5, 11, 21, 101, 1000, 1001)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_reads_as_qtranslator_reads_it(qapp, language: str) -> None:
    path = translations_dir() / f"mediadesk_{language}.qm"
    catalog = QmCatalog.load(path)
    qt = QTranslator()
    assert qt.load(str(path))
    assert len(catalog) > 400
    for (context, source), plural in marked_strings().items():
        if plural:
            for n in COUNTS:
                expected = qt.translate(context, source, None, n) or source
                assert catalog.translate(context, source, None, n) == expected.replace("%n", str(n))
        else:
            assert catalog.translate(context, source) == (qt.translate(context, source) or source)


def test_plural_rules_follow_qt_byte_code() -> None:
    english_style = bytes([0x01, 0x01])  # n == 1
    assert [plural_index(n, english_style) for n in (0, 1, 2)] == [1, 0, 1]
    # Polish, as lrelease writes it: one; 2-4 but not 12-14; many.
    polish = bytes([0x01, 0x01, 0xFF, 0x14, 0x02, 0x04, 0xFD, 0x2C, 0x0A, 0x13])
    assert [plural_index(n, polish) for n in (1, 2, 4, 5, 12, 22, 25)] == [0, 1, 1, 2, 2, 1, 2]
    assert plural_index(3, b"") == 0


def test_damaged_files_are_refused_and_ignored(tmp_path: Path, monkeypatch) -> None:
    with pytest.raises(QmError):
        QmCatalog(b"not a qm file")
    (tmp_path / "mediadesk_de.qm").write_bytes(b"\x3c\xb8" * 4)
    monkeypatch.setenv("MEDIADESK_LANGUAGE", "de_DE")
    assert install_from_environment(tmp_path) is None


def test_a_worker_with_the_app_language_translates_core_words(monkeypatch) -> None:
    from mediadesk.core.urls import check_url

    monkeypatch.setattr(i18n, "_translator", i18n._untranslated)
    monkeypatch.setenv("MEDIADESK_LANGUAGE", "xx_XX")
    assert install_from_environment(translations_dir()) is None
    assert check_url("").reason == "The address is empty."
    monkeypatch.setenv("MEDIADESK_LANGUAGE", "de_AT")
    assert install_from_environment(translations_dir()) is not None
    assert check_url("").reason == "Die Adresse ist leer."
    assert i18n.translate("Cells", "%n item(s)", None, 1) == "1 Eintrag"
