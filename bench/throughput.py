"""Benchmark 1: one big file over loopback — MediaDesk's engine vs yt-dlp's CLI vs curl."""

from __future__ import annotations

import os

from bench.common import (
    MediaServer,
    Row,
    child_env,
    make_file,
    median,
    python,
    scratch,
    timed,
    tool,
)

SIZE = int(os.environ.get("MEDIADESK_BENCH_SIZE", str(1 << 30)))
RUNS = int(os.environ.get("MEDIADESK_BENCH_RUNS", "3"))


def run() -> list[Row]:
    mb = SIZE / 1e6
    samples: dict[str, list[float]] = {"curl": [], "yt-dlp": [], "mediadesk": []}
    with MediaServer() as server, scratch("throughput") as tmp:
        url = server.add("/big.mp4", file=make_file(tmp / "big.bin", SIZE))
        env = child_env(tmp / "home")
        commands = {
            "curl": lambda d: [tool("curl") or "curl", "-s", "-o", str(d / "out.mp4"), url],
            "yt-dlp": lambda d: [
                tool("yt-dlp") or "yt-dlp",
                "-q",
                "--no-progress",
                "-o",
                str(d / "out.%(ext)s"),
                url,
            ],
            "mediadesk": lambda d: [python(), "-m", "bench.engine_child", "--dest", str(d), url],
        }
        for _ in range(RUNS):
            for name, command in commands.items():  # alternate, same file, same server
                dest = tmp / f"out-{name}"
                dest.mkdir()
                samples[name].append(mb / timed(command(dest), env))
                for leftover in dest.iterdir():
                    leftover.unlink()
                dest.rmdir()
    md, ytdlp, curl = (median(samples[k]) for k in ("mediadesk", "yt-dlp", "curl"))
    size = f"{SIZE / (1 << 20):.0f} MiB"
    return [
        Row(
            "1. single download",
            f"throughput, {size} file",
            md,
            ytdlp,
            "yt-dlp CLI",
            "MB/s",
            ">= 0.95 x yt-dlp",
            md >= 0.95 * ytdlp,
            f"curl (machine limit): {curl:.0f} MB/s; MediaDesk = {md / curl:.2f} x curl. "
            "Times include process start for all three.",
            samples,
        )
    ]
