"""Benchmark: publishing the region-scale map (20 pathways × 16 services) as a website, as a
ratio to rendering the same Markdown texts alone, measured in the same run (target: below 2)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate_map import build_database
from kartedit.domain.people import Author
from kartedit.services.publish.publisher import Publisher
from kartedit.services.workspace import Workspace
from kartedit.text.markdown_html import render_markdown


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.sqlite"
        build_database(path, editions=2)
        workspace = Workspace.open(path)
        publisher = Publisher(workspace)
        texts = [
            c.text for c in publisher.candidates("regional", include_drafts=True) if c.text.strip()
        ]
        started = time.perf_counter()
        for text in texts:
            render_markdown(text)
        render_seconds = time.perf_counter() - started

        started = time.perf_counter()
        result = publisher.publish(
            "regional",
            "html",
            Path(folder) / "site",
            author=Author("Benk Koordinator", "Benk"),
            include_drafts=True,
        )
        publish_seconds = time.perf_counter() - started
        pages = len(list((Path(folder) / "site").rglob("*.html")))
        workspace.close()
    print(
        f"region-scale map: {len(result.publication.revisions)} sections, {pages} pages "
        f"(version {result.publication.version})"
    )
    print(f"render the Markdown texts alone   {render_seconds:7.2f} s")
    print(f"publish as a website (html)       {publish_seconds:7.2f} s")
    print(f"ratio                             {publish_seconds / render_seconds:7.2f}")


if __name__ == "__main__":
    main()
