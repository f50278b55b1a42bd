"""Benchmarks: a hearing round on a generated map and many response bundles to import, and
the raw baseline the import is measured against (unzip, json, checksum, executemany)."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from kartedit.bundle.comments import COMMENTS, CommentsDocument, dump_comments
from kartedit.bundle.kartbundle import INDEX, read_bundle, write_bundle
from kartedit.domain.bundles import BundleKind, BundleManifest
from kartedit.domain.ids import new_id
from kartedit.domain.people import Author
from kartedit.domain.review import Comment, CommentAnchor, CommentKind, Reviewer
from kartedit.services.bundles import export_review_bundle
from kartedit.services.readable import response_index
from kartedit.services.rounds import start_round
from kartedit.services.workspace import Workspace
from kartedit.text.anchor import make_anchor

COORDINATOR = Author("Benk Koordinator", "Benk helseføretak")


def review_bundle(workspace: Workspace, pathway: str, path: Path) -> Path:
    """Start a round on one pathway (96 sections), export its review bundle, then edit a
    tenth of its texts at the top so comments on them must be found again (re-anchored)."""
    hearing = start_round(
        workspace,
        name="Benkhøring",
        deadline=date(2027, 1, 15),
        author=COORDINATOR,
        pathways=[pathway],
    )
    export_review_bundle(workspace, hearing.id, path)
    refs = [state.ref for state in workspace.section_states(pathway)]
    for ref in refs[::10]:
        text = workspace.section(ref).text
        workspace.save(ref, "Ny innleiing frå arbeidsgruppa.\n\n" + text, COORDINATOR)
    return path


def response_bundles(review: Path, folder: Path, count: int, per_file: int) -> list[Path]:
    """``count`` response bundles of ``per_file`` comments (a fifth of them suggestions)
    on passages of the review bundle, as a reviewer's export writes them."""
    bundle = read_bundle(review, BundleKind.REVIEW)
    assert bundle.content is not None
    texts = {(s.edition, s.ref): s.revisions[-1] for s in bundle.content.sections}
    entries = bundle.manifest.sections
    rng = random.Random(11)
    made = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    paths = []
    for number in range(count):
        reviewer = Reviewer(f"Svarar {number}", f"Teneste {number % 17}", "rådgjevar")
        comments = []
        for item in range(per_file):
            entry = rng.choice(entries)
            revision = texts[(entry.edition, entry.ref)]
            start = rng.randrange(0, max(1, len(revision.text) - 40))
            passage = make_anchor(revision.text, start, start + rng.randint(8, 30))
            anchor = CommentAnchor(
                entry.ref,
                revision.id,
                passage.quote,
                passage.prefix,
                passage.suffix,
                passage.start,
                passage.end,
            )
            suggestion = item % 5 == 0
            comments.append(
                Comment(
                    new_id(),
                    CommentKind.SUGGESTION if suggestion else CommentKind.COMMENT,
                    f"Merknad {item} frå {reviewer.name}",
                    reviewer,
                    made + timedelta(minutes=item),
                    anchor=anchor,
                    replacement=passage.quote.upper() if suggestion else None,
                )
            )
        manifest = BundleManifest(
            kind=BundleKind.RESPONSE,
            bundle_id=new_id(),
            map=bundle.manifest.map,
            edition=bundle.manifest.edition,
            round=bundle.manifest.round,
            made_by=reviewer.author,
            made_at=made,
            sections=bundle.manifest.sections,
            reviewer=reviewer,
            in_response_to=bundle.manifest.bundle_id,
        )
        payload = {
            COMMENTS: dump_comments(CommentsDocument(bundle.manifest.bundle_id, tuple(comments))),
            INDEX: response_index(manifest, comments, bundle.content),
        }
        path = folder / f"svar-{number:03d}.kartbundle"
        write_bundle(path, manifest, payload, verify=False)
        paths.append(path)
    return paths


def raw_import(paths: list[Path], db: Path) -> None:
    """The floor an import cannot go below: unzip, parse, checksum, one executemany a file."""
    connection = sqlite3.connect(db)
    connection.execute(
        "CREATE TABLE IF NOT EXISTS raw_comments (id TEXT PRIMARY KEY, response TEXT, "
        "section TEXT, revision TEXT, quote TEXT, body TEXT, replacement TEXT)"
    )
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            files = {name: archive.read(name) for name in archive.namelist()}
        manifest = json.loads(files["manifest.json"])
        for name, digest in manifest["files"].items():
            if hashlib.sha256(files[name]).hexdigest() != digest:
                raise ValueError(f"{path}: {name} does not match its checksum")
        comments = json.loads(files[COMMENTS])["comments"]
        with connection:
            connection.executemany(
                "INSERT OR IGNORE INTO raw_comments VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        c["id"],
                        manifest["bundle_id"],
                        c["anchor"]["section"],
                        c["anchor"]["revision"],
                        c["anchor"]["quote"],
                        c["text"],
                        c.get("replacement"),
                    )
                    for c in comments
                ],
            )
    connection.close()
