"""``mediadesk --update-ytdlp`` against a local PEP 503 index: install, check, switch, refuse."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from mediadesk.engine.zygote_client import shared_launcher
from mediadesk.updates.overlay import overlay_root, overlay_worker_env, read_active
from mediadesk.updates.probe_client import origin_of, run_probe
from tests.support.ytdlp_wheels import make_index, make_wheel, pip_env, serving
from tests.support.zygote_probe import probe_through

GOOD, BROKEN = "2099.1.1", "2099.2.2"


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("wheels")
    return {GOOD: make_wheel(GOOD, out), BROKEN: make_wheel(BROKEN, out, broken=True)}


def _update(index_url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mediadesk", "--update-ytdlp", *extra],
        env=pip_env(dict(os.environ), index_url),
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_update_installs_checks_switches_refuses_a_broken_one_and_an_open_folder(
    wheels: dict[str, Path], tmp_path: Path
) -> None:
    before = run_probe()
    assert before.version and origin_of(before.path) == "bundled"
    assert probe_through(shared_launcher(), overlay_worker_env())["version"] == before.version

    with serving(make_index(tmp_path / "good", [wheels[GOOD]])) as url:
        result = _update(url)
    assert result.returncode == 0, result.stderr
    assert f"to {GOOD}" in result.stdout
    root = overlay_root()
    assert read_active(root).version == GOOD
    folder = root / GOOD
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    # A worker started now, the way the runner starts downloads, runs the new version.
    after = run_probe(check=True)
    assert after.version == GOOD, after
    # So does a worker forked by the zygote: the one started before the switch is retired.
    assert probe_through(shared_launcher(), overlay_worker_env())["version"] == GOOD
    assert origin_of(after.path) == "updated"
    assert after.facts["check"]["ok"], after.facts

    with serving(make_index(tmp_path / "broken", [wheels[GOOD], wheels[BROKEN]])) as url:
        refused = _update(url)
    assert refused.returncode == 1
    assert f"kept {GOOD}: the new version could not be imported" in refused.stderr
    assert not (root / BROKEN).exists()
    assert read_active(root).version == GOOD
    assert run_probe().version == GOOD

    # Nothing newer than what runs: success, nothing changes.
    with serving(make_index(tmp_path / "same", [wheels[GOOD]])) as url:
        again = _update(url)
    assert again.returncode == 0, again.stderr
    assert "newest" in again.stdout
    assert read_active(root).version == GOOD

    diagnostics = subprocess.run(
        [sys.executable, "-m", "mediadesk", "--diagnostics", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(diagnostics.stdout)
    assert report["yt_dlp"]["version"] == GOOD
    assert report["yt_dlp"]["origin"] == "updated"

    # An overlay others can write is not used (checked on this install: pip is slow).
    os.chmod(folder, 0o777)
    active = read_active()
    assert active.path is None and "other users" in active.problem
    assert run_probe().version != GOOD


def test_update_without_an_index_fails_clearly_and_changes_nothing(tmp_path: Path) -> None:
    # Port 9 on 127.0.0.1 refuses: the index cannot be reached.
    result = _update("http://127.0.0.1:9/simple/")
    assert result.returncode == 1
    assert "Could not ask the package index" in result.stderr
    assert read_active().path is None
