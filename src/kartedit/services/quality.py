"""Application services: checking a map's texts — spelling, written standard, terms, long
sentences, hand-offs — for the «Kvalitet» panel, the editor's underlines and ``kartedit check``.

Each section is checked where it is written: regional sections in the regional edition's
written standard, a local override in its edition's. Hand-offs are checked per edition on the
texts that edition shows; a local edition reports only those that involve its own overrides,
so a fault in the regional text is reported once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING

from kartedit.domain.content import MapContent
from kartedit.domain.messages import Message
from kartedit.domain.model import REGIONAL, PathwayInfo, ServiceInfo
from kartedit.domain.quality import Finding, FindingKind, QualityLists, Severity
from kartedit.domain.sections import PATHWAY_LEVEL, SectionRef
from kartedit.services.handoffs import ServiceFinder, pathway_handoffs
from kartedit.text.checker import TextChecker
from kartedit.text.readability import LixBand, measure
from kartedit.text.spelling import Loaded, load_dictionaries

if TYPE_CHECKING:
    from kartedit.services.workspace import Workspace
    from kartedit.store.repository import MapRepository


def _stored() -> ModuleType:
    """The database side of the lists, imported when first used: the window's first screen
    is painted before the ORM is loaded."""
    import kartedit.store.quality

    return kartedit.store.quality


def _repository(session: object) -> MapRepository:
    from kartedit.store.repository import MapRepository

    return MapRepository(session)  # type: ignore[arg-type]


@dataclass(frozen=True)
class QualityReport:
    findings: tuple[Finding, ...]
    spelling_problem: Message | str = ""
    """Why spelling and written standard were not checked (empty when they were)."""
    lix: dict[tuple[str, SectionRef], float] = field(default_factory=dict)
    """LIX of every checked section, by (edition, section)."""

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)

    def counts_by_pathway(self, edition: str | None = None) -> Counter[str]:
        return Counter(f.ref.pathway for f in self.findings if edition in (None, f.edition))

    def lix_bands(self, pathway: str | None = None) -> Counter[LixBand]:
        """How many sections fall in each LIX band (of one pathway, or the whole map)."""
        return Counter(
            LixBand.for_lix(value)
            for (_, ref), value in self.lix.items()
            if pathway in (None, ref.pathway)
        )


@dataclass(frozen=True)
class _MapShape:
    pathways: list[PathwayInfo]
    services: list[ServiceInfo]
    standards: dict[str, str]
    lists: QualityLists


class QualityChecker:
    """The checks of one open map; ``text_checker`` serves the editor, ``check`` the report."""

    def __init__(self, workspace: Workspace, loaded: Loaded | None = None) -> None:
        self.workspace = workspace
        self._loaded = loaded
        self._text_checkers: dict[str, TextChecker] = {}
        self._lists: QualityLists | None = None

    @property
    def loaded(self) -> Loaded:
        """The dictionaries, loaded when first needed (a third of a second: not at start-up)."""
        if self._loaded is None:
            self._loaded = load_dictionaries()
        return self._loaded

    @property
    def spelling_problem(self) -> Message | str:
        return self.loaded.problem

    # -- the map's lists ----------------------------------------------------------------

    def lists(self) -> QualityLists:
        if self._lists is None:
            self._lists = self.workspace.quality_lists()
        return self._lists

    def save_lists(self, lists: QualityLists) -> None:
        with self.workspace.database.transaction() as session:
            _stored().save_lists(session, lists)
        self._forget()

    def add_word(self, word: str) -> bool:
        """Add a word to the map's word list; every checker accepts it from now on."""
        with self.workspace.database.transaction() as session:
            added = _stored().add_word(session, word)
        for checker in self._text_checkers.values():
            checker.accept(word)
        self._lists = None
        return added

    def _forget(self) -> None:
        self._lists = None
        self._text_checkers.clear()

    def text_checker(self, standard: str) -> TextChecker:
        """The checker of texts in one written standard (kept: its caches make typing cheap)."""
        checker = self._text_checkers.get(standard)
        if checker is None:
            checker = TextChecker(standard, self.lists(), self.loaded.dictionaries)
            self._text_checkers[standard] = checker
        return checker

    def services(self) -> list[ServiceInfo]:
        """Every service of the map, in its order (for editing their aliases)."""
        with self.workspace.database.reading() as session:
            return _repository(session).all_services()

    # -- the whole map ------------------------------------------------------------------

    def _shape(self) -> _MapShape:
        with self.workspace.database.reading() as session:
            maps = _repository(session)
            pathways = [
                PathwayInfo(p.slug, p.name, tuple(maps.services_of(p.slug)))
                for p in maps.pathways()
            ]
            return _MapShape(
                pathways, maps.all_services(), _stored().edition_standards(session), self.lists()
            )

    def check(
        self,
        edition: str | None = None,
        progress: Callable[[int, int], bool] | None = None,
    ) -> QualityReport:
        """Every finding of the map (or of one edition); ``progress(done, total)`` may cancel
        by returning False."""
        shape = self._shape()
        if edition is not None and edition not in shape.standards:
            with self.workspace.database.reading() as session:
                _repository(session).edition_row(edition)  # the usual «unknown edition»
        with self.workspace.database.reading() as session:
            texts = _stored().current_texts(session)
        own: dict[str, dict[SectionRef, str]] = defaultdict(dict)
        for item in texts:
            own[item.edition][item.ref] = item.text
        editions = [edition] if edition is not None else sorted(own, key=lambda e: e != REGIONAL)
        place = {
            (p.slug, s.slug): (i, j)
            for i, p in enumerate(shape.pathways)
            for j, s in enumerate((ServiceInfo(PATHWAY_LEVEL, ""), *p.services), start=-1)
        }  # a pathway's own texts come before its services

        def order(ref: SectionRef) -> tuple[int, int, int]:  # the map's own order
            return (*place.get((ref.pathway, ref.service), (0, 0)), ref.kind.position)

        findings: list[Finding] = []
        lix: dict[tuple[str, SectionRef], float] = {}
        finder = ServiceFinder(shape.services, shape.lists)
        total = sum(len(own[e]) for e in editions)
        done = 0
        for slug in editions:
            checker = self.text_checker(shape.standards.get(slug, "nb"))
            for ref, text in sorted(own[slug].items(), key=lambda item: order(item[0])):
                lix[(slug, ref)] = measure(text).lix
                findings.extend(Finding(slug, ref, mark) for mark in checker.marks(text))
                done += 1
                if progress is not None and not progress(done, total):
                    return QualityReport(tuple(findings), self.spelling_problem, lix)
            findings.extend(self._handoffs(slug, shape, own, finder))
        return QualityReport(tuple(findings), self.spelling_problem, lix)

    def _handoffs(
        self,
        edition: str,
        shape: _MapShape,
        own: dict[str, dict[SectionRef, str]],
        finder: ServiceFinder,
    ) -> list[Finding]:
        names = {s.slug: s.name for s in shape.services}
        regional = own.get(REGIONAL, {})
        mine = own.get(edition, {})
        shown = {**regional, **mine}
        found = []
        for pathway in shape.pathways:
            texts = {ref: text for ref, text in shown.items() if ref.pathway == pathway.slug}
            for item in pathway_handoffs(pathway, texts, finder, names):
                if edition != REGIONAL and item.ref not in mine and item.other not in mine:
                    continue
                found.append(Finding(edition, item.ref, item.mark, item.other, item.other_passage))
        return found


def kind_counts(findings: tuple[Finding, ...] | list[Finding]) -> Counter[FindingKind]:
    return Counter(f.kind for f in findings)


def content_checker(content: MapContent, edition: str) -> TextChecker:
    """The checker of a map carried in a bundle (the reviewer's window: no database), in the
    written standard of ``edition`` and with the word list and terms the bundle carries."""
    standard = next((e.language for e in content.editions if e.slug == edition), "nb")
    return TextChecker(standard, content.quality, load_dictionaries().dictionaries)
