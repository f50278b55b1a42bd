"""GUI: kartedit's icons, from the SVG files in resources/icons/, coloured for the palette.

The mark icons (statuses, stale, local, inherited, comments, suggestion, pathway, service) are
drawn in two colours: in the files, ``currentColor`` stands for the meaning's mark colour and
``#ffffff`` for the paper it sits on (the palette's base, or black/white on the mark itself),
so a dark desktop gets light marks that stay visible. Status shapes differ, so colour is never
the only cue. The program icon (kartedit.svg) keeps its own colours.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kartedit.domain.sections import Status
from kartedit.gui.common.theme import theme

_SIZES = (16, 20, 24, 32, 48)
MARK = "currentColor"
PAPER = "#ffffff"
PROGRAM_ICON = "kartedit.svg"
BUNDLE_ICON = "application-vnd.kartedit.bundle+zip.svg"


def svg_text(name: str) -> str:
    """The text of one SVG file shipped in kartedit.resources/icons."""
    return (files("kartedit.resources") / "icons" / name).read_text(encoding="utf-8")


def render(svg: str, size: int) -> QPixmap:
    """An SVG drawn into a transparent square pixmap of ``size`` pixels."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def coloured(name: str, mark: QColor, paper: QColor) -> str:
    """A mark icon's SVG text with its two placeholders replaced by these colours."""
    text = svg_text(name)
    return text.replace(MARK, mark.name()).replace(PAPER, paper.name())


def _icon(svg: str) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(render(svg, size))
    return icon


# Each mark icon: its file, the theme meaning of its colour, and whether its paper sits on the
# mark (black or white, whichever reads) rather than around it (the palette's base).
MARKS: dict[str, tuple[str, bool]] = {
    "draft": ("draft", False),
    "hearing": ("hearing", False),
    "approved": ("approved", True),
    "stale": ("stale", True),
    "local": ("local", False),
    "inherited": ("inherited", False),
    "comments": ("comment", False),
    "suggestion": ("suggestion", False),
    "pathway": ("pathway", True),
    "service": ("service", False),
}


def mark_svg(name: str) -> str:
    """A mark icon's SVG text coloured for the application's current palette."""
    meaning, paper_on_mark = MARKS[name]
    current = theme()
    mark = current.mark(meaning)
    paper = current.on(mark) if paper_on_mark else current.base
    return coloured(f"{name}.svg", mark, paper)


@cache
def program_icon() -> QIcon:
    """kartedit's own icon, for every window's title bar and the task bar."""
    return _icon(svg_text(PROGRAM_ICON))


@cache
def status_icon(status: Status) -> QIcon:
    names = {Status.DRAFT: "draft", Status.IN_HEARING: "hearing", Status.APPROVED: "approved"}
    return _icon(mark_svg(names[status]))


@cache
def stale_icon() -> QIcon:
    return _icon(mark_svg("stale"))


@cache
def local_icon() -> QIcon:
    return _icon(mark_svg("local"))


@cache
def inherited_icon() -> QIcon:
    return _icon(mark_svg("inherited"))


@cache
def comments_icon() -> QIcon:
    return _icon(mark_svg("comments"))


@cache
def suggestion_icon() -> QIcon:
    return _icon(mark_svg("suggestion"))


@cache
def pathway_icon() -> QIcon:
    return _icon(mark_svg("pathway"))


@cache
def service_icon() -> QIcon:
    return _icon(mark_svg("service"))
