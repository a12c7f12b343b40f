"""At launch, passwords are looked after without reading the whole history each time: the
vault is asked which jobs it holds, and the finished history is searched for passwords in
addresses once per database."""

from __future__ import annotations

from pathlib import Path

from mediadesk.core.credentials import Credentials, MemoryVault
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.engine.legacy_passwords import HISTORY_DONE_KEY
from mediadesk.store.sqlite_store import SqliteJobStore
from tests.support.fake_runner import FakeRunners
from tests.support.ui import stored_job


def _engine(store: SqliteJobStore, vault: MemoryVault, downloads: Path) -> JobEngine:
    return JobEngine(
        store, Settings(download_dir=str(downloads)), runner_factory=FakeRunners(), vault=vault
    )


def test_launch_keeps_the_secrets_of_jobs_that_may_run_again_and_only_those(
    qapp,
    tmp_path: Path,
) -> None:
    store = SqliteJobStore.open(tmp_path / "jobs.sqlite3")
    paused, failed, done, canceled = (
        stored_job(n, state, tmp_path)
        for n, state in enumerate(
            (JobState.PAUSED, JobState.FAILED, JobState.DONE, JobState.CANCELED), start=1
        )
    )
    store.insert_jobs([paused, failed, done, canceled])
    vault = MemoryVault()
    secret = Credentials("ann", "s3cret", ("http", "127.0.0.1", 9))
    vault.put_many({j: secret for j in (paused.id, failed.id, done.id, canceled.id, "gone")})
    engine = _engine(store, vault, tmp_path)
    engine.start()
    assert vault.job_ids() == {paused.id, failed.id, canceled.id}
    engine.shutdown(timeout=0)
    store.close()


def test_the_history_is_searched_for_passwords_once_per_database(qapp, tmp_path: Path) -> None:
    store = SqliteJobStore.open(tmp_path / "jobs.sqlite3")
    legacy = stored_job(1, JobState.FAILED, tmp_path, url="http://ann:s3cret@127.0.0.1:9/a.mp4")
    store.insert_jobs([legacy])
    vault = MemoryVault()
    first = _engine(store, vault, tmp_path)
    first.start()
    [kept] = store.get_jobs([legacy.id])
    assert "s3cret" not in kept.url and vault.get(legacy.id) == Credentials(
        "ann", "s3cret", ("http", "127.0.0.1", 9)
    )
    assert store.load_settings()[HISTORY_DONE_KEY] is True
    first.shutdown(timeout=0)

    searched: list[str] = []
    real = store.jobs_with_url_containing
    store.jobs_with_url_containing = lambda text: searched.append(text) or real(text)
    second = _engine(store, vault, tmp_path)
    second.start()
    assert searched == [], "done once: later launches do not scan the history"
    second.shutdown(timeout=0)
    store.close()
