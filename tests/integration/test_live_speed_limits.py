"""Settings that reach running downloads: a speed limit slows them without a restart, the
overall limit is shared by all of them, and fewer "downloads at once" sends the newest back
to the queue, to resume from its partial file. Rates are measured at the server, over a
window that starts after the change has had time to arrive (at the client: the server's
count runs ahead by the socket buffers); the bounds are generous upper
bounds only (nothing here depends on how fast the machine is)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from mediadesk.core.states import JobState
from tests.conftest import make_payload, sha256, wait_state

KB = 1000
SETTLE_MS = 2500  # "within about two seconds"
WINDOW_MS = 3000
SLACK = 1.6


def _window_bytes(qtbot, engine, job_ids: list[str]) -> int:
    """Bytes the downloads received in a window after the change settled. Counted at the
    client: the server's count runs megabytes ahead while the socket buffers fill."""

    def received() -> int:
        return sum(engine.job(i).bytes_done for i in job_ids)

    qtbot.wait(SETTLE_MS)
    before = received()
    qtbot.wait(WINDOW_MS)
    return received() - before


def _downloading_with_bytes(qtbot, engine, job_id: str) -> None:
    def moving() -> None:
        job = engine.job(job_id)
        assert job is not None and job.state is JobState.DOWNLOADING and job.bytes_done > 0

    qtbot.waitUntil(moving, timeout=20000)


def test_a_new_per_download_limit_slows_a_running_download_without_a_restart(
    qtbot, server, make_engine
) -> None:
    # One connection: "no new request" then means "no restart" (pieces make new requests).
    engine = make_engine(connections_per_download=1)
    payload = make_payload(12_000_000, seed=101)
    url = server.add("/live.mp4", payload, throttle=1_500_000)
    [result] = engine.add_text(url)
    job_id = result.job.id
    _downloading_with_bytes(qtbot, engine, job_id)
    requests_before = server.started.count("/live.mp4")

    engine.update_settings(replace(engine.settings, rate_limit=100 * KB))
    sent = _window_bytes(qtbot, engine, [job_id])
    assert sent <= SLACK * 100 * KB * WINDOW_MS / 1000, f"{sent} bytes in the window"
    assert engine.job(job_id).state is JobState.DOWNLOADING

    engine.update_settings(replace(engine.settings, rate_limit=0))
    done = wait_state(qtbot, engine, job_id, JobState.DONE, timeout=60000)
    assert server.started.count("/live.mp4") == requests_before, "no new request: no restart"
    assert server.ranged_gets("/live.mp4") == []
    assert sha256(Path(done.file_path)) == sha256(payload)


def test_the_overall_limit_is_shared_by_all_running_downloads_and_the_toggle_lifts_it(
    qtbot, server, make_engine
) -> None:
    engine = make_engine(max_concurrent=3, rate_limit=100 * KB, connections_per_download=1)
    payloads = [make_payload(8_000_000, seed=110 + n) for n in range(3)]
    paths = [f"/shared{n}.mp4" for n in range(3)]
    urls = [
        server.add(p, data, throttle=1_500_000) for p, data in zip(paths, payloads, strict=False)
    ]
    results = engine.add_text("\n".join(urls))
    for result in results:
        _downloading_with_bytes(qtbot, engine, result.job.id)

    # 3 x 100 kB/s per download would be 300 kB/s: the overall 120 kB/s is shared instead.
    engine.update_settings(replace(engine.settings, overall_rate_limit=120 * KB))
    sent = _window_bytes(qtbot, engine, [r.job.id for r in results])
    assert sent <= SLACK * 120 * KB * WINDOW_MS / 1000, f"{sent} bytes in the window"

    engine.update_settings(replace(engine.settings, limit_speed=False, rate_limit=0))
    for result, data in zip(results, payloads, strict=False):
        done = wait_state(qtbot, engine, result.job.id, JobState.DONE, timeout=60000)
        assert sha256(Path(done.file_path)) == sha256(data)
    assert all(server.ranged_gets(p) == [] for p in paths), "never restarted"


def test_fewer_downloads_at_once_sends_the_newest_back_to_the_queue_to_resume_later(
    qtbot, server, make_engine
) -> None:
    engine = make_engine(max_concurrent=3, connections_per_download=1)
    payloads = [make_payload(3_000_000, seed=120 + n) for n in range(3)]
    paths = [f"/many{n}.mp4" for n in range(3)]
    ids = []
    for path, data in zip(paths, payloads, strict=False):  # one at a time: a known start order
        [result] = engine.add_text(server.add(path, data, throttle=200_000))
        _downloading_with_bytes(qtbot, engine, result.job.id)
        ids.append(result.job.id)

    engine.set_max_concurrent(1)
    for job_id in ids[1:]:
        wait_state(qtbot, engine, job_id, JobState.QUEUED, timeout=3000)
    qtbot.waitUntil(lambda: engine.running_count() == 1, timeout=5000)
    assert engine.job(ids[0]).state is JobState.DOWNLOADING, "the first one keeps going"
    partial = engine.job(ids[2]).bytes_done
    assert partial > 0

    for path in paths:
        server.set_throttle(path, None)
    for job_id, data in zip(ids, payloads, strict=False):
        done = wait_state(qtbot, engine, job_id, JobState.DONE, timeout=60000)
        assert sha256(Path(done.file_path)) == sha256(data)
    for path in paths[1:]:
        assert server.ranged_gets(path), "resumed from its partial file with a Range request"
    assert server.ranged_gets(paths[0]) == []


def test_a_limit_holds_for_a_download_on_parallel_connections(qtbot, server, make_engine) -> None:
    engine = make_engine(connections_per_download=4)
    payload = make_payload(12_000_000, seed=102)
    url = server.add("/pieces.mp4", payload, throttle=1_500_000)
    [result] = engine.add_text(url)
    _downloading_with_bytes(qtbot, engine, result.job.id)

    engine.update_settings(replace(engine.settings, rate_limit=100 * KB))
    sent = _window_bytes(qtbot, engine, [result.job.id])
    assert sent <= SLACK * 100 * KB * WINDOW_MS / 1000, f"{sent} bytes in the window"
    assert len(server.ranged_gets("/pieces.mp4")) >= 2, "it did use several connections"

    engine.update_settings(replace(engine.settings, rate_limit=0))
    done = wait_state(qtbot, engine, result.job.id, JobState.DONE, timeout=60000)
    assert sha256(Path(done.file_path)) == sha256(payload)
