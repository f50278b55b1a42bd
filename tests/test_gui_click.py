"""GUI: what start and a click cost — first paint before the ORM, no settings write per
click, history without texts."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kartedit.domain.sections import SectionRef
from kartedit.gui.writer import main_window as main_window_module
from kartedit.gui.writer.main_window import MainWindow
from kartedit.services.settings import load_settings

ROLE = SectionRef.parse("angst/fastlege/role")
ASSESSMENT = SectionRef.parse("angst/fastlege/assessment")
REFERRAL = SectionRef.parse("angst/fastlege/referral")
DRAFT = SectionRef.parse("angst/ppt/role")


def test_clicks_write_the_settings_once_after_a_pause_and_on_closing(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[str] = []
    real = main_window_module.save_settings
    monkeypatch.setattr(
        main_window_module,
        "save_settings",
        lambda settings: (writes.append(settings.last_section), real(settings))[1],
    )
    for ref in (ROLE, ASSESSMENT, REFERRAL, ASSESSMENT):
        window.select_section(ref)
    assert writes == []  # nothing written while the writer clicks through the tree
    qtbot.waitUntil(lambda: writes == [ASSESSMENT.key], timeout=5000)
    assert load_settings().last_section == ASSESSMENT.key
    window.select_section(ASSESSMENT)  # nothing changed: nothing to write
    window.select_section(ROLE)
    window.close()  # closing writes what is still waiting
    assert writes == [ASSESSMENT.key, ROLE.key]
    assert load_settings().last_section == ROLE.key
    assert load_settings().author_name == "Kari Tester"  # the rest of the settings kept


def test_the_history_lists_revisions_and_fetches_a_text_when_viewed(window: MainWindow) -> None:
    window.select_section(REFERRAL)
    full = window.workspace.history(REFERRAL)
    assert window.history.list.count() == len(full) >= 2
    dialog = window.view_revision(full[-1].id)
    assert dialog is not None
    assert dialog.text.toPlainText() == full[-1].text
    dialog.close()


def _offscreen(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (its own imports) with the offscreen platform."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )


def test_the_first_screen_is_painted_before_the_orm_is_loaded(demo_db, tmp_path) -> None:
    shot = tmp_path / "shot.png"
    code = (
        "import sys\n"
        "from kartedit.gui.common import screenshot\n"
        "from kartedit.gui.common.app import run_gui\n"
        "real, seen = screenshot.render, []\n"
        "def first_paint(*args, **kwargs):\n"
        "    image = real(*args, **kwargs)\n"
        "    seen.append('sqlalchemy' in sys.modules)\n"
        "    return image\n"
        "screenshot.render = first_paint\n"
        "whole, checked = screenshot.main_window, []\n"
        "def picture(app, window, *args, **kwargs):\n"
        "    code = whole(app, window, *args, **kwargs)\n"
        "    checked.append(window.editor.editor.checked and not window.pending_work())\n"
        "    return code\n"
        "screenshot.main_window = picture\n"
        f"code = run_gui([{str(demo_db)!r}, '--screenshot', {str(shot)!r}, "
        "'--select', 'angst/fastlege/role', '--edition', 'bergen'])\n"
        "assert code == 0, code\n"
        "print(seen[0], 'sqlalchemy' in sys.modules, checked[0])\n"
    )
    done = _offscreen(code)
    # painted without the ORM; then what it showed was read again the full way, and the
    # picture saved once the rest had loaded and the open text was checked (underlined)
    assert "Painted the first screen." in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "False True True"
    assert shot.stat().st_size > 0


def test_browsing_the_map_never_loads_the_orm(demo_db) -> None:
    """Clicks through a quick-started window — texts shown, checked, facts filled in, the
    side panels built, a search of the map — read everything without SQLAlchemy (28 MiB it
    need not hold)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from kartedit.domain.sections import SectionRef\n"
        "from kartedit.gui.common.app import _open_workspace, first_screen_painted\n"
        "from kartedit.gui.writer.main_window import MainWindow\n"
        "app = QApplication([])\n"
        f"workspace = _open_workspace(Path({str(demo_db)!r}))\n"
        "window = MainWindow(workspace, edition='bergen')\n"
        "window.show()\n"
        "app.processEvents()\n"
        "first_screen_painted(window)\n"
        "for key in ('angst/fastlege/role', 'angst/fastlege/referral', 'angst/introduction',\n"
        "            'depresjon/ppt/assessment', 'angst/fastlege/role'):\n"
        "    assert window.select_section(SectionRef.parse(key)), key\n"
        "    window.finish_pending_work()\n"
        "    app.processEvents()\n"
        "window.search.set_query('fastlege')\n"
        "assert window.search.hits() and window.search.hits()[-1].snippet\n"
        "filled = window.editor.context.facts is not None\n"
        "print(window.editor.editor.checked, filled, 'sqlalchemy' in sys.modules)\n"
        "window.editor.editor.document().setModified(False)\n"
    )
    done = _offscreen(code)
    assert done.stdout.strip().splitlines()[-1] == "True True False"


def test_the_store_loads_past_the_import_hook_when_a_text_is_changed(
    qtbot, demo_db, author
) -> None:
    """Browsing never loads the store; changing a text does, once the writer pauses, past
    PySide6's import hook, and the save that follows finds it there."""
    import builtins

    from kartedit.gui.common.app import _open_workspace, first_screen_painted

    workspace = _open_workspace(demo_db)
    window = MainWindow(workspace, edition="regional")
    qtbot.addWidget(window)
    window.show()
    assert window.select_section(ROLE)
    first_screen_painted(window)
    for ref in (ASSESSMENT, REFERRAL, ROLE):
        assert window.select_section(ref)
        window.finish_pending_work()  # facts filled in, the text checked
    assert window.editor.editor.checked and window.facts_panel.ref == ROLE
    assert not workspace.loaded  # type: ignore[attr-defined]
    hook = builtins.__import__
    assert window.select_section(DRAFT)
    window.editor.editor.insertPlainText("Ny setning. ")
    qtbot.waitUntil(lambda: workspace.loaded, timeout=10000)  # type: ignore[attr-defined]
    assert builtins.__import__ is hook
    assert window.save_current("Ny innledning")
    assert workspace.section(DRAFT).text.startswith("Ny setning. ")
    workspace.close()


def test_panels_off_the_first_screen_come_after_it_where_they_were_left(qtbot, demo_db) -> None:
    """Search results, local facts and quality are built once the first screen is painted;
    a dock the writer left open opens again, with its menu."""
    from kartedit.gui.common.app import first_screen_painted
    from kartedit.services.first_screen import QuickStartWorkspace
    from kartedit.services.workspace import Workspace

    with Workspace.open(demo_db) as full:
        before = MainWindow(full)
        qtbot.addWidget(before)
        before.show()
        before.facts_dock.show()
        state = before.saveState()
        before.close()

    workspace = QuickStartWorkspace(demo_db)
    window = MainWindow(workspace)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.restoreState(state)
    window.show()
    assert window.select_section(ROLE)
    assert window._side is None  # not on the first screen
    first_screen_painted(window)
    assert window._side is not None
    assert window.facts_dock.isVisible() and not window.search_dock.isVisible()
    assert window.facts_panel.ref == ROLE
    toggles = [a.text() for a in window.menus.view.actions()]
    assert {"Search &results", "&Local facts", "&Quality"} <= set(toggles)
    window.close()
    workspace.close()
