"""Application services: publish an edition — choose the texts, record the publication with its
version and revisions, and write it as a website, a PDF or a Word document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.domain.model import EditionInfo, EditionKind, PathwayInfo
from kartedit.domain.people import Author
from kartedit.domain.publishing import (
    Publication,
    PublishedRevision,
    Version,
    check_written_standard,
    no_earlier_version,
)
from kartedit.services.facts import context_in
from kartedit.services.publish.model import PublishedMap, gather
from kartedit.store.publications import Candidate, PublicationStore
from kartedit.store.repository import MapRepository

if TYPE_CHECKING:
    from kartedit.services.workspace import Workspace

FORMATS: tuple[str, ...] = ("html", "pdf", "docx")


class PublishCancelledError(Exception):
    """Raised by a progress callback to stop publishing; nothing is recorded or written."""


@dataclass(frozen=True)
class PublishResult:
    publication: Publication
    reused: bool
    """True when this version was recorded before with the same texts (another format of it)."""
    path: Path
    published: PublishedMap


def structure(maps: MapRepository) -> list[PathwayInfo]:
    """The pathways in order, each with its services in the pathway's own order."""
    return [PathwayInfo(p.slug, p.name, tuple(maps.services_of(p.slug))) for p in maps.pathways()]


def choose_version(
    history: list[Publication],
    revisions: list[PublishedRevision],
    drafts: bool,
    asked: Version | None,
) -> tuple[Version, Publication | None]:
    """The version to record, and the earlier publication it repeats (same texts), if any."""
    same = {(r.key, r.revision_id) for r in revisions}

    def repeats(pub: Publication) -> bool:
        return pub.drafts == drafts and {(r.key, r.revision_id) for r in pub.revisions} == same

    latest = max(history, key=lambda p: p.version, default=None)
    if asked is None:
        if latest is not None and repeats(latest):
            return latest.version, latest
        return (latest.version.next_minor() if latest else Version(1, 0)), None
    earlier = next((p for p in history if p.version == asked), None)
    if earlier is not None:
        if repeats(earlier):
            return asked, earlier
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Version {version} of this edition was published before with other texts. "
                "Give a higher version (the latest is {latest}).",
            ),
            version=asked,
            latest=latest.version if latest else asked,
        )
    if latest is not None and asked < latest.version:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Version {version} is older than the latest publication ({latest}). "
                "Give a higher version.",
            ),
            version=asked,
            latest=latest.version,
        )
    return asked, None


class Publisher:
    """Publishing one map database."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def candidates(self, edition: str, *, include_drafts: bool) -> list[Candidate]:
        with self.workspace.database.reading() as session:
            return PublicationStore(MapRepository(session)).candidates(
                edition, include_drafts=include_drafts
            )

    def set_language(self, edition: str, language: str) -> bool:
        """Make «nb» or «nn» the written standard the edition is published in."""
        check_written_standard(language)
        with self.workspace.database.transaction() as session:
            return PublicationStore(MapRepository(session)).set_language(edition, language)

    def publications(self, edition: str) -> list[Publication]:
        with self.workspace.database.reading() as session:
            return PublicationStore(MapRepository(session)).publications(edition)

    def publish(
        self,
        edition: str,
        fmt: str,
        out: Path,
        *,
        author: Author,
        version: Version | None = None,
        note: str = "",
        include_drafts: bool = False,
        pathway: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        since: Version | None = None,
    ) -> PublishResult:
        """Record the publication and write it; a failed or cancelled write records nothing.

        ``pathway`` limits a PDF or Word document to one pathway; the publication recorded
        is still the whole edition's. ``progress(done, total)`` may raise
        :class:`PublishCancelledError` to stop before anything is written. «What changed»
        compares with the previous publication, or with version ``since``.
        """
        if fmt not in FORMATS:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Unknown format «{value}». Use one of: {names}."),
                value=fmt,
                names=", ".join(FORMATS),
            )
        if pathway is not None and fmt == "html":
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A website holds every pathway; --pathway is for pdf and docx."
                )
            )
        with self.workspace.database.transaction() as session:
            maps = MapRepository(session)
            store = PublicationStore(maps)
            row = maps.edition_row(edition)  # «no edition» with the known ones
            edition_info = EditionInfo(
                row.slug, row.name, EditionKind(row.kind), row.organisation, row.language or "nb"
            )
            candidates = store.candidates(edition, include_drafts=include_drafts)
            revisions = [
                PublishedRevision(c.ref.key, c.revision_id, c.local, c.approved)
                for c in candidates
                if c.revision_id is not None and c.text.strip()
            ]
            if not revisions:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Nothing in «{edition}» is approved yet, so there is nothing to "
                        "publish. Approve sections first, or publish a marked draft with "
                        "--include-drafts.",
                    ),
                    edition=edition,
                )
            history = store.publications(edition)
            chosen, earlier = choose_version(history, revisions, include_drafts, version)
            if pathway is not None:
                maps.pathway_row(pathway)  # «no pathway» with the known ones
            if since is not None and all(p.version != since for p in history):
                raise no_earlier_version(since, history)
            if earlier is None:
                publication = store.record(
                    edition,
                    chosen,
                    note=note.strip(),
                    drafts=include_drafts,
                    author=author,
                    created=self.workspace.clock(),
                    revisions=revisions,
                )
                history = [*history, publication]
            else:
                history = history[: history.index(earlier) + 1]
            map_name = maps.map_info().name
            pathways = structure(maps)
            services = maps.all_services()
            facts = context_in(session, edition)
            regional_language = maps.regional_edition().language or "nb"
        # Rendering and writing (a PDF of a whole region takes a while) hold no write lock;
        # if they fail or are cancelled, the publication just recorded is taken back.
        try:
            published = gather(
                map_name=map_name,
                edition=edition_info,
                structure=pathways,
                all_services=services,
                candidates=candidates,
                history=history,
                progress=progress,
                since=since,
                facts=facts,
                regional_language=regional_language,
            )
            if pathway is not None:
                published = replace(
                    published,
                    pathways=tuple(p for p in published.pathways if p.pathway.slug == pathway),
                )
            path = write(published, fmt, out)
        except BaseException:
            if earlier is None:
                with self.workspace.database.transaction() as session:
                    PublicationStore(MapRepository(session)).forget(history[-1].id)
            raise
        return PublishResult(history[-1], earlier is not None, path, published)


def default_name(published: PublishedMap, suffix: str) -> str:
    version = str(published.publication.version)
    draft = f"-{published.words['draft'].lower()}" if published.drafts else ""
    only = f"-{published.pathways[0].pathway.slug}" if len(published.pathways) == 1 else ""
    return f"{published.edition.slug}{only}-{version}{draft}.{suffix}"


def write(published: PublishedMap, fmt: str, out: Path) -> Path:
    """Write one format; for PDF and Word, ``out`` may be a folder or a file name."""
    if fmt == "html":
        from kartedit.services.publish.site import write_site

        write_site(published, out)
        return out
    target = out / default_name(published, fmt) if out.is_dir() else out
    if fmt == "pdf":
        from kartedit.services.publish.pdf import write_pdf

        write_pdf(published, target)
    else:
        from kartedit.services.publish.docx import write_docx

        write_docx(published, target)
    return target
