"""Application services: import and export of the plain-text folder form, and the demo map."""

from __future__ import annotations

from dataclasses import replace
from importlib.resources import as_file, files
from pathlib import Path

from kartedit.bundle.folder import read_folder, unlisted_files, write_folder
from kartedit.services.workspace import Workspace
from kartedit.store.bulk import ImportCounts, export_content, import_content


def import_folder(workspace: Workspace, folder: Path) -> ImportCounts:
    """Validate the whole folder first, then merge it in one transaction."""
    content = read_folder(folder)
    with workspace.database.transaction() as session:
        counts = import_content(session, content)
    return replace(counts, ignored=unlisted_files(folder, content))


def export_folder(workspace: Workspace, folder: Path) -> None:
    with workspace.database.reading() as session:
        content = export_content(session)
    write_folder(content, folder)


def import_demo(workspace: Workspace) -> ImportCounts:
    """The bundled demo map goes in through the same code as any user's folder."""
    with as_file(files("kartedit.resources") / "demo") as folder:
        return import_folder(workspace, folder)


def open_or_create_default(path: Path) -> Workspace:
    """First start: make the user's database from the demo map so the window is not empty."""
    if path.exists():
        return Workspace.open(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    workspace = Workspace.create(path)
    try:
        import_demo(workspace)
    except BaseException:
        workspace.close()
        path.unlink(missing_ok=True)
        raise
    return workspace
