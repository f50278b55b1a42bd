"""Application services: a hearing document answered in Word, read into its round.

The same pipeline and report as response bundles (``services.response_import``): Word comments
become comments anchored by quote and context to the passage they mark, replies stay
replies, each tracked change becomes a suggestion replacing exactly the changed passage,
text changed without tracking becomes suggestions flagged so, and the form's remarks
become general comments. Comment ids are derived from the document's id and each
comment's content, so importing the same document again adds nothing. The whole
document is read and every comment built before anything is written.

A local fact the document showed filled in (its value, or the marked wording) is one unit
standing for its placeholder: a comment touching it anchors on a passage holding the
whole placeholder. An edit *inside* a value is not turned into a suggestion — accepting
one would write the edition's value into the shared regional text in place of the
placeholder, the very copy local facts exist to avoid — but into a comment on the
placeholder, noted «local fact changed», telling the coordinator the old and the new
value to set under the edition's local facts. Deleting or replacing a value whole, with
text around it, is an edit of the text like any other.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from diff_match_patch import diff_match_patch

from kartedit.bundle.problems import BundleError
from kartedit.bundle.worddoc.blocks import FactSpan, FactTexts, alignment, source_map
from kartedit.bundle.worddoc.reader import (
    SectionReply,
    TrackedChange,
    WordComment,
    WordReply,
    read_word_reply,
)
from kartedit.domain.errors import NotFoundError, UserError
from kartedit.domain.hearing import HearingRound
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
from kartedit.domain.model import REGIONAL
from kartedit.domain.responses import HearingComment, Placement
from kartedit.domain.review import Comment, CommentAnchor, CommentKind, Reviewer
from kartedit.domain.sections import SectionRef
from kartedit.services.anchoring import place
from kartedit.services.hearing_wording import Wording
from kartedit.services.response_import import FileReport, ImportedItem, ItemOutcome
from kartedit.services.workspace import Workspace
from kartedit.store.hearing_comments import CommentRepository, RevisionOwner
from kartedit.store.repository import MapRepository
from kartedit.store.rounds import RoundRepository
from kartedit.text.anchor import make_anchor
from kartedit.text.markdown_edits import (
    balanced,
    deleted_breaks,
    emphasis_pairs,
    typed_breaks,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

UNTRACKED = "changed without tracking"
"""The report's note on a suggestion found by comparing a section with the text sent."""
GENERAL = "general remark"
FACT_EDIT = "local fact changed"
"""The report's note on a comment made of an edit inside a filled-in local fact."""


def import_word_response(workspace: Workspace, path: Path) -> FileReport:
    """Check a returned hearing document whole, then store what is in it; refusals reported."""
    try:
        reply = read_word_reply(path)
    except BundleError as exc:
        return FileReport(path, refused=exc.said, problems=exc.messages)
    except UserError as exc:
        return FileReport(path, refused=exc.said, problems=(exc.said,))
    known = FileReport(path, bundle_id=reply.document_id, round_id=reply.round_id)
    try:
        with workspace.database.transaction() as session:
            return _WordImporter(session, reply, path, workspace.clock()).run(known)
    except UserError as exc:
        return replace(known, refused=exc.said, problems=(exc.said,))


@dataclass(frozen=True)
class _Planned:
    comment: Comment
    ref: SectionRef
    section_id: int
    note: str = ""


def _digest(*parts: object) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def _same_person(author: str, name: str) -> bool:
    a, b = author.casefold().split(), name.casefold().split()
    return bool(a) and bool(b) and (a == b or set(a) <= set(b) or set(b) <= set(a))


