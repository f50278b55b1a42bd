"""GUI: start-up — parse window options, create the QApplication, show the main window."""

from __future__ import annotations

import argparse
import builtins
import gc
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.sections import SectionRef
from kartedit.gui import PLAIN_IMPORT
from kartedit.gui.common.i18n import effective_language
from kartedit.services.command_words import (
    Parser,
    language_asked,
    said_while_parsing,
    speaking,
)
from kartedit.services.settings import LANGUAGES, default_database, load_settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kartedit.gui.writer.main_window import MainWindow
    from kartedit.services.workspace import Workspace

BUNDLE_SUFFIX = ".kartbundle"


SCREENSHOT_SIZE = (1280, 800)
Size = tuple[int, int]


def parse_size(text: str) -> Size:
    """«1366x768» (or «1366×768») as (width, height); argparse's error when it is not."""
    found = re.fullmatch(r"\s*(\d{3,5})\s*[x×X]\s*(\d{3,5})\s*", text)
    if found is None:
        raise argparse.ArgumentTypeError(
            said_while_parsing(
                QT_TRANSLATE_NOOP("CLI", "«{text}» is not a size like 1366x768"), text=text
            )
        )
    return int(found.group(1)), int(found.group(2))


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="kartedit",
        description=QT_TRANSLATE_NOOP(
            "CLI",
            "Open the kartedit window on a map database, or a review bundle to "
            "comment on it (no database needed).",
        ),
    )
    parser.add_argument(
        "db",
        nargs="?",
        type=Path,
        metavar="DB",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "the map database (default: your own, made from the demo map on first start), "
            "or a FILE.kartbundle to review",
        ),
    )
    parser.add_argument(
        "--bundle",
        type=Path,
        metavar="FILE.kartbundle",
        help=QT_TRANSLATE_NOOP("CLI", "open this review bundle in the reviewer window"),
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help=QT_TRANSLATE_NOOP(
            "CLI", "render the window at 1280×800 (or --size) into FILE.png and exit"
        ),
    )
    parser.add_argument(
        "--size",
        type=parse_size,
        default=SCREENSHOT_SIZE,
        metavar="WxH",
        help=QT_TRANSLATE_NOOP(
            "CLI", "with --screenshot: the window size, e.g. 1366x768 (default: 1280x800)"
        ),
    )
    parser.add_argument(
        "--select",
        metavar="PATHWAY/SERVICE/KIND",
        help=QT_TRANSLATE_NOOP("CLI", "open this section, e.g. angst/bup/role"),
    )
    parser.add_argument(
        "--edition",
        metavar="E",
        help=QT_TRANSLATE_NOOP("CLI", "open this edition (default: the last)"),
    )
    parser.add_argument(
        "--diff",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "compare the --select section of a local --edition with the regional text, "
            "side by side (with --screenshot: render that comparison)",
        ),
    )
    parser.add_argument(
        "--coordinator",
        metavar="ROUND",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "open the hearing view on this round (its id or first characters); with "
            "--screenshot: render the coordinator's review view, --select choosing the section",
        ),
    )
    parser.add_argument(
        "--dark",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CLI", "use a dark palette (for checking the theme; with --screenshot: render it dark)"
        ),
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help=QT_TRANSLATE_NOOP("CLI", "interface language (default: from the settings)"),
    )
    parser.add_argument(
        "--dump-strings",
        type=Path,
        metavar="FILE.json",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "with --screenshot of the main window: also write the texts it shows (menus, "
            "actions, docks, labels) to FILE.json, to check its language",
        ),
    )
    parser.add_argument(
        "--no-error-dialogs",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CLI", "report errors on stderr instead of in dialogs (for headless runs)"
        ),
    )
    return parser


