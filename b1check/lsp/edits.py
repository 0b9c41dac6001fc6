"""The quick fixes for a finding: put a suggestion in its place, or silence it on its line.

A suggestion replaces the finding's text only where it is written for that
place: the word lists' suggestions are the finding's words rewritten in the
sentence's form ("Wij verzochten" → "Wij vroegen"); advice ("gebruik
'vragen'") is a field of its own and never an edit. The abbreviations' are
words for the same place.
Other rules suggest a rewrite ("Schrijf liever: beoordelen"), which a
person makes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from ..load import TEMPLATE_SUFFIXES, detect_format
from ..load.markers import MARKER
from ..model import Finding
from ..rules.words import match_case

PHRASE_RULES = frozenset({"WRD001", "TON001", "NOM003"})
ABBREVIATION_RULES = frozenset({"ABR001", "ABR002"})


@dataclass(frozen=True)
class Replacement:
    text: str
    safe: bool  # the word list marks it safe: `b1check fix` would make it too


def replacements(finding: Finding) -> list[Replacement]:
    """What may stand in the place of the finding's text, the safe one first."""
    found: list[Replacement] = []
    if finding.fix is not None:
        found.append(Replacement(finding.fix, safe=True))
    if finding.rule in ABBREVIATION_RULES or finding.rule in PHRASE_RULES:
        taken = {replacement.text.lower() for replacement in found}
        for suggestion in finding.suggestions:
            text = match_case(suggestion, finding.text)
            if text.lower() not in taken:
                taken.add(text.lower())
                found.append(Replacement(text, safe=False))
    return found


def comment(name: str, codes: Iterable[str]) -> str:
    """An inline ignore in the comment syntax of the file's format (rules/suppress.py)."""
    marker = f"b1check: ignore[{','.join(codes)}]"
    lower = name.lower()
    if lower.endswith(tuple(TEMPLATE_SUFFIXES)):
        return "{# " + marker + " #}"
    if detect_format(name) in ("html", "markdown"):
        return f"<!-- {marker} -->"
    return marker


def ignore_edit(text: str, name: str, line_start: int, line_end: int, code: str) -> tuple[int, int, str]:
    """(start, end, new text) that silences `code` on the line text[line_start:line_end]:
    the code added to a marker already on the line, or a new marker at its end."""
    for marker in MARKER.finditer(text, line_start, line_end):
        codes = marker.group("codes")
        if marker.group("kind") == "ignore" and codes is not None and codes.strip():
            listed = [c.strip().upper() for c in codes.split(",") if c.strip()]
            return marker.start(), marker.end(), f"b1check: ignore[{','.join([*listed, code])}]"
    before = text[line_start:line_end]
    space = "" if not before or before[-1].isspace() else " "
    return line_end, line_end, space + comment(name, [code])
