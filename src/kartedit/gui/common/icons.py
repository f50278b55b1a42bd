"""GUI: small icons drawn with QPainter — status shapes differ, so colour is never the only cue."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from kartedit.domain.sections import Status
from kartedit.gui.common.theme import theme

_SIZES = (16, 20, 24, 32, 48)


def _c(meaning: str) -> QColor:
    """A shape's colour from the theme (icons are drawn once, after the palette is set)."""
    return theme().mark(meaning)


Draw = Callable[[QPainter, float], None]


def _icon(draw: Draw) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter, float(size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _circle(s: float) -> QRectF:
    m = s * 0.14
    return QRectF(m, m, s - 2 * m, s - 2 * m)


def _draw_draft(p: QPainter, s: float) -> None:
    """An open ring with a pencil stroke: still being written."""
    p.setPen(_pen(_c("draft"), max(1.4, s * 0.09)))
    p.setBrush(QBrush(theme().base))
    p.drawEllipse(_circle(s))
    p.setPen(_pen(_c("draft"), max(1.5, s * 0.11)))
    p.drawLine(QPointF(s * 0.36, s * 0.64), QPointF(s * 0.64, s * 0.36))


def _draw_hearing(p: QPainter, s: float) -> None:
    """A half-filled ring: out for comments."""
    rect = _circle(s)
    p.setPen(_pen(_c("hearing"), max(1.4, s * 0.09)))
    p.setBrush(QBrush(theme().base))
    p.drawEllipse(rect)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(_c("hearing")))
    p.drawPie(rect, 90 * 16, 180 * 16)


def _draw_approved(p: QPainter, s: float) -> None:
    """A filled disc with a tick: approved."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(_c("approved")))
    p.drawEllipse(_circle(s))
    p.setPen(_pen(theme().on(_c("approved")), max(1.6, s * 0.11)))
    path = QPainterPath(QPointF(s * 0.31, s * 0.52))
    path.lineTo(QPointF(s * 0.45, s * 0.66))
    path.lineTo(QPointF(s * 0.70, s * 0.37))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)


def _draw_stale(p: QPainter, s: float) -> None:
    """A warning triangle with an exclamation mark."""
    triangle = QPolygonF(
        [QPointF(s * 0.5, s * 0.1), QPointF(s * 0.94, s * 0.88), QPointF(s * 0.06, s * 0.88)]
    )
    p.setPen(_pen(_c("stale"), max(1.0, s * 0.06)))
    p.setBrush(QBrush(_c("stale")))
    p.drawPolygon(triangle)
    p.setPen(_pen(theme().on(_c("stale")), max(1.5, s * 0.1)))
    p.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.6))
    p.drawPoint(QPointF(s * 0.5, s * 0.75))


def _draw_local(p: QPainter, s: float) -> None:
    """A small house: adapted in this municipality."""
    house = QPolygonF(
        [
            QPointF(s * 0.5, s * 0.12),
            QPointF(s * 0.9, s * 0.48),
            QPointF(s * 0.78, s * 0.48),
            QPointF(s * 0.78, s * 0.88),
            QPointF(s * 0.22, s * 0.88),
            QPointF(s * 0.22, s * 0.48),
            QPointF(s * 0.1, s * 0.48),
        ]
    )
    p.setPen(_pen(_c("local"), max(1.0, s * 0.06)))
    p.setBrush(QBrush(_c("local")))
    p.drawPolygon(house)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(theme().base))
    p.drawRect(QRectF(s * 0.42, s * 0.6, s * 0.16, s * 0.28))


def _draw_inherited(p: QPainter, s: float) -> None:
    """A hooked arrow down and right: comes from the regional text."""
    p.setPen(_pen(_c("inherited"), max(1.4, s * 0.1)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(s * 0.28, s * 0.14))
    path.lineTo(QPointF(s * 0.28, s * 0.62))
    path.lineTo(QPointF(s * 0.8, s * 0.62))
    p.drawPath(path)
    head = QPainterPath(QPointF(s * 0.62, s * 0.44))
    head.lineTo(QPointF(s * 0.82, s * 0.62))
    head.lineTo(QPointF(s * 0.62, s * 0.8))
    p.drawPath(head)


def _draw_comments(p: QPainter, s: float) -> None:
    """A speech bubble: open comments."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(_c("comment")))
    p.drawRoundedRect(QRectF(s * 0.1, s * 0.14, s * 0.8, s * 0.56), s * 0.14, s * 0.14)
    p.drawPolygon(
        QPolygonF(
            [QPointF(s * 0.28, s * 0.66), QPointF(s * 0.28, s * 0.9), QPointF(s * 0.5, s * 0.66)]
        )
    )


def _draw_suggestion(p: QPainter, s: float) -> None:
    """A pen over a line: proposed wording."""
    p.setPen(_pen(_c("suggestion"), max(1.4, s * 0.09)))
    p.drawLine(QPointF(s * 0.12, s * 0.88), QPointF(s * 0.88, s * 0.88))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(_c("suggestion")))
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(s * 0.22, s * 0.74),
                QPointF(s * 0.26, s * 0.56),
                QPointF(s * 0.68, s * 0.14),
                QPointF(s * 0.84, s * 0.30),
                QPointF(s * 0.42, s * 0.72),
            ]
        )
    )


def _draw_pathway(p: QPainter, s: float) -> None:
    """A bound book: one pathway."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(_c("pathway")))
    p.drawRoundedRect(QRectF(s * 0.16, s * 0.1, s * 0.68, s * 0.8), s * 0.08, s * 0.08)
    p.setPen(_pen(theme().on(_c("pathway")), max(1.0, s * 0.07)))
    for y in (0.32, 0.48, 0.64):
        p.drawLine(QPointF(s * 0.32, s * y), QPointF(s * 0.7, s * y))


def _draw_service(p: QPainter, s: float) -> None:
    """A person: a service and its staff."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(_c("service")))
    p.drawEllipse(QRectF(s * 0.34, s * 0.08, s * 0.32, s * 0.32))
    p.drawRoundedRect(QRectF(s * 0.16, s * 0.48, s * 0.68, s * 0.44), s * 0.2, s * 0.2)


@cache
def status_icon(status: Status) -> QIcon:
    drawings = {
        Status.DRAFT: _draw_draft,
        Status.IN_HEARING: _draw_hearing,
        Status.APPROVED: _draw_approved,
    }
    return _icon(drawings[status])


@cache
def stale_icon() -> QIcon:
    return _icon(_draw_stale)


@cache
def local_icon() -> QIcon:
    return _icon(_draw_local)


@cache
def inherited_icon() -> QIcon:
    return _icon(_draw_inherited)


@cache
def comments_icon() -> QIcon:
    return _icon(_draw_comments)


@cache
def suggestion_icon() -> QIcon:
    return _icon(_draw_suggestion)


@cache
def pathway_icon() -> QIcon:
    return _icon(_draw_pathway)


@cache
def service_icon() -> QIcon:
    return _icon(_draw_service)
