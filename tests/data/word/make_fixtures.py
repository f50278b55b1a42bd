"""Renew the reviewed hearing documents in this folder (run from the repository root):

    .venv/bin/python tests/data/word/make_fixtures.py

Needs LibreOffice (``soffice``) for ``reviewed-libreoffice.docx``: the reviewed document is
converted by ``soffice --headless --convert-to docx`` so LibreOffice writes it its own
way. ``reviewed-word.docx`` has the structure Microsoft Word writes (see
``tests/word_fixtures.py``). ``libreoffice-tracked.docx``, ``libreoffice-untracked.docx``
and ``libreoffice-no-name.docx`` are answered in LibreOffice itself, through UNO, by
``libreoffice_edits.py``: that needs LibreOffice's Python (``python3-uno``, run as
``/usr/bin/python3``). The suite reads the committed files; it never runs LibreOffice.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from tests.conftest import FixedClock  # noqa: E402
from tests.word_fixtures import DATA, review  # noqa: E402
from tests.word_support import fixture_round  # noqa: E402

from kartedit.services.folders import import_demo  # noqa: E402
from kartedit.services.workspace import Workspace  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        workspace = Workspace.create(folder / "demo.sqlite", clock=FixedClock())
        try:
            import_demo(workspace)
            _, sent = fixture_round(workspace, folder / "hoyring.docx")
        finally:
            workspace.close()
        review(sent.path, DATA / "reviewed-word.docx", word_style=True)
        plain = review(sent.path, folder / "reviewed-libreoffice.docx", word_style=False)
        out = folder / "converted"
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "docx", "--outdir", str(out), str(plain)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.copy(out / plain.name, DATA / "reviewed-libreoffice.docx")
        subprocess.run(
            ["/usr/bin/python3", str(DATA / "libreoffice_edits.py"), str(sent.path), str(DATA)],
            check=True,
            timeout=300,
        )
    print(f"Wrote the reviewed documents in {DATA}")


if __name__ == "__main__":
    main()
