"""A note, written when the app closed its database cleanly, that lets the next open skip
``PRAGMA quick_check``.

The check reads every page: ~0.1 s at 100,000 jobs, ten times that at a million, on every
launch. A file still exactly as this app left it at a clean close (same inode, size and
modification time, no write-ahead log left) was consistent then, so the check only runs after
a crash, a kill, or any change made by something else. The note is taken (deleted) at open,
so a session that dies later never leaves a stale one behind.

File times tick coarsely (a few milliseconds), so a change right after the close could keep
the same time ("racy git"). The database's time is therefore set just before the note's own:
any later change stamps it at or after the note, which the open treats as changed.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

_SUFFIX = ".clean"


def _note_path(database: Path) -> Path:
    return database.with_name(database.name + _SUFFIX)


def _fingerprint(database: Path) -> dict[str, int] | None:
    try:
        st = os.stat(database)
    except OSError:
        return None
    return {"dev": st.st_dev, "ino": st.st_ino, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _has_log(database: Path) -> bool:
    try:
        return os.stat(database.with_name(database.name + "-wal")).st_size > 0
    except OSError:
        return False


def take_clean_note(database: Path) -> bool:
    """True when the database is exactly as a clean close left it; the note is gone after."""
    note = _note_path(database)
    try:
        noted_at = os.stat(note).st_mtime_ns
        text = note.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    with contextlib.suppress(OSError):
        note.unlink()
    try:
        recorded = json.loads(text)
    except ValueError:
        return False
    current = _fingerprint(database)
    return (
        current is not None
        and not _has_log(database)
        and recorded == current
        and current["mtime_ns"] < noted_at
    )


def write_clean_note(database: Path) -> None:
    """After the last connection closed: remember the file as it is now (best effort)."""
    fingerprint = _fingerprint(database)
    if fingerprint is None or _has_log(database):
        return  # another connection still holds the log open: the next open checks
    note = _note_path(database)
    try:
        fd = os.open(note, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    except OSError:
        return
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        try:
            noted_at = os.fstat(out.fileno()).st_mtime_ns
            st = os.stat(database)
            os.utime(database, ns=(st.st_atime_ns, min(st.st_mtime_ns, noted_at - 1_000)))
            fingerprint = _fingerprint(database)
            json.dump(fingerprint, out)
        except OSError:
            out.truncate(0)  # an empty note is no note
