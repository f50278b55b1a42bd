"""Smoke test of the artefact users install: build the wheel, install it, look at the window.

    python packaging/smoke_wheel.py [--keep DIR]      (make smoke-wheel; CI runs it)

1. copies the checkout's files (tracked and new, not ignored: no built .qm, no build/)
   into a temporary folder and runs ``pip wheel --no-deps`` there; the build must print no
   warning from the build backend;
2. checks the wheel: the four .qm files, the SVG icons and desktop files, LICENSE, the kartedit and
   kartedit-gui commands;
3. installs the wheel into a fresh virtual environment and runs its ``kartedit --version``,
   then ``kartedit --screenshot --language nb|nn --dump-strings``, offscreen, on a new
   database made from the demo map;
4. checks the texts of the rendered window against resources/translations: every menu title
   is a translation from the catalogue, at least 90 % of the menu actions are, and no text
   is an English source that the catalogue translates.
Exit 0 when all holds; otherwise 1, with one line per problem.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nb", "nn")
QM_FILES = [f"kartedit/resources/translations/{c}_{lang}.qm" for c in ("kartedit", "qtbase")
            for lang in LANGUAGES]  # fmt: skip
DATA_FILES = [
    f"kartedit/resources/{path.parent.name}/{path.name}"
    for pattern in ("icons/*.svg", "desktop/*")
    for path in (ROOT / "resources").glob(pattern)
]
BACKEND_WARNING = re.compile(r"\b\w*Warning\b:")
MIN_TRANSLATED_ACTIONS = 0.9


class SmokeError(Exception):
    """The artefact failed one of the checks."""


def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise SmokeError(
            f"{' '.join(command[:3])} … failed ({result.returncode}):\n"
            f"{result.stdout[-3000:]}{result.stderr[-3000:]}"
        )
    return result


def clean_copy(target: Path) -> None:
    """The checkout as a clean clone would have it, with uncommitted changes."""
    listing = run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT
    ).stdout
    for name in filter(None, listing.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def build_wheel(work: Path) -> Path:
    source = work / "src"
    clean_copy(source)
    dist = work / "dist"
    result = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(dist), "."],
        cwd=source,
    )
    warnings = [line.strip() for line in result.stdout.splitlines() + result.stderr.splitlines()
                if BACKEND_WARNING.search(line)]  # fmt: skip
    if warnings:
        raise SmokeError("the build printed warnings:\n" + "\n".join(warnings))
    wheels = list(dist.glob("kartedit-*.whl"))
    if len(wheels) != 1:
        raise SmokeError(f"expected one wheel in {dist}, found {wheels}")
    return wheels[0]


def check_wheel(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(
            (archive.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt")),
            "",
        )
    missing = [name for name in QM_FILES + DATA_FILES if name not in names]
    if not any(name.endswith(".dist-info/licenses/LICENSE") for name in names):
        missing.append("LICENSE")
    for script in ("[console_scripts]\nkartedit =", "[gui_scripts]\nkartedit-gui ="):
        if script not in entry_points:
            missing.append(script.replace("\n", " "))
    if missing:
        raise SmokeError(f"{wheel.name} lacks: {', '.join(missing)}")


def install(wheel: Path, work: Path) -> Path:
    venv = work / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)])
    if not (bin_dir / "kartedit-gui").exists() and not (bin_dir / "kartedit-gui.exe").exists():
        raise SmokeError("the installed package has no kartedit-gui command")
    return bin_dir


def catalogue(language: str) -> dict[str, set[str]]:
    """English source → its translations, from kartedit_<language>.ts."""
    texts: dict[str, set[str]] = {}
    for message in ET.parse(TRANSLATIONS / f"kartedit_{language}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        texts.setdefault(message.findtext("source", ""), set()).update(
            forms or [translation.text or ""]
        )
    return texts


def check_strings(language: str, shown: dict[str, list[str]]) -> list[str]:
    texts = catalogue(language)
    translated = set().union(*texts.values())
    english = {source for source, found in texts.items() if source not in found}
    problems = []
    menus = shown["menus"]
    if len(menus) < 5:
        problems.append(f"{language}: only {len(menus)} menus: {menus}")
    problems += [f"{language}: menu {m!r} is not from the catalogue" for m in menus
                 if m not in translated]  # fmt: skip
    actions = shown["actions"]
    share = sum(a in translated for a in actions) / max(len(actions), 1)
    if share < MIN_TRANSLATED_ACTIONS:
        problems.append(f"{language}: only {share:.0%} of {len(actions)} actions translated")
    for group in ("menus", "actions", "docks", "widgets"):
        problems += [f"{language}: English {group[:-1]} {t!r}" for t in shown[group]
                     if t in english]  # fmt: skip
    return problems


def render(bin_dir: Path, work: Path, language: str, shots: Path) -> dict[str, list[str]]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KARTEDIT_CONFIG_DIR": str(work / "config"),
        "KARTEDIT_DATA_DIR": str(work / "data"),
    }
    shot = shots / f"smoke-{language}.png"
    strings = work / f"strings-{language}.json"
    run(
        [str(bin_dir / "kartedit"), "--screenshot", str(shot), "--language", language,
         "--dump-strings", str(strings)],
        cwd=work, env=env,
    )  # fmt: skip
    if not shot.is_file() or shot.stat().st_size < 10_000:
        raise SmokeError(f"{language}: no screenshot at {shot}")
    return json.loads(strings.read_text(encoding="utf-8"))


def check_languages(bin_dir: Path, work: Path, name: str) -> list[str]:
    """The window rendered in nb and nn by ``bin_dir/kartedit``, its texts checked."""
    problems = []
    for language in LANGUAGES:
        shown = render(bin_dir, work, language, work)
        problems += check_strings(language, shown)
        print(f"{name}: {language}: menus {', '.join(shown['menus'])}")
    return problems


def smoke(work: Path) -> list[str]:
    started = time.monotonic()
    wheel = build_wheel(work)
    check_wheel(wheel)
    built = time.monotonic()
    bin_dir = install(wheel, work)
    version = run([str(bin_dir / "kartedit"), "--version"], cwd=work).stdout.strip()
    installed = time.monotonic()
    problems = check_languages(bin_dir, work, "smoke-wheel")
    print(
        f"smoke-wheel: {wheel.name} ({wheel.stat().st_size // 1024} KiB, {version}): "
        f"built in {built - started:.0f} s, installed in {installed - built:.0f} s, "
        f"windows checked in {time.monotonic() - installed:.0f} s"
    )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="work in DIR and keep it (wheel, venv, PNGs)")
    options = parser.parse_args(argv)
    if options.keep is not None:
        options.keep.mkdir(parents=True, exist_ok=True)
        work = options.keep.resolve()
    else:
        work = Path(tempfile.mkdtemp(prefix="kartedit-smoke-"))
    try:
        problems = smoke(work)
    except SmokeError as exc:
        problems = [str(exc)]
    finally:
        if options.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    for problem in problems:
        print(f"smoke-wheel: {problem}", file=sys.stderr)
    if not problems:
        print("smoke-wheel: the installed wheel shows nb and nn from the catalogues")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
