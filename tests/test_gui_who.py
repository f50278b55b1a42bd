"""Every GUI place learns who is writing from gui.common.who, so KARTEDIT_AUTHOR counts
everywhere and nobody is asked when a name is known."""

from __future__ import annotations

from pathlib import Path

import pytest

from kartedit.domain.people import Author
from kartedit.gui.common import who
from kartedit.gui.hearing.start_round_dialog import StartRoundDialog
from kartedit.services.settings import Settings, save_settings
from kartedit.services.workspace import Workspace

EVA = "Eva Miljø (Bergen kommune)"


def test_the_start_round_dialog_names_kartedit_author(
    qtbot, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KARTEDIT_AUTHOR", EVA)
    with Workspace.open(demo_db) as workspace:
        dialog = StartRoundDialog(workspace, lambda: None)
        qtbot.addWidget(dialog)
        assert dialog.started_by.text() == EVA


def test_a_known_author_is_not_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KARTEDIT_AUTHOR", EVA)
    asked: list[bool] = []
    found = who.current_author(None, ask=lambda _parent: asked.append(True))
    assert found == Author("Eva Miljø", "Bergen kommune")
    assert not asked


def test_nobody_known_is_asked_once_and_the_answer_counts() -> None:
    asked: list[bool] = []

    def ask(_parent: object) -> Settings:
        asked.append(True)
        chosen = Settings(author_name="Ola Ny", author_organisation="PPT")
        save_settings(chosen)
        return chosen

    assert who.current_author(None, ask=ask) == Author("Ola Ny", "PPT")
    assert who.current_author(None, ask=ask) == Author("Ola Ny", "PPT")
    assert asked == [True]


def test_a_cancelled_question_names_nobody() -> None:
    assert who.current_author(None, ask=lambda _parent: None) is None
