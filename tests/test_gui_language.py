"""GUI tests: the main window and its dialogs speak bokmål, nynorsk and English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from kartedit.domain.sections import SectionRef
from kartedit.gui.common.i18n import install_translator
from kartedit.gui.writer.history_panel import RevisionDialog
from kartedit.gui.writer.main_window import MainWindow
from kartedit.gui.writer.save_dialog import SaveMessageDialog
from kartedit.services.workspace import Workspace

TRANSLATIONS = Path(str(resources.files("kartedit.resources") / "translations"))
ASSESSMENT = SectionRef.parse("angst/fastlege/assessment")


def english_left_over(language: str) -> set[str]:
    """English sources whose translation differs: seeing one in nb/nn means it was missed."""
    root = ET.parse(TRANSLATIONS / f"kartedit_{language}.ts").getroot()
    english = set()
    for message in root.iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        forms = [] if translation is None else translation.findall("numerusform")
        translated = [f.text or "" for f in forms] or [
            "" if translation is None else translation.text or ""
        ]
        if source not in translated:
            english.add(source.replace("&", ""))
    return english


def shown_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    for child in window.findChildren(QWidget):
        if not child.isVisibleTo(window):
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        texts.extend([child.toolTip(), child.accessibleName(), child.windowTitle()])
    for action in window.actions():
        texts.extend([action.text(), action.iconText(), action.toolTip()])
    return [t.replace("&", "") for t in texts if t]


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_translator(qapp, "en")


@pytest.mark.parametrize(
    ("language", "kind", "save"),
    [("nb", "Kartlegging", "Lagre"), ("nn", "Kartlegging", "Lagre"), ("en", "Assessment", "Save")],
)
def test_window_and_dialogs_are_in_the_chosen_language(
    app: QApplication, qtbot, demo_db: Path, language: str, kind: str, save: str
) -> None:
    install_translator(app, language)
    english = english_left_over(language) if language != "en" else set()
    workspace = Workspace.open(demo_db)
    window = MainWindow(workspace)
    window.apply_default_layout()
    window.show()
    try:
        assert window.select_section(ASSESSMENT)
        assert window.editor.title.text() == kind
        assert window.commands.save.iconText() == save
        menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
        texts = shown_texts(window) + menus
        assert sorted(set(texts) & english) == []

        revision = workspace.history(ASSESSMENT)[0]
        dialogs: list[QWidget] = [
            SaveMessageDialog("Kartlegging · Fastlege", window),
            RevisionDialog(revision, "Kartlegging · Fastlege", can_restore=False, parent=window),
        ]
        for dialog in dialogs:
            dialog.show()
            assert dialog.isVisible()
            assert sorted(set(shown_texts(dialog)) & english) == [], type(dialog).__name__
            dialog.close()
            assert not dialog.isVisible()
    finally:
        window.close()
        window.deleteLater()
        workspace.close()
