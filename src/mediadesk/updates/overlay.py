"""Where updated yt-dlp versions live and which one workers use.

Each version is installed into its own folder ``<data>/ytdlp-overlay/<version>`` (mode 0700);
the file ``active`` names the folder workers put first on their ``PYTHONPATH``. The pointer is
replaced atomically, so a worker starting during an update sees the old or the new version,
never half of one. Folders (and the pointer) that another user owns or could write are ignored:
whatever is in them would run as this user. No Qt, no yt-dlp: the runner reads this per job.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mediadesk.core import paths
from mediadesk.core.worker_launch import worker_env

OVERLAY_DIR = "ytdlp-overlay"
POINTER = "active"
_VERSION_NAME = re.compile(r"^[0-9][0-9A-Za-z.+_-]{0,63}$")


def overlay_root(data_dir: Path | None = None) -> Path:
    return (data_dir if data_dir is not None else paths.data_dir()) / OVERLAY_DIR


@dataclass(frozen=True, slots=True)
class ActiveOverlay:
    """The overlay workers use, or why none is used (``path`` None, ``problem`` says why)."""

    path: Path | None
    version: str | None = None
    problem: str = ""


def private_problem(path: Path) -> str:
    """Why ``path`` may not be trusted (another owner, writable by others), or ''."""
    try:
        info = path.lstat()
    except OSError as exc:
        return f"{path} cannot be read: {exc.strerror or exc}"
    if stat.S_ISLNK(info.st_mode):
        return f"{path} is a symbolic link"
    if info.st_uid != os.getuid():
        return f"{path} belongs to another user (uid {info.st_uid})"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"{path} can be changed by other users (mode {stat.S_IMODE(info.st_mode):o})"
    return ""


def valid_version_name(name: str) -> bool:
    return bool(_VERSION_NAME.match(name)) and ".." not in name


def read_active(root: Path | None = None) -> ActiveOverlay:
    """The overlay named by the pointer, if it and its folder are this user's own."""
    root = overlay_root() if root is None else root
    pointer = root / POINTER
    if not pointer.exists():
        return ActiveOverlay(None)
    for path in (root, pointer):
        problem = private_problem(path)
        if problem:
            return ActiveOverlay(None, problem=f"Ignored the updated yt-dlp: {problem}.")
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        return ActiveOverlay(None, problem=f"Ignored the updated yt-dlp: {pointer}: {exc}.")
    if not valid_version_name(name):
        return ActiveOverlay(None, problem=f"Ignored the updated yt-dlp: {pointer} is garbled.")
    folder = root / name
    problem = private_problem(folder)
    if problem:
        return ActiveOverlay(None, problem=f"Ignored the updated yt-dlp: {problem}.")
    if stat.S_IMODE(folder.stat().st_mode) & 0o077:
        return ActiveOverlay(None, problem=f"Ignored the updated yt-dlp: {folder} is not 0700.")
    return ActiveOverlay(folder, version=name)


def ensure_root(root: Path) -> None:
    """Create the overlay root as a private folder; refuse one we must not trust."""
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    problem = private_problem(root)
    if problem:
        raise PermissionError(f"Cannot use {root} for yt-dlp updates: {problem}.")
    os.chmod(root, 0o700)


def make_version_folder(root: Path, version: str) -> Path:
    """A fresh, empty 0700 folder for ``version`` (a leftover of a failed try is replaced)."""
    if not valid_version_name(version):
        raise ValueError(f"Not a version number: {version!r}")
    ensure_root(root)
    folder = root / version
    if folder.is_symlink() or folder.is_file():
        folder.unlink()
    elif folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(mode=0o700)
    os.chmod(folder, 0o700)  # whatever the umask says
    return folder


def write_active(root: Path, version: str) -> None:
    """Point workers at ``version``: write a temporary file, flush it, rename it over."""
    if not valid_version_name(version):
        raise ValueError(f"Not a version number: {version!r}")
    fd, temp = tempfile.mkstemp(prefix=".active-", dir=root)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(version + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, root / POINTER)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(root, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def remove_version(root: Path, version: str) -> None:
    if valid_version_name(version):
        shutil.rmtree(root / version, ignore_errors=True)


def prune(root: Path, keep: set[str]) -> list[str]:
    """Remove version folders not in ``keep`` (the active one and the last good one)."""
    removed = []
    if not root.is_dir():
        return removed
    for child in root.iterdir():
        if child.name in keep or not valid_version_name(child.name) or not child.is_dir():
            continue
        shutil.rmtree(child, ignore_errors=True)
        removed.append(child.name)
    return sorted(removed)


def with_overlay(env: dict[str, str], overlay: Path | None) -> dict[str, str]:
    """``env`` with ``overlay`` first on PYTHONPATH (a copy; unchanged when None)."""
    if overlay is None:
        return dict(env)
    result = dict(env)
    rest = [p for p in result.get("PYTHONPATH", "").split(os.pathsep) if p and p != str(overlay)]
    result["PYTHONPATH"] = os.pathsep.join([str(overlay), *rest])
    return result


def overlay_worker_env(overlay: Path | None = None) -> dict[str, str]:
    """A worker's environment with the active updated yt-dlp (or ``overlay``) first on the
    path: read at every start, so workers started after an update use it while running ones
    finish on the old one."""
    return with_overlay(worker_env(), overlay or read_active().path)
