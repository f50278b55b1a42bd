"""Tests for the interface language: complete nb/nn translations, built .qm, Norwegian widgets."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kartedit.domain.sections import SectionKind, SectionRef
from kartedit.gui.common.errors import CrashDialog
from kartedit.gui.common.i18n import effective_language, install_translator
from kartedit.gui.common.labels import kind_label
from kartedit.gui.writer.find_replace import FindReplaceBar
from kartedit.gui.writer.recovery_dialog import RecoveryDialog
from kartedit.gui.writer.search_panel import SearchPanel
from kartedit.gui.writer.settings_dialog import SettingsDialog
from kartedit.services.recovery import RecoveryStore
from kartedit.services.settings import Settings

LANGUAGES = ("nb", "nn")
TRANSLATIONS = Path(str(resources.files("kartedit.resources") / "translations"))
ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n|%\d")


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) for every message of a .ts file."""
    root = ET.parse(TRANSLATIONS / f"kartedit_{language}.ts").getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def untranslated_english(language: str) -> set[str]:
    """English texts that must not appear in a Norwegian window (they differ in translation)."""
    english = set()
    for _, source, message in messages(language):
        if source not in translations_of(message):
            english.add(source.replace("&", ""))
    return english


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application; English again afterwards, so no other test sees Norwegian."""
    yield qapp
    install_translator(qapp, "en")


# -- the .ts sources and the built .qm files -----------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    found = messages(language)
    assert len(found) > 100
    problems = []
    for context, source, message in found:
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        texts = translations_of(message)
        if kind in ("unfinished", "obsolete", "vanished") or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r}")
    assert problems == [], f"untranslated in kartedit_{language}.ts"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_shortcut_letters_survive(language: str) -> None:
    for context, source, message in messages(language):
        for text in translations_of(message):
            where = f"{context}: {source!r} → {text!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            mnemonics = text.replace("&&", "").count("&")
            assert mnemonics == source.replace("&&", "").count("&") or (
                mnemonics <= 1 and "&" not in source
            ), where


@pytest.mark.parametrize("catalogue", ["kartedit", "qtbase"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_file_is_built_from_the_current_ts(language: str, catalogue: str) -> None:
    source = TRANSLATIONS / f"{catalogue}_{language}.ts"
    built = TRANSLATIONS / f"{catalogue}_{language}.qm"
    hint = "run: python packaging/build_translations.py"
    assert built.is_file(), hint
    assert built.stat().st_mtime >= source.stat().st_mtime, hint


def _lupdate() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    return str(beside) if beside.is_file() else shutil.which("pyside6-lupdate")


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
def test_the_ts_files_hold_every_string_of_the_gui(tmp_path: Path) -> None:
    """A string added to the GUI without a translation shows up here, by name."""
    copy = tmp_path / "kartedit_nb.ts"
    shutil.copy(TRANSLATIONS / "kartedit_nb.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "kartedit" / "gui").rglob("*.py"))
    subprocess.run(
        [str(_lupdate()), *sources, "-no-obsolete", "-silent", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    root = ET.parse(copy).getroot()
    new = [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in root.iter("context")
        for message in context.iter("message")
        if (message.find("translation") is not None)
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert new == [], "run packaging/build_translations.py --update and translate these"


# -- choosing and installing a language -----------------------------------------------


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", "nb_NO", "nb"),
        ("", "nn_NO", "nn"),
        ("", "nn-Latn-NO", "nn"),
        ("", "no_NO", "nb"),
        ("", "no", "nb"),
        ("", "nb-NO", "nb"),
        ("", "en_GB", "en"),
        (None, "en_US", "en"),
        ("", "sv_SE", "en"),
        ("nn", "en_US", "nn"),
        ("en", "nb_NO", "en"),
        ("xx", "nb_NO", "nb"),
    ],
)
def test_effective_language(setting: str | None, system: str, expected: str) -> None:
    assert effective_language(setting, system) == expected


@pytest.mark.parametrize(
    ("language", "title", "kind", "cancel"),
    [
        ("nb", "Innstillinger", "Videre henvisning", "Avbryt"),
        ("nn", "Innstillingar", "Vidare tilvising", "Avbryt"),
        ("en", "Settings", "Referral", "Cancel"),
    ],
)
def test_widgets_speak_the_installed_language(
    app: QApplication, qtbot: QtBot, language: str, title: str, kind: str, cancel: str
) -> None:
    assert install_translator(app, language) == language
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == title
    assert kind_label(SectionKind.REFERRAL) == kind
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel


def test_qt_standard_texts_are_norwegian_in_bokmal(app: QApplication, qtbot: QtBot) -> None:
    install_translator(app, "nb")
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setDetailedText("detail")
    box.setStandardButtons(QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Yes)
    box.show()
    texts = {button.text() for button in box.buttons()}
    assert {"Forkast", "&Ja", "Vis detaljer …"} <= texts


def test_switching_back_to_english(app: QApplication, qtbot: QtBot) -> None:
    install_translator(app, "nn")
    install_translator(app, "en")
    assert kind_label(SectionKind.ASSESSMENT) == "Assessment"


# -- every dialog and panel of the window, in every language ---------------------------


def visible_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        texts.append(child.toolTip())
        texts.append(child.accessibleName())
    return [t.replace("&", "") for t in texts if t]


def build_everything(tmp_path: Path, qtbot: QtBot) -> list[QWidget]:
    store = RecoveryStore(tmp_path / "drafts")
    store.put("regional", SectionRef("angst", "fastlege", SectionKind.ROLE), "Tekst", None)
    editor = QPlainTextEdit("Angst hos barn")
    qtbot.addWidget(editor)
    bar = FindReplaceBar(editor)
    bar.open_replace()
    return [
        SettingsDialog(Settings()),
        RecoveryDialog(store.drafts()),
        CrashDialog("0.1.0", "Traceback", tmp_path / "kartedit.log"),
        SearchPanel(lambda query: []),
        bar,
    ]


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_every_dialog_opens_and_closes(
    app: QApplication, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    install_translator(app, language)
    english = untranslated_english(language) if language != "en" else set()
    for widget in build_everything(tmp_path, qtbot):
        qtbot.addWidget(widget)
        widget.show()
        assert widget.isVisible()
        texts = visible_texts(widget)
        assert texts, type(widget).__name__
        leftovers = sorted(set(texts) & english)
        assert leftovers == [], f"English left in {type(widget).__name__} ({language})"
        widget.close()
        assert not widget.isVisible()