class _WordImporter:
    """One returned document into one transaction; any UserError refuses the whole file."""

    def __init__(self, session: Session, reply: WordReply, path: Path, now: datetime) -> None:
        self.maps = MapRepository(session)
        self.rounds = RoundRepository(self.maps)
        self.store = CommentRepository(session)
        self.reply = reply
        self.path = path
        self.label = str(path)
        self.now = now
        self.notes: list[Message] = []

    def run(self, known: FileReport) -> FileReport:
        hearing = self._round()
        words = Wording(hearing.language)
        owners = self._owners(hearing)
        planned = self._plan(hearing, owners, words)
        if not planned and not self.notes:
            self.notes.append(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Hearing",
                        "nothing to import: no comments, no changes and no answers on the "
                        "response form (was the document sent back as it was sent out?)",
                    )
                )
            )
        reviewers = _unique(p.comment.reviewer for p in planned)
        responses = {r: _digest(self.reply.document_id, "response", r.name) for r in reviewers}
        existing = self.store.existing(p.comment.id for p in planned)
        seen = bool(planned) and all(p.comment.id in existing for p in planned)
        if not seen and not hearing.is_open:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: the round «{round}» is closed, so no more responses can be "
                    "imported into it.",
                ),
                label=self.label,
                round=hearing.name,
            )
        for item in planned:
            old = existing.get(item.comment.id)
            if old is not None and old.round_id != hearing.id:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: the comment id {comment_id} is already used by another "
                        "comment in this database (a copied or altered document?).",
                    ),
                    label=self.label,
                    comment_id=item.comment.id[:8],
                )
        self.store.record_sent(
            hearing.id, ((o.ref, o.revision_id) for o in owners.values()), self.now
        )
        for reviewer, response_id in responses.items():
            if self.store.response_round(response_id) is None:
                self.store.add_response(
                    bundle_id=response_id,
                    round_id=hearing.id,
                    reviewer=reviewer,
                    made_at=self.reply.modified or self.now,
                    imported_at=self.now,
                    file_name=self.path.name,
                )
        current: dict[SectionRef, tuple[str | None, str]] = {
            head.ref: (head.revision.id, head.revision.text) for head in self.rounds.heads(hearing)
        }
        items = []
        new: list[tuple[HearingComment, int]] = []
        for item in planned:
            comment = item.comment
            placement: Placement | None = None
            if comment.anchor is not None:
                if item.ref not in current:  # out of the round's scope now: ask the section
                    view = self.maps.section(item.ref, hearing.edition)
                    current[item.ref] = (view.revision_id, view.text)
                placement = place(comment.anchor, *current[item.ref])
            old = existing.get(comment.id)
            if old is None:
                outcome = ItemOutcome.NEW
                new.append(
                    (
                        HearingComment(
                            comment,
                            hearing.id,
                            item.ref,
                            placement=placement,
                            response_id=responses[comment.reviewer],
                        ),
                        item.section_id,
                    )
                )
                existing[comment.id] = HearingComment(comment, hearing.id, item.ref)
            else:
                outcome = ItemOutcome.PRESENT
                if old.state.decided or placement is None:
                    placement = old.placement
            quote = comment.anchor.quote if comment.anchor else self._quote(planned, comment)
            items.append(
                ImportedItem(
                    comment.id,
                    comment.kind,
                    comment.is_reply,
                    item.ref,
                    quote,
                    outcome,
                    placement.status if placement else None,
                    note=item.note,
                )
            )
        self.store.add_many(new, imported_at=self.now)  # one insert, parents first as planned
        return replace(
            known,
            items=tuple(items),
            reviewer=reviewers[0] if reviewers else None,
            reviewers=tuple(reviewers),
            round_name=hearing.name,
            seen_before=seen,
            notes=tuple(self.notes),
        )

    @staticmethod
    def _quote(planned: list[_Planned], reply: Comment) -> str:
        by_id = {p.comment.id: p.comment for p in planned}
        current = reply
        while current.parent is not None and current.parent in by_id:
            current = by_id[current.parent]
        return current.anchor.quote if current.anchor else ""

    # -- checks ---------------------------------------------------------------------------

    def _round(self) -> HearingRound:
        ours = self.maps.map_info()
        if self.reply.map_id != ours.id:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: this hearing document was made from another map; this database "
                    "holds «{ours}». Import it into that map's database.",
                ),
                label=self.label,
                ours=ours.name,
            )
        try:
            hearing = self.rounds.get(self.reply.round_id)
        except NotFoundError:
            hearing = None
        if hearing is None or hearing.id != self.reply.round_id:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: this hearing document belongs to a hearing round this database "
                    "does not have (was the round started in another copy of the map?).",
                ),
                label=self.label,
            )
        return hearing

    def _owners(self, hearing: HearingRound) -> dict[str, RevisionOwner]:
        wanted = [s.revision for s in self.reply.sections]
        owners = self.store.revision_owners(wanted)
        for revision in wanted:
            owner = owners.get(revision)
            if (
                owner is None
                or not hearing.scope.covers(owner.ref)
                or owner.edition not in (hearing.edition, REGIONAL)
            ):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: it holds a text that the round «{round}» did not send out "
                        "(revision {revision}): is it from another round?",
                    ),
                    label=self.label,
                    round=hearing.name,
                    revision=revision[:8],
                )
        return owners

    # -- what the document holds ----------------------------------------------------------

    def _plan(
        self, hearing: HearingRound, owners: dict[str, RevisionOwner], words: Wording
    ) -> list[_Planned]:
        reply = self.reply
        people = _People(reply, words)
        roots: list[_Planned] = []
        suggestions: list[_Planned] = []
        ours: dict[str, _Planned] = {}  # Word comment id → planned top-level comment
        done: set[str] = set()
        for section in reply.sections:
            if section.revision in done:
                continue
            done.add(section.revision)
            facts = reply.facts.get(section.revision, ())
            if not (section.comments or section.changes) and section.original == (
                source_map(owners[section.revision].text, facts).shown
            ):
                continue  # nothing said and nothing changed: no alignment needed
            owner = owners[section.revision]
            where = _Section(section, owner, facts)
            for cid, (start, end) in section.comments.items():
                word = reply.comments[cid]
                if word.parent is not None and word.parent in reply.comments:
                    continue
                if not word.text:
                    self.notes.append(
                        Message.of(
                            QT_TRANSLATE_NOOP(
                                "Hearing", "an empty comment by {author} was left out"
                            ),
                            author=people.reviewer(word.author).name,
                        )
                    )
                    continue
                anchor = where.anchor(start, end)
                if anchor is None:
                    continue
                comment = self._remark(
                    word,
                    people,
                    ("comment", anchor.section.key, anchor.start, anchor.end),
                    anchor=anchor,
                )
                ours[cid] = _Planned(comment, owner.ref, owner.section_id)
                roots.append(ours[cid])
            for group in _groups(section.changes):
                made = where.tracked(group)
                if made is None:
                    continue
                anchor, replacement = made
                reviewer = people.reviewer(group[0].author)
                suggestions.append(
                    self._suggestion(anchor, replacement, reviewer, group[0].date, "", owner)
                )
            for anchor, replacement in where.untracked():
                suggestions.append(
                    self._suggestion(
                        anchor,
                        replacement,
                        people.untracked(),
                        None,
                        words("untracked"),
                        owner,
                        note=UNTRACKED,
                    )
                )
            for edit in where.fact_edits:
                suggestions.append(self._fact_edit(edit, people, words, owner))
        replies = self._replies(ours, people)
        remarks = self._remarks(owners, people, words)
        for change in reply.outside_changes:
            self.notes.append(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Hearing",
                        "text added by {author} outside the texts on hearing was not imported: "
                        "«{text}»",
                    )
                    if change.inserted
                    else QT_TRANSLATE_NOOP(
                        "Hearing",
                        "text deleted by {author} outside the texts on hearing was not "
                        "imported: «{text}»",
                    ),
                    author=people.reviewer(change.author).name,
                    text=change.text[:60],
                )
            )
        return [*roots, *replies, *suggestions, *remarks]

    def _remark(
        self,
        word: WordComment,
        people: _People,
        identity: tuple[object, ...],
        *,
        anchor: CommentAnchor | None = None,
        parent: str | None = None,
    ) -> Comment:
        """A Word comment (or reply) as a comment; its id is derived from the document's id,
        ``identity`` (what and where), its author, date and words."""
        reviewer = people.reviewer(word.author)
        return Comment(
            id=_digest(self.reply.document_id, *identity, reviewer.name, word.date, word.text),
            kind=CommentKind.COMMENT,
            text=word.text,
            reviewer=reviewer,
            created=word.date or self.reply.modified or self.now,
            anchor=anchor,
            parent=parent,
        )

    def _suggestion(
        self,
        anchor: CommentAnchor,
        replacement: str,
        reviewer: Reviewer,
        date: datetime | None,
        text: str,
        owner: RevisionOwner,
        note: str = "",
    ) -> _Planned:
        comment = Comment(
            id=_digest(
                self.reply.document_id,
                "suggestion",
                reviewer.name,
                note,
                anchor.section.key,
                anchor.start,
                anchor.end,
                replacement,
            ),
            kind=CommentKind.SUGGESTION,
            text=text,
            reviewer=reviewer,
            created=date or self.reply.modified or self.now,
            anchor=anchor,
            replacement=replacement,
        )
        return _Planned(comment, owner.ref, owner.section_id, note)

    def _fact_edit(
        self, edit: _FactEdit, people: _People, words: Wording, owner: RevisionOwner
    ) -> _Planned:
        """An edit inside a filled-in value: a comment on its placeholder for the coordinator."""
        reviewer = people.reviewer(edit.author) if edit.author is not None else people.untracked()
        anchor = edit.anchor
        comment = Comment(
            id=_digest(
                self.reply.document_id,
                "fact",
                reviewer.name,
                anchor.section.key,
                anchor.start,
                anchor.end,
                edit.old,
                edit.new,
            ),
            kind=CommentKind.COMMENT,
            text=words("fact_edit", old=edit.old, new=edit.new),
            reviewer=reviewer,
            created=edit.date or self.reply.modified or self.now,
            anchor=anchor,
        )
        return _Planned(comment, owner.ref, owner.section_id, FACT_EDIT)

    def _replies(self, ours: dict[str, _Planned], people: _People) -> list[_Planned]:
        comments = self.reply.comments
        planned: list[_Planned] = []
        pending = [c for c in comments.values() if c.parent is not None and c.parent in comments]
        while pending:
            rest = []
            for word in pending:
                parent = ours.get(word.parent or "")
                if parent is None:
                    rest.append(word)
                    continue
                if not word.text:
                    continue
                comment = self._remark(
                    word, people, ("reply", parent.comment.id), parent=parent.comment.id
                )
                ours[word.id] = _Planned(comment, parent.ref, parent.section_id)
                planned.append(ours[word.id])
            if len(rest) == len(pending):
                break
            pending = rest
        outside = set(self.reply.outside) | {w.id for w in pending}
        for cid in sorted(outside):
            left_out = comments.get(cid)
            if left_out is not None and left_out.text:
                self.notes.append(
                    Message.of(
                        QT_TRANSLATE_NOOP(
                            "Hearing",
                            "a comment by {author} is outside the texts on hearing and was not "
                            "imported: «{text}»",
                        ),
                        author=people.reviewer(left_out.author).name,
                        text=left_out.text[:60],
                    )
                )
        return planned

    def _remarks(
        self, owners: dict[str, RevisionOwner], people: _People, words: Wording
    ) -> list[_Planned]:
        form = self.reply.form
        if not form.remarks:
            return []
        names = {p.slug: p.name for p in self.maps.pathways()}
        first: dict[str, RevisionOwner] = {}
        for section in self.reply.sections:
            owner = owners[section.revision]
            first.setdefault(owner.ref.pathway, owner)
        planned = []
        reviewer = people.untracked()
        for slug, remark in form.remarks:
            found = first.get(slug)
            if found is None:
                self.notes.append(
                    Message.of(
                        QT_TRANSLATE_NOOP(
                            "Hearing",
                            "a general remark on «{pathway}» has no text on hearing to go with",
                        ),
                        pathway=slug,
                    )
                )
                continue
            anchor = _opening(found)
            if anchor is None:
                continue
            title = words("general_remark", pathway=names.get(slug, slug))
            text = f"{title}:\n{remark}"
            comment = Comment(
                id=_digest(self.reply.document_id, "remark", slug, reviewer.name, remark),
                kind=CommentKind.COMMENT,
                text=text,
                reviewer=reviewer,
                created=self.reply.modified or self.now,
                anchor=anchor,
            )
            planned.append(_Planned(comment, found.ref, found.section_id, GENERAL))
        return planned


