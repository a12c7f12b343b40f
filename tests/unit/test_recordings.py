"""The recorded worker streams the fake runner replays still decode with today's protocol
(re-record with ``python -m tests.support.record_streams`` when the worker's messages change)."""

from __future__ import annotations

import json

import pytest

from mediadesk.core.outcome import OutcomeKind
from mediadesk.engine.runner import RunnerSignals, relay_line
from tests.support.fake_runner import recording, recording_names

EXPECTED = {
    "finished": OutcomeKind.DONE,
    "failed_503": OutcomeKind.FAILED,
    "not_found_404": OutcomeKind.FAILED,
    "stopped": OutcomeKind.STOPPED,
}


def test_every_expected_recording_is_there() -> None:
    assert set(EXPECTED) <= set(recording_names())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_line_decodes_and_only_the_last_is_the_outcome(qapp, name: str) -> None:
    signals = RunnerSignals()
    emitted: list[str] = []
    for signal_name in ("progress", "phase", "titled", "log"):
        getattr(signals, signal_name).connect(lambda *_, n=signal_name: emitted.append(n))
    lines = recording(name)
    outcomes = [relay_line("job", line, signals) for line in lines]
    assert [o is not None for o in outcomes] == [False] * (len(lines) - 1) + [True]
    assert outcomes[-1].kind is EXPECTED[name]
    types = [json.loads(line)["type"] for line in lines[:-1]]
    assert emitted == types, "no line was dropped as garbled"
