"""Turn a `FileReport` into what the page shows: highlighted text, meters, checklist.

Computes nothing about the letter: it only arranges the report for the
templates. No Flask here, so it is easy to test.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container
from dataclasses import dataclass

from ..model import CATEGORIES, ContactDetails, FileReport, Finding, Metrics
from ..report.labels import SEVERITY_NAMES, joined_advice
from ..report.look import CATEGORY_LOOKS, CategoryLook
from ..report.overview import FLESCH_LABEL, VerdictSummary, tolerated_notes, verdict_summary
from ..rules import rule_info
from ..rules.base import RuleInfo
from ..score.verdict import judge
from ..settings import Settings


# How a category looks (colour, letter, line, legend) is the audit report's look too: one table.
Category = CategoryLook
CATEGORY_VIEWS = CATEGORY_LOOKS


@dataclass(frozen=True)
class Piece:
    """One step of the highlighted letter: a piece of text, or the start or end of a highlight."""

    kind: str  # "text", "open" or "close"
    text: str = ""
    index: int = -1  # the finding a highlight belongs to
    first: bool = False  # the first piece of a highlight carries its id and takes focus


def highlight(text: str, findings: list[Finding], leave_out: Container[int] = ()) -> list[Piece]:
    """Cut the letter into text and properly nested highlights; the findings numbered in
    `leave_out` (about the whole letter) get none.

    Findings may nest (a word in a long sentence) or cross (two phrases that
    share a word). Crossing highlights are closed and opened again, so the
    HTML stays well formed and every character keeps all its highlights.
    """
    end_of: dict[int, int] = {}
    starts_at: dict[int, list[int]] = defaultdict(list)
    for index, finding in enumerate(findings):
        if index not in leave_out and 0 <= finding.start <= finding.end <= len(text):
            end_of[index] = finding.end
            starts_at[finding.start].append(index)
    bounds = sorted({0, len(text), *end_of.values(), *starts_at})
    pieces: list[Piece] = []
    stack: list[int] = []
    for number, position in enumerate(bounds):
        if any(end_of[index] <= position for index in stack):
            reopen = []
            while any(end_of[index] <= position for index in stack):
                index = stack.pop()
                pieces.append(Piece("close", index=index))
                if end_of[index] > position:
                    reopen.append(index)
            for index in reversed(reopen):
                pieces.append(Piece("open", index=index))
                stack.append(index)
        # The longest highlight opens first, so that shorter ones nest inside it.
        for index in sorted(starts_at.get(position, ()), key=lambda i: (-end_of[i], i)):
            pieces.append(Piece("open", index=index, first=True))
            if end_of[index] == position:  # an empty span: a label without text
                pieces.append(Piece("close", index=index))
            else:
                stack.append(index)
        if number + 1 < len(bounds):
            pieces.append(Piece("text", text[position : bounds[number + 1]]))
    return pieces


@dataclass(frozen=True)
class FindingView:
    index: int
    finding: Finding
    info: RuleInfo
    category: Category
    severity: str

    @property
    def about_letter(self) -> bool:
        """About the letter as a whole (contact, what happens next): shown beside the verdict, not
        on a line of the letter, which it does not point at (as `review` puts it in the letter comment)."""
        return self.info.anchor == "letter"

    @property
    def apply_value(self) -> str:
        """What the replace button sends: enough to find this finding again."""
        f = self.finding
        return f"{f.start}:{f.end}:{f.rule}"

    @property
    def advice(self) -> str:
        """The advice a person fits in by hand, as every output writes it; never a button."""
        return joined_advice(self.finding)


@dataclass(frozen=True)
class Meter:
    label: str
    value: float  # for the <meter>, clipped to its scale
    maximum: float
    limit: float
    higher_is_better: bool
    shown: str  # the value as the reader sees it
    limit_text: str
    ok: bool


@dataclass(frozen=True)
class ContactItem:
    label: str
    ok: bool
    detail: str
    required: bool


def meters(metrics: Metrics, settings: Settings) -> list[Meter]:
    """One meter per measure; whether it is good, and its limit, come from the verdict
    (a short letter is judged by counts, and some measures do not count there)."""
    limits = settings.verdict
    judged = {j.measure: j for j in judge(metrics, settings)}
    few = metrics.bureaucratic_phrases < limits.min_bureaucratic_phrases  # as `judge` takes the limit
    bureaucratic_limit = limits.max_bureaucratic_phrase_share_few if few else limits.max_bureaucratic_phrase_share

    def meter(label, measure, value, limit, maximum, higher_is_better=False):
        j = judged[measure]
        shown = max(0.0, min(value, maximum))
        return Meter(label, shown, maximum, limit, higher_is_better, j.value, j.limit, j.holds)

    return [
        meter(FLESCH_LABEL, "flesch_douma", metrics.flesch_douma, limits.min_flesch_douma, 100.0,
              higher_is_better=True),
        meter("Woorden per zin (gemiddeld)", "average_sentence_length", metrics.average_sentence_length,
              limits.max_average_sentence_length, max(30.0, limits.max_average_sentence_length * 2)),
        meter("Lange zinnen (deel van alle zinnen)", "long_sentence_share", metrics.long_sentence_share, limits.max_long_sentence_share,
              max(0.5, limits.max_long_sentence_share * 2)),
        meter("Moeilijke woorden (weinig gebruikt)", "difficult_word_share", metrics.difficult_word_share,
              limits.max_difficult_word_share, max(0.16, limits.max_difficult_word_share * 2)),
        # Its own bar, beside the rare words: it has the same limit, and it is often why a letter is no B1.
        meter("Ambtelijke woorden en zinsdelen", "bureaucratic_phrase_share", metrics.bureaucratic_phrase_share,
              bureaucratic_limit, max(0.16, bureaucratic_limit * 2)),
        meter("Zinnen in de lijdende vorm", "passive_sentence_share", metrics.passive_sentence_share,
              limits.max_passive_sentence_share, max(0.6, limits.max_passive_sentence_share * 2)),
    ]


_PHONE = {
    "direct": "Ja, een direct nummer",
    "general": "Alleen het algemene nummer 14 0xx. Zet er een direct nummer bij.",
    "paid": "Alleen een 0900-nummer. Dat kost de lezer geld.",
    "placeholder": "Ja, een veld in het sjabloon",
    "none": "Nee, er staat geen telefoonnummer in de brief.",
}
_EMAIL = {
    "personal_or_team": "Ja, een adres van een mens of een team",
    "generic": "Alleen een algemeen adres, zoals info@. Wie antwoordt daar?",
    "noreply": "Alleen een noreply-adres. Daar antwoordt niemand.",
    "placeholder": "Ja, een veld in het sjabloon",
    "none": "Nee, er staat geen e-mailadres in de brief.",
}


def contact_items(contact: ContactDetails, settings: Settings) -> list[ContactItem]:
    required = settings.required_contact
    name = (
        f"Ja: {contact.person_name}" if contact.named_person and contact.person_name
        else "Ja" if contact.named_person
        else "Nee. Zet onder de brief de naam van iemand die de lezer kan bellen."
    )
    phone = _PHONE.get(contact.phone, contact.phone)
    if contact.phone == "direct" and contact.phone_numbers:
        phone = f"Ja: {', '.join(contact.phone_numbers)}"
    email = _EMAIL.get(contact.email, contact.email)
    if contact.email == "personal_or_team" and contact.email_addresses:
        email = f"Ja: {', '.join(contact.email_addresses)}"
    return [
        ContactItem("Naam van een medewerker", contact.named_person, name, "named_person" in required),
        ContactItem("Direct telefoonnummer", contact.phone in ("direct", "placeholder"), phone, "phone" in required),
        ContactItem("E-mailadres dat antwoordt", contact.email in ("personal_or_team", "placeholder"), email,
                    "email" in required),
    ]


@dataclass
class ResultView:
    """Everything the result part of the page needs."""

    report: FileReport
    text: str
    findings: list[FindingView]
    groups: list[tuple[Category, list[FindingView]]]
    pieces: list[Piece]
    meters: list[Meter]
    contact: list[ContactItem]
    verdict: VerdictSummary  # the reasons, with the LiNT-II sentence once
    short_letter_notes: list[str]  # which measures do not decide in a short letter (LiNT-II has its own line)

    @property
    def about_letter(self) -> list[FindingView]:
        return [view for view in self.findings if view.about_letter]

    @property
    def fixable(self) -> int:
        return sum(1 for view in self.findings if view.finding.fix is not None)


def result_view(report: FileReport, text: str, settings: Settings) -> ResultView:
    infos = rule_info()
    views = [
        FindingView(index, finding, infos[finding.rule], CATEGORY_VIEWS[finding.category],
                    SEVERITY_NAMES[finding.severity])
        for index, finding in enumerate(report.findings)
    ]
    grouped: dict[str, list[FindingView]] = defaultdict(list)
    for view in views:
        grouped[view.finding.category].append(view)
    groups = [(CATEGORY_VIEWS[code], grouped[code]) for code in CATEGORIES if grouped.get(code)]
    return ResultView(
        report=report,
        text=text,
        findings=views,
        groups=groups,
        pieces=highlight(text, report.findings, {view.index for view in views if view.about_letter}),
        meters=meters(report.metrics, settings),
        contact=contact_items(report.contact, settings),
        verdict=verdict_summary(report),
        short_letter_notes=[j.reason for j in judge(report.metrics, settings) if not j.judged and j.measure != "lint"]
        + list(tolerated_notes(report.verdict)),
    )
