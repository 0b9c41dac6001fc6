"""One JSON object per line: a finding with its path, or a file that could not be read.

    {"path": ..., "rule": ..., "line": ..., ...}   every field of a finding (see JSON)
    {"path": ..., "error": "reason"}               a file that could not be read
"""

from __future__ import annotations

import json

from ..model import FileReport, ReadError


def render(reports: list[FileReport], errors: list[ReadError]) -> str:
    lines = []
    for report in reports:
        for finding in report.findings:
            lines.append({"path": report.path, **finding.to_dict()})
    for error in errors:
        lines.append({"path": error.path, "error": error.reason})
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
