"""Packaging: the frozen one-folder build of kartedit (PyInstaller) and its .tar.gz.

    python packaging/build_dist.py        (make dist)

1. installs kartedit (not editable) into build/dist/stage with the build backend, which
   compiles the .qm translations, so the frozen program carries what a wheel carries;
2. renders the icon PNGs and kartedit.ico from the SVG sources (packaging/build_icons.py)
   and, on Windows, the version resource from kartedit.__version__;
3. runs PyInstaller on packaging/pyinstaller/kartedit.spec (pinned in
   packaging/requirements-dist.txt);
4. packs build/dist/out/kartedit as dist/kartedit-VERSION-PLATFORM.tar.gz (one top folder,
   kartedit-VERSION/, holding the ``kartedit`` program and its _internal/ folder).
Prints the archive's path, size and the build's time.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "dist"
SPEC = ROOT / "packaging" / "pyinstaller" / "kartedit.spec"
sys.path.insert(0, str(ROOT / "packaging"))


def version() -> str:
    text = (ROOT / "src" / "kartedit" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found is not None
    return found.group(1)


def platform_tag() -> str:
    system = {"Linux": "linux", "Windows": "windows", "Darwin": "macos"}[platform.system()]
    return f"{system}-{platform.machine().lower().replace('amd64', 'x86_64')}"


def version_resource(number: str) -> str:
    """PyInstaller's Windows version resource (VSVersionInfo) for this version."""
    numbers = [int(p) for p in re.findall(r"\d+", number)[:3]]
    parts = tuple([*numbers, 0, 0, 0, 0][:4])
    strings = {
        "CompanyName": "kartedit",
        "FileDescription": "kartedit — offline editor for samhandlingsforløp",
        "FileVersion": number,
        "InternalName": "kartedit",
        "LegalCopyright": "EUPL-1.2",
        "OriginalFilename": "kartedit.exe",
        "ProductName": "kartedit",
        "ProductVersion": number,
    }
    entries = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={parts}, prodvers={parts}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041404b0', [
{entries}
    ])]),
    VarFileInfo([VarStruct('Translation', [1044, 1200])])
  ]
)
"""


def run(command: list[str], **kwargs: object) -> None:
    print("build-dist:", " ".join(command), flush=True)
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


def build() -> Path:
    number = version()
    shutil.rmtree(BUILD, ignore_errors=True)
    stage, icons = BUILD / "stage", BUILD / "icons"
    run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target",
         str(stage), str(ROOT)])  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run([sys.executable, str(ROOT / "packaging" / "build_icons.py"), str(icons)], env=env,
        stdout=subprocess.DEVNULL)  # fmt: skip
    env.update(KARTEDIT_STAGE=str(stage), KARTEDIT_ICONS=str(icons))
    if platform.system() == "Windows":
        resource = BUILD / "version.txt"
        resource.write_text(version_resource(number), encoding="utf-8")
        env["KARTEDIT_VERSION_FILE"] = str(resource)
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(BUILD / "out"), "--workpath", str(BUILD / "work"), str(SPEC)],
        env=env)  # fmt: skip
    archive = ROOT / "dist" / f"kartedit-{number}-{platform_tag()}.tar.gz"
    archive.parent.mkdir(exist_ok=True)
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(BUILD / "out" / "kartedit", arcname=f"kartedit-{number}")
    return archive


def main() -> int:
    started = time.monotonic()
    archive = build()
    size = archive.stat().st_size / 2**20
    print(f"build-dist: {archive} ({size:.0f} MiB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
