"""Fetch a probed video's thumbnail into the private cache (core/thumbnails.py).

Runs in the probe worker through yt-dlp's own networking (its proxy, cookies and headers), so
the app process never talks to a site. Refuses anything that is not a picture or is larger
than MAX_THUMBNAIL_BYTES; written to a temporary name and renamed, so a half file is never
shown. A failure only means no picture: it never fails the probe.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from mediadesk.core.thumbnails import (
    IMAGE_EXTS,
    IMAGE_TYPES,
    MAX_THUMBNAIL_BYTES,
    cached_thumbnail,
    thumbnail_path,
)

_CHUNK = 64 * 1024
KEEP_FILES = 2000  # the cache keeps the newest pictures; an older job then shows none


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (0700) or tighten it; refuse a folder that is not ours."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if folder.is_symlink() or folder.stat().st_uid != os.getuid():
        raise OSError(f"{folder} is not a private folder of this user")
    os.chmod(folder, 0o700)
    return folder


def _extension(content_type: str, url: str) -> str | None:
    kind = content_type.split(";")[0].strip().lower()
    if kind in IMAGE_TYPES:
        return IMAGE_TYPES[kind]
    if kind and kind != "application/octet-stream":
        return None  # a page or anything else that is not a picture
    ext = Path(urlparse(url).path).suffix.lstrip(".").lower()
    ext = "jpg" if ext == "jpeg" else ext
    return ext if ext in IMAGE_EXTS else None


def _read_capped(response: Any) -> bytes | None:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > MAX_THUMBNAIL_BYTES:
        return None
    data = bytearray()
    while chunk := response.read(_CHUNK):
        data += chunk
        if len(data) > MAX_THUMBNAIL_BYTES:
            return None
    return bytes(data)


def fetch_thumbnail(ydl: Any, url: str, folder: Path) -> str:
    """The cached file of the picture at ``url`` (fetched now unless cached), or ''."""
    if urlparse(url).scheme not in ("http", "https"):
        return ""
    try:
        private_folder(folder)
        cached = cached_thumbnail(folder, url)
        if cached is not None:
            os.utime(cached)  # in use again: the newest for pruning
            return str(cached)
        with contextlib.closing(ydl.urlopen(url)) as response:
            ext = _extension(response.headers.get("Content-Type") or "", url)
            data = _read_capped(response) if ext else None
    except Exception:  # no picture is all a failure here may cost
        return ""
    if not ext or not data:
        return ""
    target = thumbnail_path(folder, url, ext)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return ""
    prune(folder)
    return str(target)


def prune(folder: Path, keep: int = KEEP_FILES) -> None:
    """Delete the oldest cached pictures beyond ``keep`` (the cache must not grow forever)."""
    try:
        entries = [e for e in os.scandir(folder) if e.is_file(follow_symlinks=False)]
        if len(entries) <= keep:
            return
        entries.sort(key=lambda e: e.stat(follow_symlinks=False).st_mtime)
        for entry in entries[: len(entries) - keep]:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
    except OSError:
        pass
