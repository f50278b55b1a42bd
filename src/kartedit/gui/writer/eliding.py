"""GUI: labels that end in «…» where they are narrower than their words.

The section header's labels (breadcrumbs, status, «Saved … by …») may be squeezed
below the width of their words, so the window's minimum size stays the same whichever
section is open (a long breadcrumb used to raise it, and Qt passed each new minimum on to the
window system on a click). Where a label is squeezed it paints its words cut with «…»,
and shows them whole in a tooltip; ``text()`` keeps them whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel

NARROWEST = 24
"""A squeezed label keeps at least this many pixels (room for a letter and «…»)."""


class _Elider(QObject):
    """Paints a plain-text label cut with «…» when its words do not fit, else leaves the
    painting to the label."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is not QEvent.Type.Paint or not isinstance(watched, QLabel):
            return False
        fits = watched.sizeHint().width() <= watched.width()  # the label keeps its hint
        text = watched.text()
        tip = "" if fits else text
        if watched.toolTip() != tip:
            watched.setToolTip(tip)
        if fits:
            return False
        room = watched.contentsRect()
        metrics = watched.fontMetrics()
        painter = QPainter(watched)
        try:
            watched.style().drawItemText(
                painter,
                room,
                int(watched.alignment().value),
                watched.palette(),
                watched.isEnabled(),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, room.width()),
                watched.foregroundRole(),
            )
        finally:
            painter.end()
        return True


_elider: _Elider | None = None


def elide_when_narrow(*labels: QLabel) -> None:
    """Let each label be squeezed to ``NARROWEST`` pixels, its words cut with «…» then."""
    global _elider
    if _elider is None:
        _elider = _Elider()
    for label in labels:
        label.setMinimumWidth(NARROWEST)
        label.installEventFilter(_elider)
