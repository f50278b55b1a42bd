"""GUI: where a window opens and how big — fitted to the screen, and remembered per window.

A fresh window takes its default size, shrunk to the screen's available geometry (a
1366×768 laptop gets a window that fits, title bar, buttons and status bar included). Its
size, place and dock layout are kept in the settings (services.settings, one entry per
window) when it closes — written only when they changed — and restored the next time.

API:
    available_size(widget) -> QSize | None — the free area of the widget's screen
    fit_size(widget, width, height) -> (width, height) — the size shrunk to that area
    fit_resize(widget, width, height) — resize a dialog or window to the fitted size
    restore_place(window, key) -> bool — the remembered geometry (and docks), if it fits
    remember_place(window, key) -> bool — keep geometry (and docks); True when written
    place_window(window, key, layout) — restore_place, else layout(w, h) at DEFAULT_SIZE
        fitted to the screen
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from kartedit.services.settings import load_settings, save_settings


def available_size(widget: QWidget) -> QSize | None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else None


def fit_size(widget: QWidget, width: int, height: int) -> tuple[int, int]:
    """(width, height), no larger than the screen's free area and no smaller than the
    widget's minimum."""
    free = available_size(widget)
    if free is not None and free.width() > 0 and free.height() > 0:
        width, height = min(width, free.width()), min(height, free.height())
    least = widget.minimumSize()
    return max(width, least.width()), max(height, least.height())


def fit_resize(widget: QWidget, width: int, height: int) -> None:
    widget.resize(*fit_size(widget, width, height))


def _encoded(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _decoded(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


def restore_place(window: QWidget, key: str) -> bool:
    """The window's remembered size, place and docks; False (nothing changed) when none
    is kept or it no longer fits the screen."""
    settings = load_settings()
    geometry = settings.window_geometry.get(key)
    if not geometry or not window.restoreGeometry(_decoded(geometry)):
        return False
    free = available_size(window)
    if free is not None and (window.width() > free.width() or window.height() > free.height()):
        fit_resize(window, window.width(), window.height())
    layout = settings.window_layout.get(key)
    if layout and isinstance(window, QMainWindow):
        window.restoreState(_decoded(layout))
    return True


def remember_place(window: QWidget, key: str) -> bool:
    """Keep the window's size, place and docks for next time (on close); the settings file
    is written only when something changed."""
    settings = load_settings()
    geometry = {**settings.window_geometry, key: _encoded(window.saveGeometry())}
    layout = dict(settings.window_layout)
    if isinstance(window, QMainWindow):
        layout[key] = _encoded(window.saveState())
    changed = settings.with_changes(window_geometry=geometry, window_layout=layout)
    if changed == settings:
        return False
    try:
        return save_settings(changed)
    except OSError:  # a read-only config folder: the next start uses the default size
        return False


DEFAULT_SIZE = (1280, 800)


def place_window(window: QWidget, key: str, layout: Callable[[int, int], None]) -> None:
    """Open ``window`` as it was left, else ``layout`` it at the default size fitted to
    the screen (the first start on a 1366×768 laptop gets a window that fits)."""
    if not restore_place(window, key):
        layout(*fit_size(window, *DEFAULT_SIZE))
