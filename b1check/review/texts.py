"""What b1check writes in the margin of a reviewed document, in Dutch.

A finding's comment: what is wrong, the better words, one line of why. The
comment on the first paragraph: the verdict and its reasons, LiNT-II, the
contact check, and the findings that have no words of their own to sit on.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import FileReport, Finding
from ..report.labels import CATEGORY_NAMES, SEVERITY_NAMES, joined_advice, joined_suggestions
from ..report.overview import contact_line, verdict_summary
from ..rules.base import RuleInfo

QUOTE_LIMIT = 60  # characters of a finding's text quoted in the first-paragraph comment


def first_sentence(text: str) -> str:
    """The rule's explanation in short: its first sentence."""
    end = text.find(". ")
    return text if end == -1 else text[: end + 1]


def finding_comment(finding: Finding, info: RuleInfo, tracked: bool) -> str:
    lines = [finding.message]
    if finding.suggestions:
        lines.append("Beter: " + joined_suggestions(finding))
    if finding.advice:
        lines.append("Advies: " + joined_advice(finding))
    if tracked:
        lines.append("De vervanging staat als wijziging in de tekst: neem hem over of wijs hem af.")
    lines.append(f"Waarom: {first_sentence(info.why)}")
    lines.append(f"{CATEGORY_NAMES[finding.category]} · {SEVERITY_NAMES[finding.severity]} · {finding.rule}")
    return "\n".join(lines)


# After severity, the order of the findings in one comment: first what may hurt the reader (the tone),
# then the words to change, then how the sentence is built.
CATEGORY_ORDER = ("tone", "contact", "structure", "wording", "difficult-word", "abbreviation", "nominal-style",
                  "passive", "sentence-length", "paragraph", "suppression")


def importance(finding: Finding) -> tuple[int, int]:
    """Sorts the most important finding first: by severity, then by `CATEGORY_ORDER`."""
    category = CATEGORY_ORDER.index(finding.category) if finding.category in CATEGORY_ORDER else len(CATEGORY_ORDER)
    return -finding.severity.rank, category


def place_comment(findings: list[tuple[Finding, RuleInfo, bool]]) -> str:
    """One comment for the findings on one place: (finding, its rule, whether its replacement is a tracked
    change). Each finding is a short block of its own, the most important first, with an empty line between."""
    ordered = sorted(findings, key=lambda item: importance(item[0]))
    return "\n\n".join(finding_comment(*item) for item in ordered)


def earlier_changes_note(pending: int) -> str:
    """Why b1check leaves its own pending changes alone: they are the writer's to take or leave, and the
    text is read as if they were taken (so they are not suggested twice)."""
    which = "1 wijziging" if pending == 1 else f"{pending} wijzigingen"
    return (f"Er staan nog {which} van b1check van een eerdere keer in de tekst. b1check laat die staan en leest "
            "de brief alsof u ze overneemt. Neem ze over of wijs ze af (Controleren › Wijzigingen).")


@dataclass(frozen=True)
class Elsewhere:
    """A finding b1check could not put in the margin, and where it is."""

    finding: Finding
    where: str  # "in de koptekst", "in de voettekst", "in een tekstvak", "in regel 4"


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1].rstrip() + "…"


def letter_comment(report: FileReport, about_letter: list[Finding], elsewhere: list[Elsewhere],
                   replaced: list[Finding], untracked: int, pending: int = 0) -> str:
    """`untracked`: safe replacements this format cannot show as tracked changes; `pending`: b1check's
    tracked changes from an earlier review that are still in the text."""
    summary = verdict_summary(report)
    if summary.b1:
        lines = ["B1: ja — de brief blijft binnen alle grenzen voor B1."]
    else:
        lines = ["B1: nee — de brief is nog niet B1. Waarom niet:", *(f"• {reason}" for reason in summary.reasons)]
    if not summary.lint_is_reason:
        lines.append(summary.lint)
    lines.append(contact_line(report.contact) + ".")
    if about_letter:
        lines.append("Over de hele brief:")
        lines.extend(f"• {finding.message} ({finding.rule})" for finding in about_letter)
    if elsewhere:
        lines.append("Niet in de marge (in een koptekst, voettekst, voetnoot of tekstvak zet b1check geen opmerking):")
        for item in elsewhere:
            finding = item.finding
            better = f" Beter: {joined_suggestions(finding)}." if finding.suggestions else ""
            better += f" Advies: {joined_advice(finding)}." if finding.advice else ""
            if any(finding is done for done in replaced):
                better += " Staat als wijziging in de tekst."
            lines.append(f"• {item.where[0].upper()}{item.where[1:]}, '{_quote(finding.text)}': "
                         f"{finding.message}{better} ({finding.rule})")
    if replaced:
        lines.append(
            f"b1check stelt {len(replaced)} {'vervanging' if len(replaced) == 1 else 'vervangingen'} voor als "
            "bijgehouden wijziging. Neem ze over of wijs ze af (Controleren › Wijzigingen)."
        )
    if untracked:
        lines.append(
            f"{untracked} {'vervanging is' if untracked == 1 else 'vervangingen zijn'} veilig. In dit soort bestand "
            "zet b1check ze nog niet als wijziging in de tekst: ze staan bij 'Beter' in de opmerkingen."
        )
    if pending:
        lines.append(earlier_changes_note(pending))
    lines.extend(f"Let op: {note}" for note in report.notes)
    return "\n".join(lines)
