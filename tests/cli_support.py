"""Test helpers for the command line: run ``kartedit`` in-process or as a child process."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from kartedit.cli.main import run


def kartedit(*args: str, stdin: str = "") -> tuple[int, str, str]:
    """Run one command in-process, as the console script would, and capture what it prints."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        try:
            code = run(list(args))
        except SystemExit as exc:  # argparse: --help, --version, bad usage
            code = int(exc.code or 0)
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def ok(*args: str, stdin: str = "") -> str:
    """Exit 0 with nothing on stderr: returns what was printed."""
    code, out, err = kartedit(*args, stdin=stdin)
    assert (code, err) == (0, ""), (args, out, err)
    return out


def fails(*args: str, code: int = 1) -> str:
    """Exit ``code``, nothing on stdout, one line on stderr: returns that line."""
    found, out, err = kartedit(*args)
    assert (found, out) == (code, ""), (args, found, out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kartedit: "), err
    return lines[0]


def run_kartedit(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """``python -m kartedit ARGS`` in a child process (offscreen Qt), output captured."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "kartedit", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
