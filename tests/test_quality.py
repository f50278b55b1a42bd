"""Text quality: spelling, written standard, terms, long sentences and hand-offs, on the demo
map and on small texts; the word list, terms and aliases travel in the folder form."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kartedit.domain.people import Author
from kartedit.domain.quality import FindingKind, QualityLists, Term
from kartedit.domain.sections import SectionRef, Status
from kartedit.services.folders import export_folder, import_folder
from kartedit.services.quality import QualityChecker
from kartedit.services.workspace import Workspace
from kartedit.text import spelling
from kartedit.text.checker import TextChecker
from kartedit.text.spelling import Dictionaries, Lexicon, Loaded
from kartedit.text.terms import TermMatcher, suggestion
from tests.cli_support import kartedit

HELSESØSTER = Term("helsesykepleier", "helsesjukepleiar", ("helsesøster",), "Tittelen sidan 2019.")


class FakeDictionary:
    """A dictionary of a few words, so the rules are tested without Hunspell."""

    def __init__(self, words: set[str]) -> None:
        self.words = words

    def check(self, word: str) -> bool:
        return word.lower() in self.words

    def suggest(self, word: str) -> list[str]:
        return sorted(w for w in self.words if w[:2] == word.lower()[:2])


NB = {"ikke", "barn", "kart", "legging", "verktøy", "er", "bra", "hva", "ikkelik"}
NN = {"ikkje", "barn", "kart", "legging", "verktøy", "er", "bra", "kva"}
FAKE = Dictionaries(Lexicon(FakeDictionary(NB)), Lexicon(FakeDictionary(NN)))


def _kinds(marks: list) -> list[tuple[str, str]]:
    return [(m.kind.value, m.passage) for m in marks]


def test_words_of_the_other_standard_misspellings_and_compounds() -> None:
    checker = TextChecker("nb", QualityLists(), FAKE)
    marks = checker.marks("Barn er ikkje bra, kartleggingsverktøy er bra. Barnx BUP SDQ BUPs")
    assert _kinds(marks) == [("standard", "ikkje"), ("spelling", "Barnx")]
    assert marks[0].suggestions == ("ikke",)  # «ikkelik» is not spelt nearly alike
    assert marks[0].detail == "nynorsk"
    nynorsk = TextChecker("nn", QualityLists(), FAKE)
    assert _kinds(nynorsk.marks("Hva er bra?")) == [("standard", "Hva")]


def test_the_maps_word_list_is_accepted_and_can_grow() -> None:
    checker = TextChecker("nb", QualityLists(words=("Statped",)), FAKE)
    assert checker.marks("Statped er bra. Ungdomslosen er bra.")[0].passage == "Ungdomslosen"
    checker.accept("ungdomslosen")
    assert checker.marks("Statped er bra. Ungdomslosen er bra.") == []


def test_links_code_and_addresses_are_not_checked() -> None:
    checker = TextChecker("nb", QualityLists(), FAKE)
    text = "Barn [er](https://www.helsenorge.no/xyzzy) `qwrt` <b>er</b> www.qwe.no bra"
    assert checker.marks(text) == []
    assert (
        checker.marks("Barn er bra: [Qwzk.no](https://qwzk.no) er bra, qwzk-bup.com er bra") == []
    )


def test_a_term_catches_its_inflected_forms_and_compounds_only() -> None:
    matcher = TermMatcher([HELSESØSTER])
    line = "Helsesøster, helsesøsteren, helsesøstrene, helsesøsters, skolehelsesøster; søster"
    found = [line[h.start : h.end] for h in matcher.hits(line)]
    assert found == [
        "Helsesøster", "helsesøsteren", "helsesøstrene", "helsesøsters", "skolehelsesøster"
    ]  # fmt: skip
    hits = list(matcher.hits("helsesøsteren"))
    assert suggestion(hits[0], "nb") == "helsesykepleieren"
    assert suggestion(hits[0], "nn") == "helsesjukepleiaren"
    checker = TextChecker("nb", QualityLists(terms=(HELSESØSTER,)), None)
    marks = checker.marks("Helsesøster er her.")
    assert _kinds(marks) == [("term", "Helsesøster")]
    assert marks[0].suggestions == ("Helsesykepleier",)
    assert marks[0].kind.severity.value == "error"


def test_long_sentences_are_marked_with_their_word_count() -> None:
    checker = TextChecker("nb", QualityLists(), None)
    long = " ".join(["ord"] * 26) + ". Kort setning."
    marks = checker.marks("Kort.\n" + long)
    assert [(m.kind, m.detail, m.start) for m in marks] == [(FindingKind.LONG_SENTENCE, "26", 6)]


def test_without_dictionaries_the_rest_is_still_checked(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spelling, "_loaded", Loaded(None, "the spelling library is missing"))
    code, out, _ = kartedit("check", str(demo_db))
    assert code == 1
    assert out.startswith("Spelling is unavailable: the spelling library is missing.")
    assert "spelling:" not in out and "discouraged term: «helsesøster»" in out


@pytest.fixture
def real_dictionaries() -> None:
    if spelling.load_dictionaries().dictionaries is None:
        pytest.skip("the Norwegian Hunspell dictionaries are not installed")


@pytest.mark.usefixtures("real_dictionaries")
def test_the_demo_reports_its_planted_faults_and_nothing_else(demo_db: Path) -> None:
    code, out, _ = kartedit("check", str(demo_db), "--format", "json")
    assert code == 1
    report = json.loads(out)
    found = [
        (f["edition"], f["section"], f["kind"], f["passage"][:25], f["suggestion"].split(" / ")[0])
        for f in report["findings"]
    ]
    assert found == [
        ("regional", "angst/helsestasjon/role", "term", "helsesøster", "helsesykepleier"),
        ("regional", "angst/helsestasjon/role", "spelling", "tilgjenglig", "tilgjengelig"),
        ("regional", "angst/helsestasjon/role", "standard", "ikkje", "ikke"),
        ("regional", "angst/helsestasjon/role", "long_sentence", "Helsesykepleier er ikkje ", ""),
        ("regional", "angst/skole/referral", "handoff_nowhere", "HABU", ""),
        ("regional", "angst/barnevern/referral", "handoff_one_sided", "BUP", ""),
    ]
    assert (report["errors"], report["warnings"]) == (2, 4)
    one_sided = report["findings"][-1]
    assert one_sided["other_section"] == "angst/bup/collaboration"


@pytest.mark.usefixtures("real_dictionaries")
@pytest.mark.parametrize("edition", ["voss", "bergen"])
def test_the_local_editions_are_clean_in_their_own_standard(demo_db: Path, edition: str) -> None:
    code, out, _ = kartedit("check", str(demo_db), "--edition", edition, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert (code, rows) == (0, [])
    assert out.startswith("severity,kind,edition,section,passage,suggestion")


@pytest.mark.usefixtures("real_dictionaries")
def test_the_text_report_lists_findings_and_the_lix_spread(demo_db: Path) -> None:
    code, out, _ = kartedit("check", str(demo_db))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (
        "regional angst/helsestasjon/role: error: discouraged term: «helsesøster» → "
        "helsesykepleier (Tittelen er helsesykepleier siden 2019 (helsesjukepleiar på nynorsk).)"
    )
    assert "written standard: «ikkje» → ikke (nynorsk form in a bokmål text)" in out
    # the pathway's two own texts, Bergen's introduction and Voss's adaptation are counted
    # too; Bergen no longer adapts «Fastlege › Videre henvisning» since local facts
    assert any(line.startswith("LIX of pathway angst (52 sections): ") for line in lines)
    assert lines[-1] == "2 errors, 4 warnings."


def test_one_sided_and_nowhere_hand_offs_name_both_sides(workspace: Workspace) -> None:
    report = QualityChecker(workspace, Loaded(None, "off")).check("regional")
    nowhere = [f for f in report.findings if f.kind is FindingKind.HANDOFF_NOWHERE]
    assert [(f.ref.key, f.mark.passage, f.other) for f in nowhere] == [
        ("angst/skole/referral", "HABU", None)
    ]
    one_sided = [f for f in report.findings if f.kind is FindingKind.HANDOFF_ONE_SIDED]
    assert one_sided and all(f.other and f.other.service != f.ref.service for f in one_sided)
    assert report.counts_by_pathway()["angst"] >= 3
    assert sum(report.lix_bands().values()) == len(report.lix)


def test_word_list_terms_and_aliases_travel_in_the_folder_form(
    workspace: Workspace, tmp_path: Path
) -> None:
    checker = QualityChecker(workspace, Loaded(None, "off"))
    assert checker.add_word("Ungdomslosen") and not checker.add_word("Ungdomslosen")
    lists = checker.lists()
    assert "Ungdomslosen" in lists.words and lists.terms == (lists.terms[0],)
    assert "BUP" not in lists.aliases_of("bup") and "barnevernet" in lists.aliases_of("barnevern")
    export_folder(workspace, tmp_path / "out")
    fresh = Workspace.create(tmp_path / "fresh.sqlite")
    try:
        import_folder(fresh, tmp_path / "out")
        again = QualityChecker(fresh, Loaded(None, "off")).lists()
    finally:
        fresh.close()
    assert again == lists


@pytest.mark.usefixtures("real_dictionaries")
def test_forms_of_the_other_standard_from_the_two_dictionaries() -> None:
    loaded = spelling.load_dictionaries()
    bokmål = TextChecker("nb", QualityLists(), loaded.dictionaries)
    marks = bokmål.marks("Vi veit ikkje kva barnet treng, eller korleis vi kan hjelpe.")
    assert [(m.kind.value, m.passage) for m in marks] == [
        ("standard", "ikkje"), ("standard", "kva"), ("standard", "korleis")
    ]  # fmt: skip
    assert marks[0].suggestions == ("ikke",)
    nynorsk = TextChecker("nn", QualityLists(), loaded.dictionaries)
    marks = nynorsk.marks("Vi veit ikke hva barnet treng, eller hvordan vi kan samarbeidsmøte.")
    assert [(m.kind.value, m.passage, m.detail) for m in marks] == [
        ("standard", "ikke", "bokmål"),
        ("standard", "hva", "bokmål"),
        ("standard", "hvordan", "bokmål"),
    ]


def test_the_check_speaks_nynorsk_and_its_json_stays_the_same(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spelling, "_loaded", Loaded(None, "the spelling library is missing"))
    code, out, _ = kartedit("--language", "nn", "check", str(demo_db))
    assert code == 1
    assert out.startswith("Stavekontroll er ikkje tilgjengeleg: the spelling library is missing.")
    assert "feil: frårådd term: «helsesøster»" in out
    assert out.rstrip().endswith("åtvaringar.") or out.rstrip().endswith("åtvaring.")
    code, out, _ = kartedit("--language", "nn", "check", str(demo_db), "--format", "json")
    document = json.loads(out)
    assert document["spelling_problem"] == "the spelling library is missing"
    assert {f["severity"] for f in document["findings"]} <= {"error", "warning"}
    assert "term" in {f["kind"] for f in document["findings"]}


def test_a_term_without_a_preferred_word_is_refused_in_bokmål() -> None:
    from kartedit.domain.errors import UserError
    from kartedit.services.catalogue import translator

    with pytest.raises(UserError) as refused:
        Term("", "", ("helsesøster",))
    assert refused.value.said.render(translator("nb")) == (
        "En term trenger et foretrukket ord på bokmål eller nynorsk."
    )


def test_the_other_standards_dictionary_opens_only_for_a_word_its_own_lacks() -> None:
    if spelling.load_dictionaries().dictionaries is None:
        pytest.skip("the Norwegian Hunspell dictionaries are not installed")
    from kartedit.text.spelling import LazyDictionary

    loaded = spelling._load()  # fresh: neither is opened yet
    assert loaded.dictionaries is not None
    nb, nn = loaded.dictionaries.nb.dictionary, loaded.dictionaries.nn.dictionary
    assert isinstance(nb, LazyDictionary) and isinstance(nn, LazyDictionary)
    assert not nb.opened and not nn.opened
    checker = TextChecker("nb", QualityLists(), loaded.dictionaries)
    assert checker.marks("Barnet er ikke hjemme.") == []
    assert nb.opened and not nn.opened  # every word is bokmål: nynorsk is never asked
    assert _kinds(checker.marks("Barnet er ikkje heime.")) == [("standard", "ikkje")]
    assert nn.opened


def test_a_checker_lets_go_of_its_lines_but_keeps_its_words() -> None:
    checker = TextChecker("nb", QualityLists(), FAKE)
    first = checker.line_marks("Barn er ikkje bra.")
    checker.forget_lines()
    assert checker._lines == {}
    assert checker.line_marks("Barn er ikkje bra.") == first
    assert "ikkje" in checker._words


def test_a_pathways_own_texts_are_checked_and_listed_before_its_services(
    workspace: Workspace,
) -> None:
    intro = SectionRef.parse("angst/introduction")
    text = workspace.section(intro).text + "\n\nHelsesøster kan hjelpe.\n"
    kari = Author("Kari", "BUP")
    workspace.set_status(intro, Status.DRAFT, kari)  # the demo's introduction is approved
    workspace.save(intro, text, kari)
    report = QualityChecker(workspace, Loaded(None, "off")).check("regional")
    terms = [f for f in report.findings if f.kind is FindingKind.TERM]
    assert [f.ref for f in terms][:1] == [intro]  # first: the pathway's text opens its page
    assert ("regional", intro) in report.lix
