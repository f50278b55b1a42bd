"""The one revision writer: numbering, parent, head and search index agree for every path."""

from __future__ import annotations

from datetime import UTC, datetime

from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef
from kartedit.services.workspace import Workspace
from kartedit.store.approved import Applied, ApprovedTexts
from kartedit.store.repository import MapRepository
from kartedit.store.revisions import last_seqs

REF = SectionRef.parse("angst/fastlege/referral")
KARI = Author("Kari Tester", "Testkommune")
WHEN = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_a_save_after_a_bulk_import_continues_its_numbering(workspace: Workspace) -> None:
    before = workspace.history(REF)
    saved = workspace.save(REF, "Ny tekst om tilvising, kvikkrot.", KARI)
    assert saved is not None
    assert saved.seq == before[0].seq + 1
    assert saved.parent_id == before[0].id
    assert workspace.section(REF).revision_id == saved.id
    assert [h.ref for h in workspace.search("kvikkrot")] == [REF]


def test_applying_an_approved_text_writes_like_a_save(workspace: Workspace) -> None:
    head = workspace.history(REF)[0]
    with workspace.database.transaction() as session:
        maps = MapRepository(session)
        outcome = ApprovedTexts(maps).apply(
            REF, "f" * 32, "Godkjend tekst, blåbærlyng.", author=KARI, created=WHEN, message="ok"
        )
        section = maps.section_row(maps.ids_of(REF, "regional"), REF.kind)
        assert section is not None
        assert last_seqs(session, section.id) == {section.id: head.seq + 1}
    assert outcome is Applied.UPDATED
    newest = workspace.history(REF)[0]
    assert (newest.id, newest.seq, newest.parent_id) == ("f" * 32, head.seq + 1, head.id)
    assert workspace.section(REF).revision_id == "f" * 32
    assert [h.ref for h in workspace.search("blåbærlyng")] == [REF]
