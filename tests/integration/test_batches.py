"""Playlists become batches: feeds, multi-video pages, failed items, re-adding, kill -9."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mediadesk.cli.listing import print_jobs
from mediadesk.core.probe import ProbeKind
from mediadesk.core.states import JobState
from mediadesk.engine.probe_service import ProbeService
from mediadesk.store.sqlite_store import SqliteJobStore
from tests.conftest import make_payload, sha256
from tests.support.media_server import MediaServer

REPO = Path(__file__).resolve().parents[2]


def serve_feed(server: MediaServer, name: str, count: int, *, missing: tuple[int, ...] = ()) -> str:
    """An RSS feed with ``count`` enclosures; the numbers in ``missing`` answer 404."""
    items = []
    for i in range(1, count + 1):
        path = f"/{name}/ep{i}.mp4"
        if i not in missing:
            server.add(path, make_payload(20_000 + i, seed=i))
        items.append(
            f"<item><title>Episode {i}</title><guid>{name}-ep{i}</guid>"
            f'<enclosure url="{server.url(path)}" type="video/mp4" length="{20_000 + i}"/></item>'
        )
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        f"<title>Show {name}</title><link>{server.url('/')}</link>{''.join(items)}"
        "</channel></rss>"
    )
    return server.add(f"/{name}.xml", feed.encode(), content_type="application/rss+xml")


def wait_batch(qtbot, engine, *, timeout: int = 60_000):
    """Wait for exactly one batch whose items are all final; returns (batch, items)."""

    def settled() -> None:
        batches = engine.batches()
        assert len(batches) == 1, f"{len(batches)} batches"
        items = engine.batch_items(batches[0].id)
        assert items and all(j.state.is_final for j in items), [j.state for j in items]

    qtbot.waitUntil(settled, timeout=timeout)
    batch = engine.batches()[0]
    return batch, engine.batch_items(batch.id)


def test_a_feed_becomes_a_batch_in_its_own_folder(qtbot, server, make_engine, downloads) -> None:
    feed = serve_feed(server, "alpha", 6)
    engine = make_engine(max_concurrent=3)
    engine.add_urls([feed])
    batch, items = wait_batch(qtbot, engine)
    assert batch.title == "Show alpha" and batch.entry_count == 6
    assert Path(batch.output_dir) == downloads / "Show alpha"
    assert [j.title for j in items] == [f"Episode {i}" for i in range(1, 7)]
    assert all(j.state is JobState.DONE for j in items)
    for i, job in enumerate(items, start=1):
        assert Path(job.file_path).parent == downloads / "Show alpha"
        assert sha256(Path(job.file_path)) == sha256(make_payload(20_000 + i, seed=i))
        assert (job.extractor, job.video_id) == ("Generic", f"alpha-ep{i}")
    # The address that turned out to be a playlist is not left as a job of its own.
    assert {j.id for j in engine.jobs()} == {j.id for j in items}


def test_one_missing_item_fails_alone_and_retry_failed_fetches_it(
    qtbot, server, make_engine
) -> None:
    feed = serve_feed(server, "beta", 4, missing=(3,))
    engine = make_engine(max_concurrent=2, max_attempts=1)
    engine.add_urls([feed])
    batch, items = wait_batch(qtbot, engine)
    states = [j.state for j in items]
    assert states == [JobState.DONE, JobState.DONE, JobState.FAILED, JobState.DONE]
    assert "404" in items[2].error
    fetched = [len(server.gets(f"/beta/ep{i}.mp4")) for i in (1, 2, 4)]
    assert all(fetched)
    server.add("/beta/ep3.mp4", make_payload(20_003, seed=3))
    engine.retry([batch.id])  # a batch command: only its failed items are retried
    qtbot.waitUntil(lambda: engine.job(items[2].id).state is JobState.DONE, timeout=30_000)
    # The finished items were not fetched again, and they are still done.
    assert [len(server.gets(f"/beta/ep{i}.mp4")) for i in (1, 2, 4)] == fetched
    assert [engine.job(j.id).state for j in items] == [JobState.DONE] * 4


def test_adding_the_same_feed_again_downloads_nothing_twice(
    qtbot, server, make_engine, db_path, downloads
) -> None:
    feed = serve_feed(server, "gamma", 3)
    engine = make_engine()
    engine.add_urls([feed])
    batch, _items = wait_batch(qtbot, engine)
    fetched = {i: len(server.gets(f"/gamma/ep{i}.mp4")) for i in (1, 2, 3)}
    engine.shutdown()

    again = make_engine()  # a relaunch: the archive comes from the store
    job_id = again.add_urls([feed])[0].job.id
    qtbot.waitUntil(lambda: again.job(job_id).state.is_final, timeout=30_000)
    assert again.job(job_id).state is JobState.DONE
    assert "3 already downloaded" in " ".join(e.message for e in again.events(job_id))
    assert {i: len(server.gets(f"/gamma/ep{i}.mp4")) for i in (1, 2, 3)} == fetched
    assert [b.id for b in again.batches()] == [batch.id]


def test_a_page_with_several_videos_becomes_a_batch(qtbot, server, make_engine) -> None:
    server.add("/clips/a.mp4", make_payload(10_000, seed=21))
    server.add("/clips/b.mp4", make_payload(11_000, seed=22))
    page = (
        b"<html><head><title>Two clips</title></head><body>"
        b'<video src="/clips/a.mp4"></video><video src="/clips/b.mp4"></video></body></html>'
    )
    url = server.add("/clips.html", page, content_type="text/html")
    engine = make_engine()
    engine.add_urls([url])
    batch, items = wait_batch(qtbot, engine)
    assert batch.title == "Two clips" and len(items) == 2
    assert all(j.state is JobState.DONE for j in items)


def test_an_empty_feed_fails_with_a_clear_message(qtbot, server, make_engine) -> None:
    feed = server.add(
        "/empty.xml",
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Nothing</title>'
        b"<link>http://example.invalid/</link></channel></rss>",
        content_type="application/rss+xml",
    )
    engine = make_engine()
    job_id = engine.add_urls([feed])[0].job.id
    qtbot.waitUntil(lambda: engine.job(job_id).state.is_final, timeout=30_000)
    job = engine.job(job_id)
    assert job.state is JobState.FAILED and "empty, private" in job.error
    assert engine.batches() == []


def test_probe_service_lists_a_feed_flat_and_reports_errors(qtbot, server) -> None:
    feed = serve_feed(server, "delta", 25)
    service = ProbeService()
    with qtbot.waitSignal(service.finished, timeout=30_000) as got:
        service.probe(feed)
    url, probe = got.args
    assert url == feed and probe.kind is ProbeKind.PLAYLIST and probe.title == "Show delta"
    assert [e.title for e in probe.entries] == [f"Episode {i}" for i in range(1, 26)]
    assert all(not server.gets(f"/delta/ep{i}.mp4") for i in range(1, 26))  # flat: no item read
    with qtbot.waitSignal(service.failed, timeout=30_000) as bad:
        service.probe(server.url("/no-such-feed.xml"))
    assert "404" in bad.args[1]
    service.probe(feed)
    assert service.is_running()
    service.cancel()  # kills the worker; nothing is reported
    assert not service.is_running()


def test_list_json_shows_batches_and_each_jobs_batch(
    qtbot, server, make_engine, db_path, capsys
) -> None:
    feed = serve_feed(server, "eps", 2)
    engine = make_engine()
    engine.add_urls([feed])
    batch, _items = wait_batch(qtbot, engine)
    engine.shutdown()
    import io

    out, err = io.StringIO(), io.StringIO()
    assert print_jobs(db_path, as_json=True, out=out, err=err) == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert records[0]["type"] == "batch" and records[0]["summary"] == "2 of 2 done"
    assert [r["batch"] for r in records[1:]] == [{"id": batch.id, "title": "Show eps"}] * 2


def _item_bytes(db: Path, video_id: str) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT bytes_done FROM jobs WHERE video_id = ?", (video_id,)).fetchone()
        return row[0] if row else 0
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


@pytest.mark.slow
def test_kill_9_mid_batch_then_relaunch_finishes_without_refetching(
    qtbot, server, make_engine, db_path: Path, downloads: Path
) -> None:
    feed = serve_feed(server, "kill", 4)
    big = make_payload(2_000_000, seed=99)
    server.add("/kill/ep2.mp4", big, throttle=400_000)
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.engine_process", str(db_path), str(downloads), feed],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        deadline = time.monotonic() + 40
        while _item_bytes(db_path, "kill-ep2") < 400_000:
            assert time.monotonic() < deadline, "the child never got into the batch"
            assert proc.poll() is None
            time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    store = SqliteJobStore.open(db_path)
    stored = [j for j in store.load_jobs() if j.batch_id]
    assert len(store.load_batches()) == 1 and len(stored) == 4
    store.close()
    done_before = {j.id for j in stored if j.state is JobState.DONE}
    ep1_gets = len(server.gets("/kill/ep1.mp4"))
    feed_gets = len(server.gets("/kill.xml"))
    server.set_throttle("/kill/ep2.mp4", None)

    engine = make_engine()  # the relaunch
    _batch, items = wait_batch(qtbot, engine)
    assert all(j.state is JobState.DONE for j in items)
    assert sha256(Path(items[1].file_path)) == sha256(big)
    resumed = [r for r in server.gets("/kill/ep2.mp4") if r.range]
    assert resumed, "the interrupted item resumed from its partial file"
    assert len(server.gets("/kill.xml")) == feed_gets  # the playlist was not extracted again
    if items[0].id in done_before:
        assert len(server.gets("/kill/ep1.mp4")) == ep1_gets


def test_a_position_prefix_template_names_items_by_their_playlist_position(
    qtbot, server, make_engine, downloads
) -> None:
    feed = serve_feed(server, "order", 3)
    engine = make_engine(max_concurrent=2, name_template="%(playlist_index)02d - %(title)s")
    engine.add_urls([feed])
    _batch, items = wait_batch(qtbot, engine)
    assert [j.playlist_index for j in items] == [1, 2, 3]
    # The generic extractor titles each file after its address ("ep1"); the prefix is the
    # item's position in the feed.
    assert [Path(j.file_path).name for j in items] == [f"{i:02d} - ep{i}.mp4" for i in (1, 2, 3)]
