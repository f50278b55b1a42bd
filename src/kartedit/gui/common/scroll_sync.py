"""GUI: synchronised scrolling of read-only text views whose stretches of text correspond.

API:
    ScrollSync(views: Sequence[QTextEdit], parent: QObject | None = None)
    sync.set_spans(rows) — rows of (start, end) document positions, one pair per view, in
        order: row i of every view shows "the same" text (an unchanged run, one change …)
    sync.map_position(source: int, position: int, target: int) -> int
    sync.scroll_to(view: int, position: int) — centre ``position`` in that view, and the
        corresponding positions in the others
Scrolling any view scrolls the others so the same row stays at the top, line-exact inside
unchanged text and proportional inside a change.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

Span = tuple[int, int]


class ScrollSync(QObject):
    """Keeps several text views showing corresponding text as any one of them scrolls."""

    def __init__(self, views: Sequence[QTextEdit], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.views = list(views)
        self._rows: list[tuple[Span, ...]] = []
        self._starts: list[list[int]] = [[] for _ in self.views]
        self._busy = False
        for index, view in enumerate(self.views):
            view.verticalScrollBar().valueChanged.connect(
                lambda _value, index=index: self._follow(index)
            )

    def set_spans(self, rows: Sequence[Sequence[Span]]) -> None:
        self._rows = [tuple(row) for row in rows]
        self._starts = [[row[i][0] for row in self._rows] for i in range(len(self.views))]

    def map_position(self, source: int, position: int, target: int) -> int:
        if not self._rows or source == target:
            return position
        index = max(0, bisect_right(self._starts[source], position) - 1)
        (start, end), (target_start, target_end) = (
            self._rows[index][source],
            self._rows[index][target],
        )
        if end <= start:
            return target_start
        share = min(1.0, max(0.0, (position - start) / (end - start)))
        return target_start + round(share * (target_end - target_start))

    def scroll_to(self, view: int, position: int) -> None:
        """Centre a position in one view and the corresponding text in the others."""
        self._busy = True
        try:
            for index, other in enumerate(self.views):
                target = self.map_position(view, position, index)
                _centre(other, target)
        finally:
            self._busy = False

    def _follow(self, source: int) -> None:
        if self._busy or not self._rows:
            return
        self._busy = True
        try:
            view = self.views[source]
            bar = view.verticalScrollBar()
            top = view.cursorForPosition(QPoint(0, 0))
            offset = view.cursorRect(top).top()
            for index, other in enumerate(self.views):
                if index == source:
                    continue
                other_bar = other.verticalScrollBar()
                if bar.value() <= bar.minimum():
                    other_bar.setValue(other_bar.minimum())
                elif bar.value() >= bar.maximum():
                    other_bar.setValue(other_bar.maximum())
                else:
                    target = self.map_position(source, top.position(), index)
                    rect = other.cursorRect(_cursor_at(other, target))
                    other_bar.setValue(other_bar.value() + rect.top() - offset)
        finally:
            self._busy = False


def _cursor_at(view: QTextEdit, position: int) -> QTextCursor:
    cursor = QTextCursor(view.document())
    cursor.setPosition(max(0, min(position, view.document().characterCount() - 1)))
    return cursor


def _centre(view: QTextEdit, position: int) -> None:
    bar = view.verticalScrollBar()
    rect = view.cursorRect(_cursor_at(view, position))
    bar.setValue(bar.value() + rect.center().y() - view.viewport().height() // 2)
