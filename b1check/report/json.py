"""JSON output, in the shape documented in the README."""

from __future__ import annotations

import json

from ..model import FileReport, ReadError


def render(reports: list[FileReport], errors: list[ReadError]) -> str:
    data = {
        "files": [report.to_dict() for report in reports],
        "errors": [error.to_dict() for error in errors],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
