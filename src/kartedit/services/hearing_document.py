"""Application services: a hearing round sent out as a Word document (høringsdokument).

A hearing letter (round, sender, what is on hearing, deadline, the coordinator's
questions, how to answer, contact), then every section in scope under pathway › service
› kind headings with its Markdown as real Word formatting — each section's text inside a
bookmark naming the revision sent — and a response form. Custom document properties
carry the map, the round and the document's own id, so a reply finds its way back.

Local facts show what the site and the bundle page show: in a local edition's round its
value, else the marked «[lokal opplysning: …]» wording in the round's written standard.
What each placeholder showed is kept in a custom property too: a reply is read against
the text the reviewer saw, even after a value has changed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kartedit.bundle.worddoc.blocks import markdown_blocks
from kartedit.bundle.worddoc.ooxml import (
    FORM_MARK,
    PROPERTY_DOCUMENT,
    PROPERTY_FACT,
    PROPERTY_FORMAT,
    PROPERTY_FORMAT_VALUE,
    PROPERTY_MAP,
    PROPERTY_PATHWAYS,
    PROPERTY_PIECE,
    PROPERTY_ROUND,
    REMARKS_MARK,
    SECTION_MARK,
)
from kartedit.bundle.worddoc.writer import WordWriter
from kartedit.domain.facts import referred_kinds
from kartedit.domain.hearing import HearingRound, norwegian_date
from kartedit.domain.ids import new_id
from kartedit.domain.model import MapInfo, PathwayInfo, ServiceInfo
from kartedit.domain.people import Author
from kartedit.safe_files import export_file
from kartedit.services.fact_context import FactContext
from kartedit.services.facts import context_in
from kartedit.services.hearing_wording import Wording
from kartedit.services.rounds import outgoing
from kartedit.services.workspace import Workspace
from kartedit.store.hearing_comments import CommentRepository
from kartedit.store.repository import MapRepository
from kartedit.store.rounds import SectionHead

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class HearingDocument:
    """What was written: the document's id, its round and the sections in it."""

    document_id: str
    round: HearingRound
    sections: tuple[SectionHead, ...]
    path: Path


def export_hearing_document(
    workspace: Workspace, round_key: str, path: Path, author: Author | None = None
) -> HearingDocument:
    """Write the hearing document of an open round, and record what it sent out.

    ``author`` is the sender named in the letter; without one, who started the round.
    """
    with workspace.database.reading() as session:
        maps = MapRepository(session)
        hearing, heads, pathways = outgoing(maps, round_key)
        map_info = maps.map_info()
        facts = round_facts(session, hearing)
    document_id = new_id()
    now = workspace.clock()
    sender = author or hearing.started_by
    data = _document(hearing, map_info, pathways, heads, sender, document_id, now, facts)
    export_file(path, data)
    with workspace.database.transaction() as session:
        # What was sent out is what «changed since the hearing» is measured against.
        CommentRepository(session).record_sent(
            hearing.id, ((h.ref, h.revision.id) for h in heads), now
        )
    return HearingDocument(document_id, hearing, tuple(heads), path)


def round_facts(session: Session, hearing: HearingRound) -> FactContext:
    """The facts a round's readers see: its edition's values, in the round's written standard."""
    return replace(context_in(session, hearing.edition), language=hearing.language)


