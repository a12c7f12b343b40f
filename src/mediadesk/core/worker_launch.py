"""How the app process starts its worker processes (the only places yt-dlp is imported).

A worker is ``python -m <module>`` from an installed or source checkout; a frozen bundle has
no ``python -m``, so its own executable doubles as every worker, chosen by a flag that
``app.main`` dispatches on before anything else.
"""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path


class WorkerKind(enum.Enum):
    """Each worker: (module run with ``python -m``, flag the frozen executable takes)."""

    DOWNLOAD = ("mediadesk.worker", "--download-worker")
    NAME_PREVIEW = ("mediadesk.worker.name_preview", "--name-preview-worker")

    @property
    def module(self) -> str:
        return self.value[0]

    @property
    def flag(self) -> str:
        return self.value[1]

    @classmethod
    def from_flag(cls, flag: str) -> WorkerKind | None:
        return next((kind for kind in cls if kind.flag == flag), None)


#: A probe worker's proxy (with its password) comes in this environment variable, readable by
#: this user only, never on its command line, which every user can list.
PROBE_PROXY_VARIABLE = "MEDIADESK_PROBE_PROXY"


def worker_command(kind: WorkerKind, python: str = sys.executable) -> list[str]:
    """The command line that starts a worker of this kind (arguments follow)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, kind.flag]  # handled first thing in app.main
    return [python, "-m", kind.module]


def worker_env() -> dict[str, str]:
    """The app's environment, with the package importable even from a source checkout."""
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[2])
    paths = env.get("PYTHONPATH", "")
    if package_root not in paths.split(os.pathsep):
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, paths) if p)
    return env
