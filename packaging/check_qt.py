"""Set-up check: can Qt load here, and open a window? If not, name the Debian packages to install.

Run by the Makefile before the app or the tests start, so a fresh machine gets one clear
line («… install them with: sudo apt-get install libxcb-icccm4 …») instead of an ImportError
deep in a traceback, or Qt's «Could not load the Qt platform plugin "xcb"» abort.

Two checks: (1) PySide6's widgets import (what the tests need, offscreen); (2) on Linux,
unless QT_QPA_PLATFORM names another platform (offscreen, wayland …), the libraries of the
xcb platform plugin resolve: ``ldd`` on PySide6/Qt/plugins/platforms/libqxcb.so lists every
library it and the Qt libraries below it need, and each one «not found» is mapped to its
Debian package. Qt itself names only the first library it misses, often the wrong one.

    python packaging/check_qt.py            # exit 0, or 1 with one line naming the packages
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# The shared libraries Qt's widgets, the offscreen and the xcb platform need (what ldd shows
# for libqxcb.so and the Qt libraries), and the Debian package of each.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
# Dependencies of the packages Qt names directly: apt brings them along.
INDIRECT = {"libglx0", "libxau6", "libxdmcp6"}
# What the README's apt line installs: the window under X11, offscreen and a font.
ALL_PACKAGES = sorted(set(DEBIAN_PACKAGES.values()) - INDIRECT | {"fonts-dejavu-core"})
PROBE = "from PySide6 import QtGui, QtWidgets"
# Platforms that need no X11 libraries; an empty QT_QPA_PLATFORM means Qt's default (xcb).
NOT_X11 = ("offscreen", "minimal", "vnc", "wayland", "eglfs", "linuxfb")
NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
CANNOT_OPEN = re.compile(r"([\w.+-]+\.so[.\d]*): cannot open shared object file")


def install_line(libraries: list[str]) -> str:
    """One line naming the missing libraries and the packages that bring them."""
    packages = sorted({DEBIAN_PACKAGES[name] for name in libraries if name in DEBIAN_PACKAGES})
    unknown = [name for name in libraries if name not in DEBIAN_PACKAGES]
    line = f"kartedit: Qt cannot start without {', '.join(libraries)}"
    if packages:
        line += f"; install: sudo apt-get install {' '.join(packages)}"
    if unknown:
        line += f" (find the package of {', '.join(unknown)} with: apt-file search NAME)"
    return line


def pyside_file(*parts: str) -> Path | None:
    """A file inside the PySide6 package Python would import, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder, *parts)
        if path.is_file():
            return path
    return None


def ldd_missing(library: Path) -> list[str]:
    """The libraries ``ldd`` cannot resolve for LIBRARY (and all it loads), in ldd's order."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    result = subprocess.run([ldd, str(library)], capture_output=True, text=True, check=False)
    return not_found(result.stdout)


def not_found(ldd_output: str) -> list[str]:
    """The «NAME => not found» libraries of an ldd listing, each once."""
    return list(dict.fromkeys(NOT_FOUND.findall(ldd_output)))


def wants_x11(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Will Qt start on xcb? Its default on Linux, except in a Wayland session."""
    platform = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if not platform and environ.get("XDG_SESSION_TYPE") == "wayland":
        platform = "wayland" if environ.get("WAYLAND_DISPLAY") else ""
    return sys.platform.startswith("linux") and platform not in NOT_X11


def check_import() -> str | None:
    """None when PySide6's widgets import; else the line to print."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=False
    )
    if result.returncode == 0:
        return None
    widgets = pyside_file("QtWidgets.abi3.so")
    missing = ldd_missing(widgets) if widgets is not None else []
    match = CANNOT_OPEN.search(result.stderr)
    if match is not None and match.group(1) not in missing:
        missing.insert(0, match.group(1))
    if not missing:
        print(result.stderr.strip(), file=sys.stderr)
        return "kartedit: Qt (PySide6) could not be loaded; see the error above."
    return install_line(missing)


def check_xcb() -> str | None:
    """None when the xcb plugin's libraries all resolve (or there is no plugin to check)."""
    plugin = pyside_file("Qt", "plugins", "platforms", "libqxcb.so")
    if plugin is None:
        return None
    missing = ldd_missing(plugin)
    return install_line(missing) if missing else None


def main() -> int:
    problem = check_import()
    if problem is None and wants_x11():
        problem = check_xcb()
    if problem is None:
        return 0
    print(problem, file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
