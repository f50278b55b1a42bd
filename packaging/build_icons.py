"""Packaging: PNG sizes and a Windows .ico generated from the SVG sources in resources/icons/.

The frozen builds and the desktop integration need bitmaps where a desktop cannot read SVG
(Windows' .exe and installer, older icon themes). They are made from the same SVG files the
program draws with: Qt's SVG renderer writes PNGs of 16…256 pixels, and the .ico is the
plain ICO container around those PNG bytes (Windows Vista and later read PNG entries).

    python packaging/build_icons.py OUT_DIR    # OUT_DIR/{kartedit,bundle}-SIZE.png, kartedit.ico
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SOURCES = {"kartedit": "kartedit.svg", "bundle": "application-vnd.kartedit.bundle+zip.svg"}


def png_bytes(svg: Path, size: int) -> bytes:
    """The SVG rendered by Qt into a square PNG of ``size`` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["build_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(QByteArray(svg.read_bytes()))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding these PNG images (size → PNG bytes); 256 is written as 0."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def build(out: Path) -> list[Path]:
    """Every PNG size of both icons and kartedit.ico, written into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, source in SOURCES.items():
        pngs = {size: png_bytes(ICONS / source, size) for size in SIZES}
        for size, data in pngs.items():
            path = out / f"{stem}-{size}.png"
            path.write_bytes(data)
            written.append(path)
        ico = out / f"{stem}.ico"
        ico.write_bytes(ico_bytes(pngs))
        written.append(ico)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: build_icons.py OUT_DIR", file=sys.stderr)
        return 2
    for path in build(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
