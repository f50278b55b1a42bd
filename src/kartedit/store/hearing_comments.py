"""Store layer: imported responses, their comments and the coordinator's decisions on them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kartedit.domain.errors import NotFoundError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.people import Author
from kartedit.domain.responses import (
    AnchorStatus,
    CommentState,
    Decision,
    HearingComment,
    Placement,
)
from kartedit.domain.review import (
    Comment,
    CommentAnchor,
    CommentKind,
    Reviewer,
    ambiguous_comment_id,
)
from kartedit.domain.sections import SectionRef
from kartedit.store.models import (
    EditionRow,
    HearingCommentRow,
    PathwayRow,
    RevisionRow,
    RoundSentRow,
    SectionRow,
    ServiceRow,
    UTCDateTime,
)
from kartedit.store.rounds import MIN_PREFIX

_CHUNK = 500


@dataclass(frozen=True)
class RevisionOwner:
    """Which section and edition a revision belongs to, and its text."""

    revision_id: str
    section_id: int
    ref: SectionRef
    edition: str
    text: str


class CommentRepository:
    """Hearing comments inside one session (one user action)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # -- responses ------------------------------------------------------------------------

    def response_round(self, bundle_id: str) -> str | None:
        """The round a response bundle was imported into, or None if it never was."""
        found = self._sql("SELECT round_id FROM hearing_responses WHERE id = ?", (bundle_id,))
        return found.scalar()

    def _sql(self, sql: str, parameters: tuple[object, ...] | list[tuple[object, ...]]) -> Any:
        """A statement straight to the driver: an import runs a few of them per file, where
        building ORM statements cost more than running them. The session's pending
        changes are written first, so the statement sees them."""
        self.session.flush()
        return self.session.connection().exec_driver_sql(sql, parameters)

    def add_response(
        self,
        *,
        bundle_id: str,
        round_id: str,
        reviewer: Reviewer,
        made_at: datetime,
        imported_at: datetime,
        file_name: str,
    ) -> None:
        self._sql(
            "INSERT INTO hearing_responses (id, round_id, reviewer_name, reviewer_organisation, "
            "reviewer_role, made_at, imported_at, file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                bundle_id,
                round_id,
                reviewer.name,
                reviewer.organisation,
                reviewer.role,
                _utc(made_at),
                _utc(imported_at),
                file_name,
            ),
        )

    def revision_owners(self, revision_ids: Iterable[str]) -> dict[str, RevisionOwner]:
        """The section and edition of each revision that exists in this database."""
        ids = sorted(set(revision_ids))
        found: dict[str, RevisionOwner] = {}
        for chunk in range(0, len(ids), _CHUNK):
            rows = self.session.execute(
                select(
                    RevisionRow.id,
                    RevisionRow.text,
                    SectionRow.id,
                    SectionRow.kind,
                    PathwayRow.slug,
                    ServiceRow.slug,
                    EditionRow.slug,
                )
                .join(SectionRow, SectionRow.id == RevisionRow.section_id)
                .join(PathwayRow, PathwayRow.id == SectionRow.pathway_id)
                .outerjoin(ServiceRow, ServiceRow.id == SectionRow.service_id)
                .join(EditionRow, EditionRow.id == SectionRow.edition_id)
                .where(RevisionRow.id.in_(ids[chunk : chunk + _CHUNK]))
            ).all()
            for rid, text, sid, kind, pathway, service, edition in rows:
                ref = SectionRef.of_row(pathway, service, kind)
                found[rid] = RevisionOwner(rid, sid, ref, edition, text)
        return found

    # -- what a round sent out ------------------------------------------------------------

    def record_sent(
        self, round_id: str, sent: Iterable[tuple[SectionRef, str]], at: datetime
    ) -> int:
        """Remember revisions a round sent out; ones already recorded are left alone."""
        wanted = {(ref.key, revision) for ref, revision in sent}
        known = set(
            self.session.execute(
                select(RoundSentRow.section_key, RoundSentRow.revision_id).where(
                    RoundSentRow.round_id == round_id
                )
            ).all()
        )
        new = sorted(wanted - {(k, r) for k, r in known})
        self.session.add_all(
            RoundSentRow(round_id=round_id, section_key=key, revision_id=rev, recorded_at=at)
            for key, rev in new
        )
        self.session.flush()
        return len(new)

    def sent(self, round_id: str) -> dict[str, str]:
        """Section key → the revision the round last sent out."""
        rows = self.session.execute(
            select(RoundSentRow.section_key, RoundSentRow.revision_id)
            .join(RevisionRow, RevisionRow.id == RoundSentRow.revision_id)
            .where(RoundSentRow.round_id == round_id)
            .order_by(RoundSentRow.recorded_at, RevisionRow.seq)
        ).all()
        return dict(rows)

    # -- comments -------------------------------------------------------------------------

    def existing(self, ids: Iterable[str]) -> dict[str, HearingComment]:
        """The stored comments among ``ids``. Mostly none are: which are is asked first, in
        one plain statement, and only those are read whole."""
        wanted = sorted(set(ids))
        found: dict[str, HearingComment] = {}
        stored: list[str] = []
        for chunk in range(0, len(wanted), _CHUNK):
            part = wanted[chunk : chunk + _CHUNK]
            marks = ", ".join("?" * len(part))
            rows = self._sql(f"SELECT id FROM hearing_comments WHERE id IN ({marks})", tuple(part))
            stored.extend(sorted(row[0] for row in rows))
        wanted = stored
        for chunk in range(0, len(wanted), _CHUNK):
            rows = self.session.scalars(
                select(HearingCommentRow).where(
                    HearingCommentRow.id.in_(wanted[chunk : chunk + _CHUNK])
                )
            ).all()
            found.update((row.id, self._value(row)) for row in rows)
        return found

    def add(
        self,
        item: HearingComment,
        *,
        section_id: int,
        imported_at: datetime,
    ) -> None:
        """Store a comment as sent, with its placement; its parent must be stored already."""
        self.add_many([(item, section_id)], imported_at=imported_at)

    def add_many(
        self, items: Sequence[tuple[HearingComment, int]], *, imported_at: datetime
    ) -> None:
        """Store comments (each with the section id of the revision read) in one insert;
        parents come before their replies in ``items``."""
        if not items:
            return
        # One executemany straight to the driver, also where rows leave other columns empty
        # (the ORM would split them by the columns they fill, Core would bind each row).
        imported = _utc(imported_at)
        rows = [_comment_row(item, section_id, imported) for item, section_id in items]
        self._sql(_INSERT_COMMENT, rows)

    def add_reply(self, parent_id: str, comment: Comment) -> None:
        """A reply joins its parent's round and section (the coordinator's own replies)."""
        parent = self._row(parent_id)
        self.session.add(
            HearingCommentRow(
                id=comment.id,
                round_id=parent.round_id,
                section_id=parent.section_id,
                section_key=parent.section_key,
                response_id=None,
                parent_id=parent.id,
                kind=comment.kind.value,
                text=comment.text,
                author_name=comment.reviewer.name,
                author_organisation=comment.reviewer.organisation,
                author_role=comment.reviewer.role,
                from_coordinator=True,
                created=comment.created,
                imported_at=comment.created,
                state=CommentState.OPEN.value,
            )
        )
        self.session.flush()

    def update_text(
        self, comment: Comment, response_id: str, placement: Placement | None = None
    ) -> None:
        """A later response carried an edited version of an undecided comment."""
        row = self._row(comment.id)
        row.text = comment.text
        row.replacement = comment.replacement
        row.edited = comment.edited
        row.response_id = response_id
        if placement is not None:
            self.place(comment.id, placement)
        self.session.flush()

    def place(self, comment_id: str, placement: Placement) -> None:
        row = self._row(comment_id)
        row.anchor_status = placement.status.value
        row.placed_revision_id = placement.revision
        row.placed_start = placement.start
        row.placed_end = placement.end

    def comments(
        self, round_id: str | None = None, section: SectionRef | None = None
    ) -> list[HearingComment]:
        """Comments, suggestions and replies of a round (or all), oldest first."""
        query = select(HearingCommentRow).order_by(HearingCommentRow.created, HearingCommentRow.id)
        if round_id is not None:
            query = query.where(HearingCommentRow.round_id == round_id)
        if section is not None:
            query = query.where(HearingCommentRow.section_key == section.key)
        return [self._value(row) for row in self.session.scalars(query).all()]

    def get(self, key: str) -> HearingComment:
        """A comment by its id, or by its first few characters (as rounds are named)."""
        return self._value(self._row(self.resolve(key)))

    def resolve(self, key: str) -> str:
        key = key.strip().lower()
        if self.session.get(HearingCommentRow, key) is not None:
            return key
        found: Sequence[str] = []
        if len(key) >= MIN_PREFIX and key.isalnum():
            found = self.session.scalars(
                select(HearingCommentRow.id)
                .where(HearingCommentRow.id.startswith(key, autoescape=True))
                .limit(10)
            ).all()
        if len(found) == 1:
            return found[0]
        if found:
            raise ambiguous_comment_id(key, len(found))
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No comment «{key}» in this database. «kartedit comments» lists them.",
            ),
            key=key,
        )

    def decide(self, comment_id: str, decision: Decision) -> None:
        row = self._row(comment_id)
        row.state = decision.state.value
        row.decided_by_name = decision.by.name
        row.decided_by_organisation = decision.by.organisation
        row.decided_at = decision.at
        row.reason = decision.reason or None
        row.decision_revision_id = decision.revision
        self.session.flush()

    def reopen(self, comment_id: str) -> None:
        row = self._row(comment_id)
        row.state = CommentState.OPEN.value
        row.decided_by_name = row.decided_by_organisation = row.reason = None
        row.decided_at = None
        row.decision_revision_id = None
        self.session.flush()

    def _row(self, comment_id: str) -> HearingCommentRow:
        row = self.session.get(HearingCommentRow, comment_id)
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "No comment «{comment_id}» in this database."),
                comment_id=comment_id,
            )
        return row

    def _value(self, row: HearingCommentRow) -> HearingComment:
        reviewer = Reviewer(row.author_name, row.author_organisation, row.author_role)
        ref = SectionRef.parse(row.section_key)
        anchor = None
        if row.quote is not None and row.seen_revision_id is not None:
            assert row.prefix is not None and row.suffix is not None
            assert row.anchor_start is not None and row.anchor_end is not None
            anchor = CommentAnchor(
                ref,
                row.seen_revision_id,
                row.quote,
                row.prefix,
                row.suffix,
                row.anchor_start,
                row.anchor_end,
            )
        comment = Comment(
            id=row.id,
            kind=CommentKind(row.kind),
            text=row.text,
            reviewer=reviewer,
            created=row.created,
            anchor=anchor,
            replacement=row.replacement,
            parent=row.parent_id,
            edited=row.edited,
        )
        placement = None
        if row.anchor_status is not None and row.placed_revision_id is not None:
            placement = Placement(
                AnchorStatus(row.anchor_status),
                row.placed_revision_id,
                row.placed_start,
                row.placed_end,
            )
        state = CommentState(row.state)
        decision = None
        if state.decided and row.decided_by_name is not None and row.decided_at is not None:
            message = None
            if row.decision_revision_id is not None:
                message = self.session.scalar(
                    select(RevisionRow.message).where(RevisionRow.id == row.decision_revision_id)
                )
            decision = Decision(
                state,
                Author(row.decided_by_name, row.decided_by_organisation or ""),
                row.decided_at,
                row.reason or "",
                row.decision_revision_id,
                message,
            )
        return HearingComment(
            comment=comment,
            round_id=row.round_id,
            section=ref,
            state=state,
            placement=placement,
            decision=decision,
            response_id=row.response_id,
            from_coordinator=row.from_coordinator,
            imported_at=row.imported_at,
        )


