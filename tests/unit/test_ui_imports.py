"""The window and the tray meet only in app.py: neither module imports the other, directly,
lazily inside a function, for type checking only, or through another module."""

from __future__ import annotations

import ast
from pathlib import Path

import mediadesk

SRC = Path(mediadesk.__file__).parent
MAIN_WINDOW = "mediadesk.ui.main_window"
TRAY_CONTROLLER = "mediadesk.ui.tray.controller"


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Every mediadesk module and the mediadesk modules it imports anywhere in its text."""
    modules = {_module_name(p): p for p in SRC.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    base = f"{anchor}.{base}" if base else anchor
                found.add(base)
                found.update(f"{base}.{alias.name}" for alias in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for nxt in graph[todo.pop()] - seen:
            seen.add(nxt)
            todo.append(nxt)
    return seen


def test_the_graph_sees_real_imports() -> None:
    graph = import_graph()
    assert "mediadesk.ui.jobs.table" in graph[MAIN_WINDOW]
    assert "mediadesk.ui.actions" in graph[TRAY_CONTROLLER]
    assert {MAIN_WINDOW, TRAY_CONTROLLER} <= reachable(graph, "mediadesk.app")


def test_main_window_and_tray_controller_do_not_import_each_other() -> None:
    graph = import_graph()
    assert TRAY_CONTROLLER not in reachable(graph, MAIN_WINDOW)
    assert MAIN_WINDOW not in reachable(graph, TRAY_CONTROLLER)
