"""Arguments for support tasks that never start the window: diagnostics and yt-dlp updates."""

from __future__ import annotations

import argparse


def add_support_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--diagnostics",
        action="store_true",
        help="print versions and paths (yt-dlp, JavaScript runtime, ffmpeg, folders) and exit",
    )
    parser.add_argument(
        "--update-ytdlp",
        action="store_true",
        help="install the newest yt-dlp for MediaDesk's downloads (checked before use) and exit",
    )
    parser.add_argument(
        "--pre", action="store_true", help="with --update-ytdlp: include pre-releases"
    )


def check_support_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    tasks = [name for name in ("list", "diagnostics", "update_ytdlp") if getattr(args, name)]
    if len(tasks) > 1:
        flags = " and ".join("--" + name.replace("_", "-") for name in tasks)
        parser.error(f"{flags} are separate tasks; run one at a time")
    if args.pre and not args.update_ytdlp:
        parser.error("--pre only applies to --update-ytdlp")
    if (args.diagnostics or args.update_ytdlp) and (args.urls or args.minimized):
        parser.error("--diagnostics and --update-ytdlp do not start MediaDesk; give no URLs")
    if args.update_ytdlp and args.json:
        parser.error("--json applies to --list and --diagnostics")
