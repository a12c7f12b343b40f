"""Run the benchmarks and publish the table: ``python -m bench [NAME ...]``.

Names: throughput, concurrent, launch, cost, pause, ui_scale, capped, playlist, probe, hls,
worker_cost (default: all, ~13 minutes on 2 cores).
Results go to bench/results/*.json and the table into docs/benchmarks.md (between markers).
"""

from __future__ import annotations

import argparse
import importlib
import platform
import subprocess
import sys
import time
from pathlib import Path

from bench.common import REPO, Row, fmt, load, save

NAMES = [
    "throughput",
    "concurrent",
    "launch",
    "cost",
    "pause",
    "ui_scale",
    "capped",
    "playlist",
    "probe",
    "hls",
    "worker_cost",
]
# The table sits between these markers in docs/benchmarks.md; the prose around it is kept.
START, END = "<!-- results:start -->", "<!-- results:end -->"


def _machine() -> str:
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        cpu = platform.processor()
    import os

    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def _versions() -> str:
    import PySide6
    import yt_dlp.version

    return f"PySide6 {PySide6.__version__}, yt-dlp {yt_dlp.version.__version__}"


def table(rows: list[Row]) -> str:
    lines = [
        "| benchmark | metric | MediaDesk | reference | ratio | target | met | notes |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        ref = f"{fmt(r.reference)} ({r.reference_name})" if r.reference is not None else "–"
        met = {True: "yes", False: "**no**", None: "–"}[r.met]
        lines.append(
            f"| {r.benchmark} | {r.metric} | {fmt(r.mediadesk)} {r.unit} | {ref} | "
            f"{fmt(r.ratio)} | {r.target or '–'} | {met} | {r.notes} |"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("names", nargs="*", choices=[*NAMES, []], default=[])
    parser.add_argument("--output", default=str(REPO / "docs" / "benchmarks.md"))
    args = parser.parse_args(argv)
    names = args.names or NAMES
    fresh: dict[str, list[Row]] = {}
    for name in names:
        began = time.perf_counter()
        print(f"== {name}", flush=True)
        module = importlib.import_module(f"bench.{name}")
        produced = module.run()
        save(produced, name)
        for row in produced:
            print(f"   {row.metric}: {fmt(row.mediadesk)} {row.unit} ratio={fmt(row.ratio)}")
        print(f"   ({time.perf_counter() - began:.0f} s)", flush=True)
        fresh[name] = produced
    # Benchmarks not run this time keep their last saved rows in the table.
    rows = [row for name in NAMES for row in fresh.get(name) or load(name)]
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    out = Path(args.output)
    results = (
        f"{START}\nMeasured {time.strftime('%Y-%m-%d')} at commit {commit or '?'} on "
        f"{_machine()}; {_versions()}.\n\n{table(rows)}\n{END}"
    )
    text = out.read_text() if out.exists() else "# MediaDesk benchmarks\n\n"
    if START in text and END in text:
        text = text[: text.index(START)] + results + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip() + "\n\n" + results + "\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text)
    print(f"table written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