def run_gui(argv: Sequence[str]) -> int:
    preferred = load_settings().language  # read once: the options' language, then the window's
    with speaking(_language_before_parsing(argv, preferred)):
        args = build_parser().parse_args(list(argv))
    try:
        select = SectionRef.parse(args.select) if args.select else None
    except UserError as exc:  # before any window exists: a usage error on the command line
        from kartedit.services.catalogue import translator

        # no translator is installed yet: the CLI's catalogue says it in the window's language
        language = effective_language(args.language or preferred)
        print(f"kartedit: {exc.message_in(translator(language))}", file=sys.stderr)
        return 2

    import PySide6.QtWidgets  # noqa: F401  # puts PySide6's import hook in place

    with plain_imports():
        return _run_window(args, select, preferred)


def _language_before_parsing(argv: Sequence[str], preferred: str) -> str:
    """The language argparse speaks in for the window's options: --language, the settings'
    ``preferred``, the locale (as the window will choose, without Qt)."""
    from kartedit.services.catalogue import language_from_environment

    asked = language_asked(argv, before_command=False) or preferred
    return asked if asked in LANGUAGES else language_from_environment()


@contextmanager
def plain_imports() -> Iterator[None]:
    """Python's own import while the window runs.

    PySide6's import hook reads the whole source of every module imported after it, to see
    whether it names PySide6, and keeps that text in memory: only modules that choose a
    ``__feature__`` need it, and kartedit chooses none. Without it, start-up imports a
    third faster and the window holds megabytes less.
    """
    hook = builtins.__import__
    builtins.__import__ = PLAIN_IMPORT
    try:
        yield
    finally:
        builtins.__import__ = hook


def _run_window(
    args: argparse.Namespace, select: SectionRef | None, preferred_language: str
) -> int:
    from PySide6.QtWidgets import QApplication

    from kartedit import __version__
    from kartedit.gui.common.errors import (
        calmly,
        install_crash_handler,
        set_error_dialogs_enabled,
    )
    from kartedit.gui.common.i18n import install_translator
    from kartedit.gui.common.painting import paint_on_gui_thread

    paint_on_gui_thread()  # every window kartedit opens: the writer's, a reviewer's, hearing
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("kartedit")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("kartedit")
    app.setDesktopFileName("kartedit")
    if args.dark:
        from kartedit.gui.common.theme import dark_palette

        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    headless = args.screenshot is not None
    set_error_dialogs_enabled(not (args.no_error_dialogs or headless))
    install_translator(app, args.language or preferred_language)
    from kartedit.gui.common.icons import program_icon

    app.setWindowIcon(program_icon())
    crash_handler = install_crash_handler(app)
    bundle = _bundle_argument(args)
    if bundle is not None:
        try:
            return _run_bundle(app, bundle, select, args.screenshot, args.size)
        finally:
            crash_handler.uninstall()
    workspace = calmly(None, _open_workspace, args.db)
    if workspace is None:
        crash_handler.uninstall()
        return 1

    if args.coordinator and args.screenshot is not None:
        from kartedit.gui.common import screenshot

        try:
            return screenshot.hearing_window(
                app, workspace, args.coordinator, select, args.screenshot, args.size
            )
        finally:
            workspace.close()
            crash_handler.uninstall()

    from kartedit.gui.common.placement import place_window
    from kartedit.gui.writer.main_window import MainWindow

    window = MainWindow(workspace, edition=args.edition)
    try:
        if args.screenshot is not None:
            from kartedit.gui.common import screenshot

            return screenshot.main_window(
                app,
                window,
                select,
                args.screenshot,
                diff=args.diff,
                dump=args.dump_strings,
                size=args.size,
                load=lambda: check_full_workspace(window, workspace),
            )
        place_window(window, "main", window.apply_default_layout)
        window.show()
        open_start_section(window, select)
        window.offer_recovery()
        if hasattr(workspace, "load"):  # what the first screen went without
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: first_screen_painted(window))
        if args.diff:
            window.editions.compare_with_regional()
        if args.coordinator:
            hearing = window.hearing.open_rounds(args.coordinator)
            if select is not None:
                hearing.select_section(select)
        return app.exec()
    finally:
        window.deleteLater()
        workspace.close()
        crash_handler.uninstall()


def _bundle_argument(args: argparse.Namespace) -> Path | None:
    """``--bundle FILE``, or a first argument ending in .kartbundle."""
    if args.bundle is not None:
        return Path(args.bundle)
    if args.db is not None and args.db.suffix.lower() == BUNDLE_SUFFIX:
        return Path(args.db)
    return None


