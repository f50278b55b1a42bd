"""Answer a hearing document in LibreOffice itself, as reviewers do, for the fixtures here.

Run with LibreOffice's Python (Debian: ``python3-uno``; ``/usr/bin/python3``), not the
project's: ``/usr/bin/python3 tests/data/word/libreoffice_edits.py HOYRING.docx OUTDIR``.
``make_fixtures.py`` runs it. It starts its own headless LibreOffice on a temporary profile,
edits the document through UNO (typing, replacing, deleting, Enter for a new paragraph,
with track changes on or off) and saves each answer as LibreOffice writes ``.docx``.

Documents are loaded as models without a view: LibreOffice 7.4 without its GUI packages
crashes drawing a comment's window in a headless view.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

TRACKED = "libreoffice-tracked.docx"
"""Tracking on: a new paragraph inside a section and one after its last paragraph, two letters
of a word replaced, a deleted sentence that starts in bold, a new list item, a list item
deleted whole, two paragraphs joined, a new paragraph in a table's cell, words typed before a
section's first word."""
UNTRACKED = "libreoffice-untracked.docx"
"""Tracking off: a new paragraph inside a section, a sentence typed at a section's end, a new
paragraph in a table's cell, words typed before a section's first word."""
NO_NAME = "libreoffice-no-name.docx"
"""LibreOffice never given a user name («Unknown Author»), tracking on, the form filled in, a
question of the letter answered in a comment and another one reworded."""
REVIEWER = ("Mona", "Midt")
FORM = ("Kari Nordmann", "Foreldreutvalget", "forelder")


def _value(name: str, value: object) -> PropertyValue:
    item = PropertyValue()
    item.Name = name
    item.Value = value
    return item


class Office:
    def __init__(self, profile: Path) -> None:
        pipe = f"kartedit{int(time.time() * 1000)}"
        self.process = subprocess.Popen(
            [
                "soffice",
                "--headless",
                "--invisible",
                "--norestore",
                f"-env:UserInstallation={profile.as_uri()}",
                f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
            ]
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        for _ in range(60):
            try:
                self.context = resolver.resolve(
                    f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"
                )
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise SystemExit("LibreOffice did not start")
        self.manager = self.context.ServiceManager

    def author(self, given: str, surname: str) -> None:
        """Who LibreOffice records as the author of tracked changes."""
        provider = self.manager.createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", self.context
        )
        node = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess",
            (_value("nodepath", "/org.openoffice.UserProfile/Data"),),
        )
        node.setPropertyValue("givenname", given)
        node.setPropertyValue("sn", surname)
        node.commitChanges()

    def open(self, path: Path):
        document = self.manager.createInstanceWithContext(
            "com.sun.star.text.TextDocument", self.context
        )
        document.load((_value("URL", path.as_uri()), _value("FilterName", "MS Word 2007 XML")))
        return document

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=60)


def save(document, path: Path) -> None:
    document.storeToURL(path.as_uri(), (_value("FilterName", "MS Word 2007 XML"),))
    document.close(True)


def find(document, text: str):
    """A cursor selecting the first ``text`` in a body paragraph."""
    paragraphs = document.getText().createEnumeration()
    while paragraphs.hasMoreElements():
        paragraph = paragraphs.nextElement()
        if not paragraph.supportsService("com.sun.star.text.Paragraph"):
            continue
        at = paragraph.getString().find(text)
        if at >= 0:
            cursor = document.getText().createTextCursorByRange(paragraph.getStart())
            cursor.goRight(at, False)
            cursor.goRight(len(text), True)
            return cursor
    raise SystemExit(f"not found: {text!r}")


def type_at_end(document, paragraph_text: str, typed: str) -> None:
    cursor = find(document, paragraph_text)
    cursor.gotoEndOfParagraph(False)
    cursor.getText().insertString(cursor, typed, False)


def type_at_start(document, paragraph_text: str, typed: str) -> None:
    cursor = find(document, paragraph_text)
    cursor.gotoStartOfParagraph(False)
    cursor.getText().insertString(cursor, typed, False)


