"""Workers forked by the warm zygote keep what separate worker processes gave: the result is
byte-identical, a stop reaches the worker's own children (ffprobe/ffmpeg), nothing outlives a
`kill -9` of the app, and a killed zygote loses no download."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mediadesk.core.states import JobState
from mediadesk.engine.probe_service import ProbeService
from mediadesk.engine.zygote_client import ZygoteLauncher, shared_launcher
from mediadesk.updates.overlay import overlay_worker_env
from tests.conftest import make_payload, sha256, wait_state
from tests.support.media_server import Fault
from tests.support.processes import alive, children, command_line, descendants, wait_gone
from tests.support.zygote_probe import probe_through

REPO = Path(__file__).resolve().parents[2]


def _zygote() -> int:
    pid = shared_launcher().zygote_pid
    assert pid is not None, f"no worker zygote runs: {shared_launcher().last_problem}"
    return pid


def _spawned_workers() -> list[int]:
    """Workers this process started itself (``python -m mediadesk.worker FD``)."""
    return [
        pid
        for pid in children(os.getpid())
        if "mediadesk.worker" in command_line(pid) and "zygote" not in command_line(pid)
    ]


def test_a_download_runs_in_a_forked_worker_and_is_byte_identical(
    qtbot, server, make_engine
) -> None:
    data = make_payload(2_500_000, seed=41)
    url = server.add("/forked.mp4", data, throttle=400_000)
    engine = make_engine(connections_per_download=1)
    job_id = engine.add_urls([url])[0].job.id
    qtbot.waitUntil(lambda: engine.job(job_id).bytes_done > 0, timeout=30000)
    assert children(_zygote()), "the running download's worker is the zygote's child"
    assert not _spawned_workers()
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sha256(data)


def test_without_the_zygote_workers_are_spawned_as_before(
    qtbot, server, make_engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEDIADESK_NO_ZYGOTE", "1")
    data = make_payload(1_500_000, seed=42)
    url = server.add("/spawned.mp4", data, throttle=300_000)
    engine = make_engine(connections_per_download=1)
    job_id = engine.add_urls([url])[0].job.id
    qtbot.waitUntil(lambda: engine.job(job_id).bytes_done > 0, timeout=30000)
    assert _spawned_workers()
    server.set_throttle("/spawned.mp4", None)  # seen while it ran: the rest at full speed
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert sha256(Path(job.file_path)) == sha256(data)


FFPROBE = shutil.which("ffprobe")
FFMPEG = shutil.which("ffmpeg")


@pytest.mark.skipif(FFPROBE is None or FFMPEG is None, reason="needs ffmpeg and ffprobe")
def test_a_stop_reaches_the_forked_workers_own_children(
    qtbot, server, make_engine, tmp_path: Path
) -> None:
    # An ffprobe that hangs when the worker checks the finished file (as a stuck ffmpeg
    # merge would); it says who it is and who started it.
    tools = tmp_path / "tools"
    tools.mkdir()
    pidfile = tmp_path / "ffprobe.pids"
    (tools / "ffmpeg").symlink_to(FFMPEG)
    (tools / "ffprobe").write_text(
        "#!/bin/sh\n"
        f'case "$1" in -version) exec {FFPROBE} "$@";; esac\n'
        f'echo "$$ $PPID" > {pidfile}.tmp && mv {pidfile}.tmp {pidfile}\n'
        "exec sleep 120\n"
    )
    (tools / "ffprobe").chmod(0o755)
    url = server.add("/probed.mp4", make_payload(300_000, seed=43))
    engine = make_engine(ffmpeg=str(tools / "ffmpeg"))
    job_id = engine.add_urls([url])[0].job.id
    qtbot.waitUntil(pidfile.exists, timeout=30000)
    probe, worker = (int(n) for n in pidfile.read_text().split())
    assert worker in children(_zygote()), "the worker came from the zygote"
    assert alive(probe)

    engine.pause([job_id])
    assert wait_gone([probe], timeout=10) == [], "the stop reached the worker's child"
    wait_state(qtbot, engine, job_id, JobState.PAUSED, JobState.DONE)


@pytest.mark.slow
def test_kill_9_of_the_app_leaves_no_zygote_and_no_worker(
    server, db_path: Path, downloads: Path
) -> None:
    url = server.add("/orphan.mp4", make_payload(3_000_000, seed=44), throttle=200_000)
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.engine_process", str(db_path), str(downloads), url],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert len(proc.stdout.readline().strip()) == 16
        deadline = time.monotonic() + 30
        while not list(downloads.glob("*.part")) or not any(
            p.stat().st_size for p in downloads.glob("*.part")
        ):
            assert time.monotonic() < deadline, "the download never started"
            assert proc.poll() is None
            time.sleep(0.05)
        below = descendants(proc.pid)
        zygotes = [p for p in children(proc.pid) if "zygote" in command_line(p)]
        assert zygotes, "the app started a worker zygote"
        assert children(zygotes[0]), "and the download runs in its child"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert wait_gone(below, timeout=10) == [], "a zygote or worker outlived the killed app"


@pytest.mark.slow
def test_a_killed_zygote_loses_no_download(qtbot, server, make_engine) -> None:
    data = make_payload(3_000_000, seed=45)
    url = server.add("/zygote-killed.mp4", data, throttle=300_000)
    engine = make_engine(connections_per_download=1)
    job_id = engine.add_urls([url])[0].job.id
    qtbot.waitUntil(lambda: engine.job(job_id).bytes_done > 300_000, timeout=30000)
    zygote = _zygote()
    workers = children(zygote)
    assert workers
    os.kill(zygote, signal.SIGKILL)
    assert wait_gone(workers, timeout=10) == [], "the workers died with their zygote"

    server.set_throttle("/zygote-killed.mp4", None)
    job = wait_state(qtbot, engine, job_id, JobState.DONE, timeout=60000)
    assert sha256(Path(job.file_path)) == sha256(data)
    assert any("ended unexpectedly" in e.message for e in engine.events(job_id))
    assert _zygote() != zygote, "a new zygote took over"
    ranged = [r for r in server.gets("/zygote-killed.mp4") if r.range]
    assert ranged, "the retry continued from the partial file"


def test_a_changed_import_environment_gets_a_fresh_zygote(tmp_path: Path) -> None:
    """An update switches the overlay (updates/overlay.py): PYTHONPATH changes, and workers
    forked from then on come from a new zygote that imported the overlay's yt-dlp."""
    import yt_dlp

    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "yt_dlp").symlink_to(Path(yt_dlp.__path__[0]))
    launcher = ZygoteLauncher()
    try:
        env = overlay_worker_env()
        assert launcher.prewarm(env, wait=True)
        first = launcher.zygote_pid
        assert first is not None
        assert probe_through(launcher, env)["path"] == yt_dlp.__path__[0]
        after = probe_through(launcher, overlay_worker_env(overlay))
        assert after["path"] == str(overlay / "yt_dlp")
        assert launcher.zygote_pid not in (None, first)
        assert wait_gone([first], timeout=10) == [], "the idle old zygote retired"
    finally:
        launcher.close()


def test_an_address_probe_runs_in_a_forked_worker_and_a_cancel_kills_it(qtbot, server) -> None:
    url = server.add("/slow-answer.mp4", make_payload(50_000, seed=46))
    server.fail("/slow-answer.mp4", Fault(delay=3.0))  # long enough to see the worker
    service = ProbeService()
    with qtbot.waitSignal(service.finished, timeout=30000) as got:
        service.probe(url)
        qtbot.waitUntil(lambda: "/slow-answer.mp4" in server.started, timeout=30000)
        probing = children(_zygote())
        assert probing, "the inspect worker is the zygote's child"
        assert not _spawned_workers()
    assert got.args[0] == url

    asked = server.started.count("/slow-answer.mp4")  # the probe may also read the file itself
    server.fail("/slow-answer.mp4", Fault(delay=30.0))
    service.probe(url)  # this one waits 30 s for its answer
    qtbot.waitUntil(lambda: server.started.count("/slow-answer.mp4") > asked, timeout=30000)
    probing = children(_zygote())
    assert probing
    service.cancel()
    assert not service.is_running()
    assert wait_gone(probing, timeout=10) == [], "the cancelled probe's worker was killed"
