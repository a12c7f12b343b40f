"""Passwords in addresses (``http://alice:pw@host/…``): downloaded with, sent to their origin
only (two local servers on different ports model two hosts), never stored or shown in clear."""

from __future__ import annotations

import base64
import json
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from mediadesk.core import paths
from mediadesk.core.settings import Settings
from mediadesk.core.states import JobState
from mediadesk.engine.engine import JobEngine
from mediadesk.store.credential_vault import FileVault
from mediadesk.store.sqlite_store import SqliteJobStore
from tests.conftest import make_payload, wait_state
from tests.integration.test_cli_list import run_cli
from tests.support.media_server import MediaServer
from tests.support.ui import stored, stored_job

USER, PASSWORD = "alice", "S3cretPw-x7"
TOKEN = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
EXPECTED_AUTH = f"Basic {TOKEN}"


def with_password(server: MediaServer, path: str, password: str = PASSWORD) -> str:
    return f"http://{USER}:{password}@127.0.0.1:{server.port}{path}"


def assert_no_secret(text: str | bytes, where: str) -> None:
    blob = text if isinstance(text, bytes) else text.encode()
    for secret in (PASSWORD, TOKEN):
        assert secret.encode() not in blob, f"the password is in {where}"


@pytest.fixture
def other_host() -> Iterator[MediaServer]:
    """A second server: another port on 127.0.0.1 is another origin."""
    with MediaServer() as srv:
        yield srv


@pytest.fixture
def app_engines(downloads: Path) -> Iterator[list[tuple[JobEngine, SqliteJobStore]]]:
    """Engines built as app.py builds them: the app's database and vault under XDG_DATA_HOME,
    so ``mediadesk --list`` reads what they wrote."""
    made: list[tuple[JobEngine, SqliteJobStore]] = []
    yield made
    for engine, store in made:
        engine.shutdown(timeout=5)
        store.close()


def start_app_engine(made: list[tuple[JobEngine, SqliteJobStore]], downloads: Path) -> JobEngine:
    store = SqliteJobStore.open(paths.database_path())
    settings = Settings(download_dir=str(downloads), socket_timeout=2.0, retry_base_delay=0.2)
    engine = JobEngine(store, settings, vault=FileVault(paths.credentials_dir()))
    made.append((engine, store))
    engine.start()
    return engine


def test_a_password_in_the_address_downloads_and_is_never_stored_or_shown_in_clear(
    qtbot, server, app_engines, downloads: Path, open_window
) -> None:
    data = make_payload(300_000, seed=81)
    server.add("/private.mp4", data)
    server.require_basic_auth("/private.mp4", USER, PASSWORD)
    engine = start_app_engine(app_engines, downloads)
    window = open_window(engine)

    [result] = window.add_text(f"see {with_password(server, '/private.mp4')} please")
    job_id = result.job.id
    assert result.job.url == f"http://{USER}@127.0.0.1:{server.port}/private.mp4"
    assert_no_secret(result.text, "the add result")
    job = wait_state(qtbot, engine, job_id, JobState.DONE)
    assert Path(job.file_path).read_bytes() == data
    assert server.authorizations() and set(server.authorizations()) == {EXPECTED_AUTH}

    # The vault: the only place with the password, private to the user.
    vault = paths.credentials_dir()
    assert stat.S_IMODE(vault.stat().st_mode) == 0o700
    assert stat.S_IMODE((vault / "secrets.json").stat().st_mode) == 0o600

    window.select_jobs([job_id])
    details = window.details
    qtbot.waitUntil(lambda: "Finished" in details.log_view.toPlainText())
    shown = [w.text() for w in details.findChildren(QLineEdit)]
    shown += [w.text() for w in details.findChildren(QLabel)]
    shown += [w.toPlainText() for w in details.findChildren(QPlainTextEdit)]
    shown += [w.toPlainText() for w in details.findChildren(QTextEdit)]
    assert any(f"{USER}@127.0.0.1" in text for text in shown), shown
    assert_no_secret("\n".join(shown), "the details pane")
    assert_no_secret("\n".join(e.message for e in engine.events(job_id)), "the job log")

    engine.shutdown(timeout=5)
    db = paths.database_path()
    for file in db.parent.glob(db.name + "*"):  # the database, its WAL and shared memory
        assert_no_secret(file.read_bytes(), file.name)
    listed = run_cli("--list")
    as_json = run_cli("--list", "--json")
    assert listed.returncode == 0 and as_json.returncode == 0, listed.stderr + as_json.stderr
    assert f"{USER}@127.0.0.1" in listed.stdout
    assert json.loads(as_json.stdout)["url"] == job.url
    assert_no_secret(listed.stdout + listed.stderr, "mediadesk --list")
    assert_no_secret(as_json.stdout + as_json.stderr, "mediadesk --list --json")


