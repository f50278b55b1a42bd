"""Accessibility of the published website: every page type passes axe-core's WCAG 2.1 A and AA
rules in headless Chromium with zero violations (and its rules for heading order, landmarks
and the skip link), the skip link comes first on the keyboard,
and the pages reflow at 400 % zoom (320 CSS pixels wide) without sideways scrolling.

The browser is Debian's ``chromium`` driven by Playwright (no browser download); the axe
script comes from the ``axe-playwright-python`` package. ``.ci/run`` installs chromium.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path

import pytest

from kartedit.services.publish.publisher import Publisher
from kartedit.services.workspace import Workspace
from tests.publish_support import COORDINATOR, DailyClock

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

if os.environ.get("CI") and CHROMIUM is None:
    raise RuntimeError("CI must run the accessibility test: .ci/run installs chromium.")

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed here"),
    pytest.mark.skipif(
        find_spec("playwright") is None or find_spec("axe_playwright_python") is None,
        reason="playwright and axe-playwright-python are not installed (pip install '.[test]')",
    ),
]

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
STRUCTURE_RULES = [
    "heading-order",
    "page-has-heading-one",
    "landmark-one-main",
    "landmark-unique",
    "region",
    "skip-link",
]
"""axe's best-practice rules for what the issue asks beyond the tags: headings in order,
landmarks around all content, a working skip link."""

PAGES = [
    ("regional", "index.html"),
    ("regional", "forlop/angst.html"),
    ("regional", "tjenester/fastlege.html"),
    ("regional", "endringer.html"),
    ("regional", "sok.html?q=angst"),
    ("bergen", "forlop/angst.html"),
    ("voss", "tenester/habu.html"),
]
"""Every page type once, and the local and nynorsk variants of the pathway and service pages."""


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """The demo map published twice (so «what changed» lists something), drafts included."""
    root = tmp_path_factory.mktemp("sites")
    db = root / "demo.sqlite"
    shutil.copy(demo_template, db)
    workspace = Workspace.open(db, clock=DailyClock())
    try:
        publisher = Publisher(workspace)
        publisher.publish("regional", "html", root / "first", author=COORDINATOR)
        for edition in ("regional", "bergen", "voss"):
            publisher.publish(
                edition, "html", root / edition, author=COORDINATOR, include_drafts=True
            )
    finally:
        workspace.close()
    return root


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        yield instance
        instance.close()


def _axe_script() -> str:
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text("utf-8")


def test_every_page_type_passes_axe_wcag21_aa(sites: Path, browser: object) -> None:
    script = _axe_script()
    page = browser.new_page()  # type: ignore[attr-defined]
    failures = []
    for edition, path in PAGES:
        page.goto((sites / edition).as_uri() + "/" + path)
        # Every block open, so the texts inside <details> are checked too.
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        page.add_script_tag(content=script)
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        structure = page.evaluate(
            "rules => axe.run(document, {runOnly: {type: 'rule', values: rules}})",
            STRUCTURE_RULES,
        )
        for violation in result["violations"] + structure["violations"]:
            targets = [n["target"] for n in violation["nodes"][:3]]
            failures.append(f"{edition}/{path}: {violation['id']} {violation['help']} {targets}")
        assert result["passes"], f"axe checked nothing on {edition}/{path}"
    page.close()
    assert failures == []


def test_keyboard_reaches_the_skip_link_first_and_it_moves_to_the_content(
    sites: Path, browser: object
) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto((sites / "regional" / "forlop" / "angst.html").as_uri())
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "innhald"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") in {"A", "SUMMARY"}
    page.close()


def test_pages_reflow_at_400_percent_zoom(sites: Path, browser: object) -> None:
    page = browser.new_page(viewport={"width": 320, "height": 640})  # type: ignore[attr-defined]
    for edition, path in PAGES:
        page.goto((sites / edition).as_uri() + "/" + path)
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{edition}/{path} scrolls sideways at 320 px"
    page.close()


def test_search_finds_texts_from_the_prebuilt_index(sites: Path, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto((sites / "bergen").as_uri() + "/sok.html?q=inntaksteam")
    links = page.locator("#sok-resultat a")
    assert links.count() >= 2
    # Bergen's own introduction names the intake team too, and comes first: it opens the page
    assert links.first.inner_text() == "Angst hos barn og unge – Innledning"
    fastlege = links.filter(has_text="Fastlege")
    assert fastlege.count() == 1
    fastlege.first.click()
    page.wait_for_load_state()  # the page's script opens the block the link points into
    assert page.url.endswith("forlop/angst.html#fastlege-henvisning")
    page.wait_for_function("document.querySelector('#fastlege details').open")
    page.close()
