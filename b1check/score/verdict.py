"""The B1 verdict of a letter: every limit must hold, and each one that fails is a reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..analysis import lintii
from ..model import Metrics, Verdict

if TYPE_CHECKING:
    from ..rules.base import Context


def _number(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"


# The verdict's checks: (measure, limit, is the limit a minimum?, how to show
# a value, what the reader is told). Each failing check is one reason.
_CHECKS = (
    ("flesch_douma", "min_flesch_douma", True, _number, "Flesch-Douma is {value}; dat moet minstens {limit} zijn."),
    ("average_sentence_length", "max_average_sentence_length", False, _number,
     "Een zin heeft gemiddeld {value} woorden; dat mag hooguit {limit} zijn."),
    ("long_sentence_share", "max_long_sentence_share", False, _percent,
     "{value} van de zinnen is lang; dat mag hooguit {limit} zijn."),
    ("difficult_word_share", "max_difficult_word_share", False, _percent,
     "{value} van de woorden is moeilijk; dat mag hooguit {limit} zijn."),
    ("passive_sentence_share", "max_passive_sentence_share", False, _percent,
     "{value} van de zinnen staat in de lijdende vorm; dat mag hooguit {limit} zijn."),
)


def verdict(metrics: Metrics, context: Context) -> Verdict:
    if metrics.words == 0:
        return Verdict(False, ("Er staat geen tekst in.",))
    limits = context.settings.verdict
    reasons = []
    for measure, limit_name, is_minimum, show, message in _CHECKS:
        value, limit = getattr(metrics, measure), getattr(limits, limit_name)
        if (value < limit) if is_minimum else (value > limit):
            reasons.append(message.format(value=show(value), limit=show(limit)))
    lint, notes = metrics.lint, ()
    if not lint.available:
        notes = (lintii.describe_score(lint),)
    elif lint.level > limits.max_lint_level:
        reasons.append(f"{lintii.describe_score(lint)} Een B1-brief heeft hooguit niveau {limits.max_lint_level}.")
    if reasons:
        return Verdict(False, tuple(reasons), notes)
    return Verdict(True, ("Alle maten blijven binnen de grenzen voor B1.",), notes)