def test_a_redirect_to_another_host_receives_no_credentials(
    qtbot, server, other_host, make_engine
) -> None:
    data = make_payload(200_000, seed=82)
    elsewhere = other_host.add("/cdn.mp4", data)
    server.redirect("/go.mp4", elsewhere)
    server.require_basic_auth("/go.mp4", USER, PASSWORD)
    engine = make_engine()

    [result] = engine.add_urls([with_password(server, "/go.mp4")])
    job = wait_state(qtbot, engine, result.job.id, JobState.DONE, JobState.FAILED)
    assert job.state is JobState.DONE, job.error
    assert Path(job.file_path).read_bytes() == data
    assert server.authorizations(), "the origin itself must get the credentials"
    assert other_host.gets("/cdn.mp4"), "the redirect was followed"
    assert other_host.authorizations() == [], "credentials leaked to the redirect target"


def test_a_redirect_within_the_origin_keeps_the_credentials(qtbot, server, make_engine) -> None:
    data = make_payload(150_000, seed=83)
    server.add("/real.mp4", data)
    server.require_basic_auth("/real.mp4", USER, PASSWORD)
    server.redirect("/moved.mp4", server.url("/real.mp4"))
    engine = make_engine()

    [result] = engine.add_urls([with_password(server, "/moved.mp4")])
    job = wait_state(qtbot, engine, result.job.id, JobState.DONE, JobState.FAILED)
    assert job.state is JobState.DONE, job.error
    assert Path(job.file_path).read_bytes() == data


def test_a_wrong_password_fails_without_showing_it(qtbot, server, make_engine) -> None:
    server.add("/private.mp4", b"x" * 1000)
    server.require_basic_auth("/private.mp4", USER, "the-right-one")
    engine = make_engine()

    [result] = engine.add_urls([with_password(server, "/private.mp4")])
    job = wait_state(qtbot, engine, result.job.id, JobState.FAILED, timeout=30000)
    assert "401" in job.error or "401" in " ".join(e.message for e in engine.events(job.id))
    assert_no_secret(job.error, "the job's error")
    assert_no_secret("\n".join(e.message for e in engine.events(job.id)), "the job log")


def test_removing_the_job_deletes_its_password(qtbot, server, make_engine, db_path: Path) -> None:
    server.add("/slow.mp4", make_payload(2_000_000, seed=84), throttle=200_000)
    server.require_basic_auth("/slow.mp4", USER, PASSWORD)
    engine = make_engine()
    [result] = engine.add_urls([with_password(server, "/slow.mp4")])
    job_id = result.job.id
    secrets = db_path.parent / "credentials" / "secrets.json"
    assert PASSWORD in secrets.read_text()
    qtbot.waitUntil(lambda: engine.job(job_id).bytes_done > 0, timeout=10000)

    engine.remove([job_id])
    assert PASSWORD not in secrets.read_text()
    assert FileVault(secrets.parent).get(job_id) is None


def test_a_relaunch_resumes_the_download_with_the_saved_password(
    qtbot, server, make_engine
) -> None:
    data = make_payload(1_500_000, seed=85)
    server.add("/resume.mp4", data, throttle=300_000)
    server.require_basic_auth("/resume.mp4", USER, PASSWORD)
    first = make_engine()
    [result] = first.add_urls([with_password(server, "/resume.mp4")])
    job_id = result.job.id
    qtbot.waitUntil(lambda: first.job(job_id).bytes_done > 200_000, timeout=10000)
    assert first.shutdown(timeout=5)

    server.set_throttle("/resume.mp4", None)
    second = make_engine()
    job = wait_state(qtbot, second, job_id, JobState.DONE, JobState.FAILED)
    assert job.state is JobState.DONE, job.error
    assert Path(job.file_path).read_bytes() == data
    resumed = server.ranged_gets("/resume.mp4")
    assert resumed and all(r.authorization == EXPECTED_AUTH for r in resumed)


def test_a_password_stored_by_an_older_version_moves_to_the_vault(
    qtbot, server, make_engine, db_path: Path, downloads: Path
) -> None:
    data = make_payload(100_000, seed=86)
    server.add("/old.mp4", data)
    server.require_basic_auth("/old.mp4", USER, PASSWORD)
    legacy = stored_job(1, JobState.PAUSED, downloads, url=with_password(server, "/old.mp4"))
    stored(db_path, legacy)

    engine = make_engine()
    assert engine.job(legacy.id).url == f"http://{USER}@127.0.0.1:{server.port}/old.mp4"
    engine.resume([legacy.id])
    job = wait_state(qtbot, engine, legacy.id, JobState.DONE, JobState.FAILED)
    assert job.state is JobState.DONE, job.error
    assert Path(job.file_path).read_bytes() == data
    engine.shutdown(timeout=5)
    # What closing the app does: copy the WAL back into the file; the old row's bytes must
    # not survive in the page's free space (secure_delete).
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for file in db_path.parent.glob(db_path.name + "*"):
        assert_no_secret(file.read_bytes(), file.name)
