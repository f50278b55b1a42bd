"""The main window saves under the name services.identity resolves, KARTEDIT_AUTHOR included."""

from __future__ import annotations

from pathlib import Path

import pytest

from kartedit.domain.sections import SectionRef
from kartedit.gui.writer.main_window import MainWindow
from kartedit.services.workspace import Workspace

REFERRAL = SectionRef.parse("angst/fastlege/referral")


def test_the_main_window_saves_as_kartedit_author_without_asking(
    qtbot, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KARTEDIT_AUTHOR", "Eva Miljø (Bergen kommune)")
    with Workspace.open(demo_db) as workspace:
        window = MainWindow(workspace)
        asked: list[bool] = []
        monkeypatch.setattr(window, "ask_author", lambda: asked.append(True))
        window.select_section(REFERRAL)
        editor = window.editor.editor
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        qtbot.keyClicks(editor, " y")
        assert window.save_current(message="")
        assert not asked
        saved = workspace.history(REFERRAL)[0].author
        window.editor.editor.document().setModified(False)
        window.close()
        window.deleteLater()
    assert (saved.name, saved.organisation) == ("Eva Miljø", "Bergen kommune")
