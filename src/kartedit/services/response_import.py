"""Application services: importing many response bundles into a round, with a report per file.

The one code path for File → Import responses… and ``kartedit bundle import``. Each file is
checked whole (``read_bundle``: every bad-input rule of the review bundles) and then goes in
with its own transaction: a refused file changes nothing and the others still go in.
Comment ids come from the bundles, so importing a response again changes nothing.
Hearing documents answered in Word (``.docx``) go the same way (``word_responses``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from kartedit.bundle.kartbundle import read_bundle
from kartedit.bundle.mapfiles import sha256
from kartedit.bundle.problems import BundleError
from kartedit.domain.bundles import BundleKind, BundleSection
from kartedit.domain.errors import NotFoundError, UserError
from kartedit.domain.hearing import HearingRound
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
from kartedit.domain.responses import AnchorStatus, HearingComment, Placement
from kartedit.domain.review import Comment, CommentKind, Reviewer, thread_root
from kartedit.domain.sections import SectionRef
from kartedit.services.anchoring import place
from kartedit.services.bundles import Bundle
from kartedit.services.workspace import Workspace
from kartedit.store.hearing_comments import CommentRepository, RevisionOwner
from kartedit.store.repository import MapRepository
from kartedit.store.rounds import RoundRepository
from kartedit.store.sqlite import others_changes_marker

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Progress = Callable[[int, int, Path], None]
"""Called after each file: files done, files in all, the file just done."""


class ItemOutcome(Enum):
    NEW = "new"
    PRESENT = "already present"
    UPDATED = "updated"
    """An undecided comment the reviewer edited since an earlier response."""


@dataclass(frozen=True)
class ImportedItem:
    """One comment, suggestion or reply of a response, and what importing it did."""

    comment_id: str
    kind: CommentKind
    is_reply: bool
    section: SectionRef
    quote: str
    outcome: ItemOutcome
    anchor: AnchorStatus | None = None
    """Where the passage was found in the current text (top-level comments only)."""
    note: str = ""
    """Word documents: «changed without tracking» or «general remark» where that applies."""


@dataclass(frozen=True)
class FileReport:
    """What became of one response file: its items, or why it was refused."""

    path: Path
    items: tuple[ImportedItem, ...] = ()
    refused: Message | None = None
    """The plain-language reason a file was refused; nothing of it went in."""
    problems: tuple[Message, ...] = ()
    """Every problem found (``refused`` is the first), for a details view."""
    cancelled: bool = False
    bundle_id: str | None = None
    reviewer: Reviewer | None = None
    round_id: str | None = None
    round_name: str | None = None
    seen_before: bool = False
    """This very response bundle was imported before; everything in it was already here."""
    reviewers: tuple[Reviewer, ...] = ()
    """Word documents: everyone who commented in it (``reviewer`` is the first)."""
    notes: tuple[Message, ...] = ()
    """Word documents: what was left out, and why."""

    @property
    def ok(self) -> bool:
        return self.refused is None and not self.cancelled

    def _count(self, outcome: ItemOutcome) -> int:
        return sum(1 for item in self.items if item.outcome is outcome)

    @property
    def imported(self) -> int:
        return self._count(ItemOutcome.NEW)

    @property
    def present(self) -> int:
        return self._count(ItemOutcome.PRESENT)

    @property
    def updated(self) -> int:
        return self._count(ItemOutcome.UPDATED)

    @property
    def moved(self) -> list[ImportedItem]:
        return [i for i in self.items if i.anchor is AnchorStatus.MOVED]

    @property
    def orphaned(self) -> list[ImportedItem]:
        return [i for i in self.items if i.anchor is AnchorStatus.ORPHANED]


@dataclass(frozen=True)
class ImportReport:
    files: tuple[FileReport, ...] = field(default_factory=tuple)

    @property
    def cancelled(self) -> bool:
        return any(f.cancelled for f in self.files)

    @property
    def refused(self) -> list[FileReport]:
        return [f for f in self.files if f.refused is not None]

    @property
    def all_imported(self) -> bool:
        return all(f.ok for f in self.files)


def import_responses(
    workspace: Workspace,
    paths: Sequence[Path],
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import response bundles one by one, each in its own transaction.

    Safe to run off the UI thread: ``progress`` is called after each file, and ``cancel``
    is asked before each; files not reached are reported as cancelled, untouched.
    """
    reports: list[FileReport] = []
    batch = _Batch()
    for index, path in enumerate(paths):
        if cancel is not None and cancel():
            reports.extend(FileReport(p, cancelled=True) for p in paths[index:])
            break
        reports.append(_import_one(workspace, path, batch))
        if progress is not None:
            progress(index + 1, len(paths), path)
    return ImportReport(tuple(reports))


