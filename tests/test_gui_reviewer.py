"""GUI tests: the reviewer window — a bundle opened with no database, comments made through
the window, kept across reopening, and sent back as a response bundle."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kartedit.bundle.kartbundle import read_bundle
from kartedit.domain.bundles import BundleKind, BundleManifest
from kartedit.domain.review import CommentKind, Reviewer
from kartedit.domain.sections import SectionRef
from kartedit.gui.common import confirm, errors
from kartedit.gui.common.i18n import install_translator
from kartedit.gui.review import reviewer_window
from kartedit.gui.review.comment_dialog import CommentDialog, DialogMode, ReviewerDialog
from kartedit.gui.review.reviewer_view import OffsetMap
from kartedit.gui.review.reviewer_window import ReviewerWindow, open_reviewer_window
from kartedit.gui.writer.main_window import MainWindow
from kartedit.gui.writer.map_model import Node
from kartedit.services.bundles import validate_bundle
from kartedit.services.review import ReviewSession
from kartedit.services.settings import Settings, load_settings, save_settings
from kartedit.services.workspace import Workspace
from tests.bundle_support import make_review_bundle, write_entries
from tests.cli_support import run_kartedit
from tests.gui_support import drag_and_drop
from tests.test_i18n import untranslated_english, visible_texts

ROLE = SectionRef.parse("angst/fastlege/role")
BUP_REFERRAL = SectionRef.parse("angst/bup/referral")
Accepted = QDialog.DialogCode.Accepted


pytestmark = pytest.mark.usefixtures("close_windows")


@pytest.fixture
def bundle(demo_db: Path, tmp_path: Path) -> tuple[Path, BundleManifest]:
    """A review bundle from the demo map; then the database is gone, as on a reviewer's PC."""
    workspace = Workspace.open(demo_db)
    path = tmp_path / "inbox" / "høyring.kartbundle"
    path.parent.mkdir()
    _, manifest = make_review_bundle(workspace, path)
    workspace.close()
    for leftover in tmp_path.glob("demo.sqlite*"):
        leftover.unlink()
    return path, manifest


@pytest.fixture
def ola() -> None:
    save_settings(Settings(author_name="Ola Nordmann", author_organisation="PPT Voss"))


