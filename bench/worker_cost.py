"""Benchmark 9: what one job costs to start and to keep running, vs a plain ``yt-dlp`` process.

Per job, on the same local file: time from start (the URL added to a running engine; the
``yt-dlp`` process launched) to the server seeing the first request, and to the first byte
written to the partial file (inotify, no polling). Then private memory (USS, Private_* of
/proc/PID/smaps_rollup) per active download with several throttled downloads running.
MediaDesk runs with its warm worker zygote (the default) and, for comparison, with
``MEDIADESK_NO_ZYGOTE=1`` (a fresh worker process per job, as before).
"""

from __future__ import annotations

import ctypes
import json
import os
import select
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.common import (
    MediaServer,
    Row,
    child_env,
    command_line,
    descendants,
    median,
    python,
    run_json,
    scratch,
    tool,
    uss_kb,
)

JOBS = int(os.environ.get("MEDIADESK_BENCH_WORKER_JOBS", "10"))
SIZE = int(os.environ.get("MEDIADESK_BENCH_WORKER_SIZE", str(2_000_000)))
HOLD = int(os.environ.get("MEDIADESK_BENCH_WORKER_HOLD", "4"))
HOLD_RATE = 200_000  # bytes per second per download while memory is measured
_IN_MODIFY = 0x2
_EVENT = struct.Struct("iIII")


class FirstWrites:
    """When each ``*.part`` file in a folder was first written to (inotify IN_MODIFY)."""

    def __init__(self, folder: Path) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._fd = self._libc.inotify_init1(os.O_CLOEXEC)
        if self._fd < 0 or self._libc.inotify_add_watch(self._fd, bytes(folder), _IN_MODIFY) < 0:
            raise OSError(ctypes.get_errno(), "inotify is not available")
        self.first: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.is_set():
            if not select.select([self._fd], [], [], 0.1)[0]:
                continue
            now = time.monotonic()
            data = os.read(self._fd, 65536)
            offset = 0
            while offset < len(data):
                _wd, _mask, _cookie, length = _EVENT.unpack_from(data, offset)
                name = data[offset + _EVENT.size : offset + _EVENT.size + length]
                offset += _EVENT.size + length
                text = name.rstrip(b"\0").decode(errors="replace")
                if text.endswith(".part"):
                    self.first.setdefault(text, now)

    def after(self, moments: list[float]) -> list[float]:
        """For jobs started one after another at ``moments``: each one's first write."""
        firsts = sorted(self.first.values())
        return [next(t for t in firsts if t >= began) - began for began in moments]

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        os.close(self._fd)


def _mediadesk_starts(server: MediaServer, env: dict[str, str], dest: Path, tag: str):
    dest.mkdir(parents=True)
    paths = [f"/{tag}-{i}.mp4" for i in range(JOBS + 1)]
    payload = os.urandom(SIZE)
    urls = [server.add(path, payload) for path in paths]
    watch = FirstWrites(dest)
    try:
        result = run_json(
            [python(), "-m", "bench.worker_cost_child", "--dest", str(dest), *urls], env
        )
    finally:
        watch.close()
    added = result["added"]
    requests = [server.first_arrival[p] - t for p, t in zip(paths, added, strict=True)]
    writes = watch.after(added)
    return requests[1:], writes[1:], result["zygote"]  # the first job warms the engine's caches


def _ytdlp_starts(server: MediaServer, ytdlp: str, dest: Path) -> tuple[list[float], list[float]]:
    dest.mkdir(parents=True)
    payload = os.urandom(SIZE)
    watch = FirstWrites(dest)
    requests, moments = [], []
    try:
        for i in range(JOBS):
            url = server.add(f"/y-{i}.mp4", payload)
            time.sleep(0.3)
            began = time.monotonic()
            subprocess.run(
                [ytdlp, "--no-progress", "-q", "-o", str(dest / f"y{i}.%(ext)s"), url],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=120,
            )
            moments.append(began)
            requests.append(server.first_arrival[f"/y-{i}.mp4"] - began)
    finally:
        watch.close()
    return requests, watch.after(moments)


