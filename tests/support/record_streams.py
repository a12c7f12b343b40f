"""Record what real worker processes report, for the fake runner to replay in unit tests.

``python -m tests.support.record_streams`` runs real downloads (real yt-dlp worker processes
against a local :class:`MediaServer`) through the real :class:`DownloadRunner`, captures every
line a worker writes, and stores each run in ``tests/support/recordings/<name>.jsonl``.

The lines are kept as the worker wrote them except for three run-specific values, replaced
by placeholders the fake runner fills in again: the job id (``{job_id}``), the download folder
(``{output_dir}``) and the server's address (``{server}``). Record again when the worker's
messages change; ``tests/unit/test_recordings.py`` checks that every line still decodes.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QTimer

from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.engine.runner import DownloadRunner, RunnerSignals, RunRequest
from mediadesk.store.sqlite_store import SqliteJobStore
from tests.support.media_server import Fault, MediaServer

RECORDINGS = Path(__file__).with_name("recordings")


class RecordingRunner(DownloadRunner):
    """The real runner, keeping a copy of every line its worker writes."""

    def __init__(self, job_id: str, request: RunRequest, signals: RunnerSignals) -> None:
        super().__init__(job_id, request, signals)
        self.lines: list[str] = []

    def _relay(self, line: str):  # type: ignore[no-untyped-def]
        self.lines.append(line.rstrip("\n"))
        return super()._relay(line)


def record(
    name: str,
    server: MediaServer,
    folder: Path,
    url: str,
    until: Callable[[JobEngine, str], bool],
    *,
    act: Callable[[JobEngine, str], None] | None = None,
    attempt: int = 1,
) -> None:
    """Download ``url`` with a fresh engine and keep attempt ``attempt``'s worker lines."""
    runners: list[RecordingRunner] = []

    def factory(job_id: str, request: RunRequest, signals: RunnerSignals) -> RecordingRunner:
        runners.append(RecordingRunner(job_id, request, signals))
        return runners[-1]

    out = folder / name
    out.mkdir()
    store = SqliteJobStore.open(folder / f"{name}.sqlite3")
    settings = Settings(
        download_dir=str(out), socket_timeout=2.0, retry_base_delay=0.2, retry_max_delay=1.0
    )
    engine = JobEngine(store, settings, runner_factory=factory)
    engine.start()
    [added] = engine.add_urls([url])
    assert added.job is not None, added.reason
    job_id = added.job.id
    acted = False
    deadline = QDeadlineTimer(30_000)
    while not until(engine, job_id) or engine.running_count():
        started = runners and any('"progress"' in line for line in runners[-1].lines)
        if act and not acted and started:
            act(engine, job_id)
            acted = True
        if deadline.hasExpired():
            raise TimeoutError(f"{name}: job is {engine.job(job_id)}")
        QCoreApplication.processEvents()
        QTimer.singleShot(0, lambda: None)
        QCoreApplication.processEvents()
    engine.shutdown()
    store.close()
    origin = server.url("")
    lines = [
        line.replace(job_id, "{job_id}")
        .replace(str(out), "{output_dir}")
        .replace(origin, "{server}")
        for line in runners[attempt - 1].lines
    ]
    for line in lines:
        json.loads(line)
    (RECORDINGS / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(lines)} lines")


def state_is(*states: JobState) -> Callable[[JobEngine, str], bool]:
    def check(engine: JobEngine, job_id: str) -> bool:
        job = engine.job(job_id)
        return job is not None and job.state in states

    return check


def main() -> int:
    app = QCoreApplication(sys.argv)
    RECORDINGS.mkdir(exist_ok=True)
    payload = bytes(range(256)) * 4096  # 1 MiB
    with MediaServer() as server, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        done = state_is(JobState.DONE)
        url = server.add("/plain.mp4", payload, throttle=400_000)
        record("finished", server, folder, url, done)

        url = server.add("/busy.mp4", payload, throttle=2_000_000)
        server.fail("/busy.mp4", Fault(status=503), Fault(status=503), Fault(status=503))
        record("failed_503", server, folder, url, done, attempt=1)

        url = server.add("/missing.mp4", payload)
        server.fail("/missing.mp4", *[Fault(status=404)] * 4)
        record("not_found_404", server, folder, url, state_is(JobState.FAILED))

        url = server.add("/stopped.mp4", payload * 4, throttle=300_000)
        record(
            "stopped",
            server,
            folder,
            url,
            state_is(JobState.PAUSED),
            act=lambda engine, job_id: engine.pause([job_id]),
        )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
