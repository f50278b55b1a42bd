"""Tests for the crash-recovery draft store (application services, no Qt)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kartedit.domain.errors import UserError
from kartedit.domain.sections import SectionKind, SectionRef
from kartedit.services.recovery import RecoveryStore, change_size, database_key
from kartedit.services.settings import data_dir

REF = SectionRef("angst", "fastlege", SectionKind.ASSESSMENT)
OTHER = SectionRef("angst", "bup", SectionKind.ROLE)


def test_put_then_a_new_store_finds_the_draft(tmp_path: Path, clock: object) -> None:
    store = RecoveryStore(tmp_path / "drafts", clock=clock)  # type: ignore[arg-type]
    store.put("regional", REF, "Fastlegen kartlegg … æøå", "rev-1")

    (draft,) = RecoveryStore(tmp_path / "drafts").drafts()
    assert draft.ref == REF
    assert draft.edition == "regional"
    assert draft.text == "Fastlegen kartlegg … æøå"
    assert draft.base_revision_id == "rev-1"
    assert draft.saved_at == datetime(2026, 11, 23, 9, 1, tzinfo=UTC)
    assert draft.characters == len("Fastlegen kartlegg … æøå")


def test_the_file_is_json_with_what_a_person_needs(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    draft = store.put("voss", REF, "tekst", None)
    raw = json.loads(draft.path.read_text(encoding="utf-8"))
    assert raw["edition"] == "voss"
    assert raw["section"] == "angst/fastlege/assessment"
    assert raw["text"] == "tekst"
    assert raw["base_revision_id"] is None
    assert raw["saved_at"].endswith("Z")


def test_a_later_put_replaces_the_draft_of_the_same_section(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.put("regional", REF, "first", "r1")
    store.put("regional", REF, "second", "r1")
    store.put("voss", REF, "local", "r1")
    store.put("regional", OTHER, "other", None)
    texts = {(d.edition, d.ref): d.text for d in store.drafts()}
    assert texts == {
        ("regional", REF): "second",
        ("voss", REF): "local",
        ("regional", OTHER): "other",
    }
    assert store.get("regional", REF) is not None
    assert store.get("regional", REF).text == "second"  # type: ignore[union-attr]
    assert store.get("bergen", REF) is None


def test_unchanged_text_keeps_its_time(tmp_path: Path, clock: object) -> None:
    """Autosave every few seconds must not make an old draft look new."""
    store = RecoveryStore(tmp_path, clock=clock)  # type: ignore[arg-type]
    first = store.put("regional", REF, "same", "r1")
    again = store.put("regional", REF, "same", "r1")
    assert again.saved_at == first.saved_at


def test_discard_and_discard_all(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.put("regional", REF, "a", None)
    store.put("regional", OTHER, "b", None)
    store.discard("regional", REF)
    assert [d.ref for d in store.drafts()] == [OTHER]
    store.discard("regional", REF)  # twice is harmless
    (tmp_path / ".tmp-left-by-a-kill.json").write_text("{", encoding="utf-8")
    store.discard_all()
    assert store.drafts() == []
    assert list(tmp_path.iterdir()) == []


def test_damaged_files_are_skipped(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.put("regional", REF, "good", None)
    (tmp_path / "regional.x.y.role.draft.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "regional.a.b.role.draft.json").write_bytes(b"\xff\xfe\x00garbage")
    (tmp_path / "regional.c.d.role.draft.json").write_text(
        json.dumps({"format": 1, "edition": "regional", "section": "no-kind", "text": "x"}),
        encoding="utf-8",
    )
    (tmp_path / "regional.e.f.role.draft.json").write_text("[1, 2]", encoding="utf-8")
    (tmp_path / ".tmp-half.json").write_text('{"format": 1, "te', encoding="utf-8")
    assert [d.text for d in store.drafts()] == ["good"]


def test_missing_folder_means_no_drafts(tmp_path: Path) -> None:
    assert RecoveryStore(tmp_path / "never-made").drafts() == []


def test_for_database_uses_a_folder_per_database(tmp_path: Path) -> None:
    db = tmp_path / "kart.sqlite"
    store = RecoveryStore.for_database(db)
    assert store.directory.parent == data_dir() / "recovery"
    assert store.directory.name == database_key(db) == database_key(tmp_path / "." / "kart.sqlite")
    assert RecoveryStore.for_database(tmp_path / "other.sqlite").directory != store.directory


def test_a_full_disk_is_a_plain_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    store = RecoveryStore(blocker / "drafts")  # a folder under a file cannot be made
    with pytest.raises(UserError, match="could not be kept for recovery"):
        store.put("regional", REF, "text", None)


def test_change_size_counts_characters() -> None:
    assert change_size(None, "abc").added == 3
    size = change_size("Barnet har angst.", "Barnet har mye angst.")
    assert (size.added, size.removed) == (4, 0)
    assert change_size("lik tekst", "lik tekst").total == 0


CHILD = """
import sys
from kartedit.domain.sections import SectionRef
from kartedit.services.recovery import RecoveryStore

store = RecoveryStore.for_database(sys.argv[1])
ref = SectionRef.parse("angst/fastlege/assessment")
text = ""
for i in range(10_000_000):
    text += f"ord{i} "
    store.put("regional", ref, text, "rev-1")
    if i == 20:
        print("typing", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_writer_leaves_its_last_draft_intact(tmp_path: Path) -> None:
    db = tmp_path / "kart.sqlite"
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db)],
        stdout=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "typing"
        time.sleep(0.3)  # let it write many more drafts, then kill it mid-loop
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    (draft,) = RecoveryStore.for_database(db).drafts()
    words = draft.text.split()
    assert len(words) > 21
    assert words == [f"ord{i}" for i in range(len(words))]  # whole, in order, not cut off
    assert draft.text.endswith(" ")
    assert draft.base_revision_id == "rev-1"


def test_the_store_loads_no_qt() -> None:
    """The CLI and a crashed window's successor read drafts without a screen."""
    code = (
        "import sys, kartedit.services.recovery; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
