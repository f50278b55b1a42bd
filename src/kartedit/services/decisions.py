"""Application services: the coordinator's decisions — reply, resolve, accept, reject, approve.

The one code path for the coordinator's review view and ``kartedit comments/decide/round
approve``. Accepting a suggestion whose passage changed since the reviewer read it never
guesses: it returns ``ThreeWayNeeded`` with the three texts, and ``save_three_way`` saves
what the coordinator made of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from kartedit.domain.errors import UserError
from kartedit.domain.hearing import HearingRound, norwegian_date
from kartedit.domain.ids import new_id
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
from kartedit.domain.model import RevisionInfo
from kartedit.domain.people import Author
from kartedit.domain.responses import (
    AnchorStatus,
    CommentState,
    Decision,
    HearingComment,
    HearingThread,
    Placement,
    accepted_message,
    changed_substantially,
    check_reason,
)
from kartedit.domain.review import (
    Comment,
    CommentKind,
    Reviewer,
    check_comment_text,
)
from kartedit.domain.sections import SectionRef, Status
from kartedit.services.anchoring import LivePlacer, map_positions, order_threads, place
from kartedit.services.editions import ThreeWayPreview
from kartedit.services.workspace import Workspace
from kartedit.store.hearing_comments import CommentRepository
from kartedit.store.repository import MapRepository
from kartedit.store.rounds import RoundRepository
from kartedit.text.diff import similarity
from kartedit.text.rebase import RebaseResult, ThreeWayRegion

COORDINATOR_ROLE = "koordinator"
"""The role shown on the coordinator's own replies in threads and summaries."""


@dataclass(frozen=True)
class Accepted:
    """A suggestion went into the text (``revision`` is None when the text already said so)."""

    comment: HearingComment
    revision: RevisionInfo | None


@dataclass(frozen=True)
class ThreeWayNeeded:
    """The passage changed since the reviewer read it: a three-way decision.

    ``base`` is the text the reviewer read, ``local`` that text with the suggestion applied,
    ``regional`` the section's current text (revision ``regional_revision_id``) — the
    same three texts as a re-base, so the three-way view of the editions works on them.
    """

    comment: HearingComment
    edition: str
    base: str
    local: str
    regional: str
    regional_revision_id: str | None
    placement: Placement

    @cached_property
    def preview(self) -> ThreeWayPreview:
        """The three-way view of the three texts, as for carrying an edition over."""
        return ThreeWayPreview(self.base, self.local, self.regional)

    @property
    def result(self) -> RebaseResult:
        return self.preview.result

    @property
    def regions(self) -> list[ThreeWayRegion]:
        return self.preview.regions

    @property
    def reason(self) -> Message:
        if self.placement.status is AnchorStatus.ORPHANED:
            return Message.of(
                QT_TRANSLATE_NOOP(
                    "Errors", "the passage the suggestion replaces is no longer in the text"
                )
            )
        return Message.of(
            QT_TRANSLATE_NOOP(
                "Errors", "the passage was edited or moved since the reviewer read it"
            )
        )


AcceptOutcome = Accepted | ThreeWayNeeded


@dataclass(frozen=True)
class SectionOverview:
    """One section of a round for the coordinator: status, comments, and how far it moved."""

    ref: SectionRef
    edition: str
    status: Status
    revision_id: str | None
    sent_revision_id: str | None
    kept: float | None
    """Share of the words sent out the current text keeps (either way); None if unknown."""
    comments: int
    open: int

    @property
    def all_decided(self) -> bool:
        return self.open == 0

    @property
    def changed_substantially(self) -> bool:
        """The text moved so far from what was sent out that it may need a new hearing."""
        return changed_substantially(self.kept)


@dataclass(frozen=True)
class ApproveReport:
    round: HearingRound
    approved: tuple[SectionRef, ...] = ()
    already: tuple[SectionRef, ...] = ()
    undecided: tuple[tuple[SectionRef, int], ...] = ()
    """Sections left as they were: how many comments and suggestions await a decision."""
    refused: tuple[tuple[SectionRef, Message], ...] = ()
    changed: tuple[SectionOverview, ...] = ()
    """Approved or not, sections that changed substantially since they were sent out."""
    closed: bool = False

    @property
    def complete(self) -> bool:
        return not self.undecided and not self.refused


