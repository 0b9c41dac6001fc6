"""Scores and the B1 verdict: formulas on known counts, reasons per limit."""

from __future__ import annotations

import pytest

import b1check
from b1check.score import BROUWER, DOUMA, syllables
from b1check.settings import Settings, VerdictLimits


def test_flesch_douma_and_brouwer_follow_their_formulas():
    text = "Wij helpen u graag. U krijgt het geld op uw rekening. Bel ons als u vragen heeft."
    metrics = b1check.check_text(text).metrics
    words = [w.strip(".") for w in text.split()]
    per_sentence = len(words) / 3
    per_word = sum(syllables(w.lower()) for w in words) / len(words)
    assert metrics.average_sentence_length == round(per_sentence, 1)
    assert metrics.flesch_douma == pytest.approx(DOUMA[0] - DOUMA[1] * per_sentence - DOUMA[2] * per_word, abs=0.06)
    assert metrics.leesindex_brouwer == pytest.approx(
        BROUWER[0] - BROUWER[1] * per_sentence - BROUWER[2] * per_word, abs=0.06
    )


def test_dutch_syllables():
    assert [syllables(w) for w in ("huis", "brieven", "gemeente", "parkeervergunning")] == [1, 2, 3, 5]


def test_address_lines_and_salutations_are_not_counted_as_sentences():
    letter = "Gemeente Voorbeeld\nPostbus 1\n1000 AA Voorbeeld\n\nBeste mevrouw Bakker,\n\nWij helpen u graag.\n"
    metrics = b1check.check_text(letter).metrics
    assert metrics.average_sentence_length == 4.0


def test_a_plain_letter_is_b1():
    text = "Wij hebben uw brief gekregen. Wij kijken er goed naar. U hoort binnen twee weken van ons."
    assert b1check.check_text(text).verdict.b1


def test_every_limit_gives_its_own_reason():
    text = (
        "Ingevolge de desbetreffende verordening wordt uw aanvraag door het college, nadat alle relevante "
        "omstandigheden zorgvuldig zijn afgewogen, afgewezen, hetgeen betekent dat de gevraagde voorziening "
        "niet wordt verstrekt."
    )
    verdict = b1check.check_text(text).verdict
    assert not verdict.b1
    joined = " ".join(verdict.reasons)
    for part in ("Flesch-Douma", "gemiddeld", "lang", "lijdende vorm"):
        assert part in joined


def test_verdict_limits_are_configurable():
    text = "Wij hebben uw brief gekregen. Wij kijken er goed naar."
    strict = Settings(verdict=VerdictLimits(min_flesch_douma=100))
    verdict = b1check.check_text(text, strict).verdict
    assert not verdict.b1 and verdict.reasons[0].startswith("Flesch-Douma")
