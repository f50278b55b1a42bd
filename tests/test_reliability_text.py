"""Text layer under hostile input: any nesting depth renders, never raises."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kartedit.text import markdown_html
from kartedit.text.markdown_html import MAX_NESTING, render_markdown

# One level of nesting, as a writer (or an attacker) could type it on one line or by indenting.
_ON_ONE_LINE = ["- ", "* ", "+ ", "1. ", "2) ", "> ", ">"]


@st.composite
def deeply_nested(draw: st.DrawFn) -> str:
    depth = draw(
        st.one_of(st.integers(MAX_NESTING + 1, 100), st.integers(500, 1500), st.just(3000))
    )
    shape = draw(st.sampled_from(["one line", "indented", "quotes by line", "mixed"]))
    if shape == "one line":
        marker = draw(st.sampled_from(_ON_ONE_LINE))
        return marker * depth + "kjerneord"
    if shape == "indented":
        depth = min(depth, 400)  # each level is a line: keep the text a sane size
        marker = draw(st.sampled_from(["- ", "1. ", "* "]))
        return "\n".join(" " * (4 * level) + marker + "ledd" for level in range(depth)) + (
            "\n" + " " * (4 * depth) + "- kjerneord"
        )
    if shape == "quotes by line":
        depth = min(depth, 400)
        return "\n".join(">" * level + " ledd" for level in range(1, depth)) + (
            "\n" + ">" * depth + " kjerneord"
        )
    markers = draw(st.lists(st.sampled_from(_ON_ONE_LINE), min_size=depth, max_size=depth))
    return "".join(markers) + "kjerneord"


@settings(max_examples=60)
@given(deeply_nested())
def test_any_nesting_depth_renders_with_every_word(text: str) -> None:
    html = render_markdown(text)
    assert "kjerneord" in html


@pytest.mark.parametrize("depth", [500, 2000])
def test_deep_emphasis_links_and_code_render(depth: int) -> None:
    for text in (
        "*_" * depth + "kjerneord" + "_*" * depth,
        "[" * depth + "kjerneord" + "]" * depth + "(https://example.org)",
        "`" * depth + "kjerneord" + "`" * depth,
    ):
        assert "kjerneord" in render_markdown(text)


def test_a_text_markdown_cannot_handle_is_shown_as_escaped_plain_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def give_up(text: str) -> str:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(markdown_html._converter, "convert", give_up)
    html = render_markdown("Første <b>avsnitt</b>\nlinje to\n\nAndre avsnitt")
    assert html == ("<p>Første &lt;b&gt;avsnitt&lt;/b&gt;<br>\nlinje to</p>\n<p>Andre avsnitt</p>")


def test_shallow_lists_and_quotes_keep_their_structure() -> None:
    html = render_markdown("- a\n    - b\n        - c\n\n> > sitat")
    assert html.count("<ul>") == 3
    assert html.count("<blockquote>") == 2


def test_a_deep_section_exports_in_a_review_bundle(demo_db: Path, tmp_path: Path) -> None:
    from tests.test_cli_hearing import KARI, ok, start

    deep = tmp_path / "deep.md"
    deep.write_text("- " * 500 + "kjerneord\n", encoding="utf-8")
    ok("save", str(demo_db), "angst", "skole", "role", "-f", str(deep), "-m", "deep", *KARI)
    hearing = start(demo_db)
    bundle = tmp_path / "r.kartbundle"
    ok("bundle", "export", str(demo_db), "--round", hearing, "-o", str(bundle), *KARI)
    assert bundle.stat().st_size > 0
