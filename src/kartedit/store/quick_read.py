"""Store layer, SQLite-only: what ``kartedit show`` and the window's first screen read,
with the standard library alone.

They need a few rows, not the ORM: importing SQLAlchemy costs more than the whole read.
This reader answers only the plain case — a database at the current schema whose slugs
all exist — and returns None otherwise, so the caller falls back to the full path (which
upgrades old databases and explains bad slugs). A PostgreSQL store would not have this
shortcut; it always takes the full path.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kartedit.domain.collation import norwegian_sort_key
from kartedit.domain.ids import parse_utc
from kartedit.domain.model import (
    EditionInfo,
    EditionKind,
    PathwayInfo,
    RevisionInfo,
    SearchHit,
    SectionState,
    SectionView,
    ServiceInfo,
)
from kartedit.domain.people import Author
from kartedit.domain.sections import PATHWAY_LEVEL, SectionKind, SectionRef, Status
from kartedit.store import sqlite
from kartedit.store.hearing_rule import OpenRound, hearing_status, scope_of
from kartedit.store.schema_version import HEAD_REVISION
from kartedit.store.search_hits import SnippetReader, hits_of

if TYPE_CHECKING:  # imported where used: ``kartedit show`` reads a text and needs neither
    from kartedit.domain.facts import FactKey, FactKind, FactValue
    from kartedit.domain.quality import QualityLists


@dataclass(frozen=True)
class OpenedSection:
    """What a click on a section shows: its text and state, and its history's summaries."""

    view: SectionView
    history: list[RevisionInfo]
    """Newest first, without texts: ``revision`` fetches a text when one is viewed."""


@dataclass(frozen=True)
class EditionFacts:
    """What filling in an edition's texts needs (``FactContext`` is made of it)."""

    regional: bool
    language: str
    kinds: dict[str, FactKind]
    values: dict[FactKey, FactValue]
    """The current values; cleared ones left out."""


