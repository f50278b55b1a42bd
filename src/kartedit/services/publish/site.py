"""Application services: the published map as a static website — plain files in one folder,
relative links, no external fetches, readable with JavaScript off; a prebuilt search index."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from kartedit.domain.errors import UserError
from kartedit.domain.ids import format_utc
from kartedit.domain.messages import QT_TRANSLATE_NOOP
from kartedit.services.publish.model import PageSection, PublishedMap
from kartedit.services.publish.templates import asset, render
from kartedit.text.markdown_html import plain_words

MARKER = "publisering.json"
"""Written into every site: says what it holds, and lets a later publication replace the folder."""

ASSETS = ("stil.css", "sok.js")


def _names(site: PublishedMap) -> dict[str, str]:
    nynorsk = site.words.language == "nn"
    return {
        "service_dir": "tenester" if nynorsk else "tjenester",
        "changes_file": "endringar.html" if nynorsk else "endringer.html",
    }


def draft_label(site: PublishedMap, section: PageSection) -> str:
    from kartedit.domain.sections import Status

    words = site.words
    return words["hearing_draft"] if section.status is Status.IN_HEARING else words["draft"]


def site_pages(site: PublishedMap) -> dict[str, str]:
    """Every HTML page of the site, keyed by its path in the folder."""
    names = _names(site)
    words = site.words
    common = {
        "site": site,
        "w": words,
        "lang": words.language,
        "date": words.date,
        "local_note": words["local_note"].format(edition=site.edition.name),
        "draft_label": lambda s: draft_label(site, s),
        **names,
    }
    pages = {
        "index.html": render(
            "site/index.html", **common, root="", current="index", page_title=words["front"]
        ),
        names["changes_file"]: render(
            "site/changes.html",
            **common,
            root="",
            current="changes",
            page_title=words["changes"],
            changes_since=words["changes_since"].format(version=site.previous),
            no_changes=words["no_changes"].format(version=site.previous),
            what={
                "added": words["added"],
                "changed": words["changed"],
                "removed": words["removed"],
            },
        ),
        "sok.html": render(
            "site/search.html", **common, root="", current="search", page_title=words["search"]
        ),
    }
    for page in site.pathways:
        pages[f"forlop/{page.pathway.slug}.html"] = render(
            "site/pathway.html",
            **common,
            root="../",
            current="pathway",
            page=page,
            page_title=page.pathway.name,
        )
    for service_page in site.services:
        pages[f"{names['service_dir']}/{service_page.service.slug}.html"] = render(
            "site/service.html",
            **common,
            root="../",
            current="service",
            page=service_page,
            page_title=service_page.service.name,
        )
    return pages


def search_index(site: PublishedMap) -> list[dict[str, str]]:
    entries = []
    for page in site.pathways:
        for text in page.texts:
            entries.append(
                {
                    "t": f"{page.pathway.name} – {text.title}",
                    "u": f"forlop/{page.pathway.slug}.html#{text.anchor}",
                    "x": plain_words(text.html),
                }
            )
        for block in page.blocks:
            for section in block.sections:
                entries.append(
                    {
                        "t": f"{page.pathway.name} – {block.service.name} – {section.title}",
                        "u": f"forlop/{page.pathway.slug}.html#{section.anchor}",
                        "x": plain_words(section.html),
                    }
                )
    return entries


def _marker(site: PublishedMap) -> dict[str, object]:
    publication = site.publication
    return {
        "format": "kartedit-site",
        "edition": site.edition.slug,
        "language": site.words.language,
        "version": str(publication.version),
        "drafts": publication.drafts,
        "published": format_utc(publication.created),
        "publication": publication.id,
    }


def write_site(site: PublishedMap, folder: Path) -> list[str]:
    """Write the whole site into ``folder`` in one step: built beside it, then swapped in.

    A folder that holds other files than an earlier kartedit site is refused.
    """
    if folder.exists() and not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{folder}: is a file; give a folder for the website."),
            folder=folder,
        )
    if folder.is_dir() and any(folder.iterdir()) and not (folder / MARKER).is_file():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{folder}: the folder holds other files. Give an empty folder or one an "
                "earlier publication wrote.",
            ),
            folder=folder,
        )
    parent = folder.absolute().parent
    if not parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{folder}: no such folder."), folder=parent)
    files: dict[str, bytes] = {
        path: text.encode("utf-8") for path, text in site_pages(site).items()
    }
    for name in ASSETS:
        files[name] = asset(f"site/{name}")
    index = json.dumps(search_index(site), ensure_ascii=False, separators=(",", ":"))
    files["sokeindeks.json"] = index.encode("utf-8")
    files["sokeindeks.js"] = f"window.kartSok = {index};\n".encode()
    files[MARKER] = (json.dumps(_marker(site), ensure_ascii=False, indent=2) + "\n").encode()
    building: Path | None = None
    try:
        building = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=parent))
        for path, data in files.items():
            target = building / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            target.chmod(0o644)
        building.chmod(0o755)
        old = None
        if folder.exists():
            old = parent / f".{folder.name}.old"
            shutil.rmtree(old, ignore_errors=True)
            folder.replace(old)
        building.replace(folder)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        if building is not None:
            shutil.rmtree(building, ignore_errors=True)
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{folder}: the website could not be written ({reason})."),
            folder=folder,
            reason=exc.strerror or exc,
            detail=repr(exc),
        ) from exc
    return sorted(files)