class Decisions:
    """The coordinator's use cases on the comments of hearing rounds."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    # -- reading --------------------------------------------------------------------------

    def threads(
        self,
        round_key: str | None = None,
        *,
        section: SectionRef | None = None,
        state: CommentState | None = None,
        reviewer: str | None = None,
        organisation: str | None = None,
    ) -> list[HearingThread]:
        """Threads in the order of the texts; filters apply to each thread's first comment.

        ``reviewer`` and ``organisation`` match case-insensitively on part of the name.
        """
        with self.workspace.database.reading() as session:
            maps = MapRepository(session)
            rounds = RoundRepository(maps)
            round_id = rounds.get(round_key).id if round_key else None
            found = CommentRepository(session).comments(round_id, section)
            live = LivePlacer(maps, rounds)
            items = [live.placed(c) for c in found]
            order = map_positions(maps)
        roots = [
            c
            for c in items
            if not c.is_reply
            and (state is None or c.state is state)
            and _matches(c.reviewer.name, reviewer)
            and _matches(c.reviewer.organisation, organisation)
        ]
        return order_threads(roots, items, order)

    def comments(
        self,
        round_key: str | None = None,
        *,
        section: SectionRef | None = None,
        state: CommentState | None = None,
        reviewer: str | None = None,
        organisation: str | None = None,
    ) -> list[HearingComment]:
        """Top-level comments and suggestions (no replies), in the order of the texts."""
        found = self.threads(
            round_key,
            section=section,
            state=state,
            reviewer=reviewer,
            organisation=organisation,
        )
        return [t.root for t in found]

    def comment(self, key: str) -> HearingComment:
        """One comment by id (or the first few characters of it), placed in today's text."""
        with self.workspace.database.reading() as session:
            maps = MapRepository(session)
            found = CommentRepository(session).get(key)
            return LivePlacer(maps, RoundRepository(maps)).placed(found)

    def thread(self, key: str) -> HearingThread:
        """The whole thread a comment belongs to."""
        item = self.comment(key)
        root_id = item.id
        if item.is_reply:
            with self.workspace.database.reading() as session:
                store = CommentRepository(session)
                while item.comment.parent is not None:
                    item = store.get(item.comment.parent)
                root_id = item.id
        for found in self.threads(item.round_id, section=item.section):
            if found.root.id == root_id:
                return found
        raise AssertionError(f"thread {root_id} not listed")

    def highlights(self, round_key: str, ref: SectionRef) -> list[tuple[int, int, HearingComment]]:
        """The passages to mark in a section's current text (orphaned comments have none)."""
        return [
            (t.root.placement.start, t.root.placement.end, t.root)
            for t in self.threads(round_key, section=ref)
            if t.root.placement is not None
            and t.root.placement.start is not None
            and t.root.placement.end is not None
        ]

    def reviewers(self, round_key: str) -> list[Reviewer]:
        """Everyone who commented in a round, for the review view's filters."""
        with self.workspace.database.reading() as session:
            round_id = RoundRepository(MapRepository(session)).get(round_key).id
            found = CommentRepository(session).comments(round_id)
        # One entry per person: the same reviewer may give a role on one comment only.
        unique: dict[object, Reviewer] = {}
        for comment in found:
            if not comment.from_coordinator:
                unique.setdefault(comment.reviewer.author, comment.reviewer)
        return sorted(unique.values(), key=lambda r: (r.organisation.casefold(), r.name.casefold()))

    def sections(self, round_key: str) -> list[SectionOverview]:
        """Every section of a round with its comment counts and how far its text moved."""
        with self.workspace.database.reading() as session:
            maps = MapRepository(session)
            rounds = RoundRepository(maps)
            hearing = rounds.get(round_key)
            return _overview(maps, rounds, CommentRepository(session), hearing)

    # -- deciding -------------------------------------------------------------------------

    def reply(self, key: str, text: str, author: Author) -> HearingComment:
        """Answer a comment in its thread, as the coordinator."""
        check_comment_text(text)
        with self.workspace.database.transaction() as session:
            store = CommentRepository(session)
            parent = store.get(key)
            comment = Comment(
                new_id(),
                CommentKind.COMMENT,
                text,
                Reviewer(author.name, author.organisation, COORDINATOR_ROLE),
                self.workspace.clock(),
                parent=parent.id,
            )
            store.add_reply(parent.id, comment)
            return store.get(comment.id)

    def resolve(self, key: str, author: Author, reason: str = "") -> HearingComment:
        """Mark a comment (or suggestion) as dealt with."""
        return self._decide(key, CommentState.RESOLVED, author, reason)

    def reject(self, key: str, author: Author, reason: str) -> HearingComment:
        """Decide not to follow a suggestion or comment; the reason goes in the summary."""
        if not reason.strip():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Give a reason for rejecting: it goes in the hearing summary.",
                )
            )
        return self._decide(key, CommentState.REJECTED, author, reason.strip())

    def reopen(self, key: str) -> HearingComment:
        """Undo a resolve or a reject. An accepted suggestion is in the text: edit it instead."""
        with self.workspace.database.transaction() as session:
            store = CommentRepository(session)
            item = store.get(key)
            if item.state is CommentState.ACCEPTED:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This suggestion was accepted and is in the text; change the "
                        "text instead (or restore an earlier revision).",
                    )
                )
            if item.state.decided:
                store.reopen(item.id)
            return store.get(item.id)

    def accept(self, key: str, author: Author, reason: str = "") -> AcceptOutcome:
        """Put a suggestion into the current text as a new revision by ``author``.

        The revision's message names the reviewer; both are kept on the decision. When
        the passage is not exactly as the reviewer read it, nothing is written and a
        ``ThreeWayNeeded`` comes back instead.
        """
        check_reason(reason)
        with self.workspace.database.transaction() as session:
            maps = MapRepository(session)
            store = CommentRepository(session)
            rounds = RoundRepository(maps)
            item = _decidable(store.get(key))
            if item.kind is not CommentKind.SUGGESTION:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Only a suggestion can be accepted; resolve a comment instead.",
                    )
                )
            hearing = rounds.get(item.round_id)
            outcome = _three_way(maps, hearing, item)
            placement = outcome.placement
            current = outcome.regional
            if placement.status is not AnchorStatus.EXACT or placement.start is None:
                return outcome
            start, end = placement.start, placement.end
            replacement = item.comment.replacement or ""
            text = current[:start] + replacement + current[end:]
            return self._accept(maps, store, hearing, item, text, author, reason)

    def three_way(self, key: str) -> ThreeWayNeeded:
        """The three texts of a suggestion, for the three-way view (read only)."""
        with self.workspace.database.reading() as session:
            maps = MapRepository(session)
            item = _decidable(CommentRepository(session).get(key))
            if item.kind is not CommentKind.SUGGESTION:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Only a suggestion has wording to compare; this is a comment.",
                    )
                )
            return _three_way(maps, RoundRepository(maps).get(item.round_id), item)

    def save_three_way(
        self, outcome: ThreeWayNeeded, text: str, author: Author, reason: str = ""
    ) -> Accepted:
        """Save the text made in the three-way view and mark the suggestion accepted."""
        check_reason(reason)
        with self.workspace.database.transaction() as session:
            maps = MapRepository(session)
            store = CommentRepository(session)
            item = _decidable(store.get(outcome.comment.id))
            hearing = RoundRepository(maps).get(item.round_id)
            if maps.section(item.section, hearing.edition).revision_id != (
                outcome.regional_revision_id
            ):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{section} changed while you were merging the suggestion; open it again.",
                    ),
                    section=item.section,
                )
            return self._accept(maps, store, hearing, item, text, author, reason)

    def _accept(
        self,
        maps: MapRepository,
        store: CommentRepository,
        hearing: HearingRound,
        item: HearingComment,
        text: str,
        author: Author,
        reason: str,
    ) -> Accepted:
        now = self.workspace.clock()
        revision = maps.save(
            item.section,
            text,
            author,
            edition=hearing.edition,
            message=accepted_message(item.reviewer),
            created=now,
        )
        store.decide(
            item.id,
            Decision(
                CommentState.ACCEPTED,
                author,
                now,
                reason,
                revision.id if revision else None,
                revision.message if revision else None,
            ),
        )
        if revision is not None:
            live = LivePlacer(maps, RoundRepository(maps))
            for other in store.comments(hearing.id, item.section):
                placement = live.placed(other).placement
                if placement is not None and not other.state.decided:
                    store.place(other.id, placement)
        return Accepted(store.get(item.id), revision)

    def _decide(self, key: str, state: CommentState, author: Author, reason: str) -> HearingComment:
        check_reason(reason)
        with self.workspace.database.transaction() as session:
            store = CommentRepository(session)
            item = _decidable(store.get(key))
            store.decide(item.id, Decision(state, author, self.workspace.clock(), reason))
            return store.get(item.id)

    # -- approving ------------------------------------------------------------------------

    def approve_section(self, round_key: str, ref: SectionRef, author: Author) -> bool:
        """Approve one section of a round once every comment on it is decided."""
        with self.workspace.database.transaction() as session:
            maps = MapRepository(session)
            hearing = RoundRepository(maps).get(round_key)
            if not hearing.scope.covers(ref):
                raise UserError(
                    QT_TRANSLATE_NOOP("Errors", "{ref} is not in the round «{round}»."),
                    ref=ref,
                    round=hearing.name,
                )
            waiting = _open_counts(CommentRepository(session), hearing).get(ref, 0)
            if waiting:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{ref} has {waiting} comments or suggestions without a decision; "
                        "decide on them first.",
                    ),
                    ref=ref,
                    waiting=waiting,
                )
            return maps.set_status(
                ref,
                Status.APPROVED,
                author,
                edition=hearing.edition,
                created=self.workspace.clock(),
            )

    def approve_round(
        self, round_key: str, author: Author, *, close: bool = False
    ) -> ApproveReport:
        """Approve every section whose comments are all decided; list the others.

        With ``close`` the round is closed as well — only when every section got approved.
        """
        with self.workspace.database.transaction() as session:
            maps = MapRepository(session)
            rounds = RoundRepository(maps)
            store = CommentRepository(session)
            hearing = rounds.get(round_key)
            waiting = _open_counts(store, hearing)
            now = self.workspace.clock()
            approved: list[SectionRef] = []
            already: list[SectionRef] = []
            undecided: list[tuple[SectionRef, int]] = []
            refused: list[tuple[SectionRef, Message]] = []
            for head in rounds.heads(hearing):
                ref = head.ref
                if waiting.get(ref):
                    undecided.append((ref, waiting[ref]))
                    continue
                try:
                    changed = maps.set_status(
                        ref, Status.APPROVED, author, edition=hearing.edition, created=now
                    )
                except UserError as exc:
                    refused.append((ref, exc.said))
                    continue
                (approved if changed else already).append(ref)
            closed = False
            if close and not undecided and not refused and hearing.is_open:
                hearing = rounds.close(hearing.id, author, now)
                closed = True
            overview = _overview(maps, rounds, store, hearing)
        return ApproveReport(
            hearing,
            tuple(approved),
            tuple(already),
            tuple(undecided),
            tuple(refused),
            tuple(o for o in overview if o.changed_substantially),
            closed,
        )


