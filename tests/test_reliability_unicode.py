"""Unicode forms: text pasted decomposed (NFD, from some PDFs and Macs) is kept composed
(NFC) on every way in, so search, comparison and anchoring see one «å», not two."""

from __future__ import annotations

import json
import shutil
import sqlite3
import unicodedata
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kartedit.domain.review import Comment, CommentKind, Reviewer
from kartedit.domain.sections import SectionRef
from kartedit.domain.text_forms import nfc
from kartedit.services.workspace import Workspace
from tests.bundle_support import KARI
from tests.conftest import FixedClock
from tests.test_cli import kartedit
from tests.test_reliability_folder import _rewrite

DEMO = Path(str(files("kartedit.resources") / "demo"))
REF = SectionRef.parse("angst/skole/role")
OLA = Reviewer("Ola Nordmann", "PPT Voss", "rådgjevar")

# Norwegian words with letters that decompose: å, ø does not (it has no decomposition), é, ü.
WORDS = ["gråtkvalt", "Håkon", "kafé", "Müller", "tåleevne", "skulevegring", "på", "Åsane"]
nfd = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)


def _stored_texts(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        return [row[0] for row in connection.execute("SELECT text FROM revisions")]


@settings(max_examples=10, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=nfd, query_form=st.sampled_from(["NFC", "NFD"]))
def test_saved_decomposed_text_is_found_by_either_form(
    demo_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    words: str,
    query_form: str,
) -> None:
    db = tmp_path_factory.mktemp("nfc") / "d.sqlite"
    shutil.copy(demo_template, db)
    workspace = Workspace.open(db, clock=FixedClock())
    try:
        workspace.save(REF, unicodedata.normalize("NFD", f"Ein merknad: {words}."), KARI)
        assert workspace.section(REF).text == nfc(f"Ein merknad: {words}.")
        word = max(words.split(), key=len)
        hits = workspace.search(unicodedata.normalize(query_form, word))
        assert REF in {hit.ref for hit in hits}
    finally:
        workspace.close()
    assert all(unicodedata.is_normalized("NFC", text) for text in _stored_texts(db))


def test_search_finds_text_stored_decomposed_by_an_older_kartedit(demo_db: Path) -> None:
    """Texts an older kartedit stored and indexed as NFD are found by an NFC query."""
    workspace = Workspace.open(demo_db, clock=FixedClock())
    try:
        workspace.save(REF, "Tåleevne og gråt.", KARI)
    finally:
        workspace.close()
    decomposed = unicodedata.normalize("NFD", "Tåleevne og gråt.")
    with sqlite3.connect(demo_db) as connection:  # as an older kartedit would have stored it
        connection.execute(
            "UPDATE revisions SET text = ? WHERE text = ?", (decomposed, "Tåleevne og gråt.")
        )
        connection.execute(
            "UPDATE section_fts SET body = ? WHERE body = ?", (decomposed, "Tåleevne og gråt.")
        )
        assert connection.execute(
            "SELECT count(*) FROM section_fts WHERE body = ?", (decomposed,)
        ).fetchone() == (1,)
    code, out, _ = kartedit("search", str(demo_db), "tåleevne")
    assert code == 0 and "angst\tskole\trole" in out


def test_a_decomposed_folder_is_imported_composed(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "kart"
    shutil.copytree(DEMO, folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    relative = manifest["sections"][0]["revisions"][-1]["path"]
    _rewrite(folder, relative, unicodedata.normalize("NFD", "Gråtkvalt på skulen.\n"))
    empty = tmp_path / "ny.sqlite"
    assert kartedit("init", str(empty))[0] == 0
    code, _, err = kartedit("import-folder", str(empty), str(folder))
    assert (code, err) == (0, "")
    assert nfc("Gråtkvalt på skulen.\n") in _stored_texts(empty)
    assert all(unicodedata.is_normalized("NFC", text) for text in _stored_texts(empty))
    code, out, _ = kartedit("search", str(empty), "gråtkvalt")
    assert code == 0 and out


@given(words=nfd)
def test_comment_words_and_suggestions_are_kept_composed(words: str) -> None:
    from datetime import UTC, datetime

    from kartedit.domain.review import CommentAnchor

    anchor = CommentAnchor(REF, "a" * 32, "tekst", "", "", 0, 5)
    decomposed = unicodedata.normalize("NFD", words)
    suggestion = Comment(
        "b" * 32, CommentKind.SUGGESTION, decomposed, OLA, datetime(2026, 1, 1, tzinfo=UTC),
        anchor=anchor, replacement=decomposed,
    )  # fmt: skip
    assert suggestion.text == nfc(words) and suggestion.replacement == nfc(words)


def test_a_quote_typed_decomposed_finds_its_passage(demo_db: Path, tmp_path: Path) -> None:
    from tests.test_reliability_files import review_session

    session = review_session(demo_db, tmp_path)
    role = SectionRef.parse("angst/fastlege/role")
    quote = "portåpner til spesialisthelsetjenesten"
    assert session.locate(role, unicodedata.normalize("NFD", quote)) == session.locate(role, quote)
