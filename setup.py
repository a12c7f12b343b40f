"""Build step for the translations: every install (wheel, ``pip install .``, the editable
``pip install -e .``) compiles resources/translations/*.ts into the .qm files the app loads.

pip builds in an isolated environment without PySide6, so lrelease is not available here;
packaging/ts_to_qm.py writes the same files in pure Python (tests compare it with lrelease).
The .qm files are build output and never committed.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources" / "translations"


def _compiler():  # type: ignore[no-untyped-def]
    # Loaded by path: a module named "packaging" would shadow the PyPI package setuptools uses.
    spec = importlib.util.spec_from_file_location("ts_to_qm", ROOT / "packaging" / "ts_to_qm.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


class BuildPyWithTranslations(build_py):
    """build_py, plus the compiled translations in mediadesk/resources/translations."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            # The editable install imports mediadesk.resources from resources/ itself.
            target = SOURCES
        else:
            target = Path(self.build_lib) / "mediadesk" / "resources" / "translations"
        for path in _compiler().compile_folder(SOURCES, target):
            self.announce(f"compiled translation {path}", level=2)


setup(cmdclass={"build_py": BuildPyWithTranslations})
