"""Hostile and wrong .docx files are refused with a specific message and change nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from kartedit.services.response_import import import_responses
from kartedit.services.workspace import Workspace
from tests.response_support import HEARING_TABLES, TEXT_TABLES, table_rows
from tests.word_fixtures import DATA
from tests.word_support import fixture_round, fixture_round_in

REVIEWED = DATA / "reviewed-word.docx"


def _parts() -> dict[str, bytes]:
    with zipfile.ZipFile(REVIEWED) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _write(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _with(path: Path, name: str, data: bytes) -> Path:
    parts = _parts()
    parts[name] = data
    return _write(path, parts)


_ENTITIES = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b'<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b'<w:comment w:id="9" w:author="x"><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:comment>'
    b"</w:comments>"
)
_EXTERNAL = (
    b'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
)


def _bomb(path: Path) -> Path:
    parts = _parts()
    parts["word/document.xml"] = b"<w:document>" + b" " * (30 * 1024 * 1024) + b"</w:document>"
    return _write(path, parts)


def _no_round(path: Path) -> Path:
    parts = _parts()
    del parts["docProps/custom.xml"]
    return _write(path, parts)


CASES = {
    "not a docx": (
        lambda p: (p.write_bytes(b"%PDF-1.7 not a Word document"), p)[1],
        "not a Word document (.docx)",
    ),
    "zip bomb": (_bomb, "is too large"),
    "entity expansion": (
        lambda p: _with(p, "word/comments.xml", _ENTITIES),
        "declares a document type or entities",
    ),
    "external entity": (
        lambda p: _with(p, "word/document.xml", _EXTERNAL),
        "declares a document type or entities",
    ),
    "copied into a new document": (_no_round, "not a kartedit hearing document"),
    "damaged xml": (
        lambda p: _with(p, "word/document.xml", b"<w:document><w:body>"),
        "word/document.xml is damaged XML",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_documents_are_refused_and_change_nothing(
    workspace: Workspace, tmp_path: Path, case: str
) -> None:
    fixture_round(workspace, tmp_path / "hoyring.docx")
    make, message = CASES[case]
    path = make(tmp_path / "svar.docx")
    before = table_rows(workspace.path, *HEARING_TABLES, *TEXT_TABLES)
    [report] = import_responses(workspace, [path]).files
    assert report.refused is not None and message in str(report.refused), report.refused
    assert str(report.refused).startswith(str(path))
    assert table_rows(workspace.path, *HEARING_TABLES, *TEXT_TABLES) == before


def test_a_closed_round_takes_no_new_documents(workspace: Workspace, tmp_path: Path) -> None:
    from kartedit.services.rounds import close_round
    from tests.word_support import KARI

    hearing, _ = fixture_round(workspace, tmp_path / "hoyring.docx")
    close_round(workspace, hearing.id, KARI)
    [report] = import_responses(workspace, [REVIEWED]).files
    assert report.refused is not None and "is closed" in str(report.refused)


def _odt(path: Path) -> Path:
    """What LibreOffice writes when a reviewer keeps its own format (or renames it .docx)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return path


SAVED_WRONG = {
    "svar.odt": (_odt, "a LibreOffice document (.odt)", "eit LibreOffice-dokument (.odt)"),
    "svar-odt.docx": (_odt, "a LibreOffice document (.odt)", "eit LibreOffice-dokument (.odt)"),
    "svar.doc": (
        lambda p: (p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)), p)[1],
        "saved in an old Word format (.doc or .rtf)",
        "lagra i eit gammalt Word-format (.doc eller .rtf)",
    ),
    "svar.rtf": (
        lambda p: (p.write_bytes(b"{\\rtf1\\ansi Svar}"), p)[1],
        "saved in an old Word format (.doc or .rtf)",
        "lagra i eit gammalt Word-format (.doc eller .rtf)",
    ),
    "svar-avbrote.docx": (
        lambda p: (p.write_bytes(REVIEWED.read_bytes()[:9000]), p)[1],
        "the Word document is damaged or incomplete",
        "Word-dokumentet er skadd eller ufullstendig",
    ),
    "svar-tom.docx": (
        lambda p: (p.write_bytes(b""), p)[1],
        "the file is empty",
        "fila er tom",
    ),
}


@pytest.mark.parametrize("name", sorted(SAVED_WRONG))
def test_a_file_saved_in_another_format_or_cut_off_is_named_for_what_it_is(
    workspace: Workspace, tmp_path: Path, name: str
) -> None:
    """Not «manifest.json is missing» or «not a kartedit bundle»: what the reviewer sent and
    what to ask of them."""
    fixture_round(workspace, tmp_path / "hoyring.docx")
    make, message, _ = SAVED_WRONG[name]
    path = make(tmp_path / name)
    before = table_rows(workspace.path, *HEARING_TABLES, *TEXT_TABLES)
    [report] = import_responses(workspace, [path]).files
    assert report.refused is not None and message in str(report.refused), report.refused
    assert "bundle" not in str(report.refused)
    assert table_rows(workspace.path, *HEARING_TABLES, *TEXT_TABLES) == before


def test_one_batch_names_each_wrong_file_in_nynorsk_and_imports_the_good_one(
    demo_db: Path, tmp_path: Path
) -> None:
    from tests.cli_support import kartedit

    fixture_round_in(demo_db, tmp_path / "hoyring.docx")
    wrong = [make(tmp_path / name) for name, (make, _, _) in sorted(SAVED_WRONG.items())]
    code, out, err = kartedit(
        "--language", "nn", "bundle", "import", str(demo_db), *map(str, wrong), str(REVIEWED)
    )
    assert code == 1 and "vart avviste" in err
    lines = out.splitlines()
    for name, (_, _, nynorsk) in SAVED_WRONG.items():
        [line] = [x for x in lines if x.startswith(f"{tmp_path / name}:")]
        assert nynorsk in line, line
    [good] = [x for x in lines if x.startswith(f"{REVIEWED}: Ola Nordmann")]
    # counts as «label: number», which needs no agreement: «1 nye» was wrong nynorsk
    assert good.endswith(
        "om «Høring angst 2027»: nye: 7, fanst frå før: 0, oppdaterte: 0; "
        "forankra på nytt (flytta): 0, foreldrelause: 0"
    ), good
    assert lines[-1] == f"Importerte 1 av {len(wrong) + 1} filer; {len(wrong)} avviste."
