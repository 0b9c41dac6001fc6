"""The CSV, JSON and JSON Lines files of an audit, written one letter at a time.

Both go to a temporary file beside the target while the audit runs, and take
the target's place only when the audit is done (`files.AtomicFile`): an
interrupted audit leaves the previous report as it was.
"""

from __future__ import annotations

import csv
import json

from ..files import AtomicFile
from ..model import CATEGORIES, LintScore, Metrics
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
