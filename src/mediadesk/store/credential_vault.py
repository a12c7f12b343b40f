"""Passwords given in addresses, kept out of the job database.

Why a file and not memory only: a job with a password must resume after a quit, a crash or a
reboot like any other job, without asking again. Why not SQLite: the database is read by
``--list``, copied into bug reports and backups, and its freed pages keep old bytes. So the
secrets live in one small JSON file, ``<app data>/credentials/secrets.json``: the folder is
0700, the file 0600, both must belong to the user, and the file is replaced atomically (a new
file created with O_EXCL and mode 0600 from the start, then renamed over the old one), so no
other user can read it at any moment and a crash leaves the old or the new file, never half.
Like ``~/.netrc`` or an SSH key, it is readable by the user's own processes; no desktop keyring
is assumed to exist (the app must work headless and offline).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path

from mediadesk.core.credentials import Credentials, MemoryVault, VaultError

__all__ = ["FileVault", "MemoryVault", "VaultError"]

FILE_NAME = "secrets.json"
_VERSION = 1


class FileVault:
    """Credentials keyed by job id in a private file (see the module docstring)."""

    def __init__(self, folder: Path) -> None:
        self._folder = Path(folder)
        self._path = self._folder / FILE_NAME

    @property
    def path(self) -> Path:
        return self._path

    # -- the interface ------------------------------------------------------------------------

    def get(self, job_id: str) -> Credentials | None:
        return self._load().get(job_id)

    def put_many(self, items: Mapping[str, Credentials]) -> None:
        if not items:
            return
        current = self._load()
        current.update(items)
        self._save(current)

    def delete(self, job_ids: Iterable[str]) -> None:
        gone = set(job_ids)
        if not gone or not self._path.exists():
            return
        current = self._load()
        if gone & current.keys():
            self._save({k: v for k, v in current.items() if k not in gone})

    def job_ids(self) -> set[str]:
        return set(self._load()) if self._path.exists() else set()

    def retain(self, job_ids: Iterable[str]) -> None:
        """Forget the secrets of jobs that no longer exist (e.g. a crash between the two
        deletions of a removal)."""
        if not self._path.exists():
            return
        keep = set(job_ids)
        current = self._load()
        if current.keys() - keep:
            self._save({k: v for k, v in current.items() if k in keep})

    # -- the file -----------------------------------------------------------------------------

    def _ensure_folder(self) -> None:
        try:
            self._folder.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileExistsError):
                os.mkdir(self._folder, 0o700)
            info = os.lstat(self._folder)
        except OSError as exc:
            raise VaultError(f"Cannot create the password folder {self._folder}: {exc}") from exc
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid():
            raise VaultError(
                f"The password folder {self._folder} is not a folder of yours; move it away."
            )
        if stat.S_IMODE(info.st_mode) != 0o700:
            os.chmod(self._folder, 0o700)  # ours: tighten it before anything goes in

    def _load(self) -> dict[str, Credentials]:
        try:
            fd = os.open(self._path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise VaultError(f"Cannot open the password file {self._path}: {exc}") from exc
        with os.fdopen(fd, "r", encoding="utf-8") as fh:
            info = os.fstat(fh.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid():
                raise VaultError(f"The password file {self._path} is not a file of yours.")
            if stat.S_IMODE(info.st_mode) & 0o077:
                raise VaultError(
                    f"The password file {self._path} can be read by other users "
                    f"(mode {stat.S_IMODE(info.st_mode):o}); its passwords are not used. "
                    "Delete it and add those addresses again."
                )
            try:
                data = json.load(fh)
                return {
                    job_id: Credentials(
                        item["username"],
                        item["password"],
                        tuple(item["origin"]),  # type: ignore[arg-type]
                    )
                    for job_id, item in data["jobs"].items()
                }
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise VaultError(f"The password file {self._path} is damaged: {exc}") from exc

    def _save(self, items: Mapping[str, Credentials]) -> None:
        self._ensure_folder()
        payload = {
            "version": _VERSION,
            "jobs": {
                job_id: {
                    "username": c.username,
                    "password": c.password,
                    "origin": list(c.origin),
                }
                for job_id, c in items.items()
            },
        }
        temp = self._folder / f".{FILE_NAME}.{os.getpid()}.tmp"
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()  # left by a crash of this same pid number: never reused in place
        try:
            fd = os.open(
                temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600
            )
            try:
                os.fchmod(fd, 0o600)  # whatever the umask said
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(payload, fh)
                    fh.flush()
                    os.fsync(fh.fileno())
            except BaseException:
                temp.unlink(missing_ok=True)
                raise
            os.replace(temp, self._path)
        except OSError as exc:
            raise VaultError(f"Cannot save the password file {self._path}: {exc}") from exc
