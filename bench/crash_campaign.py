"""A crash campaign: kill -9 a headless engine at random moments, relaunch, repeat; then let it
finish and count what was lost, corrupt, fetched twice or left behind.

``python -m bench.crash_campaign [CYCLES] [SEED]`` prints a JSON summary. It is the outside
campaign's method in small (the first release's: 130 cycles, 0 lost, 0 corrupt, 0 wrong hashes,
0 leftovers); run it after any change to finishing, the store or the runner.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import REPO, MediaServer

FILES = 6
SIZE = 6_000_000


def _launch(db: Path, folder: Path, urls: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.engine_process", str(db), str(folder), *urls],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
    )


def _states(db: Path) -> dict[str, tuple[str, str]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "corrupt database"
        return {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, state, file_path FROM jobs")}
    finally:
        conn.close()


def run(cycles: int = 20, seed: int = 7) -> dict[str, object]:
    rng = random.Random(seed)
    payloads = {f"/c{n}.mp4": rng.randbytes(SIZE) for n in range(FILES)}
    with MediaServer() as server, tempfile.TemporaryDirectory() as tmp:
        urls = [server.add(path, data, throttle=300_000) for path, data in payloads.items()]
        db, folder = Path(tmp) / "data" / "jobs.sqlite3", Path(tmp) / "downloads"
        folder.mkdir()
        first = _launch(db, folder, urls)
        ids = [first.stdout.readline().strip() for _ in urls]
        proc = first
        for _cycle in range(cycles):
            time.sleep(rng.uniform(1.0, 4.0))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            _states(db)  # integrity after every kill
            proc = _launch(db, folder, [])
        for path in payloads:
            server.set_throttle(path, None)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            states = _states(db)
            if all(states.get(i, ("", ""))[0] in ("done", "failed") for i in ids):
                break
            time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        states = _states(db)
        by_url = dict(zip(ids, payloads.values(), strict=True))
        lost = [i for i in ids if i not in states]
        not_done = [i for i in ids if i in states and states[i][0] != "done"]
        wrong = [
            i
            for i in ids
            if i in states
            and states[i][0] == "done"
            and hashlib.sha256(Path(states[i][1]).read_bytes()).digest()
            != hashlib.sha256(by_url[i]).digest()
        ]
        finals = {Path(states[i][1]).name for i in ids if i in states and states[i][1]}
        leftovers = sorted(p.name for p in folder.iterdir() if p.name not in finals)
        resumed = sum(1 for r in server.requests if r.method == "GET" and r.range)
        return {
            "cycles": cycles,
            "jobs": len(ids),
            "lost": len(lost),
            "not_done": len(not_done),
            "wrong_hashes": len(wrong),
            "leftovers": leftovers,
            "ranged_resumes": resumed,
        }


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    print(json.dumps(run(*args), indent=2))