def _import_one(workspace: Workspace, path: Path, batch: _Batch) -> FileReport:
    """A response bundle, or a hearing document answered in Word (``.docx``)."""
    from kartedit.bundle.worddoc.reader import is_word_document

    if is_word_document(path):
        from kartedit.services.word_responses import import_word_response

        return import_word_response(workspace, path)
    return import_response(workspace, path, batch)


@dataclass
class _Batch:
    """What the files of one import share, so forty responses to one round read its texts
    once, not forty times. Revisions never change, so their owners and the section entries
    already checked against a round are kept; the round and its current texts are kept only
    while no other program writes to the database (``others_changes_marker``); what a round
    sent is known once a file that recorded it has been committed."""

    owners: dict[str, RevisionOwner] = field(default_factory=dict)
    checked: set[tuple[str, BundleSection]] = field(default_factory=set)
    sent: set[tuple[str, str, str]] = field(default_factory=set)
    marker: tuple[int, int] | None = None
    map_id: str | None = None
    rounds: dict[str, HearingRound] = field(default_factory=dict)
    current: dict[str, dict[SectionRef, tuple[str, str]]] = field(default_factory=dict)

    def refresh(self, session: Session) -> None:
        """Forget what another program may have changed since the last file."""
        marker = others_changes_marker(session.connection())
        if marker != self.marker:
            self.marker, self.map_id = marker, None
            self.rounds.clear()
            self.current.clear()


def import_response(workspace: Workspace, path: Path, batch: _Batch | None = None) -> FileReport:
    """Check one response bundle whole, then store its comments; refusals are reported."""
    try:
        bundle = read_bundle(path, BundleKind.RESPONSE)
    except BundleError as exc:
        return FileReport(path, refused=exc.said, problems=exc.messages)
    except UserError as exc:
        return FileReport(path, refused=exc.said, problems=(exc.said,))
    manifest = bundle.manifest
    known = FileReport(
        path,
        bundle_id=manifest.bundle_id,
        reviewer=manifest.reviewer,
        round_id=manifest.round.id,
        round_name=manifest.round.name,
    )
    batch = batch if batch is not None else _Batch()
    try:
        with workspace.database.transaction() as session:
            importer = _Importer(session, bundle, workspace.clock(), batch)
            items, seen = importer.run()
    except UserError as exc:
        return replace(known, refused=exc.said, problems=(exc.said,))
    batch.sent.update(importer.sent)  # committed: later files need not record it again
    return replace(known, items=tuple(items), seen_before=seen)


