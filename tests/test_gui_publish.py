"""File → Publish…: the dialog checks, publishes off the UI thread with progress, opens the
result, can be cancelled, and a finding opens its section in the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef
from kartedit.gui.writer.main_window import MainWindow
from kartedit.gui.writer.publish_dialog import PublishDialog, PublishWorker
from kartedit.services.publish.publisher import Publisher
from kartedit.services.settings import Settings, save_settings
from kartedit.services.workspace import Workspace

AUTHOR = Author("Kari Koordinator", "Helse Bergen")


@pytest.fixture
def dialog(qtbot, workspace: Workspace) -> Iterator[PublishDialog]:
    opened: list[Path] = []
    widget = PublishDialog(workspace, AUTHOR, open_result=opened.append)
    widget.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    yield widget
    widget.wait()


def test_publish_a_website_from_the_dialog(qtbot, dialog: PublishDialog, tmp_path: Path) -> None:
    assert dialog.version.placeholderText() == "1.0"
    dialog.output.setText(str(tmp_path / "nett"))
    dialog.note.setPlainText("Første versjon")
    with qtbot.waitSignal(dialog.published, timeout=60_000):
        assert dialog.start()
        assert not dialog.cancel_button.isHidden()
        assert not dialog.publish_button.isEnabled()
    assert dialog.outcome is not None
    assert dialog.opened == [tmp_path / "nett" / "index.html"]  # type: ignore[attr-defined]
    assert "1.0" in dialog.message.text()
    assert Publisher(dialog.workspace).publications("regional")[0].note == "Første versjon"
    assert dialog.publish_button.isEnabled()


def test_cancel_publishes_nothing(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    worker = PublishWorker(
        workspace,
        {
            "edition": "regional",
            "fmt": "html",
            "out": tmp_path / "nett",
            "author": AUTHOR,
            "include_drafts": True,
        },
    )
    outcomes: list[object] = []
    worker.done.connect(outcomes.append)
    worker.cancel()
    worker.run()  # in this thread: the first progress report stops it
    assert outcomes == [None]
    assert not (tmp_path / "nett").exists()
    assert Publisher(workspace).publications("regional") == []


def test_the_check_lists_findings_in_the_interface_language(
    qtbot, dialog: PublishDialog, workspace: Workspace
) -> None:
    workspace.save(SectionRef.parse("depresjon/nav/role"), "Sjå skjemaet (link).", AUTHOR)
    found = dialog.run_check()
    assert found
    texts = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any("«(link)»" in t and t.startswith("Depresjon hos barn og unge › NAV") for t in texts)
    assert dialog.findings.isVisible() or not dialog.isVisible()


def test_missing_target_or_bad_version_is_said_in_the_dialog(dialog: PublishDialog) -> None:
    assert not dialog.start()
    dialog.output.setText("/tmp/x")
    dialog.version.setText("to")
    assert not dialog.start()
    assert not dialog.is_running()


def test_file_menu_publish_and_a_finding_opens_its_section(
    qtbot, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(Settings(author_name="Kari Tester", author_organisation="Testkommune"))
    workspace = Workspace.open(demo_db)
    window = MainWindow(workspace)
    try:
        assert window.publishing.action in window.menus.file.actions()
        monkeypatch.setattr(PublishDialog, "open", lambda self: None)
        dialog = window.publishing.open()
        assert dialog is not None
        dialog.edition.setCurrentIndex(dialog.edition.findData("bergen"))
        dialog.run_check()
        item = dialog.findings.item(0)
        ref = item.data(Qt.ItemDataRole.UserRole)
        dialog.findings.itemActivated.emit(item)
        assert window.current_ref() == ref
        assert window.edition == "bergen"
        dialog.close()
    finally:
        window.editor.editor.document().setModified(False)
        window.close()
        window.deleteLater()
        workspace.close()


@pytest.mark.parametrize(
    ("language", "title", "drafts", "finding"),
    [
        ("nb", "Publiser", "Ta med utkast", "ikke godkjent"),
        ("nn", "Publiser", "Ta med utkast", "ikkje godkjend"),
    ],
)
def test_the_dialog_speaks_the_interface_language(
    qtbot, workspace: Workspace, language: str, title: str, drafts: str, finding: str
) -> None:
    from PySide6.QtWidgets import QApplication

    from kartedit.gui.common.i18n import install_translator

    app = QApplication.instance()
    assert install_translator(app, language) == language
    try:
        widget = PublishDialog(workspace, AUTHOR, open_result=lambda _path: None)
        qtbot.addWidget(widget)
        assert widget.windowTitle() == title
        assert widget.drafts.text().replace("&", "").startswith(drafts)
        widget.run_check()
        assert widget.findings.item(0).text().endswith(finding)
    finally:
        install_translator(app, "en")
