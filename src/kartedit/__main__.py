"""Entry point: hand the command line to the CLI or start the GUI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from kartedit.cli.main import run

    return run(sys.argv[1:] if argv is None else argv)


def gui(argv: list[str] | None = None) -> int:
    """``kartedit-gui``: the window only (a gui-script: no console window on Windows)."""
    from kartedit.cli.main import run

    return run(["gui", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
