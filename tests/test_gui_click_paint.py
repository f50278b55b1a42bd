"""GUI: what a click in the map repaints — the panes whose content changed, the window's
layout left alone, and everything a writer sees the same as before."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest

from kartedit.domain.sections import SectionRef
from kartedit.gui.common.painting import NO_PAINT_THREADS
from kartedit.gui.writer.main_window import MainWindow
from tests.conftest import shown_main_window


@pytest.fixture
def fresh_window(qtbot, demo_db: Path, author: None) -> Iterator[MainWindow]:
    """A main window made inside the test (after the test's changes to the environment)."""
    with shown_main_window(qtbot, demo_db) as main:
        yield main


@pytest.fixture
def no_paint_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(NO_PAINT_THREADS, raising=False)


def test_the_window_keeps_qt_fills_on_the_painting_thread(
    no_paint_setting: None, fresh_window: MainWindow
) -> None:
    import os

    assert os.environ[NO_PAINT_THREADS] == "1"


def _qt_status_width(window: MainWindow) -> int:
    """The status column's width as Qt's own measure of the rows shown gives it."""
    from PySide6.QtWidgets import QTreeView

    from kartedit.gui.writer.map_model import STATUS_COLUMN

    return QTreeView.sizeHintForColumn(window.tree.view, STATUS_COLUMN)


def test_the_status_column_fits_the_widest_status_shown_as_services_open_and_close(
    qtbot, window: MainWindow
) -> None:
    from kartedit.gui.writer.map_model import STATUS_COLUMN

    view, model = window.tree.view, window.tree.model
    header = view.header()
    assert window.switch_edition("bergen")  # local and stale texts: statuses of all widths
    for pathway in ("angst", "habilitering", "depresjon"):
        window.tree.load(pathway)
        parent = model.pathway_index(pathway)
        view.expand(parent)
        for row in range(model.rowCount(parent)):
            view.expand(model.index(row, 0, parent))
            qtbot.wait(1)
            assert header.sectionSize(STATUS_COLUMN) == _qt_status_width(window), (pathway, row)
    widest = header.sectionSize(STATUS_COLUMN)
    view.collapse(model.pathway_index("habilitering"))  # its stale PPT text leaves the view
    qtbot.wait(1)
    assert header.sectionSize(STATUS_COLUMN) == _qt_status_width(window) < widest
    view.expandAll()  # many rows at once
    qtbot.wait(1)
    assert header.sectionSize(STATUS_COLUMN) == _qt_status_width(window) == widest
    window.switch_edition("regional")  # new words in the column
    qtbot.wait(1)
    assert header.sectionSize(STATUS_COLUMN) == _qt_status_width(window)


APPROVED = SectionRef.parse("angst/fastlege/role")
DRAFT = SectionRef.parse("angst/fastlege/referral")
INHERITED = SectionRef.parse("angst/fastlege/referral")  # in Bergen: the regional text
STALE = SectionRef.parse("habilitering/ppt/role")  # Bergen's adaptation, stale


def test_clicks_between_approved_and_draft_texts_switch_the_editors_look(
    window: MainWindow,
) -> None:
    from PySide6.QtGui import QPalette

    from kartedit.gui.common.theme import theme

    text = window.editor.editor
    normal = text.palette().color(QPalette.ColorRole.Base)
    for ref, locked in ((APPROVED, True), (APPROVED, True), (DRAFT, False), (APPROVED, True)):
        window.select_section(ref)
        base = text.palette().color(QPalette.ColorRole.Base)
        assert text.isReadOnly() is locked
        assert base == (theme().panel if locked else normal)
    window.select_section(DRAFT)
    window.select_section(DRAFT)
    assert not text.isReadOnly()
    assert text.palette().color(QPalette.ColorRole.Base) == normal


def test_marks_underline_each_run_of_a_line_and_keep_its_markdown_look(qtbot) -> None:
    """A long sentence over bold, a link and a local fact: every character under the mark
    is underlined, and each keeps the look the Markdown gave it."""
    from PySide6.QtGui import QFont, QTextCharFormat

    from kartedit.domain.quality import FindingKind, TextMark
    from kartedit.gui.writer.editor import MarkdownEdit

    line = "Les **dette** og [lenken](https://x.no) om {{lokal:inntaksteam}} nå."

    class Checker:
        def line_marks(self, text: str) -> tuple[TextMark, ...]:
            return (TextMark(FindingKind.LONG_SENTENCE, 0, len(text), text, "30"),)

    edit = MarkdownEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(line)
    edit.set_checker(Checker())  # type: ignore[arg-type]
    ranges = edit.document().begin().layout().formats()
    covered = sorted((r.start, r.start + r.length) for r in ranges)
    assert covered[0][0] == 0 and covered[-1][1] == len(line)
    assert all(a[1] == b[0] for a, b in pairwise(covered))
    for r in ranges:
        assert r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    bold = next(r for r in ranges if line[r.start : r.start + r.length] == "**dette**")
    assert bold.format.fontWeight() == QFont.Weight.Bold
    assert any(line[r.start : r.start + r.length].startswith("{{lokal") for r in ranges)


def _history_rows(panel) -> list[tuple[str, str, bool, bool, int]]:
    """What the history pane shows: text, revision, bold, selected, row height."""
    from PySide6.QtCore import Qt

    from kartedit.gui.writer.history_panel import REVISION_ROLE

    shown = []
    for row in range(panel.list.count()):
        item = panel.list.item(row)
        font = item.data(Qt.ItemDataRole.FontRole)
        shown.append(
            (
                item.text(),
                item.data(REVISION_ROLE),
                font is not None and font.bold(),
                item.isSelected(),
                panel.list.visualItemRect(item).height(),
            )
        )
    return shown


def _click_and_compare(qtbot, window: MainWindow, fresh, ref: SectionRef) -> None:
    if window.history.list.count() > 2:  # revisions the writer chose: the click forgets them
        window.history.list.setCurrentRow(1)
        window.history.list.item(2).setSelected(True)
    window.select_section(ref)
    assert window.view is not None
    revisions = window.workspace.history(ref, window.edition)
    fresh.list.clear()
    fresh.set_revisions(revisions, window.view.revision_id, can_restore=not window.view.read_only)
    qtbot.wait(1)
    assert _history_rows(window.history) == _history_rows(fresh)
    assert [row[1] for row in _history_rows(window.history)] == [r.id for r in revisions]
    assert window.history.current_revision() == revisions[0].id
    assert window.history.view_button.isEnabled()
    assert not window.history.restore_button.isEnabled()  # the newest is chosen


def test_the_history_pane_shows_each_clicked_sections_revisions_as_a_fresh_pane_would(
    qtbot, window: MainWindow
) -> None:
    from kartedit.gui.writer.history_panel import HistoryPanel

    fresh = HistoryPanel()
    qtbot.addWidget(fresh)
    fresh.resize(window.history.size())
    fresh.show()
    refs = [DRAFT, APPROVED, DRAFT, SectionRef.parse("angst/fastlege/assessment"), DRAFT]
    for edition in ("regional", "bergen"):
        window.switch_edition(edition)
        for ref in [*refs, STALE]:
            _click_and_compare(qtbot, window, fresh, ref)
    window.select_section(DRAFT)
    assert window.history.list.count() >= 3
    assert window.view is not None
    window.history.list.setCurrentRow(1)  # two revisions the writer chose ...
    window.history.list.item(2).setSelected(True)
    assert len(window.history.selected_revisions()) == 2
    window.reload_section()  # ... and the same section shown afresh
    assert window.history.selected_revisions() == [window.view.revision_id]  # the newest


def test_the_info_bar_shows_for_an_inherited_or_stale_text_and_is_gone_for_a_regional_draft(
    qtbot, window: MainWindow
) -> None:
    info = window.editor.info
    window.select_section(DRAFT)
    assert not info.isVisible()
    window.select_section(APPROVED)
    assert info.isVisible() and info.reopen_button.isVisible()
    window.switch_edition("bergen")
    window.select_section(INHERITED)
    assert info.isVisible() and info.adapt_button.isVisible()
    assert "inherited" in info.message.text()
    window.select_section(STALE)
    assert info.isVisible() and info.carry_button.isVisible()
    window.switch_edition("regional")
    window.select_section(DRAFT)
    qtbot.wait(1)
    assert not info.isVisible()
    # no strip left above the editor: the header's bottom meets the text with the spacing only
    layout = window.editor.page.layout()
    assert window.editor.splitter.y() - window.editor.status_text.geometry().bottom() - 1 == (
        layout.spacing()
    )


def test_the_windows_minimum_size_is_the_same_whichever_section_is_open(
    qtbot, window: MainWindow
) -> None:
    window.select_section(DRAFT)
    qtbot.wait(1)
    first = window.minimumSize()
    window.switch_edition("bergen")
    for ref in (STALE, INHERITED, SectionRef.parse("habilitering/introduction"), APPROVED):
        window.select_section(ref)
        qtbot.wait(1)
        assert window.minimumSize() == first


def test_a_squeezed_header_cuts_its_words_with_an_ellipsis_and_keeps_them_whole(
    qtbot, window: MainWindow
) -> None:
    window.switch_edition("bergen")
    window.select_section(STALE)
    crumbs = window.editor.crumbs
    whole = crumbs.text()
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: crumbs.width() < crumbs.fontMetrics().horizontalAdvance(whole))
    crumbs.repaint()
    assert crumbs.text() == whole
    assert crumbs.toolTip() == whole  # the words in full where they are cut
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: crumbs.width() >= crumbs.fontMetrics().horizontalAdvance(whole))
    crumbs.repaint()
    assert crumbs.toolTip() == ""
