"""How to start this MediaDesk installation from a desktop entry (launcher or autostart).

A desktop entry outlives the shell it was written from: Exec must name the executable that is
installed right now, by name only when PATH finds that same file. Standard library only.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path

SCRIPT_NAME = "mediadesk"
# Characters that need no quoting in an Exec key (Desktop Entry Specification, "Exec key").
_PLAIN = re.compile(r"[A-Za-z0-9_@%+=:,./-]+")


def exec_quote(arg: str) -> str:
    """One argument quoted for an Exec line (before the string escaping of the key)."""
    if "\n" in arg or "\r" in arg:
        raise ValueError(f"a launcher argument cannot contain a line break: {arg!r}")
    arg = arg.replace("%", "%%")
    if _PLAIN.fullmatch(arg):
        return arg
    escaped = re.sub(r'(["`$\\])', r"\\\1", arg)
    return f'"{escaped}"'


def exec_value(argv: Sequence[str], field_code: str = "") -> str:
    """A complete Exec value: quoted arguments, a field code such as %U, string escaping."""
    line = " ".join(exec_quote(a) for a in argv)
    if field_code:
        line += f" {field_code}"
    # Exec is a string key: its backslashes are escaped once more.
    return line.replace("\\", "\\\\")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def installed_script() -> Path | None:
    """The ``mediadesk`` script of the environment running this code, if there is one."""
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name == SCRIPT_NAME and _executable(argv0):
        return argv0.absolute()
    for scheme in (None, f"{os.name}_user"):
        try:
            folder = (
                sysconfig.get_path("scripts", scheme) if scheme else sysconfig.get_path("scripts")
            )
        except KeyError:
            continue
        candidate = Path(folder) / SCRIPT_NAME
        if _executable(candidate):
            return candidate
    return None


def command_for(executable: Path) -> list[str]:
    """``mediadesk`` when PATH finds this very file, else its absolute path."""
    found = shutil.which(executable.name)
    if found and _same_file(Path(found), executable):
        return [executable.name]
    return [str(executable.absolute())]


def launch_command() -> list[str]:
    """The argv that starts this installation: the bundle, the script, or ``python -m``."""
    if getattr(sys, "frozen", False):
        return command_for(Path(sys.executable))
    script = installed_script()
    if script is not None:
        return command_for(script)
    return [sys.executable, "-m", "mediadesk"]
