"""Benchmark 5: pause latency, and bytes downloaded twice after pause+resume and kill -9."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from bench.common import (
    MediaServer,
    Row,
    child_env,
    make_file,
    median,
    percentile,
    python,
    run_json,
    scratch,
)
from mediadesk.core.settings import Settings

PAUSES = int(os.environ.get("MEDIADESK_BENCH_PAUSES", "20"))
RATE = 10_000_000  # bytes/s: a fast home connection, shared by the download's connections
# The test server caps each connection, so the link is modelled as RATE over the default
# number of connections (8): the download as a whole still gets ~10 MB/s, as before parallel
# connections, and there is time for every pause.
CONNECTIONS = Settings(download_dir="").connections_per_download
PER_CONNECTION = RATE / CONNECTIONS
SIZE = int(os.environ.get("MEDIADESK_BENCH_PAUSE_SIZE", str(120_000_000)))
KILLS = int(os.environ.get("MEDIADESK_BENCH_KILLS", "3"))


def _pause_rows(server: MediaServer, tmp: Path, source: Path) -> list[Row]:
    url = server.add("/pause.mp4", file=source, throttle=PER_CONNECTION)
    dest = tmp / "pause"
    dest.mkdir()
    result = run_json(
        [python(), "-m", "bench.pause_child", "--dest", str(dest), "--pauses", str(PAUSES), url],
        child_env(tmp / "home"),
    )
    lat_ms = [x * 1000 for x in result["latencies"]]
    resumes = max(1, len(lat_ms))
    wasted = server.bytes_sent("/pause.mp4") - SIZE
    p95 = percentile(lat_ms, 95)
    return [
        Row(
            "5. pause",
            f"pause latency p50 ({len(lat_ms)} pauses)",
            median(lat_ms),
            unit="ms",
            notes=f"download throttled to {RATE / 1e6:.0f} MB/s "
            f"({CONNECTIONS} connections at {PER_CONNECTION / 1e6:.2f} MB/s each)",
            samples={"ms": lat_ms},
        ),
        Row("5. pause", "pause latency p95", p95, unit="ms", target="<= 250 ms", met=p95 <= 250),
        Row(
            "5. pause",
            "re-downloaded bytes per pause+resume",
            wasted / resumes / 1e6,
            unit="MB",
            target="<= 1 MB",
            met=wasted / resumes <= 1e6,
            notes=f"{wasted} bytes over {resumes} resumes, from the server's byte count",
        ),
    ]


def _db_bytes(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT MAX(bytes_done) FROM jobs").fetchone()
            return int(row[0] or 0)
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _kill_rows(server: MediaServer, tmp: Path, source: Path) -> list[Row]:
    wastes: list[float] = []
    for i in range(KILLS):
        path = f"/kill{i}.mp4"
        url = server.add(path, file=source, throttle=PER_CONNECTION)
        dest = tmp / f"kill{i}"
        dest.mkdir()
        db = dest / "bench-jobs.sqlite3"
        env = child_env(tmp / "home")
        cmd = [python(), "-m", "bench.engine_child", "--dest", str(dest), "--db", str(db)]
        proc = subprocess.Popen([*cmd, url], env=env, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while _db_bytes(db) < SIZE // 4:
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("the download never got going")
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        run_json([*cmd, "--resume-only"], env)
        wastes.append((server.bytes_sent(path) - SIZE) / 1e6)
    return [
        Row(
            "5. pause",
            "re-downloaded bytes after kill -9 + relaunch",
            median(wastes),
            unit="MB",
            target="<= 1 MB",
            met=median(wastes) <= 1,
            notes=f"median of {len(wastes)} kills at ~25%; includes what sat in socket "
            "buffers at the kill",
            samples={"MB": wastes},
        ),
    ]


def run() -> list[Row]:
    with MediaServer() as server, scratch("pause") as tmp:
        source = make_file(tmp / "src.bin", SIZE)
        return _pause_rows(server, tmp, source) + _kill_rows(server, tmp, source)
