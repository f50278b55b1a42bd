"""GUI: opening review bundles from anywhere — File → Open bundle…, or a file dropped on a window.

API:
    BUNDLE_SUFFIX = ".kartbundle"
    bundle_paths(mime: QMimeData) -> list[Path] — the local .kartbundle files being dropped
    BundleDrop(opener, parent) — an event filter: install it on a window and on the widgets
        that would otherwise take the drop themselves (text views); ``opener(path)`` runs
        for every .kartbundle dropped; any other drop goes on as before
    BundleDrop.watch(widgets) — take the drops on these widgets too (again is harmless)
    accept_bundle_drops(window, opener, widgets=()) -> BundleDrop
    choose_bundle(parent) -> Path | None — the file dialog
    open_bundle_window(path, parent=None) -> QWidget | None — a reviewer window on a review
        bundle (the one already open on it, raised); a response or approved bundle goes into
        a map the user picks (gui/common/bundle_open.py); a refused bundle is a calm message
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

BUNDLE_SUFFIX = ".kartbundle"

Opener = Callable[[Path], object]


def bundle_paths(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() == BUNDLE_SUFFIX]


class BundleDrop(QObject):
    """Takes drops of .kartbundle files before a text view would paste their names."""

    def __init__(self, opener: Opener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener

    def watch(self, widgets: Iterable[QWidget]) -> None:
        for widget in widgets:
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)  # Qt installs one filter only once

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDragMoveEvent
        ):
            if bundle_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = bundle_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                for path in paths:
                    self._opener(path)
                return True
        return super().eventFilter(watched, event)


def accept_bundle_drops(
    window: QWidget, opener: Opener, widgets: Iterable[QWidget] = ()
) -> BundleDrop:
    drop = BundleDrop(opener, window)
    drop.watch((window, *widgets))
    return drop


def choose_bundle(parent: QWidget | None) -> Path | None:
    from PySide6.QtWidgets import QFileDialog  # not at start: the window opens without it

    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BundleDrop", "Open a review bundle"),
        "",
        QCoreApplication.translate("BundleDrop", "kartedit bundles (*.kartbundle);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def open_bundle_window(path: Path, parent: QWidget | None = None) -> QWidget | None:
    """A review bundle in the reviewer window; a response or approved bundle into a map."""
    from kartedit.gui.common.bundle_open import open_any_bundle

    return open_any_bundle(path, parent)
