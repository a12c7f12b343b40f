"""Benchmark 4: cost per active download — CPU, memory and database writes — and idle cost."""

from __future__ import annotations

import os

from bench.common import MediaServer, Row, child_env, run_app, scratch

COUNTS = [int(n) for n in os.environ.get("MEDIADESK_BENCH_COUNTS", "1,10,50").split(",")]
SECONDS = float(os.environ.get("MEDIADESK_BENCH_COST_SECONDS", "10"))
RATE = 1_000_000  # 1 MB/s per download


def run() -> list[Row]:
    rows: list[Row] = []
    with MediaServer() as server, scratch("cost") as tmp:
        env = child_env(tmp / "home")
        payload = os.urandom(int(RATE * (SECONDS + 10)))
        idle_dest = tmp / "idle"
        idle = run_app(env, idle_dest, "--measure-seconds", str(SECONDS))
        rows.append(
            Row(
                "4. cost",
                "idle CPU (window open, nothing running)",
                idle["cpu_percent"],
                unit="% of one core",
                target="~0%",
                met=idle["cpu_percent"] < 1.0,
                notes=f"RSS {idle['rss_kb'] / 1024:.0f} MiB",
            )
        )
        for count in COUNTS:
            urls = [server.add(f"/c{count}-{i}.mp4", payload, throttle=RATE) for i in range(count)]
            dest = tmp / f"n{count}"
            # One connection each: the server's cap per connection is then each download's
            # rate (with several, the payload ran out before the measurement ended).
            result = run_app(
                env,
                dest,
                "--concurrent",
                str(count),
                "--connections",
                "1",
                "--measure-seconds",
                str(SECONDS),
                *urls,
            )
            if result["running"] != count:
                raise RuntimeError(f"only {result['running']} of {count} downloads were running")
            app_cpu, workers_cpu = result["cpu_percent"], result["worker_cpu_percent"]
            rows.append(
                Row(
                    "4. cost",
                    f"{count} active downloads at 1 MB/s: CPU, app + workers",
                    app_cpu + workers_cpu,
                    unit="% of one core",
                    notes=f"app process {app_cpu:.1f} %, {count} worker processes "
                    f"{workers_cpu:.1f} %: {(app_cpu + workers_cpu) / count:.2f} % per download. "
                    f"Memory: app RSS growth {result['rss_growth_kb'] / 1024:.1f} MiB, workers "
                    f"{result['worker_rss_kb'] / 1024:.0f} MiB "
                    f"({result['worker_rss_kb'] / 1024 / count:.0f} MiB each)",
                )
            )
            wps = result["writes_per_job_second"]
            rows.append(
                Row(
                    "4. cost",
                    f"{count} active downloads: DB writes per job per second",
                    wps,
                    unit="writes/s",
                    target="<= 1 (about one)",
                    met=wps <= 1.1,
                    notes="one row write per job per 1 s flush tick (a 10 s window holds 10 or "
                    "11 ticks)",
                )
            )
    return rows
