"""Entry point: hand the command line to the CLI or start the GUI.

No arguments, ``gui``, a window option (``--screenshot``, ``--bundle`` …) or a database
or bundle path open the window; anything else is a CLI command, and an unknown command
is a usage error from the CLI parser — never a silently opened window.
"""

from __future__ import annotations

import sys
from pathlib import Path

_CLI_OPTIONS = ("-h", "--help", "--version")


def opens_window(args: list[str]) -> bool:
    """Whether these arguments are for the window rather than a CLI command."""
    if not args or args[0] == "gui":
        return True
    first = args[0]
    if first in _CLI_OPTIONS:
        return False
    if first.startswith("-"):
        return True  # a window option: --screenshot, --bundle, --language …
    from kartedit.cli.main import command_names

    if first in command_names():
        return False
    # Not a command: a path (a database or bundle to open) goes to the window; a bare
    # word is a mistyped command and gets the CLI's usage error.
    return Path(first).exists() or "/" in first or "\\" in first or "." in first


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if opens_window(args):
        from kartedit.gui.app import run_gui

        return run_gui(args[1:] if args and args[0] == "gui" else args)
    from kartedit.cli.main import run

    return run(args)


def gui(argv: list[str] | None = None) -> int:
    """``kartedit-gui``: the window only (a gui-script: no console window on Windows)."""
    from kartedit.gui.app import run_gui

    return run_gui(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