class _Importer:
    """One response bundle into one transaction; any UserError refuses the whole file."""

    def __init__(self, session: Session, bundle: Bundle, now: datetime, batch: _Batch) -> None:
        assert bundle.comments is not None
        self.batch = batch
        batch.refresh(session)
        self.sent: set[tuple[str, str, str]] = set()
        self.maps = MapRepository(session)
        self.rounds = RoundRepository(self.maps)
        self.store = CommentRepository(session)
        self.bundle = bundle
        self.manifest = bundle.manifest
        self.comments = bundle.comments.comments
        self.now = now
        self.label = str(bundle.path)
        self._current: dict[SectionRef, tuple[str | None, str]] | None = None
        self._new: list[tuple[HearingComment, int]] = []

    def run(self) -> tuple[list[ImportedItem], bool]:
        hearing = self._round()
        seen_before = self.store.response_round(self.manifest.bundle_id) is not None
        if not seen_before and not hearing.is_open:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: the round «{round}» is closed, so no more "
                    "responses can be imported into it.",
                ),
                label=self.label,
                round=hearing.name,
            )
        owners = self._check_sections(hearing)
        existing = self.store.existing(c.id for c in self.comments)
        self._check_ids(existing, hearing)
        if not seen_before:
            self.sent = {(hearing.id, s.ref.key, s.revision) for s in self.manifest.sections}
            if not self.sent <= self.batch.sent:
                self.store.record_sent(
                    hearing.id, ((s.ref, s.revision) for s in self.manifest.sections), self.now
                )
            reviewer = self.manifest.reviewer
            assert reviewer is not None
            self.store.add_response(
                bundle_id=self.manifest.bundle_id,
                round_id=hearing.id,
                reviewer=reviewer,
                made_at=self.manifest.made_at,
                imported_at=self.now,
                file_name=self.bundle.path.name,
            )
        items = [self._item(c, hearing, owners, existing) for c in _parents_first(self.comments)]
        self.store.add_many(self._new, imported_at=self.now)
        order = {c.id: i for i, c in enumerate(self.comments)}
        return sorted(items, key=lambda i: order[i.comment_id]), seen_before

    # -- checks ---------------------------------------------------------------------------

    def _round(self) -> HearingRound:
        theirs = self.manifest.map
        if theirs.id != self.batch.map_id:
            ours = self.maps.map_info()
            if theirs.id != ours.id:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: this response is about another map "
                        "(«{theirs}»); this database holds «{ours}». Import it "
                        "into that map's database.",
                    ),
                    label=self.label,
                    theirs=theirs.name,
                    ours=ours.name,
                )
            self.batch.map_id = ours.id
        wanted = self.manifest.round
        known = self.batch.rounds.get(wanted.id)
        if known is not None and known.edition == self.manifest.edition.slug:
            return known
        try:
            hearing = self.rounds.get(wanted.id)
        except NotFoundError:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: this response belongs to the hearing round "
                    "«{round}», which this database does not have (was the "
                    "round started in another copy of the map?).",
                ),
                label=self.label,
                round=wanted.name,
            ) from None
        if hearing.id != wanted.id:  # get() also accepts prefixes; a bundle names the whole id
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: its round id does not match any round here.",
                ),
                label=self.label,
            )
        if hearing.edition != self.manifest.edition.slug:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: this response is about the edition "
                    "«{edition_slug}», but the round «{round}» is on "
                    "«{edition}».",
                ),
                label=self.label,
                edition_slug=self.manifest.edition.slug,
                round=hearing.name,
                edition=hearing.edition,
            )
        self.batch.rounds[hearing.id] = hearing
        return hearing

    def _check_sections(self, hearing: HearingRound) -> dict[str, RevisionOwner]:
        owners = self._owners()
        for entry in self.manifest.sections:
            if (hearing.id, entry) in self.batch.checked:
                continue  # the same entry passed for an earlier file of this round
            owner = owners.get(entry.revision)
            if not hearing.scope.covers(entry.ref):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: it comments on {ref}, which is not in the round «{round}».",
                    ),
                    label=self.label,
                    ref=entry.ref,
                    round=hearing.name,
                )
            if (
                owner is None
                or owner.ref != entry.ref
                or owner.edition != entry.edition
                or sha256(owner.text.encode("utf-8")) != entry.sha256
            ):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: it is about a text of {ref} that this database "
                        "does not have (revision {revision}). Was the review bundle made "
                        "from another copy of the map?",
                    ),
                    label=self.label,
                    ref=entry.ref,
                    revision=entry.revision[:8],
                )
            self.batch.checked.add((hearing.id, entry))
        for comment in self.comments:
            anchor = comment.anchor
            if anchor is None:
                continue
            text = owners[anchor.revision].text
            if text[anchor.start : anchor.end] != anchor.quote:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: comment {comment_id} quotes a passage that is not "
                        "where it says in the text of {section} (damaged or altered).",
                    ),
                    label=self.label,
                    comment_id=comment.id[:8],
                    section=anchor.section,
                )
        return owners

    def _owners(self) -> dict[str, RevisionOwner]:
        """The owners of the manifest's revisions; a revision never changes, so those read
        for an earlier file are not read again."""
        wanted = {s.revision for s in self.manifest.sections}
        missing = wanted - self.batch.owners.keys()
        if missing:
            self.batch.owners.update(self.store.revision_owners(missing))
        return self.batch.owners

    def _check_ids(self, existing: dict[str, HearingComment], hearing: HearingRound) -> None:
        for comment in self.comments:
            old = existing.get(comment.id)
            if old is None:
                continue
            if (
                old.round_id != hearing.id
                or old.from_coordinator
                or old.reviewer.name != comment.reviewer.name
                or old.kind is not comment.kind
                or old.comment.parent != comment.parent
            ):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: the comment id {comment_id} is already used by "
                        "another comment in this database (a copied or altered "
                        "response?).",
                    ),
                    label=self.label,
                    comment_id=comment.id[:8],
                )

    # -- storing --------------------------------------------------------------------------

    def _current_text(self, hearing: HearingRound, ref: SectionRef) -> tuple[str | None, str]:
        """The text each section of the round shows now (read in one query, once a file);
        a section without text has no revision to place a comment in."""
        if self._current is None:
            known = self.batch.current.get(hearing.id)
            if known is None:
                known = self.batch.current[hearing.id] = self.rounds.current_texts(hearing)
            self._current = dict(known)
        return self._current.get(ref, (None, ""))

    def _item(
        self,
        comment: Comment,
        hearing: HearingRound,
        owners: dict[str, RevisionOwner],
        existing: dict[str, HearingComment],
    ) -> ImportedItem:
        root = thread_root(self.comments, comment.id)
        assert root.anchor is not None
        ref = root.anchor.section
        placement: Placement | None = None
        if comment.anchor is not None:
            placement = place(comment.anchor, *self._current_text(hearing, ref))
        old = existing.get(comment.id)
        if old is None:
            outcome = ItemOutcome.NEW
            owner = owners[root.anchor.revision]
            self._new.append(
                (
                    HearingComment(
                        comment,
                        hearing.id,
                        ref,
                        placement=placement,
                        response_id=self.manifest.bundle_id,
                    ),
                    owner.section_id,
                )
            )
        elif _newer(comment, old):
            outcome = ItemOutcome.UPDATED
            self.store.update_text(comment, self.manifest.bundle_id, placement)
        else:
            outcome = ItemOutcome.PRESENT
            if old.state.decided or placement is None:
                placement = old.placement
        return ImportedItem(
            comment.id,
            comment.kind,
            comment.is_reply,
            ref,
            root.anchor.quote,
            outcome,
            placement.status if placement else None,
        )


def _newer(incoming: Comment, old: HearingComment) -> bool:
    """An edit made after the stored version, on a comment nobody has decided on yet."""
    if old.state.decided or incoming.edited is None:
        return False
    if (incoming.text, incoming.replacement) == (old.comment.text, old.comment.replacement):
        return False
    return old.comment.edited is None or incoming.edited > old.comment.edited


def _parents_first(comments: Sequence[Comment]) -> list[Comment]:
    """Threads may be stored only parent before reply; the file's order mostly is that."""
    placed: set[str] = set()
    ordered: list[Comment] = []
    pending = list(comments)
    while pending:
        rest = []
        for comment in pending:
            if comment.parent is None or comment.parent in placed:
                ordered.append(comment)
                placed.add(comment.id)
            else:
                rest.append(comment)
        if len(rest) == len(pending):  # parents outside the file: checked by the reader
            ordered.extend(rest)
            break
        pending = rest
    return ordered
