"""Install the newest yt-dlp into an overlay folder, prove it works, then switch workers to it.

Order matters: install into ``<version>/`` (0700), health-check it in a worker process that
sees that overlay first, and only then replace the ``active`` pointer. A version that fails
its check is removed and the old one stays active; the last good overlay is kept so downloads
still running on it can finish. Never touches the app's own environment.
"""

from __future__ import annotations

import enum
import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mediadesk.updates import overlay, pip_index
from mediadesk.updates.pip_index import PipError
from mediadesk.updates.probe_client import ProbeResult, origin_of, run_probe


class UpdateStatus(enum.Enum):
    UPDATED = "updated"
    UP_TO_DATE = "up-to-date"
    REFUSED = "refused"  # a newer version was found but failed its check: the old one stays
    FAILED = "failed"  # pip missing, index unreachable, install error: nothing changed


@dataclass(frozen=True, slots=True)
class Installed:
    """The yt-dlp new workers run now."""

    version: str | None
    origin: str  # "bundled" or "updated"
    problem: str = ""


@dataclass(frozen=True, slots=True)
class UpdateResult:
    status: UpdateStatus
    message: str
    installed: str | None
    available: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in (UpdateStatus.UPDATED, UpdateStatus.UP_TO_DATE)


Progress = Callable[[str], None]


def installed_version(root: Path | None = None) -> Installed:
    """Asks a worker (started like a download's) which yt-dlp it imports."""
    root = overlay.overlay_root() if root is None else root
    probe = run_probe(overlay=overlay.read_active(root).path)
    return Installed(probe.version, origin_of(probe.path, root), probe.import_error)


def available_version(*, pre: bool = False) -> str:
    """The newest yt-dlp on the configured index; raises PipError."""
    return pip_index.latest_version(pre=pre)


@contextmanager
def _exclusive(root: Path) -> Iterator[None]:
    """One update at a time per user (the window and ``--update-ytdlp`` may race)."""
    overlay.ensure_root(root)
    fd = os.open(root / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise PipError("Another yt-dlp update is running; try again when it ends.") from exc
        yield
    finally:
        os.close(fd)


def _refusal(probe: ProbeResult, version: str, folder: Path) -> str:
    """Why the freshly installed ``version`` must not be used ('' when it may)."""
    if probe.version is None:
        detail = probe.import_error
        return "the new version could not be imported" + (f" ({detail})" if detail else "")
    if pip_index.version_key(probe.version) != pip_index.version_key(version) or not (
        probe.path and Path(probe.path).resolve().is_relative_to(folder.resolve())
    ):
        return f"the new version did not load (a worker found {probe.version} at {probe.path})"
    check = probe.facts.get("check") or {}
    if not check.get("ok"):
        stage, detail = check.get("stage"), check.get("message", "")
        if stage == "extras":
            return f"the new version lacks parts it needs: {detail}"
        return f"the new version failed its test: {detail}"
    return ""


def update_ytdlp(
    *, pre: bool = False, root: Path | None = None, progress: Progress = lambda _s: None
) -> UpdateResult:
    """Install, check and switch to the newest yt-dlp if it is newer than the one in use."""
    root = overlay.overlay_root() if root is None else root
    current = installed_version(root)
    kept = current.version or "the current version"
    try:
        progress("Asking the package index for the newest yt-dlp…")
        available = available_version(pre=pre)
    except PipError as exc:
        return UpdateResult(UpdateStatus.FAILED, str(exc), current.version)
    if not pip_index.is_newer(available, current.version):
        return UpdateResult(
            UpdateStatus.UP_TO_DATE,
            f"yt-dlp {current.version} is the newest version ({current.origin}).",
            current.version,
            available,
        )
    try:
        with _exclusive(root):
            active_before = overlay.read_active(root).version
            if available == active_before:  # installed meanwhile by another update
                return UpdateResult(
                    UpdateStatus.UP_TO_DATE, f"yt-dlp {available} is in use.", available, available
                )
            folder = overlay.make_version_folder(root, available)
            try:
                progress(f"Installing yt-dlp {available}…")
                pip_index.install(available, folder)
            except PipError as exc:
                overlay.remove_version(root, available)
                return UpdateResult(
                    UpdateStatus.FAILED, f"kept {kept}: {exc}", current.version, available
                )
            progress(f"Checking yt-dlp {available}…")
            refusal = _refusal(run_probe(overlay=folder, check=True), available, folder)
            if refusal:
                overlay.remove_version(root, available)
                return UpdateResult(
                    UpdateStatus.REFUSED, f"kept {kept}: {refusal}", current.version, available
                )
            overlay.write_active(root, available)
            overlay.prune(root, {available, *([active_before] if active_before else [])})
    except (PipError, OSError, ValueError) as exc:
        return UpdateResult(UpdateStatus.FAILED, f"kept {kept}: {exc}", current.version, available)
    return UpdateResult(
        UpdateStatus.UPDATED,
        f"yt-dlp updated from {kept} to {available}; downloads started from now on use it.",
        available,
        available,
    )
