"""Shared benchmark plumbing: the local server, child processes, statistics, result rows."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results"
sys.path.insert(0, str(REPO))  # tests.support.media_server is shared with the test suite

from tests.support.media_server import MediaServer  # noqa: E402

__all__ = ["MediaServer"]


@dataclass
class Row:
    """One line of the published table: what was measured, against what, and the verdict."""

    benchmark: str
    metric: str
    mediadesk: float | None
    reference: float | None = None
    reference_name: str = ""
    unit: str = ""
    target: str = ""
    met: bool | None = None
    notes: str = ""
    samples: dict[str, list[float]] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.mediadesk is None or not self.reference:
            return None
        return self.mediadesk / self.reference


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def python() -> str:
    return sys.executable


def tool(name: str) -> str | None:
    """An executable from this venv first (yt-dlp), then PATH."""
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else shutil.which(name)


def child_env(home: Path) -> dict[str, str]:
    """An isolated environment: own HOME/XDG dirs, offscreen Qt, repo importable."""
    run = home / "run"
    run.mkdir(parents=True, exist_ok=True, mode=0o700)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {  # with bytecode caches, as an installed app has them (pip compiles at install)
        **env,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_RUNTIME_DIR": str(run),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "src")]),
    }


@contextmanager
def scratch(prefix: str) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix=f"mediadesk-bench-{prefix}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_json(cmd: list[str], env: dict[str, str], timeout: float = 600) -> dict:
    """Run a child that prints one JSON object as its last stdout line."""
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} failed ({result.returncode}): {result.stderr[-1500:]}")
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"{cmd[:3]} printed no result: {result.stdout[-500:]}")
    return json.loads(lines[-1])


def run_app(env: dict[str, str], dest: Path, *options: str) -> dict:
    """bench.app_child (the real engine and window) in a fresh folder; its JSON result."""
    dest.mkdir(parents=True, exist_ok=True)
    return run_json([python(), "-m", "bench.app_child", "--dest", str(dest), *options], env)


def timed(cmd: list[str], env: dict[str, str] | None = None, timeout: float = 600) -> float:
    began = time.perf_counter()
    subprocess.run(
        cmd,
        env=env,
        check=True,
        timeout=timeout,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - began


def peak_rss_kb() -> int:
    """This process's own peak RSS (VmHWM). Not ru_maxrss: Linux carries that across fork and
    exec, so a child would report its parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def make_file(path: Path, size: int) -> Path:
    """A file of pseudo-random bytes (incompressible), written in 8 MiB blocks."""
    block = os.urandom(8 << 20)
    with path.open("wb") as fh:
        left = size
        while left > 0:
            fh.write(block[: min(left, len(block))])
            left -= len(block)
    return path


def save(rows: list[Row], name: str) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps([asdict(r) | {"ratio": r.ratio} for r in rows], indent=2))
    return path


def load(name: str) -> list[Row]:
    """Rows a previous run saved, so one benchmark can be re-run alone and the table kept."""
    path = RESULTS / f"{name}.json"
    if not path.exists():
        return []
    known = {f.name for f in fields(Row)}
    return [
        Row(**{k: v for k, v in item.items() if k in known})
        for item in json.loads(path.read_text())
    ]


def fmt(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "–"
    return f"{value:.{digits}f}"


def descendants(root: int) -> list[int]:
    """Every living process below ``root`` (workers forked by the zygote are grandchildren)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents[int(stat.parent.name)] = int(fields[1])  # field 4 of stat: the parent
        except (OSError, IndexError, ValueError):
            continue
    found, frontier = [], [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent]
        found.extend(children)
        frontier.extend(children)
    return found


def command_line(pid: int) -> list[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


def uss_kb(pid: int) -> int:
    """Unique set size: the memory only this process holds (Private_* of smaps_rollup), what
    ending it would give back; shared copy-on-write pages of a zygote are not counted."""
    total = 0
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return 0
    for line in lines:
        if line.startswith(("Private_Clean:", "Private_Dirty:", "Private_Hugetlb:")):
            total += int(line.split()[1])
    return total
