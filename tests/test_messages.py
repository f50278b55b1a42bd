"""Messages below the GUI: marked, translated into bokmål and nynorsk, said in the CLI's language.

When a test here fails after you added or changed a message, run

    .venv/bin/python packaging/build_translations.py --update

and translate the new entries in resources/translations/kartedit_nb.ts and kartedit_nn.ts
(Qt Linguist, or by hand: fill <translation> and remove type="unfinished").
"""

from __future__ import annotations

import ast
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kartedit.domain.errors import UserError
from kartedit.domain.messages import QT_TRANSLATE_NOOP, Message, fields
from kartedit.services.catalogue import language_from_environment, translator
from tests.bundle_support import make_review_bundle, with_kind, write_entries
from tests.cli_support import kartedit

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "kartedit"
TRANSLATIONS = ROOT / "resources" / "translations"
WHAT_TO_RUN = (
    "run «.venv/bin/python packaging/build_translations.py --update» and translate the "
    "new messages in resources/translations/kartedit_nb.ts and kartedit_nn.ts"
)
ERRORS = {"UserError", "NotFoundError", "StoreError", "BundleError"}


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _lupdate() -> str:
    venv = Path(sys.executable).parent
    for candidate in (venv / "pyside6-lupdate", shutil.which("pyside6-lupdate")):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    pytest.skip("pyside6-lupdate is not installed")
    raise AssertionError


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_every_message_in_the_code_has_a_finished_translation(
    language: str, tmp_path: Path
) -> None:
    """lupdate over the sources into a copy of the catalogue: nothing new, nothing unfinished."""
    catalogue = tmp_path / f"kartedit_{language}.ts"
    shutil.copy(TRANSLATIONS / catalogue.name, catalogue)
    sources = sorted(str(p.relative_to(ROOT)) for p in SRC.rglob("*.py"))
    subprocess.run(
        [_lupdate(), *sources, "-no-obsolete", "-silent", "-ts", str(catalogue)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    unfinished = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in _messages(catalogue)
        if (found := message.find("translation")) is None
        or found.get("type") == "unfinished"
        or not ("".join(found.itertext())).strip()
    ]
    assert not unfinished, (
        f"{len(unfinished)} message(s) without a finished {language} translation: "
        f"{WHAT_TO_RUN}.\n" + "\n".join(unfinished[:20])
    )


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_translations_keep_the_fields_of_their_source(language: str) -> None:
    wrong = []
    for context, message in _messages(TRANSLATIONS / f"kartedit_{language}.ts"):
        source = message.findtext("source", "")
        translation = message.findtext("translation") or ""
        if "{" not in source or not translation or message.get("numerus") == "yes":
            continue
        try:
            if fields(source) != fields(translation):
                wrong.append(f"{context}: {source!r} → {translation!r}")
        except ValueError:
            wrong.append(f"{context}: {source!r} → {translation!r} (unbalanced braces)")
    assert not wrong, "translations that lose or add a {field}:\n" + "\n".join(wrong)


def _unmarked(node: ast.AST) -> bool:
    """A finished English sentence: a string literal or f-string, not a marked source."""
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def test_no_message_below_the_gui_is_an_unmarked_english_sentence() -> None:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if "gui" in path.relative_to(SRC).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            suspects: list[ast.AST] = []
            if name in ERRORS and node.args:
                first = node.args[0]
                suspects = list(first.elts) if isinstance(first, ast.List) else [first]
            elif name in ("of", "say", "counted") and node.args:
                # Message.of(…), the CLI's say(…) and counted(n, one, many): marked sources
                suspects = node.args[1:3] if name == "counted" else node.args[:1]
            elif name in ("add", "append", "_fail") and node.args:
                owner = getattr(node.func, "value", None)
                if name == "_fail" or getattr(owner, "id", "") in ("problems", "notices"):
                    suspects = [node.args[0]]
            found += [f"{path.relative_to(ROOT)}:{s.lineno}" for s in suspects if _unmarked(s)]
    assert not found, (
        "errors raised with an English sentence; wrap it as "
        'QT_TRANSLATE_NOOP("Errors", "… {name} …") with name=value, then '
        + WHAT_TO_RUN
        + ":\n"
        + "\n".join(found)
    )


def test_a_user_error_says_english_by_default_and_norwegian_on_request() -> None:
    error = UserError(
        QT_TRANSLATE_NOOP(
            "Errors", "{path}: no such database. Create one with «kartedit init {path}»."
        ),
        path="kart.db",
    )
    assert str(error) == error.message
    assert error.message == "kart.db: no such database. Create one with «kartedit init kart.db»."
    assert error.message_in(translator("nb")).startswith("kart.db: databasen finnes ikke.")
    assert error.message_in(translator("nn")).startswith("kart.db: databasen finst ikkje.")


def test_values_are_inserted_never_read_as_templates() -> None:
    message = Message.of(
        QT_TRANSLATE_NOOP("Errors", "{label}: {problem}"), label="{x}", problem="}"
    )
    assert message.render(translator("nb")) == "{x}: }"
    assert UserError("A person's own text with {braces}").message == (
        "A person's own text with {braces}"
    )


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"LANG": "nb_NO.UTF-8"}, "nb"),
        ({"LANG": "no_NO.UTF-8"}, "nb"),
        ({"LANG": "nn_NO.UTF-8"}, "nn"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_ALL": "nn_NO.UTF-8", "LANG": "en_US.UTF-8"}, "nn"),
        ({"LANGUAGE": "nn:nb", "LANG": "nb_NO.UTF-8"}, "nn"),
        ({"LC_MESSAGES": "C", "LANG": "nb_NO.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_cli_language_follows_the_locale_variables(
    environment: dict[str, str], language: str
) -> None:
    assert language_from_environment(environment) == language


# -- the CLI's one line on stderr, in Norwegian --------------------------------------------


@pytest.fixture
def norwegian(monkeypatch: pytest.MonkeyPatch, private_dirs: Path) -> object:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)

    def use(locale: str) -> None:
        monkeypatch.setenv("LANG", locale)

    return use


def _error_line(*args: str) -> str:
    code, out, err = kartedit(*args)
    lines = err.strip().splitlines()
    assert (code, out, len(lines)) == (1, "", 1), (code, out, err)
    assert lines[0].startswith("kartedit: ")
    return lines[0]


LOCALES = {"nb_NO.UTF-8": "nb", "nn_NO.UTF-8": "nn"}
EXPECTED = {
    "missing": {"nb": "databasen finnes ikke", "nn": "databasen finst ikkje"},
    "locked": {"nb": "databasen er opptatt", "nn": "databasen er oppteken"},
    "not-zip": {"nb": "ikke en ZIP-fil", "nn": "ikkje ei ZIP-fil"},
    "path-trick": {
        "nb": "har en sti med «..» som går ut av pakken",
        "nn": "har ein sti med «..» som går ut av pakken",
    },
    "approved-as-review": {
        "nb": "dette er en godkjent pakke, ikke en høringspakke",
        "nn": "dette er ein godkjend pakke, ikkje ein høyringspakke",
    },
}


@pytest.mark.parametrize("locale", LOCALES)
def test_a_missing_database_is_said_in_norwegian(
    locale: str, norwegian: object, tmp_path: Path
) -> None:
    norwegian(locale)  # type: ignore[operator]
    line = _error_line("show", str(tmp_path / "borte.db"), "angst", "fastlege", "role")
    assert EXPECTED["missing"][LOCALES[locale]] in line and "borte.db" in line


@pytest.mark.parametrize("locale", LOCALES)
def test_a_locked_database_is_said_in_norwegian(
    locale: str, norwegian: object, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    norwegian(locale)  # type: ignore[operator]
    monkeypatch.setattr("kartedit.store.sqlite.BUSY_TIMEOUT_MS", 0)
    holder = sqlite3.connect(demo_db, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        line = _error_line(
            "save", str(demo_db), "angst", "fastlege", "role", "--author", "Kari (BUP)"
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert EXPECTED["locked"][LOCALES[locale]] in line


@pytest.mark.parametrize("locale", LOCALES)
def test_a_file_that_is_not_a_zip_is_refused_in_norwegian(
    locale: str, norwegian: object, tmp_path: Path
) -> None:
    norwegian(locale)  # type: ignore[operator]
    junk = tmp_path / "brev.kartbundle"
    junk.write_bytes(b"Dette er et brev, ikke en pakke.")
    line = _error_line("review", "list", str(junk))
    assert EXPECTED["not-zip"][LOCALES[locale]] in line and str(junk) in line


@pytest.mark.parametrize("locale", LOCALES)
def test_a_path_trick_in_a_bundle_is_refused_in_norwegian(
    locale: str, norwegian: object, tmp_path: Path
) -> None:
    norwegian(locale)  # type: ignore[operator]
    trick = write_entries(tmp_path / "lure.kartbundle", {"../../evil.md": b"x"})
    line = _error_line("review", "list", str(trick))
    assert EXPECTED["path-trick"][LOCALES[locale]] in line and str(trick) in line


@pytest.mark.parametrize("locale", LOCALES)
def test_an_approved_bundle_opened_for_review_is_refused_in_norwegian(
    locale: str, norwegian: object, workspace: object, tmp_path: Path
) -> None:
    review = tmp_path / "runde.kartbundle"
    make_review_bundle(workspace, review)  # type: ignore[arg-type]
    forged = with_kind(review, "approved", tmp_path / "godkjent.kartbundle")
    norwegian(locale)  # type: ignore[operator]
    line = _error_line("review", "list", str(forged))
    assert EXPECTED["approved-as-review"][LOCALES[locale]] in line, line


def test_language_option_wins_over_the_environment(norwegian: object, tmp_path: Path) -> None:
    norwegian("nb_NO.UTF-8")  # type: ignore[operator]
    line = _error_line("--language", "nn", "show", str(tmp_path / "x.db"), "a", "b", "role")
    assert "databasen finst ikkje" in line
    line = _error_line("--language", "en", "show", str(tmp_path / "x.db"), "a", "b", "role")
    assert "no such database" in line


def test_machine_readable_output_does_not_change_with_the_language(
    norwegian: object, demo_db: Path
) -> None:
    norwegian("nn_NO.UTF-8")  # type: ignore[operator]
    _, nn_out, _ = kartedit("deviation", str(demo_db), "--format", "csv")
    _, en_out, _ = kartedit("--language", "en", "deviation", str(demo_db), "--format", "csv")
    assert nn_out == en_out


def test_a_leading_language_option_still_reaches_the_command() -> None:
    from kartedit.__main__ import opens_window

    assert not opens_window(["--language", "nn", "history", "kart.db", "a", "b", "role"])
    assert not opens_window(["--language=nb", "round", "list", "kart.db"])
    assert opens_window(["--language", "nb"])  # the window, in bokmål
    assert opens_window(["--language", "nb", "kart.sqlite"])


def test_the_cli_says_norwegian_without_loading_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from kartedit.cli.main import run\n"
        f"status = run(['show', {str(tmp_path / 'borte.db')!r}, 'angst', 'bup', 'role'])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(status, qt)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "LANG": "nn_NO.UTF-8", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "1 []"
    assert "databasen finst ikkje" in done.stderr


# -- what main's Word, publishing and desktop commands say, in Norwegian --------------------


def test_a_file_that_is_not_a_word_document_is_refused_in_norwegian(tmp_path: Path) -> None:
    from kartedit.bundle.problems import BundleError
    from kartedit.bundle.worddoc.reader import read_word_reply

    letter = tmp_path / "svar.docx"
    letter.write_bytes(b"%PDF-1.7 not a Word document")
    with pytest.raises(BundleError) as caught:
        read_word_reply(letter)
    assert "not a Word document (.docx)" in caught.value.message
    assert "ikke et Word-dokument (.docx)" in caught.value.message_in(translator("nb"))
    assert "ikkje eit Word-dokument (.docx)" in caught.value.message_in(translator("nn"))


def test_deadline_warnings_are_said_in_the_readers_language() -> None:
    from datetime import date

    from kartedit.domain.deadlines import deadline_warnings

    short, christmas = deadline_warnings(date(2026, 12, 3), date(2027, 1, 4))
    assert short.message.endswith("(consider 2 more weeks).")
    assert short.said.render(translator("nb")) == (
        "fristen er bare 32 dager unna; høringer gir vanligvis minst seks uker (vurder 2 uker til)."
    )
    assert christmas.said.render(translator("nn")) == (
        "høyringsperioden omfattar jula, då få svarar; vurder 1 veke til."
    )


def test_publish_check_findings_in_nynorsk(norwegian: object, demo_db: Path) -> None:
    norwegian("nn_NO.UTF-8")  # type: ignore[operator]
    code, out, err = kartedit("publish", str(demo_db), "--edition", "bergen", "--check")
    assert code == 1
    assert "ikkje godkjend (" in out and "not approved" not in out
    assert "ting å rette i «bergen»." in err


def test_an_editions_written_standard_is_not_the_language_the_cli_speaks(
    norwegian: object, demo_db: Path
) -> None:
    """«kartedit language DB EDITION nn» sets the edition's standard; the terminal keeps its own."""
    norwegian("en_GB.UTF-8")  # type: ignore[operator]
    _, out, _ = kartedit("language", str(demo_db), "bergen", "nn")
    assert out.strip() == "«bergen» is published in nynorsk."
    _, out, _ = kartedit("--language", "nb", "language", str(demo_db), "bergen", "nb")
    assert out.strip() == "«bergen» publiseres på bokmål."


def test_publishing_refusals_are_said_in_norwegian(norwegian: object, demo_db: Path) -> None:
    norwegian("nb_NO.UTF-8")  # type: ignore[operator]
    line = _error_line("publish", str(demo_db), "--version", "eitt")
    assert "«eitt» er ikke et versjonsnummer" in line
    line = _error_line("publish", str(demo_db))
    assert "Hvor skal det publiseres?" in line
