"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

    ::warning file=brief.txt,line=3,col=5,endLine=3,endColumn=14,title=WRD001::message

A letter that is not B1 gets one annotation on the file; an unreadable file an error.
"""

from __future__ import annotations

from ..model import FileReport, ReadError, Severity
from .labels import better

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def _command(kind: str, message: str, **properties) -> str:
    props = ",".join(f"{key}={_property(str(value))}" for key, value in properties.items())
    return f"::{kind} {props}::{_data(message)}"


def render(reports: list[FileReport], errors: list[ReadError]) -> str:
    lines = []
    for report in reports:
        for f in report.findings:
            message = f.message + better(f)
            lines.append(
                _command(
                    _COMMAND[f.severity],
                    message,
                    file=report.path,
                    line=f.line,
                    col=f.column,
                    endLine=f.end_line,
                    endColumn=f.end_column,
                    title=f.rule,
                )
            )
        if not report.verdict.b1:
            reasons = "\n".join(f"- {reason}" for reason in report.verdict.reasons)
            lines.append(_command("warning", f"Deze brief is geen B1.\n{reasons}", file=report.path, title="B1"))
    for error in errors:
        lines.append(_command("error", error.reason, file=error.path, title="niet gelezen"))
    return "".join(line + "\n" for line in lines)
