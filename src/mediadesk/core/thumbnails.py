"""Where probed thumbnails are cached: one private folder, one file per picture address.

The probe worker fetches the picture (the app process never goes to the network for it) and
names it ``<sha256 of the address>.<ext>``, so the same address is fetched once and a name
never carries anything the site chose. The folder is 0700 and each file 0600: the addresses
a user looked at are nobody else's business.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from mediadesk.core.paths import cache_dir

#: A thumbnail larger than this is refused (a site sending a poster-sized image, or not an image).
MAX_THUMBNAIL_BYTES = 5 * 1024 * 1024
#: Content types taken as pictures, and the extension each is saved with.
IMAGE_TYPES = {
    "image/jpeg": "jpg",
    "image/jpg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "image/gif": "gif",
}
IMAGE_EXTS = frozenset(IMAGE_TYPES.values())


def thumbnail_dir() -> Path:
    """``<user cache dir>/thumbnails`` (honours XDG_CACHE_HOME)."""
    return cache_dir() / "thumbnails"


def thumbnail_stem(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def thumbnail_path(folder: Path, url: str, ext: str) -> Path:
    """The cached file of the picture at ``url``; ``ext`` must be one of IMAGE_EXTS."""
    if ext not in IMAGE_EXTS:
        raise ValueError(f"not a picture extension: {ext!r}")
    return folder / f"{thumbnail_stem(url)}.{ext}"


def cached_thumbnail(folder: Path, url: str) -> Path | None:
    """The cached file for ``url`` if one was fetched before."""
    stem = thumbnail_stem(url)
    for ext in sorted(IMAGE_EXTS):
        path = folder / f"{stem}.{ext}"
        if path.is_file():
            return path
    return None
