"""Tests for --dump-strings (the texts a rendered window shows) and the kartedit-gui command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("language", "menus", "docks"),
    [
        ("nn", {"&Utgåve", "H&øyring", "&Fil"}, {"Kart", "Historikk"}),
        ("en", {"E&dition", "&File"}, {"Map", "History"}),
    ],
)
def test_the_screenshot_writes_the_texts_of_the_window(
    demo_db: Path, tmp_path: Path, language: str, menus: set[str], docks: set[str]
) -> None:
    strings = tmp_path / "strings.json"
    arguments = [str(demo_db), "--screenshot", str(tmp_path / "x.png"), "--language", language]
    result = run_python(
        "import sys; from kartedit.__main__ import main; sys.exit(main())",
        *arguments,
        "--dump-strings",
        str(strings),
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(strings.read_text(encoding="utf-8"))
    assert menus <= set(shown["menus"])
    assert docks <= set(shown["docks"])
    assert len(shown["actions"]) > 20


def test_kartedit_gui_opens_the_window_without_a_command(tmp_path: Path) -> None:
    """The gui-script's function: the window, even for an argument named like a command."""
    target = tmp_path / "window.png"
    result = run_python(
        "import sys; from kartedit.__main__ import gui; sys.exit(gui())",
        "--screenshot",
        str(target),
        "--language",
        "nb",
    )
    assert result.returncode == 0, result.stderr
    assert target.is_file()
