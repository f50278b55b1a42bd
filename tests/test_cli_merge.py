"""The coordinator's command line: the whole hearing cycle end to end, and bad input."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from tests.cli_support import fails, kartedit, ok

KARI = ["--author", "Kari Koordinator (Helse Bergen)"]
ROLE = "depresjon/kommunal-psykisk-helse/role"
INTERVENTION = "depresjon/kommunal-psykisk-helse/intervention"


@pytest.mark.parametrize(
    "command",
    [
        ("bundle", "import"), ("bundle", "apply"), ("bundle", "export"), ("comments",),
        ("decide",), ("status",), ("round", "approve"), ("round", "sections"),
        ("round", "summary"),
    ],
)  # fmt: skip
def test_every_command_has_help(command: tuple[str, ...]) -> None:
    code, out, _ = kartedit(*command, "--help")
    assert code == 0 and "usage: kartedit" in out


@pytest.mark.parametrize(
    "args",
    [
        ("bundle", "import", "db"),
        ("bundle", "export", "db", "--round", "r", "-o", "f", "--kind", "response"),
        ("comments", "db", "--state", "done"),
        ("decide", "db", "c", "--accept", "--resolve"),
        ("status", "db", "angst", "bup", "role"),
        ("status", "db", "angst", "bup", "role", "--set", "godkjent"),
        ("round", "summary", "db", "r", "--format", "pdf", "-o", "f"),
    ],
)  # fmt: skip
def test_bad_usage_exits_2(args: tuple[str, ...]) -> None:
    assert kartedit(*args)[0] == 2


def _review(monkeypatch: pytest.MonkeyPatch, home: Path, bundle: Path, *args: str) -> str:
    """A reviewer's command, with that reviewer's own data folder (their own laptop)."""
    monkeypatch.setenv("KARTEDIT_DATA_DIR", str(home))
    try:
        return ok("review", *args)
    finally:
        monkeypatch.setenv("KARTEDIT_DATA_DIR", str(home.parent / "data"))


def test_the_whole_hearing_cycle_on_the_command_line(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(demo_db)
    bergen = tmp_path / "bergen.sqlite"
    shutil.copy(demo_db, bergen)  # a municipality's copy, made before the round
    stale_before = ok("stale", str(bergen), "--edition", "bergen")

    # Start a round and send it out.
    started = ok(
        "round", "start", db, "--name", "Høring depresjon 2027", "--pathway", "depresjon",
        "--service", "kommunal-psykisk-helse", "--deadline", "2027-01-15", *KARI,
    )  # fmt: skip
    round_id = started.split("\t")[0]
    review = tmp_path / "runde.kartbundle"
    ok("bundle", "export", db, "--round", round_id[:6], "-o", str(review))

    # Three reviewers respond, each on their own laptop.
    ola, siri, aud = (tmp_path / name for name in ("ola", "siri", "aud"))
    as_ola = ["--reviewer", "Ola Nordmann (PPT Voss)", "--role", "rådgjevar"]
    as_siri = ["--reviewer", "Siri Helse (BUP Bergen)"]
    as_aud = ["--reviewer", "Aud Brukar (Mental Helse Ungdom)", "--role", "brukarrepresentant"]
    _review(
        monkeypatch, ola, review, "comment", str(review), "--section", INTERVENTION,
        "--quote", "vanligvis 6–12 samtaler", "--suggest", "vanligvis 6–15 samtaler",
        "--text", "Mange treng fleire samtalar.", *as_ola,
    )  # fmt: skip
    siri_out = _review(
        monkeypatch, siri, review, "comment", str(review), "--section", INTERVENTION,
        "--quote", "6–12 samtaler", "--text", "Einig med forslaget frå PPT.", *as_siri,
    )  # fmt: skip
    _review(
        monkeypatch, siri, review, "reply", str(review), "--to", siri_out.split("\t")[0][:8],
        "--text", "Gjeld også gruppetilbodet.", *as_siri,
    )  # fmt: skip
    _review(
        monkeypatch, aud, review, "comment", str(review), "--section", ROLE,
        "--quote", "psykiatriske sykepleiere", "--suggest", "psykiatriske sykepleiere, sosionomer",
        "--text", "Sosionomane manglar.", *as_aud,
    )  # fmt: skip
    responses = []
    for home, who in ((ola, as_ola), (siri, as_siri), (aud, as_aud)):
        target = tmp_path / f"svar-{home.name}.kartbundle"
        _review(monkeypatch, home, review, "export", str(review), "-o", str(target), *who)
        responses.append(str(target))

    # The coordinator imports them all; again, nothing changes.
    out = ok("bundle", "import", db, *responses)
    assert out.count("1 new, 0 already present") == 2 and "2 new, 0 already present" in out
    assert "Imported 3 of 3 files; 0 refused." in out
    again = ok("bundle", "import", db, *responses)
    assert again.count("imported before") == 3 and "0 new" in again

    listed = ok("comments", db, "--round", round_id[:6]).splitlines()
    assert len(listed) == 3
    by_reviewer = {line.split("\t")[1]: line.split("\t") for line in listed}
    assert set(by_reviewer) == {"Ola Nordmann", "Siri Helse", "Aud Brukar"}
    ola_line = by_reviewer["Ola Nordmann"]
    assert ola_line[2:6] == ["PPT Voss", "open", "exact", "«vanligvis 6–12 samtaler»"]
    assert ola_line[6:8] == [INTERVENTION, "suggestion"]
    assert by_reviewer["Siri Helse"][-1] == "1 reply"
    assert ok("comments", db, "--organisation", "bup").startswith(by_reviewer["Siri Helse"][0])

    # Decide. Aud's passage was edited meanwhile: the three-way view is needed (exit 3).
    role = ok("show", db, "depresjon", "kommunal-psykisk-helse", "role")
    edited = role.replace("psykiatriske sykepleiere", "sykepleiere med psykiatrisk vidareutdanning")
    assert edited != role
    ok("save", db, "depresjon", "kommunal-psykisk-helse", "role", *KARI, stdin=edited)
    aud_id = by_reviewer["Aud Brukar"][0]
    message = fails("decide", db, aud_id[:8], "--accept", *KARI, code=3)
    assert "three-way" in message and "nothing was changed" in message
    ok("decide", db, aud_id, "--reject", "Teksten er endra alt.", *KARI)
    accepted = ok("decide", db, by_reviewer["Ola Nordmann"][0][:8], "--accept", *KARI)
    assert "accepted" in accepted and "Accepted suggestion from Ola Nordmann (PPT Voss)" in accepted
    ok("decide", db, by_reviewer["Siri Helse"][0], "--resolve", "--reply", "Takk!", *KARI)
    assert "already resolved" in fails(
        "decide", db, by_reviewer["Siri Helse"][0], "--resolve", *KARI
    )
    assert kartedit("comments", db, "--state", "open") == (0, "", "No comments match.\n")
    shown = ok("show", db, "depresjon", "kommunal-psykisk-helse", "intervention")
    assert "vanligvis 6–15 samtaler" in shown

    # Approve and close; the summary lists who said what and what was decided.
    approve = ok("round", "approve", db, round_id, "--close", *KARI)
    assert approve.count("\tapproved") == 6 and "closed «Høring depresjon 2027»" in approve
    summary_csv, summary_html = tmp_path / "oppsummering.csv", tmp_path / "oppsummering.html"
    ok("round", "summary", db, round_id, "--format", "csv", "-o", str(summary_csv))
    ok("round", "summary", db, round_id, "--format", "html", "-o", str(summary_html))
    rows = list(csv.DictReader(io.StringIO(summary_csv.read_text(encoding="utf-8-sig"))))
    decided = {r["navn"]: (r["vedtak"], r["begrunnelse"]) for r in rows if r["type"] != "svar"}
    assert decided == {
        "Ola Nordmann": ("tatt til følge", ""),
        "Siri Helse": ("ferdig behandlet", ""),
        "Aud Brukar": ("ikke tatt til følge", "Teksten er endra alt."),
    }
    assert {r["navn"] for r in rows if r["type"] == "svar"} == {"Siri Helse", "Kari Koordinator"}
    page = summary_html.read_text()
    assert "Teksten er endra alt." in page and "brukarrepresentant" in page

    # Publish the approved text and apply it to Bergen's copy.
    approved = tmp_path / "godkjent.kartbundle"
    out = ok("bundle", "export", db, "--kind", "approved", "--round", round_id, "-o", str(approved))
    assert "6 approved sections" in out
    ok("bundle", "validate", str(approved))
    applied = ok("bundle", "apply", str(bergen), str(approved))
    assert f"{INTERVENTION}\tupdated" in applied and "stale in: bergen" in applied
    assert f"{ROLE}\tupdated" in applied and "4 unchanged" in applied
    again = ok("--language", "nn", "bundle", "apply", str(bergen), str(approved))
    assert "oppdaterte: 0, uendra: 6." in again  # «0 oppdaterte, 6 uendra» needed agreement
    assert "vanligvis 6–15 samtaler" in ok(
        "show", str(bergen), "depresjon", "kommunal-psykisk-helse", "intervention"
    )

    # The right overrides went stale; re-basing carries Bergen's adaptation over.
    stale_after = ok("stale", str(bergen), "--edition", "bergen").splitlines()
    new_stale = [line.split("\t")[0] for line in stale_after if line not in stale_before]
    assert new_stale == [INTERVENTION]
    assert kartedit("stale", str(bergen), "--edition", "voss")[:2] == (0, "")
    rebased = ok("rebase", str(bergen), "--edition", "bergen", "--apply", *KARI)
    assert f"{INTERVENTION}\tsaved" in rebased
    assert kartedit("stale", str(bergen), "--edition", "bergen")[:2] == (0, "")
    local = ok("show", str(bergen), "depresjon", "kommunal-psykisk-helse", "intervention",
               "--edition", "bergen")  # fmt: skip
    assert "vanligvis 6–15 samtaler" in local and "Ungdomslosen" in local


def test_import_reports_refused_files_and_still_takes_the_good_ones(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(demo_db)
    started = ok(
        "round", "start", db, "--name", "Høring", "--pathway", "angst", "--service", "bup",
        "--deadline", "2027-01-15", *KARI,
    )  # fmt: skip
    review = tmp_path / "runde.kartbundle"
    ok("bundle", "export", db, "--round", started.split("\t")[0], "-o", str(review))
    home = tmp_path / "ola"
    _review(
        monkeypatch, home, review, "comment", str(review), "--section", "angst/bup/role",
        "--quote", "psykiske lidelser", "--text", "Godt.",
        "--reviewer", "Ola Nordmann (PPT Voss)",
    )  # fmt: skip
    response = tmp_path / "svar.kartbundle"
    _review(monkeypatch, home, review, "export", str(review), "-o", str(response),
            "--reviewer", "Ola Nordmann (PPT Voss)")  # fmt: skip
    junk = tmp_path / "junk.kartbundle"
    junk.write_bytes(b"not a zip at all")

    code, out, err = kartedit("bundle", "import", db, str(junk), str(review), str(response))

    assert code == 1
    assert f"{junk}: refused: not a ZIP file" in out  # the file named once, not twice
    assert f"{review}: refused: this is a review bundle" in out and "not a response" in out
    assert f"{response}: Ola Nordmann (PPT Voss) on «Høring»: 1 new" in out
    assert err.strip() == "kartedit: 2 of 3 files refused (see above); the others were imported."
    assert len(ok("comments", db).splitlines()) == 1

    round_id = started.split("\t")[0]
    sections = ok("round", "sections", db, round_id[:6]).splitlines()
    assert sections[0].split("\t") == [
        "angst/bup/role", "in_hearing", "1 comment", "1 open", "keeps 100%"
    ]  # fmt: skip
    out = ok("round", "approve", db, round_id, *KARI)
    assert "angst/bup/role\tnot approved\t1 comment or suggestion without a decision" in out
    assert out.count("\tapproved") == 5 and "closed" not in out


def test_status_sets_and_reports(demo_db: Path) -> None:
    db = str(demo_db)
    out = ok("status", db, "angst", "bup", "role", "--set", "approved", *KARI)
    assert out == "angst/bup/role\tapproved\tregional\n"
    assert "(it already was)" in ok(
        "status", db, "angst", "bup", "role", "--set", "approved", *KARI
    )
    message = fails(
        "status", db, "angst", "bup", "role", "--set", "draft", "--edition", "bergen", *KARI
    )
    assert "inherited" in message


def test_unknown_ids_and_empty_decisions_are_user_errors(demo_db: Path) -> None:
    db = str(demo_db)
    assert "No comment" in fails("decide", db, "abcdef12", "--resolve", *KARI)
    assert "Say what to do" in fails("decide", db, "abcdef12", *KARI)
    assert "No hearing round" in fails("round", "approve", db, "abcdef12", *KARI)
    assert "No hearing round" in fails("comments", db, "--round", "abcdef12")
