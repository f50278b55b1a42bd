"""Application services: a reviewer's work on a review bundle — no database needed.

The one code path for the reviewer window and ``kartedit review …``. Work in progress
lives in ``data_dir()/reviews/<bundle id>.json`` (a comments document, the same format as
a response's ``comments.json``), replaced atomically on every change: closing, reopening
or a killed process loses nothing. Each change re-reads the file first, so a window and
a command line working on the same bundle do not overwrite each other's comments.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kartedit.bundle.comments import COMMENTS, CommentsDocument, dump_comments, parse_comments
from kartedit.bundle.kartbundle import INDEX, Bundle, read_bundle, write_bundle
from kartedit.bundle.problems import BundleError
from kartedit.bundle.zipsafe import MAX_DOCUMENT_BYTES
from kartedit.domain.bundles import BundleKind, BundleManifest
from kartedit.domain.content import MapContent, SectionRecord
from kartedit.domain.errors import NotFoundError, UserError
from kartedit.domain.ids import format_utc, new_id, utc_now
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message
from kartedit.domain.model import MapInfo, PathwayInfo, SectionState, SectionView
from kartedit.domain.people import Author
from kartedit.domain.review import (
    Comment,
    CommentAnchor,
    CommentKind,
    Reviewer,
    Thread,
    check_comment_text,
    threads,
)
from kartedit.domain.sections import SectionRef, Status
from kartedit.domain.slugs import suggest_slug
from kartedit.domain.text_forms import nfc
from kartedit.safe_files import write_atomically
from kartedit.services.identity import resolve_author
from kartedit.services.readable import response_index
from kartedit.services.settings import data_dir
from kartedit.text.anchor import find_quote, make_anchor


def reviews_dir() -> Path:
    return data_dir() / "reviews"


def resolve_reviewer(explicit: str | None = None, role: str = "") -> Reviewer:
    """``--reviewer "Name (Organisation)"``, else the settings, else KARTEDIT_AUTHOR."""
    try:
        author = resolve_author(explicit)
    except UserError:
        if explicit:
            raise
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                'Who is reviewing? Give --reviewer "Name (Organisation)", or set '
                "your name in kartedit's settings.",
            )
        ) from None
    return Reviewer.from_author(author, role)


class ReviewSession:
    """One open review bundle and the reviewer's comments on it.

    Every method is one user action; use a session from one thread at a time.
    """

    def __init__(
        self, bundle: Bundle, work_path: Path, clock: Callable[[], datetime] = utc_now
    ) -> None:
        assert bundle.content is not None
        self.bundle = bundle
        self.content: MapContent = bundle.content
        self.work_path = work_path
        self.clock = clock
        self.notices: list[Message] = []
        """Things the reviewer should be told once, e.g. an unreadable earlier work file."""
        carried = {(s.edition, s.ref): s for s in self.content.sections}
        self._records: dict[SectionRef, SectionRecord] = {
            entry.ref: carried[(entry.edition, entry.ref)] for entry in self.manifest.sections
        }
        self._comments: list[Comment] = []
        self._stamp: tuple[int, int, int] | None = None

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        clock: Callable[[], datetime] = utc_now,
        work_dir: Path | None = None,
    ) -> ReviewSession:
        """Check the bundle whole, then pick up any earlier work on it."""
        bundle = read_bundle(path, BundleKind.REVIEW)
        folder = work_dir or reviews_dir()
        session = cls(bundle, folder / f"{bundle.manifest.bundle_id}.json", clock)
        session._comments = session._load()
        return session

    # -- what the bundle holds ----------------------------------------------------------

    @property
    def manifest(self) -> BundleManifest:
        return self.bundle.manifest

    @property
    def path(self) -> Path:
        return self.bundle.path

    @property
    def map_info(self) -> MapInfo:
        return self.manifest.map

    def sections(self) -> list[SectionRef]:
        """Every section in the bundle, in the map's order."""
        return list(self._records)

    def pathways(self) -> list[PathwayInfo]:
        """The bundle's pathways, each with the services it carries texts for."""
        return list(self.content.pathways)

    def record(self, ref: SectionRef) -> SectionRecord:
        record = self._records.get(ref)
        if record is None:
            known = ", ".join(r.key for r in list(self._records)[:6])
            more = " …" if len(self._records) > 6 else ""
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The bundle has no section {ref}. It has: {known}{more}."
                ),
                ref=ref,
                known=known,
                more=more,
            )
        return record

    def text(self, ref: SectionRef) -> str:
        return self.record(ref).revisions[-1].text

    def section(self, ref: SectionRef) -> SectionView:
        """The section as the tree and preview show it. The reviewer never edits it."""
        record = self.record(ref)
        head = record.revisions[-1]
        return SectionView(
            ref,
            self.manifest.edition.slug,
            head.text,
            Status.IN_HEARING,
            head.id,
            inherited=record.edition != self.manifest.edition.slug,
        )

    def section_states(self, pathway: str) -> list[SectionState]:
        """For the tree: every section of a pathway in the bundle, with its comment count."""
        counts: dict[SectionRef, int] = {}
        for thread in self.threads():
            counts[thread.anchor.section] = counts.get(thread.anchor.section, 0) + 1
        return [
            SectionState(
                ref,
                Status.IN_HEARING,
                overridden=False,
                stale=False,
                open_comments=counts.get(ref, 0),
            )
            for ref in self._records
            if ref.pathway == pathway
        ]

    # -- the reviewer's comments --------------------------------------------------------

    def comments(self, ref: SectionRef | None = None) -> list[Comment]:
        """Comments, suggestions and replies in the order they were made."""
        current = self._current()
        if ref is None:
            return list(current)
        by_id = {c.id: c for c in current}

        def section_of(comment: Comment) -> SectionRef | None:
            for _ in range(len(by_id)):
                if comment.parent is None or comment.parent not in by_id:
                    break
                comment = by_id[comment.parent]
            return comment.anchor.section if comment.anchor else None

        return [c for c in current if section_of(c) == ref]

    def threads(self, ref: SectionRef | None = None) -> list[Thread]:
        """Threads in the order of the text: by section, then place in the section."""
        place = {key: i for i, key in enumerate(self._records)}
        found = [t for t in threads(self._current()) if ref is None or t.anchor.section == ref]
        return sorted(found, key=lambda t: place.get(t.anchor.section, len(place)))

    def highlights(self, ref: SectionRef) -> list[tuple[int, int, Comment]]:
        """The passages to mark in a section's text: (start, end, thread's first comment).

        The text in a bundle never changes, so the anchors' offsets hold exactly.
        """
        return [(t.anchor.start, t.anchor.end, t.root) for t in self.threads(ref)]

    def comment(self, comment_id: str) -> Comment:
        for comment in self._current():
            if comment.id == comment_id:
                return comment
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "No comment «{comment_id}» on this bundle."),
            comment_id=comment_id,
        )

    def locate(self, ref: SectionRef, quote: str, occurrence: int | None = None) -> tuple[int, int]:
        """Where a quoted passage is in a section; refused when absent or ambiguous."""
        try:
            return find_quote(self.text(ref), nfc(quote), occurrence)
        except UserError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "{ref}: {message}"), ref=ref, message=exc.said
            ) from None

    def add_comment(
        self, ref: SectionRef, start: int, end: int, text: str, reviewer: Reviewer
    ) -> Comment:
        check_comment_text(text)
        return self._add(ref, start, end, CommentKind.COMMENT, text, reviewer, None)

    def add_suggestion(
        self,
        ref: SectionRef,
        start: int,
        end: int,
        replacement: str,
        reviewer: Reviewer,
        text: str = "",
    ) -> Comment:
        """Propose ``replacement`` for the passage; ``text`` may say why."""
        if replacement == self.text(ref)[start:end]:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The suggested text is the same as the passage; change it, or add a comment.",
                )
            )
        return self._add(ref, start, end, CommentKind.SUGGESTION, text, reviewer, replacement)

    def _add(
        self,
        ref: SectionRef,
        start: int,
        end: int,
        kind: CommentKind,
        text: str,
        reviewer: Reviewer,
        replacement: str | None,
    ) -> Comment:
        record = self.record(ref)
        body = record.revisions[-1].text
        if not 0 <= start <= end <= len(body):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The selection lies outside the text of {ref}; select it again.",
                ),
                ref=ref,
            )
        passage = make_anchor(body, start, end)
        anchor = CommentAnchor(
            ref,
            record.revisions[-1].id,
            passage.quote,
            passage.prefix,
            passage.suffix,
            passage.start,
            passage.end,
        )
        comment = Comment(
            new_id(), kind, text, reviewer, self.clock(), anchor=anchor, replacement=replacement
        )
        self._change(lambda comments: [*comments, comment])
        return comment

    def reply(self, parent_id: str, text: str, reviewer: Reviewer) -> Comment:
        """Answer a comment (or a reply); the answer joins the comment's thread."""
        check_comment_text(text)
        comment = Comment(
            new_id(), CommentKind.COMMENT, text, reviewer, self.clock(), parent=parent_id
        )

        def change(comments: list[Comment]) -> list[Comment]:
            if not any(c.id == parent_id for c in comments):
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "No comment «{parent_id}» on this bundle to reply to."
                    ),
                    parent_id=parent_id,
                )
            return [*comments, comment]

        self._change(change)
        return comment

    def edit(
        self, comment_id: str, *, text: str | None = None, replacement: str | None = None
    ) -> Comment:
        """Change the text of one's own comment, or a suggestion's proposed text."""
        result: list[Comment] = []

        def change(comments: list[Comment]) -> list[Comment]:
            old = next((c for c in comments if c.id == comment_id), None)
            if old is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "No comment «{comment_id}» on this bundle."),
                    comment_id=comment_id,
                )
            if replacement is not None and old.kind is not CommentKind.SUGGESTION:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Only a suggestion has proposed text; this is a comment."
                    )
                )
            new_text = old.text if text is None else text
            new_replacement = old.replacement if replacement is None else replacement
            if (new_text, new_replacement) == (old.text, old.replacement):
                result.append(old)
                return comments
            edited = Comment(
                old.id,
                old.kind,
                new_text,
                old.reviewer,
                old.created,
                anchor=old.anchor,
                replacement=new_replacement,
                parent=old.parent,
                edited=self.clock(),
            )
            result.append(edited)
            return [edited if c.id == comment_id else c for c in comments]

        self._change(change)
        return result[0]

    def delete(self, comment_id: str) -> list[str]:
        """Delete one's own comment and every reply under it; returns the ids deleted."""
        gone: list[str] = []

        def change(comments: list[Comment]) -> list[Comment]:
            if not any(c.id == comment_id for c in comments):
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "No comment «{comment_id}» on this bundle."),
                    comment_id=comment_id,
                )
            doomed = {comment_id}
            grew = True
            while grew:
                before = len(doomed)
                doomed |= {c.id for c in comments if c.parent in doomed}
                grew = len(doomed) > before
            gone.extend(c.id for c in comments if c.id in doomed)
            return [c for c in comments if c.id not in doomed]

        self._change(change)
        return gone

    def reviewer_for(self, author: Author) -> Reviewer | None:
        """Who this person last commented as on this bundle, role included: asked once."""
        mine = [c.reviewer for c in self._current() if c.reviewer.author == author]
        return mine[-1] if mine else None

    # -- the response -------------------------------------------------------------------

    def export_response(self, path: Path, reviewer: Reviewer) -> BundleManifest:
        """Write the response bundle: the comments and the revisions they are on, no texts."""
        if path.exists() and path.resolve() == self.path.resolve():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path}: that is the review bundle itself; choose another name "
                    "for the response.",
                ),
                path=path,
            )
        comments = self._current()
        manifest = BundleManifest(
            kind=BundleKind.RESPONSE,
            bundle_id=new_id(),
            map=self.manifest.map,
            edition=self.manifest.edition,
            round=self.manifest.round,
            made_by=reviewer.author,
            made_at=self.clock(),
            sections=self.manifest.sections,
            reviewer=reviewer,
            in_response_to=self.manifest.bundle_id,
        )
        payload = {
            COMMENTS: dump_comments(CommentsDocument(self.manifest.bundle_id, tuple(comments))),
            INDEX: response_index(manifest, comments, self.content),
        }
        return write_bundle(path, manifest, payload)

    def default_response_path(self, reviewer: Reviewer) -> Path:
        """``<bundle>-svar-<name>.kartbundle`` next to the review bundle it answers."""
        name = suggest_slug(reviewer.name) or "svar"
        stem = self.path.name.removesuffix(self.path.suffix) or "kartbundle"
        return self.path.with_name(f"{stem}-svar-{name}.kartbundle")

    # -- the work-in-progress file ------------------------------------------------------

    def _signature(self) -> tuple[int, int, int] | None:
        try:
            info = self.work_path.stat()
        except OSError:
            return None
        return info.st_mtime_ns, info.st_size, info.st_ino

    def _current(self) -> list[Comment]:
        """The comments as saved; re-read when another window or process changed them."""
        if self._signature() != self._stamp:
            self._comments = self._load()
        return self._comments

    def _load(self) -> list[Comment]:
        path = self.work_path
        self._stamp = self._signature()
        if self._stamp is None:
            return []
        try:
            if path.stat().st_size > MAX_DOCUMENT_BYTES:
                raise BundleError(
                    [
                        Message.of(
                            QT_TRANSLATE_NOOP("Errors", "{path}: the file is too large."), path=path
                        )
                    ]
                )
            document = parse_comments(path.read_bytes(), str(path))
            problems = self._foreign(document)
            if problems:
                raise BundleError(problems)
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path}: your earlier comments on this bundle cannot be read ({reason}).",
                ),
                path=path,
                reason=exc.strerror or exc,
            ) from exc
        except BundleError as exc:
            return self._set_aside(exc.said)
        return list(document.comments)

    def _foreign(self, document: CommentsDocument) -> list[Message]:
        """Comments that do not belong to this bundle (a damaged or misplaced file)."""
        label = str(self.work_path)
        if document.review_bundle != self.manifest.bundle_id:
            return [
                Message.of(
                    QT_TRANSLATE_NOOP("Errors", "{label}: it holds comments on another bundle."),
                    label=label,
                )
            ]
        problems = []
        for comment in document.comments:
            anchor = comment.anchor
            if anchor is None:
                continue
            record = self._records.get(anchor.section)
            if record is None or record.revisions[-1].id != anchor.revision:
                problems.append(
                    Message.of(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{label}: comment {comment_id} is not on this bundle's texts.",
                        ),
                        label=label,
                        comment_id=comment.id,
                    )
                )
        return problems

    def _set_aside(self, problem: Message) -> list[Comment]:
        """Keep an unreadable work file under another name and start afresh — never delete it."""
        stamp = format_utc(self.clock()).replace(":", "").replace("-", "")
        aside = self.work_path.with_name(f"{self.work_path.stem}.damaged-{stamp}.json")
        self.work_path.replace(aside)
        self._stamp = None
        self.notices.append(
            Message.of(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Your earlier comments on this bundle could not be read ({problem}). The "
                    "file was kept as {aside}; you start with no comments.",
                ),
                problem=problem,
                aside=aside,
            )
        )
        return []

    def _change(self, change: Callable[[list[Comment]], list[Comment]]) -> None:
        """Read, change, write atomically; memory follows only once the file is safe."""
        before = self._current()
        after = change(list(before))
        if after == before:
            return
        data = dump_comments(CommentsDocument(self.manifest.bundle_id, tuple(after)))
        try:
            write_atomically(self.work_path, data, private=True)
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Your change could not be saved in {parent} ({reason}); it was "
                    "not made. Free some space and try again.",
                ),
                parent=self.work_path.parent,
                reason=exc.strerror or exc,
                detail=repr(exc),
            ) from exc
        self._comments = after
        self._stamp = self._signature()
