"""The command line's usage in bokmål and nynorsk like the rest of kartedit: argparse's own
words — «usage:», its section titles, the «-h» line, its refusals — for commands and the
window's options alike, and every help line kartedit writes for its commands and options."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from kartedit.cli.main import build_parser
from kartedit.gui.common.app import build_parser as build_window_parser
from kartedit.gui.common.app import run_gui
from kartedit.services.catalogue import translator
from tests.cli_support import kartedit


def test_a_mistyped_command_is_refused_in_bokmal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    code, out, err = kartedit("shw", "kart.sqlite")
    assert (code, out) == (2, "")
    assert err.startswith("bruk: kartedit [-h]")
    assert "kartedit: feil: argumentet COMMAND: ugyldig valg: 'shw' (velg blant 'init'," in err


def test_missing_and_unknown_arguments_are_refused_in_nynorsk() -> None:
    code, _, err = kartedit("--language", "nn", "show", "kart.sqlite")
    assert code == 2
    assert err.startswith("bruk: kartedit show")
    assert err.endswith("kartedit show: feil: desse argumenta manglar: PATHWAY, SERVICE\n")
    _, _, err = kartedit("--language", "nn", "show", "kart.sqlite", "angst", "bup", "--edition")
    assert "feil: argumentet --edition: ventar éin verdi" in err
    _, _, err = kartedit("--language=nn", "show", "kart.sqlite", "angst", "bup", "--editon", "v")
    assert "kartedit: feil: ukjende argument: --editon v" in err
    for english in ("usage:", "error:", "required", "unrecognized", "expected"):
        assert english not in err


def test_help_has_norwegian_titles_and_help_line() -> None:
    code, out, _ = kartedit("--language", "nn", "show", "--help")
    assert code == 0
    assert out.startswith("bruk: kartedit show [-h]")
    assert "\nargument:\n" in out and "\nval:\n" in out
    assert "-h, --help" in out and "vis denne hjelpa og avslutt" in out
    assert "positional arguments" not in out and "show this help message" not in out
    _, out, _ = kartedit("--language", "nb", "--help")
    assert "vis versjonsnummeret og avslutt" in out and "\nvalg:\n" in out


def test_english_stays_english_and_a_commands_own_language_option_is_its_own() -> None:
    code, _, err = kartedit("show", "kart.sqlite")
    assert code == 2 and err.startswith("usage: kartedit show")
    assert "error: the following arguments are required: PATHWAY, SERVICE" in err
    # «round start --language nn» chooses the round's written standard, not the CLI's words
    _, _, err = kartedit("round", "start", "kart.sqlite", "--language", "nn")
    assert "error: the following arguments are required: --name" in err
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]  # given back


def test_the_windows_options_are_refused_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        run_gui(["kart.sqlite", "--size", "12", "--language", "nb"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("bruk: kartedit [-h]")
    assert "kartedit: feil: argumentet --size: «12» er ikke en størrelse som 1366x768" in err


def _help_lines(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every help a parser prints: its description, its options' and arguments' lines, and
    its commands' lines, then those of each command's own parser."""
    if parser.description:
        yield parser.description
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue  # argparse's own «-h» line, said through its words
        if action.help:
            yield action.help
        if isinstance(action, argparse._SubParsersAction):
            for line in action._choices_actions:
                yield line.help or ""
            for sub in action.choices.values():
                yield from _help_lines(sub)


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_every_help_line_is_norwegian(language: str) -> None:
    """A newcomer's «kartedit --help», «kartedit COMMAND --help» and «kartedit gui --help»
    say what each command and option does in their language; a command or option added
    without a translated line fails here by name."""
    say = translator(language)
    lines = [*_help_lines(build_parser()), *_help_lines(build_window_parser())]
    assert len(lines) > 150
    assert sorted({line for line in lines if say("CLI", line) == line}) == []


def test_the_command_list_in_nynorsk() -> None:
    code, out, _ = kartedit("--language", "nn", "--help")
    assert code == 0
    assert "Redigeringsverktøy for samhandlingsforløp, utan nett." in out
    assert "    init                opprett ein ny kartdatabase\n" in out
    assert "språket i meldingane" in out
    _, out, _ = kartedit("--language", "nb", "round", "--help")
    assert "    start     start en høringsrunde på et utvalg seksjoner\n" in out
    assert "create a new map database" not in out and "hearing round" not in out
    _, out, _ = kartedit("--language", "nn", "show", "--help")
    assert "  --raw              behald {{lokal:…}}-plasshaldarane i staden for verdiane" in out
