"""Which command applies to a job in which state: one table in core/states.py, read by the
engine's guards and by the window's enabled actions."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediadesk.core.job import FormatPreset, Job
from mediadesk.core.settings import Settings
from mediadesk.core.states import Command, JobState, applies, states_for
from mediadesk.engine.engine import JobEngine
from mediadesk.store.sqlite_store import SqliteJobStore
from mediadesk.ui.actions import ActionId, applicable_actions

Q, D, P, PA = JobState.QUEUED, JobState.DOWNLOADING, JobState.POSTPROCESSING, JobState.PAUSED
DONE, F, C = JobState.DONE, JobState.FAILED, JobState.CANCELED

EXPECTED: dict[Command, set[JobState]] = {
    Command.PAUSE: {Q, D, P},
    Command.RESUME: {PA},
    Command.CANCEL: {Q, D, P, PA, F},
    Command.RETRY: {F, C},
    Command.REORDER: {Q, D, P, PA},
    Command.OPEN_FILE: {DONE},
    Command.REMOVE: set(JobState),
}


def test_every_command_has_a_row() -> None:
    assert set(EXPECTED) == set(Command)


@pytest.mark.parametrize("command", list(Command))
@pytest.mark.parametrize("state", list(JobState))
def test_command_applies_exactly_in_its_states(command: Command, state: JobState) -> None:
    assert applies(command, state) is (state in EXPECTED[command])
    assert (state in states_for(command)) is applies(command, state)


def test_nothing_but_removal_applies_to_a_finished_download() -> None:
    assert {c for c in Command if applies(c, DONE)} == {Command.OPEN_FILE, Command.REMOVE}


_ACTION_COMMANDS = {
    ActionId.PAUSE: Command.PAUSE,
    ActionId.RESUME: Command.RESUME,
    ActionId.CANCEL: Command.CANCEL,
    ActionId.RETRY: Command.RETRY,
    ActionId.MOVE_TOP: Command.REORDER,
    ActionId.MOVE_UP: Command.REORDER,
    ActionId.MOVE_DOWN: Command.REORDER,
    ActionId.REMOVE: Command.REMOVE,
    ActionId.REMOVE_WITH_FILES: Command.REMOVE,
    ActionId.OPEN_FILE: Command.OPEN_FILE,
}


def _job(state: JobState) -> Job:
    return Job(
        "0123456789abcdef",
        "https://example.com/v.mp4",
        state,
        FormatPreset.BEST,
        "/nowhere",
        1,
        1_700_000_000.0,
        file_path="/nowhere/v.mp4",
    )


@pytest.mark.parametrize("state", list(JobState))
def test_enabled_actions_follow_the_table(state: JobState) -> None:
    job = _job(state)
    enabled = applicable_actions([job], is_file=lambda _p: True, is_dir=lambda _p: False)
    for action_id, command in _ACTION_COMMANDS.items():
        assert (action_id in enabled) is applies(command, state), action_id
    toggles = applies(Command.PAUSE, state) or applies(Command.RESUME, state)
    assert (ActionId.TOGGLE_PAUSE in enabled) is toggles


# -- the engine's guards read the same table ------------------------------------------------------


class _IdleRunner:
    """Stands in for a download runner: starts, reports nothing (the job stays running)."""

    def launch(self, _pool: object) -> None:
        pass

    def request_stop(self) -> None:
        pass

    def set_rate_limit(self, _bytes_per_second: int | None) -> None:
        pass


_ENGINE_CALLS = {
    Command.PAUSE: JobEngine.pause,
    Command.RESUME: JobEngine.resume,
    Command.CANCEL: JobEngine.cancel,
    Command.RETRY: JobEngine.retry,
}


@pytest.mark.parametrize("command", list(_ENGINE_CALLS))
@pytest.mark.parametrize("stored_state", [Q, PA, DONE, F, C])
def test_engine_acts_exactly_where_the_command_applies(
    qtbot, tmp_path: Path, command: Command, stored_state: JobState
) -> None:
    store = SqliteJobStore.open(tmp_path / "jobs.sqlite3")
    job = _job(stored_state)
    store.insert_job(job)
    engine = JobEngine(
        store,
        Settings(download_dir=str(tmp_path)),
        runner_factory=lambda *_args: _IdleRunner(),  # type: ignore[arg-type, return-value]
    )
    try:
        engine.start()  # a stored queued job starts: the command meets a running one
        before = engine.job(job.id)
        assert before is not None
        changed: list[Job] = []
        engine.jobChanged.connect(changed.append)
        _ENGINE_CALLS[command](engine, [job.id])
        acted = any(j.id == job.id for j in changed)
        assert acted is applies(command, before.state), f"{command} on a {before.state} job"
    finally:
        engine.shutdown(timeout=0)  # its idle runners never report: nothing to wait for
        store.close()
