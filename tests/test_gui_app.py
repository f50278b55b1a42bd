"""GUI tests: start-up options, the screenshot, and recovery after a killed process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kartedit.domain.sections import SectionRef
from kartedit.gui.common.app import build_parser
from kartedit.gui.writer import recovery_dialog
from kartedit.gui.writer.main_window import MainWindow
from kartedit.gui.writer.recovery_dialog import RecoveryChoice
from kartedit.services.settings import Settings, save_settings
from kartedit.services.workspace import Workspace
from tests.cli_support import run_kartedit

REFERRAL = SectionRef.parse("angst/fastlege/referral")


def test_parser_knows_the_window_options() -> None:
    args = build_parser().parse_args(
        ["map.sqlite", "--select", "angst/bup/role", "--edition", "voss", "--language", "nn"]
    )
    assert args.db == Path("map.sqlite")
    assert args.select == "angst/bup/role"
    assert args.edition == "voss"
    assert args.language == "nn"
    assert not args.no_error_dialogs


def test_screenshot_writes_a_1280_by_800_png(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "shots" / "window.png"
    result = run_kartedit(
        str(demo_db),
        "--screenshot",
        str(target),
        "--select",
        "angst/fastlege/assessment",
        "--language",
        "nb",
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)


def test_screenshot_without_a_database_uses_the_users_own(tmp_path: Path) -> None:
    target = tmp_path / "window.png"
    result = run_kartedit("--screenshot", str(target), "--no-error-dialogs")
    assert result.returncode == 0, result.stderr
    assert target.is_file()
    assert (tmp_path / "data" / "kartedit.sqlite").is_file()


def test_a_bad_section_is_refused_with_a_plain_message(demo_db: Path, tmp_path: Path) -> None:
    result = run_kartedit(
        str(demo_db), "--screenshot", str(tmp_path / "x.png"), "--select", "angst/bup"
    )
    assert result.returncode == 2
    assert "PATHWAY/SERVICE/KIND" in result.stderr


def test_a_bad_section_is_refused_in_the_windows_language(demo_db: Path, tmp_path: Path) -> None:
    """Refused before the window exists, yet in nynorsk like the window would have been."""
    result = run_kartedit(
        str(demo_db), "--select", "angst/bup", "--language", "nn", "--screenshot", "x.png"
    )
    assert result.returncode == 2
    assert result.stderr.startswith("kartedit: «angst/bup» er ikkje ein seksjon")
    assert "is not a section" not in result.stderr


def test_a_missing_database_is_a_calm_error(tmp_path: Path) -> None:
    result = run_kartedit(str(tmp_path / "nowhere.sqlite"), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    assert "no such map database" in result.stderr
    assert "Traceback" not in result.stderr


CRASHING_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    app = QApplication([])
    from kartedit.domain.sections import SectionRef
    from kartedit.gui.writer.main_window import MainWindow
    from kartedit.services.workspace import Workspace
    window = MainWindow(Workspace.open(Path(sys.argv[1])))
    window.show()
    window.select_section(SectionRef.parse("angst/fastlege/referral"))
    editor = window.editor.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    QTest.keyClicks(editor, " Ulagra tekst frå ei krasj.")
    window.autosave()
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_text_of_a_killed_process_is_offered_back(
    qtbot, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "crash.py"
    script.write_text(CRASHING_WRITER, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, str(script), str(demo_db)], env=env, timeout=120, check=False
    )
    assert child.returncode == -signal.SIGKILL

    offered = []

    def ask_recovery(drafts, _parent, **_labels):  # type: ignore[no-untyped-def]
        offered.extend(drafts)
        return RecoveryChoice(restore=list(drafts))

    monkeypatch.setattr(recovery_dialog, "ask_recovery", ask_recovery)  # imported when needed
    workspace = Workspace.open(demo_db)
    window = MainWindow(workspace)
    window.show()
    try:
        window.offer_recovery()
        assert [d.ref for d in offered] == [REFERRAL]
        assert window.current_ref() == REFERRAL
        assert window.editor.text().endswith(" Ulagra tekst frå ei krasj.")
        assert window.isWindowModified()
        saved = workspace.section(REFERRAL).text
        assert not saved.endswith("krasj.")
        save_settings(Settings(author_name="Kari Tester"))
        assert window.save_current(message="Etter krasj")
        assert window.recovery.drafts() == []
    finally:
        window.editor.editor.document().setModified(False)
        window.close()
        window.deleteLater()
        workspace.close()
