"""Domain layer: what a bundle says about itself — kind, round, maker and exact revisions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
from kartedit.domain.model import EditionInfo, MapInfo
from kartedit.domain.people import Author
from kartedit.domain.review import Reviewer
from kartedit.domain.sections import SectionRef


class BundleKind(Enum):
    REVIEW = "review"
    """Texts sent out on a hearing round."""
    RESPONSE = "response"
    """A reviewer's comments and suggestions on a review bundle (no texts)."""
    APPROVED = "approved"
    """Approved regional texts, for local editions to apply."""

    @property
    def label(self) -> Message:
        """«review bundle», «response bundle», «approved bundle»."""
        return Message.of(_LABELS[self.value])

    @property
    def with_article(self) -> Message:
        """«a review bundle», «a response bundle», «an approved bundle»."""
        return Message.of(_WITH_ARTICLE[self.value])


_LABELS = {
    "review": QT_TRANSLATE_NOOP("Bundles", "review bundle"),
    "response": QT_TRANSLATE_NOOP("Bundles", "response bundle"),
    "approved": QT_TRANSLATE_NOOP("Bundles", "approved bundle"),
}
_WITH_ARTICLE = {
    "review": QT_TRANSLATE_NOOP("Bundles", "a review bundle"),
    "response": QT_TRANSLATE_NOOP("Bundles", "a response bundle"),
    "approved": QT_TRANSLATE_NOOP("Bundles", "an approved bundle"),
}


@dataclass(frozen=True)
class RoundRef:
    """The hearing round a bundle belongs to, as far as a reviewer needs to know it."""

    id: str
    name: str
    deadline: date


@dataclass(frozen=True)
class BundleSection:
    """One section as the bundle carries it: the exact revision and its text's SHA-256."""

    ref: SectionRef
    edition: str
    """The edition the revision belongs to: the regional one for inherited text."""
    revision: str
    sha256: str


@dataclass(frozen=True)
class BundleManifest:
    """``manifest.json`` of a bundle as values (see ``docs/bundle-format.md``)."""

    kind: BundleKind
    bundle_id: str
    map: MapInfo
    edition: EditionInfo
    round: RoundRef
    made_by: Author
    made_at: datetime
    sections: tuple[BundleSection, ...]
    files: dict[str, str] = field(default_factory=dict, hash=False)
    """SHA-256 of every other file in the bundle, by path; filled in when it is written."""
    reviewer: Reviewer | None = None
    """Responses only: who responded."""
    in_response_to: str | None = None
    """Responses only: the id of the review bundle responded to."""

    def __post_init__(self) -> None:
        is_response = self.kind is BundleKind.RESPONSE
        if is_response and (self.reviewer is None or self.in_response_to is None):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A response bundle must name its reviewer and the review bundle.",
                )
            )
        if not is_response and (self.reviewer is not None or self.in_response_to is not None):
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "A {kind} has no reviewer; only responses do."),
                kind=self.kind.label,
            )
        keys = [s.ref.key for s in self.sections]
        if len(set(keys)) != len(keys):
            raise UserError(QT_TRANSLATE_NOOP("Errors", "The bundle lists a section twice."))
        if self.kind is BundleKind.APPROVED and (
            not self.edition.is_regional
            or not self.sections
            or any(s.edition != self.edition.slug for s in self.sections)
        ):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "An approved bundle carries regional texts only, at least one.",
                )
            )

    def section(self, ref: SectionRef) -> BundleSection | None:
        for entry in self.sections:
            if entry.ref == ref:
                return entry
        return None
