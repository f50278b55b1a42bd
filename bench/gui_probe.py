"""Benchmarks: what one process measures in a window — run by ``bench/run.py`` in a fresh
interpreter per figure, so start-up, imports and memory are those of a real start.

``click``: kartedit's window on a map, tree clicks on the given sections: the time from the
click to the repainted window showing the text (Qt's posted layout and paint events), the
time until the preview, the statistics and the text's check that follow it are done and
painted too, and RSS after them. ``bare-click``: the baseline, the same
texts put into a bare QTextEdit with a Markdown preview. ``bare-start``: the bare window
whose start-up the kartedit window is compared with; ``least-start``: the least window that
shows the same first screen, the floor under kartedit's start. Prints one JSON object.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from kartedit.domain.sections import SectionRef


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _summary(times: list[float], done: list[float] | None = None) -> dict[str, float]:
    summary = {
        "p95_ms": _p95(times) * 1000,
        "median_ms": statistics.median(times) * 1000,
        "rss_mib": _rss_mib(),
    }
    if done:
        summary["done_p95_ms"] = _p95(done) * 1000
        summary["done_median_ms"] = statistics.median(done) * 1000
    return summary


def bare_start(png: str, text: str) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    edit = QTextEdit()
    edit.setPlainText(text)
    window.setCentralWidget(edit)
    _show_and_save(app, window, png)


def _show_and_save(app: QApplication, window: QMainWindow, png: str) -> None:
    """Show a probe window at kartedit's size, announce its first paint as kartedit's start
    is timed by («Painted»), then save it."""
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    image = window.grab()
    print("Painted", flush=True)
    image.save(png)


def least_start(png: str, db: str, key: str) -> None:
    """The least window that shows what kartedit's first screen shows, with the same
    libraries: a menu bar and a toolbar, the map's pathways in a tree (read with sqlite3),
    the section's regional text and its Markdown preview. Its start-up is the floor under
    kartedit's: what showing that content costs before any of kartedit's own work."""
    import sqlite3

    import markdown
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import (
        QApplication,
        QDockWidget,
        QMainWindow,
        QSplitter,
        QTextBrowser,
        QTextEdit,
        QTreeView,
    )

    app = QApplication(sys.argv[:1])
    pathway, service, kind = key.split("/")
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        names = [name for (name,) in connection.execute("SELECT name FROM pathways")]
        (text,) = connection.execute(
            "SELECT r.text FROM sections s JOIN revisions r ON r.id = s.head_revision_id "
            "JOIN pathways p ON p.id = s.pathway_id JOIN services v ON v.id = s.service_id "
            "JOIN editions e ON e.id = s.edition_id "
            "WHERE p.slug = ? AND v.slug = ? AND s.kind = ? AND e.kind = 'regional'",
            (pathway, service, kind),
        ).fetchone()
    window = QMainWindow()
    window.menuBar().addMenu("Fil")
    window.addToolBar("Verktøy").addAction("Lagre")
    model = QStandardItemModel()
    for name in names:
        model.appendRow(QStandardItem(name))
    tree = QTreeView()
    tree.setModel(model)
    dock = QDockWidget("Kart")
    dock.setWidget(tree)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    splitter = QSplitter()
    edit = QTextEdit()
    edit.setPlainText(text)
    preview = QTextBrowser()
    preview.setHtml(markdown.markdown(text))
    splitter.addWidget(edit)
    splitter.addWidget(preview)
    window.setCentralWidget(splitter)
    _show_and_save(app, window, png)


def bare_click(texts: list[str]) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTextEdit

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    splitter = QSplitter()
    source, preview = QTextEdit(), QTextBrowser()
    splitter.addWidget(source)
    splitter.addWidget(preview)
    window.setCentralWidget(splitter)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    times = []
    for text in texts:
        started = time.perf_counter()
        source.setPlainText(text)
        preview.setMarkdown(text)
        app.processEvents()
        times.append(time.perf_counter() - started)
    return _summary(times)


def click(db: Path, edition: str, keys: list[str]) -> dict[str, float]:
    from kartedit.domain.sections import SectionRef
    from kartedit.gui.common.app import plain_imports

    refs = [SectionRef.parse(key) for key in keys]
    import PySide6.QtWidgets  # noqa: F401  # then imports go past its hook, as in run_gui

    with plain_imports():
        return _clicks(db, edition, refs)


def _clicks(db: Path, edition: str, refs: list[SectionRef]) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from kartedit.gui.common.app import _open_workspace, first_screen_painted

    workspace = _open_workspace(db)  # as the window opens it

    from kartedit.gui.writer.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    window = MainWindow(workspace, edition=edition)
    window.apply_default_layout(1280, 800)
    window.show()
    app.processEvents()
    if hasattr(workspace, "load"):
        first_screen_painted(window)  # as the window does once it has painted
    for pathway in dict.fromkeys(ref.pathway for ref in refs):
        window.tree.load(pathway)  # expanding a pathway is not part of a click
    app.processEvents()
    times, done = [], []
    for ref in refs:
        index = window.tree.model.index_of(ref)
        started = time.perf_counter()
        window.tree.view.setCurrentIndex(index)
        app.sendPostedEvents()  # the layout and the repaint: the window shows the text
        times.append(time.perf_counter() - started)
        while window.pending_work():  # the preview, statistics and check, right after
            app.processEvents()
        app.processEvents()  # and their repaint
        done.append(time.perf_counter() - started)
        assert window.current_ref() == ref, (ref, window.current_ref())
    result = _summary(times, done)
    window.editor.editor.document().setModified(False)
    window.close()
    workspace.close()
    return result


def main() -> None:
    mode, *rest = sys.argv[1:]
    if mode == "bare-start":
        bare_start(rest[0], Path(rest[1]).read_text(encoding="utf-8"))
        return
    if mode == "least-start":
        least_start(*rest)
        return
    if mode == "bare-click":
        result = bare_click(json.loads(Path(rest[0]).read_text(encoding="utf-8")))
    else:
        result = click(Path(rest[0]), rest[1], json.loads(Path(rest[2]).read_text()))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
