"""The CSV, Excel, JSON and JSON Lines files of an audit, written one letter at a time.

All go to a temporary file beside the target while the audit runs, and take
the target's place only when the audit is done (`files.AtomicFile`): an
interrupted audit leaves the previous report as it was.
"""

from __future__ import annotations

import csv
import json

from ..files import AtomicFile
from ..model import CATEGORIES, RUNNING_TEXT, LintScore, Metrics
from ..report.labels import CATEGORY_NAMES, EMAIL_NAMES, PHONE_NAMES
from .run import LetterResult
from .summary import ArchiveSummary

METRICS = tuple(name for name in Metrics.__dataclass_fields__ if name != "lint")
LINT_COLUMNS = ("lint_score", "lint_level")
CSV_COLUMNS = (
    "path", "read", "error", *METRICS, *LINT_COLUMNS, "b1", "reasons", "named_person", "person_name", "phone", "email",
    "findings", "errors", "warnings", "infos", *(f"findings_{category}" for category in CATEGORIES),
    "points", "change", "b1_before", "flesch_douma_before", "findings_before",
)


def _lint_columns(lint: LintScore) -> dict:
    """LiNT-II in the CSV: empty when it was not computed (the fast mode)."""
    if not lint.available:
        return {"lint_score": "", "lint_level": ""}
    return {"lint_score": round(lint.score, 1), "lint_level": lint.level}


class CsvReport:
    """One row per letter, read or not. Numbers with a decimal point; UTF-8."""

    def __init__(self, path: str) -> None:
        self._file = AtomicFile(path, newline="")
        self._writer = csv.DictWriter(self._file.file, fieldnames=CSV_COLUMNS)
        self._writer.writeheader()

    def add(self, result: LetterResult) -> None:
        self._writer.writerow(csv_row(result))

    def close(self) -> None:
        self._file.commit()

    def discard(self) -> None:
        self._file.discard()


def csv_row(result: LetterResult) -> dict:
    """A letter's row of the CSV, by column name; the columns left out are empty."""
    if result.report is None:
        return {"path": result.error.path, "read": "nee", "error": result.error.reason}
    report, counts = result.report, result.counts
    contact = report.contact
    row = {
        "path": report.path, "read": "ja", "error": "",
        **{name: getattr(report.metrics, name) for name in METRICS},
        **_lint_columns(report.metrics.lint),
        "b1": "ja" if report.verdict.b1 else "nee", "reasons": " | ".join(report.verdict.reasons),
        "named_person": "ja" if contact.named_person else "nee", "person_name": contact.person_name or "",
        "phone": contact.phone, "email": contact.email,
        "findings": len(report.findings), "errors": counts.errors, "warnings": counts.warnings,
        "infos": counts.infos,
        **{f"findings_{category}": count for category, count in zip(CATEGORIES, counts.categories)},
        "points": counts.points,
    }
    comparison = result.comparison
    if comparison is not None:
        row["change"] = {"better": "beter", "worse": "slechter", "same": "gelijk", "new": "nieuw"}[comparison.status]
        if comparison.previous:
            row.update(b1_before="ja" if comparison.previous.b1 else "nee",
                       flesch_douma_before=comparison.previous.flesch_douma,
                       findings_before=comparison.previous.findings)
    return row


# The table for Excel (`--excel`): the columns of the CSV, in the same order, with Dutch headers
# a reader without the README understands. The shares ("…_share", 0 to 1) become percentages.
EXCEL_HEADERS = {
    "path": "Bestand", "read": "Gelezen", "error": "Waarom niet gelezen",
    "words": "Woorden", "sentences": "Zinnen", "syllables": "Lettergrepen",
    "flesch_douma": "Leesgemak (Flesch-Douma)", "leesindex_brouwer": "Leesindex Brouwer",
    "average_sentence_length": "Woorden per zin (gemiddeld)",
    "long_sentence_share": "Lange zinnen (%)", "difficult_word_share": "Moeilijke woorden (%)",
    "passive_sentence_share": "Zinnen in lijdende vorm (%)",
    "long_sentences": "Lange zinnen", "very_long_sentences": "Heel lange zinnen",
    "passive_sentences": "Zinnen in lijdende vorm", "difficult_words": "Moeilijke woorden",
    "bureaucratic_phrases": "Ambtelijke woorden", "bureaucratic_phrase_share": "Ambtelijke woorden (%)",
    "scope": "Geteld in", "lint_score": "LiNT-II-score", "lint_level": "LiNT-II-niveau",
    "b1": "B1", "reasons": "Waarom wel of niet B1", "named_person": "Naam van een persoon", "person_name": "Naam",
    "phone": "Telefoon", "email": "E-mail",
    "findings": "Aantal meldingen", "errors": "Fouten", "warnings": "Waarschuwingen", "infos": "Tips",
    **{f"findings_{category}": f"Meldingen {CATEGORY_NAMES[category].lower()}" for category in CATEGORIES},
    "points": "Werkpunten", "change": "Sinds de vorige keer", "b1_before": "B1 vorige keer",
    "flesch_douma_before": "Leesgemak vorige keer", "findings_before": "Meldingen vorige keer",
}
# (tests/audit/test_excel.py checks that every column has one Dutch header of its own, in the CSV's order)

