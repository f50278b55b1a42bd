"""The command line for hearing rounds, bundles and reviewers: the whole cycle and bad input."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from kartedit.cli.formatting import clean
from tests.cli_support import fails, kartedit, ok

KARI = ["--author", "Kari Koordinator (Helse Bergen)"]
OLA = ["--reviewer", "Ola Nordmann (PPT Voss)", "--role", "rådgjevar"]
ROLE = "angst/fastlege/role"


def start(db: Path, *extra: str) -> str:
    out = ok(
        "round", "start", str(db), "--name", "Høring angst 2027", "--deadline", "2027-01-15",
        *KARI, *extra,
    )  # fmt: skip
    return out.split("\t")[0]


@pytest.mark.parametrize(
    "command",
    [
        ("round", "start"), ("round", "list"), ("round", "close"),
        ("bundle", "export"), ("bundle", "info"), ("bundle", "validate"),
        ("review", "comment"), ("review", "reply"), ("review", "edit"),
        ("review", "delete"), ("review", "list"), ("review", "export"),
    ],
)  # fmt: skip
def test_every_command_has_help(command: tuple[str, str]) -> None:
    code, out, _ = kartedit(*command, "--help")
    assert code == 0 and "usage: kartedit" in out


@pytest.mark.parametrize(
    "args",
    [
        ("round",),
        ("round", "begin", "db"),
        ("round", "start", "db", "--deadline", "2027-01-15"),
        ("bundle", "export", "db", "--round", "x"),
        ("review", "comment", "f.kartbundle", "--quote", "x", "--text", "y"),
        ("review", "comment", "f.kartbundle", "--section", ROLE, "--quote", "x",
         "--occurrence", "to"),
    ],
)  # fmt: skip
def test_bad_usage_exits_2(args: tuple[str, ...]) -> None:
    assert kartedit(*args)[0] == 2


def test_a_round_of_one_section_is_counted_as_one_in_nb_and_nn(
    demo_db: Path, tmp_path: Path
) -> None:
    """«1 seksjonar» is wrong in every language: the count takes the singular."""
    round_id = start(demo_db, "--section", ROLE)
    review = tmp_path / "ein.kartbundle"
    out = ok("--language", "nn", "bundle", "export", str(demo_db), "--round", round_id,
             "-o", str(review), *KARI)  # fmt: skip
    assert f"Skreiv høyringspakken {review}: 1 seksjon frå «Høring angst 2027»" in out
    assert ok("--language", "nb", "bundle", "validate", str(review)) == (
        f"{review}: en gyldig høringspakke (1 seksjon).\n"
    )
    assert ok("bundle", "validate", str(review)).endswith("a valid review bundle (1 section).\n")


def test_the_whole_cycle_on_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    db = str(demo_db)
    first = start(demo_db, "--pathway", "angst", "--service", "fastlege", "--service", "bup")
    second = start(demo_db, "--pathway", "depresjon", "--edition", "voss", "--name", "Voss")
    listed = ok("round", "list", db).splitlines()
    assert [line.split("\t")[0] for line in listed] == [second, first]
    assert listed[1].split("\t")[1:4] == ["open", "deadline 15.01.2027", "regional"]

    review = tmp_path / "runde.kartbundle"
    out = ok("bundle", "export", db, "--round", first[:6], "-o", str(review), *KARI)
    assert "12 sections" in out
    info = dict(line.split(":\t", 1) for line in ok("bundle", "info", str(review)).splitlines())
    assert info["kind"] == "review" and info["round"] == f"Høring angst 2027 ({first})"
    assert info["sections"] == "12" and info["made by"] == "Kari Koordinator (Helse Bergen)"
    assert ok("bundle", "validate", str(review)).endswith("a valid review bundle (12 sections).\n")

    comment = ok(
        "review", "comment", str(review), "--section", ROLE,
        "--quote", "portåpner til spesialisthelsetjenesten", "--text", "Nemn BUP.", *OLA,
    ).split("\t")[0]  # fmt: skip
    suggestion = ok(
        "review", "comment", str(review), "--section", ROLE, "--quote", "og",
        "--occurrence", "2", "--suggest", "samt", *OLA,
    ).split("\t")[0]  # fmt: skip
    reply = ok("review", "reply", str(review), "--to", comment[:8], "--text", "Einig.", *OLA)
    reply_id = reply.split("\t")[0]
    assert reply.strip().endswith(f"replied to {comment}")
    ok("review", "edit", str(review), suggestion, "--suggest", "samt òg", "--text", "Betre.")

    rows = [line.split("\t") for line in ok("review", "list", str(review)).splitlines()]
    assert [r[0] for r in rows] == [comment, reply_id, suggestion]
    assert rows[0][1:] == [
        "comment", ROLE, "Ola Nordmann (PPT Voss), rådgjevar",
        "«portåpner til spesialisthelsetjenesten»", "Nemn BUP.",
    ]  # fmt: skip
    assert rows[1][1] == f"reply to {comment}"
    assert rows[2][1] == "suggestion" and rows[2][5] == "→ «samt òg» Betre."

    response = tmp_path / "svar.kartbundle"
    out = ok("review", "export", str(review), "-o", str(response), *OLA)
    assert "1 comment, 1 suggestion, 1 reply" in out
    assert ok("bundle", "validate", str(response), str(review)).count("a valid") == 2
    info = dict(line.split(":\t", 1) for line in ok("bundle", "info", str(response)).splitlines())
    assert info["kind"] == "response" and info["reviewer"] == "Ola Nordmann (PPT Voss), rådgjevar"
    assert (info["comments"], info["suggestions"], info["replies"]) == ("1", "1", "1")
    with zipfile.ZipFile(response) as archive:
        saved = json.loads(archive.read("comments.json"))["comments"]
    assert [c["id"] for c in saved] == [comment, suggestion, reply_id]
    assert saved[1]["replacement"] == "samt òg" and saved[1]["anchor"]["quote"] == "og"

    assert (
        ok("review", "delete", str(review), comment).strip() == f"{comment}\tdeleted with 1 reply"
    )
    assert [r.split("\t")[0] for r in ok("review", "list", str(review)).splitlines()] == [
        suggestion
    ]

    assert ok("round", "close", db, first, *KARI).strip() == f"{first}\tclosed «Høring angst 2027»"
    assert ok("round", "list", db).splitlines()[1].split("\t")[1] == "closed"
    assert "is closed" in fails("bundle", "export", db, "--round", first, "-o", str(review))


def test_bad_rounds_on_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    db = str(demo_db)
    assert kartedit("round", "list", db) == (0, "", "No hearing rounds yet.\n")
    base = ("round", "start", db, "--name", "R", *KARI)
    assert "YYYY-MM-DD" in fails(*base, "--deadline", "15.01.2027")
    assert "already passed" in fails(*base, "--deadline", "2001-01-01")
    assert "No pathway «tannhelse»" in fails(
        *base, "--deadline", "2027-01-15", "--pathway", "tannhelse"
    )
    assert "not a section" in fails(*base, "--deadline", "2027-01-15", "--section", "angst/bup")
    assert "--author" in fails("round", "start", db, "--name", "R", "--deadline", "2027-01-15")
    assert "No hearing round «abcdef»" in fails("round", "close", db, "abcdef", *KARI)
    hearing = start(demo_db)
    assert "already in the open round" in fails(*base, "--deadline", "2027-01-15")
    ok("round", "close", db, hearing, *KARI)
    assert "already closed" in fails("round", "close", db, hearing, *KARI)
    assert "no such database" in fails("round", "list", str(tmp_path / "none.sqlite"))


def test_bad_bundles_and_reviews_on_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    db = str(demo_db)
    hearing = start(demo_db, "--pathway", "angst", "--service", "fastlege")
    review = tmp_path / "r.kartbundle"
    assert "no such folder" in fails(
        "bundle", "export", db, "--round", hearing, "-o", str(tmp_path / "nowhere" / "r.kartbundle")
    )
    ok("bundle", "export", db, "--round", hearing, "-o", str(review))

    missing = tmp_path / "borte.kartbundle"
    code, out, err = kartedit("bundle", "validate", str(missing))
    assert (code, out) == (1, "") and "no such file" in err
    assert "no such file" in fails("bundle", "info", str(missing))
    assert "is a folder" in fails("review", "list", str(tmp_path))

    base = ("review", "comment", str(review), "--section", ROLE, *OLA)
    assert "does not occur" in fails(*base, "--quote", "tannlege", "--text", "x")
    assert "--occurrence" in fails(*base, "--quote", "og", "--text", "x")
    assert "Give the comment with --text" in fails(*base, "--quote", "hodepine")
    assert "no section angst/bup/role" in fails(
        "review", "comment", str(review), "--section", "angst/bup/role", "--quote", "x",
        "--text", "y", *OLA,
    )  # fmt: skip
    assert "--reviewer" in fails(
        "review", "comment", str(review), "--section", ROLE, "--quote", "hodepine", "--text", "x"
    )
    assert "No comment «abcd»" in fails(
        "review", "reply", str(review), "--to", "abcd", "--text", "x", *OLA
    )
    assert "Give the new text" in fails("review", "edit", str(review), "abcd")
    assert "the review bundle itself" in fails(
        "review", "export", str(review), "-o", str(review), *OLA
    )
    assert kartedit("review", "list", str(review)) == (0, "", "No comments yet.\n")


def test_bundle_export_without_identity_names_the_round_starter(
    demo_db: Path, tmp_path: Path
) -> None:
    hearing = start(demo_db)
    ok("bundle", "export", str(demo_db), "--round", hearing, "-o", str(tmp_path / "r.kartbundle"))
    info = ok("bundle", "info", str(tmp_path / "r.kartbundle"))
    assert "made by:\tKari Koordinator (Helse Bergen)" in info


def test_untrusted_text_cannot_drive_the_terminal(demo_db: Path, tmp_path: Path) -> None:
    hearing = ok(
        "round", "start", str(demo_db), "--name", "Runde\x1b[2J\x1b]0;pwned\x07\nto",
        "--deadline", "2027-01-15", *KARI,
    ).split("\t")[0]  # fmt: skip
    ok("bundle", "export", str(demo_db), "--round", hearing, "-o", str(tmp_path / "r.kartbundle"))
    for out in (
        ok("round", "list", str(demo_db)),
        ok("bundle", "info", str(tmp_path / "r.kartbundle")),
    ):
        assert "\x1b" not in out and "\x07" not in out
    assert clean("a\tb\n\x1b[31mc\u2028d", 8) == "a b [31…"