def _unique(reviewers: Iterable[Reviewer]) -> list[Reviewer]:
    seen: list[Reviewer] = []
    for reviewer in reviewers:
        if reviewer not in seen:
            seen.append(reviewer)
    return seen


_NO_NAME = frozenset(
    {
        "unknown author",
        "ukjent forfatter",
        "ukjend forfattar",
        "author",
        "forfatter",
        "forfattar",
        "user",
        "bruker",
        "brukar",
        "windows user",
        "windows-bruker",
        "windows-brukar",
    }
)
"""What LibreOffice and Word write as the author when the user never gave a name."""


def _named(author: str) -> str:
    """An author's name with its spaces tidied; empty for a placeholder (``_NO_NAME``)."""
    name = " ".join(author.split())
    return "" if name.casefold() in _NO_NAME else name


class _People:
    """Comment authors as reviewers, completed by the form when the names match."""

    def __init__(self, reply: WordReply, words: Wording) -> None:
        self.form = reply.form
        self.reply = reply
        self.words = words

    def reviewer(self, author: str) -> Reviewer:
        name = _named(author)
        form = self.form
        if not name:
            return self.untracked()
        if form.name and _same_person(name, form.name):
            return Reviewer(" ".join(form.name.split()), form.organisation, form.role)
        return Reviewer(name, form.organisation, "")

    def untracked(self) -> Reviewer:
        """Who stands behind what carries no author: the form's person, else the only author
        in the document, else whoever saved it last."""
        form = self.form
        if form.name.strip():
            return Reviewer(" ".join(form.name.split()), form.organisation, form.role)
        authors = {_named(c.author) for c in self.reply.comments.values()}
        authors |= {_named(ch.author) for s in self.reply.sections for ch in s.changes}
        authors.discard("")
        if len(authors) == 1:
            return self.reviewer(authors.pop())
        name = _named(self.reply.modified_by) or self.words("unknown")
        return Reviewer(name, form.organisation, "")


