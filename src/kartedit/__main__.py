"""Entry point: hand the command line to the CLI or start the GUI.

No arguments, ``gui``, a window option (``--screenshot``, ``--bundle`` …) or a database
or bundle path open the window; anything else is a CLI command, and an unknown command
is a usage error from the CLI parser — never a silently opened window.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_CLI_OPTIONS = ("-h", "--help", "--version")


def _without_language(args: list[str]) -> list[str]:
    """The arguments after a leading ``--language X`` (shared by the window and the CLI)."""
    if args and args[0] == "--language":
        return args[2:]
    if args and args[0].startswith("--language="):
        return args[1:]
    return args


def opens_window(args: list[str]) -> bool:
    """Whether these arguments are for the window rather than a CLI command."""
    args = _without_language(args)
    if not args or args[0] == "gui":
        return True
    first = args[0]
    if first in _CLI_OPTIONS:
        return False
    if first.startswith("-"):
        return True  # a window option: --screenshot, --bundle, --language …
    if _looks_like_path(first):
        return True  # commands are plain words: no need to build the CLI's parser
    from kartedit.cli.main import command_names

    if first in command_names():
        return False
    # Not a command: a path (a database or bundle to open) goes to the window; a bare
    # word is a mistyped command and gets the CLI's usage error.
    return Path(first).exists()


def _looks_like_path(word: str) -> bool:
    """A word no command is named like: it holds a folder separator or a dot."""
    return "/" in word or "\\" in word or "." in word


EXIT_BROKEN_PIPE = 128 + 13
"""What a shell reports for a program stopped by SIGPIPE, as ``cat`` or ``grep`` are."""


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if opens_window(args):
        from kartedit.gui.common.app import run_gui

        rest = _without_language(args)
        if rest and rest[0] == "gui":  # «kartedit [--language X] gui …»
            args = args[: len(args) - len(rest)] + rest[1:]
        return run_gui(args)
    from kartedit.cli.main import run

    try:
        code = run(args)
        sys.stdout.flush()  # inside the try: output still buffered may meet a closed pipe
    except BrokenPipeError:
        return quiet_after_broken_pipe()
    return code


def gui(argv: list[str] | None = None) -> int:
    """``kartedit-gui``: the window only (a gui-script: no console window on Windows)."""
    from kartedit.gui.common.app import run_gui

    return run_gui(list(sys.argv[1:] if argv is None else argv))


def quiet_after_broken_pipe() -> int:
    """The reader (``head``, a pager) has gone: stop quietly, as standard tools do.

    Further output, including the interpreter's final flush, goes to the null device, so
    no «Exception ignored … BrokenPipeError» appears either.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # no real stdout (an embedded run): nothing more will be written to it
    finally:
        os.close(devnull)
    return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
