"""GUI tests: local facts in the writer's window — the preview's chip and values, inserting a
fact, the «Local facts» panel, the completeness grid and the proposal from an adaptation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from kartedit.domain.facts import FactKind, FactType
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef
from kartedit.gui.common import errors
from kartedit.gui.common.i18n import install_translator
from kartedit.gui.writer.main_window import MainWindow
from kartedit.gui.writer.markdown_highlighter import MarkdownHighlighter
from kartedit.services.editions import Editions
from kartedit.services.facts import Facts
from tests.conftest import FixedClock
from tests.test_gui_language import english_left_over, shown_texts

REFERRAL = SectionRef.parse("angst/fastlege/referral")
CHIP = "[lokal opplysning: Inntaksteam — telefon og telefontid]"


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_user_error", lambda _parent, error: shown.append(str(error)))
    return shown


def test_the_preview_shows_a_chip_regionally_and_the_value_in_bergen(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.select_section(REFERRAL)
    qtbot.waitUntil(lambda: CHIP in window.editor.preview.html)
    assert "fact-chip" in window.editor.preview.html
    assert "{{lokal:inntaksteam}}" in window.editor.text()  # the writer sees the placeholder
    window.switch_edition("bergen")
    assert window.select_section(REFERRAL)
    qtbot.waitUntil(lambda: not window.pending_work())
    html = window.editor.preview.html
    assert "Telefontid for fastleger: hverdager kl. 09.00–11.00." in html
    assert "lokal opplysning" not in html
    window.switch_edition("voss")
    assert window.select_section(REFERRAL)
    qtbot.waitUntil(lambda: "[lokal opplysning manglar: Inntaksteam" in window.editor.preview.html)


def test_insert_local_fact_puts_the_placeholder_at_the_cursor(window: MainWindow) -> None:
    assert window.select_section(REFERRAL)
    editor = window.editor.editor
    assert [k.slug for k in editor.fact_kinds][:1] == ["inntaksteam"]
    menu = editor.fact_menu(editor)
    names = [a.text() for a in menu.actions()]
    assert "Tilvisingsskjema (lenke)" in names
    editor.moveCursor(QTextCursor.MoveOperation.End)
    menu.actions()[names.index("Tilvisingsskjema (lenke)")].trigger()
    assert window.editor.text().endswith("{{lokal:tilvisingsskjema}}")
    window.editor.settle()
    assert "[lokal opplysning: Tilvisingsskjema (lenke)]" in window.editor.preview.html
    editor.undo()
    assert "{{lokal:tilvisingsskjema}}" not in window.editor.text()


def test_the_panel_saves_a_value_and_explains_a_wrong_one(
    window: MainWindow, refusals: list[str]
) -> None:
    window.switch_edition("voss")
    assert window.select_section(REFERRAL)
    panel = window.facts_panel
    assert panel.fields["inntaksteam"].text() == ""
    panel.fields["inntaksteam"].setText("kvardagar kl. 08.00–09.00")
    assert panel.save()
    assert "kvardagar kl. 08.00–09.00" in window.editor.preview.html
    assert Facts(window.workspace).missing("voss") == []
    Facts(window.workspace).add_kind(FactKind("telefon", "Telefon", FactType.PHONE))
    window._reload_current(keep_text=True)
    panel.fields["telefon"].setText("12 34")
    assert not panel.save()
    assert refusals and "not a Norwegian phone number" in refusals[0]


def test_the_completeness_grid_marks_what_is_missing_and_saves_csv(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.switch_edition("voss")
    assert window.select_section(REFERRAL)
    dialog = window.open_facts_grid()
    assert dialog is not None
    table = dialog.table
    kinds = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    services = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    cell = table.item(services.index("Fastlege"), kinds.index(kinds[0]))
    assert kinds[0] == "Inntaksteam — telefon og telefontid" and cell.text() == "missing"
    assert "angst/fastlege/referral" in cell.toolTip()
    target = tmp_path / "fakta.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    assert dialog.save_csv()
    assert "voss,fastlege,inntaksteam,,,yes,angst/fastlege/referral" in target.read_text()
    dialog.close()


def test_an_adaptation_with_only_contact_details_is_proposed_as_a_fact(
    qtbot: QtBot, window: MainWindow, refusals: list[str]
) -> None:
    workspace = window.workspace
    workspace.clock = FixedClock()
    editions = Editions(workspace)
    writer = Author("Per Voss", "Voss herad")
    editions.adapt(REFERRAL, "voss", writer)
    local = workspace.section(REFERRAL, "voss").text.replace(
        "{{lokal:inntaksteam}}.", "ring 56 51 94 00, kvardagar kl. 08.00–09.00."
    )
    workspace.save(REFERRAL, local, writer, edition="voss")
    window.switch_edition("voss")
    assert window.select_section(REFERRAL)
    dialog = window.open_fact_proposals()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.proposal.kind.slug == "inntaksteam" and not dialog.proposal.new_kind
    assert not dialog.proposal.changes_regional  # the regional text already refers to it
    assert dialog.value.text() == "56 51 94 00"  # the first contact detail found …
    dialog.value.setText("ring 56 51 94 00")  # … is wrong for an hours fact: refused calmly
    assert not dialog.accept_proposal()
    assert len(refusals) == 1 and "does not say when" in refusals[0]
    assert editions.override(REFERRAL, "voss")  # refused: nothing changed
    dialog.value.setText("kvardagar kl. 08.00–09.00")
    assert dialog.accept_proposal()
    assert dialog.accepted_proposal
    assert REFERRAL not in {o.ref for o in editions.overrides("voss", "angst")}
    assert window.view is not None and window.view.inherited
    qtbot.waitUntil(lambda: "kvardagar kl. 08.00–09.00" in window.editor.preview.html)


def test_no_proposal_is_a_calm_message(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window.switch_edition("bergen")
    assert window.select_section(REFERRAL)
    assert window.open_fact_proposals() is None
    assert told == ["No adaptation in Bergen kommune only adds contact details."]


def test_a_placeholder_naming_no_fact_is_refused_at_save(
    qtbot: QtBot, window: MainWindow, refusals: list[str]
) -> None:
    assert window.select_section(REFERRAL)
    window.editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.editor.insertPlainText(" {{lokal:ukjent}}")
    assert not window.save_current("")
    assert refusals and "{{lokal:ukjent}}" in refusals[0]
    assert "{{lokal:ukjent}}" not in window.workspace.section(REFERRAL).text


@pytest.mark.parametrize(
    ("language", "title"),
    [("nb", "Lokale opplysninger i Voss herad"), ("nn", "Lokale opplysningar i Voss herad")],
)
def test_panel_grid_and_proposal_speak_the_users_language(
    qapp: QApplication, qtbot: QtBot, window: MainWindow, language: str, title: str
) -> None:
    install_translator(qapp, language)
    try:
        english = english_left_over(language)
        workspace = window.workspace
        school = SectionRef.parse("angst/skole/role")
        writer = Author("Per Voss", "Voss herad")
        Editions(workspace).adapt(school, "voss", writer)
        local = workspace.section(school).text + "\nTelefontid kvardagar kl. 08.00–09.00.\n"
        workspace.save(school, local, writer, edition="voss")
        window.retranslate()
        window.switch_edition("voss")
        assert window.select_section(school)
        window.facts_dock.show()
        grid = window.open_facts_grid()
        proposal = window.open_fact_proposals()
        assert grid is not None and proposal is not None
        assert grid.windowTitle() == title
        for widget in (window.facts_panel, grid, proposal):
            assert sorted(set(shown_texts(widget)) & english) == [], type(widget).__name__
        grid.close()
        proposal.close()
    finally:
        install_translator(qapp, "en")


def test_typing_two_braces_offers_the_facts_and_completes_the_placeholder(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[str]] = []
    monkeypatch.setattr(  # offscreen, a real popup would try to grab the keyboard
        QMenu, "popup", lambda menu, _at: offered.append([a.text() for a in menu.actions()])
    )
    assert window.select_section(REFERRAL)
    editor = window.editor.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Adresse: {")
    assert offered == []
    qtbot.keyClicks(editor, "{")
    assert len(offered) == 1 and "Adresse" in offered[0]
    editor.insert_fact("adresse")
    assert window.editor.text().endswith(" Adresse: {{lokal:adresse}}")
    editor.undo()
    assert window.editor.text().endswith(" Adresse: {{")


def test_the_editor_marks_a_placeholder_as_a_local_fact(qtbot: QtBot) -> None:
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document)
    document.setPlainText("Telefontid: {{lokal:inntaksteam}}.")
    highlighter.rehighlight()
    formats = document.findBlockByNumber(0).layout().formats()
    marked = [(r.start, r.length) for r in formats if r.format.fontWeight() == QFont.Weight.Bold]
    assert marked == [(len("Telefontid: "), len("{{lokal:inntaksteam}}"))]
