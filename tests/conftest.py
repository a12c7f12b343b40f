"""Shared fixtures: a real SQLite store in tmp, a real engine, a local media server."""

from __future__ import annotations

import gc
import hashlib
import os
import random
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from mediadesk.core.job import Job
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.desktop.gui_thread_gc import collect_due
from mediadesk.engine.engine import JobEngine
from mediadesk.store.credential_vault import FileVault
from mediadesk.store.sqlite_store import SqliteJobStore
from tests.support.media_server import MediaServer
from tests.support.teardown import shut_down


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data, config or downloads."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    (tmp_path / "run").mkdir(mode=0o700)


@pytest.fixture(autouse=True)
def _collect_in_main_thread() -> Iterator[None]:
    """As in the app (desktop/gui_thread_gc.py): no automatic collection, which would run in
    whichever thread allocates (a server's, a runner's) and could destroy a window or engine
    of this or an earlier test there while the main thread delivers its events (a segfault
    seen under load); what is due is collected here, in the main thread."""
    gc.disable()
    yield
    collect_due()


@pytest.fixture
def server() -> Iterator[MediaServer]:
    with MediaServer() as srv:
        yield srv


def make_payload(size: int, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(size)


def sha256(data: bytes | Path) -> str:
    if isinstance(data, Path):
        data = data.read_bytes()
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def downloads(tmp_path: Path) -> Path:
    folder = tmp_path / "downloads"
    folder.mkdir()
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "jobs.sqlite3"


EngineFactory = Callable[..., JobEngine]


@pytest.fixture
def make_engine(db_path: Path, downloads: Path, qtbot) -> Iterator[EngineFactory]:
    """Build (and later shut down) engines over the test database; settings are overridable."""
    made: list[tuple[JobEngine, SqliteJobStore]] = []

    def factory(**overrides: object) -> JobEngine:
        ffmpeg = overrides.pop("ffmpeg", None)
        proxy_password = overrides.pop("proxy_password", "")
        settings = Settings(
            download_dir=str(downloads),
            socket_timeout=2.0,
            retry_base_delay=0.2,
            retry_max_delay=1.0,
        )
        settings = Settings(
            **{**settings.to_dict(), **overrides, "default_preset": settings.default_preset}
        )  # type: ignore[arg-type]
        store = SqliteJobStore.open(db_path)
        vault = FileVault(db_path.parent / "credentials")  # as app.py: next to the database
        engine = JobEngine(
            store,
            settings,
            ffmpeg=ffmpeg,  # type: ignore[arg-type]
            vault=vault,
            proxy_password=lambda: str(proxy_password),
        )
        made.append((engine, store))
        engine.start()
        return engine

    yield factory
    shut_down(made)


def wait_state(
    qtbot, engine: JobEngine, job_id: str, *states: JobState, timeout: int = 20000
) -> Job:
    """Wait until the job reaches one of ``states``; fail with its last state and error."""

    def reached() -> None:
        job = engine.job(job_id)
        assert job is not None and job.state in states, (
            f"job is {job.state if job else None}, error={job.error if job else ''!r}"
        )

    qtbot.waitUntil(reached, timeout=timeout)
    job = engine.job(job_id)
    assert job is not None
    return job


# -- window fixtures (tests/support/ui.py has the pieces) -------------------------------------


@pytest.fixture
def desktop():
    """Records what the window asks of the desktop (open a file, confirm, choose a folder)."""
    from tests.support.ui import Desktop

    return Desktop()


@pytest.fixture
def launch(db_path: Path, downloads: Path) -> Iterator[Callable[[], JobEngine]]:
    """Engines started the way app.py starts them (settings come from the store)."""
    from tests.support.ui import launching_engines

    yield from launching_engines(db_path, downloads)


@pytest.fixture
def open_window(qtbot, make_engine, launch, desktop, downloads: Path, db_path: Path):
    """Main windows over a given engine, closed at the end of the test."""
    from tests.support.ui import opening_windows

    yield from opening_windows(qtbot, desktop, downloads, db_path)
