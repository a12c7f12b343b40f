"""The worker zygote is warm before the first download: started by the app shortly after launch
without any job, retired after an idle period, warmed again when a download is likely."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mediadesk import app as app_module
from mediadesk.app import warm_workers
from mediadesk.engine.zygote_client import ZygoteLauncher, shared_launcher
from mediadesk.ui.actions import ActionId
from mediadesk.updates.overlay import overlay_worker_env
from tests.support.app_run import main_windows
from tests.support.processes import alive, command_line, wait_gone


def test_the_launched_app_warms_the_zygote_without_any_job(qapp) -> None:
    launcher = shared_launcher()
    launcher.retire_idle()  # an earlier test's zygote must not count
    assert launcher.zygote_pid is None
    before = set(main_windows())
    seen: dict[str, object] = {}

    def look() -> None:
        new = [w for w in main_windows() if w not in before]
        if len(new) != 1:
            QApplication.exit(98)
            return
        window = new[0]
        seen.setdefault("at first paint", launcher.zygote_pid)
        pid = launcher.zygote_pid
        if pid is None and time.monotonic() < deadline:
            return  # look again at the next tick
        looking.stop()
        seen.update(pid=pid, visible=window.isVisible(), jobs=window.model.rowCount())
        window.job_actions[ActionId.QUIT].trigger()

    deadline = time.monotonic() + 30
    looking = QTimer()
    looking.timeout.connect(look)
    looking.start(100)  # armed before the app's own timers: it looks first
    try:
        code = app_module.main([])
    finally:
        looking.stop()
    for window in main_windows():
        if window not in before:
            window.deleteLater()

    assert code == 0
    assert seen["at first paint"] is None, "the zygote waits until the launch has settled"
    pid = seen["pid"]
    assert pid is not None, f"no zygote after launch: {launcher.last_problem}"
    assert seen["visible"] and seen["jobs"] == 0
    assert "zygote" in command_line(int(pid))
    assert launcher.workers_forked == 0 or launcher.workers_running == 0


def test_an_idle_zygote_is_retired_and_warmed_again_when_a_link_is_typed(
    qtbot, make_engine, open_window
) -> None:
    launcher = ZygoteLauncher()
    try:
        engine = make_engine()
        window = open_window(engine)
        warmth = warm_workers(engine, window, launcher=launcher, launch_delay_ms=50, idle_limit=1.0)
        qtbot.waitUntil(lambda: launcher.zygote_pid is not None, timeout=10000)
        first = launcher.zygote_pid
        assert first is not None and alive(first)
        assert not engine.jobs(), "warmed without any job"
        # The warm-up thread reads its first word: ready, not failed.
        qtbot.waitUntil(lambda: not warmth.warming, timeout=60000)
        assert launcher.failures == 0, launcher.last_problem

        qtbot.waitUntil(lambda: warmth.retirements == 1, timeout=15000)
        assert launcher.zygote_pid is None
        assert not wait_gone([first], timeout=10), "the retired zygote exited"

        qtbot.keyClicks(window.add_bar.field, "https://")  # a link being typed or pasted
        qtbot.waitUntil(lambda: launcher.zygote_pid is not None, timeout=10000)
        second = launcher.zygote_pid
        assert second != first and alive(second)
        qtbot.waitUntil(lambda: not warmth.warming, timeout=60000)
        assert launcher.failures == 0, launcher.last_problem
        warmth.stop()
    finally:
        launcher.close()


def test_a_zygote_with_a_running_worker_is_not_retired(qtbot) -> None:
    launcher = ZygoteLauncher()
    try:
        env = overlay_worker_env()
        assert launcher.prewarm(env, wait=True), launcher.last_problem
        stdin_read, stdin_write = os.pipe()
        events_read, events_write = os.pipe()
        with open(os.devnull, "wb") as sink:
            # A download worker waiting for its request on stdin: running, doing nothing.
            worker = launcher.start(
                [],
                stdin=stdin_read,
                stdout=sink.fileno(),
                stderr=sink.fileno(),
                env=env,
                event_fd=events_write,
            )
        os.close(stdin_read)
        os.close(events_write)
        zygote = launcher.zygote_pid
        assert launcher.workers_running == 1 and launcher.workers_forked == 1
        assert not launcher.retire_idle()
        assert launcher.zygote_pid == zygote and alive(zygote)
        os.close(stdin_write)  # no request: the worker gives up and exits
        os.close(events_read)
        worker.wait()
        assert launcher.workers_running == 0
        assert launcher.retire_idle()
        assert launcher.zygote_pid is None
        assert not wait_gone([zygote], timeout=10)
    finally:
        launcher.close()
