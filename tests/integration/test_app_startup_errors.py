"""A damaged or too-new job database at launch: the user is told, nothing is lost."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from mediadesk import app as app_module
from mediadesk.core import paths
from mediadesk.store.migrations import SCHEMA_VERSION
from tests.support.app_run import main_windows, run_and_inspect


@pytest.fixture
def told(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str, str]]]:
    """What the startup message boxes said (they would block a headless run)."""
    messages: list[tuple[str, str, str]] = []

    def record(kind: str):
        def show(_parent, title: str, text: str, *_args, **_kwargs):
            messages.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    quit_on_close = qapp.quitOnLastWindowClosed()
    yield messages
    qapp.setQuitOnLastWindowClosed(quit_on_close)


def test_a_newer_database_is_refused_with_a_message_and_left_untouched(told) -> None:
    db = paths.database_path()
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE jobs (id TEXT)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    windows = set(main_windows())

    assert app_module.main([]) == 1

    [(kind, _title, text)] = told
    assert kind == "critical" and "newer MediaDesk" in text
    assert db.read_bytes() == before
    assert set(main_windows()) == windows, "no window opens over a database it cannot read"
    QApplication.processEvents()


def test_a_corrupt_database_is_kept_aside_and_the_user_told(told) -> None:
    db = paths.database_path()
    db.parent.mkdir(parents=True)
    garbage = b"not a database at all " * 100
    db.write_bytes(garbage)

    code, seen = run_and_inspect([])

    assert code == 0 and seen["visible"]
    [(kind, _title, text)] = told
    assert kind == "warning" and "damaged" in text
    [kept] = [p for p in db.parent.iterdir() if ".corrupt-" in p.name]
    assert kept.read_bytes() == garbage
    assert str(kept) in text
    assert Path(db).exists()
