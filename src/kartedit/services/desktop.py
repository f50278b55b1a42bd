"""Services: register kartedit with a Linux desktop for this user (menu entry, icon, file type).

The sources are package data in kartedit.resources/desktop (the .desktop entry, the AppStream
metainfo, the shared-mime-info XML) and kartedit.resources/icons (the program and bundle
icons), so an installed wheel or a frozen build carries them. ``install_desktop`` writes them
under the user's XDG data folder (``~/.local/share`` by default) with the command that starts
this very copy of kartedit, then lets the desktop's own tools read them: update-mime-database,
update-desktop-database, gtk-update-icon-cache and ``xdg-mime default`` (each one only when
installed; a missing tool is reported, not an error).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from kartedit import __version__

APP_ID = "no.kartedit.kartedit"
DESKTOP_ID = "kartedit.desktop"
BUNDLE_MIME = "application/vnd.kartedit.bundle+zip"
LICENSE = "EUPL-1.2"
# The release date of each version the metainfo names (AppStream needs one per release).
RELEASE_DATES = {"0.1.0": "2026-12-03"}
# Where the screenshots of the metainfo are published (docs/screenshot.png, docs/reviewer.png);
# AppStream wants web addresses. The .invalid domain stands until the project has a homepage.
SCREENSHOTS = "https://kartedit.invalid/docs"
SCREENSHOT_FILES = {"main-nb.png": "screenshot.png", "reviewer-nb.png": "reviewer.png"}
ICON_FILES = {
    "icons/hicolor/scalable/apps/kartedit.svg": "kartedit.svg",
    "icons/hicolor/scalable/mimetypes/application-vnd.kartedit.bundle+zip.svg": (
        "application-vnd.kartedit.bundle+zip.svg"
    ),
}


def _resource(folder: str, name: str) -> str:
    return (files("kartedit.resources") / folder / name).read_text(encoding="utf-8")


def launcher_command() -> str:
    """The Exec line's program: this frozen build, kartedit-gui on PATH, or python -m kartedit."""
    if getattr(sys, "frozen", False):
        return _quoted(sys.executable)
    found = shutil.which("kartedit-gui")
    if found:
        return "kartedit-gui" if Path(found).parent in _path_dirs() else _quoted(found)
    return f"{_quoted(sys.executable)} -m kartedit"


def _path_dirs() -> set[Path]:
    return {Path(part) for part in os.environ.get("PATH", "").split(os.pathsep) if part}


def _quoted(program: str) -> str:
    """A program path as the desktop entry spec wants it (quoted when it holds a space)."""
    if not any(char in program for char in ' \t"\\`$'):
        return program
    escaped = "".join(f"\\{char}" if char in '"\\`$' else char for char in program)
    return f'"{escaped}"'


def desktop_entry(command: str = "kartedit-gui") -> str:
    """The .desktop file, starting ``command`` with the file to open."""
    text = _resource("desktop", DESKTOP_ID)
    return text.replace("Exec=kartedit-gui %f", f"Exec={command} %f")


def metainfo(version: str = __version__) -> str:
    """The AppStream metainfo, its release taken from the version."""
    if version not in RELEASE_DATES:
        raise ValueError(f"no release date for kartedit {version} in RELEASE_DATES")
    text = _resource("desktop", f"{APP_ID}.metainfo.xml")
    replacements = {
        "@VERSION@": version,
        "@DATE@": RELEASE_DATES[version],
        "@LICENSE@": LICENSE,
        "@SCREENSHOTS@": SCREENSHOTS,
    }
    for placeholder, value in replacements.items():
        text = text.replace(placeholder, value)
    return text


def desktop_files(command: str = "kartedit-gui") -> dict[str, str]:
    """Every file the desktop integration writes, by its path under the XDG data folder."""
    found = {
        f"applications/{DESKTOP_ID}": desktop_entry(command),
        f"metainfo/{APP_ID}.metainfo.xml": metainfo(),
        "mime/packages/kartedit.xml": _resource("desktop", "kartedit-mime.xml"),
    }
    for target, source in ICON_FILES.items():
        found[target] = _resource("icons", source)
    return found


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


@dataclass
class DesktopInstall:
    """What install_desktop did: files written, tools run, tools not found."""

    folder: Path
    written: list[Path] = field(default_factory=list)
    ran: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def install_desktop(
    folder: Path | None = None, *, command: str | None = None, make_default: bool = True
) -> DesktopInstall:
    """Write the desktop integration under ``folder`` (the XDG data folder) and refresh caches."""
    report = DesktopInstall(folder or data_home())
    for relative, text in desktop_files(command or launcher_command()).items():
        path = report.folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
        report.written.append(path)
    tools = [
        ["update-mime-database", str(report.folder / "mime")],
        ["update-desktop-database", str(report.folder / "applications")],
        ["gtk-update-icon-cache", "--force", "--ignore-theme-index",
         str(report.folder / "icons" / "hicolor")],
    ]  # fmt: skip
    if make_default:
        tools.append(["xdg-mime", "default", DESKTOP_ID, BUNDLE_MIME])
    for tool in tools:
        _run_tool(tool, report)
    return report


def _run_tool(command: list[str], report: DesktopInstall) -> None:
    if shutil.which(command[0]) is None:
        report.missing.append(command[0])
        return
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode == 0:
        report.ran.append(command[0])
    else:
        report.failed.append(f"{command[0]}: {(done.stderr or done.stdout).strip()}")
