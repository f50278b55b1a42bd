"""Build step: update the .ts translation sources from the GUI code and compile .qm files.

    python packaging/build_translations.py            # .ts → .qm (lrelease) only
    python packaging/build_translations.py --update   # first lupdate src/kartedit/**.py
    python packaging/build_translations.py --check    # also fail if any message is unfinished

The .ts files in resources/translations/ are the committed sources; the .qm files next to
them are build output (git-ignored) that kartedit.gui.i18n loads as package data.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The window's tr() strings and every QT_TRANSLATE_NOOP-marked message of the lower
# layers and the CLI (kartedit.domain.messages) go into the same catalogues.
SOURCES = ROOT / "src" / "kartedit"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"nb": "nb_NO", "nn": "nn_NO"}


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"kartedit_{language}.ts"


def tool(name: str) -> str:
    """The PySide6 tool next to this Python first (a venv need not be activated)."""
    for candidate in (
        Path(sys.executable).parent / name,
        Path(sys.executable).parent / f"{name}.exe",
    ):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"build_translations: {name} not found; install PySide6 first.")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def update() -> None:
    """Collect every tr()/translate() string; messages no longer in the code are dropped."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language, locale in LANGUAGES.items():
        command = [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            locale,
            "-ts",
            str(ts_path(language).relative_to(ROOT)),
        ]
        subprocess.run(command, cwd=ROOT, check=True)


def release() -> None:
    for language in LANGUAGES:
        source = ts_path(language)
        if not source.is_file():
            raise SystemExit(f"build_translations: {source} is missing; run with --update.")
        target = source.with_suffix(".qm")
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
            cwd=ROOT,
            check=True,
        )


def unfinished(language: str) -> list[str]:
    """Source texts whose translation is missing or marked unfinished."""
    missing = []
    for message in ET.parse(ts_path(language)).getroot().iter("message"):
        if not _is_translated(message.find("translation")):
            missing.append(message.findtext("source", ""))
    return missing


def _is_translated(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="run lupdate over the sources first")
    parser.add_argument("--check", action="store_true", help="fail on unfinished messages")
    options = parser.parse_args(argv)
    if options.update:
        update()
    release()
    if options.check:
        problems = {language: unfinished(language) for language in LANGUAGES}
        for language, missing in problems.items():
            for source in missing:
                print(f"kartedit_{language}.ts: not translated: {source!r}", file=sys.stderr)
        if any(problems.values()):
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
