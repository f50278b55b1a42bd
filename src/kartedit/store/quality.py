"""Store layer: a map's word list, term list and service aliases, read and written whole.

The lists are small (tens to a few hundred entries), so they are read in one go and saved by
replacing them; importing a folder or bundle merges: words and aliases are added, a term
already listed (same preferred words and variants) is not added twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kartedit.domain.quality import QualityLists, Term
from kartedit.domain.sections import SectionRef
from kartedit.domain.text_forms import nfc
from kartedit.store.models import (
    EditionRow,
    MapRow,
    PathwayRow,
    RevisionRow,
    SectionRow,
    ServiceAliasRow,
    ServiceRow,
    TermRow,
    WordListRow,
)


def _clean(text: str) -> str:
    """One line of printable text in NFC: no control characters or line breaks in a word."""
    return nfc("".join(c for c in text if c.isprintable()).strip())


def _map_id(session: Session) -> str | None:
    return session.scalars(select(MapRow.id)).first()


def load_lists(session: Session) -> QualityLists:
    map_id = _map_id(session)
    if map_id is None:
        return QualityLists()
    words = session.scalars(
        select(WordListRow.word).where(WordListRow.map_id == map_id).order_by(WordListRow.word)
    ).all()
    terms = tuple(
        Term(t.preferred_nb, t.preferred_nn, tuple(t.discouraged.split("\n")), t.reason)
        for t in session.scalars(
            select(TermRow).where(TermRow.map_id == map_id).order_by(TermRow.position)
        )
    )
    aliases: dict[str, list[str]] = {}
    rows = session.execute(
        select(ServiceRow.slug, ServiceAliasRow.alias)
        .join(ServiceAliasRow, ServiceAliasRow.service_id == ServiceRow.id)
        .where(ServiceRow.map_id == map_id)
        .order_by(ServiceRow.position, ServiceAliasRow.position)
    )
    for slug, alias in rows:
        aliases.setdefault(slug, []).append(alias)
    return QualityLists(
        tuple(words), terms, tuple((slug, tuple(names)) for slug, names in aliases.items())
    )


def save_lists(session: Session, lists: QualityLists, *, merge: bool = False) -> None:
    """Replace the map's lists (or, with ``merge``, add what is new to them)."""
    map_id = _map_id(session)
    if map_id is None:
        return
    current = load_lists(session) if merge else QualityLists()
    words = sorted({_clean(w) for w in (*current.words, *lists.words) if _clean(w)})
    terms = list(current.terms)
    terms += [t for t in lists.terms if t not in terms]
    service_ids = dict(
        session.execute(
            select(ServiceRow.slug, ServiceRow.id).where(ServiceRow.map_id == map_id)
        ).all()
    )
    aliases: dict[str, list[str]] = {slug: list(names) for slug, names in current.aliases}
    for slug, names in lists.aliases:
        kept = aliases.setdefault(slug, [])
        kept += [n for n in names if n.strip() and n not in kept]
    session.execute(delete(WordListRow).where(WordListRow.map_id == map_id))
    session.execute(delete(TermRow).where(TermRow.map_id == map_id))
    session.execute(
        delete(ServiceAliasRow).where(ServiceAliasRow.service_id.in_(service_ids.values()))
    )
    session.add_all(WordListRow(map_id=map_id, word=w) for w in words)
    session.add_all(
        TermRow(
            map_id=map_id,
            position=i,
            preferred_nb=_clean(t.preferred_nb),
            preferred_nn=_clean(t.preferred_nn),
            discouraged="\n".join(_clean(v) for v in t.discouraged if _clean(v)),
            reason=_clean(t.reason),
        )
        for i, t in enumerate(terms)
    )
    session.add_all(
        ServiceAliasRow(service_id=service_ids[slug], alias=name, position=i)
        for slug, names in aliases.items()
        if slug in service_ids
        for i, name in enumerate(dict.fromkeys(_clean(n) for n in names if _clean(n)))
    )


def add_word(session: Session, word: str) -> bool:
    """Add one word to the map's word list; False when it was there already."""
    map_id = _map_id(session)
    word = _clean(word)
    if map_id is None or not word:
        return False
    if session.get(WordListRow, (map_id, word)) is not None:
        return False
    session.add(WordListRow(map_id=map_id, word=word))
    return True


@dataclass(frozen=True)
class CurrentText:
    """The current text of one section row: what the checker reads."""

    edition: str
    ref: SectionRef
    text: str


def current_texts(session: Session, edition: str | None = None) -> list[CurrentText]:
    """Every live section's current text (ended overrides left out), in one query."""
    query = (
        select(EditionRow.slug, PathwayRow.slug, ServiceRow.slug, SectionRow.kind, RevisionRow.text)
        .join(SectionRow, SectionRow.edition_id == EditionRow.id)
        .join(PathwayRow, PathwayRow.id == SectionRow.pathway_id)
        .outerjoin(ServiceRow, ServiceRow.id == SectionRow.service_id)  # a pathway's own
        .join(RevisionRow, RevisionRow.id == SectionRow.head_revision_id)
        .where(SectionRow.ended.is_(False))
    )
    if edition is not None:
        query = query.where(EditionRow.slug == edition)
    rows = session.execute(query)
    return [CurrentText(e, SectionRef.of_row(p, s, k), text) for e, p, s, k, text in rows]


def edition_standards(session: Session) -> dict[str, str]:
    """Each edition's written standard («nb» or «nn»), by slug."""
    return dict(session.execute(select(EditionRow.slug, EditionRow.language)).all())
