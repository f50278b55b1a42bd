"""Set-up check: can Qt load here? If not, name the Debian packages that are missing.

Run by the Makefile before the app or the tests start, so a fresh machine gets one clear
line («sudo apt-get install libegl1 …») instead of an ImportError deep in a traceback.
"""

from __future__ import annotations

import re
import subprocess
import sys

# The shared libraries Qt's widgets and the offscreen platform need, and their Debian names.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libxcb.so.1": "libxcb1",
}
ALL_PACKAGES = sorted(set(DEBIAN_PACKAGES.values()) | {"fonts-dejavu-core"})
PROBE = "from PySide6 import QtGui, QtWidgets"


def main() -> int:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=False
    )
    if result.returncode == 0:
        return 0
    match = re.search(r"([\w.+-]+\.so[.\d]*): cannot open shared object file", result.stderr)
    if not match:
        print(result.stderr.strip(), file=sys.stderr)
        print("kartedit: Qt (PySide6) could not be loaded; see the error above.", file=sys.stderr)
        return 1
    library = match.group(1)
    print(
        f"kartedit: Qt needs the system library {library} "
        f"(Debian package {DEBIAN_PACKAGES.get(library, 'unknown')}), which is missing.\n"
        f"On Debian/Ubuntu install all that Qt needs with:\n"
        f"  sudo apt-get install {' '.join(ALL_PACKAGES)}",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
