"""Safe, unique final file names: no traversal, fits the filesystem, never overwrites."""

from __future__ import annotations

import errno
import os
import re
import unicodedata
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


def move_to_unique(src: Path, directory: Path, stem: str, ext: str) -> Path:
    """Move ``src`` to ``directory/stem.ext``, or ``stem (2).ext`` ... if taken.

    The target name is claimed by creating it exclusively first, so two jobs finishing
    with the same title at once cannot overwrite each other (or a file the user has).
    """
    stem = sanitize_stem(stem)
    ext = sanitize_extension(ext)
    suffix = f".{ext}" if ext else ""
    for n in range(1, 10_000):
        name = stem if n == 1 else f"{stem} ({n})"
        candidate = directory / f"{name}{suffix}"
        if candidate == src:
            return src
        try:
            fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            continue
        except OSError as exc:
            if exc.errno == errno.ENAMETOOLONG:
                stem = _truncate_utf8(stem, len(stem.encode()) // 2) or "download"
                continue
            raise
        os.close(fd)
        try:
            os.replace(src, candidate)
        except OSError:
            candidate.unlink(missing_ok=True)
            raise
        return candidate
    raise FileExistsError(f"no free file name for {stem}{suffix} in {directory}")


def temp_stem(job_id: str) -> str:
    """The job's partial-file name stem: stable across restarts, so resume finds the .part."""
    return f"mediadesk-{job_id}"


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
