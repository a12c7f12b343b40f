"""Safe, unique final file names: no traversal, fits the filesystem, never overwrites."""

from __future__ import annotations

import errno
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

# ext4 and most filesystems limit a name to 255 bytes; leave room for " (999)" and ".part".
MAX_NAME_BYTES = 240
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
_RESERVED = {"", ".", ".."}
# Invisible characters that change how a name reads without being seen: format characters
# (bidi overrides and isolates U+202A-202E/U+2066-2069, marks U+200E/F, zero-width U+200B-200D,
# U+FEFF, soft hyphen...), controls, and line/paragraph separators.
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Cc", "Zl", "Zp"})
_ZWJ = "\u200d"


def _is_pictograph(ch: str) -> bool:
    return unicodedata.category(ch) == "So"


def remove_invisible(text: str) -> str:
    """``text`` without invisible format/control characters, so what is shown is what is there
    (``invoice\u202egpj.exe.mp4`` would otherwise display as ``invoice4pm.exe.jpg``).

    One exception: a zero-width joiner between two pictographs (emoji sequences such as a
    family) stays; it cannot reorder or hide text, it only draws the pair as one emoji.
    """
    if text.isascii() and text.isprintable():
        return text
    kept: list[str] = []
    last = len(text) - 1
    for i, ch in enumerate(text):
        if unicodedata.category(ch) not in _INVISIBLE_CATEGORIES or (
            ch == _ZWJ
            and 0 < i < last
            and kept
            and _is_pictograph(_base_before(kept))
            and _is_pictograph(text[i + 1])
        ):
            kept.append(ch)
    return "".join(kept)


def _base_before(kept: list[str]) -> str:
    """The last kept character, skipping emoji variation selectors and skin-tone modifiers."""
    for ch in reversed(kept):
        if ch != "\ufe0f" and not 0x1F3FB <= ord(ch) <= 0x1F3FF:
            return ch
    return ""


def sanitize_stem(stem: str, fallback: str = "download") -> str:
    """Turn a title into one path component: separators, control and invisible (bidi, zero
    width) characters and leading dots go, whitespace collapses, and the UTF-8 length is capped."""
    text = unicodedata.normalize("NFC", stem)
    text = remove_invisible(re.sub(r"\s+", " ", text))
    text = re.sub(r" {2,}", " ", text)
    text = _FORBIDDEN.sub("_", text).strip().lstrip(".").strip()
    if text in _RESERVED:
        text = fallback
    return _truncate_utf8(text, MAX_NAME_BYTES)


def sanitize_extension(ext: str) -> str:
    ext = re.sub(r"[^A-Za-z0-9]", "", ext)[:10]
    return ext.lower()


def _truncate_utf8(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore").rstrip()


def candidate_names(directory: Path, stem: str, ext: str) -> Iterator[Path]:
    """``stem.ext``, ``stem (2).ext``, ... in ``directory``: the names a finished file may get."""
    suffix = f".{ext}" if ext else ""
    for n in range(1, 10_000):
        yield directory / (f"{stem}{suffix}" if n == 1 else f"{stem} ({n}){suffix}")


def move_to_unique(
    src: Path,
    directory: Path,
    stem: str,
    ext: str,
    *,
    on_claimed: Callable[[Path], None] | None = None,
) -> Path:
    """Move ``src`` to ``directory/stem.ext``, or ``stem (2).ext`` ... if taken.

    The target name is claimed atomically first (a hard link, which fails if the name
    exists), so two jobs finishing with the same title at once cannot overwrite each other
    or a file the user has. ``on_claimed`` runs once the name is ours and before ``src``
    goes away: the worker journals the name there, so a crash at any point is recoverable.
    Filesystems without hard links (FAT, some network shares) claim with an exclusive create.
    """
    stem = sanitize_stem(stem)
    ext = sanitize_extension(ext)
    while True:
        try:
            for candidate in candidate_names(directory, stem, ext):
                if candidate == src:
                    return src
                linked = _claim(src, candidate)
                if linked is None:
                    continue
                if on_claimed is not None:
                    try:
                        on_claimed(candidate)
                    except BaseException:
                        candidate.unlink(missing_ok=True)
                        raise
                if linked:
                    src.unlink()
                else:
                    try:
                        os.replace(src, candidate)
                    except OSError:
                        candidate.unlink(missing_ok=True)
                        raise
                return candidate
        except OSError as exc:
            if exc.errno != errno.ENAMETOOLONG or len(stem) <= 1:
                raise
            stem = _truncate_utf8(stem, len(stem.encode()) // 2) or "download"
            continue
        raise FileExistsError(f"no free file name for {stem}.{ext} in {directory}")


_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK}


def _claim(src: Path, candidate: Path) -> bool | None:
    """Make ``candidate`` ours: True when it is now a hard link to ``src``, False when it was
    created empty (no hard links here), None when the name is taken."""
    try:
        os.link(src, candidate)
        return True
    except FileExistsError:
        return None
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
    try:
        fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return None
    os.close(fd)
    return False


def temp_stem(job_id: str) -> str:
    """The job's partial-file name stem: stable across restarts, so resume finds the .part."""
    return f"mediadesk-{job_id}"


def completion_marker(directory: Path, job_id: str) -> Path:
    """The journal a worker writes before it gives a finished file its final name; the engine
    deletes it once the job is committed as done (see worker/completion.py)."""
    return directory / f"{temp_stem(job_id)}.done.json"


def partial_files(directory: Path, job_id: str) -> list[Path]:
    """The job's own leftovers: .part, .ytdl, -Frag pieces and intermediate format files.

    Matches only names built from the job's id, so nothing else in the folder is touched.
    """
    stem = temp_stem(job_id)
    try:
        return sorted(p for p in directory.glob(f"{glob_escape(stem)}.*") if p.is_file())
    except OSError:
        return []


def delete_partial_files(directory: Path, job_id: str) -> list[str]:
    """Delete the job's own leftovers; returns a line per file that could not be deleted."""
    problems: list[str] = []
    for path in partial_files(directory, job_id):
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            problems.append(f"Could not delete {path}: {exc.strerror or exc}")
    return problems


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)
