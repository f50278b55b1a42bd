"""Smoke test of the frozen build users unpack: no source, no venv, a fresh HOME.

    python packaging/smoke_frozen.py [dist/kartedit-VERSION-linux-x86_64.tar.gz]
                                            (make smoke-frozen; the newest archive by default)

Unpacks the archive into a temporary folder and runs its ``kartedit`` program there with
HOME, the XDG folders and kartedit's folders pointing into that folder and PYTHONPATH,
VIRTUAL_ENV and the checkout's venv out of the environment:
1. ``--version`` names the checkout's version;
2. ``init --demo`` makes a map; ``round start`` and ``bundle export`` make a review bundle;
3. ``--screenshot --language nb|nn --dump-strings`` renders the main window, and its texts
   are checked against the catalogues as packaging/smoke_wheel.py does;
4. ``--screenshot --bundle`` renders the reviewer window on the review bundle;
5. ``bundle validate`` on a hostile bundle (a path out of the folder, a broken manifest)
   exits 1 with a plain message and no traceback.
Exit 0 when all holds; otherwise 1, one line per problem. PNGs are kept with --keep DIR.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
from build_dist import version  # noqa: E402
from smoke_wheel import SmokeError, check_languages, run  # noqa: E402

AUTHOR = "Kari Nordmann (Bergen)"


def newest_archive() -> Path:
    found = sorted((ROOT / "dist").glob("kartedit-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not found:
        raise SmokeError("no dist/kartedit-*.tar.gz: run «make dist» first")
    return found[-1]


def fresh_environment(work: Path) -> None:
    """This process's environment as a new user's, so every run below inherits it."""
    home = work / "home"
    for key in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        os.environ.pop(key, None)
    venv = str(ROOT / ".venv")
    os.environ["PATH"] = os.pathsep.join(
        p for p in os.environ.get("PATH", "").split(os.pathsep) if not p.startswith(venv)
    )
    os.environ.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    home.mkdir()


def hostile_bundle(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", '{"format": "kartedit-bundle", "kind": "review", ')
        archive.writestr("../../outside.txt", "written outside the folder")
    return path


def smoke(archive: Path, work: Path) -> list[str]:
    started = time.monotonic()
    with tarfile.open(archive) as tar:
        tar.extractall(work, filter="data")
    program = work / f"kartedit-{version()}" / "kartedit"
    if not program.is_file():
        raise SmokeError(f"{archive.name} has no kartedit-{version()}/kartedit")
    fresh_environment(work)
    unpacked = time.monotonic()
    shown = run([str(program), "--version"], cwd=work).stdout.strip()
    first_run = time.monotonic()
    problems = [] if shown == f"kartedit {version()}" else [f"--version says {shown!r}"]
    database = work / "map.sqlite"
    run([str(program), "init", "--demo", str(database)], cwd=work)
    problems += check_languages(program.parent, work, "smoke-frozen")
    round_key = run(
        [str(program), "round", "start", str(database), "--name", "Høring angst",
         "--pathway", "angst", "--deadline", "2027-01-31", "--author", AUTHOR], cwd=work,
    ).stdout.split()[0]  # fmt: skip
    review = work / "høring.kartbundle"
    run([str(program), "bundle", "export", str(database), "--round", round_key, "-o",
         str(review), "--author", AUTHOR], cwd=work)  # fmt: skip
    shot = work / "smoke-reviewer-nb.png"
    run([str(program), "--screenshot", str(shot), "--language", "nb", "--bundle", str(review)],
        cwd=work)  # fmt: skip
    if not shot.is_file() or shot.stat().st_size < 10_000:
        problems.append("no screenshot of the reviewer window")
    hostile = hostile_bundle(work / "fiendtleg.kartbundle")
    refused = subprocess.run(
        [str(program), "bundle", "validate", str(hostile)],
        capture_output=True, text=True, cwd=work, check=False,
    )  # fmt: skip
    if refused.returncode != 1 or "Traceback" in refused.stderr + refused.stdout:
        problems.append(f"hostile bundle: exit {refused.returncode}: {refused.stderr[-500:]}")
    if (work.parent / "outside.txt").exists() or (work / "outside.txt").exists():
        problems.append("hostile bundle wrote outside its folder")
    print(
        f"smoke-frozen: {archive.name} ({archive.stat().st_size // 2**20} MiB): unpacked in "
        f"{unpacked - started:.1f} s, first --version in {first_run - unpacked:.1f} s, "
        f"checks in {time.monotonic() - first_run:.0f} s"
    )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="?", type=Path)
    parser.add_argument("--keep", type=Path, help="work in DIR and keep it (screenshots)")
    options = parser.parse_args(argv)
    try:
        archive = (options.archive or newest_archive()).resolve()
        if options.keep is not None:
            options.keep.mkdir(parents=True, exist_ok=True)
            problems = smoke(archive, options.keep.resolve())
        else:
            with tempfile.TemporaryDirectory(prefix="kartedit-frozen-") as folder:
                problems = smoke(archive, Path(folder))
    except SmokeError as exc:
        print(f"smoke-frozen: {exc}", file=sys.stderr)
        return 1
    for problem in problems:
        print(f"smoke-frozen: {problem}", file=sys.stderr)
    if not problems:
        print("smoke-frozen: the frozen kartedit runs, speaks nb and nn, opens a review bundle")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
