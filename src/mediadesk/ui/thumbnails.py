"""Pictures of probed jobs, read from the thumbnail cache (core/thumbnails.py) and scaled once.

Reading is lazy and remembered per (file, size), so a repaint never decodes a picture again;
a missing or broken file gives nothing (no picture, no error), and is not retried every paint.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap

KEEP = 512  # scaled pictures kept in memory


class ThumbnailPictures:
    def __init__(self, keep: int = KEEP) -> None:
        self._keep = keep
        self._kept: OrderedDict[tuple[str, int, int], QPixmap | None] = OrderedDict()

    def picture(self, path: str, size: QSize) -> QPixmap | None:
        """The picture at ``path`` scaled to fit ``size`` (aspect kept), or None."""
        if not path:
            return None
        key = (path, size.width(), size.height())
        if key in self._kept:
            self._kept.move_to_end(key)
            return self._kept[key]
        picture = _read(path, size)
        self._kept[key] = picture
        while len(self._kept) > self._keep:
            self._kept.popitem(last=False)
        return picture


def _read(path: str, size: QSize) -> QPixmap | None:
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and not original.isEmpty():
        reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return QPixmap.fromImage(image)
