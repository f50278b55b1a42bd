"""Architecture: the import contracts in pyproject.toml hold, and they see every import.

lint-imports (import-linter) reads every import statement in the package, those inside
functions and under ``if TYPE_CHECKING`` too, and checks the layers of
docs/architecture.md, Qt only in the GUI and no database code in domain and text.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kartedit

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_imports(package_parent: Path | None = None) -> subprocess.CompletedProcess[str]:
    """lint-imports on the installed package, or on the copy under ``package_parent``."""
    env = dict(os.environ)
    if package_parent is not None:
        env["PYTHONPATH"] = str(package_parent)
    return subprocess.run(
        [str(LINT_IMPORTS), str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )


def test_the_package_keeps_every_import_contract() -> None:
    result = _lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package to plant violations in; the installed one stays untouched."""
    parent = tmp_path_factory.mktemp("src")
    shutil.copytree(
        Path(kartedit.__file__).parent,
        parent / "kartedit",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return parent


@pytest.mark.parametrize(
    ("module", "planted", "contract"),
    [
        ("cli/formatting.py", "import kartedit.gui.common.app", "Layers"),
        ("domain/ids.py", "from kartedit.store import models", "Layers"),
        ("bundle/problems.py", "from kartedit.store import models", "Layers"),
        ("gui/common/errors.py", "from kartedit.cli import main", "Layers"),
        ("store/search.py", "from kartedit.bundle import problems", "Layers"),
        ("safe_files.py", "from kartedit.text import diff", "Layers"),
        ("services/names.py", "from PySide6 import QtCore", "PySide6 only in the GUI"),
        ("text/anchor.py", "import sqlite3", "no database code"),
    ],
)
def test_an_import_inside_a_function_breaks_a_contract(
    package_copy: Path, module: str, planted: str, contract: str
) -> None:
    target = package_copy / "kartedit" / module
    original = target.read_text(encoding="utf-8")
    try:
        target.write_text(
            original + f"\n\ndef _planted() -> None:\n    {planted}  # noqa\n",
            encoding="utf-8",
        )
        result = _lint_imports(package_copy)
    finally:
        target.write_text(original, encoding="utf-8")
    assert result.returncode != 0, result.stdout
    broken = [line for line in result.stdout.splitlines() if line.endswith("BROKEN")]
    assert any(contract in line for line in broken), result.stdout
