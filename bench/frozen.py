"""Benchmarks: the frozen build against the source install — size on disk and start-up time.

    python bench/frozen.py [dist/kartedit-VERSION-linux-x86_64.tar.gz]   (after «make dist»)

Size: the unpacked frozen folder against what the source install needs to run (the
site-packages of kartedit's runtime dependencies in this venv plus the package itself).
Start-up: median of five runs each of «kartedit --version», «kartedit show» and the main
window's screenshot on the demo map, frozen program against ``python -m kartedit``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))
from smoke_frozen import newest_archive

RUNTIME = ("kartedit", "PySide6-Essentials", "shiboken6", "SQLAlchemy", "alembic", "Mako",
           "MarkupSafe", "Markdown", "mdx-breakless-lists", "diff-match-patch", "nh3",
           "jsonschema", "jsonschema-specifications", "referencing", "rpds-py", "attrs",
           "platformdirs", "typing_extensions", "greenlet")  # fmt: skip


def _median_seconds(command: list[str], repeat: int = 5) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def source_size() -> int:
    """Bytes of every installed file of kartedit's runtime distributions (resources in place)."""
    total = 0
    for name in RUNTIME:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for file in dist.files or []:
            path = Path(dist.locate_file(file))
            if path.is_file():
                total += path.stat().st_size
    root = Path(__file__).resolve().parent.parent
    return total + folder_size(root / "src") + folder_size(root / "resources")


def main(argv: list[str]) -> None:
    archive = Path(argv[0]) if argv else newest_archive()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        with tarfile.open(archive) as tar:
            tar.extractall(work, filter="data")
        program = next(work.glob("kartedit-*/kartedit"))
        frozen_bytes, source_bytes = folder_size(program.parent), source_size()
        db, png = work / "demo.sqlite", str(work / "shot.png")
        source = [sys.executable, "-m", "kartedit"]
        subprocess.run([*source, "init", str(db), "--demo"], check=True, capture_output=True)
        runs = {
            "--version": ["--version"],
            "show (opens the database)": ["show", str(db), "angst", "fastlege", "role"],
            "window, section open": [str(db), "--screenshot", png, "--select",
                                     "angst/fastlege/assessment"],
        }  # fmt: skip
        print(f"{'frozen build vs source install':40} {'frozen':>9} {'source':>9} {'ratio':>6}")
        mib = 2**20
        print(
            f"{'size on disk (MiB)':40} {frozen_bytes / mib:9.0f} {source_bytes / mib:9.0f} "
            f"{frozen_bytes / source_bytes:6.2f}"
        )
        print(f"{'archive (MiB)':40} {archive.stat().st_size / mib:9.0f}")
        for label, args in runs.items():
            frozen = _median_seconds([str(program), *args])
            installed = _median_seconds([*source, *args])
            print(f"{'start: ' + label + ' (s)':40} {frozen:9.2f} {installed:9.2f} "
                  f"{frozen / installed:6.2f}")  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
