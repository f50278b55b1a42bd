"""Tests for the icon bitmaps the frozen builds carry (packaging/build_icons.py)."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.packaging_support import load_script

build_icons = load_script("build_icons")


def test_pngs_of_every_size_and_an_ico_that_holds_them(qapp: QApplication, tmp_path: Path) -> None:
    written = build_icons.build(tmp_path)
    for stem in build_icons.SOURCES:
        for size in build_icons.SIZES:
            image = QImage(str(tmp_path / f"{stem}-{size}.png"))
            assert (image.width(), image.height()) == (size, size)
            assert image.pixelColor(size // 2, size // 2).alpha() > 0
    ico = (tmp_path / "kartedit.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(build_icons.SIZES))
    sides = []
    for index in range(count):
        entry = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * index)
        side, bits, length, offset = entry[0], entry[5], entry[6], entry[7]
        assert bits == 32
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)
        sides.append(side or 256)
    assert sides == sorted(build_icons.SIZES)
    assert tmp_path / "bundle.ico" in written
