"""The B1 verdict of a letter: every limit must hold, and each one that fails is a reason.

A share over a handful of sentences is noise: one passive in a three-sentence
e-mail is 33 %. So a short letter (fewer than `min_sentences` sentences of
running text) is judged by counts: at most one long sentence and one passive
with the default limits. The average sentence length and LiNT-II need more
sentences to mean something: in a short letter they are shown, but do not
decide. Flesch-Douma needs `min_words` words (Flesch took samples of 100
words); below that, the share of difficult words is taken over `min_words`.
No letter may have a very long sentence, nor more than one bureaucratic phrase
in every 25 words (from three phrases on: one "indien" in a short e-mail is no
letter full of officialese; with fewer, one in four words). A setting lets one
measure of sentence length or voice (`SOFT_MEASURES`) be just over its limit
when all the others hold (off by default). The README gives the calibration.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..analysis import lintii
from ..language.tokens import dutch_number
from ..model import Metrics, Verdict
from ..settings import Settings

if TYPE_CHECKING:
    from ..rules.base import Context


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"


def _percent_exact(value: float) -> str:
    """With one decimal, where the whole percent would hide that it is over the limit ("10,5%")."""
    return f"{dutch_number(value * 100, 1)}%"


def _share_shown(share: float, limit: float) -> str:
    """A share as the reader sees it beside its limit: whole percents, one decimal where the two
    would read the same ("10,5%" against "hooguit 10%")."""
    return _percent(share) if _percent(share) != _percent(limit) else _percent_exact(share)


def _sentences(count: int) -> str:
    return "1 zin" if count == 1 else f"{count} zinnen"


@dataclass(frozen=True)
class Judgement:
    """One measure of the verdict: does it hold, and if not, why (in Dutch)."""

    measure: str  # the field of `Metrics` it judges, or "lint"
    judged: bool  # False: shown, but the letter is too short for it to decide
    holds: bool
    value: str  # the value as the reader sees it: "12%", "1 van de 3"
    limit: str  # the limit as the reader sees it: "hooguit 15,0", "hooguit 1"
    reason: str = ""  # why it does not hold, or why it was not judged


# How the verdict's note begins when LiNT-II does not count (a short letter); pages show it on the LiNT-II line.
LINT_NOT_COUNTED = "LiNT-II telt niet mee"


def judge(metrics: Metrics, settings: Settings) -> list[Judgement]:
    """Every measure of the verdict, in the order the reasons are given."""
    limits, words = settings.verdict, settings.limits
    short = metrics.sentences < limits.min_sentences
    too_short = f"de brief heeft minder dan {limits.min_sentences} zinnen lopende tekst"
    not_counted = "telt niet mee: korte brief"
    judgements = []

    fd, minimum = metrics.flesch_douma, limits.min_flesch_douma
    if metrics.words < limits.min_words:
        judgements.append(Judgement("flesch_douma", False, True, dutch_number(fd, 1), not_counted,
                                    f"Flesch-Douma telt niet mee: de brief heeft minder dan {limits.min_words} "
                                    "woorden lopende tekst."))
    else:
        judgements.append(Judgement("flesch_douma", True, fd >= minimum, dutch_number(fd, 1), f"minstens {dutch_number(minimum, 1)}",
                                    f"Flesch-Douma is {dutch_number(fd, 1)}; dat moet minstens {dutch_number(minimum, 1)} zijn."))

    average, maximum = metrics.average_sentence_length, limits.max_average_sentence_length
    if short:
        judgements.append(Judgement("average_sentence_length", False, True, dutch_number(average, 1), not_counted,
                                    f"De gemiddelde zinslengte telt niet mee: {too_short}. "
                                    "De lange zinnen tellen wel."))
    else:
        judgements.append(Judgement("average_sentence_length", True, average <= maximum, dutch_number(average, 1),
                                    f"hooguit {dutch_number(maximum, 1)}",
                                    f"Een zin heeft gemiddeld {dutch_number(average, 1)} woorden; "
                                    f"dat mag hooguit {dutch_number(maximum, 1)} zijn."))

    very_long, allowed = metrics.very_long_sentences, limits.max_very_long_sentences
    judgements.append(Judgement("very_long_sentences", True, very_long <= allowed, str(very_long),
                                f"hooguit {allowed}",
                                f"Er {'staat' if very_long == 1 else 'staan'} {_sentences(very_long)} van meer dan "
                                f"{words.very_long_sentence_words} woorden in; een B1-brief heeft er "
                                f"{'geen' if allowed == 0 else f'hooguit {allowed}'}."))

    long_sentences = _sentence_share(
        "long_sentence_share", metrics.long_sentences, metrics.sentences, metrics.long_sentence_share,
        limits.max_long_sentence_share,
        limits.short_letter_long_sentences if short else None,
        ("is", "zijn"), "lang", f" (meer dan {words.long_sentence_words} woorden)",
    )
    if not long_sentences.holds and _occasional(metrics, limits):
        long_sentences = replace(
            long_sentences, holds=True, reason="", value=f"{metrics.long_sentences} van de {metrics.sentences}",
            limit=f"hooguit {limits.tolerated_long_sentences}, want de zinnen zijn gemiddeld kort")
    judgements.append(long_sentences)
    judgements.append(_difficult_words(metrics, settings))
    share = metrics.bureaucratic_phrase_share
    few = metrics.bureaucratic_phrases < limits.min_bureaucratic_phrases
    maximum = limits.max_bureaucratic_phrase_share_few if few else limits.max_bureaucratic_phrase_share
    shown = _share_shown(share, maximum)
    judgements.append(Judgement("bureaucratic_phrase_share", True, share <= maximum, shown,
                                f"hooguit {_percent(maximum)}",
                                f"{metrics.bureaucratic_phrases} ambtelijke woorden of zinsdelen in {metrics.words} "
                                f"woorden ({shown}); dat mag hooguit {_percent(maximum)} zijn."))
    judgements.append(_sentence_share(
        "passive_sentence_share", metrics.passive_sentences, metrics.sentences, metrics.passive_sentence_share,
        limits.max_passive_sentence_share,
        limits.short_letter_passive_sentences if short else None,
        ("staat", "staan"), "in de lijdende vorm", "",
    ))
    judgements.append(_lint(metrics, settings, too_short if short else None))
    return judgements


def _occasional(metrics: Metrics, limits) -> bool:
    """A long sentence now and then, in a letter whose sentences are short on average
    (`tolerated_long_sentences`): "Heeft u vragen over deze brief, dan kunt u …" twice
    in a letter of short sentences is still B1."""
    return (metrics.long_sentences <= limits.tolerated_long_sentences and metrics.very_long_sentences == 0
            and metrics.average_sentence_length <= limits.max_average_sentence_length)


def _sentence_share(measure: str, count: int, total: int, share: float, share_limit: float, allowed: int | None,
                    verb: tuple[str, str], what: str, detail: str) -> Judgement:
    """A share of the sentences; in a short letter (`allowed` given) a count: "1 van de 3 zinnen is lang".
    The share is the one `Metrics` holds, so that the verdict judges the figure the reports show."""
    if allowed is not None:
        return Judgement(measure, True, count <= allowed, f"{count} van de {total}", f"hooguit {allowed}",
                         f"{count} van de {total} zinnen {verb[count != 1]} {what}{detail}; "
                         f"in een korte brief mag dat hooguit {_sentences(allowed)} zijn.")
    shown = _share_shown(share, share_limit)
    return Judgement(measure, True, share <= share_limit, shown, f"hooguit {_percent(share_limit)}",
                     f"{shown} van de zinnen {verb[0]} {what}; "
                     f"dat mag hooguit {_percent(share_limit)} zijn.")


def _difficult_words(metrics: Metrics, settings: Settings) -> Judgement:
    """The share of difficult words, taken over at least `min_words` words."""
    limits = settings.verdict
    share_limit = limits.max_difficult_word_share
    if metrics.words < limits.min_words:
        allowed = math.floor(share_limit * limits.min_words + 1e-9)
        return Judgement("difficult_word_share", True, metrics.difficult_words <= allowed,
                         f"{metrics.difficult_words} van de {metrics.words}", f"hooguit {allowed}",
                         f"{metrics.difficult_words} van de {metrics.words} woorden zijn moeilijk; "
                         f"in een tekst van minder dan {limits.min_words} woorden mogen dat er hooguit {allowed} zijn.")
    share = metrics.difficult_word_share
    shown = _share_shown(share, share_limit)
    return Judgement("difficult_word_share", True, share <= share_limit, shown,
                     f"hooguit {_percent(share_limit)}",
                     f"{shown} van de woorden is moeilijk; dat mag hooguit {_percent(share_limit)} zijn.")


def _lint(metrics: Metrics, settings: Settings, too_short: str | None) -> Judgement:
    lint, maximum = metrics.lint, settings.verdict.max_lint_level
    limit = f"hooguit niveau {maximum}"
    if not lint.available:
        return Judgement("lint", False, True, "niet berekend", limit, lintii.describe_score(lint))
    value = f"niveau {lint.level}"
    if too_short:
        return Judgement("lint", False, True, value, "telt niet mee: korte brief", f"{LINT_NOT_COUNTED}: {too_short}.")
    return Judgement("lint", True, lint.level <= maximum, value, limit,
                     f"{lintii.describe_score(lint)} Een B1-brief heeft hooguit niveau {maximum}.")


def verdict(metrics: Metrics, context: Context) -> Verdict:
    if metrics.words == 0:
        # Only headings, labels and data ("Documenttype: …"): nothing in it is above B1, as in a
        # two-line notice; the reader is told why there are no figures.
        return Verdict(True, ("Er staat geen lopende tekst in, alleen kopjes, labels en gegevens. "
                              "Daarin vindt b1check niets boven B1.",))
    judgements = judge(metrics, context.settings)
    failed = [j for j in judgements if j.judged and not j.holds]
    notes = tuple(j.reason for j in judgements if not j.judged)
    if failed and tolerated(failed, metrics, context.settings):
        return Verdict(True, (ONE_OVER,), tuple(f"{TOLERATED}: {j.reason}" for j in failed) + notes)
    if failed:
        return Verdict(False, tuple(j.reason for j in failed), notes)
    return Verdict(True, ("Alle maten blijven binnen de grenzen voor B1.",), notes)


# The measures of sentence length and voice: with `VerdictLimits.tolerated_soft_measures` (off by
# default), one of them just over its limit (one sentence too many, or an average at most one word
# too long), with every other measure within, leaves a letter B1. Flesch-Douma, the difficult and
# the bureaucratic words, a very long sentence and LiNT-II always count.
SOFT_MEASURES = frozenset(("average_sentence_length", "long_sentence_share", "passive_sentence_share"))
ONE_OVER = "Op één maat na blijven alle maten binnen de grenzen voor B1."
TOLERATED = "Eén maat mag net over de grens als de rest B1 is"


def tolerated(failed: list[Judgement], metrics: Metrics, settings: Settings) -> bool:
    """May these measures be over their limit, and the letter still be B1?"""
    return len(failed) <= settings.verdict.tolerated_soft_measures and all(
        j.measure in SOFT_MEASURES and _just_over(j.measure, metrics, settings) for j in failed)


def _just_over(measure: str, metrics: Metrics, settings: Settings) -> bool:
    """One sentence more than the limit allows (at most one in three), or an average at most one word over it."""
    limits = settings.verdict
    if measure == "average_sentence_length":
        return metrics.average_sentence_length <= limits.max_average_sentence_length + 1
    short = metrics.sentences < limits.min_sentences
    if measure == "long_sentence_share":
        count, share, in_short = metrics.long_sentences, limits.max_long_sentence_share, limits.short_letter_long_sentences
    else:
        count, share, in_short = metrics.passive_sentences, limits.max_passive_sentence_share, limits.short_letter_passive_sentences
    allowed = in_short if short else math.floor(share * metrics.sentences + 1e-9)
    # (and never more than one sentence in three: two long sentences of three are no "just over")
    return count <= allowed + 1 and 3 * count <= metrics.sentences
