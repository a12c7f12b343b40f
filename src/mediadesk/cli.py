"""Command-line arguments: what a launcher, a script or a user can pass to ``mediadesk``."""

from __future__ import annotations

import argparse

from mediadesk import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mediadesk",
        description="MediaDesk: download video and audio from the web, in the background.",
    )
    parser.add_argument("urls", nargs="*", metavar="URL", help="addresses to queue")
    parser.add_argument("--version", action="version", version=f"MediaDesk {__version__}")
    parser.add_argument("--minimized", action="store_true", help="start hidden in the system tray")
    parser.add_argument(
        "--list", action="store_true", help="print the jobs in the store and exit (no window)"
    )
    parser.add_argument("--json", action="store_true", help="with --list: print JSON lines")
    return parser


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
