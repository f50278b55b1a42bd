"""Application services: one edition's local facts as values — filling them into a text.

``FactContext`` is what a preview, ``show``, a bundle's readable page or the reviewer's
window needs to show a text with the edition's values (or a marked chip). It is built from
the database (``services.facts.Facts.context``) or from a bundle's content
(``content_context``), and loads no database code, so the reviewer's path stays free of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from kartedit.domain.content import MapContent
from kartedit.domain.facts import (
    FactKey,
    FactKind,
    FactShown,
    FactValue,
    chip_label,
    key_for,
    referred_kinds,
    substitute,
)
from kartedit.domain.sections import SectionRef
from kartedit.text.fact_html import chip_html, render_with_facts, value_html


@dataclass(frozen=True)
class FactContext:
    """What filling in one edition's texts needs: its kinds, values and written standard."""

    edition: str
    regional: bool
    language: str
    kinds: dict[str, FactKind]
    values: dict[FactKey, FactValue]

    def value_for(self, slug: str, ref: SectionRef) -> str | None:
        kind = self.kinds.get(slug)
        if kind is None:
            return None
        found = self.values.get(key_for(kind, ref.service, ref.pathway))
        return found.value if found else None

    def fill(self, text: str, ref: SectionRef) -> str:
        """Plain text: the edition's values in place; the regional edition keeps its
        placeholders (its text is what writers edit); a missing value is marked."""
        if self.regional:
            return text

        def one(slug: str) -> str:
            value = self.value_for(slug, ref)
            if value is not None:
                return value
            return "[" + chip_label(self._name(slug), self.language, missing=True) + "]"

        return substitute(text, one)

    def html(self, text: str, ref: SectionRef) -> str:
        """Sanitised HTML: values escaped, or a marked «lokal opplysning: …» chip."""

        def one(slug: str) -> str:
            kind = self.kinds.get(slug)
            if self.regional or kind is None:
                return chip_html(chip_label(self._name(slug), self.language))
            value = self.value_for(slug, ref)
            if value is None:
                return chip_html(chip_label(kind.name, self.language, missing=True), missing=True)
            return value_html(value, kind.type)

        return render_with_facts(text, one)

    def shown(self, text: str, ref: SectionRef) -> dict[str, FactShown]:
        """What each placeholder of a text shows a reader of a hearing, as the site shows
        it: the edition's value, or the marked wording in the regional edition, for a value
        the edition lacks, or a kind the map does not know."""
        shown: dict[str, FactShown] = {}
        for slug in referred_kinds(text):
            kind = self.kinds.get(slug)
            local = not self.regional and kind is not None
            value = self.value_for(slug, ref) if local else None
            if value is not None:
                shown[slug] = FactShown(value)
            else:
                label = chip_label(kind.name if kind else slug, self.language, missing=local)
                shown[slug] = FactShown(f"[{label}]", chip=True)
        return shown

    def as_read(self, text: str, ref: SectionRef) -> str:
        """Plain text as a hearing's reader saw it: ``shown`` in place of each placeholder
        (the merknadsdokument and the HTML summary quote passages so)."""
        shown = self.shown(text, ref)
        return substitute(text, lambda slug: shown[slug].text) if shown else text

    def _name(self, slug: str) -> str:
        kind = self.kinds.get(slug)
        return kind.name if kind else slug


def content_context(content: MapContent | None, edition: str) -> FactContext:
    """The facts a bundle carries for ``edition``: what its reader's preview fills in."""
    if content is None:
        return FactContext(edition, True, "nb", {}, {})
    info = next((e for e in content.editions if e.slug == edition), None)
    regional = info is None or info.is_regional
    values: dict[FactKey, FactValue] = {}
    for value in content.fact_values:  # oldest first: the last one of each fact stays
        if value.edition == edition:
            values[value.key] = value
    return FactContext(
        edition,
        regional,
        info.language if info else "nb",
        {k.slug: k for k in content.fact_kinds},
        {} if regional else {k: v for k, v in values.items() if v.value},
    )
