"""The job table view: a tree (batches expand into their items) drawn as a table, rows only,
no per-row widgets, uniform row heights so 100,000 rows never get measured; accepts dropped
links and says what to do when it is empty."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from mediadesk.ui.mime_links import accept_link_drag


class RowHeightDelegate(QStyledItemDelegate):
    """Rows as tall as the table's always were (text plus breathing room)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), option.fontMetrics.height() + 14))


class JobTableView(QTreeView):
    #: Links (or text) were dropped on the table.
    dropped = Signal(QMimeData)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobTable")
        self._empty_title = ""
        self._empty_hint = ""
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)  # the view never measures 100,000 rows
        self.setItemDelegate(RowHeightDelegate(self))
        self.setRootIsDecorated(True)
        self.setAllColumnsShowFocus(True)
        self.setExpandsOnDoubleClick(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(False)
        header = self.header()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setSortIndicatorClearable(True)  # third click returns to queue order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def horizontalHeader(self) -> QHeaderView:
        """The column header (the name a table view gives it)."""
        return self.header()

    def set_empty_text(self, title: str, hint: str = "") -> None:
        """What the empty table says (no jobs yet, or nothing matches the filter)."""
        if (title, hint) != (self._empty_title, self._empty_hint):
            self._empty_title, self._empty_hint = title, hint
            self.viewport().update()

    # -- drops --------------------------------------------------------------------------------

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double-click on a job row opens it. QTreeView ignores a double-click that
        arrives while its press is still selecting (ExtendedSelection's drag state), which is
        how every real double-click arrives; batch rows keep expanding and collapsing."""
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and not self.model().hasChildren(index.siblingAtColumn(0)):
            self.doubleClicked.emit(index)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_link_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accept_link_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(event.mimeData())

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 0 or not self._empty_title:
            return
        painter = QPainter(self.viewport())
        color = self.palette().color(
            self.palette().ColorGroup.Disabled, self.palette().ColorRole.Text
        )
        painter.setPen(color)
        rect = self.viewport().rect().adjusted(24, 24, -24, -24)
        title_font = self.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        painter.setFont(title_font)
        metrics = painter.fontMetrics()
        top = rect.center().y() - metrics.height()
        title_rect = rect.adjusted(0, top - rect.top(), 0, 0)
        title_rect.setHeight(metrics.height())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignHCenter, self._empty_title)
        if self._empty_hint:
            painter.setFont(self.font())
            hint_rect = rect.adjusted(0, title_rect.bottom() + 8 - rect.top(), 0, 0)
            painter.drawText(
                hint_rect,
                Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                self._empty_hint,
            )
        painter.end()
