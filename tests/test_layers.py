"""Architecture at run time: nothing below the GUI loads Qt, and the CLI starts without the ORM.

Which package may import which, inside functions too, is checked by the import contracts
(tests/test_import_contracts.py); these tests catch what a static check cannot see, such as
a module loaded by name.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import kartedit

NON_GUI_PACKAGES = ("domain", "text", "store", "bundle", "services", "cli")


def _modules(package: str) -> list[str]:
    prefix = f"kartedit.{package}."
    found = [f"kartedit.{package}"]
    path = [str(p) for p in kartedit.__path__]
    for info in pkgutil.walk_packages([f"{path[0]}/{package}"], prefix):
        if ".migrations.versions" in info.name or info.name.endswith("migrations.env"):
            continue  # Alembic loads these itself, with its own context
        found.append(info.name)
    return found


def _loaded_after_importing(modules: list[str]) -> set[str]:
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def test_domain_text_store_bundle_services_and_cli_load_no_qt() -> None:
    modules = [m for package in NON_GUI_PACKAGES for m in _modules(package)]
    assert len(modules) > 15
    loaded = _loaded_after_importing(modules)
    qt = sorted(m for m in loaded if m.startswith(("PySide6", "shiboken6")))
    assert qt == []


def test_cli_parser_starts_without_the_orm() -> None:
    """«kartedit --help» must be instant: the ORM is imported only by commands that use it."""
    code = "import sys\nfrom kartedit.cli.main import build_parser\nbuild_parser()\n" + (
        "print('\\n'.join(sorted(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    loaded = set(result.stdout.split())
    assert "kartedit.cli.writer" in loaded
    assert not any(m.startswith("sqlalchemy") for m in loaded)