def new_paragraph(document, paragraph_text: str, typed: str) -> None:
    """Enter at the end of the paragraph holding ``paragraph_text``, then ``typed``."""
    cursor = find(document, paragraph_text)
    cursor.gotoEndOfParagraph(False)
    cursor.getText().insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
    cursor.getText().insertString(cursor, typed, False)


def new_paragraph_in_cell(document, first_cell_text: str, typed: str) -> None:
    """Enter at the end of the second cell of the row whose first cell is ``first_cell_text``."""
    tables = document.getTextTables()
    for index in range(tables.getCount()):
        table = tables.getByIndex(index)
        for row in range(1, table.getRows().getCount() + 1):
            if table.getCellByName(f"A{row}").getString() == first_cell_text:
                cell = table.getCellByName(f"B{row}").getText()
                cursor = cell.createTextCursor()
                cursor.gotoEnd(False)
                cell.insertControlCharacter(cursor, 0, False)
                cell.insertString(cursor, typed, False)
                return
    raise SystemExit(f"no row {first_cell_text!r}")


def main(sent: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        office = Office(Path(profile))
        try:
            office.author(*REVIEWER)
            document = office.open(sent)
            document.RecordChanges = True
            new_paragraph(
                document, "eller svimmelhet.", "Fastlegen kjenner ofte familien over tid."
            )
            new_paragraph(
                document,
                "Benzodiazepiner skal ikke brukes",
                "Vurder også henvisning til fysioterapeut ved muskelspenninger.",
            )
            new_paragraph(document, "gi råd til barnet og foresatte", "gi råd til skolen")
            new_paragraph(
                document,
                "vurder henvisning eller ny henvisning.",
                "Avtal gjerne en telefonkontroll etter to uker.",
            )
            bold_sentence = "Legemidler er ikke førstevalg ved angst hos barn og unge. "
            find(document, bold_sentence).setString("")
            cursor = find(document, "stoffskifteforstyrrelser")
            cursor.collapseToEnd()
            cursor.goLeft(2, True)
            cursor.setString("ar")
            cursor = find(document, "barnevernstjenesten ved bekymring for omsorgssituasjonen")
            cursor.gotoStartOfParagraph(False)
            cursor.gotoNextParagraph(True)
            cursor.setString("")  # a whole list item, its paragraph mark too
            cursor = find(document, "Før henvisning kan fastlegen drøfte")
            cursor.gotoStartOfParagraph(False)
            cursor.goLeft(1, True)
            cursor.setString(" ")  # two paragraphs joined
            new_paragraph_in_cell(document, "Oppstart", "Bruk gjerne SDQ.")
            type_at_start(
                document, "er førstevalg i behandling av angstlidelser", "Som hovedregel: "
            )
            save(document, out / TRACKED)

            document = office.open(sent)
            document.RecordChanges = False
            new_paragraph(
                document, "eller svimmelhet.", "Fastlegen kjenner ofte familien over tid."
            )
            type_at_end(document, "Ved akutt forverring kontaktes BUP", " Ring alltid først.")
            new_paragraph_in_cell(document, "Oppstart", "Bruk gjerne SDQ.")
            type_at_start(
                document, "er spesialisthelsetjenesten for barn og unge", "Kort fortalt: "
            )
            save(document, out / UNTRACKED)

            office.author("", "")
            document = office.open(sent)
            document.RecordChanges = True
            find(document, "portåpner").setString("døråpner")
            find(document, "tydeleg").setString("klar")  # in the letter
            answer = document.createInstance("com.sun.star.text.textfield.Annotation")
            answer.Content = "Ja, om samarbeid med skolen."  # on the letter's question
            cursor = find(document, "Manglar det noko om samarbeid?")
            cursor.getText().insertTextContent(cursor, answer, True)
            tables = document.getTextTables()
            form = tables.getByName(tables.getElementNames()[-2])
            for row, answer in enumerate(FORM, start=2):
                form.getCellByName(f"B{row}").setString(answer)
            save(document, out / NO_NAME)
        finally:
            office.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve())
