"""The command line: every command, its exit codes, and its messages for bad input."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kartedit import __version__
from kartedit.services.settings import Settings, save_settings
from tests.cli_support import kartedit

AUTHOR = ["--author", "Kari Nordmann (Voss herad)"]


def test_version() -> None:
    code, out, _ = kartedit("--version")
    assert (code, out.strip()) == (0, f"kartedit {__version__}")


@pytest.mark.parametrize(
    "command",
    ["init", "import-folder", "export-folder", "show", "save", "history", "search"],
)
def test_every_command_has_help(command: str) -> None:
    code, out, _ = kartedit(command, "--help")
    assert code == 0
    assert "usage: kartedit" in out


def test_bad_usage_exits_2() -> None:
    code, _, err = kartedit("show", "only-a-db")
    assert code == 2
    assert "required" in err


def test_init_demo_then_search_show_history(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite"
    code, out, _ = kartedit("init", str(db), "--demo")
    assert code == 0 and "demo map" in out

    code, out, _ = kartedit("search", str(db), "angst")
    lines = out.splitlines()
    assert code == 0 and len(lines) > 10
    pathway, _service, kind, snippet = lines[0].split("\t")
    assert pathway == "angst" and kind in {
        "role",
        "assessment",
        "intervention",
        "evaluation",
        "collaboration",
        "referral",
    }
    assert "[" in snippet

    code, out, _ = kartedit("show", str(db), "angst", "fastlege", "referral", "--edition", "bergen")
    assert code == 0 and "inntaksteam" in out

    code, out, _ = kartedit("history", str(db), "angst", "fastlege", "referral")
    assert code == 0
    assert [line.split("\t")[0] for line in out.splitlines()] == ["3", "2", "1"]
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_init_empty_and_refuse_to_overwrite(tmp_path: Path) -> None:
    db = tmp_path / "e.sqlite"
    assert kartedit("init", str(db))[0] == 0
    code, _, err = kartedit("init", str(db))
    assert code == 1 and "already exists" in err
    code, _, err = kartedit("search", str(db), "angst")
    assert code == 1 and "holds no map yet" in err


def test_save_from_stdin_and_file_and_unchanged(tmp_path: Path, demo_db: Path) -> None:
    db = str(demo_db)
    code, out, _ = kartedit(
        "save",
        db,
        "angst",
        "skole",
        "role",
        "-m",
        "Kortare",
        *AUTHOR,
        stdin="Skolen ser eleven kvar dag.\n",
    )
    assert code == 0 and "saved revision 2" in out
    code, out, _ = kartedit(
        "save", db, "angst", "skole", "role", *AUTHOR, stdin="Skolen ser eleven kvar dag.\n"
    )
    assert code == 0 and "unchanged" in out

    text_file = tmp_path / "lokal.md"
    text_file.write_text("Voss har eigen skulehelseteneste.\n", encoding="utf-8")
    code, out, _ = kartedit(
        "save", db, "angst", "skole", "role", "--edition", "voss", "--file", str(text_file), *AUTHOR
    )
    assert code == 0
    assert kartedit("show", db, "angst", "skole", "role", "--edition", "voss")[1] == (
        "Voss har eigen skulehelseteneste.\n"
    )
    assert kartedit("show", db, "angst", "skole", "role")[1] == "Skolen ser eleven kvar dag.\n"
    code, out, _ = kartedit("history", db, "angst", "skole", "role")
    first = out.splitlines()[0].split("\t")
    assert first[0] == "2" and first[2] == "Kari Nordmann (Voss herad)" and first[4] == "Kortare"


def test_author_comes_from_settings_or_is_asked_for(demo_db: Path) -> None:
    db = str(demo_db)
    code, _, err = kartedit("save", db, "angst", "skole", "role", stdin="x\n")
    assert code == 1 and "--author" in err
    save_settings(Settings(author_name="Ola Nordmann", author_organisation="Bergen kommune"))
    assert kartedit("save", db, "angst", "skole", "role", stdin="Tekst.\n")[0] == 0
    out = kartedit("history", db, "angst", "skole", "role")[1]
    assert "Ola Nordmann (Bergen kommune)" in out.splitlines()[0]


def test_folder_round_trip_on_the_command_line(tmp_path: Path, demo_db: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert kartedit("export-folder", str(demo_db), str(first))[0] == 0
    assert kartedit("init", str(tmp_path / "copy.sqlite"))[0] == 0
    code, out, _ = kartedit("import-folder", str(tmp_path / "copy.sqlite"), str(first))
    assert code == 0 and "Imported 165 revisions" in out
    assert kartedit("export-folder", str(tmp_path / "copy.sqlite"), str(second))[0] == 0
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for relative in files:
        assert (first / relative).read_bytes() == (second / relative).read_bytes()


def test_bad_databases_get_specific_messages(tmp_path: Path, demo_db: Path) -> None:
    missing = tmp_path / "nothing.sqlite"
    code, _, err = kartedit("show", str(missing), "angst", "fastlege", "role")
    assert code == 1 and "no such database" in err and str(missing) in err

    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello", encoding="utf-8")
    code, _, err = kartedit("show", str(text_file), "angst", "fastlege", "role")
    assert code == 1 and "not a kartedit database" in err

    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    code, _, err = kartedit("show", str(corrupt), "angst", "fastlege", "role")
    assert code == 1 and "damaged" in err

    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (x)")
    code, _, err = kartedit("show", str(other), "angst", "fastlege", "role")
    assert code == 1 and "not a kartedit database" in err

    code, _, err = kartedit("show", str(tmp_path), "angst", "fastlege", "role")
    assert code == 1 and "folder" in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("tannhelse", "fastlege", "role"), "No pathway «tannhelse»"),
        (("angst", "tannlege", "role"), "No service «tannlege» in the pathway «angst»"),
        (("angst", "fastlege", "rolle"), "Unknown section kind «rolle»"),
        (("angst", "fastlege", "role", "--edition", "oslo"), "No edition «oslo»"),
        (("Angst!", "fastlege", "role"), "not a valid pathway slug"),
    ],
)
def test_unknown_names_exit_1_with_one_line(
    demo_db: Path, args: tuple[str, ...], message: str
) -> None:
    code, out, err = kartedit("show", str(demo_db), *args)
    assert code == 1 and out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_bad_folder_and_missing_file(tmp_path: Path, demo_db: Path) -> None:
    code, _, err = kartedit("import-folder", str(demo_db), str(tmp_path / "nowhere"))
    assert code == 1 and "no such folder" in err
    code, _, err = kartedit(
        "save", str(demo_db), "angst", "skole", "role", "--file", str(tmp_path / "gone.md"), *AUTHOR
    )
    assert code == 1 and "gone.md: no such file" in err


def test_console_script_runs_as_a_program(tmp_path: Path) -> None:
    """The installed entry point, end to end in a child process."""
    exe = shutil.which("kartedit", path=str(Path(sys.executable).parent))
    assert exe is not None
    db = tmp_path / "d.sqlite"
    assert subprocess.run([exe, "init", str(db), "--demo"], check=False).returncode == 0
    result = subprocess.run(
        [exe, "search", str(db), "angst"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.count("\n") > 10
    result = subprocess.run(
        [exe, "show", str(db), "x", "y", "role"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stderr.startswith("kartedit: No pathway «x»")
