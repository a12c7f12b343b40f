"""An engine over fake runners and a fake clock, for unit tests: no thread, no process,
no sleeping. Time moves only when the test says so, and the engine's two timers (progress
flush with stall detection, retry wake-up) are fired by the test instead of an event loop."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from mediadesk.core.job import Job, JobEvent
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.store.sqlite_store import SqliteJobStore
from tests.support.fake_runner import FakeRunners


class FakeClock:
    """Wall time (``time``) and elapsed time (``monotonic``), moved together by ``advance``."""

    def __init__(self, wall: float = 1_700_000_000.0) -> None:
        self.wall = wall
        self.elapsed = 5_000.0

    def time(self) -> float:
        return self.wall

    def monotonic(self) -> float:
        return self.elapsed

    def advance(self, seconds: float) -> None:
        self.wall += seconds
        self.elapsed += seconds


@dataclass
class Harness:
    engine: JobEngine
    runners: FakeRunners
    clock: FakeClock
    store: SqliteJobStore
    changes: list[Job] = field(default_factory=list)  # every jobChanged, in order

    def add(self, url: str) -> str:
        [result] = self.engine.add_urls([url])
        assert result.job is not None, result.reason
        return result.job.id

    def state(self, job_id: str) -> JobState | None:
        job = self.engine.job(job_id)
        return job.state if job else None

    def tick(self) -> None:
        """What the engine's one-second timer does: flush progress, detect stalls."""
        self.engine._on_tick()

    def wake_for_retries(self) -> None:
        """What the engine's retry timer does when it fires."""
        self.engine._schedule()

    def retry_timer_ms(self) -> int | None:
        """When the retry timer is set to fire (None when it is not running)."""
        timer = self.engine._retry_timer
        return timer.interval() if timer.isActive() else None

    def events(self, job_id: str) -> list[JobEvent]:
        return self.store.events(job_id)

    def messages(self, job_id: str) -> list[str]:
        return [e.message for e in self.store.events(job_id)]


HarnessFactory = Callable[..., Harness]


def harnesses(db_path: Path, downloads: Path) -> Iterator[HarnessFactory]:
    """Body of the ``harness`` fixture: ``harness(script, stored=[...], **settings)``."""
    made: list[Harness] = []

    def factory(
        script: str | Callable[[str], str] = "finished",
        *,
        stored: list[Job] | tuple[Job, ...] = (),
        clock: FakeClock | None = None,
        store_class: type[SqliteJobStore] = SqliteJobStore,
        free_space: Callable[[str], int] | None = None,
        **overrides: object,
    ) -> Harness:
        clock = clock or FakeClock()
        store = store_class.open(db_path)
        if stored:
            with store.transaction():
                for job in stored:
                    store.insert_job(job)
        settings = replace(Settings(download_dir=str(downloads)), **overrides)
        runners = FakeRunners(script)
        engine = JobEngine(
            store,
            settings,
            runner_factory=runners,
            clock=clock.time,
            monotonic=clock.monotonic,
            **({"free_space": free_space} if free_space is not None else {}),
        )
        harness = Harness(engine, runners, clock, store)
        engine.jobChanged.connect(harness.changes.append)
        engine.start()
        made.append(harness)
        return harness

    yield factory
    for harness in made:
        harness.engine.shutdown(timeout=0)  # fake runners never end on their own
        harness.store.close()
