"""Benchmark: the text quality check, each figure a ratio measured in the same run.

1. Typing in a section of 3,000 characters: keystroke-to-paint (the key event, the
   re-highlighted block and a synchronous repaint of the editor) with checking on and off;
   p95 must stay under one frame at 60 Hz (16.7 ms).
2. Checking the whole region-scale map (20 pathways × 16 services × 6 sections, the demo's
   texts with a sentence of their own each) against only looking every word of it up in the
   edition's dictionary.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/quality.py [--keystrokes N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kartedit.bundle.folder import read_folder
from kartedit.domain.content import MapContent, RevisionRecord, SectionRecord
from kartedit.domain.model import REGIONAL, EditionInfo, EditionKind, PathwayInfo, ServiceInfo
from kartedit.domain.sections import SERVICE_KINDS, SectionKind, SectionRef
from kartedit.services.quality import QualityChecker
from kartedit.services.workspace import Workspace
from kartedit.store.bulk import import_content
from kartedit.text.spelling import Dictionaries, Lexicon, Loaded, load_dictionaries
from kartedit.text.tokens import prose_lines, words

FRAME_MS = 1000 / 60
DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo"
TYPED = " Helsesykepleier kan også tilby samtaler til foresatte når barnet er redd."


def _demo() -> MapContent:
    return read_folder(DEMO)


def _fresh(loaded: Loaded) -> Loaded:
    """The same Hunspell dictionaries with empty caches: nothing learnt from an earlier run."""
    assert loaded.dictionaries is not None
    nb, nn = loaded.dictionaries.nb, loaded.dictionaries.nn
    return Loaded(Dictionaries(Lexicon(nb.dictionary), Lexicon(nn.dictionary)))


# -- typing ---------------------------------------------------------------------------------


def _section_text(demo: MapContent) -> str:
    texts = [s.revisions[-1].text for s in demo.sections if s.edition == REGIONAL]
    text = ""
    for piece in texts:
        if len(text) >= 3000:
            break
        text += piece + "\n"
    return text[:3000]


def _keystrokes(keystrokes: int, checking: bool, loaded: Loaded, demo: MapContent) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    from kartedit.gui.writer.editor import MarkdownEdit
    from kartedit.text.checker import TextChecker

    editor = MarkdownEdit()
    editor.resize(900, 700)
    editor.show()
    editor.setPlainText(_section_text(demo))
    if checking:
        editor.set_checker(TextChecker("nb", demo.quality, _fresh(loaded).dictionaries))
    cursor = editor.textCursor()
    cursor.setPosition(len(editor.toPlainText()) // 2)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.viewport().repaint()
    times = []
    for index in range(keystrokes):
        char = TYPED[index % len(TYPED)]
        started = time.perf_counter()
        if char == " ":
            QTest.keyClick(editor, Qt.Key.Key_Space)
        else:
            QTest.keyClicks(editor, char)
        editor.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
    editor.close()
    return times


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


# -- the whole map --------------------------------------------------------------------------


def _region(demo: MapContent) -> MapContent:
    """20 × 16 × 6 regional sections: the demo's texts of each kind, each with its own line."""
    by_kind: dict[SectionKind, list[str]] = {kind: [] for kind in SectionKind}
    for section in demo.sections:
        if section.edition == REGIONAL:
            by_kind[section.ref.kind].append(section.revisions[-1].text)
    author = demo.sections[0].revisions[-1].author
    created = demo.sections[0].revisions[-1].created
    names = [s.name for s in demo.services]
    services = tuple(
        ServiceInfo(f"teneste-{i:02d}", f"{names[i % len(names)]} {i}") for i in range(16)
    )
    pathways = tuple(PathwayInfo(f"forlop-{i:02d}", f"Forløp {i}", services) for i in range(20))
    sections = []
    counter = 0
    for p, pathway in enumerate(pathways):
        for s, service in enumerate(services):
            for kind in SERVICE_KINDS:
                texts = by_kind[kind]
                counter += 1
                text = (
                    f"Dette gjelder {pathway.name.lower()} og tjeneste nummer {s + 1}.\n\n"
                    + texts[(p * 16 + s) % len(texts)]
                )
                revision = RevisionRecord(f"{counter:032x}", author, created, text)
                sections.append(
                    SectionRecord(
                        SectionRef(pathway.slug, service.slug, kind),
                        REGIONAL,
                        demo.sections[0].status,
                        (revision,),
                    )
                )
    return MapContent(
        demo.map,
        services,
        pathways,
        (EditionInfo(REGIONAL, "Regional tekst", EditionKind.REGIONAL),),
        tuple(sections),
        quality=demo.quality,
    )


def _lookups_only(workspace: Workspace, loaded: Loaded) -> tuple[float, int]:
    from kartedit.store.quality import current_texts

    assert loaded.dictionaries is not None
    lexicon = loaded.dictionaries.nb
    started = time.perf_counter()
    with workspace.database.reading() as session:
        texts = current_texts(session)
    count = 0
    for item in texts:
        for _, line in prose_lines(item.text):
            for token in words(line):
                lexicon.lookup(token.text)
                count += 1
    return time.perf_counter() - started, count


def _whole_check(workspace: Workspace, loaded: Loaded) -> tuple[float, int]:
    started = time.perf_counter()
    report = QualityChecker(workspace, _fresh(loaded)).check()
    return time.perf_counter() - started, len(report.findings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keystrokes", type=int, default=300)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    loaded = load_dictionaries()
    if loaded.dictionaries is None:
        sys.exit(f"Spelling is unavailable: {loaded.problem}")
    demo = _demo()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    off = _keystrokes(args.keystrokes, False, loaded, demo)
    on = _keystrokes(args.keystrokes, True, loaded, demo)
    del app
    print(f"typing in a section of 3,000 characters, {args.keystrokes} keystrokes each")
    print(f"{'':20} {'p50 ms':>8} {'p95 ms':>8}")
    for name, values in (("checking off", off), ("checking on", on)):
        print(f"{name:20} {statistics.median(values):8.2f} {_p95(values):8.2f}")
    verdict = "under" if _p95(on) < FRAME_MS else "OVER"
    print(
        f"p95 ratio on/off {_p95(on) / _p95(off):.2f}; p95 with checking {verdict} one "
        f"frame at 60 Hz ({FRAME_MS:.1f} ms)"
    )

    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.create(Path(folder) / "region.sqlite")
        with workspace.database.transaction() as session:
            import_content(session, _region(demo))
        lookups, words_seen = _lookups_only(workspace, loaded)
        checked, findings = _whole_check(workspace, loaded)
        workspace.close()
    print(f"whole region-scale map (20 × 16 × 6 = 1,920 sections, {words_seen:,} words)")
    print(f"{'only dictionary lookups':28} {lookups:8.2f} s")
    print(f"{'whole check':28} {checked:8.2f} s   ({findings:,} findings)")
    print(f"ratio {checked / lookups:.2f} (must stay under 3)")


if __name__ == "__main__":
    main()
