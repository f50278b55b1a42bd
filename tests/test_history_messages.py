"""Notes kartedit writes into a history: stored as facts, read in the reader's language."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from kartedit.domain.history import revision_message
from kartedit.domain.responses import accepted_message
from kartedit.domain.review import Reviewer
from kartedit.domain.sections import SectionRef, Status
from kartedit.services.catalogue import translator
from kartedit.services.editions import Editions
from kartedit.services.workspace import Workspace
from tests.bundle_support import KARI
from tests.cli_support import ok

DATA = Path(__file__).parent / "data"
ROLE = SectionRef.parse("angst/fastlege/role")
OLA = Reviewer("Ola Nordmann", "PPT Voss", "rådgjevar")

NORWEGIAN = {
    "nb": (
        "Tilpasset lokalt",
        "Overført til den nye regionale teksten",
        "Gjenopprettet versjonen fra ",
        "Godtok forslag fra Ola Nordmann (PPT Voss)",
    ),
    "nn": (
        "Tilpassa lokalt",
        "Overført til den nye regionale teksten",
        "Gjenoppretta versjonen frå ",
        "Godtok forslag frå Ola Nordmann (PPT Voss)",
    ),
}
ENGLISH = (
    "Adapted locally",
    "Carried over to the new regional text",
    "Restored the revision of ",
    "Accepted suggestion from Ola Nordmann (PPT Voss)",
)


def _history(db: Path, language: str, ref: SectionRef, edition: str = "regional") -> str:
    return ok(
        "--language",
        language,
        "history",
        str(db),
        ref.pathway,
        ref.service,
        ref.kind.value,
        "--edition",
        edition,
    )


@pytest.fixture
def noted(demo_db: Path, private_dirs: Path) -> Path:
    """A regional section with a restored and an accepted revision; a local one adapted and
    carried over to a new regional text."""
    workspace = Workspace.open(demo_db)
    try:
        editions = Editions(workspace)
        workspace.set_status(ROLE, Status.DRAFT, KARI)
        first = workspace.history(ROLE)[-1]
        editions.adapt(ROLE, "bergen", KARI)
        workspace.save(ROLE, workspace.section(ROLE).text + "\n\nNytt avsnitt.", KARI)
        workspace.restore(ROLE, first.id, KARI)
        workspace.save(
            ROLE, workspace.section(ROLE).text + "\n\nForslag.", KARI, message=accepted_message(OLA)
        )
        outcomes = editions.rebase("bergen", apply=True, author=KARI)
        assert any(o.saved for o in outcomes)
    finally:
        workspace.close()
    return demo_db


def test_program_notes_are_stored_as_facts_not_sentences(noted: Path) -> None:
    with sqlite3.connect(noted) as connection:
        stored = [row[0] for row in connection.execute("SELECT message FROM revisions")]
    events = {json.loads(m)["event"] for m in stored if m and m.startswith("{")}
    assert {"adapted", "carried_over", "restored", "accepted"} <= events
    assert not any(m and m.startswith(ENGLISH) for m in stored)


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_a_history_with_program_notes_reads_norwegian(noted: Path, language: str) -> None:
    adapted, carried, restored, accepted = NORWEGIAN[language]
    local = _history(noted, language, ROLE, "bergen")
    regional = _history(noted, language, ROLE)
    assert adapted in local and carried in local
    assert restored in regional and accepted in regional
    assert not any(english in local + regional for english in ENGLISH)


def test_the_same_history_reads_english_in_english(noted: Path) -> None:
    text = _history(noted, "en", ROLE, "bergen") + _history(noted, "en", ROLE)
    assert all(english in text for english in ENGLISH)


@pytest.fixture
def old_database(tmp_path: Path, private_dirs: Path) -> Path:
    """A database from before notes were facts: the English sentences kartedit wrote then."""
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema-0001.sqlite", path)
    with sqlite3.connect(path) as connection:
        for old, new in (
            ("Lokal tilpasning for Bergen kommune", "Adapted locally"),
            ("Lokal tilpasning for Voss herad", "Carried over to the new regional text"),
            ("Første utkast fra arbeidsgruppa", "Restored the revision of 02.02.2026 10:15"),
            (
                "Innspill fra arbeidsgruppemøtet er innarbeidet",
                "Accepted suggestion from Ola Nordmann (PPT Voss)",
            ),
        ):
            connection.execute("UPDATE revisions SET message = ? WHERE message = ?", (new, old))
    return path


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_old_english_notes_are_recognised_and_read_norwegian(
    old_database: Path, language: str
) -> None:
    adapted, carried, restored, accepted = NORWEGIAN[language]
    shown = (
        _history(old_database, language, SectionRef.parse("angst/fastlege/referral"), "bergen")
        + _history(old_database, language, SectionRef.parse("angst/helsestasjon/role"), "voss")
        + _history(old_database, language, SectionRef.parse("angst/fastlege/referral"))
    )
    assert adapted in shown and carried in shown
    assert f"{restored}02.02.2026 10:15" in shown and accepted in shown
    assert not any(english in shown for english in ENGLISH)


def test_a_person_s_own_message_is_shown_as_written() -> None:
    for text in ("Kortere henvisningskriterier", "Adapted locally for Voss", "{not json"):
        assert revision_message(text) == text


def test_a_bundle_from_elsewhere_carries_the_fact_and_reads_in_the_reader_s_language() -> None:
    stored = accepted_message(OLA)
    message = revision_message(stored)
    assert not isinstance(message, str) and message is not None
    assert message.render(translator("nn")) == "Godtok forslag frå Ola Nordmann (PPT Voss)"
    assert message.render() == "Accepted suggestion from Ola Nordmann (PPT Voss)"
