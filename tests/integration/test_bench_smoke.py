"""Each benchmark starts and produces its rows (tiny sizes; the numbers are not checked)."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

import pytest
from bench.__main__ import NAMES

REPO = Path(__file__).resolve().parents[2]

TINY = {
    "MEDIADESK_BENCH_SIZE": str(4 << 20),
    "MEDIADESK_BENCH_RUNS": "1",
    "MEDIADESK_BENCH_CONC_SIZE": str(1 << 20),
    "MEDIADESK_BENCH_CONC_COUNT": "2",  # still several at once; 8 Python starts cost ~10 s
    "MEDIADESK_BENCH_LAG_SECONDS": "1",
    "MEDIADESK_BENCH_HISTORY": "0,50",
    "MEDIADESK_BENCH_COUNTS": "1",
    "MEDIADESK_BENCH_COST_SECONDS": "1",
    "MEDIADESK_BENCH_PAUSES": "2",
    "MEDIADESK_BENCH_PAUSE_SIZE": str(60_000_000),  # 8 connections at 10 MB/s each
    "MEDIADESK_BENCH_KILLS": "1",
    "MEDIADESK_BENCH_UI_HISTORY": "200",
    "MEDIADESK_BENCH_CAPPED_SIZE": str(6_000_000),
    "MEDIADESK_BENCH_CAP": str(4_000_000),
    "MEDIADESK_BENCH_SETTLE": "1",
    "MEDIADESK_BENCH_FEED_ENTRIES": "20",
    "MEDIADESK_BENCH_BIG_PLAYLIST": "200",
    "MEDIADESK_BENCH_HLS_FRAGMENTS": "10",
    "MEDIADESK_BENCH_WORKER_JOBS": "2",
    "MEDIADESK_BENCH_WORKER_SIZE": str(500_000),
    "MEDIADESK_BENCH_WORKER_HOLD": "1",
}


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)  # every benchmark `python -m bench` runs
def test_benchmark_produces_rows(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if name == "capped" and not shutil.which("aria2c"):
        pytest.skip("aria2c (the reference of the capped-server benchmark) is not installed")
    if name == "hls" and not shutil.which("ffmpeg"):
        pytest.skip("ffmpeg (which makes the HLS stream) is not installed")
    for key, value in TINY.items():
        monkeypatch.setenv(key, value)
    monkeypatch.syspath_prepend(str(REPO))
    for module in [m for m in sys.modules if m == "bench" or m.startswith("bench.")]:
        del sys.modules[module]  # sizes are read at import time
    rows = importlib.import_module(f"bench.{name}").run()
    assert rows
    assert all(row.mediadesk is not None for row in rows)
    assert all(row.metric for row in rows)
