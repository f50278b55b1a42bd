"""GUI: a bundle of any kind opened from outside a map — a double-click, the command line, a drop.

A review bundle opens the reviewer window (no map needed). A response or an approved bundle
belongs in a map: the user picks the map database (the one used last time is suggested and
remembered in the settings), a writer's window opens on it, and the window's own routing
takes over — responses go to the import dialog and its report, an approved bundle is
previewed (what it will change) and applied only when the user says so.

API:
    bundle_kind(path) -> BundleKind | None — None when the file is no readable bundle
    choose_map(parent, suggested) -> Path | None — the file dialog (stubbed in tests)
    open_in_map(path, parent=None) -> MainWindow | None
    open_any_bundle(path, parent=None) -> QWidget | None — review → reviewer, else open_in_map
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from kartedit.domain.bundles import BundleKind
from kartedit.domain.errors import UserError
from kartedit.services.settings import default_database, load_settings, save_settings

if TYPE_CHECKING:
    from kartedit.gui.writer.main_window import MainWindow

_open: list[MainWindow] = []


def bundle_kind(path: Path) -> BundleKind | None:
    from kartedit.services.bundles import open_bundle

    try:
        return open_bundle(path).manifest.kind
    except UserError:
        return None


def choose_map(parent: QWidget | None, suggested: Path) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BundleOpen", "Which map should the bundle go into?"),
        str(suggested),
        QCoreApplication.translate("BundleOpen", "kartedit maps (*.sqlite *.db);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def open_in_map(path: Path, parent: QWidget | None = None) -> MainWindow | None:
    """Ask for the map, open a writer's window on it and hand it the bundle."""
    from kartedit.gui.common.errors import calmly
    from kartedit.gui.writer.main_window import MainWindow
    from kartedit.services.workspace import Workspace

    settings = load_settings()
    suggested = Path(settings.last_map) if settings.last_map else default_database()
    database = choose_map(parent, suggested)
    if database is None:
        return None
    workspace = calmly(parent, lambda: Workspace.open(database))
    if workspace is None:
        return None
    save_settings(load_settings().with_changes(last_map=str(database)))
    window = MainWindow(workspace)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(lambda: _closed(window, workspace))
    _open.append(window)
    window.apply_default_layout()
    window.show()
    window.hearing.open_bundle(path)
    return window


def _closed(window: MainWindow, workspace: object) -> None:
    if window in _open:
        _open.remove(window)
    close = getattr(workspace, "close", None)
    if close is not None:
        close()


def open_any_bundle(path: Path, parent: QWidget | None = None) -> QWidget | None:
    """Whatever its kind: review → the reviewer window, response/approved → into a map."""
    from kartedit.gui.review.reviewer_window import open_reviewer_window

    if bundle_kind(path) in (BundleKind.RESPONSE, BundleKind.APPROVED):
        return open_in_map(path, parent)
    return open_reviewer_window(path, parent)
