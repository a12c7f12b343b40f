"""Which job runs when: queue order, the concurrency limit, and retry backoff, with fake
runners replaying recorded worker streams and a clock that moves only when told."""

from __future__ import annotations

from mediadesk.core.states import JobState

BASE = "http://127.0.0.1:9"


def urls(n: int) -> list[str]:
    return [f"{BASE}/video-{i}.mp4" for i in range(n)]


def add_all(h, n: int) -> list[str]:
    results = h.engine.add_urls(urls(n))
    return [r.job.id for r in results]


# -- concurrency limit and order -----------------------------------------------------------------


def test_no_more_jobs_run_than_the_limit_and_a_free_slot_goes_to_the_next_in_order(
    harness,
) -> None:
    h = harness("finished", max_concurrent=2)
    ids = add_all(h, 5)
    assert h.runners.started_ids() == ids[:2]
    assert h.engine.running_count() == 2
    assert [h.state(i) for i in ids] == [JobState.DOWNLOADING] * 2 + [JobState.QUEUED] * 3
    assert all(r.launched for r in h.runners.made)

    h.runners.for_job(ids[1]).finish()
    assert h.state(ids[1]) is JobState.DONE
    assert h.runners.started_ids() == ids[:3]
    h.runners.for_job(ids[0]).finish()
    h.runners.for_job(ids[2]).finish()
    assert h.runners.started_ids() == ids
    assert h.engine.running_count() == 2


def test_a_paused_job_frees_its_slot_only_once_its_worker_has_stopped(harness) -> None:
    h = harness("stopped", max_concurrent=1)
    first, second = add_all(h, 2)
    h.engine.pause([first])
    assert h.runners.started_ids() == [first], "the worker has not stopped yet"
    h.runners.for_job(first).finish()
    assert h.runners.started_ids() == [first, second]


def test_raising_the_limit_starts_more_and_lowering_it_sends_the_newest_back(harness) -> None:
    h = harness("stopped", max_concurrent=1)
    ids = add_all(h, 4)
    h.engine.set_max_concurrent(3)
    assert h.runners.started_ids() == ids[:3]
    h.engine.set_max_concurrent(1)
    assert [h.runners.for_job(i).stop_requested for i in ids[:3]] == [False, True, True]
    assert [h.state(i) for i in ids] == [JobState.DOWNLOADING] + [JobState.QUEUED] * 3
    assert "Back in the queue" in h.engine.events(ids[2])[-1].message
    h.runners.for_job(ids[1]).finish()
    h.runners.for_job(ids[2]).finish()
    assert h.runners.started_ids() == ids[:3], "the slot is still taken by the first"
    assert h.state(ids[1]) is JobState.QUEUED, "requeued, not paused"
    h.runners.for_job(ids[0]).finish()
    assert h.runners.started_ids() == [*ids[:3], ids[1]], "back in queue order, resumed"


def test_queue_order_decides_what_starts_next(harness) -> None:
    h = harness("finished", max_concurrent=1)
    ids = add_all(h, 4)
    h.engine.move_to_top([ids[3]])
    h.engine.move_down([ids[1]])  # order now: 3, 0, 2, 1
    assert [j.id for j in h.engine.jobs()] == [ids[3], ids[0], ids[2], ids[1]]
    assert [j.id for j in h.store.load_jobs()] == [ids[3], ids[0], ids[2], ids[1]]
    for _ in range(3):
        h.runners.running()[0].finish()
    assert h.runners.started_ids() == [ids[0], ids[3], ids[2], ids[1]]


def test_a_resumed_job_goes_back_to_its_place_in_the_queue(harness) -> None:
    h = harness("finished", max_concurrent=1)
    ids = add_all(h, 3)
    h.engine.pause([ids[1]])
    h.runners.for_job(ids[0]).finish()
    assert h.runners.started_ids() == [ids[0], ids[2]]
    h.engine.resume([ids[1]])
    h.runners.for_job(ids[2]).finish()
    assert h.runners.started_ids() == [ids[0], ids[2], ids[1]]


def test_the_runner_gets_the_job_and_the_settings_it_runs_with(harness, downloads) -> None:
    h = harness("finished", socket_timeout=7.0, rate_limit=123_000, name_template="%(id)s")
    job_id = h.add(f"{BASE}/a.mp4")
    request = h.runners.for_job(job_id).request
    assert request.url == f"{BASE}/a.mp4"
    assert request.options.job_id == job_id and request.options.output_dir == str(downloads)
    assert request.options.socket_timeout == 7.0 and request.options.rate_limit == 123_000
    assert request.name_template == "%(id)s"


# -- retries -----------------------------------------------------------------------------------