def _groups(changes: list[TrackedChange]) -> list[list[TrackedChange]]:
    """Tracked changes that touch, by one author: a deletion followed by an insertion (or
    the other way round) is one replacement."""
    groups: list[list[TrackedChange]] = []
    for change in sorted(changes, key=lambda c: (c.start, c.order)):
        if groups:
            last = groups[-1]
            end = max(c.end for c in last)
            if change.author == last[0].author and change.start <= end:
                last.append(change)
                continue
        groups.append([change])
    return groups


def _word_before(text: str, at: int) -> int:
    """Start of the word that ends at ``at`` (or of the one before the spaces there)."""
    i = at
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _word_after(text: str, at: int) -> int:
    i = at
    while i < len(text) and text[i] in " \t":
        i += 1
    while i < len(text) and not text[i].isspace():
        i += 1
    return i


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` widened to whole words where either edge cuts into one."""
    if 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        while end < len(text) and text[end].isalnum():
            end += 1
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True)
class _FactEdit:
    """A change that cuts into a filled-in local fact: the value before and after it."""

    anchor: CommentAnchor
    old: str
    new: str
    author: str | None
    """The tracked change's author; None for a change made without tracking."""
    date: datetime | None = None


def _accepted(text: str, lo: int, hi: int, group: list[TrackedChange]) -> str:
    """``text[lo:hi]`` as it reads with ``group``'s tracked changes accepted."""
    out: list[str] = []
    for i in range(lo, hi + 1):
        out.extend(c.text for c in group if c.inserted and c.start == i)
        if i < hi and not any(not c.inserted and c.start <= i < c.end for c in group):
            out.append(text[i])
    return "".join(out)


class _Section:
    """One returned section against the revision sent: positions carried back to Markdown."""

    def __init__(self, reply: SectionReply, owner: RevisionOwner, facts: FactTexts = ()) -> None:
        self.reply = reply
        self.owner = owner
        self.source = owner.text
        self.map = source_map(owner.text, facts)
        self.fact_edits: list[_FactEdit] = []
        self.shown = self.map.shown
        self.original = reply.original
        self._at: list[int] | None = None
        if self.original != self.shown:
            self._at = alignment(self.original, self.shown)

    def _shown_start(self, i: int) -> int:
        if self._at is None:
            return i
        return len(self.shown) if i >= len(self.original) else self._at[i]

    def _shown_end(self, i: int) -> int:
        if self._at is None:
            return i
        return 0 if i <= 0 else self._at[i - 1] + 1

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """A passage of the returned (original) text as a passage of the Markdown source."""
        s = self.map.start(self._shown_start(start))
        e = self.map.end(self._shown_end(end))
        return balanced(self.source, s, max(s, e))

    def _anchor(self, start: int, end: int) -> CommentAnchor | None:
        return _passage(self.owner, start, end)

    def anchor(self, start: int, end: int) -> CommentAnchor | None:
        """A comment's passage; a comment on a point marks the word there."""
        start, end = _trim(self.original, start, end)
        if start == end:
            start, end = _word_before(self.original, start), _word_after(self.original, end)
            start, end = _trim(self.original, start, end)
        s, e = self.source_range(start, end)
        if s == e:
            s, e = _trim(self.source, _word_before(self.source, s), _word_after(self.source, e))
        return self._anchor(s, e)

    def tracked(self, group: list[TrackedChange]) -> tuple[CommentAnchor, str] | None:
        start = min(c.start for c in group)
        end = max(c.end for c in group)
        inserted = "".join(c.text for c in group if c.inserted)
        if start == end and not inserted.strip():
            return None  # an empty paragraph or a space: nothing to suggest
        lo, hi = _whole_words(self.original, start, end)
        if (lo, hi) != (start, end):  # a letter changed inside a word is the word changed
            inserted = _accepted(self.original, lo, hi, group)
            start, end = lo, hi
        shown_start = self._shown_start(start)
        fact = self.map.cut_fact(shown_start, self._shown_end(end) if start < end else shown_start)
        if fact is not None:
            lo, hi = self._original_span(fact)
            lo, hi = min(lo, start), max(hi, end)
            first = group[0]
            self._cut(fact, self.original[lo:hi], _accepted(self.original, lo, hi, group), first)
            return None
        if start < end:
            s, e = deleted_breaks(self.source, *self.source_range(start, end))
            if not self.source[s:e].strip():  # only a break: the word after it shows where
                after = _word_after(self.source, e)
                inserted, e = inserted + self.source[e:after], after
            anchor = self._anchor(s, e)
            return (anchor, typed_breaks(inserted, self.source, s)) if anchor is not None else None
        return self._insertion(self.map.insertion(self._shown_start(start)), inserted)

    def _original_span(self, fact: FactSpan) -> tuple[int, int]:
        """Where a fact the document showed is in the returned text (changes rejected)."""
        if self._at is None:
            return fact.start, fact.end
        inside = [i for i, at in enumerate(self._at) if fact.start <= at < fact.end]
        return (inside[0], inside[-1] + 1) if inside else (fact.start, fact.start)

    def _cut(self, fact: FactSpan, old: str, new: str, change: TrackedChange | None) -> None:
        anchor = self._anchor(fact.source_start, fact.source_end)
        if anchor is not None and old != new:
            author = change.author if change is not None else None
            date = change.date if change is not None else None
            self.fact_edits.append(_FactEdit(anchor, old, new, author, date))

    def _insertion(self, at: int, inserted: str) -> tuple[CommentAnchor, str] | None:
        """An insertion has no passage of its own: it replaces the word before it by that
        word and the new text (or the word after it, at the start of a paragraph). A new
        paragraph becomes a Markdown one."""
        source = self.source
        if not inserted.strip():
            return None
        if _word_before(source, at) == at == _word_after(source, at):
            # Between two paragraphs: after the one before, or before the next one.
            step = 1 if inserted.endswith("\n") else -1
            while 0 < at < len(source) and source[at if step == 1 else at - 1].isspace():
                at += step
        inserted = typed_breaks(inserted, source, at)
        before = _word_before(source, at)
        if any(c.isalnum() for c in source[before:at]):  # not only «**» or a bullet
            anchor = self._anchor(before, at)
            return (anchor, source[before:at] + inserted) if anchor else None
        after = _word_after(source, at)
        anchor = self._anchor(at, after)
        return (anchor, inserted + source[at:after]) if anchor else None

    def untracked(self) -> list[tuple[CommentAnchor, str]]:
        """Each place the returned text differs from the text sent, untracked."""
        if self._at is None:
            return []
        dmp = diff_match_patch()
        diffs = dmp.diff_main(self.shown, self.original)
        dmp.diff_cleanupSemantic(diffs)
        found: list[tuple[CommentAnchor, str]] = []
        position = 0
        hunk: tuple[int, int, str] | None = None

        def flush() -> None:
            if hunk is None:
                return
            start, end, inserted = hunk
            shown = self.shown
            if start == end and inserted.endswith("\n") and start > 0 and shown[start - 1] == "\n":
                # A new paragraph reads the same after the line before as before the next one;
                # after is where it was typed (in a table, the next line is another row).
                start = end = start - 1
                inserted = "\n" + inserted[:-1]
            # Whole words: «12» → «10», not «2» → «0».
            wide_start, wide_end = start, end
            while wide_start > 0 and shown[wide_start - 1].isalnum():
                wide_start -= 1
            while wide_end < len(shown) and shown[wide_end].isalnum():
                wide_end += 1
            inserted = shown[wide_start:start] + inserted + shown[end:wide_end]
            start, end = wide_start, wide_end
            fact = self.map.cut_fact(start, end)
            if fact is not None:
                lo, hi = min(fact.start, start), max(fact.end, end)
                self._cut(fact, shown[lo:hi], shown[lo:start] + inserted + shown[end:hi], None)
            elif start < end:
                s, e = balanced(self.source, self.map.start(start), self.map.end(end))
                anchor = self._anchor(s, e)
                if anchor is not None:
                    found.append((anchor, typed_breaks(inserted, self.source, s)))
            else:
                made = self._insertion(self.map.insertion(start), inserted)
                if made is not None:
                    found.append(made)

        for op, chunk in diffs:
            if op == 0:
                flush()
                hunk = None
                position += len(chunk)
                continue
            if hunk is None:
                hunk = (position, position, "")
            start, end, inserted = hunk
            if op == -1:
                position += len(chunk)
                hunk = (start, position, inserted)
            else:
                hunk = (start, end, inserted + chunk)
        flush()
        return found


def _passage(owner: RevisionOwner, start: int, end: int) -> CommentAnchor | None:
    """The passage ``start:end`` of the revision sent, with its context; None when empty."""
    if start >= end:
        return None
    found = make_anchor(owner.text, start, end)
    return CommentAnchor(
        owner.ref,
        owner.revision_id,
        found.quote,
        found.prefix,
        found.suffix,
        found.start,
        found.end,
    )


def _opening(owner: RevisionOwner) -> CommentAnchor | None:
    """The first line of a section, cut after a whole word within 80 characters and before
    an emphasis it would cut: where a general remark sits."""
    text = owner.text
    start, end = _trim(text, 0, len(text))
    line_end = text.find("\n", start)
    end = min(end, line_end if line_end >= 0 else end)
    if end - start > 80:
        space = text.rfind(" ", start, start + 81)
        end = space if space > start else start + 80
    for (open_start, _), (_, close_end) in emphasis_pairs(text):
        if start < open_start < end < close_end:
            end = open_start
    start, end = _trim(text, start, end)
    return _passage(owner, start, end)
