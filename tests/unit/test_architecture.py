"""The package import rules of docs/architecture.md, checked on every module's imports.

Written against package names, not file lists: a module moved or added inside a package
follows its package's rule; a new top-level package must be given a rule here first.
Every ``import`` counts, at module level or inside a function (and under TYPE_CHECKING).
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import mediadesk

SRC = Path(mediadesk.__file__).resolve().parent
ROOT = "mediadesk"

# Which of our packages each package may import besides itself. "app" is app.py and
# __main__.py, the composition root; "root" is mediadesk/__init__.py (the version), which
# every package may read.
EVERYTHING = {"core", "engine", "worker", "store", "desktop", "cli", "ui", "updates", "app", "root"}
ALLOWED: dict[str, set[str]] = {
    "core": {"core"},
    "engine": {"core", "updates"},
    "worker": {"core"},
    "store": {"core"},
    "desktop": {"core"},
    "cli": {"core", "store", "updates"},
    "ui": {"core", "engine", "desktop", "updates"},
    "updates": {"core", "store"},
    "app": EVERYTHING,
    "root": set(),
}
ANYONE_MAY_IMPORT = {"root"}
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui")
MAY_SHOW_WIDGETS = {"ui", "app"}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. mediadesk.ui.main_window
    target: str  # what it imports, e.g. PySide6.QtWidgets or mediadesk.core.job
    line: int

    def __str__(self) -> str:
        return f"{self.module}:{self.line} imports {self.target}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def package_of(module: str) -> str:
    """The rule a module of ours follows: its top-level package under mediadesk."""
    parts = module.split(".")
    if len(parts) == 1:
        return "root"
    if len(parts) == 2 and parts[1] in ("app", "__main__"):
        return "app"
    if parts[1] == "__version__":
        return "root"
    return parts[1]


def imports_of(path: Path) -> Iterator[Import]:
    module = module_name(path)
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                if not is_package:
                    anchor.pop()
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            # ``from pkg import name``: name may be a submodule, which is what is imported.
            for alias in node.names:
                yield Import(module, f"{base}.{alias.name}", node.lineno)


@functools.cache
def all_imports() -> tuple[Import, ...]:
    return tuple(imp for path in sorted(SRC.rglob("*.py")) for imp in imports_of(path))


def ours(target: str) -> bool:
    return target == ROOT or target.startswith(ROOT + ".")


def test_the_scan_sees_the_imports_it_checks() -> None:
    """Guard the guard: if parsing went wrong, every rule below would pass vacuously."""
    found = all_imports()
    modules = {imp.module for imp in found}
    assert {"mediadesk.app", "mediadesk.engine.runner", "mediadesk.worker.process"} <= modules
    targets = {(package_of(i.module), i.target.split(".")[0]) for i in found}
    assert ("worker", "yt_dlp") in targets and ("ui", "PySide6") in targets
    assert any(i.target.startswith("mediadesk.worker.") for i in found if i.module.endswith("app"))


def test_every_package_has_a_rule() -> None:
    packages = {package_of(module_name(path)) for path in SRC.rglob("*.py")}
    assert packages <= ALLOWED.keys(), (
        f"new packages {sorted(packages - ALLOWED.keys())}: give them a rule here and in "
        "docs/architecture.md"
    )


def test_packages_import_only_what_the_table_allows() -> None:
    wrong = [
        str(imp)
        for imp in all_imports()
        if ours(imp.target)
        and package_of(imp.target) != package_of(imp.module)
        and package_of(imp.target) not in ALLOWED.get(package_of(imp.module), set())
        and package_of(imp.target) not in ANYONE_MAY_IMPORT
    ]
    assert not wrong, "\n".join(wrong)


def test_widgets_only_in_ui_and_app() -> None:
    wrong = [
        str(imp)
        for imp in all_imports()
        if imp.target.startswith(WIDGET_MODULES) and package_of(imp.module) not in MAY_SHOW_WIDGETS
    ]
    assert not wrong, "\n".join(wrong)


def test_engine_uses_qtcore_only_and_never_the_store() -> None:
    engine = [imp for imp in all_imports() if package_of(imp.module) == "engine"]
    assert engine, "no engine modules found"
    wrong = [
        str(imp)
        for imp in engine
        if (imp.target.startswith("PySide6") and not imp.target.startswith("PySide6.QtCore"))
        or (ours(imp.target) and package_of(imp.target) == "store")
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("package", ["core", "cli", "store", "worker"])
def test_no_qt_where_it_does_not_belong(package: str) -> None:
    """core and the worker are shared or headless; --list and the store run without Qt."""
    wrong = [
        str(imp)
        for imp in all_imports()
        if package_of(imp.module) == package
        and imp.target.split(".")[0] in ("PySide6", "shiboken6")
    ]
    assert not wrong, "\n".join(wrong)


def test_yt_dlp_only_in_the_worker() -> None:
    wrong = [
        str(imp)
        for imp in all_imports()
        if imp.target.split(".")[0] == "yt_dlp" and package_of(imp.module) != "worker"
    ]
    assert not wrong, "\n".join(wrong)
