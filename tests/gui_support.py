"""Test support for the windows: what a person does with the mouse that Qt has no one call for."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def drag_and_drop(paths: Sequence[Path], target: QWidget) -> tuple[QDragEnterEvent, QDropEvent]:
    """Drag files over ``target`` and drop them there, as a file manager does; the two
    events, to ask whether the widget took them."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    action, button, keys = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(5, 5), action, data, button, keys)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(5, 5), action, data, button, keys)
    QApplication.sendEvent(target, drop)
    return enter, drop
