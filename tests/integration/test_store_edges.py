"""The store's disk fills up, or its folder is deleted, while downloads run: nothing is lost.

Real SQLite, real workers, a local server. The full disk is a small tmpfs the test mounts
(root only; skipped with the reason otherwise), so SQLite meets a real ENOSPC.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.ui.panes.message_area import MessageArea
from mediadesk.ui.store_banner import StoreBanner
from tests.conftest import make_payload, sha256, wait_state
from tests.support.small_disk import mounted_small_disk


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with mounted_small_disk(tmp_path / "small-disk", "2m") as mount:
        yield mount


def _fill(folder: Path) -> Path:
    """Write until the disk says ENOSPC; the file is the space to give back later."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == 28, exc
    return filler


def _on_disk(db: Path) -> dict[str, tuple[str, str]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT id, state, file_path FROM jobs").fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}
    finally:
        conn.close()


def _engine(store: SqliteJobStore, downloads: Path, **kw: int) -> JobEngine:
    settings = Settings(download_dir=str(downloads), max_concurrent=1, socket_timeout=2.0)
    engine = JobEngine(store, settings, **kw)
    engine.start()
    return engine


@pytest.mark.slow
def test_full_disk_under_the_store_keeps_the_truth_and_recovers(
    qtbot, server, small_disk: Path, downloads: Path, capfd
) -> None:
    db = small_disk / "data" / "jobs.sqlite3"
    store = SqliteJobStore.open(db)
    engine = _engine(store, downloads, store_retry_ms=100)
    banner = StoreBanner()
    qtbot.add_widget(banner)
    banner.watch(engine, MessageArea())
    problems: list[str | None] = []
    engine.storeProblem.connect(problems.append)
    data = make_payload(1_500_000, seed=5)
    first_url = server.add("/first.mp4", data, throttle=400_000)
    second_url = server.add("/second.mp4", make_payload(300_000, seed=6))
    first, second = (r.job.id for r in engine.add_urls([first_url, second_url]))
    qtbot.waitUntil(lambda: engine.job(first).bytes_done >= 200_000, timeout=20000)

    # Empty the WAL first, so the very next write must grow a file on the full disk.
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    filler = _fill(small_disk)
    server.set_throttle("/first.mp4", None)
    done = wait_state(qtbot, engine, first, JobState.DONE)

    qtbot.waitUntil(lambda: bool(problems) and problems[-1] is not None, timeout=5000)
    assert f"the disk holding {db.parent} is full" in str(problems[-1])
    assert not banner.isHidden()
    assert banner.text() == problems[-1]
    assert sha256(Path(done.file_path)) == sha256(data)
    assert _on_disk(db)[first][0] != "done", "the disk really refused the write"
    assert engine.job(second).state is JobState.QUEUED and not engine.is_running(second)

    filler.unlink()
    qtbot.waitUntil(lambda: problems[-1] is None, timeout=10000)
    assert banner.isHidden()
    assert _on_disk(db)[first] == ("done", done.file_path)
    wait_state(qtbot, engine, second, JobState.DONE)  # held-back work went on
    fetched = len(server.gets("/first.mp4"))
    assert engine.shutdown(timeout=5)
    store.close()

    again = SqliteJobStore.open(db)
    relaunched = _engine(again, downloads)
    assert relaunched.job(first).state is JobState.DONE
    assert not relaunched.is_running(first)
    relaunched.shutdown(timeout=5)
    again.close()
    assert len(server.gets("/first.mp4")) == fetched, "a finished file is never fetched again"
    err = capfd.readouterr().err
    assert "OperationalError" not in err and "Traceback" not in err, err


@pytest.mark.slow
def test_deleted_data_folder_is_written_again_with_every_job(
    qtbot, server, tmp_path: Path, downloads: Path
) -> None:
    db = tmp_path / "data" / "jobs.sqlite3"
    store = SqliteJobStore.open(db)
    engine = _engine(store, downloads, store_check_ms=100)
    notices: list[str] = []
    engine.storeReattached.connect(notices.append)
    small = server.add("/small.mp4", make_payload(100_000, seed=7))
    slow = server.add("/slow.mp4", make_payload(2_000_000, seed=8), throttle=300_000)
    done_id, running_id, paused_id = (
        r.job.id for r in engine.add_urls([small, slow, server.url("/never.mp4")])
    )
    engine.pause([paused_id])
    wait_state(qtbot, engine, done_id, JobState.DONE)
    qtbot.waitUntil(lambda: engine.job(running_id).bytes_done > 0, timeout=20000)

    shutil.rmtree(db.parent)
    qtbot.waitUntil(lambda: bool(notices), timeout=10000)

    assert str(db) in notices[0] and "nothing was lost" in notices[0]
    assert db.parent.stat().st_mode & 0o777 == 0o700
    disk = _on_disk(db)
    assert set(disk) == {done_id, running_id, paused_id}
    assert disk[done_id][0] == "done" and disk[paused_id][0] == "paused"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        log = [
            r[0]
            for r in conn.execute("SELECT message FROM job_events WHERE job_id = ?", (done_id,))
        ]
    assert "Added to the queue." in log, "the log came across too"

    server.set_throttle("/slow.mp4", None)
    wait_state(qtbot, engine, running_id, JobState.DONE)
    qtbot.waitUntil(lambda: _on_disk(db)[running_id][0] == "done", timeout=5000)
    assert engine.shutdown(timeout=5)
    store.close()

    again = SqliteJobStore.open(db)
    states = {j.id: j.state for j in again.load_jobs()}
    again.close()
    assert states == {
        done_id: JobState.DONE,
        running_id: JobState.DONE,
        paused_id: JobState.PAUSED,
    }