def section_text(path: Path, ref: SectionRef, edition: str) -> str | None:
    """The text a section shows in an edition (as ``SectionView.text``), or None when the
    full path must answer: another schema, an unknown slug, or any database trouble."""
    connection = _connect(path)
    if connection is None:
        return None
    try:
        row = connection.execute(*_open(ref, edition)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    if row is None:
        return None
    _kind, own_id, _status, own_ended, own_head, own_text, *_own, regional_text, _ = row
    if own_id is not None and not own_ended and own_head is not None:
        return str(own_text)
    return str(regional_text or "")


def _connect(path: Path) -> sqlite3.Connection | None:
    """A read-only connection after the checks ``open_database`` makes (a writable file is
    first opened read-write, so a transaction a killed program left is rolled back); None
    where the full path must decide or explain."""
    try:
        sqlite.check_database_file(path)
        read_only = not sqlite.is_writable(path)
        if sqlite.read_schema_revision(path, read_only=read_only) != HEAD_REVISION:
            return None
        uri = sqlite.read_only_uri(path) if read_only else f"file:{path}?mode=ro"
        connection = sqlite3.connect(uri, uri=True)
        connection.execute(f"PRAGMA busy_timeout={sqlite.BUSY_TIMEOUT_MS}")
    except Exception:  # the full path gives the plain-language message
        return None
    return connection


_APPROVED = (
    "(SELECT max(created) FROM status_changes WHERE section_id = {} AND status = 'approved')"
)

_STATES = f"""
    SELECT v.slug, reg.kind, reg.status, reg.head_revision_id, own.status, own_head.base_id,
           {_APPROVED.format("reg.id")}, {_APPROVED.format("own.id")}
    FROM sections AS reg
    LEFT JOIN services AS v ON v.id = reg.service_id
    LEFT JOIN sections AS own ON own.edition_id = ? AND own.edition_id != reg.edition_id
         AND own.pathway_id = reg.pathway_id AND own.service_id IS reg.service_id
         AND own.kind = reg.kind AND NOT own.ended
    LEFT JOIN revisions AS own_head ON own_head.id = own.head_revision_id
    WHERE reg.edition_id = ? AND reg.pathway_id = ?
"""

_OPEN_TEMPLATE = f"""
    SELECT shown.kind, own.id, own.status, own.ended, own.head_revision_id, own_head.text,
           own_head.base_id, {_APPROVED.format("own.id")},
           reg.id, reg.status, reg.head_revision_id, reg_head.text, {_APPROVED.format("reg.id")}
    FROM editions AS shown
    JOIN pathways AS p ON p.map_id = shown.map_id AND p.slug = ?
    {{service_join}}
    JOIN editions AS regional ON regional.map_id = shown.map_id AND regional.kind = 'regional'
    LEFT JOIN sections AS own ON own.edition_id = shown.id AND own.pathway_id = p.id
         AND own.service_id {{service}} AND own.kind = ?
    LEFT JOIN revisions AS own_head ON own_head.id = own.head_revision_id
    LEFT JOIN sections AS reg ON reg.edition_id = regional.id AND reg.pathway_id = p.id
         AND reg.service_id {{service}} AND reg.kind = ?
    LEFT JOIN revisions AS reg_head ON reg_head.id = reg.head_revision_id
    WHERE shown.slug = ?
    LIMIT 1
"""
_OPEN = _OPEN_TEMPLATE.format(
    service_join="JOIN pathway_services AS ps ON ps.pathway_id = p.id "
    "JOIN services AS v ON v.id = ps.service_id AND v.slug = ?",
    service="= v.id",
)
"""A service's section; parameters: pathway, service, kind, kind, edition."""
_OPEN_PATHWAY_LEVEL = _OPEN_TEMPLATE.format(service_join="", service="IS NULL")
"""A pathway's own text; parameters: pathway, kind, kind, edition."""


def _open(ref: SectionRef, edition: str) -> tuple[str, tuple[str, ...]]:
    """The statement and parameters that read ``ref`` as ``open_section`` shows it."""
    kind = ref.kind.value
    if ref.is_pathway_level:
        return _OPEN_PATHWAY_LEVEL, (ref.pathway, kind, kind, edition)
    return _OPEN, (ref.pathway, ref.service, kind, kind, edition)


def _when(value: str | None) -> Any:
    return None if value is None else parse_utc(value)


class FirstScreen:
    """The reads the window's first screen makes — editions, pathways, a pathway's services
    and states, one section with its history — each answered as the ORM path answers it,
    or None when that path must (see the module's docstring). One connection, read-only."""

    def __init__(self, path: Path) -> None:
        self.connection = _connect(path)
        self._rounds: list[OpenRound] | None = None

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def forget(self) -> None:
        """Read the open hearing rounds afresh: the map has changed since."""
        self._rounds = None

    def _rows(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]] | None:
        if self.connection is None:
            return None
        try:
            return self.connection.execute(sql, args).fetchall()
        except sqlite3.Error:
            return None

    def editions(self) -> list[EditionInfo] | None:
        rows = self._rows("SELECT slug, name, kind, organisation, language FROM editions")
        if not rows:
            return None
        infos = [
            EditionInfo(slug, name, EditionKind(kind), org, language)
            for slug, name, kind, org, language in rows
        ]
        return sorted(infos, key=lambda e: (not e.is_regional, norwegian_sort_key(e.name)))

    def pathways(self) -> list[PathwayInfo] | None:
        rows = self._rows("SELECT slug, name FROM pathways ORDER BY position")
        return None if rows is None else [PathwayInfo(slug, name) for slug, name in rows]

    def services_of(self, pathway: str) -> list[ServiceInfo] | None:
        rows = self._rows(
            "SELECT v.slug, v.name FROM services AS v "
            "JOIN pathway_services AS ps ON ps.service_id = v.id "
            "JOIN pathways AS p ON p.id = ps.pathway_id WHERE p.slug = ? ORDER BY ps.position",
            (pathway,),
        )
        return [ServiceInfo(slug, name) for slug, name in rows] if rows else None

    def _ids(self, pathway: str, edition: str) -> tuple[int, int, int, str] | None:
        rows = self._rows(
            "SELECT p.id, shown.id, regional.id, regional.slug FROM pathways AS p "
            "JOIN editions AS shown ON shown.map_id = p.map_id AND shown.slug = ? "
            "JOIN editions AS regional ON regional.map_id = p.map_id "
            "AND regional.kind = 'regional' WHERE p.slug = ?",
            (edition, pathway),
        )
        return rows[0] if rows else None

    def _open_rounds(self) -> list[OpenRound] | None:
        if self._rounds is None:
            rounds = self._rows(
                "SELECT r.id, e.slug, r.started_at FROM hearing_rounds AS r "
                "JOIN editions AS e ON e.id = r.edition_id WHERE r.state = 'open'"
            )
            scopes = self._rows(
                "SELECT s.round_id, s.kind, s.value FROM hearing_round_scope AS s "
                "JOIN hearing_rounds AS r ON r.id = s.round_id WHERE r.state = 'open' "
                "ORDER BY s.position"
            )
            if rounds is None or scopes is None:
                return None
            items: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
            for round_id, kind, value in scopes:
                items[round_id][kind].append(value)
            self._rounds = [
                OpenRound(slug, parse_utc(started), scope_of(items[rid]))
                for rid, slug, started in rounds
            ]
        return self._rounds

    def section_states(self, pathway: str, edition: str) -> list[SectionState] | None:
        ids = self._ids(pathway, edition)
        rounds = self._open_rounds()
        if ids is None or rounds is None:
            return None
        pathway_id, edition_id, regional_id, regional_slug = ids
        rows = self._rows(_STATES, (edition_id, regional_id, pathway_id))
        if rows is None:
            return None
        states = []
        for service, kind, r_status, r_head, o_status, o_base, r_approved, o_approved in rows:
            overridden = o_status is not None
            ref = SectionRef(pathway, service or PATHWAY_LEVEL, SectionKind(kind))
            approved = o_approved if overridden else r_approved
            status = hearing_status(
                rounds,
                regional_slug,
                Status(o_status if overridden else r_status),
                ref,
                edition,
                inherited=not overridden and edition_id != regional_id,
                approved_at=partial(_when, approved),
            )
            states.append(
                SectionState(
                    ref, status, overridden=overridden, stale=overridden and o_base != r_head
                )
            )
        return states

    def open_section(self, ref: SectionRef, edition: str) -> OpenedSection | None:
        """As ``SectionReading.open_section``."""
        rows = self._rows(*_open(ref, edition))
        rounds = self._open_rounds()
        if not rows or rounds is None:
            return None
        (
            edition_kind, own_id, own_status, own_ended, own_head, own_text, own_base,
            own_approved, reg_id, reg_status, reg_head, reg_text, reg_approved,
        ) = rows[0]  # fmt: skip
        regional_edition = edition_kind == EditionKind.REGIONAL.value
        own_live = own_id is not None and not own_ended
        regional_id = own_id if regional_edition else reg_id
        shows_own = own_live and own_head is not None
        if shows_own:
            shown_id, status, inherited = own_id, own_status, False
        else:
            shown_id = regional_id
            status = (own_status if regional_edition else reg_status) or "draft"
            inherited = not regional_edition
        regional_slug = self._rows("SELECT slug FROM editions WHERE kind = 'regional'")
        if not regional_slug:
            return None
        state = hearing_status(
            rounds,
            regional_slug[0][0],
            Status(status),
            ref,
            edition,
            inherited=inherited,
            approved_at=lambda: _when(own_approved if shown_id == own_id else reg_approved),
        )
        if shows_own:
            view = SectionView(
                ref, edition, own_text, state, own_head, inherited=False,
                base_revision_id=own_base,
                stale=not regional_edition and reg_id is not None and own_base != reg_head,
            )  # fmt: skip
        else:
            head = own_head if regional_edition else reg_head
            text = own_text if regional_edition else reg_text
            view = SectionView(ref, edition, text or "", state, head, inherited=inherited)
        history_id = own_id if own_live else regional_id
        return OpenedSection(view, self._summaries(history_id))

    def _summaries(self, section_id: int | None) -> list[RevisionInfo]:
        if section_id is None:
            return []
        rows = self._rows(
            "SELECT id, seq, author_name, author_organisation, created, message, parent_id, "
            "base_id FROM revisions WHERE section_id = ? ORDER BY seq DESC",
            (section_id,),
        )
        return [
            RevisionInfo(rid, seq, Author(name, org), parse_utc(created), message, parent, base)
            for rid, seq, name, org, created, message, parent, base in rows or []
        ]

    # -- search ---------------------------------------------------------------------------

    def search(
        self, query: str, edition: str, limit: int, marked: int, later: SnippetReader | None
    ) -> list[SearchHit] | None:
        """As ``search.MapSearch.search``; None for an edition the map lacks (the full path
        names the ones it has) or any database trouble."""
        if self.connection is None:
            return None
        try:
            found = sqlite.fts_search(self.connection, query, edition, limit, marked)
        except sqlite3.Error:
            return None
        return None if found is None else hits_of(found, edition, later)

    def snippets(self, match: str, section_ids: Sequence[int]) -> dict[int, str]:
        """As ``search.MapSearch.snippets``; none once the map is closed (a result list
        left on screen shows no passage) or the file cannot be read."""
        if self.connection is None:
            return {}
        try:
            return sqlite.fts_snippets(self.connection, match, section_ids)
        except sqlite3.Error:
            return {}

    # -- what the open text is checked and filled in with ---------------------------------

    def quality_lists(self) -> QualityLists | None:
        """As ``store.quality.load_lists``: the map's word list, terms and service aliases."""
        from kartedit.domain.quality import QualityLists, Term

        words = self._rows("SELECT word FROM word_list ORDER BY word")
        terms = self._rows(
            "SELECT preferred_nb, preferred_nn, discouraged, reason FROM terms ORDER BY position"
        )
        aliases = self._rows(
            "SELECT v.slug, a.alias FROM service_aliases AS a "
            "JOIN services AS v ON v.id = a.service_id ORDER BY v.position, a.position"
        )
        if words is None or terms is None or aliases is None:
            return None
        names: dict[str, list[str]] = {}
        for slug, alias in aliases:
            names.setdefault(slug, []).append(alias)
        return QualityLists(
            tuple(word for (word,) in words),
            tuple(Term(nb, nn, tuple(bad.split("\n")), why) for nb, nn, bad, why in terms),
            tuple((slug, tuple(found)) for slug, found in names.items()),
        )

    def edition_facts(self, edition: str) -> EditionFacts | None:
        """As ``services.facts.context_in``: the fact kinds, and the edition's values."""
        from kartedit.domain.facts import FactKey, FactKind, FactScope, FactType, FactValue

        shown = self._rows("SELECT id, kind, language FROM editions WHERE slug = ?", (edition,))
        kinds = self._rows("SELECT slug, name, type, scope FROM fact_kinds ORDER BY position")
        if not shown or kinds is None:
            return None
        edition_id, kind, language = shown[0]
        regional = kind == EditionKind.REGIONAL.value
        values = [] if regional else self._rows(_FACT_VALUES, (edition_id, edition_id))
        if values is None:
            return None
        found = {}
        for vid, kind_slug, service, pathway, seq, value, name, org, created, message in values:
            key = FactKey(kind_slug, service, pathway)
            found[key] = FactValue(
                vid, edition, key, seq, value, Author(name, org), parse_utc(created), message
            )
        return EditionFacts(
            regional,
            language or "nb",
            {
                slug: FactKind(slug, name, FactType(type_), FactScope(scope))
                for slug, name, type_, scope in kinds
            },
            found,
        )


_FACT_VALUES = """
    SELECT f.id, k.slug, v.slug, p.slug, f.seq, f.value, f.author_name, f.author_organisation,
           f.created, f.message
    FROM fact_values AS f
    JOIN fact_kinds AS k ON k.id = f.kind_id
    JOIN services AS v ON v.id = f.service_id
    LEFT JOIN pathways AS p ON p.id = f.pathway_id
    WHERE f.edition_id = ? AND f.value != '' AND f.seq = (
        SELECT max(n.seq) FROM fact_values AS n
        WHERE n.edition_id = ? AND n.kind_id = f.kind_id AND n.service_id = f.service_id
          AND n.pathway_id IS f.pathway_id)
    ORDER BY k.position, v.position
"""
"""An edition's current fact values (the newest of each, cleared ones left out);
parameters: the edition's id, twice."""