# Text values shown in Dutch; a value not in the table is written as it is.
_EXCEL_WORDS = {"phone": PHONE_NAMES, "email": EMAIL_NAMES, "scope": {RUNNING_TEXT: "lopende tekst"}}

# A cell that starts with one of these is a formula to Excel (=, + and -, @ and DDE after a tab or a
# carriage return): a letter named "=HYPERLINK(…).txt" or a name read from a letter would run.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def excel_text(value: str) -> str:
    """A text for a cell of the Excel table: with an apostrophe in front when Excel would read it as a
    formula. The apostrophe then shows in the cell; the text itself is kept whole."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def excel_number(value: float) -> str:
    """A number as Excel with Dutch settings reads it: 54,3 (a decimal comma, no point between thousands)."""
    if isinstance(value, int):
        return str(value)
    return f"{value:.1f}".replace(".", ",")


def excel_cell(column: str, value) -> str:
    """One value of `csv_row` as it stands in the Excel table."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, (int, float)):
        return excel_number(value * 100 if column.endswith("_share") else value)
    return excel_text(_EXCEL_WORDS.get(column, {}).get(value, str(value)))


class ExcelReport:
    """The table of `CsvReport` for a person who double-clicks it in Excel with Dutch settings.

    Excel's own dialect there: a semicolon between the cells, UTF-8 with a byte order mark (without it
    Excel reads 'é' as 'Ã©'), a decimal comma, Dutch headers, ja/nee, shares as percentages, and no text
    that Excel runs as a formula. The first header is "Bestand": a file that starts with "ID" Excel
    takes for another format (SYLK). There is no "sep=;" line: with it, Excel ignores the byte order mark.
    """

    def __init__(self, path: str) -> None:
        self._file = AtomicFile(path, encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._file.file, delimiter=";", quotechar='"', lineterminator="\r\n")
        self._writer.writerow(EXCEL_HEADERS.values())

    def add(self, result: LetterResult) -> None:
        row = csv_row(result)
        self._writer.writerow(excel_cell(column, row.get(column)) for column in CSV_COLUMNS)

    def close(self) -> None:
        self._file.commit()

    def discard(self) -> None:
        self._file.discard()


class JsonReport:
    """The JSON shape of `b1check check --format json`, plus a "summary" block.

    Each letter is written as soon as it is checked, one per line; errors and
    the summary follow at the end.
    """

    def __init__(self, path: str) -> None:
        self._file = AtomicFile(path)
        self._file.write('{"files": [\n')
        self._first = True

    def add(self, result: LetterResult) -> None:
        if result.report is None:
            return
        self._file.write(("" if self._first else ",\n") + json.dumps(letter_data(result), ensure_ascii=False))
        self._first = False

    def close(self, summary: ArchiveSummary) -> None:
        errors = json.dumps([error.to_dict() for error in summary.errors], ensure_ascii=False, indent=2)
        body = json.dumps(summary.to_dict(), ensure_ascii=False, indent=2)
        self._file.write(f'\n],\n"errors": {errors},\n"summary": {body}\n}}\n')
        self._file.commit()

    def discard(self) -> None:
        self._file.discard()


def letter_data(result: LetterResult) -> dict:
    """A checked letter as JSON: the shape of `check --format json`, with its baseline block."""
    data = result.report.to_dict()
    if result.comparison is not None:
        data["baseline"] = result.comparison.to_dict()
    return data


class JsonLinesReport:
    """One JSON object a line, written as each letter comes, for archives too big to load as one document.

        {"path": ..., "metrics": ..., "findings": [...], ...}   a letter (the shape of a file in --json)
        {"path": ..., "error": "reason"}                        a file that could not be read
        {"summary": {...}}                                       the last line: the summary of --json

    The lines are in the order of the walk, as in the other reports.
    """

    def __init__(self, path: str) -> None:
        self._file = AtomicFile(path)

    def add(self, result: LetterResult) -> None:
        if result.report is None:
            line = {"path": result.error.path, "error": result.error.reason}
        else:
            line = letter_data(result)
        self._file.write(json.dumps(line, ensure_ascii=False) + "\n")

    def close(self, summary: ArchiveSummary) -> None:
        self._file.write(json.dumps({"summary": summary.to_dict()}, ensure_ascii=False) + "\n")
        self._file.commit()

    def discard(self) -> None:
        self._file.discard()
