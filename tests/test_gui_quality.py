"""GUI tests: the editor underlines a misspelt word, a discouraged term and a form of the
other written standard, each in its own way, explains them and offers suggestions."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor

from kartedit.domain.quality import FindingKind
from kartedit.domain.sections import SectionRef
from kartedit.gui.writer.main_window import MainWindow
from kartedit.gui.writer.quality_marks import explain
from kartedit.text import spelling

ROLE = SectionRef.parse("angst/helsestasjon/role")


def _underline_at(window: MainWindow, word: str) -> QTextCharFormat.UnderlineStyle:
    document = window.editor.editor.document()
    text = document.toPlainText()
    position = text.index(word)
    block = document.findBlock(position)
    column = position - block.position()
    for fmt in block.layout().formats():
        if fmt.start <= column < fmt.start + fmt.length:
            return fmt.format.underlineStyle()
    return QTextCharFormat.UnderlineStyle.NoUnderline


def _open_and_checked(qtbot, window: MainWindow, ref: SectionRef) -> None:
    """Open a section as a click does, and wait until its check has run (after the paint)."""
    assert window.select_section(ref)
    qtbot.waitUntil(lambda: not window.pending_work())


def test_three_kinds_of_underline_with_tooltips(qtbot, window: MainWindow) -> None:
    if spelling.load_dictionaries().dictionaries is None:
        pytest.skip("the Norwegian Hunspell dictionaries are not installed")
    assert window.select_section(ROLE)
    style = QTextCharFormat.UnderlineStyle
    qtbot.waitUntil(lambda: _underline_at(window, "tilgjenglig") == style.SpellCheckUnderline)
    assert _underline_at(window, "helsesøster") == style.WaveUnderline
    assert _underline_at(window, "ikkje") == style.DashUnderline
    assert _underline_at(window, "Tjenesten har") == style.NoUnderline
    marks = window.editor.editor.highlighter.quality
    line = next(b for b in window.editor.text().split("\n") if "ikkje" in b)
    mark = marks.mark_at(line, line.index("ikkje"))
    assert mark is not None and mark.kind is FindingKind.STANDARD
    assert explain(mark) == "Nynorsk form in a bokmål text: «ikkje». Suggestion: ikke"
    window.quality.add_word("tilgjenglig")
    window.editor.editor.highlighter.rehighlight()
    assert _underline_at(window, "tilgjenglig") == style.NoUnderline


def test_quality_panel_lists_filters_and_jumps_to_a_finding(qtbot, window: MainWindow) -> None:
    panel = window.quality_ui.panel
    window.quality_ui.dock.show()
    qtbot.waitUntil(lambda: panel.report is not None, timeout=60_000)
    assert panel.report is not None
    rows = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    passages = {row.text(2) for row in rows}
    assert {"helsesøster", "HABU"} <= passages
    assert "2 error(s)" in panel.summary.text()
    panel.errors_only.setChecked(True)
    errors = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    assert sorted(row.text(2) for row in errors) == ["HABU", "helsesøster"]
    term = next(row for row in errors if row.text(2) == "helsesøster")
    panel.list.itemActivated.emit(term, 0)
    assert window.current_ref() == ROLE
    assert window.editor.editor.textCursor().selectedText() == "helsesøster"
    tooltip = window.tree.model._pathways["angst"].toolTip()
    assert tooltip.startswith("Angst hos barn og unge\nQuality: 6 finding(s) · 2 error(s)\nLIX: ")


def test_the_reviewer_sees_the_same_underlines(qtbot, demo_db, tmp_path) -> None:
    if spelling.load_dictionaries().dictionaries is None:
        pytest.skip("the Norwegian Hunspell dictionaries are not installed")
    from kartedit.gui.review.reviewer_window import open_reviewer_window
    from kartedit.services.workspace import Workspace
    from tests.bundle_support import make_review_bundle

    workspace = Workspace.open(demo_db)
    path = tmp_path / "høring.kartbundle"
    make_review_bundle(workspace, path, services=["helsestasjon"])
    workspace.close()
    window = open_reviewer_window(path)
    assert window is not None
    qtbot.addWidget(window)
    assert window.select_section(ROLE)
    document = window.view.passage.document()
    text = document.toPlainText()
    style = QTextCharFormat.UnderlineStyle
    found = {}
    for word in ("tilgjenglig", "helsesøster", "ikkje"):
        position = text.index(word)
        block = document.findBlock(position)
        column = position - block.position()
        found[word] = next(
            f.format.underlineStyle()
            for f in block.layout().formats()
            if f.start <= column < f.start + f.length
        )
    assert found == {
        "tilgjenglig": style.SpellCheckUnderline,
        "helsesøster": style.WaveUnderline,
        "ikkje": style.DashUnderline,
    }


def test_word_list_terms_and_aliases_are_edited_in_the_window(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from kartedit.gui.writer.quality_lists_dialog import QualityListsDialog

    seen: list[QualityListsDialog] = []

    def fill(dialog: QualityListsDialog) -> int:
        seen.append(dialog)
        assert dialog.terms.item(0, 2).text() == "helsesøster"
        dialog.words.appendPlainText("tilgjenglig")
        dialog._add_term(None)
        row = dialog.terms.rowCount() - 1
        dialog.terms.item(row, 0).setText("PPT")
        dialog.terms.item(row, 1).setText("PPT")
        dialog.terms.item(row, 2).setText("PP-tjenesten, PP-tenesta")
        bup = next(i for i, s in enumerate(dialog._services) if s.slug == "bup")
        dialog.aliases.item(bup, 1).setText("barne- og ungdomspsykiatrien, BUP-poliklinikken")
        dialog._accept()
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QualityListsDialog, "exec", fill)
    _open_and_checked(qtbot, window, ROLE)
    window.quality_ui.panel.lists_button.click()
    qtbot.waitUntil(lambda: not window.pending_work())
    assert seen
    lists = window.quality.lists()
    assert "tilgjenglig" in lists.words
    assert [t.discouraged for t in lists.terms] == [
        ("helsesøster",),
        ("PP-tjenesten", "PP-tenesta"),
    ]
    assert lists.aliases_of("bup") == ("barne- og ungdomspsykiatrien", "BUP-poliklinikken")
    if spelling.load_dictionaries().dictionaries is not None:
        style = QTextCharFormat.UnderlineStyle
        assert _underline_at(window, "tilgjenglig") == style.NoUnderline


def test_a_term_without_variants_is_refused_in_the_dialog(qtbot) -> None:
    from kartedit.domain.quality import QualityLists
    from kartedit.gui.writer.quality_lists_dialog import QualityListsDialog

    dialog = QualityListsDialog(QualityLists(), [])
    qtbot.addWidget(dialog)
    dialog._add_term(None)
    dialog.terms.item(0, 0).setText("helsesykepleier")
    dialog._accept()
    assert "Term 1" in dialog.problem.text()
    assert dialog.result() != 1


def test_without_dictionaries_the_window_still_checks_terms_and_says_so(
    qtbot, demo_db, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kartedit.services.workspace import Workspace
    from kartedit.text.spelling import Loaded

    monkeypatch.setattr(spelling, "_loaded", Loaded(None, "the spelling library is missing"))
    workspace = Workspace.open(demo_db)
    window = MainWindow(workspace, edition="regional")
    qtbot.addWidget(window)
    try:
        assert window.select_section(ROLE)
        style = QTextCharFormat.UnderlineStyle
        qtbot.waitUntil(lambda: _underline_at(window, "helsesøster") == style.WaveUnderline)
        assert _underline_at(window, "tilgjenglig") == style.NoUnderline
        panel = window.quality_ui.panel
        panel.show_report(window.quality.check())
        assert "Spelling is unavailable" in panel.summary.text()
    finally:
        window.close()
        workspace.close()


def _styles(window: MainWindow) -> set[QTextCharFormat.UnderlineStyle]:
    document = window.editor.editor.document()
    found = set()
    block = document.begin()
    while block.isValid():
        found |= {f.format.underlineStyle() for f in block.layout().formats()}
        block = block.next()
    return found


def test_a_nynorsk_edition_checks_its_own_texts_in_nynorsk_and_inherited_ones_as_regional(
    qtbot, window: MainWindow
) -> None:
    if spelling.load_dictionaries().dictionaries is None:
        pytest.skip("the Norwegian Hunspell dictionaries are not installed")
    assert window.switch_edition("voss")
    style = QTextCharFormat.UnderlineStyle
    _open_and_checked(qtbot, window, SectionRef.parse("angst/helsestasjon/assessment"))
    assert window.view is not None and window.view.inherited
    assert window.editor.editor.checked
    assert style.DashUnderline not in _styles(window)  # bokmål, as the regional text is
    _open_and_checked(qtbot, window, SectionRef.parse("habilitering/habu/collaboration"))
    assert window.editor.editor.checked
    assert window.view is not None and not window.view.inherited
    assert _styles(window) <= {style.NoUnderline}  # Voss's own text, in good nynorsk


def test_hovering_an_underline_explains_it(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    if spelling.load_dictionaries().dictionaries is None:
        pytest.skip("the Norwegian Hunspell dictionaries are not installed")
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QToolTip

    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_args: shown.append(text))
    _open_and_checked(qtbot, window, ROLE)
    editor = window.editor.editor
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index("helsesøster") + 3)
    point = editor.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, editor.viewport().mapToGlobal(point))
    QApplication.sendEvent(editor.viewport(), event)
    assert shown == [
        "The map's term list discourages «helsesøster». Tittelen er helsesykepleier siden "
        "2019 (helsesjukepleiar på nynorsk). Suggestion: helsesykepleier"
    ]


def test_the_open_text_is_shown_first_and_checked_after_it_is_painted(
    qtbot, window: MainWindow
) -> None:
    """A click shows the text at once; its underlines follow. Clicking on before the check
    ran cancels it: only the section on screen is checked."""
    if spelling.load_dictionaries().dictionaries is None:
        pytest.skip("the Norwegian Hunspell dictionaries are not installed")
    style = QTextCharFormat.UnderlineStyle
    other = SectionRef.parse("angst/helsestasjon/assessment")
    assert window.select_section(other)
    assert window.pending_work() and not window.editor.editor.checked
    assert window.select_section(ROLE)  # before the first one was checked
    assert "tilgjenglig" in window.editor.text()
    assert _underline_at(window, "tilgjenglig") == style.NoUnderline  # shown, not yet checked
    qtbot.waitUntil(lambda: _underline_at(window, "tilgjenglig") == style.SpellCheckUnderline)
    assert _underline_at(window, "helsesøster") == style.WaveUnderline
    assert not window.pending_work()
    assert window.readability.readability is not None  # the statistics came with it


def test_typing_puts_off_a_pending_check_and_keeps_the_text(qtbot, window: MainWindow) -> None:
    if spelling.load_dictionaries().dictionaries is None:
        pytest.skip("the Norwegian Hunspell dictionaries are not installed")
    style = QTextCharFormat.UnderlineStyle
    assert window.select_section(ROLE)
    window.editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.editor.insertPlainText(" Feilstavet ordd.")
    assert window.pending_work()
    qtbot.waitUntil(lambda: _underline_at(window, "ordd") == style.SpellCheckUnderline)
    assert _underline_at(window, "tilgjenglig") == style.SpellCheckUnderline
    assert window.editor.text().endswith(" Feilstavet ordd.")
