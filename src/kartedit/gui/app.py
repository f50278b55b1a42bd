"""GUI: start-up — parse window options, create the QApplication, show the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kartedit.domain.errors import UserError
from kartedit.domain.sections import SectionRef
from kartedit.services.settings import LANGUAGES, default_database, load_settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kartedit.gui.main_window import MainWindow
    from kartedit.services.workspace import Workspace

SCREENSHOT_SIZE = (1280, 800)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kartedit",
        description="Open the kartedit window on a map database.",
    )
    parser.add_argument(
        "db",
        nargs="?",
        type=Path,
        metavar="DB",
        help="the map database (default: your own, made from the demo map on first start)",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="render the window at 1280×800 into FILE.png and exit",
    )
    parser.add_argument(
        "--select", metavar="PATHWAY/SERVICE/KIND", help="open this section, e.g. angst/bup/role"
    )
    parser.add_argument("--edition", metavar="E", help="open this edition (default: the last)")
    parser.add_argument(
        "--language", choices=LANGUAGES, help="interface language (default: from the settings)"
    )
    parser.add_argument(
        "--no-error-dialogs",
        action="store_true",
        help="report errors on stderr instead of in dialogs (for headless runs)",
    )
    return parser


def run_gui(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    try:
        select = SectionRef.parse(args.select) if args.select else None
    except UserError as exc:
        print(f"kartedit: {exc.message}", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from kartedit import __version__
    from kartedit.gui.errors import (
        install_crash_handler,
        set_error_dialogs_enabled,
        show_user_error,
    )
    from kartedit.gui.i18n import install_translator

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("kartedit")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("kartedit")
    headless = args.screenshot is not None
    set_error_dialogs_enabled(not (args.no_error_dialogs or headless))
    install_translator(app, args.language or load_settings().language)
    crash_handler = install_crash_handler(app)
    try:
        workspace = _open_workspace(args.db)
    except UserError as exc:
        show_user_error(None, exc)
        crash_handler.uninstall()
        return 1

    from kartedit.gui.main_window import MainWindow

    window = MainWindow(workspace, edition=args.edition)
    try:
        if args.screenshot is not None:
            return _screenshot(app, window, select, args.screenshot)
        window.apply_default_layout()
        window.show()
        _open_start_section(window, select)
        window.offer_recovery()
        return app.exec()
    finally:
        window.deleteLater()
        workspace.close()
        crash_handler.uninstall()


def _open_workspace(db: Path | None) -> Workspace:
    from kartedit.services.folders import open_or_create_default
    from kartedit.services.workspace import Workspace

    if db is None:
        return open_or_create_default(default_database())
    if not db.exists():
        raise UserError(f"{db}: no such map database. Create one with «kartedit init {db}».")
    return Workspace.open(db)


def _open_start_section(window: MainWindow, select: SectionRef | None) -> None:
    if select is None or not window.select_section(select):
        window.restore_last_section()


def _screenshot(
    app: QApplication, window: MainWindow, select: SectionRef | None, target: Path
) -> int:
    """Render the window as a user would see it, offscreen-safe, and save it as PNG."""
    from PySide6.QtCore import QEventLoop, Qt

    width, height = SCREENSHOT_SIZE
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.apply_default_layout(width, height)
    window.show()
    _open_start_section(window, select)
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    window.apply_default_layout(width, height)
    window.editor.settle()
    app.processEvents()
    image = window.grab()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        print(f"kartedit: could not write {target}.", file=sys.stderr)
        return 1
    window.editor.editor.document().setModified(False)
    window.close()
    print(f"Saved a {image.width()}×{image.height()} screenshot to {target}.")
    return 0
