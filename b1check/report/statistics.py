"""`--statistics`: how often each rule fired, like `ruff --statistics`."""

from __future__ import annotations

import json

from ..model import FileReport, ReadError
from ..score.statistics import rule_statistics
from .labels import one_line_path


def render(reports: list[FileReport], errors: list[ReadError], as_json: bool = False) -> str:
    counts = rule_statistics(reports)
    if as_json:
        return json.dumps([count.to_dict() for count in counts], ensure_ascii=False, indent=2) + "\n"
    width = max((len(str(count.count)) for count in counts), default=1)
    any_fixable = any(count.fixable for count in counts)
    lines = []
    for count in counts:
        mark = "[*] " if count.fixable else ("    " if any_fixable else "")
        lines.append(f"{count.count:>{width}}  {count.code}  {mark}{count.name}")
    if not counts:
        lines.append("Geen meldingen.")
    if any_fixable:
        lines.append("[*] b1check fix kan een deel hiervan zelf verbeteren.")
    for error in errors:
        lines.append(f"Niet gelezen: {one_line_path(error.path)}: {error.reason}")
    return "\n".join(lines) + "\n"
