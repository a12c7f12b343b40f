"""Speed limits: the share computation, the governor that sends changes to running
downloads, the engine giving them out as downloads start and finish, and the worker's live
throttle (fake clock and sleep)."""

from __future__ import annotations

from dataclasses import replace

from mediadesk.core.settings import Settings
from mediadesk.engine.bandwidth import MIN_SHARE, BandwidthGovernor, shares
from mediadesk.worker.rate_control import LiveRateLimit, Throttle

KB = 1000


def test_without_an_overall_limit_each_download_gets_the_per_download_limit() -> None:
    assert shares(["a", "b"], per_download=0, overall=0) == {"a": None, "b": None}
    assert shares(["a", "b"], per_download=100 * KB, overall=0) == {"a": 100 * KB, "b": 100 * KB}


def test_the_overall_limit_is_split_evenly_and_capped_per_download() -> None:
    assert shares(["a", "b", "c"], per_download=0, overall=300 * KB) == dict.fromkeys(
        "abc", 100 * KB
    )
    assert shares(["a", "b"], per_download=50 * KB, overall=300 * KB) == dict.fromkeys(
        "ab", 50 * KB
    ), "the per-download limit still applies"
    assert shares(["a"], per_download=0, overall=300 * KB) == {"a": 300 * KB}
    assert shares([], per_download=0, overall=300 * KB) == {}


def test_a_slow_download_leaves_its_unused_share_to_the_others() -> None:
    got = shares(["a", "b", "c"], per_download=0, overall=300 * KB, demands={"a": 30 * KB})
    assert got == {"a": 30 * KB, "b": 135 * KB, "c": 135 * KB}
    assert sum(v or 0 for v in got.values()) <= 300 * KB


def test_shares_never_fall_below_the_floor() -> None:
    got = shares([str(i) for i in range(10)], per_download=0, overall=2 * KB)
    assert set(got.values()) == {MIN_SHARE}


class Recorder:
    def __init__(self) -> None:
        self.limits: list[int | None] = []

    def set_rate_limit(self, bytes_per_second: int | None) -> None:
        self.limits.append(bytes_per_second)


def test_the_governor_sends_only_changes_and_turns_the_overall_limit_off_and_on() -> None:
    settings = Settings(download_dir="/tmp", overall_rate_limit=300 * KB)
    governor = BandwidthGovernor()
    a, b = Recorder(), Recorder()
    assert governor.share_for_new("a", [], settings) == 300 * KB
    governor.rebalance({"a": a}, settings)
    assert a.limits == [], "it started with its share"
    assert governor.share_for_new("b", ["a"], settings) == 150 * KB
    governor.rebalance({"a": a, "b": b}, settings)
    assert (a.limits, b.limits) == ([150 * KB], [])
    governor.rebalance({"a": a, "b": b}, replace(settings, limit_speed=False))
    assert (a.limits[-1], b.limits[-1]) == (None, None)
    governor.rebalance({"a": a, "b": b}, settings)
    assert (a.limits[-1], b.limits[-1]) == (150 * KB, 150 * KB)
    governor.rebalance({"b": b}, settings)
    assert b.limits[-1] == 300 * KB, "a finished: its share goes to b"
    governor.rebalance({"b": b}, settings, {"b": 299 * KB})
    assert b.limits[-1] == 300 * KB and len(b.limits) == 3, "using its share: unchanged"


def test_the_governor_gives_a_slow_downloads_share_to_the_others() -> None:
    settings = Settings(download_dir="/tmp", overall_rate_limit=300 * KB)
    governor = BandwidthGovernor()
    runners = {i: Recorder() for i in "abc"}
    for n, job_id in enumerate(runners):
        governor.share_for_new(job_id, list(runners)[:n], settings)
    governor.rebalance(runners, settings)
    assert governor.sent() == dict.fromkeys("abc", 100 * KB)
    governor.rebalance(runners, settings, {"a": 20 * KB, "b": 100 * KB, "c": 99 * KB})
    assert governor.sent() == {"a": 25 * KB, "b": 137_500, "c": 137_500}


def test_the_engine_shares_the_overall_limit_as_downloads_start_and_finish(harness) -> None:
    h = harness("finished", max_concurrent=3, overall_rate_limit=300 * KB)
    ids = [r.job.id for r in h.engine.add_urls([f"http://127.0.0.1:9/v{i}.mp4" for i in range(3)])]
    first, second, third = (h.runners.for_job(i) for i in ids)
    assert first.request.options.rate_limit == 300 * KB
    assert second.request.options.rate_limit == 150 * KB
    assert third.request.options.rate_limit == 100 * KB
    assert first.rate_limits == [150 * KB, 100 * KB] and second.rate_limits == [100 * KB]
    h.engine.update_settings(replace(h.engine.settings, limit_speed=False))
    assert [r.rate_limits[-1] for r in (first, second, third)] == [None] * 3
    h.engine.update_settings(replace(h.engine.settings, limit_speed=True, rate_limit=50 * KB))
    assert [r.rate_limits[-1] for r in (first, second, third)] == [50 * KB] * 3
    h.engine.update_settings(replace(h.engine.settings, rate_limit=0))
    third.finish()
    assert [r.rate_limits[-1] for r in (first, second)] == [150 * KB] * 2


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_the_throttle_paces_from_the_last_change_without_old_debt() -> None:
    t = FakeTime()
    limit = LiveRateLimit(None)
    throttle = Throttle(limit, clock=t.clock, sleep=t.sleep)
    throttle.pace("x", 0)
    t.now = 1.0
    throttle.pace("x", 10_000_000)  # 10 MB in a second, unlimited: no sleep
    assert t.slept == []
    limit.set(100 * KB)
    throttle.pace("x", 10_000_000)  # the change: a fresh start, the 10 MB are not owed
    assert t.slept == []
    throttle.pace("x", 10_000_000 + 50 * KB)
    assert abs(sum(t.slept) - 0.5) < 1e-9 and max(t.slept) <= 0.1 + 1e-9, "in short slices"
    stopped = Throttle(limit, should_stop=lambda: True, clock=t.clock, sleep=t.sleep)
    stopped.pace("y", 0)
    t.slept.clear()
    stopped.pace("y", 10_000_000)
    assert t.slept == [], "a stop request is not kept waiting"
