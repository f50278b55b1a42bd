"""Store layer: the SQLAlchemy 2 typed ORM tables of a kartedit database.

Revisions are append-only: a save inserts a row and moves the section's head pointer;
no revision is ever updated or deleted.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware UTC datetimes as ISO text, the same on SQLite and PostgreSQL."""

    impl = String(20)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> str | None:
        if value is None:
            return None
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def process_result_value(self, value: str | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class MapRow(Base):
    __tablename__ = "maps"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    slug: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)


class ServiceRow(Base):
    __tablename__ = "services"
    __table_args__ = (UniqueConstraint("map_id", "slug"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("maps.id"))
    slug: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class PathwayRow(Base):
    __tablename__ = "pathways"
    __table_args__ = (UniqueConstraint("map_id", "slug"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("maps.id"))
    slug: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class PathwayServiceRow(Base):
    """Which services take part in a pathway, in the pathway's own order."""

    __tablename__ = "pathway_services"

    pathway_id: Mapped[int] = mapped_column(ForeignKey("pathways.id"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class EditionRow(Base):
    __tablename__ = "editions"
    __table_args__ = (UniqueConstraint("map_id", "slug"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("maps.id"))
    slug: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    organisation: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="nb", server_default="nb")
    """The edition's written standard: «nb» (bokmål) or «nn» (nynorsk)."""


class SectionRow(Base):
    """One section in one edition; in a local edition its existence is the override.

    A pathway-level text (introduction, information for families) has no service:
    ``service_id`` is NULL, and a partial unique index keeps one per edition and pathway
    (NULLs are distinct in the table's unique constraint, on SQLite and PostgreSQL alike).
    """

    __tablename__ = "sections"
    __table_args__ = (
        UniqueConstraint("edition_id", "pathway_id", "service_id", "kind"),
        Index("ix_sections_pathway_edition", "pathway_id", "edition_id"),
        Index(
            "ux_sections_pathway_level",
            "edition_id",
            "pathway_id",
            "kind",
            unique=True,
            sqlite_where=text("service_id IS NULL"),
            postgresql_where=text("service_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id"), index=True)
    pathway_id: Mapped[int] = mapped_column(ForeignKey("pathways.id"))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("services.id"), nullable=True)
    """NULL for the pathway's own texts."""
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    ended: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """A local override that returned to the regional text; its history stays."""
    head_revision_id: Mapped[str | None] = mapped_column(
        ForeignKey("revisions.id", use_alter=True, name="fk_sections_head_revision"),
        nullable=True,
    )


class RevisionRow(Base):
    __tablename__ = "revisions"
    __table_args__ = (
        UniqueConstraint("section_id", "seq"),
        Index("ix_revisions_base_id", "base_id"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("sections.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    author_name: Mapped[str] = mapped_column(Text)
    author_organisation: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(UTCDateTime())
    message: Mapped[str | None] = mapped_column(Text, nullable=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("revisions.id"), nullable=True)
    base_id: Mapped[str | None] = mapped_column(ForeignKey("revisions.id"), nullable=True)


class StatusChangeRow(Base):
    """Every status change is recorded: who moved a section to which status, and when."""

    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("sections.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    author_name: Mapped[str] = mapped_column(Text)
    author_organisation: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(UTCDateTime())


class RoundRow(Base):
    """A hearing round (høringsrunde): its scope rows say which sections it sends out."""

    __tablename__ = "hearing_rounds"
    __table_args__ = (
        UniqueConstraint("map_id", "number"),
        Index("ix_hearing_rounds_state", "map_id", "state"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("maps.id"))
    number: Mapped[int] = mapped_column(Integer)
    """1, 2, 3 … in the order rounds were started: «newest first» without trusting clocks."""
    name: Mapped[str] = mapped_column(Text)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id"))
    deadline: Mapped[str] = mapped_column(String(10))
    """ISO date, YYYY-MM-DD: a day, not a moment."""
    state: Mapped[str] = mapped_column(String(16), default="open")
    started_by_name: Mapped[str] = mapped_column(Text)
    started_by_organisation: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_by_name: Mapped[str | None] = mapped_column(Text, nullable=True)
    closed_by_organisation: Mapped[str | None] = mapped_column(Text, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    questions: Mapped[str] = mapped_column(Text, default="", server_default="")
    """What the coordinator wants answered (Markdown); goes into the hearing letter."""
    language: Mapped[str] = mapped_column(String(8), default="nb", server_default="nb")
    """The written standard of generated hearing documents: «nb» or «nn»."""
    names_consent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Private persons who answer agreed to be named in the hearing summary."""


class RoundScopeRow(Base):
    """One pathway, service or section named in a round's scope (none of a kind: all)."""

    __tablename__ = "hearing_round_scope"

    round_id: Mapped[str] = mapped_column(ForeignKey("hearing_rounds.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    """«pathway», «service» or «section»."""
    value: Mapped[str] = mapped_column(String(140), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class RoundSentRow(Base):
    """A revision a round sent out (recorded on export, and from responses that name it)."""

    __tablename__ = "hearing_round_sent"

    round_id: Mapped[str] = mapped_column(ForeignKey("hearing_rounds.id"), primary_key=True)
    section_key: Mapped[str] = mapped_column(String(140), primary_key=True)
    revision_id: Mapped[str] = mapped_column(ForeignKey("revisions.id"), primary_key=True)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ResponseRow(Base):
    """An imported response bundle: its id makes a second import of the same file a no-op."""

    __tablename__ = "hearing_responses"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    """The response bundle's ``bundle_id``."""
    round_id: Mapped[str] = mapped_column(ForeignKey("hearing_rounds.id"), index=True)
    reviewer_name: Mapped[str] = mapped_column(Text)
    reviewer_organisation: Mapped[str] = mapped_column(Text, default="")
    reviewer_role: Mapped[str] = mapped_column(Text, default="")
    made_at: Mapped[datetime] = mapped_column(UTCDateTime())
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    file_name: Mapped[str] = mapped_column(Text, default="")


class HearingCommentRow(Base):
    """A reviewer's comment, suggestion or reply, or a coordinator's reply, with its fate.

    The anchor is kept exactly as sent; ``placed_*`` is where the passage was found in the
    section's text of ``placed_revision_id``; ``decided_*`` records who decided and why.
    """

    __tablename__ = "hearing_comments"
    __table_args__ = (
        Index("ix_hearing_comments_round", "round_id", "section_key"),
        Index("ix_hearing_comments_parent", "parent_id"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    round_id: Mapped[str] = mapped_column(ForeignKey("hearing_rounds.id"))
    section_id: Mapped[int] = mapped_column(ForeignKey("sections.id"))
    """The section row of the revision the reviewer read (regional for inherited text)."""
    section_key: Mapped[str] = mapped_column(String(140))
    response_id: Mapped[str | None] = mapped_column(
        ForeignKey("hearing_responses.id"), nullable=True
    )
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("hearing_comments.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    replacement: Mapped[str | None] = mapped_column(Text, nullable=True)
    author_name: Mapped[str] = mapped_column(Text)
    author_organisation: Mapped[str] = mapped_column(Text, default="")
    author_role: Mapped[str] = mapped_column(Text, default="")
    from_coordinator: Mapped[bool] = mapped_column(Boolean, default=False)
    created: Mapped[datetime] = mapped_column(UTCDateTime())
    edited: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    seen_revision_id: Mapped[str | None] = mapped_column(ForeignKey("revisions.id"), nullable=True)
    quote: Mapped[str | None] = mapped_column(Text, nullable=True)
    prefix: Mapped[str | None] = mapped_column(Text, nullable=True)
    suffix: Mapped[str | None] = mapped_column(Text, nullable=True)
    anchor_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    anchor_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    anchor_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    placed_revision_id: Mapped[str | None] = mapped_column(
        ForeignKey("revisions.id"), nullable=True
    )
    placed_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    placed_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    state: Mapped[str] = mapped_column(String(16), default="open")
    decided_by_name: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by_organisation: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    decision_revision_id: Mapped[str | None] = mapped_column(
        ForeignKey("revisions.id"), nullable=True
    )


class FactKindRow(Base):
    """A kind of local fact the map's texts may refer to (``{{lokal:slug}}``)."""

    __tablename__ = "fact_kinds"
    __table_args__ = (UniqueConstraint("map_id", "slug"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("maps.id"))
    slug: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16), default="text")
    scope: Mapped[str] = mapped_column(String(16), default="service")
    """«service» (one value per service) or «pathway» (per service in each pathway)."""
    position: Mapped[int] = mapped_column(Integer)


class FactValueRow(Base):
    """One revision of a local edition's value for a fact; append-only like revisions.

    The value with the highest ``seq`` for (kind, edition, service, pathway) is current;
    an empty value clears it. ``pathway_id`` is set only for pathway-scoped kinds.
    """

    __tablename__ = "fact_values"
    __table_args__ = (Index("ix_fact_values_edition", "edition_id", "kind_id"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("fact_kinds.id"))
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    pathway_id: Mapped[int | None] = mapped_column(ForeignKey("pathways.id"), nullable=True)
    seq: Mapped[int] = mapped_column(Integer)
    value: Mapped[str] = mapped_column(Text)
    author_name: Mapped[str] = mapped_column(Text)
    author_organisation: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime] = mapped_column(UTCDateTime())
    message: Mapped[str | None] = mapped_column(Text, nullable=True)


class WordListRow(Base):
    """A word the map accepts though the dictionaries lack it (names, medical terms …)."""

    __tablename__ = "word_list"

    map_id: Mapped[str] = mapped_column(ForeignKey("maps.id"), primary_key=True)
    word: Mapped[str] = mapped_column(String(100), primary_key=True)


class TermRow(Base):
    """A term of the map's term list: preferred words per standard, discouraged variants."""

    __tablename__ = "terms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    map_id: Mapped[str] = mapped_column(ForeignKey("maps.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    preferred_nb: Mapped[str] = mapped_column(Text, default="")
    preferred_nn: Mapped[str] = mapped_column(Text, default="")
    discouraged: Mapped[str] = mapped_column(Text)
    """The discouraged variants, one per line."""
    reason: Mapped[str] = mapped_column(Text, default="")


class ServiceAliasRow(Base):
    """Another name a service goes by in texts («BUP», «helsesykepleier»)."""

    __tablename__ = "service_aliases"

    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"), primary_key=True)
    alias: Mapped[str] = mapped_column(String(200), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
