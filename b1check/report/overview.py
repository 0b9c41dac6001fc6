"""What every page says about a letter as a whole: the verdict and its reasons, the scores, the contact check.

The web page, the audit report, the Word review copy and the text report take
these words from here, so that a reader sees the same sentence everywhere: a
score has a plain label first and its technical name second, and the LiNT-II
sentence appears once (as a reason when it keeps the letter from B1).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis.lintii import describe_score
from ..model import ContactDetails, FileReport, Verdict
from ..score.verdict import LINT_NOT_COUNTED, TOLERATED
from .labels import EMAIL_NAMES, PHONE_NAMES

FLESCH_LABEL = "Leesgemak (Flesch-Douma)"
LINT_LABEL = "Hoe moeilijk (LiNT-II)"
BROUWER_LABEL = "Leesindex Brouwer"


@dataclass(frozen=True)
class VerdictSummary:
    b1: bool
    reasons: tuple[str, ...]  # why the letter is not B1 (empty when it is)
    lint: str  # "Hoe moeilijk (LiNT-II): 38,2 · niveau 3 van 4. …"
    lint_state: str  # "ok", "not-ok" (then `lint` is among the reasons) or "unavailable" (not computed or not counted)

    @property
    def answer(self) -> str:
        return "B1: ja" if self.b1 else "B1: nee"

    @property
    def lint_is_reason(self) -> bool:
        return self.lint_state == "not-ok"


def tolerated_notes(verdict: Verdict) -> tuple[str, ...]:
    """The measure over its limit in a letter that is still B1 ("Eén maat mag net over de grens als de rest B1 is: …")."""
    return tuple(note for note in verdict.notes if note.startswith(TOLERATED))


def verdict_summary(report: FileReport) -> VerdictSummary:
    lint = report.metrics.lint
    plain, labelled = describe_score(lint), describe_score(lint, LINT_LABEL)
    reasons, state = [], "ok" if lint.available else "unavailable"
    for reason in report.verdict.reasons if not report.verdict.b1 else ():
        if lint.available and reason.startswith(plain):
            # The verdict's LiNT-II reason is the LiNT-II sentence plus the limit: say it once.
            reasons.append(labelled + reason[len(plain):])
            state = "not-ok"
        else:
            reasons.append(reason)
    lint_line = next((r for r in reasons if r.startswith(labelled)), labelled)
    not_counted = next((n for n in report.verdict.notes if n.startswith(LINT_NOT_COUNTED)), None)
    if lint.available and not_counted:  # a short letter: the score is shown, but it does not decide
        lint_line, state = f"{labelled} {not_counted}", "unavailable"
    return VerdictSummary(report.verdict.b1, tuple(reasons), lint_line, state)


@dataclass(frozen=True)
class ContactCheck:
    label: str  # "naam", "telefoon", "e-mail"
    ok: bool
    detail: str  # "ja (Jan de Vries)", "direct nummer", "alleen noreply-adres" …


def contact_checks(contact: ContactDetails) -> list[ContactCheck]:
    """The three things a reader needs to reach a person, each found or not."""
    name = f"ja ({contact.person_name})" if contact.named_person and contact.person_name else (
        "ja" if contact.named_person else "nee")
    return [
        ContactCheck("naam", contact.named_person, name),
        ContactCheck("telefoon", contact.phone in ("direct", "placeholder"), PHONE_NAMES[contact.phone]),
        ContactCheck("e-mail", contact.email in ("personal_or_team", "placeholder"), EMAIL_NAMES[contact.email]),
    ]


def contact_line(contact: ContactDetails, mark=lambda ok: "✓" if ok else "✗") -> str:
    """'Contact: naam ✓ ja (Jan de Vries) · telefoon ✗ geen · e-mail ✓ adres van persoon of team'."""
    return "Contact: " + " · ".join(f"{c.label} {mark(c.ok)} {c.detail}" for c in contact_checks(contact))
