"""The frozen build's scripts: version from the package, Windows resource, only the Qt it uses."""

from __future__ import annotations

from pathlib import Path

from kartedit import __version__
from tests.packaging_support import PACKAGING, load_script

build_dist = load_script("build_dist")


def test_the_archive_and_the_version_resource_take_the_packages_version() -> None:
    assert build_dist.version() == __version__
    resource = build_dist.version_resource(__version__)
    assert f"'ProductVersion', '{__version__}'" in resource
    numbers = tuple(int(n) for n in __version__.split(".")[:3])
    assert f"filevers={(*numbers, 0)}" in resource


def test_the_spec_leaves_out_the_qt_modules_kartedit_does_not_use() -> None:
    spec = (PACKAGING / "pyinstaller" / "kartedit.spec").read_text(encoding="utf-8")
    for module in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"):
        assert f'"{module}"' in spec
    assert "QtSvg" not in spec.split("QT_EXCLUDES")[1].split("]")[0].replace("QtSvgWidgets", "")


def test_pyinstaller_is_pinned_exactly() -> None:
    lines = (PACKAGING / "requirements-dist.txt").read_text(encoding="utf-8").splitlines()
    pins = [line for line in lines if line and not line.startswith("#")]
    assert pins and all("==" in pin for pin in pins)
    assert any(pin.startswith("pyinstaller==") for pin in pins)


def test_the_windows_installer_is_per_user_and_registers_kartbundle() -> None:
    script = Path(PACKAGING / "windows" / "kartedit.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert 'Root: HKCU; Subkey: "Software\\Classes\\.kartbundle"' in script
    assert "{userprograms}\\kartedit" in script