def _document(
    hearing: HearingRound,
    map_info: MapInfo,
    pathways: list[tuple[PathwayInfo, list[ServiceInfo]]],
    heads: list[SectionHead],
    sender: Author,
    document_id: str,
    now: object,
    facts: FactContext,
) -> bytes:
    words = Wording(hearing.language)
    deadline = norwegian_date(hearing.deadline)
    title = f"{words('hearing')}: {hearing.name}"
    writer = WordWriter(hearing.language, title, str(sender), now)  # type: ignore[arg-type]
    writer.footer(title, words("page"))
    _letter(writer, words, hearing, map_info, pathways, heads, sender, title, deadline)
    writer.page_break()
    writer.heading(words("texts"), 1)
    by_pathway: dict[str, list[SectionHead]] = {}
    shown: dict[str, str] = {}  # custom property → the text a placeholder showed

    def write_text(head: SectionHead) -> None:
        filled = facts.shown(head.revision.text, head.ref)
        for slug, fact in filled.items():
            name = f"{PROPERTY_FACT}{head.revision.id}-{slug}"
            for number, at in enumerate(range(0, len(fact.text), PROPERTY_PIECE)):
                shown[f"{name}.{number}" if number else name] = fact.text[at : at + PROPERTY_PIECE]
        blocks = markdown_blocks(head.revision.text, filled)
        writer.blocks(blocks, SECTION_MARK + head.revision.id)

    for head in heads:
        by_pathway.setdefault(head.ref.pathway, []).append(head)
    for pathway, services in pathways:
        names = {s.slug: s.name for s in services}
        writer.heading(pathway.name, 1)
        current_service = None
        for head in by_pathway.get(pathway.slug, []):
            if head.ref.is_pathway_level:
                writer.heading(words.kind(head.ref.kind), 2)
                write_text(head)
                continue
            if head.ref.service != current_service:
                current_service = head.ref.service
                writer.heading(names.get(current_service, current_service), 2)
            writer.heading(words.kind(head.ref.kind), 3)
            write_text(head)
    writer.page_break()
    _form(writer, words, pathways)
    return writer.save(
        {
            PROPERTY_FORMAT: PROPERTY_FORMAT_VALUE,
            PROPERTY_DOCUMENT: document_id,
            PROPERTY_ROUND: hearing.id,
            PROPERTY_MAP: map_info.id,
            PROPERTY_PATHWAYS: ",".join(p.slug for p, _ in pathways),
            **shown,
        }
    )


def _letter(
    writer: WordWriter,
    words: Wording,
    hearing: HearingRound,
    map_info: MapInfo,
    pathways: list[tuple[PathwayInfo, list[ServiceInfo]]],
    heads: list[SectionHead],
    sender: Author,
    title: str,
    deadline: str,
) -> None:
    writer.heading(title, 0)
    writer.labelled(words("from"), str(sender))
    writer.labelled(words("deadline"), deadline)
    writer.heading(words("on_hearing"), 1)
    writer.paragraph(words("on_hearing_lead", map=map_info.name))
    for pathway, services in pathways:
        in_scope = {h.ref.service for h in heads if h.ref.pathway == pathway.slug}
        names = ", ".join(s.name for s in services if s.slug in in_scope)
        item = writer.paragraph()
        item.style = writer.document.styles["List Bullet"]
        item.add_run(pathway.name).bold = True
        item.add_run(f": {names}")
    if hearing.questions.strip():
        writer.heading(words("questions"), 1)
        writer.blocks(markdown_blocks(hearing.questions))
    writer.heading(words("how"), 1)
    how = ["how_comment", "how_track", "how_form", "how_keep"]
    if any(referred_kinds(h.revision.text) for h in heads):
        how.insert(2, "how_facts")
    for key in how:
        writer.paragraph(words(key)).style = writer.document.styles["List Bullet"]
    writer.paragraph(words("how_send", deadline=deadline))
    writer.heading(words("contact"), 1)
    writer.paragraph(str(sender))


def _form(
    writer: WordWriter, words: Wording, pathways: list[tuple[PathwayInfo, list[ServiceInfo]]]
) -> None:
    writer.heading(words("form"), 1)
    writer.paragraph(words("form_lead"))
    people = writer.table(4, 2)
    heading = people.cell(0, 0).merge(people.cell(0, 1))
    heading.paragraphs[0].add_run(words("form")).bold = True
    cell_paragraph = heading.paragraphs[0]
    writer.bookmark(cell_paragraph, cell_paragraph, FORM_MARK)
    for row, key in enumerate(("name", "organisation", "role"), start=1):
        people.cell(row, 0).paragraphs[0].add_run(words(key)).bold = True
    writer.paragraph()
    writer.heading(words("remarks"), 2)
    remarks = writer.table(len(pathways) + 1, 2)
    first = remarks.cell(0, 0).paragraphs[0]
    first.add_run(words("pathway")).bold = True
    writer.bookmark(first, first, REMARKS_MARK)
    remarks.cell(0, 1).paragraphs[0].add_run(words("remark")).bold = True
    for row, (pathway, _) in enumerate(pathways, start=1):
        remarks.cell(row, 0).paragraphs[0].add_run(pathway.name)
