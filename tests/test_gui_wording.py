"""Words a user reads in nb and nn: a round named «Høring …» is not titled «Høring: Høring …»,
an edition is not named twice, a response is a «høringssvar» and a reply a «svar», a section
is a «seksjon», and exporting is «Eksporter», not «Skriv ut»."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kartedit.gui.common.i18n import install_translator
from kartedit.gui.common.labels import titled
from kartedit.gui.hearing.start_round_dialog import StartRoundDialog
from kartedit.services.workspace import Workspace

TRANSLATIONS = Path(__file__).parents[1] / "resources" / "translations"


@pytest.fixture
def norwegian(qapp: QApplication):
    install_translator(qapp, "nb")
    yield
    install_translator(qapp, "en")


def test_a_round_named_after_its_kind_is_not_titled_twice() -> None:
    assert titled("Høring: {name}", "Høring depresjon") == "Høring depresjon"
    assert titled("Høyring: {name}", "Høyring depresjon") == "Høyring depresjon"
    assert titled("Høring: {name}", "Angst 2027") == "Høring: Angst 2027"
    assert titled("Hearing: {round}", "hearing on anxiety", "round") == "hearing on anxiety"


def test_an_edition_named_like_its_organisation_is_named_once(
    qtbot, demo_db: Path, norwegian: None
) -> None:
    with Workspace.open(demo_db) as workspace:
        dialog = StartRoundDialog(workspace, lambda: None)
        qtbot.addWidget(dialog)
        labels = [dialog.edition.itemText(i) for i in range(dialog.edition.count())]
    assert labels
    for label in labels:
        found = re.fullmatch(r"(.+) \((.+)\)", label)
        assert found is None or found.group(1) != found.group(2), label


def _translations(language: str) -> list[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    tree = ET.parse(TRANSLATIONS / f"kartedit_{language}.ts")
    return [
        (m.findtext("source") or "", "".join(m.find("translation").itertext()))
        for m in tree.getroot().iter("message")
    ]


@pytest.mark.parametrize(("language", "response"), [("nb", "høringssvar"), ("nn", "høyringssvar")])
def test_a_response_and_a_reply_have_different_words(language: str, response: str) -> None:
    pairs = dict(_translations(language))
    assert response in pairs["&Export response…"].casefold()
    assert response in pairs["Import responses"].casefold()
    assert pairs["Reply"] == "Svar"


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_sections_are_seksjoner_and_exporting_is_not_printing(language: str) -> None:
    for source, translation in _translations(language):
        assert "avsnitt" not in translation, source
        assert "Skriv ut" not in translation, source


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_stale_adaptations_are_not_changed_under(language: str) -> None:
    for source, translation in _translations(language):
        if "local adaptation(s)" in source:
            assert " under %n" not in translation