@pytest.fixture
def role_asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The reviewer dialog answers «rådgjevar» (name from the form); returns who asked."""
    asked: list[str] = []

    def exec_(self: ReviewerDialog) -> int:
        asked.append(self.name())
        if not self.name():
            self.name_edit.setText("Siri Skule")
            self.organisation_edit.setText("Voss kommune")
        self.role_box.setCurrentText("rådgjevar")
        return int(Accepted.value)

    monkeypatch.setattr(ReviewerDialog, "exec", exec_)
    return asked


def answer_dialog(
    monkeypatch: pytest.MonkeyPatch, text: str, replacement: str | None = None
) -> list[CommentDialog]:
    """The next comment dialogs are filled in with ``text`` (and ``replacement``) and sent."""
    shown: list[CommentDialog] = []

    def exec_(self: CommentDialog) -> int:
        shown.append(self)
        self.text_edit.setPlainText(text)
        if replacement is not None:
            self.replacement_edit.setPlainText(replacement)
        assert self.ok_button.isEnabled(), self.problem.text()
        return int(Accepted.value)

    monkeypatch.setattr(CommentDialog, "exec", exec_)
    return shown


def select_passage(window: ReviewerWindow, quote: str) -> tuple[int, int]:
    """Select a passage in the text view as a mouse would (document positions)."""
    start = window.view.passage.source.index(quote)
    end = start + len(quote)
    cursor = window.view.passage.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.view.passage.setTextCursor(cursor)
    return start, end


def open_window(path: Path) -> ReviewerWindow:
    window = open_reviewer_window(path)
    assert window is not None
    return window


# -- the round trip ---------------------------------------------------------------


def test_review_round_trip_through_the_window(
    bundle: tuple[Path, BundleManifest],
    ola: None,
    role_asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    qapp: QApplication,
) -> None:
    path, review = bundle
    window = open_window(path)
    assert window.select_section(ROLE)
    assert window.windowTitle().startswith("Role · Fastlege")
    assert "Høring angst 2027" in window.view.banner.title.text()
    assert "15.01.2027" in window.view.banner.details.text()

    # Two comments, one suggestion (in another section) and a reply, all through the GUI.
    first = select_passage(window, "portåpner til spesialisthelsetjenesten")
    answer_dialog(monkeypatch, "Skriv heller «spesialisthelsetenesta».")
    window.commands.comment.trigger()
    assert role_asked == ["Ola Nordmann"]  # asked once, for the role
    select_passage(window, "gi råd til barnet og foresatte")
    answer_dialog(monkeypatch, "Nemn helsesjukepleiaren.")
    window.commands.comment.trigger()
    assert window.select_section(BUP_REFERRAL)
    bup_text = window.view.passage.source
    quote = bup_text.split("\n")[0][:40].strip()
    select_passage(window, quote)
    dialogs = answer_dialog(monkeypatch, "Klarare.", replacement="Ny innleiing.")
    window.commands.suggest.trigger()
    assert dialogs[0].mode is DialogMode.SUGGESTION
    assert dialogs[0].quote_view.toPlainText() == quote
    assert role_asked == ["Ola Nordmann"]

    assert window.select_section(ROLE)
    assert len(window.view.passage.highlights()) == 2
    window.panel.list.setCurrentItem(window.panel.list.topLevelItem(0))
    answer_dialog(monkeypatch, "Og i resten av kartet.")
    window.commands.reply.trigger()

    comments = window.session.comments()
    assert [c.kind for c in comments] == [
        CommentKind.COMMENT,
        CommentKind.COMMENT,
        CommentKind.SUGGESTION,
        CommentKind.COMMENT,
    ]
    root = comments[0]
    assert root.anchor is not None and (root.anchor.start, root.anchor.end) == first
    assert comments[3].parent == root.id
    assert window.panel.list.topLevelItem(0).childCount() == 1
    assert window.tree.model.index_of(ROLE).siblingAtColumn(1).data() == "2"

    # Close and reopen: the comments are still there, marked in the text.
    window.close()
    qapp.processEvents()
    again = open_window(path)
    assert again is not window
    assert again.select_section(ROLE)
    marks = again.view.passage.highlights()
    assert (marks[0].start, marks[0].end) == first
    assert len(again.view.passage.extraSelections()) == 2
    assert again.panel.list.topLevelItemCount() == 2
    again.panel.all_box.setChecked(True)
    assert again.panel.list.topLevelItemCount() == 3

    # Export a response: the default name sits next to the bundle.
    offered: list[str] = []

    def save_name(_parent: object, _title: str, directory: str, _filter: str) -> tuple[str, str]:
        offered.append(directory)
        return directory, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    target = again.work.export_response()
    assert target == path.with_name("høyring-svar-ola-nordmann.kartbundle")
    assert offered == [str(target)]
    assert str(target) in again.work.exported_box.text()
    assert "Kari Koordinator" in again.work.exported_box.informativeText()

    assert validate_bundle(target) == []
    response = read_bundle(target, BundleKind.RESPONSE)
    assert response.manifest.in_response_to == review.bundle_id
    assert response.manifest.reviewer == Reviewer("Ola Nordmann", "PPT Voss", "rådgjevar")
    assert response.comments is not None
    sent = response.comments.comments
    assert [c.text for c in sent] == [
        "Skriv heller «spesialisthelsetenesta».",
        "Nemn helsesjukepleiaren.",
        "Klarare.",
        "Og i resten av kartet.",
    ]
    assert sent[0].anchor is not None and sent[0].anchor.quote == (
        "portåpner til spesialisthelsetjenesten"
    )
    assert sent[2].replacement == "Ny innleiing." and sent[2].anchor is not None
    assert sent[2].anchor.section == BUP_REFERRAL and sent[2].anchor.quote == quote
    assert sent[3].parent == sent[0].id
    assert {c.reviewer.role for c in sent} == {"rådgjevar"}
    assert not list(tmp_path.rglob("*.sqlite"))  # no database was made on the way


def test_a_comment_can_be_made_on_a_passage_selected_in_the_preview(
    bundle: tuple[Path, BundleManifest],
    ola: None,
    role_asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(bundle[0])
    window.select_section(ROLE)
    found = window.view.preview.document().find("somatiske årsaker")
    window.view.preview.setTextCursor(found)
    answer_dialog(monkeypatch, "Kva for årsaker?")
    comment = window.work.add_comment()
    assert comment is not None and comment.anchor is not None
    start = window.view.passage.source.index("somatiske årsaker")
    assert (comment.anchor.start, comment.anchor.end) == (start, start + len("somatiske årsaker"))


def test_without_a_selection_the_reviewer_is_told_what_to_do(
    bundle: tuple[Path, BundleManifest], ola: None, capsys: pytest.CaptureFixture[str]
) -> None:
    window = open_window(bundle[0])
    window.select_section(ROLE)
    assert window.work.add_comment() is None
    assert "Select a passage" in capsys.readouterr().err
    assert window.session.comments() == []


def test_first_comment_asks_who_is_reviewing_and_keeps_the_name(
    bundle: tuple[Path, BundleManifest],
    role_asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(bundle[0])
    assert "asked for your name" in window.view.banner.reviewer.text()
    window.select_section(ROLE)
    select_passage(window, "BUP")
    answer_dialog(monkeypatch, "Kort.")
    comment = window.work.add_comment()
    assert role_asked == [""]
    assert comment is not None
    assert comment.reviewer == Reviewer("Siri Skule", "Voss kommune", "rådgjevar")
    assert load_settings().author_name == "Siri Skule"
    assert "Siri Skule (Voss kommune), rådgjevar" in window.view.banner.reviewer.text()


def test_edit_and_delete_own_comments_with_confirmation(
    bundle: tuple[Path, BundleManifest],
    ola: None,
    role_asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(bundle[0])
    window.select_section(ROLE)
    select_passage(window, "portåpner til spesialisthelsetjenesten")
    answer_dialog(monkeypatch, "", replacement="portåpnar")
    suggestion = window.work.add_comment(suggestion=True)
    assert suggestion is not None
    answer_dialog(monkeypatch, "Sjå over.")
    reply = window.work.reply(suggestion.id)
    assert reply is not None

    dialogs = answer_dialog(monkeypatch, "Nynorsk.", replacement="portåpnar til BUP")
    edited = window.work.edit(suggestion.id)
    assert dialogs[0].mode is DialogMode.EDIT_SUGGESTION
    assert edited is not None and edited.replacement == "portåpnar til BUP"
    assert edited.text == "Nynorsk." and edited.edited is not None

    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda *args, **kw: asked.append(args[2]) or False)
    assert not window.work.delete(suggestion.id)
    assert len(window.session.comments()) == 2
    monkeypatch.setattr(confirm, "ask", lambda *args, **kw: True)
    assert window.work.delete(suggestion.id)
    assert window.session.comments() == []
    assert window.view.passage.highlights() == []
    assert "portåpner til spesialisthelsetjenesten" in asked[0]


def test_other_peoples_comments_cannot_be_edited_here(
    bundle: tuple[Path, BundleManifest], ola: None
) -> None:
    session = ReviewSession.open(bundle[0])
    start, end = session.locate(ROLE, "BUP", 1)
    other = session.add_comment(ROLE, start, end, "Frå kollega.", Reviewer("Per", "BUP"))
    window = open_window(bundle[0])
    window.select_section(ROLE)
    window.show_comment(other.id)
    assert window.panel.current_comment() == other
    assert window.view.passage.textCursor().selectedText() == "BUP"
    assert window.panel.reply_button.isEnabled()
    assert not window.panel.edit_button.isEnabled()
    assert not window.commands.delete_comment.isEnabled()


def test_comments_made_elsewhere_show_when_the_window_is_used_again(
    bundle: tuple[Path, BundleManifest], ola: None, qtbot: QtBot
) -> None:
    window = open_window(bundle[0])
    window.select_section(ROLE)
    session = ReviewSession.open(bundle[0])
    start, end = session.locate(ROLE, "BUP", 1)
    session.add_comment(ROLE, start, end, "Frå kommandolinja.", Reviewer("Ola Nordmann"))
    assert window.panel.list.topLevelItemCount() == 0
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.changeEvent(QEvent(QEvent.Type.ActivationChange))
    assert window.panel.list.topLevelItemCount() == 1
    assert len(window.view.passage.highlights()) == 1


# -- refused bundles ----------------------------------------------------------------------


def test_a_bundle_that_is_not_a_zip_is_refused_calmly_and_opens_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "vedlegg.kartbundle"
    bad.write_bytes(b"%PDF-1.7 this is not a bundle")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    errors.set_error_dialogs_enabled(True)
    try:
        assert open_reviewer_window(bad) is None
    finally:
        errors.set_error_dialogs_enabled(False)
    assert len(shown) == 1 and "not a ZIP file" in shown[0] and str(bad) in shown[0]
    assert reviewer_window._windows == {}
    assert not any(isinstance(w, ReviewerWindow) for w in QApplication.topLevelWidgets())
    assert not (tmp_path / "data" / "reviews").exists()


def test_a_forged_bundle_is_refused_with_its_own_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forged = write_entries(tmp_path / "forfalska.kartbundle", {"../../evil.md": b"x"})
    assert open_reviewer_window(forged) is None
    message = capsys.readouterr().err
    assert str(forged) in message and "not a ZIP" not in message
    assert reviewer_window._windows == {}


def test_a_response_bundle_is_not_taken_for_a_review_bundle(
    bundle: tuple[Path, BundleManifest], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    response = tmp_path / "svar.kartbundle"
    ReviewSession.open(bundle[0]).export_response(response, Reviewer("Ola Nordmann"))
    capsys.readouterr()
    assert open_reviewer_window(response) is None
    assert "this is a response bundle" in capsys.readouterr().err
    assert reviewer_window._windows == {}


def test_the_command_line_refuses_a_bad_bundle_with_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "tom.kartbundle"
    bad.write_bytes(b"")
    result = run_kartedit(str(bad), "--no-error-dialogs")
    assert result.returncode == 1
    assert str(bad) in result.stderr
    assert not (tmp_path / "data" / "kartedit.sqlite").exists()


# -- opening bundles from the writer's window ---------------------------------------------


def test_file_open_bundle_in_the_main_window(
    bundle: tuple[Path, BundleManifest],
    monkeypatch: pytest.MonkeyPatch,
    demo_template: Path,
    tmp_path: Path,
) -> None:
    workspace = Workspace.open(_copy(demo_template, tmp_path / "mine.sqlite"))
    main = MainWindow(workspace)
    try:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(bundle[0]), ""))
        main.commands.open_bundle.trigger()
        assert list(reviewer_window._windows) == [bundle[0].resolve()]
        main.commands.open_bundle.trigger()  # the same bundle: the same window
        assert len(reviewer_window._windows) == 1
    finally:
        main.close()
        main.deleteLater()
        workspace.close()


def test_dropping_a_bundle_on_the_main_windows_editor_opens_it(
    bundle: tuple[Path, BundleManifest], demo_template: Path, tmp_path: Path
) -> None:
    workspace = Workspace.open(_copy(demo_template, tmp_path / "mine.sqlite"))
    main = MainWindow(workspace)
    try:
        main.show()
        _drop(bundle[0], main.editor.editor.viewport())
        assert list(reviewer_window._windows) == [bundle[0].resolve()]
        assert main.editor.text() == ""  # the file's name was not pasted as text
    finally:
        main.close()
        main.deleteLater()
        workspace.close()


@pytest.mark.usefixtures("author")
def test_a_quick_started_window_takes_bundle_drops_on_its_text_and_preview(
    bundle: tuple[Path, BundleManifest], demo_template: Path, tmp_path: Path
) -> None:
    """The text views learn to take bundles once the first screen is painted; a dropped
    bundle then opens, never pasting its name into the text."""
    from kartedit.gui.common.app import _open_workspace, first_screen_painted

    workspace = _open_workspace(_copy(demo_template, tmp_path / "mine.sqlite"))
    assert hasattr(workspace, "load")  # quick-started
    main = MainWindow(workspace)
    try:
        main.show()
        assert main.select_section(SectionRef.parse("angst/ppt/role"))  # a draft
        first_screen_painted(main)
        assert not main.editor.editor.isReadOnly()  # the text would take a drop itself
        text = main.editor.text()
        for target in (main.editor.editor.viewport(), main.editor.preview.viewport()):
            _drop(bundle[0], target)
        assert list(reviewer_window._windows) == [bundle[0].resolve()]
        assert main.editor.text() == text  # the file's name was not pasted
    finally:
        main.editor.editor.document().setModified(False)
        main.close()
        main.deleteLater()
        workspace.close()


def _drop(path: Path, target: QWidget) -> None:
    """Drag ``path`` over ``target`` and drop it there: both taken."""
    enter, drop = drag_and_drop([path], target)
    assert enter.isAccepted()
    assert drop.isAccepted()


def _copy(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes())
    return target


# -- language, keyboard, small parts -------------------------------------------------------


def test_the_window_speaks_bokmal(
    bundle: tuple[Path, BundleManifest], ola: None, qapp: QApplication, qtbot: QtBot
) -> None:
    install_translator(qapp, "nb")
    try:
        window = open_window(bundle[0])
        window.select_section(ROLE)
        assert window.menus.file.title() == "&Fil"
        assert window.commands.comment.text().replace("&", "") == "Kommenter…"
        assert window.commands.export_response.text().replace("&", "") == "Eksporter høringssvar…"
        # «Høring: {round}» in bokmål; a round already named «Høring …» is named once
        assert QCoreApplication.translate("ReviewerView", "Hearing: {round}") == "Høring: {round}"
        assert window.view.banner.title.text() == window.session.manifest.round.name
        assert window.view.banner.title.text().startswith("Høring ")
        assert window.comments_dock.windowTitle() == "Merknader"
        leftovers = sorted(set(visible_texts(window)) & untranslated_english("nb"))
        assert leftovers == []
        dialog = CommentDialog(DialogMode.SUGGESTION, "BUP", "Rolle · Fastlege", window)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Foreslå formulering"
        assert sorted(set(visible_texts(dialog)) & untranslated_english("nb")) == []
    finally:
        install_translator(qapp, "en")


def test_keyboard_moves_between_comments_and_panes(
    bundle: tuple[Path, BundleManifest], ola: None
) -> None:
    session = ReviewSession.open(bundle[0])
    reviewer = Reviewer("Ola Nordmann", "PPT Voss")
    for quote in ("portåpner", "BUP"):
        start, end = session.locate(ROLE, quote, 1)
        session.add_comment(ROLE, start, end, f"Om {quote}.", reviewer)
    window = open_window(bundle[0])
    window.select_section(ROLE)
    window.commands.next_comment.trigger()
    first = window.panel.current_comment()
    window.commands.next_comment.trigger()
    second = window.panel.current_comment()
    assert first is not None and second is not None and first != second
    assert window.view.passage.textCursor().selectedText() in ("portåpner", "BUP")
    for widget in (window.tree.view, window.view.passage, window.panel.list):
        assert widget.accessibleName()
    for action in (window.commands.comment, window.commands.suggest):
        assert action.shortcut().toString() in ("Ctrl+M", "Ctrl+Shift+M")


def test_every_interactive_widget_has_a_name(
    bundle: tuple[Path, BundleManifest], ola: None
) -> None:
    window = open_window(bundle[0])
    window.select_section(ROLE)
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)
    nameless = [
        f"{type(w).__name__} {w.objectName()}"
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(window)
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert nameless == []


def test_offsets_are_code_points_not_utf16_units() -> None:
    text = "Ein 😀 smil\r\nog BUP"
    offsets = OffsetMap(text)
    bup = text.index("BUP")
    assert offsets.to_qt(bup) == bup + 1 - 1  # +1 for the emoji's second unit, −1 for \r\n
    assert offsets.from_qt(offsets.to_qt(bup)) == bup
    assert offsets.to_qt(text.index("smil")) == text.index("smil") + 1


def test_comment_dialog_refuses_empty_and_unchanged_text(qtbot: QtBot) -> None:
    comment = CommentDialog(DialogMode.COMMENT, "BUP", "Rolle")
    qtbot.addWidget(comment)
    assert not comment.ok_button.isEnabled()
    comment.text_edit.setPlainText("Ja.")
    assert comment.ok_button.isEnabled()
    suggestion = CommentDialog(DialogMode.SUGGESTION, "BUP", "Rolle")
    qtbot.addWidget(suggestion)
    assert suggestion.replacement_edit.toPlainText() == "BUP"
    assert not suggestion.ok_button.isEnabled()
    suggestion.replacement_edit.setPlainText("")
    assert suggestion.ok_button.isEnabled() and suggestion.replacement() == ""


# -- the screenshot ------------------------------------------------------------------------


def test_screenshot_of_the_reviewer_window(
    bundle: tuple[Path, BundleManifest], tmp_path: Path
) -> None:
    path = str(bundle[0])
    env_author = ["--reviewer", "Ola Nordmann (PPT Voss)", "--role", "rådgjevar"]
    added = run_kartedit(
        "review", "comment", path, "--section", ROLE.key, "--quote", "portåpner",
        "--text", "Nynorsk?", *env_author,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    target = tmp_path / "shots" / "reviewer.png"
    result = run_kartedit("--screenshot", str(target), "--bundle", path, "--language", "nb")
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)
    assert not (tmp_path / "data" / "kartedit.sqlite").exists()


def test_a_pathways_own_texts_open_the_reviewers_tree_and_take_comments(
    demo_db: Path,
    tmp_path: Path,
    ola: None,
    role_asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    intro = SectionRef.parse("angst/introduction")
    workspace = Workspace.open(demo_db)
    path = tmp_path / "forlop.kartbundle"
    make_review_bundle(workspace, path, services=[], sections=[intro, ROLE])
    workspace.close()
    window = open_window(path)
    model = window.tree.model
    window.tree.load("angst")
    pathway = model.pathway_index("angst")
    first = model.index(0, 0, pathway)
    assert model.ref_at(first) == intro and first.data() == "Introduction"
    assert model.node(model.index(1, 0, pathway)) is Node.SERVICE  # only what the bundle holds
    assert window.select_section(intro)
    assert window.windowTitle().startswith("Introduction · Angst hos barn og unge")
    select_passage(window, "Ved akutt selvmordsfare")
    answer_dialog(monkeypatch, "Nemn legevakta først.")
    window.commands.comment.trigger()
    assert model.index_of(intro).siblingAtColumn(1).data() == "1"