def _mediadesk_memory(server: MediaServer, env: dict[str, str], dest: Path, tag: str):
    """USS of each worker and of the zygote(s), with HOLD throttled downloads running."""
    dest.mkdir(parents=True)
    payload = os.urandom(HOLD_RATE * 60)
    urls = [server.add(f"/{tag}-hold-{i}.mp4", payload, throttle=HOLD_RATE) for i in range(HOLD)]
    proc = subprocess.Popen(
        [python(), "-m", "bench.worker_cost_child", "--hold", "--dest", str(dest), *urls],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdin is not None
        line = proc.stdout.readline()
        if not line.startswith("{"):
            raise RuntimeError(f"the engine child did not get its downloads flowing: {line!r}")
        time.sleep(1.0)  # a second of steady downloading: blocks, buffers, progress
        children = set(descendants(proc.pid)) - {
            grandchild for child in descendants(proc.pid) for grandchild in descendants(child)
        }
        # Forked children carry the zygote's command line: tell them apart by the tree.
        zygotes = [p for p in children if "zygote" in command_line(p)[-2:]]
        zygote_children = {c for z in zygotes for c in descendants(z)}
        workers = [p for p in descendants(proc.pid) if p not in zygotes]
        if len(workers) != HOLD:
            raise RuntimeError(f"expected {HOLD} workers, found {len(workers)}")
        result = (
            [uss_kb(p) / 1024 for p in workers],
            [uss_kb(p) / 1024 for p in zygotes],
            len(zygote_children),
        )
        proc.stdin.close()
        proc.wait(60)
        return result
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _ytdlp_memory(server: MediaServer, ytdlp: str, dest: Path) -> list[float]:
    dest.mkdir(parents=True)
    payload = os.urandom(HOLD_RATE * 60)
    procs = []
    try:
        for i in range(HOLD):
            url = server.add(f"/y-hold-{i}.mp4", payload, throttle=HOLD_RATE)
            out = str(dest / f"h{i}.%(ext)s")
            procs.append(
                subprocess.Popen(
                    [ytdlp, "--no-progress", "-q", "-o", out, url],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        deadline = time.monotonic() + 60
        while len([p for p in dest.glob("*.part") if p.stat().st_size > 0]) < HOLD:
            if time.monotonic() > deadline:
                raise RuntimeError("the yt-dlp processes never got flowing")
            time.sleep(0.05)
        time.sleep(1.0)
        return [uss_kb(p.pid) / 1024 for p in procs]
    finally:
        for p in procs:
            p.kill()
            p.wait()


def run() -> list[Row]:
    ytdlp = tool("yt-dlp")
    if ytdlp is None:
        raise RuntimeError("the yt-dlp command line (the reference) is not installed")
    with MediaServer() as server, scratch("workers") as tmp:
        env = child_env(tmp / "home")
        spawn_env = {**env, "MEDIADESK_NO_ZYGOTE": "1"}
        md_req, md_write, zygote = _mediadesk_starts(server, env, tmp / "md", "m")
        if not zygote:
            raise RuntimeError("the worker zygote did not start: nothing to measure")
        y_req, y_write = _ytdlp_starts(server, ytdlp, tmp / "yt")
        sp_req, sp_write, _ = _mediadesk_starts(server, spawn_env, tmp / "sp", "s")
        md_uss, zygote_uss, forked = _mediadesk_memory(server, env, tmp / "mdh", "m")
        if forked != HOLD:
            raise RuntimeError(f"{forked} of {HOLD} workers came from the zygote")
        y_uss = _ytdlp_memory(server, ytdlp, tmp / "yth")
        sp_uss, _, _ = _mediadesk_memory(server, spawn_env, tmp / "sph", "s")

    def ms(values: list[float]) -> float:
        return median(values) * 1000

    samples = {"mediadesk": md_write, "yt-dlp": y_write, "spawned": sp_write}
    rows = [
        Row(
            "11. lean workers",
            "job start to first request at the server (median)",
            ms(md_req),
            ms(y_req),
            "yt-dlp process",
            "ms",
            "<= 1.2 x yt-dlp",
            ms(md_req) <= 1.2 * ms(y_req),
            f"warm zygote; {len(md_req)} jobs one after another, {SIZE / 1e6:.0f} MB files. "
            f"A fresh worker process per job (MEDIADESK_NO_ZYGOTE=1): {ms(sp_req):.0f} ms",
            {"mediadesk": md_req, "yt-dlp": y_req, "spawned": sp_req},
        ),
        Row(
            "11. lean workers",
            "job start to first byte written (median)",
            ms(md_write),
            ms(y_write),
            "yt-dlp process",
            "ms",
            "<= 1.2 x yt-dlp",
            ms(md_write) <= 1.2 * ms(y_write),
            f"first write to the .part file (inotify). Fresh worker per job: {ms(sp_write):.0f} ms",
            samples,
        ),
        Row(
            "11. lean workers",
            f"private memory (USS) per active download, {HOLD} running",
            median(md_uss),
            median(y_uss),
            "yt-dlp process",
            "MiB",
            "<= 20 MiB",
            median(md_uss) <= 20,
            f"the zygote itself: {sum(zygote_uss):.0f} MiB, once. A fresh worker process per "
            f"download (MEDIADESK_NO_ZYGOTE=1): {median(sp_uss):.0f} MiB",
            {"mediadesk": md_uss, "yt-dlp": y_uss, "spawned": sp_uss, "zygote": zygote_uss},
        ),
    ]
    return rows


if __name__ == "__main__":
    for row in run():
        print(json.dumps(row.__dict__, default=str))
    sys.exit(0)
