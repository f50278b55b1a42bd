"""Every command in «kartedit --help» reaches its own parser and handler; unknown ones fail."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from kartedit.__main__ import _looks_like_path, opens_window
from kartedit.cli.main import GUI_COMMAND, build_parser, command_names, run, subcommands
from tests.cli_support import run_kartedit


def _commands() -> dict[str, argparse.ArgumentParser]:
    return {n: p for n, p in subcommands(build_parser()).items() if n != GUI_COMMAND}


def _leaves() -> list[tuple[list[str], argparse.ArgumentParser]]:
    """Every runnable command line prefix: «save», «round start», «bundle export» …"""
    found = []
    for name, parser in _commands().items():
        actions = subcommands(parser)
        if actions:
            found.extend(([name, action], sub) for action, sub in actions.items())
        else:
            found.append(([name], parser))
    return found


def test_the_help_lists_every_command_the_parser_knows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        run(["--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    for name in [*_commands(), GUI_COMMAND]:
        assert f"\n    {name} " in shown or f"\n    {name}\n" in shown, name


def test_the_command_groups_are_all_there() -> None:
    names = set(_commands())
    assert {"round", "bundle", "review", "edition", "init", "save", "decide", "rebase"} <= names
    assert {"publish", "language"} <= names
    for name in ("publish", "language"):
        assert _commands()[name].get_default("handler").__module__ == "kartedit.cli.publish"
    assert "install-desktop" in names
    assert set(subcommands(_commands()["bundle"])) == {
        "export",
        "info",
        "validate",
        "import",
        "apply",
    }


@pytest.mark.parametrize("words", [w for w, _ in _leaves()], ids=" ".join)
def test_each_command_prints_its_own_usage(
    words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        run([*words, "--help"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: kartedit {' '.join(words)} ")


@pytest.mark.parametrize("words", [w for w, _ in _leaves()], ids=" ".join)
def test_each_command_has_a_handler(words: list[str]) -> None:
    parser = {" ".join(w): p for w, p in _leaves()}[" ".join(words)]
    handler = parser.get_default("handler")
    assert callable(handler)
    assert handler.__module__.startswith("kartedit.cli.")


@pytest.mark.parametrize(
    ("args", "window"),
    [
        ([], True),
        (["gui"], True),
        (["gui", "--help"], True),
        (["--screenshot", "shot.png"], True),
        (["map.sqlite"], True),
        (["svar/høring.kartbundle"], True),
        (["--help"], False),
        (["--version"], False),
        (["round", "list", "map.sqlite"], False),
        (["frobnicate"], False),
    ],
)
def test_the_entry_point_sends_commands_to_the_cli(args: list[str], window: bool) -> None:
    assert opens_window(args) is window


def test_no_command_is_named_like_a_path() -> None:
    """A database or bundle path opens the window without building the CLI's parser."""
    assert not any(_looks_like_path(name) for name in command_names())


def test_an_unknown_command_is_a_usage_error_not_the_window() -> None:
    result = run_kartedit("frobnicate", timeout=60)
    assert result.returncode == 2
    assert "invalid choice: 'frobnicate'" in result.stderr


def test_the_cli_does_not_import_the_gui() -> None:
    code = (
        "import sys\nfrom kartedit.__main__ import main\n"
        "try:\n    main(['round', '--help'])\nexcept SystemExit:\n    pass\n"
        "print('\\n'.join(sorted(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = result.stdout.split()
    assert not any(m.startswith(("kartedit.gui", "PySide6")) for m in loaded)
