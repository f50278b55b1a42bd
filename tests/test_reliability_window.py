"""The window on the inputs that once broke it: a deeply nested section, a damaged
database, a transaction a killed program left behind."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_support import run_kartedit
from tests.test_cli import kartedit
from tests.test_reliability_store import _INTERRUPTED_WRITER


def test_the_window_shows_a_deeply_nested_section(demo_db: Path, tmp_path: Path) -> None:
    deep = tmp_path / "deep.md"
    deep.write_text("- " * 500 + "x\n", encoding="utf-8")
    code, _, err = kartedit(
        "save", str(demo_db), "angst", "skole", "role", "-f", str(deep), "-m", "deep",
        "--author", "Kari (Voss)",
    )  # fmt: skip
    assert (code, err) == (0, "")
    shot = tmp_path / "s.png"
    result = run_kartedit(str(demo_db), "--screenshot", str(shot), "--select", "angst/skole/role")
    assert result.returncode == 0, result.stderr
    assert shot.is_file()


@pytest.mark.parametrize("seed", [0, 1])
def test_the_window_on_a_damaged_database_is_calm(demo_db: Path, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    data = bytearray(demo_db.read_bytes())
    for offset in range(8192, len(data) - 512, 16384):
        data[offset : offset + 512] = rng.randbytes(512)
    demo_db.write_bytes(bytes(data))
    result = run_kartedit(
        str(demo_db), "--screenshot", str(tmp_path / "s.png"), "--no-error-dialogs"
    )
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1)  # 1: refused at opening; 0: shown, errors calm
    assert "the database file is damaged" in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("kartedit: ")]
    assert all("the database file is damaged" in line for line in errors)


def test_the_window_opens_after_a_killed_writer(demo_db: Path, tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-c", _INTERRUPTED_WRITER, str(demo_db), "all"], check=True, timeout=60
    )
    shot = tmp_path / "s.png"
    result = run_kartedit(str(demo_db), "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert shot.is_file()
