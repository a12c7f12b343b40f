"""Overlay folders, the active pointer, the worker's environment and the runtime option."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mediadesk.core.download_options import DownloadOptions
from mediadesk.core.job import FormatPreset
from mediadesk.ui.support_services import check_due, record_check
from mediadesk.updates import overlay
from mediadesk.updates.overlay import overlay_worker_env as _worker_env
from mediadesk.updates.pip_index import is_newer, version_key
from mediadesk.worker.runtime import find_deno
from mediadesk.worker.ytdlp_options import build_ydl_options


def _installed(root: Path, version: str) -> Path:
    folder = overlay.make_version_folder(root, version)
    overlay.write_active(root, version)
    return folder


def test_pointer_names_a_private_folder(tmp_path: Path) -> None:
    root = tmp_path / "ytdlp-overlay"
    assert overlay.read_active(root).path is None
    folder = _installed(root, "2099.1.1")
    assert oct(folder.stat().st_mode & 0o777) == oct(0o700)
    assert overlay.read_active(root) == overlay.ActiveOverlay(folder, "2099.1.1")
    assert not list(root.glob(".active-*"))  # the temporary file was renamed over


@pytest.mark.parametrize(
    "spoil",
    [
        lambda root: os.chmod(root / "2099.1.1", 0o770),
        lambda root: os.chmod(root, 0o777),
        lambda root: (root / "active").write_text("../../etc\n"),
        lambda root: (root / "active").write_text("2099.9.9\n"),
    ],
    ids=["group-writable folder", "world-writable root", "path in pointer", "missing folder"],
)
def test_an_untrusted_or_broken_overlay_is_ignored(tmp_path: Path, spoil) -> None:
    root = tmp_path / "ytdlp-overlay"
    _installed(root, "2099.1.1")
    spoil(root)
    active = overlay.read_active(root)
    assert active.path is None and active.problem


def test_prune_keeps_the_active_and_last_good(tmp_path: Path) -> None:
    root = tmp_path / "o"
    for version in ("1.0", "2.0", "3.0"):
        _installed(root, version)
    assert overlay.prune(root, {"3.0", "2.0"}) == ["1.0"]
    assert sorted(p.name for p in root.iterdir() if p.is_dir()) == ["2.0", "3.0"]


def test_worker_env_puts_the_active_overlay_first(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    assert "ytdlp-overlay" not in _worker_env()["PYTHONPATH"]
    folder = _installed(overlay.overlay_root(), "2099.1.1")
    entries = _worker_env()["PYTHONPATH"].split(os.pathsep)
    assert entries[0] == str(folder)
    assert "/somewhere" in entries


def test_yt_dlp_gets_deno_by_absolute_path(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    deno = find_deno()
    assert deno and Path(deno).is_absolute() and os.access(deno, os.X_OK)
    params = build_ydl_options(
        DownloadOptions(job_id="j", output_dir=str(tmp_path), preset=FormatPreset.BEST)
    )
    assert params["js_runtimes"] == {"deno": {"path": deno}}
    none = build_ydl_options(
        DownloadOptions(job_id="j", output_dir="/x", preset=FormatPreset.BEST), deno_path=None
    )
    assert "js_runtimes" not in none


def test_versions_order_like_pip() -> None:
    assert version_key("2026.08.19") == version_key("2026.8.19")
    assert is_newer("2026.10.26", "2026.08.19")
    assert is_newer("2026.10.26.1", "2026.10.26")
    assert not is_newer("2026.10.26.dev3", "2026.10.26")
    assert is_newer("2026.10.26", None)


def test_weekly_check_is_due_after_a_week(tmp_path: Path) -> None:
    stamp = tmp_path / "o" / "last-check"
    assert check_due(stamp, now=1000.0)
    record_check(stamp, now=1000.0)
    assert not check_due(stamp, now=1000.0 + 6 * 86400)
    assert check_due(stamp, now=1000.0 + 7 * 86400)


def test_a_check_just_recorded_is_not_due_again(tmp_path: Path) -> None:
    """The stamp keeps the fraction: one rounded up to the next second read as a clock that
    went back, so the check was due again for up to half a second (a flaky weekly test)."""
    stamp = tmp_path / "last-check"
    record_check(stamp, now=1000.6)
    assert not check_due(stamp, now=1000.7)
