"""Linux desktop integration: entry, metainfo and file type validate and install for a user."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from kartedit import __version__
from kartedit.services import desktop
from tests.cli_support import ok

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed here (CI installs it)")
    return found


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh HOME with its own XDG folders, as a new user account has."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


def test_the_desktop_entry_validates(tmp_path: Path) -> None:
    entry = tmp_path / desktop.DESKTOP_ID
    entry.write_text(desktop.desktop_entry(), encoding="utf-8")
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")
    text = entry.read_text(encoding="utf-8")
    assert "Exec=kartedit-gui %f" in text
    assert f"MimeType={desktop.BUNDLE_MIME};" in text
    assert "Icon=kartedit\n" in text


def test_the_metainfo_validates_and_names_this_version_in_nb_and_nn(tmp_path: Path) -> None:
    path = tmp_path / f"{desktop.APP_ID}.metainfo.xml"
    path.write_text(desktop.metainfo(), encoding="utf-8")
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    root = ET.parse(path).getroot()
    assert root.findtext("id") == desktop.APP_ID
    assert root.find("releases/release").get("version") == __version__
    for language in ("nb", "nn"):
        assert any(p.get(XML_LANG) == language for p in root.iterfind("description/p"))
        assert any(s.get(XML_LANG) == language for s in root.iterfind("summary"))
    assert root.findtext("provides/mediatype") == desktop.BUNDLE_MIME
    assert root.find("launchable").text == desktop.DESKTOP_ID
    assert "@" not in path.read_text(encoding="utf-8")


def test_every_version_has_a_release_date() -> None:
    assert __version__ in desktop.RELEASE_DATES
    with pytest.raises(ValueError, match="no release date"):
        desktop.metainfo("99.0")


def test_the_mime_type_declares_kartbundle_files_and_their_icon() -> None:
    text = desktop.desktop_files()["mime/packages/kartedit.xml"]
    root = ET.fromstring(text)
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    mime = root.find(f"{namespace}mime-type")
    assert mime.get("type") == desktop.BUNDLE_MIME
    assert mime.find(f"{namespace}glob").get("pattern") == "*.kartbundle"
    assert mime.find(f"{namespace}icon").get("name") == "application-vnd.kartedit.bundle+zip"


def test_a_program_path_with_spaces_is_quoted_in_the_exec_line() -> None:
    entry = desktop.desktop_entry(desktop._quoted("/opt/my apps/kartedit"))
    assert 'Exec="/opt/my apps/kartedit" %f' in entry
    assert desktop._quoted("/usr/bin/kartedit-gui") == "/usr/bin/kartedit-gui"


def test_install_desktop_writes_under_the_users_data_folder(user_home: Path) -> None:
    printed = ok("install-desktop", "--no-default")
    share = user_home / ".local" / "share"
    assert f"in {share}" in printed
    for relative in desktop.desktop_files():
        assert (share / relative).is_file(), relative
    assert (share / "icons/hicolor/scalable/apps/kartedit.svg").read_text().startswith("<svg")


def test_after_install_desktop_a_kartbundle_is_ours_and_opens_in_kartedit(
    user_home: Path,
) -> None:
    xdg_mime = _tool("xdg-mime")
    _tool("update-mime-database")
    ok("install-desktop")
    bundle = user_home / "x.kartbundle"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("manifest.json", "{}")
    environment = dict(os.environ)
    if shutil.which("mimetype") is None:  # xdg-utils' generic way needs File::MimeInfo
        _tool("gio")
        environment["XDG_CURRENT_DESKTOP"] = "GNOME"
    else:
        environment.pop("XDG_CURRENT_DESKTOP", None)

    def query(*words: str) -> str:
        done = subprocess.run(
            [xdg_mime, "query", *words], capture_output=True, text=True, env=environment
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert query("filetype", str(bundle)) == desktop.BUNDLE_MIME
    assert query("default", desktop.BUNDLE_MIME) == desktop.DESKTOP_ID