# -- helpers ------------------------------------------------------------------------------


def _matches(value: str, wanted: str | None) -> bool:
    return wanted is None or wanted.casefold() in value.casefold()


def _decidable(item: HearingComment) -> HearingComment:
    if item.is_reply:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That is a reply in a thread; decide on the thread's first comment ({parent}).",
            ),
            parent=item.comment.parent,
        )
    if item.state.decided and item.decision is not None:
        d = item.decision
        raise UserError(
            _ALREADY.get(item.state.value, _ALREADY["resolved"]),
            by=d.by,
            date=norwegian_date(d.at.astimezone().date()),
        )
    return item


_ALREADY = {
    "accepted": QT_TRANSLATE_NOOP("Errors", "This was already accepted by {by} on {date}."),
    "rejected": QT_TRANSLATE_NOOP("Errors", "This was already rejected by {by} on {date}."),
    "resolved": QT_TRANSLATE_NOOP("Errors", "This was already resolved by {by} on {date}."),
}


def _three_way(maps: MapRepository, hearing: HearingRound, item: HearingComment) -> ThreeWayNeeded:
    anchor = item.comment.anchor
    assert anchor is not None
    view = maps.section(item.section, hearing.edition)
    base = maps.revision(anchor.revision).text
    local = base[: anchor.start] + (item.comment.replacement or "") + base[anchor.end :]
    return ThreeWayNeeded(
        item,
        hearing.edition,
        base,
        local,
        view.text,
        view.revision_id,
        place(anchor, view.revision_id, view.text),
    )


