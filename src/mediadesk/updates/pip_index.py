"""pip, run as ``sys.executable -m pip``: pip's own configuration and ``PIP_INDEX_URL`` apply."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = "yt-dlp"
REQUIREMENT = "yt-dlp[default]"
PIP_TIMEOUT = 900.0
_LATEST = re.compile(r"^yt-dlp \(([^)\s]+)\)", re.MULTILINE)
_QUIET = ["--disable-pip-version-check", "--no-input"]


class PipError(Exception):
    """pip is missing or failed; the message is for people."""


def _pip(args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    if getattr(sys, "frozen", False):
        raise PipError(
            "This MediaDesk bundle has no pip, so it cannot update yt-dlp itself. "
            "Install a newer MediaDesk, or run MediaDesk from a Python installation."
        )
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pip", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise PipError(f"pip did not finish within {timeout:.0f} s.") from exc
    except OSError as exc:
        raise PipError(f"pip could not start: {exc}") from exc
    if result.returncode != 0 and "No module named pip" in result.stderr:
        raise PipError(
            f"pip is not installed for {sys.executable}, so yt-dlp cannot be updated. "
            f"Install it (python3 -m ensurepip) and try again."
        )
    return result


def _error_tail(result: subprocess.CompletedProcess[str]) -> str:
    lines = [
        line.strip()
        for line in result.stderr.splitlines()
        if line.strip() and "is ignored: it is neither" not in line
    ]
    errors = [line for line in lines if line.startswith("ERROR")]
    return (errors or lines or [f"pip exited with code {result.returncode}"])[-1]


def latest_version(*, pre: bool = False, timeout: float = 120.0) -> str:
    """The newest yt-dlp on the configured package index."""
    result = _pip(["index", "versions", PACKAGE, *_QUIET, *(["--pre"] if pre else [])], timeout)
    match = _LATEST.search(result.stdout)
    if result.returncode != 0 or not match:
        raise PipError(f"Could not ask the package index for yt-dlp: {_error_tail(result)}")
    return match.group(1)


def install(version: str, target: Path, *, timeout: float = PIP_TIMEOUT) -> None:
    """Install ``yt-dlp[default]==version`` and its dependencies into ``target`` only."""
    result = _pip(
        [
            "install",
            *_QUIET,
            "--target",
            str(target),
            "--no-warn-script-location",
            "--only-binary",
            PACKAGE,
            f"{REQUIREMENT}=={version}",
        ],
        timeout,
    )
    if result.returncode != 0:
        raise PipError(f"pip could not install yt-dlp {version}: {_error_tail(result)}")


def version_key(version: str) -> tuple[tuple[int, ...], int, int]:
    """Orders yt-dlp versions: 2026.08.19 < 2026.10.26.dev3 < 2026.10.26 < 2026.10.26.1."""
    match = re.match(r"^(\d+(?:\.\d+)*)(?:\.?(dev|a|b|rc)(\d*))?", version.strip())
    if not match:
        return ((), 0, 0)
    numbers = tuple(int(n) for n in match.group(1).split("."))
    while len(numbers) > 3 and numbers[-1] == 0:
        numbers = numbers[:-1]
    if match.group(2) is None:
        return (numbers, 1, 0)
    return (numbers, 0, int(match.group(3) or 0))


def is_newer(candidate: str, installed: str | None) -> bool:
    return installed is None or version_key(candidate) > version_key(installed)
