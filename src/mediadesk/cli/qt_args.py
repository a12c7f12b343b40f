"""Qt's own command-line options (``-style fusion``, ``-platform offscreen``, ``-reverse``…).

Every Qt program accepts them, and desktop users and themes pass them. They are split off
before MediaDesk's parser sees the rest (which never loads Qt for ``--list``) and given to
the ``QApplication`` unchanged. Qt also takes the ``--style`` spelling and ``-style=fusion``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: Options that take a value (QGuiApplication, QApplication and the xcb platform).
QT_VALUE_OPTIONS = frozenset(
    {
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qmljsdebugger",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "session",
        "style",
        "stylesheet",
        "display",
        "geometry",
        "title",
        "name",
        "visual",
    }
)
#: Options that stand alone.
QT_FLAG_OPTIONS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync", "testability"})


@dataclass(frozen=True, slots=True)
class SplitArguments:
    qt: tuple[str, ...]  # for QApplication, after the program name
    own: tuple[str, ...]  # for MediaDesk's parser


def split_qt_arguments(argv: Sequence[str]) -> SplitArguments:
    """Separate Qt's options from MediaDesk's, keeping each group's order. A value option
    at the very end without its value is left to MediaDesk's parser, which names it."""
    qt: list[str] = []
    own: list[str] = []
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":  # everything after it is MediaDesk's (addresses)
            own.extend(args[i:])
            break
        name = _option_name(arg)
        inline = "=" in arg
        if (name in QT_FLAG_OPTIONS and not inline) or (name in QT_VALUE_OPTIONS and inline):
            qt.append(arg)
        elif name in QT_VALUE_OPTIONS and i + 1 < len(args):
            qt.extend(args[i : i + 2])
            i += 1
        else:
            own.append(arg)
        i += 1
    return SplitArguments(tuple(qt), tuple(own))


def _option_name(arg: str) -> str | None:
    if not arg.startswith("-") or arg in ("-", "--"):
        return None
    return arg.lstrip("-").partition("=")[0] if arg[:3] != "---" else None
