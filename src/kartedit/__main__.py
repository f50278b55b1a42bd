"""Entry point: hand the command line to the CLI or start the GUI."""

from __future__ import annotations

import os
import sys

EXIT_BROKEN_PIPE = 128 + 13
"""What a shell reports for a program stopped by SIGPIPE, as ``cat`` or ``grep`` are."""


def main(argv: list[str] | None = None) -> int:
    from kartedit.cli.main import run

    try:
        code = run(sys.argv[1:] if argv is None else argv)
        sys.stdout.flush()  # inside the try: output still buffered may meet a closed pipe
    except BrokenPipeError:
        return quiet_after_broken_pipe()
    return code


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
