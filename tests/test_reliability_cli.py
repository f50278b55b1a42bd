"""The command line in a pipeline: a reader that stops early (``| head``) ends kartedit
quietly, with the exit status of a program stopped by SIGPIPE, and no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kartedit.__main__ import EXIT_BROKEN_PIPE


@pytest.mark.parametrize(
    "command",
    [
        ("diff", "{db}", "--edition", "bergen", "--format", "text"),
        ("search", "{db}", "angst"),
        ("history", "{db}", "angst", "fastlege", "referral"),
        ("show", "{db}", "angst", "fastlege", "role"),
        ("deviation", "{db}"),
    ],
)
def test_output_into_a_closed_pipe_ends_quietly(demo_db: Path, command: tuple[str, ...]) -> None:
    args = [part.format(db=demo_db) for part in command]
    child = subprocess.Popen(
        [sys.executable, "-m", "kartedit", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # the reader has gone before the first line: every write fails
    err = child.stderr.read()
    code = child.wait(timeout=120)
    child.stderr.close()
    assert err == b""
    assert code == EXIT_BROKEN_PIPE


def test_a_reader_that_takes_only_the_first_lines(demo_db: Path) -> None:
    shell = (
        f'"{sys.executable}" -m kartedit diff "{demo_db}" --edition bergen --format text | head -1'
    )
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", shell], capture_output=True, timeout=120, check=False
    )
    assert done.stderr == b""
    assert done.stdout.decode().startswith("=== ")
    assert done.returncode in (0, EXIT_BROKEN_PIPE)  # 0 when all fitted in the pipe first
