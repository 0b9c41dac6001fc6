"""Silencing findings in the letter itself.

In the comment syntax of the format:

    {# b1check: ignore[WRD001] #}       Jinja/Django
    <!-- b1check: ignore[WRD001] -->    HTML, Markdown
    b1check: ignore[WRD001]             plain text (a line of its own, or at the end of a line)
    b1check: ignore-file[CON]           the whole file; without [...] every rule

A marker silences its own line; a marker alone on its line silences the next
line with text. A finding about the whole letter (contact, next step: `anchor =
"letter"` in rules.toml) has no line of its own: a marker that names its rule
silences it on any line. A marker that silences nothing is reported as SUP001,
like Ruff's RUF100.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language.wordlists import rule_info
from ..load.markers import MARKER
from ..model import Finding

_COMMENT_SYNTAX = re.compile(r"\{#-?|-?#\}|<!--|-->|^\s*(?:#|//|%|;)")


@dataclass
class Suppression:
    start: int  # offsets of the marker in the original
    end: int
    line: int  # where the marker stands
    target: int | None  # the line it silences; None for the whole file
    codes: tuple[str, ...]  # empty: every rule
    used: bool = False

    def covers(self, finding: Finding) -> bool:
        named = any(finding.rule.startswith(code) for code in self.codes)
        if self.target is not None and finding.line != self.target:
            return named and _about_the_letter(finding.rule)
        return not self.codes or named


def _about_the_letter(code: str) -> bool:
    info = rule_info().get(code)
    return info is not None and info.anchor == "letter"


def find_suppressions(original: str) -> list[Suppression]:
    if "b1check:" not in original:
        return []
    lines = original.split("\n")
    line_starts = [0]
    for line in lines[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    found = []
    for match in MARKER.finditer(original):
        line_index = original.count("\n", 0, match.start())
        codes = tuple(c.strip().upper() for c in (match.group("codes") or "").split(",") if c.strip())
        if match.group("kind") == "ignore-file":
            target = None
        else:
            rest = lines[line_index][: match.start() - line_starts[line_index]] + lines[line_index][
                match.end() - line_starts[line_index] :
            ]
            alone = not _COMMENT_SYNTAX.sub("", rest).strip()
            target = line_index + 1
            if alone:  # silence the next line that has text
                for following in range(line_index + 1, len(lines)):
                    if lines[following].strip():
                        target = following + 1
                        break
        found.append(Suppression(match.start(), match.end(), line_index + 1, target, codes))
    return found


def apply_suppressions(findings: list[Finding], suppressions: list[Suppression]) -> list[Finding]:
    kept = []
    for finding in findings:
        silencing = [s for s in suppressions if s.covers(finding)]
        for suppression in silencing:
            suppression.used = True
        if not silencing:
            kept.append(finding)
    return kept
