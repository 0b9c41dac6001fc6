"""`b1check audit --excel`: the table an auditor double-clicks in Excel with Dutch settings,
beside the CSV for programs, which stays as it was."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from b1check.audit.output import CSV_COLUMNS, EXCEL_HEADERS, ExcelReport, excel_cell, excel_text
from b1check.cli import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ORIGINAL = (EXAMPLES / "parkeervergunning" / "origineel.txt").read_text(encoding="utf-8")
PLAIN = (EXAMPLES / "parkeervergunning" / "b1.txt").read_text(encoding="utf-8")

# The header of --csv as programs read it; a change here breaks them.
CSV_HEADER = (
    "path,read,error,words,sentences,syllables,flesch_douma,leesindex_brouwer,average_sentence_length,"
    "long_sentence_share,difficult_word_share,passive_sentence_share,long_sentences,very_long_sentences,"
    "passive_sentences,difficult_words,bureaucratic_phrases,bureaucratic_phrase_share,scope,lint_score,lint_level,"
    "b1,reasons,named_person,person_name,phone,email,findings,errors,warnings,infos,findings_wording,"
    "findings_difficult-word,findings_abbreviation,findings_sentence-length,findings_passive,findings_nominal-style,"
    "findings_paragraph,findings_contact,findings_tone,findings_structure,findings_suppression,points,change,"
    "b1_before,flesch_douma_before,findings_before"
)

SEMICOLON_NAME = 'brief; "concept".txt'
FORMULA_NAME = '=HYPERLINK("x";"y").txt'
ACCENT_NAME = "één-café.txt"


def audit(*args: str, cwd: Path):
    old = os.getcwd()
    try:
        os.chdir(cwd)
        return CliRunner().invoke(cli, ["audit", "--no-progress", *args], catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("excel")
    letters = root / "brieven"
    letters.mkdir()
    (letters / "parkeren.txt").write_text(ORIGINAL, encoding="utf-8")
    (letters / SEMICOLON_NAME).write_text(PLAIN, encoding="utf-8")
    (letters / FORMULA_NAME).write_text(PLAIN, encoding="utf-8")
    (letters / ACCENT_NAME).write_text(PLAIN, encoding="utf-8")
    (letters / "leeg.txt").write_bytes(b"")
    result = audit("brieven", "--fast", "--jobs", "1", "--csv", "tabel.csv", "--excel", "excel.csv", cwd=root)
    raw = (root / "excel.csv").read_bytes()
    return {
        "result": result,
        "raw": raw,
        "rows": list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";")),
        "csv_raw": (root / "tabel.csv").read_bytes(),
        "csv": list(csv.DictReader((root / "tabel.csv").open(encoding="utf-8", newline=""))),
    }


def excel_rows(tables) -> dict[str, dict]:
    header, *rows = tables["rows"]
    return {Path(row[0].removeprefix("'")).name: dict(zip(header, row)) for row in rows}


def test_written_and_said(tables):
    result = tables["result"]
    assert result.exit_code == 0, result.output
    assert "Geschreven: excel.csv" in result.output and "Geschreven: tabel.csv" in result.output


def test_utf8_with_byte_order_mark_and_semicolons(tables):
    raw = tables["raw"]
    assert raw.startswith(b"\xef\xbb\xbfBestand;Gelezen;")  # Excel reads UTF-8 only with the mark
    assert ACCENT_NAME.encode("utf-8") in raw  # not Windows-1252
    assert raw.endswith(b"\r\n")
    assert {len(row) for row in tables["rows"]} == {len(CSV_COLUMNS)}


def test_dutch_headers_for_every_column(tables):
    header = tables["rows"][0]
    assert header == list(EXCEL_HEADERS.values())
    assert len(header) == len(CSV_COLUMNS) == len(set(header))
    for name in ("Bestand", "B1", "Aantal meldingen", "Ambtelijke woorden (%)", "Leesgemak (Flesch-Douma)",
                 "Werkpunten", "Meldingen ambtelijke taal"):
        assert name in header
    assert not any("_" in name for name in header)  # no names of a program


def test_numbers_with_a_decimal_comma_and_yes_no_in_dutch(tables):
    rows = excel_rows(tables)
    row = rows["parkeren.txt"]
    program = next(r for r in tables["csv"] if r["path"].endswith("parkeren.txt"))
    assert row["Gelezen"] == "ja" and row["B1"] == "nee"
    assert row["Leesgemak (Flesch-Douma)"] == program["flesch_douma"].replace(".", ",")
    assert "," in row["Leesgemak (Flesch-Douma)"] and "." not in row["Leesgemak (Flesch-Douma)"]
    # a share is a percentage here: 0.099 in the CSV is 9,9
    share = float(program["bureaucratic_phrase_share"])
    assert row["Ambtelijke woorden (%)"] == f"{share * 100:.1f}".replace(".", ",")
    assert row["Aantal meldingen"] == program["findings"] and int(row["Aantal meldingen"]) > 0
    assert row["Telefoon"] in ("direct nummer", "geen", "alleen algemeen nummer (14 0xx)")
    assert row["Geteld in"] == "lopende tekst"
    unread = rows["leeg.txt"]
    assert unread["Gelezen"] == "nee" and unread["Waarom niet gelezen"] and unread["B1"] == ""


def test_a_file_name_with_a_semicolon_and_quotes_stays_in_one_cell(tables):
    raw = tables["raw"].decode("utf-8-sig")
    assert '"brieven/brief; ""concept"".txt";' in raw.replace(os.sep, "/")
    assert SEMICOLON_NAME in excel_rows(tables)


def test_a_text_that_starts_like_a_formula_is_escaped(tables):
    # in a folder the cell starts with the folder: Excel reads it as text, and it stays as it is
    cell = next(row[0] for row in tables["rows"] if FORMULA_NAME in row[0])
    assert cell == os.path.join("brieven", FORMULA_NAME)
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert excel_text(f"{start}1+1") == f"'{start}1+1"
    assert excel_text("brief.txt") == "brief.txt" and excel_text("a=b") == "a=b"
    assert excel_cell("person_name", "=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0"
    assert excel_cell("error", "-kapot") == "'-kapot"
    # a negative number b1check computed is a number, not a formula
    assert excel_cell("flesch_douma", -12.34) == "-12,3"
    assert excel_cell("words", 0) == "0" and excel_cell("lint_score", "") == ""


def test_a_file_named_like_a_formula_at_the_top(tmp_path):
    (tmp_path / "=1+2.txt").write_text(PLAIN, encoding="utf-8")
    (tmp_path / "@som.txt").write_text(PLAIN, encoding="utf-8")
    result = audit("=1+2.txt", "@som.txt", "--fast", "--jobs", "1", "--excel", "excel.csv", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    cells = [row[0] for row in csv.reader(io.StringIO((tmp_path / "excel.csv").read_text(encoding="utf-8-sig")),
                                           delimiter=";")][1:]
    assert sorted(cells) == ["'=1+2.txt", "'@som.txt"]


def test_the_csv_for_programs_is_unchanged(tables):
    raw = tables["csv_raw"]
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8").split("\r\n", 1)[0] == CSV_HEADER == ",".join(CSV_COLUMNS)
    row = next(r for r in tables["csv"] if r["path"].endswith("parkeren.txt"))
    assert "." in row["flesch_douma"] and float(row["flesch_douma"]) > 0
    assert 0 < float(row["bureaucratic_phrase_share"]) < 1  # a share, not a percentage
    assert row["phone"] in ("direct", "general", "paid", "placeholder", "none") and row["scope"] == "running_text"
    formula = next(r["path"] for r in tables["csv"] if FORMULA_NAME in r["path"])
    assert formula == os.path.join("brieven", FORMULA_NAME)  # as it is: programs read no apostrophes
    # the same letters in the same order
    assert [Path(r["path"]).name for r in tables["csv"]] == [Path(r[0]).name for r in tables["rows"][1:]]


def test_written_whole_or_not_at_all(tmp_path):
    target = tmp_path / "excel.csv"
    target.write_text("vorige tabel", encoding="utf-8")
    report = ExcelReport(str(target))
    assert target.read_text(encoding="utf-8") == "vorige tabel"  # nothing in place while the audit runs
    report.discard()
    assert target.read_text(encoding="utf-8") == "vorige tabel"
    assert [path.name for path in tmp_path.iterdir()] == ["excel.csv"]  # and no temporary file left


@pytest.mark.parametrize("name", ["tabel.xlsx", "tabel.XLS"])
def test_a_workbook_name_is_refused_in_dutch(tmp_path, name):
    (tmp_path / "brief.txt").write_text(PLAIN, encoding="utf-8")
    result = audit("brief.txt", "--fast", "--excel", name, cwd=tmp_path)
    assert result.exit_code == 2 and "eindigt op .csv" in result.output, result.output
    assert not (tmp_path / name).exists() and "gecontroleerd" not in result.output


def test_csv_and_excel_to_one_file_is_refused(tmp_path):
    (tmp_path / "brief.txt").write_text(PLAIN, encoding="utf-8")
    result = audit("brief.txt", "--fast", "--csv", "tabel.csv", "--excel", "tabel.csv", cwd=tmp_path)
    assert result.exit_code == 2 and "schrijven allebei naar" in result.output


def test_every_csv_column_has_its_own_dutch_header_in_the_same_order():
    assert tuple(EXCEL_HEADERS) == CSV_COLUMNS
    assert len(set(EXCEL_HEADERS.values())) == len(EXCEL_HEADERS)
