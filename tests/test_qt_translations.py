"""Tests for Qt's own texts in nb and nn: file dialogs, message boxes, context menus.

PySide6 ships qtbase_nn but no qtbase_nb; resources/translations/qtbase_<lang>.ts supplies
what is missing. A recording translator lists every text Qt asks for while the standard
dialogs are built, so a Qt upgrade that adds or rewords one fails here by name.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kartedit.gui.common.i18n import install_translator

TRANSLATIONS = Path(str(resources.files("kartedit.resources") / "translations"))
# The contexts of the standard dialogs, buttons and context menus kartedit shows.
CONTEXTS = {
    "QAbstractFileIconProvider",
    "QDockWidget",
    "QFileDialog",
    "QFileSystemModel",
    "QLineEdit",
    "QMessageBox",
    "QPlatformTheme",
    "QWidgetTextControl",
}
# Shortcuts and words that read the same in Norwegian.
SAME_IN_NORWEGIAN = {"OK", "Type", "Alt+Left", "Alt+Right", "Alt+Up"}


class RecordingTranslator(QTranslator):
    """Translates nothing; remembers every (context, source, disambiguation) Qt asks for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        self.asked.add((context, source, disambiguation or ""))
        return

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_translator(qapp, "en")


def file_dialog(qtbot: QtBot, folder: Path, mode: QFileDialog.AcceptMode) -> QFileDialog:
    (folder / "svar.kartbundle").write_bytes(b"")
    (folder / "mappe").mkdir(exist_ok=True)
    dialog = QFileDialog(None, "", str(folder), "Bundles (*.kartbundle)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.findChild(QTreeView).model().rowCount() > 0)  # type: ignore[union-attr]
    return dialog


def exercise_standard_widgets(qtbot: QtBot, folder: Path) -> None:
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        file_dialog(qtbot, folder, mode).close()
    box = QMessageBox()
    qtbot.addWidget(box)
    every = QMessageBox.StandardButton
    box.setStandardButtons(every.Ok | every.Save | every.SaveAll | every.Open | every.Yes)
    box.setStandardButtons(box.standardButtons() | every.YesToAll | every.No | every.NoToAll)
    box.setStandardButtons(box.standardButtons() | every.Abort | every.Retry | every.Ignore)
    box.setStandardButtons(box.standardButtons() | every.Close | every.Cancel | every.Discard)
    box.setStandardButtons(box.standardButtons() | every.Help | every.Apply | every.Reset)
    box.setStandardButtons(box.standardButtons() | every.RestoreDefaults)
    box.setDetailedText("detail")
    box.show()
    for editor in (QLineEdit("tekst"), QTextEdit("tekst"), QPlainTextEdit("tekst")):
        qtbot.addWidget(editor)
        editor.createStandardContextMenu().deleteLater()


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_every_standard_text_qt_shows_is_norwegian(
    app: QApplication, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    install_translator(app, language)
    recorder = RecordingTranslator()
    app.installTranslator(recorder)  # searched first: sees every question
    try:
        exercise_standard_widgets(qtbot, tmp_path)
    finally:
        app.removeTranslator(recorder)
    asked = {
        key for key in recorder.asked if key[0] in CONTEXTS and key[1] not in SAME_IN_NORWEGIAN
    }
    assert len(asked) > 50
    untranslated = sorted(
        f"{context}: {source!r}"
        for context, source, comment in asked
        if QCoreApplication.translate(context, source, comment or None) == source
    )
    assert untranslated == [], f"add these to qtbase_{language}.ts"


def _qt_nn() -> QTranslator:
    translator = QTranslator()
    assert translator.load(
        "qtbase_nn", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    )
    return translator


def test_the_nynorsk_supplement_fills_what_pyside6_lacks() -> None:
    """«Look in» and «Files of type» are missing from PySide6's qtbase_nn; ours has them."""
    qt_nn = _qt_nn()
    assert qt_nn.translate("QFileDialog", "&Look in:") in ("", None)
    ours = {
        message.findtext("source")
        for message in ET.parse(TRANSLATIONS / "qtbase_nn.ts").getroot().iter("message")
    }
    assert {"&Look in:", "Files of &type:"} <= ours


def shown_texts(widget: QWidget) -> set[str]:
    texts = set()
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton) and child.isVisibleTo(widget):
            texts.add(child.text().replace("&", ""))
    return texts


@pytest.mark.parametrize(
    ("language", "labels", "buttons", "header"),
    [
        ("nb", {"Søk i:", "Filnavn:", "Filtype:"}, {"Åpne", "Avbryt"}, ["Navn", "Størrelse"]),
        ("nn", {"Leit i:", "Filnamn:", "Filtype:"}, {"Opne", "Avbryt"}, ["Namn", "Storleik"]),
    ],
)
def test_the_file_dialog_speaks_norwegian(
    app: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    language: str,
    labels: set[str],
    buttons: set[str],
    header: list[str],
) -> None:
    install_translator(app, language)
    dialog = file_dialog(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptOpen)
    texts = shown_texts(dialog)
    assert labels <= texts
    box = dialog.findChild(QDialogButtonBox)
    assert {button.text().replace("&", "") for button in box.buttons()} >= buttons
    model = dialog.findChild(QTreeView).model()  # type: ignore[union-attr]
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(2)] == header
    assert dialog.findChild(QComboBox) is not None


def test_the_line_edit_menu_in_bokmal(app: QApplication, qtbot: QtBot) -> None:
    install_translator(app, "nb")
    editor = QLineEdit("tekst")
    qtbot.addWidget(editor)
    menu = editor.createStandardContextMenu()
    texts = {action.text().split("\t")[0] for action in menu.actions() if action.text()}
    assert {"&Angre", "&Gjør om", "Klipp &ut", "&Kopier", "&Lim inn", "Slett", "Merk alt"} <= texts


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_supplement_keeps_placeholders_and_one_shortcut_letter(language: str) -> None:
    root = ET.parse(TRANSLATIONS / f"qtbase_{language}.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source", "")
        text = message.findtext("translation", "")
        where = f"{source!r} → {text!r}"
        assert text.strip(), where
        assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", source)), where
        assert text.count("&") == source.count("&"), where
        assert text.count("\n") == source.count("\n"), where
