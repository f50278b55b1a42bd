"""Build hook: the parts of the build that need code; everything declarative is in pyproject.toml.

- Package discovery: every package under src/ (new sub-packages are picked up by themselves),
  plus the data packages kartedit.resources and kartedit.schemas, which live outside src/
  (resources/, schemas/; mapped in pyproject's package-dir), with every data folder below
  them as a namespace package (setuptools warns about data folders missing from the
  package list). pyproject's packages.find names a package after its folder, so it cannot
  place resources/ under kartedit.
- Translations: build_py compiles resources/translations/*.ts into .qm files with PySide6's
  own lrelease (a build requirement), so a wheel, an sdist install and an editable install
  all carry them; an unfinished nb/nn message or a missing .qm fails the build.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import find_namespace_packages, find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "packaging"))
from build_translations import TRANSLATIONS, TranslationError, build  # noqa: E402

DATA_PACKAGES = {"kartedit.resources": "resources", "kartedit.schemas": "schemas"}


def data_packages() -> list[str]:
    """The data packages and every folder below them that could be imported."""
    found = []
    for package, folder in DATA_PACKAGES.items():
        found.append(package)
        below = find_namespace_packages(str(ROOT / folder), exclude=["*__pycache__*"])
        found += [f"{package}.{sub}" for sub in below]
    return found


class BuildPyWithTranslations(build_py):
    """build_py that also compiles the Qt translations into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            target = TRANSLATIONS  # an editable install reads resources/ in place
        else:
            target = Path(self.build_lib) / "kartedit" / "resources" / "translations"
        try:
            written = build(target)
        except TranslationError as exc:
            raise SystemExit(f"kartedit build: {exc}") from exc
        for path in written:
            self.announce(f"compiled {path.name}", level=2)


setup(
    packages=[*find_packages("src"), *data_packages()],
    cmdclass={"build_py": BuildPyWithTranslations},
)
