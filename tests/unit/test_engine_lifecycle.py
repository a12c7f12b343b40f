"""The end of a run in the engine, replayed from recorded worker streams: removing a running
job, a late "done" after pause or cancel, stops that take effect, and expiry at start."""

from __future__ import annotations

from pathlib import Path

from mediadesk.core.filenames import temp_stem
from mediadesk.core.states import JobState
from mediadesk.engine.engine import STALL_AFTER
from tests.support.engine_harness import FakeClock
from tests.support.ui import stored_job

URL = "http://127.0.0.1:9/plain.mp4"
LATE_NOTE = "Finished: the last bytes arrived before the stop took effect."
DAY = 86400.0


def leave_partials(folder: Path, job_id: str) -> list[Path]:
    """What a worker leaves behind while it runs: the .part and yt-dlp's bookkeeping."""
    made = [folder / f"{temp_stem(job_id)}.mp4.part", folder / f"{temp_stem(job_id)}.mp4.ytdl"]
    for path in made:
        path.write_bytes(b"partial")
    return made


# -- removing a running job -----------------------------------------------------------------


def test_removing_a_running_job_stops_its_runner_and_cleans_up_when_it_ends(
    harness, downloads: Path
) -> None:
    h = harness("finished", max_concurrent=1)
    job_id = h.add(URL)
    waiting = h.add("http://127.0.0.1:9/next.mp4")
    runner = h.runners.for_job(job_id)
    runner.play_until("progress", count=2)
    partials = leave_partials(downloads, job_id)
    unrelated = downloads / "someone-elses.mp4.part"
    unrelated.write_bytes(b"keep")

    h.engine.remove([job_id])
    assert runner.stop_requested
    assert h.engine.job(job_id) is None
    assert [j.id for j in h.store.load_jobs()] == [waiting]
    assert all(p.exists() for p in partials), "the worker may still write them"
    assert h.runners.started_ids() == [job_id], "its slot is taken until the runner ends"

    changes_before = len(h.changes)
    runner.play_until("progress")  # news still in the pipe when the stop is asked for
    runner.stopped()
    assert not any(p.exists() for p in partials)
    assert unrelated.exists()
    late = [j for j in h.changes[changes_before:] if j.id == job_id]
    assert late == [], "a removed job changes no more"
    assert h.engine.job(job_id) is None and job_id not in {j.id for j in h.store.load_jobs()}
    assert h.engine.running_count() == 1 and h.runners.started_ids() == [job_id, waiting]


def test_a_removed_job_that_finishes_anyway_loses_its_file_only_when_asked(
    harness, downloads: Path
) -> None:
    h = harness("finished", max_concurrent=2)
    keep_id = h.add(URL)
    drop_id = h.add("http://127.0.0.1:9/other.mp4")
    keep_runner, drop_runner = h.runners.for_job(keep_id), h.runners.for_job(drop_id)
    h.engine.remove([keep_id])
    h.engine.remove([drop_id], delete_files=True)

    kept = Path(keep_runner.finish().file_path)
    kept.write_bytes(b"x")  # (the fake does not write files; the real worker would have)
    dropped_path = Path(drop_runner.request.options.output_dir) / "plain.mp4"
    assert kept == dropped_path
    dropped_path.write_bytes(b"x")
    drop_runner.finish()
    assert not dropped_path.exists(), "remove with delete_files deletes a late final file"
    assert h.engine.jobs() == []


# -- a late "done" after pause or cancel --------------------------------------------------------


def test_a_download_that_finishes_after_pause_is_done_with_a_note(harness) -> None:
    h = harness("finished")
    job_id = h.add(URL)
    runner = h.runners.for_job(job_id)
    runner.play_until("progress", count=3)
    h.engine.pause([job_id])
    assert h.state(job_id) is JobState.PAUSED and runner.stop_requested

    outcome = runner.finish()  # the last bytes arrived before the worker saw the stop
    job = h.engine.job(job_id)
    assert job.state is JobState.DONE
    assert job.file_path == outcome.file_path and job.bytes_done == 1_048_576
    assert job.speed is None and job.eta is None
    assert h.messages(job_id)[-1] == f"{LATE_NOTE} Saved as {outcome.file_path}"
    assert h.store.load_jobs()[0].state is JobState.DONE


def test_a_download_that_finishes_after_cancel_is_done_with_a_note(
    harness, downloads: Path
) -> None:
    h = harness("finished")
    job_id = h.add(URL)
    runner = h.runners.for_job(job_id)
    runner.play_until("progress")
    h.engine.cancel([job_id])
    assert h.state(job_id) is JobState.CANCELED and runner.stop_requested

    outcome = runner.finish()
    job = h.engine.job(job_id)
    assert job.state is JobState.DONE and job.file_path == outcome.file_path
    assert h.messages(job_id)[-1] == f"{LATE_NOTE} Saved as {outcome.file_path}"


