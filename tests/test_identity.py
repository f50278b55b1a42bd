"""Who is writing: --author, then the settings, then KARTEDIT_AUTHOR — one resolver for all."""

from __future__ import annotations

from pathlib import Path

import pytest

from kartedit.domain.errors import UserError
from kartedit.domain.people import Author
from kartedit.services.identity import configured_author, resolve_author
from kartedit.services.settings import Settings, save_settings


def test_nobody_named_is_a_plain_question() -> None:
    assert configured_author() is None
    with pytest.raises(UserError, match="Who is writing"):
        resolve_author()


def test_the_environment_names_the_writer_when_the_settings_do_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KARTEDIT_AUTHOR", "Eva Miljø (Bergen kommune)")
    assert configured_author() == Author("Eva Miljø", "Bergen kommune")
    assert resolve_author() == Author("Eva Miljø", "Bergen kommune")


def test_the_settings_come_before_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KARTEDIT_AUTHOR", "Eva Miljø (Bergen kommune)")
    save_settings(Settings(author_name="Kari Tester", author_organisation="Testkommune"))
    assert resolve_author() == Author("Kari Tester", "Testkommune")


def test_an_explicit_author_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KARTEDIT_AUTHOR", "Eva Miljø (Bergen kommune)")
    save_settings(Settings(author_name="Kari Tester", author_organisation="Testkommune"))
    assert resolve_author("Ola Nordmann (PPT Voss)") == Author("Ola Nordmann", "PPT Voss")


def test_a_remembered_name_is_written_only_when_it_changes() -> None:
    from kartedit.services.identity import remember_author
    from kartedit.services.settings import load_settings

    assert remember_author(Author("Kari Tester", "Testkommune"))
    assert load_settings().author_name == "Kari Tester"
    assert not remember_author(Author("Kari Tester", "Testkommune"))


@pytest.mark.parametrize(
    ("command", "told"),
    [
        (("publish", "{db}", "--edition", "vosss", "-o", "{tmp}/ut"), "No edition «vosss»"),
        (("adapt", "{db}", "angst", "skole", "role", "--edition", "vosss"), "No edition «vosss»"),
        (("save", "{db}", "angst", "skolen", "role", "-f", "{tmp}/t.md"), "No service «skolen»"),
        (
            ("round", "start", "{db}", "--name", "X", "--edition", "vosss",
             "--deadline", "2027-05-01"),
            "No edition «vosss»",
        ),
    ],
)  # fmt: skip
def test_a_mistyped_name_is_told_before_who_is_writing(
    demo_db: Path, tmp_path: Path, command: tuple[str, ...], told: str
) -> None:
    """Without --author or settings, a mistyped edition or service used to be answered
    «Who is writing?»; the user gave a name only to learn the name was wrong."""
    from tests.cli_support import kartedit

    (tmp_path / "t.md").write_text("Tekst.\n", encoding="utf-8")
    args = [part.format(db=demo_db, tmp=tmp_path) for part in command]
    code, _, err = kartedit(*args)
    assert code == 1 and told in err, err
    assert "Who is writing" not in err
    assert not (tmp_path / "ut").exists()
