"""Ask a worker process what yt-dlp it runs (the app never imports yt-dlp itself)."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mediadesk.core.worker_launch import WorkerKind, worker_command
from mediadesk.updates.overlay import overlay_root, overlay_worker_env, read_active

PROBE_TIMEOUT = 120.0


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """The probe's JSON (``facts``) or why there is none (``failure``)."""

    facts: dict[str, Any]
    failure: str = ""

    @property
    def version(self) -> str | None:
        info = self.facts.get("yt_dlp")
        return info.get("version") if isinstance(info, dict) else None

    @property
    def path(self) -> str | None:
        info = self.facts.get("yt_dlp")
        return info.get("path") if isinstance(info, dict) else None

    @property
    def import_error(self) -> str:
        return str(self.facts.get("error") or self.failure)


def run_probe(
    *, overlay: Path | None = None, check: bool = False, timeout: float = PROBE_TIMEOUT
) -> ProbeResult:
    """Start a worker the way the runner does (``overlay`` or the active one first)."""
    command = [*worker_command(WorkerKind.DOWNLOAD), "probe", *(["--check"] if check else [])]
    try:
        result = subprocess.run(
            command,
            env=overlay_worker_env(overlay),
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return ProbeResult({}, f"the check did not finish within {timeout:.0f} s")
    except OSError as exc:
        return ProbeResult({}, f"the worker could not start: {exc}")
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    try:
        facts = json.loads(lines[-1]) if lines else None
    except ValueError:
        facts = None
    if not isinstance(facts, dict):
        tail = (result.stderr.strip().splitlines() or [f"exit code {result.returncode}"])[-1]
        return ProbeResult({}, f"the worker failed: {tail}")
    return ProbeResult(facts)


def origin_of(path: str | None, root: Path | None = None) -> str:
    """ "updated" when yt-dlp was imported from an overlay folder, else "bundled"."""
    if not path:
        return "bundled"
    root = (overlay_root() if root is None else root).resolve()
    return "updated" if Path(path).resolve().is_relative_to(root) else "bundled"


def active_version_note() -> str:
    """Why an overlay on disk is not used, for the diagnostics report ('' when fine)."""
    return read_active().problem