def _open_counts(store: CommentRepository, hearing: HearingRound) -> dict[SectionRef, int]:
    counts: dict[SectionRef, int] = {}
    for item in store.comments(hearing.id):
        if not item.is_reply and not item.state.decided:
            counts[item.section] = counts.get(item.section, 0) + 1
    return counts


def _overview(
    maps: MapRepository,
    rounds: RoundRepository,
    store: CommentRepository,
    hearing: HearingRound,
) -> list[SectionOverview]:
    heads = rounds.heads(hearing)
    sent = store.sent(hearing.id)
    totals: dict[SectionRef, int] = {}
    for item in store.comments(hearing.id):
        if not item.is_reply:
            totals[item.section] = totals.get(item.section, 0) + 1
    waiting = _open_counts(store, hearing)
    shown: dict[SectionRef, Status] = {}
    for pathway in dict.fromkeys(h.ref.pathway for h in heads):
        for state in maps.section_states(hearing.edition, pathway):
            shown[state.ref] = state.status
    overview = []
    for head in heads:
        ref = head.ref
        sent_id = sent.get(ref.key)
        kept = None
        if sent_id is not None:
            if sent_id == head.revision.id:
                kept = 1.0
            else:
                before = maps.revision(sent_id).text
                now = head.revision.text
                kept = min(similarity(before, now), similarity(now, before))
        overview.append(
            SectionOverview(
                ref,
                hearing.edition,
                shown.get(ref, head.status),
                head.revision.id,
                sent_id,
                kept,
                totals.get(ref, 0),
                waiting.get(ref, 0),
            )
        )
    return overview
