"""Command-line arguments: what a launcher, a script or a user can pass to ``mediadesk``."""

from __future__ import annotations

import argparse

from mediadesk import __version__
from mediadesk.cli.support_args import add_support_arguments, check_support_arguments
from mediadesk.core.network import browser_source, file_source

EPILOG = """\
Only one MediaDesk runs per user: while it runs, `mediadesk URL...` hands the addresses to it
and returns at once. `mediadesk --list` works while it runs (it only reads the job database).
Qt's own options are accepted too (-style fusion, -platform NAME, -reverse, -stylesheet FILE...).
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mediadesk",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="MediaDesk: download video and audio from the web, in the background.",
        epilog=EPILOG,
    )
    parser.add_argument("urls", nargs="*", metavar="URL", help="addresses to queue")
    parser.add_argument("--version", action="version", version=f"MediaDesk {__version__}")
    parser.add_argument("--minimized", action="store_true", help="start hidden in the system tray")
    parser.add_argument(
        "--list", action="store_true", help="print the jobs in the store and exit (no window)"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="with --list: one JSON object per job and line (id, state, title, url, "
        "bytes_done, bytes_total, progress, file_path, error); with --diagnostics: one object",
    )
    add_support_arguments(parser)
    cookies = parser.add_mutually_exclusive_group()
    cookies.add_argument(
        "--cookies",
        metavar="FILE",
        help="use the cookies in this cookies.txt file (Netscape format) for the URLs given "
        "with it",
    )
    cookies.add_argument(
        "--cookies-from-browser",
        metavar="BROWSER[:PROFILE]",
        help="use the cookies of a browser (firefox, chrome, chromium, brave, edge, opera, "
        "vivaldi, safari) for the URLs given with it",
    )
    return parser


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    check_support_arguments(parser, args)
    if args.json and not (args.list or args.diagnostics):
        parser.error("--json only changes the output of --list; use: mediadesk --list --json")
    if args.list and args.urls:
        parser.error("--list only prints the jobs; give the URLs without --list to queue them")
    if args.list and args.minimized:
        parser.error("--list does not start MediaDesk, so --minimized has no meaning with it")
    args.cookie_source = _cookie_source(parser, args)
    return args


def _cookie_source(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str:
    """The cookie source spec for the URLs on this command line ("" for the setting's)."""
    given = args.cookies is not None or args.cookies_from_browser is not None
    if not given:
        return ""
    option = "--cookies" if args.cookies is not None else "--cookies-from-browser"
    if args.list:
        parser.error(f"{option} applies to URLs to download; it has no meaning with --list")
    if not args.urls:
        parser.error(f"{option} applies to the URLs given with it; add at least one URL")
    try:
        if args.cookies is not None:
            return file_source(args.cookies).spec
        return browser_source(args.cookies_from_browser).spec
    except ValueError as exc:
        parser.error(str(exc))
    raise AssertionError("unreachable")  # parser.error exits
