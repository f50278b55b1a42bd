"""GUI tests: the window's parts on their own — tree model, highlighter, preview, status bar."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QLabel

from kartedit.domain.model import PathwayInfo, SectionState, ServiceInfo
from kartedit.domain.sections import PATHWAY_KINDS, SERVICE_KINDS, SectionKind, SectionRef, Status
from kartedit.gui.common.labels import kind_label, state_summary
from kartedit.gui.writer.map_model import STATUS_COLUMN, MapTreeModel, Node
from kartedit.gui.writer.map_tree import MapTree
from kartedit.gui.writer.markdown_highlighter import MarkdownHighlighter
from kartedit.gui.writer.preview import PreviewPane
from kartedit.gui.writer.status_bar import ReadabilityIndicator

PATHWAYS = [PathwayInfo("angst", "Angst hos barn og unge"), PathwayInfo("adhd", "ADHD")]
SERVICES = [ServiceInfo("fastlege", "Fastlege"), ServiceInfo("bup", "BUP")]


def states(pathway: str = "angst") -> list[SectionState]:
    result = []
    for service in SERVICES:
        for kind in SERVICE_KINDS:
            ref = SectionRef(pathway, service.slug, kind)
            stale = service.slug == "bup" and kind is SectionKind.REFERRAL
            result.append(SectionState(ref, Status.DRAFT, overridden=stale, stale=stale))
    return result


def test_tree_model_passes_the_model_tester(qapp, qtmodeltester) -> None:
    model = MapTreeModel()
    model.set_pathways(PATHWAYS, local_edition=True)
    qtmodeltester.check(model)
    model.fill_pathway("angst", SERVICES, states())
    qtmodeltester.check(model)


def test_tree_model_puts_the_six_kinds_in_their_fixed_order(qapp) -> None:
    model = MapTreeModel()
    model.set_pathways(PATHWAYS, local_edition=False)
    assert model.rowCount() == 2
    assert model.node(model.index(0, 0)) is Node.PATHWAY
    assert not model.is_loaded("angst")
    model.fill_pathway("angst", SERVICES, states())
    pathway = model.index(0, 0)
    # the pathway's own texts open it, before its services
    own = [model.index(row, 0, pathway) for row in range(2)]
    assert [i.data() for i in own] == [kind_label(k) for k in PATHWAY_KINDS]
    assert [model.ref_at(i) for i in own] == [
        SectionRef.of_pathway("angst", k) for k in PATHWAY_KINDS
    ]
    service = model.index(2, 0, pathway)
    assert service.data() == "Fastlege"
    assert model.node(service) is Node.SERVICE
    kinds = [model.index(row, 0, service).data() for row in range(model.rowCount(service))]
    assert kinds == [kind_label(k) for k in SERVICE_KINDS]
    assert model.is_loaded("angst")
    assert not model.is_loaded("adhd")


def test_tree_loads_a_pathway_once_when_it_is_opened(qtbot) -> None:
    calls: list[str] = []

    def services(pathway: str) -> list[ServiceInfo]:
        calls.append(f"services {pathway}")
        return SERVICES

    def section_states(pathway: str) -> list[SectionState]:
        calls.append(f"states {pathway}")
        return states(pathway)

    tree = MapTree(services, section_states)
    qtbot.addWidget(tree)
    tree.set_pathways(PATHWAYS, local_edition=False)
    assert calls == []
    tree.view.expand(tree.model.pathway_index("angst"))
    assert calls == ["services angst", "states angst"]
    tree.view.collapse(tree.model.pathway_index("angst"))
    tree.view.expand(tree.model.pathway_index("angst"))
    ref = SectionRef("angst", "bup", SectionKind.ROLE)
    with qtbot.waitSignal(tree.section_chosen) as chosen:
        tree.view.setCurrentIndex(tree.model.index_of(ref))
    assert chosen.args == [ref]
    assert calls == ["services angst", "states angst"]


def test_stale_and_local_are_said_in_words_not_only_colour(qapp) -> None:
    model = MapTreeModel()
    model.set_pathways(PATHWAYS, local_edition=True)
    model.set_local_edition(True)
    model.fill_pathway("angst", SERVICES, states())
    stale = model.index_of(SectionRef("angst", "bup", SectionKind.REFERRAL))
    text = stale.siblingAtColumn(STATUS_COLUMN).data()
    assert text == "Draft · local · stale"
    assert not stale.siblingAtColumn(STATUS_COLUMN).data(Qt.ItemDataRole.DecorationRole).isNull()
    inherited = model.index_of(SectionRef("angst", "bup", SectionKind.ROLE))
    assert "Inherited" in inherited.data(Qt.ItemDataRole.ToolTipRole)
    assert "Inherited" in inherited.data(Qt.ItemDataRole.AccessibleTextRole)


def test_state_summary_in_the_regional_edition_is_the_status_alone(qapp) -> None:
    ref = SectionRef("angst", "bup", SectionKind.ROLE)
    assert state_summary(SectionState(ref, Status.APPROVED), False) == "Approved"
    assert state_summary(SectionState(ref, Status.IN_HEARING), False) == "In hearing"


def formats_at(document: QTextDocument, block: int) -> list[tuple[int, int, QFont.Weight, bool]]:
    layout = document.findBlockByNumber(block).layout()
    return [
        (r.start, r.length, r.format.fontWeight(), r.format.fontItalic()) for r in layout.formats()
    ]


def test_highlighter_marks_headings_lists_emphasis_and_links(qtbot) -> None:
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document)
    document.setPlainText(
        "## Overskrift\n- punkt med **sterk** tekst\nEin *viktig* [lenkje](https://nav.no)\n"
    )
    highlighter.rehighlight()
    heading = formats_at(document, 0)
    assert heading and heading[0][:2] == (0, len("## Overskrift"))
    assert heading[0][2] == QFont.Weight.Bold
    listed = formats_at(document, 1)
    assert (0, 1) in [(s, n) for s, n, _, _ in listed]  # the list marker
    assert any(w == QFont.Weight.Bold and n == len("**sterk**") for _, n, w, _ in listed)
    inline = formats_at(document, 2)
    assert any(italic and n == len("*viktig*") for _, n, _, italic in inline)
    assert any(n == len("lenkje") for _, n, _, _ in inline)


def test_preview_never_navigates_by_itself(qtbot) -> None:
    preview = PreviewPane()
    qtbot.addWidget(preview)
    assert not preview.openExternalLinks()
    assert not preview.openLinks()
    preview.show_markdown("![bilde](http://evil.example/x.png) [x](javascript:alert(1))")
    assert "evil.example" not in preview.html
    assert "<img" not in preview.html
    assert "javascript" not in preview.html


def test_status_bar_shows_characters_words_and_lix_band(qtbot) -> None:
    indicator = ReadabilityIndicator()
    qtbot.addWidget(indicator)
    indicator.show_text("Barnet har vondt i magen. Fastlegen undersøker barnet grundig.")
    assert indicator.characters.text().startswith("62")
    assert indicator.words.text().startswith("9 ")
    assert indicator.lix.text().startswith("LIX ")
    assert "(" in indicator.lix.text()
    indicator.show_text("")
    assert indicator.lix.text() == "LIX –"


def test_the_qt_binding_does_not_leak_references_to_none(qapp) -> None:
    """PySide6 6.12.0 on Python 3.11 drops one reference to None on every call that returns
    nothing; after a few thousand calls (minutes of typing) Python aborts with
    «none_dealloc». 6.11.3 is sound: the dependency must exclude 6.12.0."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    lost = before - sys.getrefcount(None)
    assert lost < 50, f"PySide6 {PySide6.__version__} lost {lost} references to None"
