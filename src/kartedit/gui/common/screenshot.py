"""GUI: screenshots — any window or dialog rendered as a user would see it, into a PNG.

One way for every ``--screenshot``: the main window, the side-by-side diff, the hearing
window and the reviewer window. Offscreen-safe (never shown on a screen), at 1280×800 unless
``--size WxH`` names another size (1366×768 and 1280×720 for small laptop screens).

API:
        parse_size("1366x768") -> (1366, 768) — the ``--size`` argument (argparse type)
    render(app, widget, layout, *, before=None, settle=None) -> QImage — lay out, show
        offscreen, let it settle, lay out again (docks size themselves on first show), grab
    save_png(image, target) -> int — 0, or 1 after saying on stderr why it was not written
    main_window(app, window, select, target, *, diff=False, dump=None, size=SCREENSHOT_SIZE)
        -> int
    hearing_window(app, workspace, round_key, select, target, size=SCREENSHOT_SIZE) -> int
    reviewer_window(app, window, select, target, size=SCREENSHOT_SIZE) -> int
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QImage, QImageWriter
from PySide6.QtWidgets import QApplication, QWidget

from kartedit.gui.common.app import SCREENSHOT_SIZE, Size

if TYPE_CHECKING:
    from kartedit.domain.sections import SectionRef
    from kartedit.gui.review.reviewer_window import ReviewerWindow
    from kartedit.gui.writer.main_window import MainWindow
    from kartedit.services.workspace import Workspace


def render(
    app: QApplication,
    widget: QWidget,
    layout: Callable[[], None],
    *,
    before: Callable[[], None] | None = None,
    settle: Callable[[], None] | None = None,
) -> QImage:
    """The widget as it looks once shown and settled: ``before`` runs after the first show,
    ``settle`` after the second layout."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    layout()
    widget.show()
    if before is not None:
        before()
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    layout()
    if settle is not None:
        settle()
    app.processEvents()
    return widget.grab().toImage()


def save_png(image: QImage, target: Path) -> int:
    target.parent.mkdir(parents=True, exist_ok=True)
    # QImageWriter, not QImage.save: PySide6's stub types save()'s format as bytes, which
    # PySide6 itself refuses (it takes a str there); the writer takes bytes both ways.
    if not QImageWriter(str(target), b"PNG").write(image):
        print(f"kartedit: could not write {target}.", file=sys.stderr)
        return 1
    print(f"Saved a {image.width()}×{image.height()} screenshot to {target}.", flush=True)
    return 0


def main_window(
    app: QApplication,
    window: MainWindow,
    select: SectionRef | None,
    target: Path,
    *,
    diff: bool = False,
    dump: Path | None = None,
    size: Size = SCREENSHOT_SIZE,
    load: Callable[[], None] | None = None,
) -> int:
    """The main window on ``select`` (or the last section); with ``diff`` its comparison;
    with ``dump`` also the texts it shows, as JSON (the installed-wheel smoke test reads them).

    The first paint is announced on stdout («Painted», what ``bench/run.py`` times start-up
    by); then ``load`` loads the rest of the workspace, the open text is checked and the
    picture taken as the window looks a moment after start (underlines, the facts panel)."""
    from kartedit.gui.common.app import open_start_section

    width, height = size
    render(
        app,
        window,
        lambda: window.apply_default_layout(width, height),
        before=lambda: open_start_section(window, select),
    )
    print("Painted the first screen.", flush=True)
    if load is not None:
        load()
    window.finish_pending_work()
    app.processEvents()
    image = window.grab().toImage()
    if diff:
        return _diff(app, window, target, size)
    if dump is not None:
        from kartedit.gui.common.visible_strings import dump_strings

        dump_strings(window, dump)
    window.editor.editor.document().setModified(False)
    window.close()
    return save_png(image, target)


def _diff(app: QApplication, window: MainWindow, target: Path, size: Size) -> int:
    """The regional-vs-local comparison of the open section, side by side."""
    dialog = window.editions.regional_vs_local()
    if dialog is None:
        print(
            "kartedit: --diff needs a locally adapted section: name it with --select and its "
            "local edition with --edition.",
            file=sys.stderr,
        )
        window.close()
        return 2
    image = render(app, dialog, lambda: dialog.resize(*size))
    dialog.close()
    dialog.deleteLater()
    window.close()
    return save_png(image, target)


def hearing_window(
    app: QApplication,
    workspace: Workspace,
    round_key: str,
    select: SectionRef | None,
    target: Path,
    size: Size = SCREENSHOT_SIZE,
) -> int:
    """``--screenshot FILE --coordinator ROUND``: the hearing window, first thread open."""
    from kartedit.gui.hearing.hearing_window import HearingWindow

    window = HearingWindow(workspace, round_key=round_key, author=lambda: None)
    try:
        if window.hearing is None:
            print(f"kartedit: no hearing round «{round_key}» in {workspace.path}.", file=sys.stderr)
            return 1

        def open_thread() -> None:
            if select is not None and not window.select_section(select):
                print(f"kartedit: {select} is not in the round.", file=sys.stderr)
            ids = window.threads.comment_ids()
            if ids:
                window.threads.select_comment(ids[0])
                window.show_thread(ids[0])

        return save_png(
            render(app, window, lambda: window.apply_default_layout(*size), before=open_thread),
            target,
        )
    finally:
        window.close()
        window.deleteLater()


def reviewer_window(
    app: QApplication,
    window: ReviewerWindow,
    select: SectionRef | None,
    target: Path,
    size: Size = SCREENSHOT_SIZE,
) -> int:
    """The reviewer window on ``select`` (or the bundle's first section)."""
    width, height = size
    image = render(
        app,
        window,
        lambda: window.apply_default_layout(width, height),
        before=lambda: window.start(select),
    )
    window.close()
    return save_png(image, target)