def test_a_transient_failure_is_retried_after_a_backoff_delay(harness) -> None:
    scripts = iter(["failed_503", "failed_503", "finished"])
    h = harness(
        lambda url: next(scripts),
        retry_base_delay=10.0,
        retry_max_delay=300.0,
        max_attempts=5,
    )
    job_id = h.add(f"{BASE}/busy.mp4")
    t0 = h.clock.wall
    h.runners.for_job(job_id).finish()

    job = h.engine.job(job_id)
    assert job.state is JobState.QUEUED and job.attempts == 1
    assert t0 + 5.0 <= job.retry_at <= t0 + 10.0, "half fixed, half random, of 10 s"
    assert "HTTP 503" in job.error and "(attempt 2 of 5)" in job.error
    assert h.retry_timer_ms() is not None
    assert abs(h.retry_timer_ms() - (job.retry_at - t0) * 1000) <= 20
    stored = {j.id: j for j in h.store.load_jobs()}[job_id]
    assert stored.retry_at == job.retry_at and stored.state is JobState.QUEUED

    h.clock.advance(job.retry_at - t0 - 0.5)
    h.wake_for_retries()
    assert len(h.runners.made) == 1, "not before its time"

    h.clock.advance(1.0)
    h.wake_for_retries()
    assert len(h.runners.made) == 2
    assert h.engine.job(job_id).attempts == 1, "starting again is not a failure"
    t1 = h.clock.wall
    h.runners.for_job(job_id).finish()  # second 503: the step doubles
    job = h.engine.job(job_id)
    assert t1 + 10.0 <= job.retry_at <= t1 + 20.0
    assert "(attempt 3 of 5)" in job.error

    h.clock.advance(20.0)
    h.wake_for_retries()
    h.runners.for_job(job_id).finish()
    job = h.engine.job(job_id)
    assert job.state is JobState.DONE and job.error == "" and job.retry_at is None


def test_a_job_waiting_for_its_retry_does_not_hold_up_the_queue(harness) -> None:
    h = harness(lambda url: "failed_503" if "busy" in url else "finished", max_concurrent=1)
    busy = h.add(f"{BASE}/busy.mp4")
    other = h.add(f"{BASE}/other.mp4")
    h.runners.for_job(busy).finish()
    assert h.state(busy) is JobState.QUEUED
    assert h.runners.started_ids() == [busy, other]


def test_transient_failures_give_up_after_the_last_attempt(harness) -> None:
    h = harness("failed_503", max_attempts=3, retry_base_delay=1.0, retry_max_delay=1.0)
    job_id = h.add(f"{BASE}/busy.mp4")
    for _ in range(3):
        h.runners.for_job(job_id).finish()
        h.clock.advance(2.0)
        h.wake_for_retries()
    job = h.engine.job(job_id)
    assert len(h.runners.made) == 3
    assert job.state is JobState.FAILED and job.attempts == 3
    assert job.error.endswith("Gave up after 3 attempts.")
    assert job.finished_at == h.clock.wall - 2.0


def test_a_permanent_failure_is_not_retried(harness) -> None:
    h = harness("not_found_404")
    job_id = h.add(f"{BASE}/missing.mp4")
    h.runners.for_job(job_id).finish()
    job = h.engine.job(job_id)
    assert job.state is JobState.FAILED and job.attempts == 1
    assert "HTTP 404" in job.error and h.retry_timer_ms() is None
    h.clock.advance(3600)
    h.wake_for_retries()
    assert len(h.runners.made) == 1
    assert "Unable to download webpage: HTTP Error 404" in h.messages(job_id)[-2]


def test_retry_by_hand_starts_over_with_fresh_attempts(harness) -> None:
    h = harness("not_found_404", max_attempts=2)
    job_id = h.add(f"{BASE}/missing.mp4")
    h.runners.for_job(job_id).finish()
    h.engine.retry([job_id])
    assert len(h.runners.made) == 2
    job = h.engine.job(job_id)
    assert job.state is JobState.DOWNLOADING and job.attempts == 0 and job.error == ""


def test_pauses_and_resumes_use_up_no_automatic_retries(harness) -> None:
    h = harness("failed_503", max_attempts=2, retry_base_delay=1.0, retry_max_delay=1.0)
    job_id = h.add(f"{BASE}/busy.mp4")
    for _ in range(10):
        h.engine.pause([job_id])
        h.runners.for_job(job_id).stopped()
        h.engine.resume([job_id])
    assert h.engine.job(job_id).attempts == 0
    h.runners.for_job(job_id).finish()  # the first real failure: one retry is left
    job = h.engine.job(job_id)
    assert job.state is JobState.QUEUED and job.attempts == 1
