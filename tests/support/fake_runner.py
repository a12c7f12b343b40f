"""A runner that replays a recorded worker event stream under the test's control.

It implements the engine's ``Runner`` protocol without a thread or a process: ``launch`` only
notes that it started, and the test moves it on with ``step()`` / ``play_until()`` /
``finish()``. Each line goes through ``relay_line``, the real runner's decoding, and the
signals are emitted on the engine's own ``RunnerSignals`` in the test's thread, so the
engine's slots run synchronously (no event loop, no sleeping).

Recordings (``recordings/*.jsonl``, made by ``python -m tests.support.record_streams``) are
the worker's own lines with the job id, download folder and server address replaced by
placeholders, filled in again for the job being replayed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThreadPool

from mediadesk.core.failures import Failure, FailureKind
from mediadesk.core.outcome import OutcomeKind, RunOutcome, RunRequest
from mediadesk.engine.runner import RunnerSignals, relay_line

RECORDINGS = Path(__file__).with_name("recordings")


def recording(name: str) -> list[str]:
    """The lines of ``recordings/<name>.jsonl`` (still with placeholders)."""
    text = (RECORDINGS / f"{name}.jsonl").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def recording_names() -> list[str]:
    return sorted(p.stem for p in RECORDINGS.glob("*.jsonl"))


class FakeRunner:
    """Replays one recording for one job. The last line (``finished``) is held back until
    ``finish()``, as the real runner emits ``finished`` only after its worker has exited."""

    def __init__(
        self, job_id: str, request: RunRequest, signals: RunnerSignals, lines: list[str]
    ) -> None:
        self.job_id = job_id
        self.request = request
        self._signals = signals
        origin = request.url.split("/", 3)
        server = "/".join(origin[:3]) + "/" if len(origin) >= 3 else request.url
        self._lines = [
            line.replace("{job_id}", job_id)
            .replace("{output_dir}", request.options.output_dir)
            .replace("{server}", server)
            for line in lines
        ]
        self._next = 0
        self._outcome: RunOutcome | None = None
        self.launched = False
        self.stop_requests = 0
        self.rate_limits: list[int | None] = []  # limits sent while running
        self.ended = False

    # -- the Runner protocol ----------------------------------------------------------------

    def launch(self, pool: QThreadPool) -> None:
        assert not self.launched, "launched twice"
        self.launched = True

    def request_stop(self) -> None:
        self.stop_requests += 1

    def set_rate_limit(self, bytes_per_second: int | None) -> None:
        self.rate_limits.append(bytes_per_second)

    @property
    def stop_requested(self) -> bool:
        return self.stop_requests > 0

    # -- driving it -------------------------------------------------------------------------

    @property
    def remaining(self) -> int:
        return len(self._lines) - self._next

    def step(self) -> dict[str, object] | None:
        """Relay the next recorded line; returns it (decoded), or None at the end."""
        assert not self.ended, "the run has already ended"
        if self._next >= len(self._lines):
            return None
        line = self._lines[self._next]
        self._next += 1
        outcome = relay_line(self.job_id, line, self._signals)
        if outcome is not None:
            self._outcome = outcome
        return json.loads(line)

    def play_until(self, kind: str, *, count: int = 1) -> dict[str, object]:
        """Relay lines up to and including the ``count``-th next line of type ``kind``."""
        seen = 0
        while True:
            message = self.step()
            assert message is not None, f"the recording has no more {kind!r} lines"
            if message["type"] == kind:
                seen += 1
                if seen == count:
                    return message

    def finish(self, outcome: RunOutcome | None = None) -> RunOutcome:
        """Play the rest of the recording and report the end: the recorded outcome, or
        ``outcome`` instead (e.g. a stop that took effect)."""
        while self.step() is not None:
            pass
        return self.end(outcome or self._outcome or _vanished())

    def end(self, outcome: RunOutcome) -> RunOutcome:
        """Report the end now, skipping what is left of the recording."""
        assert not self.ended, "the run has already ended"
        self.ended = True
        self._signals.finished.emit(self.job_id, outcome)
        return outcome

    def stopped(self) -> RunOutcome:
        """End the way a worker ends when a stop request takes effect."""
        return self.end(RunOutcome(OutcomeKind.STOPPED))


def _vanished() -> RunOutcome:
    return RunOutcome(
        OutcomeKind.FAILED,
        failure=Failure(FailureKind.TRANSIENT, "The recording has no outcome line."),
    )


class FakeRunners:
    """A ``runner_factory`` for the engine: every job gets a :class:`FakeRunner` replaying
    ``script`` (a recording name, or a function of the URL giving one)."""

    def __init__(self, script: str | Callable[[str], str] = "finished") -> None:
        self._script = script
        self.made: list[FakeRunner] = []

    def __call__(self, job_id: str, request: RunRequest, signals: RunnerSignals) -> FakeRunner:
        name = self._script if isinstance(self._script, str) else self._script(request.url)
        runner = FakeRunner(job_id, request, signals, recording(name))
        self.made.append(runner)
        return runner

    def for_job(self, job_id: str) -> FakeRunner:
        """The job's latest runner."""
        [runner, *_] = [r for r in reversed(self.made) if r.job_id == job_id]
        return runner

    def running(self) -> list[FakeRunner]:
        return [r for r in self.made if not r.ended]

    def started_ids(self) -> list[str]:
        return [r.job_id for r in self.made]
