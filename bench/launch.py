"""Benchmark 3: process start to window shown and table filled, with a long history."""

from __future__ import annotations

import os
import random
import subprocess
import time
from pathlib import Path

from bench.common import Row, child_env, median, python, scratch
from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState
from mediadesk.store.sqlite_store import SqliteJobStore

SIZES = [int(n) for n in os.environ.get("MEDIADESK_BENCH_HISTORY", "0,10000,100000").split(",")]
RUNS = int(os.environ.get("MEDIADESK_BENCH_RUNS", "3"))
# Issue #14: at most 3x a bare window at 10,000 jobs, 4x at 100,000 (and <= 150 MiB there).
TARGETS = {10_000: 3.0, 100_000: 4.0}
PEAK_MIB = {100_000: 150}


def fill_store(db: Path, count: int, folder: Path) -> None:
    """A realistic history: mostly finished jobs, some failed, canceled and paused."""
    rng = random.Random(count)
    states = (
        [JobState.DONE] * 90
        + [JobState.FAILED] * 5
        + [JobState.CANCELED] * 3
        + [JobState.PAUSED] * 2
    )
    store = SqliteJobStore.open(db)
    jobs = []
    for i in range(count):
        state = rng.choice(states)
        size = rng.randrange(1_000_000, 2_000_000_000)
        jobs.append(
            Job(
                id=f"{i:016x}",
                url=f"https://videos.example.com/watch?v={i:011d}",
                state=state,
                preset=FormatPreset.BEST,
                output_dir=str(folder),
                position=i + 1,
                created_at=1.7e9 + i * 60,
                title=f"Video number {i} — a title of ordinary length",
                file_path=str(folder / f"Video {i}.mp4") if state is JobState.DONE else "",
                bytes_done=size if state is JobState.DONE else size // 3,
                bytes_total=size,
                error="The server says this file does not exist (HTTP 404)."
                if state is JobState.FAILED
                else "",
                attempts=1,
                finished_at=1.7e9 + i * 60 + 30,
            )
        )
    store.insert_jobs(jobs)
    store.close()


def launch(env: dict[str, str], *extra: str) -> tuple[float, int, int, int]:
    began = time.perf_counter()
    proc = subprocess.Popen(
        [python(), "-m", "bench.launch_child", *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("READY"):
            seconds = time.perf_counter() - began
            _, rows, counted, peak = line.split()
            proc.wait(timeout=60)
            return seconds, int(rows), int(counted), int(peak)
    proc.wait()
    raise RuntimeError(f"the app never became ready (exit {proc.returncode})")


def run() -> list[Row]:
    rows: list[Row] = []
    with scratch("launch") as tmp:
        floor_env = child_env(tmp / "bare")
        launch(floor_env, "--bare")  # untimed: bytecode caches written, files in the page cache
        floor = median([launch(floor_env, "--bare")[0] for _ in range(RUNS)])
        launch(child_env(tmp / "warm"))  # untimed, the same for MediaDesk's own modules
        for count in SIZES:
            home = tmp / f"h{count}"
            env = child_env(home)
            db = Path(env["XDG_DATA_HOME"]) / "MediaDesk" / "jobs.sqlite3"
            fill_store(db, count, home / "Downloads")
            samples = [launch(env) for _ in range(RUNS)]
            seconds = median([s[0] for s in samples])
            shown, counted = samples[0][1], samples[0][2]
            if counted != count or not (0 < shown <= count or shown == count == 0):
                raise RuntimeError(f"the table held {shown} rows and counted {counted} of {count}")
            target = TARGETS.get(count)
            peak_mib = max(s[3] for s in samples) / 1024
            met = None
            if target:
                met = seconds <= target * floor and peak_mib <= PEAK_MIB.get(count, peak_mib)
            limit = f", peak RSS <= {PEAK_MIB[count]} MiB" if count in PEAK_MIB else ""
            rows.append(
                Row(
                    "3. launch",
                    f"start to window filled, {count:,} jobs",
                    seconds,
                    floor,
                    "bare PySide6 window",
                    "s",
                    f"<= {target:g} x bare{limit}" if target else "",
                    met,
                    f"peak RSS {peak_mib:.0f} MiB; {shown} rows loaded at first paint, "
                    f"{counted:,} counted",
                    {"seconds": [s[0] for s in samples]},
                )
            )
    return rows
