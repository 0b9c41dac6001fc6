"""One line per finding, `path:line:col: CODE message`, for editors and grep.

A file that could not be read gets `path: niet gelezen: reason`; a letter that
is not B1 gets `path: geen B1: reasons` (the exit code also says so).
"""

from __future__ import annotations

from ..model import FileReport, ReadError
from .labels import one_line_path


def _one_line(text: str) -> str:
    return " ".join(text.split())


def render(reports: list[FileReport], errors: list[ReadError]) -> str:
    lines = []
    for report in reports:
        path = one_line_path(report.path)
        for f in report.findings:
            lines.append(f"{path}:{f.line}:{f.column}: {f.rule} {_one_line(f.message)}")
        if not report.verdict.b1:
            lines.append(f"{path}: geen B1: {'; '.join(report.verdict.reasons)}")
    for error in errors:
        lines.append(f"{one_line_path(error.path)}: niet gelezen: {error.reason}")
    return "".join(line + "\n" for line in lines)
