"""Tests for packaging/check_qt.py: a bare machine learns in one line which packages it needs."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging_support import load_script

ROOT = Path(__file__).resolve().parent.parent
LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffc)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f9c70179000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f9c70172000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


@pytest.fixture
def check_qt() -> ModuleType:
    return load_script("check_qt")


def test_ldd_listing_gives_each_missing_library_once(check_qt: ModuleType) -> None:
    assert check_qt.not_found(LDD_OUTPUT) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_one_line_names_the_debian_packages(check_qt: ModuleType) -> None:
    line = check_qt.install_line(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "\n" not in line
    assert line.endswith("sudo apt-get install libxcb-icccm4 libxcb-keysyms1")


def test_an_unknown_library_is_named_with_a_way_to_find_its_package(
    check_qt: ModuleType,
) -> None:
    line = check_qt.install_line(["libxcb-icccm.so.4", "libfoo.so.3"])
    assert "sudo apt-get install libxcb-icccm4" in line
    assert "apt-file search" in line
    assert "libfoo.so.3" in line


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_a_missing_xcb_library_stops_the_start_with_one_line(
    check_qt: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As on a machine where libxcb-keysyms1 was removed: ldd reports its library missing."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    asked: list[Path] = []

    def fake_ldd(library: Path) -> list[str]:
        asked.append(library)
        return ["libxcb-keysyms.so.1"] if library.name == "libqxcb.so" else []

    monkeypatch.setattr(check_qt, "ldd_missing", fake_ldd)
    monkeypatch.setattr(check_qt, "check_import", lambda: None)
    assert check_qt.main() == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.strip().endswith("sudo apt-get install libxcb-keysyms1")
    assert [path.name for path in asked] == ["libqxcb.so"]


def test_offscreen_needs_no_x11_libraries(
    check_qt: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(check_qt, "ldd_missing", lambda library: ["libxcb-keysyms.so.1"])
    monkeypatch.setattr(check_qt, "check_import", lambda: None)
    assert check_qt.main() == 0


def test_the_readme_apt_line_installs_every_package_the_check_knows(
    check_qt: ModuleType,
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"sudo apt-get install ((?:\\\n|[^\n`])+)", readme)
    assert block is not None
    listed = set(block.group(1).replace("\\\n", " ").split())
    assert set(check_qt.ALL_PACKAGES) <= listed


def test_ci_installs_only_packages_the_check_knows(check_qt: ModuleType) -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    match = re.search(r"^packages=\(([^)]*)\)", script, re.MULTILINE)
    assert match is not None
    assert set(match.group(1).split()) <= {*check_qt.ALL_PACKAGES, "xvfb", "xauth"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
@pytest.mark.parametrize(
    ("environ", "x11"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "offscreen:fontengine=freetype"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "w", "QT_QPA_PLATFORM": "xcb"}, True),
        ({"XDG_SESSION_TYPE": "x11"}, True),
    ],
)
def test_which_platform_needs_the_x11_libraries(
    check_qt: ModuleType, environ: dict[str, str], x11: bool
) -> None:
    assert check_qt.wants_x11(environ) is x11