def _run_bundle(
    app: QApplication,
    path: Path,
    select: SectionRef | None,
    screenshot: Path | None,
    size: tuple[int, int] = SCREENSHOT_SIZE,
) -> int:
    """A review bundle: the reviewer window; a response or approved bundle: into a map."""
    from kartedit.domain.bundles import BundleKind
    from kartedit.gui.common.bundle_open import bundle_kind, open_in_map

    if screenshot is None and bundle_kind(path) in (BundleKind.RESPONSE, BundleKind.APPROVED):
        return app.exec() if open_in_map(path) is not None else 0
    return _run_reviewer(app, path, select, screenshot, size)


def _run_reviewer(
    app: QApplication,
    path: Path,
    select: SectionRef | None,
    screenshot: Path | None,
    size: tuple[int, int] = SCREENSHOT_SIZE,
) -> int:
    """The reviewer window on a bundle — no database is opened or made."""
    from kartedit.gui.common.errors import calmly
    from kartedit.gui.common.placement import place_window
    from kartedit.gui.review.reviewer_window import ReviewerWindow
    from kartedit.services.review import ReviewSession

    session = calmly(None, lambda: ReviewSession.open(path))
    if session is None:
        return 1
    window = ReviewerWindow(session)
    try:
        if screenshot is not None:
            from kartedit.gui.common.screenshot import reviewer_window

            return reviewer_window(app, window, select, screenshot, size)
        place_window(window, "reviewer", window.apply_default_layout)
        window.show()
        window.start(select)
        window.show_notices()
        return app.exec()
    finally:
        window.deleteLater()


def _open_workspace(db: Path | None) -> Workspace:
    """The map to show. A database at the current schema starts without the ORM (the first
    screen is read with sqlite3, the rest once it is painted); any other goes the full way
    now, so its upgrade or its problem comes before the window."""
    if db is not None and db.exists():
        from kartedit.services.first_screen import QuickStartWorkspace

        quick = QuickStartWorkspace(db, loading=_loading_the_store)
        if quick.ready:
            return quick  # type: ignore[return-value]  # a Workspace in all it is asked
        quick.close()

    from kartedit.services.folders import open_or_create_default
    from kartedit.services.workspace import Workspace

    if db is None:
        return open_or_create_default(default_database())
    if not db.exists():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path}: no such map database. Create one with «kartedit init {path}»."
            ),
            path=db,
        )
    return Workspace.open(db)


def check_full_workspace(window: MainWindow, workspace: Workspace) -> None:
    """Before a picture is saved: the window as it looks a moment after start (underlines,
    facts), and a quick-started window's first screen read again the full way, so a problem
    only the full path finds (a damaged page) is still reported, calmly."""
    from kartedit.gui.common.errors import calmly

    if not hasattr(workspace, "check"):
        return
    first_screen_painted(window)
    calmly(window, workspace.check)


def first_screen_painted(window: MainWindow) -> None:
    """What a quick-started window does once its first screen is painted: the side panels,
    the open text's facts and its check (the store itself loads when first needed)."""
    window.first_screen_painted()
    _freeze()


@contextmanager
def _loading_the_store() -> Iterator[None]:
    """The store's modules do not use Qt, so they are imported past PySide6's import hook,
    which would otherwise read and keep the source of each (a third slower, 20 MiB more).
    Loading takes a moment (a third of a second), so the pointer shows it is busy."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with plain_imports():
            yield
    finally:
        QApplication.restoreOverrideCursor()
    _freeze()


def _freeze() -> None:
    """What start-up made (modules, the window, later the ORM's mappers) lives as long as
    the program: out of the collector's sight, a full collection no longer walks it (nearly
    90 ms on a region-scale map, in the middle of a click)."""
    gc.freeze()


def open_start_section(window: MainWindow, select: SectionRef | None) -> None:
    """``--select``'s section, else the one open last time."""
    if select is None or not window.select_section(select):
        window.restore_last_section()
