"""The PyInstaller bundle: built by the documented command, then run like a user would."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mediadesk import __version__
from tests.conftest import make_payload

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / "packaging" / "build-bundle.sh"

pytest.importorskip("PyInstaller", reason="pip install -e '.[test]' installs PyInstaller")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build once for the module with packaging/build-bundle.sh into a temporary folder."""
    root = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run(
        ["bash", str(BUILD), str(root / "dist"), str(root / "work")],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=900,
    )
    took = time.monotonic() - started
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    executable = root / "dist" / "MediaDesk" / "MediaDesk"
    assert executable.is_file() and os.access(executable, os.X_OK)
    print(f"bundle built in {took:.0f} s")
    return executable


def _env() -> dict[str, str]:
    """The test's isolated HOME/XDG dirs, offscreen, and nothing from this venv's Python."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PATH"] = "/usr/bin:/bin"
    return env


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_bundle_prints_its_version(bundle: Path) -> None:
    result = subprocess.run(
        [str(bundle), "--version"], capture_output=True, text=True, env=_env(), timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"MediaDesk {__version__}"


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_bundle_carries_the_resources(bundle: Path) -> None:
    resources = bundle.parent / "_internal" / "mediadesk" / "resources"
    assert (resources / "mediadesk.svg").is_file()
    assert list((resources / "icons").glob("*.svg"))
    # MediaDesk's translations, compiled by the spec, and Qt's standard buttons in the same
    # languages (nothing else from Qt's translations folder).
    assert {p.name for p in (resources / "translations").glob("*.qm")} == {
        "mediadesk_de.qm",
        "mediadesk_es.qm",
    }
    qt = bundle.parent / "_internal" / "PySide6" / "Qt" / "translations"
    assert {p.name for p in qt.iterdir()} == {"qtbase_de.qm", "qtbase_es.qm"}


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_bundle_doubles_as_the_name_preview_worker(bundle: Path) -> None:
    result = subprocess.run(
        [str(bundle), "--name-preview-worker"],
        input=json.dumps({"template": "%(uploader)s - %(title)s", "info": None}),
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.splitlines()[-1])
    assert answer["file_name"] == "Blender Foundation - Big Buck Bunny.mp4"


def test_bundle_carries_deno_and_the_solver_scripts(bundle: Path) -> None:
    result = subprocess.run(
        [str(bundle), "--diagnostics", "--json"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    internal = bundle.parent / "_internal"
    assert report["js_runtime"]["path"] == str(internal / "deno" / "deno")
    assert report["js_runtime"]["version"]
    assert report["ejs"] is not None and report["yt_dlp"]["origin"] == "bundled"
    assert list((internal / "yt_dlp_ejs").rglob("*.js"))


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_bundle_runs_the_app_downloads_and_quits_cleanly(
    bundle: Path, server, tmp_path: Path
) -> None:
    env = _env()
    empty = subprocess.run(
        [str(bundle), "--list"], capture_output=True, text=True, env=env, timeout=60
    )
    assert (empty.returncode, empty.stdout.strip()) == (0, "No jobs yet.")

    data = make_payload(300_000, seed=9)
    url = server.add("/bundle.mp4", data)
    app = subprocess.Popen(
        [str(bundle), url], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        socket_path = tmp_path / "run" / f"mediadesk-{os.getuid()}.sock"
        deadline = time.monotonic() + 60
        while True:
            assert app.poll() is None, app.stdout.read()
            assert time.monotonic() < deadline, "the bundled app never finished the download"
            listed = subprocess.run(
                [str(bundle), "--list", "--json"], capture_output=True, text=True, env=env
            )
            jobs = [json.loads(line) for line in listed.stdout.splitlines()]
            if socket_path.exists() and jobs and jobs[0]["state"] == "done":
                break
            time.sleep(0.3)
        assert Path(jobs[0]["file_path"]).read_bytes() == data
        # A second bundled launch hands off to the first and returns at once.
        second = subprocess.run([str(bundle)], env=env, capture_output=True, timeout=60)
        assert second.returncode == 0
    finally:
        if app.poll() is None:
            app.send_signal(signal.SIGTERM)
        try:
            output, _ = app.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            app.kill()
            output, _ = app.communicate()
    assert app.returncode == 0, output
    assert not socket_path.exists()
