"""Application services: turning a local override back into shared text and a local fact.

Many local adaptations only add a municipality's intake-team phone hours, a form or an
address to the regional text. For an override whose every difference from the regional
text it was written against looks like such contact information, kartedit proposes: keep
the passage's fact as a value of the edition, refer to it from the regional text with a
placeholder, and return the section to the regional text. The proposal is shown to the
coordinator (the three texts side by side) and applied only when accepted, in one
transaction; nothing here happens silently.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass

from kartedit.domain import history
from kartedit.domain.editions import OverrideInfo
from kartedit.domain.errors import UserError
from kartedit.domain.facts import (
    FactKind,
    FactType,
    check_placeholders,
    check_value,
    extract_fact,
    key_for,
    looks_like_contact_information,
    placeholder,
    plain_passage,
    referred_kinds,
)
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import REGIONAL
from kartedit.domain.people import Author
from kartedit.domain.sections import SectionRef
from kartedit.services.editions import Editions
from kartedit.services.workspace import Workspace
from kartedit.store.facts import FactStore
from kartedit.store.repository import MapRepository
from kartedit.text.diff import Hunk, hunks
from kartedit.text.rebase import rebase

NEW_KINDS: dict[FactType, tuple[str, str]] = {
    FactType.PHONE: ("telefon", "Telefon"),
    FactType.EMAIL: ("epost", "E-post"),
    FactType.URL: ("lenke", "Lenke"),
    FactType.HOURS: ("telefontid", "Telefontid"),
    FactType.TEXT: ("kontakt", "Kontakt"),
}
"""The kind proposed when the map has none of the type yet (slug, name); the coordinator
may rename it before accepting."""


@dataclass(frozen=True)
class FactProposal:
    """Move an override's contact passage into a fact of its edition; return the section."""

    override: OverrideInfo
    passage: str
    """The local wording that differs from the regional text."""
    kind: FactKind
    new_kind: bool
    value: str
    proposed_regional: str
    """The current regional text, referring to the fact (unchanged if it already does)."""

    @property
    def ref(self) -> SectionRef:
        return self.override.ref

    @property
    def edition(self) -> str:
        return self.override.edition

    @property
    def changes_regional(self) -> bool:
        return self.proposed_regional != self.override.regional_text


def _choose_kind(kinds: list[FactKind], fact_type: FactType, passage: str) -> tuple[FactKind, bool]:
    lowered = passage.casefold()
    for kind in kinds:  # a kind the passage names («inntaksteam») wins
        if any(part in lowered for part in kind.slug.split("-") if len(part) > 4):
            return kind, False
    for kind in kinds:
        if kind.type is fact_type:
            return kind, False
    slug, name = NEW_KINDS[fact_type]
    taken = {k.slug for k in kinds}
    number = 2
    base = slug
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return FactKind(slug, name, fact_type), True


def _with_placeholder(override: OverrideInfo, kind: FactKind, change: Hunk) -> str:
    """The regional text with a line referring to the fact where the local passage was:
    after the paragraph a passage was added to, before the one it replaced words in."""
    if kind.slug in referred_kinds(override.regional_text):
        return override.regional_text
    base = override.base_text
    line = f"{kind.name}: {placeholder(kind.slug)}"
    if change.old_text.strip():
        start = base.rfind("\n\n", 0, change.old_start)
        at = 0 if start < 0 else start + 2
        local = base[:at] + line + "\n\n" + base[at:]
    else:
        end = base.find("\n\n", change.old_start)
        end = len(base) if end < 0 else end
        rest = base[end:] if base[end:].strip() else "\n"
        local = base[:end].rstrip("\n") + "\n\n" + line + rest
    merged = rebase(base, local, override.regional_text)
    if merged.clean:
        return merged.text
    return override.regional_text.rstrip("\n") + "\n\n" + line + "\n"


def _lines(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole lines a change ``text[start:end]`` touches (its own line breaks left out)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    before = text.rfind("\n", 0, start)
    after = text.find("\n", end)
    return (before + 1, len(text) if after < 0 else after)


def propose(override: OverrideInfo, kinds: list[FactKind]) -> FactProposal | None:
    """A proposal for one override, or None when it differs in more than contact details."""
    local = override.local_text
    changes = hunks(override.base_text, local)
    if not changes:
        return None
    # Every line the adaptation changed must be about contact details.
    lines = list(dict.fromkeys(_lines(local, h.new_start, h.new_end) for h in changes))
    passages = [local[start:end].strip() for start, end in lines]
    if any(not p or not looks_like_contact_information(p) for p in passages):
        return None
    passage = "\n".join(passages)
    fact_type, value = extract_fact(passage)
    kind, new_kind = _choose_kind(kinds, fact_type, passage)
    if kind.type is FactType.TEXT:  # a contact person, an address: the passage itself,
        value = plain_passage(passage)  # without its lead-in («Kontaktperson: …»)
        lead, colon, rest = value.partition(": ")
        if colon and len(lead) <= 40 and rest:
            value = rest
    with suppress(UserError):  # else shown as found; the coordinator corrects it
        value = check_value(kind, value)
    return FactProposal(
        override,
        passage,
        kind,
        new_kind,
        value,
        _with_placeholder(override, kind, changes[0]),
    )


def proposals(workspace: Workspace, edition: str) -> list[FactProposal]:
    """Every override of a local edition that could become a local fact instead."""
    overrides = Editions(workspace).overrides(edition)
    with workspace.database.reading() as session:
        kinds = FactStore(session).fact_kinds()
    found = (propose(o, kinds) for o in overrides)
    return [p for p in found if p is not None]


def accept_proposal(
    workspace: Workspace,
    proposal: FactProposal,
    author: Author,
    *,
    regional_text: str | None = None,
    value: str | None = None,
    kind: FactKind | None = None,
) -> None:
    """Apply a proposal the coordinator accepted (perhaps after editing the regional text,
    the value or the kind), in one transaction: the kind, the regional text, the value,
    and the section back to the regional text."""
    kind = kind or proposal.kind
    text = proposal.proposed_regional if regional_text is None else regional_text
    ref, edition = proposal.ref, proposal.edition
    created = workspace.clock()
    with workspace.database.transaction() as session:
        facts = FactStore(session)
        facts.add_fact_kinds([kind])
        known = {k.slug: k for k in facts.fact_kinds()}
        kind = known[kind.slug]
        check_placeholders(text, set(known), str(ref))
        if kind.slug not in referred_kinds(text):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{section}: the regional text does not refer to «{name}» ({placeholder}); "
                    "the value would not be shown. Nothing was changed.",
                ),
                section=str(ref),
                name=kind.name,
                placeholder=placeholder(kind.slug),
            )
        checked = check_value(kind, proposal.value if value is None else value)
        maps = MapRepository(session)
        if text != maps.section(ref, REGIONAL).text:
            maps.save(
                ref,
                text,
                author,
                edition=REGIONAL,
                message=history.refers_to_fact(kind.name, edition),
                created=created,
            )
        facts.set_fact_value(
            edition,
            key_for(kind, ref.service, ref.pathway),
            checked,
            author,
            created=created,
            message=history.moved_to_fact(str(ref)),
        )
        if not maps.end_override(ref, edition):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{section} is not adapted locally in «{edition}»; nothing was changed.",
                ),
                section=str(ref),
                edition=edition,
            )
