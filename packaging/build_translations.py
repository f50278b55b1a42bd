"""Build step: update the .ts translation sources from the GUI code and compile .qm files.

    python packaging/build_translations.py            # .ts → .qm (lrelease) only
    python packaging/build_translations.py --update   # first lupdate src/kartedit/**.py
    python packaging/build_translations.py --check    # also fail if any message is unfinished

The .ts files in resources/translations/ are the committed sources: kartedit_<lang>.ts is
collected from the GUI code by lupdate; qtbase_<lang>.ts holds Qt's own texts (file dialogs,
message-box buttons, context menus) that PySide6's qtbase catalogues lack, and is edited by
hand. The .qm files are build output (git-ignored): setup.py calls ``build()`` in every
build (wheel, sdist install, editable install), and kartedit.gui.common.i18n loads them as package
data. This module uses only the standard library, so the build backend can import it.
"""

from __future__ import annotations

import argparse
import importlib.util
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
# kartedit's own strings (lupdate keeps them in step with the code) and the supplement to
# Qt's catalogue (hand-written: lupdate must never drop its messages).
CATALOGUES = ("kartedit", "qtbase")


class TranslationError(Exception):
    """A catalogue is missing, unfinished or does not compile."""


def ts_path(language: str, catalogue: str = "kartedit") -> Path:
    return TRANSLATIONS / f"{catalogue}_{language}.ts"


def qm_names() -> list[str]:
    """Every .qm file a build must produce."""
    return [f"{catalogue}_{language}.qm" for catalogue in CATALOGUES for language in LANGUAGES]


def tool(name: str) -> str:
    """PySide6's own Qt tool (``lrelease``/``lupdate``).

    Looked up in the PySide6 package that Python imports (the build environment's, when a
    build backend runs this), then as pyside6-NAME beside this Python and on the PATH.
    """
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    wrapper = f"pyside6-{name}"
    for candidate in (
        Path(sys.executable).parent / wrapper,
        Path(sys.executable).parent / f"{wrapper}.exe",
    ):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(wrapper)
    if found is None:
        raise TranslationError(f"{wrapper} not found; install PySide6-Essentials first.")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def update() -> None:
    """Collect every tr()/translate() string; messages no longer in the code are dropped."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language, locale in LANGUAGES.items():
        command = [
            tool("lupdate"),
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


def release(target: Path = TRANSLATIONS) -> list[Path]:
    """Compile every catalogue into TARGET; the .qm files written."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for catalogue in CATALOGUES:
        for language in LANGUAGES:
            source = ts_path(language, catalogue)
            if not source.is_file():
                raise TranslationError(f"{source} is missing.")
            qm = target / f"{catalogue}_{language}.qm"
            result = subprocess.run(
                [tool("lrelease"), "-silent", str(source), "-qm", str(qm)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0 or not qm.is_file() or qm.stat().st_size == 0:
                raise TranslationError(
                    f"lrelease could not compile {source.name}: {result.stderr.strip()}"
                )
            written.append(qm)
    return written


def unfinished(language: str, catalogue: str = "kartedit") -> list[str]:
    """Source texts whose translation is missing or marked unfinished."""
    source = ts_path(language, catalogue)
    if not source.is_file():
        raise TranslationError(f"{source} is missing.")
    missing = []
    for message in ET.parse(source).getroot().iter("message"):
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


def problems() -> list[str]:
    """One line per unfinished message, naming its catalogue."""
    return [
        f"{catalogue}_{language}.ts: not translated: {source!r}"
        for catalogue in CATALOGUES
        for language in LANGUAGES
        for source in unfinished(language, catalogue)
    ]


def build(target: Path) -> list[Path]:
    """What every build runs: refuse an unfinished catalogue, then compile all into TARGET."""
    found = problems()
    if found:
        raise TranslationError("\n".join(["unfinished translations:", *found]))
    return release(target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="run lupdate over the sources first")
    parser.add_argument("--check", action="store_true", help="fail on unfinished messages")
    options = parser.parse_args(argv)
    try:
        if options.update:
            update()
        release()
        found = problems() if options.check else []
    except TranslationError as exc:
        print(f"build_translations: {exc}", file=sys.stderr)
        return 1
    for line in found:
        print(line, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
