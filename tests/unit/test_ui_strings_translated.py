"""Every text the window shows goes through translate(): an AST scan of ui/ and app.py fails
on a widget text setter or constructor that receives a bare string literal or f-string, on a
translate(...).format(...) whose keywords do not match the text's placeholders, and on a
plural whose count lupdate cannot read."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "mediadesk"
UI_FILES = sorted([*(SRC / "ui").rglob("*.py"), SRC / "app.py"])
ALL_FILES = sorted(SRC.rglob("*.py"))

#: Methods whose (first) string arguments are shown to people.
SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "showMessage",
    "show_message", "addAction", "addMenu", "setTitle", "setIconText", "setSpecialValueText",
    "setSuffix", "setPrefix", "addItem", "insertItem", "addRow", "setHorizontalHeaderLabels",
    "setLabelText", "addTab", "setPlainText", "addButton", "set_empty_text", "setInformativeText",
    "setDetailedText", "getExistingDirectory", "getOpenFileName", "getSaveFileName",
    "critical", "warning", "information", "question",
}  # fmt: skip
#: Widget classes whose string arguments are their visible text.
CONSTRUCTORS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolBar", "QToolButton", "QMessageBox", "QListWidgetItem", "QStandardItem",
    "QPlainTextEdit", "QLineEdit",
}  # fmt: skip
#: Literal texts that are the same in every language (names, formats, units of code).
UNTRANSLATED = {"MediaDesk", "MP4", "MKV", "WebM", "yt-dlp", "#"}


def _name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _words(text: str) -> bool:
    text = re.sub(r"<[^>]*>", "", text)  # markup around translated words is not a word
    return bool(re.search("[A-Za-z]{2}", text)) and text.strip() not in UNTRANSLATED


def _bare_texts(node: ast.AST) -> list[str]:
    """String literals, f-strings and lists of them that reach a widget untranslated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _words(node.value):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return [f"f{parts!r}"] if _words(parts) else []
    if isinstance(node, ast.List | ast.Tuple):
        return [t for e in node.elts for t in _bare_texts(e)]
    if isinstance(node, ast.IfExp):
        return _bare_texts(node.body) + _bare_texts(node.orelse)
    if isinstance(node, ast.BinOp):
        return _bare_texts(node.left) + _bare_texts(node.right)
    return []


def untranslated_texts(source: str, filename: str = "<string>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if name in SETTERS or name in CONSTRUCTORS:
            for arg in node.args:
                found += [f"{filename}:{node.lineno} {name}({t})" for t in _bare_texts(arg)]
    return found


def format_mismatches(source: str, filename: str = "<string>") -> list[str]:
    """translate("C", "…{name}…").format(other=…): the keywords must be the placeholders."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and isinstance(node.func.value, ast.Call)
            and _name(node.func.value) == "translate"
        ):
            continue
        text = node.func.value.args[1]
        if not isinstance(text, ast.Constant):
            continue
        fields = {f for _, f, _, _ in string.Formatter().parse(text.value) if f}
        given = {k.arg for k in node.keywords}
        if fields != given:
            found.append(f"{filename}:{node.lineno} {text.value!r} gets {sorted(given)}")
    return found


def unreadable_plurals(source: str, filename: str = "<string>") -> list[str]:
    """lupdate drops a translate() whose count is an expression: it must be a plain name."""
    return [
        f"{filename}:{node.lineno}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and _name(node) == "translate"
        and len(node.args) >= 4
        and not isinstance(node.args[3], ast.Name | ast.Constant)
    ]


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: str(p.relative_to(SRC)))
def test_no_widget_gets_an_untranslated_literal(path: Path) -> None:
    assert untranslated_texts(path.read_text(encoding="utf-8"), path.name) == []


def test_translate_format_keywords_match_the_placeholders() -> None:
    problems = [m for p in ALL_FILES for m in format_mismatches(p.read_text("utf-8"), p.name)]
    assert problems == []


def test_plural_counts_are_plain_names() -> None:
    problems = [m for p in ALL_FILES for m in unreadable_plurals(p.read_text("utf-8"), p.name)]
    assert problems == []


def test_the_scans_catch_what_they_are_for() -> None:
    """The checks themselves: each flags the mistake it exists for and passes the fix."""
    assert untranslated_texts('button.setText("Pause")')
    assert untranslated_texts('QPushButton(f"Queue {n} items", self)')
    assert untranslated_texts('view.setHorizontalHeaderLabels(["#", "Title"])')
    assert untranslated_texts('box.setToolTip("A" if on else "Off now")')
    assert not untranslated_texts('button.setText(translate("C", "Pause"))')
    assert not untranslated_texts('QLabel("MediaDesk", self); edit.setText("")')
    assert not untranslated_texts('label.setText(f"<b>{question}</b><br>{shown}")')
    assert format_mismatches('translate("C", "In {folder}").format(path=p)')
    assert not format_mismatches('translate("C", "In {folder:>3}").format(folder=p)')
    assert unreadable_plurals('translate("C", "%n items", None, len(x))')
    assert not unreadable_plurals('translate("C", "%n items", None, count)')
