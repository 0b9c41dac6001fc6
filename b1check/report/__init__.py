"""Stage 5, report: formatters turn reports into output; they compute nothing. Also the
Dutch labels and the rule documentation. May import: score, rules and every stage below.

Every module in `FORMATS` has `render(reports, errors) -> str`; `text` also
takes `colour`. `render` below picks one, or the statistics table.
"""

from __future__ import annotations

from ..model import FileReport, ReadError
from . import concise, github, json, json_lines, junit, sarif, statistics, text

FORMATS = {
    "text": text,
    "concise": concise,
    "json": json,
    "json-lines": json_lines,
    "sarif": sarif,
    "github": github,
    "junit": junit,
}

# Formats whose readers are programs that parse JSON; --statistics answers them in JSON.
JSON_FORMATS = {"json", "json-lines"}


def render(
    name: str,
    reports: list[FileReport],
    errors: list[ReadError],
    *,
    colour: bool = False,
    with_statistics: bool = False,
) -> str:
    if with_statistics:
        return statistics.render(reports, errors, as_json=name in JSON_FORMATS)
    if name == "text":
        return text.render(reports, errors, colour)
    return FORMATS[name].render(reports, errors)
