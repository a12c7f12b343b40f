"""Runs ``--diagnostics`` or ``--update-ytdlp`` (no window, no single-instance lock)."""

from __future__ import annotations

import argparse
import sys


def run_support_task(args: argparse.Namespace) -> int:
    if args.diagnostics:
        from mediadesk.updates.diagnostics import print_diagnostics

        return print_diagnostics(as_json=args.json, out=sys.stdout)
    from mediadesk.cli.update_ytdlp import run_update

    return run_update(pre=args.pre, out=sys.stdout, err=sys.stderr)
