"""Only failures use up a job's automatic retries: pauses and relaunches cost nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediadesk.core.states import JobState
from tests.conftest import make_payload, sha256, wait_state
from tests.support.media_server import Fault


@pytest.mark.slow
def test_pauses_and_relaunches_do_not_use_up_the_automatic_retries(
    qtbot, server, make_engine
) -> None:
    data = make_payload(1_500_000, seed=41)
    url = server.add("/budget.mp4", data, throttle=300_000)
    retry = {"max_attempts": 3, "retry_base_delay": 0.05, "retry_max_delay": 0.1}
    engine = make_engine(**retry)
    job_id = engine.add_urls([url])[0].job.id
    for _cycle in range(4):
        wait_state(qtbot, engine, job_id, JobState.DOWNLOADING)
        engine.pause([job_id])
        qtbot.waitUntil(lambda: not engine.is_running(job_id), timeout=10000)
        engine.resume([job_id])
    for _relaunch in range(2):
        wait_state(qtbot, engine, job_id, JobState.DOWNLOADING)
        engine.shutdown(timeout=5)
        engine = make_engine(**retry)
    assert engine.job(job_id).attempts == 0, "nothing has failed yet"

    # Now the server has an outage: two failures in a row, within a budget of three tries.
    engine.pause([job_id])
    qtbot.waitUntil(lambda: not engine.is_running(job_id), timeout=10000)
    server.set_throttle("/budget.mp4", None)
    server.fail("/budget.mp4", Fault(status=503), Fault(status=503))
    engine.resume([job_id])
    job = wait_state(qtbot, engine, job_id, JobState.DONE, JobState.FAILED)
    assert job.state is JobState.DONE, job.error
    assert sha256(Path(job.file_path)) == sha256(data)
    assert job.error == ""


def test_the_error_of_a_recovered_job_is_cleared_when_it_starts_again(
    qtbot, server, make_engine
) -> None:
    data = make_payload(40_000, seed=42)
    url = server.add("/flaky.mp4", data)
    server.fail("/flaky.mp4", Fault(status=503))
    engine = make_engine(retry_base_delay=0.3, retry_max_delay=0.3)
    job_id = engine.add_urls([url])[0].job.id
    qtbot.waitUntil(lambda: "Retrying in" in engine.job(job_id).error, timeout=10000)
    waiting = engine.job(job_id)
    assert waiting.state is JobState.QUEUED and waiting.attempts == 1
    seen: list[str] = []
    engine.jobChanged.connect(lambda job: job.id == job_id and seen.append(job.error))
    done = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert done.error == "" and seen[0] == "", "the restarted job still showed the old error"
    log = [e.message for e in engine.events(job_id)]
    print(log)
    assert all(log.count(m) == 1 for m in log if "503" in m), "an error line was logged twice"
