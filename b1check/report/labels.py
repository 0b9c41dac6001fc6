"""The Dutch words b1check shows for the values in a report, in one place.

Every output that names a category, a severity or a kind of contact detail
(text, HTML report, web page, rule docs) takes its words from here, and every
count is written with `count`: "1 melding", "2 meldingen".
"""

from __future__ import annotations

from ..language.tokens import dutch_number as number  # 12.345 and 12.345,6, as Dutch writes them
from ..model import CATEGORIES, SEVERITY_NAMES, Severity  # noqa: F401  (SEVERITY_NAMES: the reports take it from here)

CATEGORY_NAMES = {
    "wording": "Ambtelijke taal",
    "difficult-word": "Moeilijk woord",
    "abbreviation": "Afkorting",
    "sentence-length": "Lange zin",
    "passive": "Lijdende vorm",
    "nominal-style": "Naamwoordstijl",
    "paragraph": "Lange alinea",
    "contact": "Contact",
    "tone": "Toon",
    "structure": "Opbouw",
    "suppression": "Uitzondering",
}
assert set(CATEGORY_NAMES) == set(CATEGORIES), "every category needs a Dutch name"

SEVERITY_PLURALS = {Severity.ERROR: "fouten", Severity.WARNING: "waarschuwingen", Severity.INFO: "tips"}

PHONE_NAMES = {
    "direct": "direct nummer",
    "general": "alleen algemeen nummer (14 0xx)",
    "paid": "alleen betaald nummer (0900)",
    "placeholder": "sjabloonveld",
    "none": "geen",
}

EMAIL_NAMES = {
    "personal_or_team": "adres van persoon of team",
    "generic": "alleen algemeen adres",
    "noreply": "alleen noreply-adres",
    "placeholder": "sjabloonveld",
    "none": "geen",
}


def one_line_path(path: str) -> str:
    """A file name on one line, for the formats of one line a finding (text, short, statistics): a
    line break or other control character in it ("brief\nkopie.txt") is written as Python writes it
    (\\n), so that each finding stays one line for editors and grep. (The name is already as every
    report shows it, `model.shown_path`; JSON and SARIF keep the line break, escaped their own way.)"""
    if path.isprintable():
        return path
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in path)


def count(value: int, singular: str, plural: str) -> str:
    """'1 melding', '0 meldingen', '2 meldingen'."""
    return f"{number(value)} {singular if value == 1 else plural}"


def severity_count(severity: Severity, value: int) -> str:
    """'1 fout', '2 waarschuwingen', '3 tips'."""
    return count(value, SEVERITY_NAMES[severity], SEVERITY_PLURALS[severity])


def joined_suggestions(finding) -> str:
    """A finding's replacements, each of which may stand in its place: 'Als / Wanneer'."""
    return " / ".join(finding.suggestions)


def joined_advice(finding) -> str:
    """A finding's advice, which a person fits in by hand: "gebruik 'kijken op'; gebruik 'vragen aan'"."""
    return "; ".join(finding.advice)


def better(finding, arrow: str = "→") -> str:
    """What a finding offers after its message: the replacements after an
    arrow, then the advice a person fits in by hand (never applied)."""
    text = f" {arrow} {joined_suggestions(finding)}" if finding.suggestions else ""
    if finding.advice:
        text += f" (advies: {joined_advice(finding)})"
    return text
