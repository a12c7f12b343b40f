"""Desktop notifications: which outcomes notify, how bursts become one summary, the setting,
and clicking a notification to reach the job."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.states import JobState
from mediadesk.ui.jobs.proxy import StateFilter
from mediadesk.ui.tray.notifications import Batch, Notification, Notifier, describe
from tests.conftest import make_payload, wait_state
from tests.support.media_server import Fault
from tests.support.tray import RecordingTray
from tests.support.ui import stored, stored_job


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _job(n: int, state: JobState, title: str = "", error: str = "") -> Job:
    return Job(
        id=f"j{n}",
        url=f"http://127.0.0.1:9/video-{n}.mp4",
        state=state,
        preset=FormatPreset.BEST,
        output_dir="/tmp",
        position=n,
        created_at=0.0,
        title=title,
        error=error,
    )


# -- texts and batching (no Qt) -----------------------------------------------------------------


def test_texts_for_one_outcome_and_for_a_summary() -> None:
    done = describe([_job(1, JobState.DONE, "Big Buck Bunny")])
    assert (done.title, done.body, done.job_id) == ("Download finished", "Big Buck Bunny", "j1")
    failed = describe([_job(2, JobState.FAILED, error="The video does not exist (HTTP 404).")])
    assert failed.title == "Download failed" and failed.failed == 1
    assert failed.body == "video-2.mp4 (127.0.0.1)\nThe video does not exist (HTTP 404)."

    outcomes = [_job(n, JobState.DONE, f"Clip {n}") for n in range(1, 4)]
    outcomes.insert(1, _job(9, JobState.FAILED, "Broken"))
    summary = describe(outcomes)
    assert summary.title == "3 downloads finished, 1 failed"
    assert summary.body == "Clip 3\nClip 2\nBroken\n…and 1 more", "newest first"
    assert summary.job_id == "j3", "a click reveals the last one"
    assert describe([_job(1, JobState.FAILED), _job(2, JobState.FAILED)]).title == (
        "2 downloads failed"
    )
    assert describe([_job(1, JobState.DONE), _job(2, JobState.FAILED)]).title == (
        "1 download finished, 1 failed"
    )


def test_batch_waits_for_a_quiet_spell_but_not_forever() -> None:
    batch = Batch(quiet=2.0, max_wait=8.0)
    assert batch.due_at() is None and batch.take() is None
    batch.add(_job(1, JobState.DONE), now=100.0)
    assert batch.due_at() == 102.0
    batch.add(_job(2, JobState.DONE), now=101.5)
    assert batch.due_at() == 103.5, "a new outcome extends the quiet spell"
    for t in (103.0, 104.5, 106.0, 107.5):
        batch.add(_job(int(t), JobState.FAILED), now=t)
    assert batch.due_at() == 108.0, "capped at max_wait after the first"
    batch.add(_job(1, JobState.DONE), now=107.6)  # the same job again counts once
    note = batch.take()
    assert note is not None and note.finished + note.failed == 6
    assert batch.due_at() is None and batch.take() is None


# -- the notifier on a real engine ----------------------------------------------------------------


def test_finished_and_failed_downloads_notify_after_a_quiet_spell(
    qtbot, server, make_engine, db_path: Path, downloads: Path
) -> None:
    stored(
        db_path,
        stored_job(0, JobState.DONE, downloads),
        stored_job(1, JobState.FAILED, downloads, error="old failure"),
        stored_job(2, JobState.CANCELED, downloads),
    )
    engine = make_engine()
    clock = FakeClock()
    notifier = Notifier(engine, clock=clock, quiet=1.0, max_wait=5.0)
    seen: list[Notification] = []
    notifier.notify.connect(seen.append)

    url = server.add("/fine.mp4", make_payload(60_000, seed=41), throttle=None)
    [ok] = engine.add_text(url)
    wait_state(qtbot, engine, ok.job.id, JobState.DONE)
    assert notifier.pending() and seen == [], "held for the quiet spell"
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=3000)
    assert seen[0].title == "Download finished" and seen[0].job_id == ok.job.id

    [bad] = engine.add_text(server.url("/gone.mp4"))
    wait_state(qtbot, engine, bad.job.id, JobState.FAILED)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    assert seen[1].title == "Download failed" and seen[1].job_id == bad.job.id
    assert "does not exist" in seen[1].body
    # Waiting here could not catch a stray notification: it would be held for the quiet
    # spell. Nothing may be held, and a flush must find nothing left to announce.
    assert not notifier.pending(), "history loaded at launch never notifies"
    notifier.flush()
    assert len(seen) == 2, "history loaded at launch never notifies"


def test_several_outcomes_close_together_make_one_summary(qtbot, server, make_engine) -> None:
    engine = make_engine(max_concurrent=4)
    clock = FakeClock()  # never advances: the batch stays open until flushed by hand
    notifier = Notifier(engine, clock=clock, quiet=60.0, max_wait=60.0)
    seen: list[Notification] = []
    notifier.notify.connect(seen.append)
    urls = [server.add(f"/many{n}.mp4", make_payload(40_000, seed=50 + n)) for n in range(3)]
    results = engine.add_text("\n".join([*urls, server.url("/missing.mp4")]))
    for result in results[:3]:
        wait_state(qtbot, engine, result.job.id, JobState.DONE)
    wait_state(qtbot, engine, results[3].job.id, JobState.FAILED)
    assert seen == []
    notifier.flush()
    [summary] = seen
    assert summary.title == "3 downloads finished, 1 failed"
    assert (summary.finished, summary.failed) == (3, 1)
    last = max(results, key=lambda r: engine.job(r.job.id).finished_at)
    assert summary.job_id == last.job.id
    notifier.flush()
    assert len(seen) == 1, "nothing left to announce"


def test_cancel_pause_and_automatic_retries_do_not_notify(qtbot, server, make_engine) -> None:
    engine = make_engine()
    notifier = Notifier(engine, clock=FakeClock(), quiet=60.0)
    seen: list[Notification] = []
    notifier.notify.connect(seen.append)
    slow = [server.add(f"/slow{n}.mp4", make_payload(800_000), throttle=100_000) for n in (0, 1)]
    [canceled, paused] = engine.add_text("\n".join(slow))
    for result in (canceled, paused):
        wait_state(qtbot, engine, result.job.id, JobState.DOWNLOADING)
    engine.cancel([canceled.job.id])
    engine.pause([paused.job.id])
    qtbot.waitUntil(lambda: engine.running_count() == 0, timeout=10000)
    assert not notifier.pending()

    url = server.add("/flaky.mp4", make_payload(30_000, seed=61))
    server.fail("/flaky.mp4", Fault(status=503), Fault(status=503))
    [flaky] = engine.add_text(url)
    job = wait_state(qtbot, engine, flaky.job.id, JobState.DONE, JobState.FAILED)
    assert job.state is JobState.DONE and job.attempts > 1, "went through automatic retries"
    notifier.flush()
    [only] = seen
    assert only.title == "Download finished" and only.job_id == job.id


def test_the_setting_turns_notifications_off(qtbot, server, make_engine) -> None:
    engine = make_engine(notifications=False)
    notifier = Notifier(engine, clock=FakeClock(), quiet=60.0)
    seen: list[Notification] = []
    notifier.notify.connect(seen.append)
    [first] = engine.add_text(server.add("/quiet.mp4", make_payload(30_000, seed=71)))
    wait_state(qtbot, engine, first.job.id, JobState.DONE)
    assert not notifier.pending()

    engine.update_settings(replace(engine.settings, notifications=True))
    [second] = engine.add_text(server.add("/loud.mp4", make_payload(30_000, seed=72)))
    wait_state(qtbot, engine, second.job.id, JobState.DONE)
    assert notifier.pending()
    engine.update_settings(replace(engine.settings, notifications=False))
    notifier.flush()
    assert seen == [], "switched off while waiting: dropped"


# -- through the window and the tray --------------------------------------------------------------


def test_clicking_a_notification_shows_the_window_and_selects_the_job(
    qtbot, server, make_engine, open_window
) -> None:
    engine = make_engine()
    tray = RecordingTray()
    notifier = Notifier(engine, quiet=0.2, max_wait=2.0)
    window = open_window(engine, tray, notifier=notifier)
    window.hide_to_tray()
    window.filter_bar.set_state_filter(StateFilter.ACTIVE)
    [result] = window.add_text(server.add("/click.mp4", make_payload(50_000, seed=81)))
    job_id = result.job.id
    wait_state(qtbot, engine, job_id, JobState.DONE)
    qtbot.waitUntil(
        lambda: any(m.title == "Download finished" for m in tray.messages), timeout=3000
    )
    message = tray.messages[-1]
    assert message.job_id == job_id and not message.warning
    assert not window.isVisible(), "a notification does not pop the window up"

    tray.click_last_message()
    qtbot.waitExposed(window)
    assert window.isVisible()
    assert window.filter_bar.state_filter() is StateFilter.ALL, "the filter no longer hides it"
    assert window.selected_ids() == [job_id]
    assert window.details.job_id == job_id

    [bad] = window.add_text(server.url("/nothing-here.mp4"))
    wait_state(qtbot, engine, bad.job.id, JobState.FAILED)
    qtbot.waitUntil(lambda: tray.messages[-1].title == "Download failed", timeout=3000)
    assert tray.messages[-1].warning and tray.messages[-1].job_id == bad.job.id
    tray.click_last_message()
    assert window.selected_ids() == [bad.job.id]