_COMMENT_COLUMNS = (
    "id, round_id, section_id, section_key, response_id, parent_id, kind, text, replacement, "
    "author_name, author_organisation, author_role, from_coordinator, created, edited, "
    "imported_at, seen_revision_id, quote, prefix, suffix, anchor_start, anchor_end, "
    "anchor_status, placed_revision_id, placed_start, placed_end, state"
)
_INSERT_COMMENT = (
    f"INSERT INTO hearing_comments ({_COMMENT_COLUMNS}) "
    f"VALUES ({', '.join('?' * len(_COMMENT_COLUMNS.split(',')))})"
)


_STAMP = UTCDateTime()


def _utc(value: datetime | None) -> str | None:
    """A datetime as the ``UTCDateTime`` columns store it."""
    return _STAMP.process_bind_param(value, None)


def _comment_row(item: HearingComment, section_id: int, imported: str | None) -> tuple[object, ...]:
    """The columns of a new comment row (``_COMMENT_COLUMNS``): the anchor as sent, the
    placement as found."""
    comment = item.comment
    anchor = comment.anchor
    placement = item.placement
    return (
        comment.id,
        item.round_id,
        section_id,
        item.section.key,
        item.response_id,
        comment.parent,
        comment.kind.value,
        comment.text,
        comment.replacement,
        comment.reviewer.name,
        comment.reviewer.organisation,
        comment.reviewer.role,
        item.from_coordinator,
        _utc(comment.created),
        _utc(comment.edited),
        imported,
        anchor.revision if anchor else None,
        anchor.quote if anchor else None,
        anchor.prefix if anchor else None,
        anchor.suffix if anchor else None,
        anchor.start if anchor else None,
        anchor.end if anchor else None,
        placement.status.value if placement else None,
        placement.revision if placement else None,
        placement.start if placement else None,
        placement.end if placement else None,
        CommentState.OPEN.value,
    )