def test_a_pause_that_takes_effect_keeps_the_partial_file_for_resume(
    harness, downloads: Path
) -> None:
    h = harness("stopped")
    job_id = h.add(URL)
    runner = h.runners.for_job(job_id)
    runner.play_until("progress")
    partials = leave_partials(downloads, job_id)
    h.engine.pause([job_id])
    runner.finish()  # the recording ends with the worker's "stopped"
    job = h.engine.job(job_id)
    assert job.state is JobState.PAUSED and job.bytes_done == 65536
    assert all(p.exists() for p in partials)
    assert not h.engine.is_running(job_id)


def test_a_cancel_that_takes_effect_deletes_the_partial_files_once_the_worker_ends(
    harness, downloads: Path
) -> None:
    h = harness("stopped")
    job_id = h.add(URL)
    runner = h.runners.for_job(job_id)
    runner.play_until("progress")
    partials = leave_partials(downloads, job_id)
    h.engine.cancel([job_id])
    assert all(p.exists() for p in partials), "not while the worker may still write"
    runner.finish()
    assert h.state(job_id) is JobState.CANCELED
    assert not any(p.exists() for p in partials)


def test_progress_after_a_pause_shows_no_speed(harness) -> None:
    h = harness("finished")
    job_id = h.add(URL)
    runner = h.runners.for_job(job_id)
    runner.play_until("progress")
    h.engine.pause([job_id])
    runner.play_until("progress")
    job = h.engine.job(job_id)
    assert job.state is JobState.PAUSED and job.bytes_done == 204767
    assert job.speed is None and job.eta is None


# -- stall detection (elapsed time from the injected monotonic clock) ---------------------------


def test_speed_drops_to_zero_when_no_bytes_arrive_for_a_while(harness) -> None:
    h = harness("finished")
    job_id = h.add(URL)
    runner = h.runners.for_job(job_id)
    runner.play_until("progress")
    speed = h.engine.job(job_id).speed
    assert speed and speed > 0

    h.clock.advance(STALL_AFTER - 0.5)
    h.tick()
    assert h.engine.job(job_id).speed == speed, "not stalled yet"
    h.clock.advance(1.0)
    h.tick()
    job = h.engine.job(job_id)
    assert job.speed == 0.0 and job.eta is None
    assert h.changes[-1] == job, "the window is told"

    runner.play_until("progress")
    assert h.engine.job(job_id).speed > 0, "bytes again: the speed comes back"
    h.tick()
    assert h.engine.job(job_id).speed > 0


def test_stall_detection_follows_elapsed_time_not_the_wall_clock(harness) -> None:
    h = harness("finished")
    job_id = h.add(URL)
    h.runners.for_job(job_id).play_until("progress")
    h.clock.wall += 3600  # the system clock jumps forward (NTP, suspend of another kind)
    h.tick()
    assert h.engine.job(job_id).speed > 0


def test_a_paused_job_is_not_reported_as_stalled(harness) -> None:
    h = harness("finished")
    job_id = h.add(URL)
    h.runners.for_job(job_id).play_until("progress")
    h.engine.pause([job_id])
    h.clock.advance(STALL_AFTER * 10)
    h.tick()
    assert h.engine.job(job_id).state is JobState.PAUSED


# -- expiry of old finished jobs at start --------------------------------------------------------


def expiring_jobs(folder: Path, now: float) -> list:
    return [
        stored_job(1, JobState.DONE, folder, finished_at=now - 8 * DAY),
        stored_job(2, JobState.DONE, folder, finished_at=now - 6 * DAY),
        stored_job(3, JobState.FAILED, folder, finished_at=now - 30 * DAY, error="404"),
        stored_job(4, JobState.CANCELED, folder, finished_at=now - 30 * DAY),
        stored_job(5, JobState.PAUSED, folder),
    ]


def test_finished_jobs_older_than_the_setting_are_removed_at_start(
    harness, downloads: Path
) -> None:
    clock = FakeClock()
    jobs = expiring_jobs(downloads, clock.wall)
    done_file = downloads / "kept-file.mp4"
    done_file.write_bytes(b"x")
    jobs[0] = stored_job(1, JobState.DONE, downloads, finished_at=clock.wall - 8 * DAY,
                         file_path=str(done_file))  # fmt: skip
    h = harness(stored=jobs, clock=clock, remove_finished_after_days=7)
    remaining = [j.id for j in h.engine.jobs()]
    assert remaining == [j.id for j in jobs[1:]], "only done jobs expire"
    assert [j.id for j in h.store.load_jobs()] == remaining
    assert h.store.events(jobs[0].id) == []
    assert done_file.exists(), "expiry forgets the job, never the file"


def test_expiry_uses_the_injected_clock(harness, downloads: Path) -> None:
    clock = FakeClock(wall=FakeClock().wall + 2 * DAY)  # two days later than the data
    jobs = expiring_jobs(downloads, FakeClock().wall)
    h = harness(stored=jobs, clock=clock, remove_finished_after_days=7)
    assert jobs[1].id not in {j.id for j in h.engine.jobs()}, "6 + 2 days old by this clock"


def test_history_is_kept_forever_by_default(harness, downloads: Path) -> None:
    clock = FakeClock()
    jobs = expiring_jobs(downloads, clock.wall)
    h = harness(stored=jobs, clock=clock)
    assert [j.id for j in h.engine.jobs()] == [j.id for j in jobs]
