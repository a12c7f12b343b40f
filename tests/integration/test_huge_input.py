"""Huge pastes into the add bar: taken whole, or refused whole with the reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from mediadesk.ui.panes import add_bar
from mediadesk.ui.panes.message_area import Level


def _links(count: int) -> list[str]:
    return [f"http://127.0.0.1:9/video-{n:05d}.mp4" for n in range(count)]


def _paste(qtbot, field, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    field.setFocus()
    qtbot.keySequence(field, QKeySequence.StandardKey.Paste)


def test_ten_thousand_pasted_links_are_all_queued(qtbot, make_engine, open_window) -> None:
    engine = make_engine(max_concurrent=1)
    window = open_window(engine)
    links = _links(10_000)
    text = "\n".join(links)
    assert len(text) > 32_767  # QLineEdit's default limit, which cut the list before
    _paste(qtbot, window.add_bar.field, text)
    assert window.add_bar.field.text().split() == links
    qtbot.keyClick(window.add_bar.field, Qt.Key.Key_Return)
    queued = {job.url for job in engine.jobs()}
    assert queued == set(links)
    assert window.add_bar.field.text() == ""


def test_a_paste_beyond_the_limit_is_refused_whole(qtbot, make_engine, open_window, monkeypatch):
    monkeypatch.setattr(add_bar, "MAX_FIELD_CHARS", 50_000)
    engine = make_engine(max_concurrent=1)
    window = open_window(engine)
    field = window.add_bar.field
    field.setText("https://kept.example/v ")
    pasted = "\n".join(_links(2_000))
    _paste(qtbot, field, pasted)
    assert field.text() == "https://kept.example/v "
    assert window.message_area.level is Level.ERROR
    assert "too much text" in window.message_area.text()
    total = len("https://kept.example/v ") + len(pasted)
    assert f"({total:,} characters" in window.message_area.text()  # the real size, not a cut one
    assert engine.jobs() == []


@pytest.mark.parametrize("how", ["insert", "setText"])
def test_text_arriving_other_ways_is_refused_whole_too(
    qtbot, make_engine, open_window, monkeypatch, how
):
    # Context-menu and middle-click pastes insert before anyone can check: put back what was.
    monkeypatch.setattr(add_bar, "MAX_FIELD_CHARS", 50_000)
    window = open_window(make_engine(max_concurrent=1))
    field = window.add_bar.field
    field.setText("https://kept.example/v")
    refused: list[str] = []
    window.add_bar.inputRefused.connect(refused.append)
    getattr(field, how)(" ".join(_links(2_000)))
    assert field.text() == "https://kept.example/v"
    assert len(refused) == 1 and "too much text" in refused[0]
    assert window.message_area.level is Level.ERROR
