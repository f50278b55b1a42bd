"""Text layer: Markdown preview and exports show formatting but never run or load anything."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from kartedit.text.markdown_html import render_markdown, sanitize_html


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def tag_names(html: str) -> set[str]:
    return {tag for tag, _ in tags_of(html)}


def all_attributes(html: str) -> set[str]:
    return {name for _, attrs in tags_of(html) for name in attrs}


SECTION = """\
## Kartlegging

Helsesjukepleiaren har **samtale** med barnet og *foreldra*.

- Bruk kartleggingsskjema
- Avtal oppfølging

1. Samtale
2. Tilvising

| Teneste | Ansvar |
|---|---|
| Fastlege | Tilvising til BUP |

Les meir på [Helsenorge](https://www.helsenorge.no/psykisk-helse/).
"""


def test_keeps_headings_lists_tables_emphasis_and_https_links() -> None:
    html = render_markdown(SECTION)

    assert {"h2", "strong", "em", "ul", "ol", "li", "table", "th", "td"} <= tag_names(html)
    assert "<strong>samtale</strong>" in html
    assert "<td>Tilvising til BUP</td>" in html
    links = [attrs for tag, attrs in tags_of(html) if tag == "a"]
    assert links == [
        {"href": "https://www.helsenorge.no/psykisk-helse/", "rel": "noopener noreferrer"}
    ]


@pytest.mark.parametrize(
    "markdown",
    [
        "Hei <script>alert('hacka')</script> der",
        "<script>document.location='https://evil.example'</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    ],
)
def test_script_never_survives(markdown: str) -> None:
    html = render_markdown(markdown)

    assert "script" not in tag_names(html)
    assert "<script" not in html.lower()


@pytest.mark.parametrize(
    "link",
    [
        "[Klikk her](javascript:alert(1))",
        "[Klikk her](JaVaScRiPt:alert(1))",
        "[Klikk her](data:text/html;base64,PHNjcmlwdD4=)",
        "[Klikk her](vbscript:msgbox)",
    ],
)
def test_unsafe_link_schemes_are_removed_but_link_text_stays(link: str) -> None:
    html = render_markdown(link)

    assert "Klikk her" in html
    hrefs = [attrs.get("href") for tag, attrs in tags_of(html) if tag == "a"]
    assert hrefs in ([], [None])
    assert "javascript:" not in html.lower()
    assert "data:" not in html.lower()


def test_mailto_and_http_links_are_kept() -> None:
    html = render_markdown("Skriv til <post@kommune.no> eller sjå [BUP](http://bup.example.no).")

    hrefs = {attrs.get("href") for tag, attrs in tags_of(html) if tag == "a"}
    assert hrefs == {"mailto:post@kommune.no", "http://bup.example.no"}


def test_raw_html_in_the_text_is_shown_as_text_not_markup() -> None:
    html = render_markdown('Sjå <img src="https://evil.example/spor.png" onerror="alert(1)">')

    assert "img" not in tag_names(html)
    assert not any(name.startswith("on") for name in all_attributes(html))


def test_markdown_images_show_their_description_and_load_nothing() -> None:
    html = render_markdown("Flytskjema: ![Forløp for angst](http://evil.example/kart.png)")

    assert "img" not in tag_names(html)
    assert "evil.example" not in html
    assert "Forløp for angst" in html


@pytest.mark.parametrize(
    ("dirty", "banned_tag"),
    [
        ('<img src="http://evil.example/x.png">', "img"),
        ('<iframe src="https://evil.example"></iframe>', "iframe"),
        ("<style>body{background:url(http://evil.example)}</style>", "style"),
        ("<script>alert(1)</script>", "script"),
        ('<object data="https://evil.example/x.swf"></object>', "object"),
    ],
)
def test_sanitiser_drops_remote_content_and_code(dirty: str, banned_tag: str) -> None:
    clean = sanitize_html(f"<p>Tekst {dirty} slutt</p>")

    assert banned_tag not in tag_names(clean)
    assert "evil.example" not in clean
    assert "Tekst" in clean
    assert "slutt" in clean


def test_sanitiser_drops_event_handlers_and_styles() -> None:
    clean = sanitize_html(
        '<p onclick="steal()" style="position:fixed"><b onmouseover="x()">Viktig</b></p>'
    )

    assert clean == "<p><b>Viktig</b></p>"


def test_sanitiser_forces_safe_rel_on_links() -> None:
    clean = sanitize_html('<a href="https://x.no" rel="opener" target="_blank">lenke</a>')

    assert clean == '<a href="https://x.no" rel="noopener noreferrer">lenke</a>'


def test_converter_state_does_not_leak_between_renders() -> None:
    first = render_markdown("[BUP][bup]\n\n[bup]: https://bup.example.no")
    second = render_markdown("[BUP][bup]")

    assert 'href="https://bup.example.no"' in first
    assert "href" not in second


def test_less_than_in_prose_is_escaped() -> None:
    assert render_markdown("Barn < 12 år & foreldra") == "<p>Barn &lt; 12 år &amp; foreldra</p>"


def test_a_list_right_under_its_lead_in_line_is_a_list() -> None:
    html = render_markdown("**Somatisk**\nVurder ut fra:\n- hypertyreose\n- astma\n")
    assert "<ul>" in html and "<li>hypertyreose</li>" in html
    assert "Vurder ut fra:</p>" in html
