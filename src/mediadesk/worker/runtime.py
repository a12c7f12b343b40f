"""The JavaScript runtime yt-dlp runs site challenge solvers in, found by absolute path.

yt-dlp looks for ``deno`` on PATH by default; a desktop launcher's PATH lacks the virtual
environment's scripts folder and the bundle has no PATH entry at all, so the worker hands yt-dlp
the binary that the ``deno`` package installed (or the one the bundle carries).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

BUNDLED_DENO = Path("deno") / "deno"  # inside the PyInstaller bundle's _internal folder


def _executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def find_deno() -> str | None:
    """Absolute path of the deno binary: the bundle's, the ``deno`` package's, else PATH's."""
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle_dir:
        bundled = Path(bundle_dir) / BUNDLED_DENO
        if _executable(bundled):
            return str(bundled)
    try:
        import deno

        found = Path(deno.find_deno_bin())
    except (ImportError, FileNotFoundError, OSError):
        found = None
    if found is not None and _executable(found):
        return str(found.resolve())
    on_path = shutil.which("deno")
    return str(Path(on_path).resolve()) if on_path else None


def js_runtimes_option(deno_path: str | None) -> dict[str, dict[str, str]] | None:
    """yt-dlp's ``js_runtimes`` value, or None to leave yt-dlp's default (deno on PATH)."""
    return {"deno": {"path": deno_path}} if deno_path else None


def deno_version(deno_path: str, timeout: float = 20.0) -> str | None:
    """``2.9.8`` from ``deno --version`` (first line ``deno 2.9.8 (...)``), or None."""
    try:
        result = subprocess.run(
            [deno_path, "--version"], capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    words = result.stdout.split()
    if result.returncode != 0 or len(words) < 2 or words[0] != "deno":
        return None
    return words[1]
