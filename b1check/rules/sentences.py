"""Rules about sentences and paragraphs: length, passive voice, naamwoordstijl."""

from __future__ import annotations

from .. import lemmas
from ..analyse import BULLET
from ..difficulty import word_zipf
from ..passive import is_participle
from .base import Context, Hit, check

_ARTICLES = {"de", "het", "een"}
KNOWN_VERB_ZIPF = 3.0


@check("LEN001", "LEN002")
def sentence_length(context: Context):
    limits = context.settings.limits
    for sentence in context.sentences:
        count = context.word_count(sentence)
        if count > limits.very_long_sentence_words:
            code, limit = "LEN002", limits.very_long_sentence_words
        elif count > limits.long_sentence_words:
            code, limit = "LEN001", limits.long_sentence_words
        else:
            continue
        yield Hit(code, sentence.start_char, _end_char(sentence), {"words": count, "limit": limit})


def _end_char(span) -> int:
    tokens = [t for t in span if not t.is_space]
    return tokens[-1].idx + len(tokens[-1].text) if tokens else span.end_char


@check("PAS001")
def passive(context: Context):
    for found in context.passives:
        span = context.doc[found.start : found.end]
        yield Hit(
            "PAS001",
            span.start_char,
            span.end_char,
            {"auxiliary": found.auxiliary.text, "participle": found.participle.text},
        )


@check("NOM001", "NOM002")
def nominal_style(context: Context):
    """`de verstrekking van`, `het nemen van`: a verb hidden in a noun."""
    doc, lowers = context.doc, context.lowers
    for index in range(1, len(lowers) - 1):
        before, lower, after = lowers[index - 1 : index + 2]
        if after != "van" or before not in _ARTICLES:
            continue
        token = doc[index]
        if before == "de" and lower.endswith("ing") and len(lower) >= 7 and not token.text[0].isupper():
            verb = _verb_of(lower)
            if verb:
                yield Hit(
                    "NOM001", doc[token.i - 1].idx, token.idx + len(token.text),
                    {"noun": token.text, "verb": verb}, (verb,),
                )
        elif before == "het" and lower.endswith("en") and _is_infinitive(lower):
            yield Hit(
                "NOM002", doc[token.i - 1].idx, token.idx + len(token.text),
                {"noun": token.text, "verb": lower}, (lower,),
            )


def _verb_of(noun: str) -> str | None:
    """verstrekking → verstrekken, behandeling → behandelen, betaling → betalen."""
    stem = noun[:-3]
    for verb in (stem + "en", stem + "n", stem[:-1] + "en" if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        # A verb readers know (not "dagtekenen" for "dagtekening").
        if verb and len(lemmas.forms_of(verb)) > 2 and word_zipf(verb) >= KNOWN_VERB_ZIPF:
            return verb
    return None


def _is_infinitive(word: str) -> bool:
    forms = lemmas.forms_of(word)
    return len(forms) > 3 and not is_participle(word)


def _is_bullet(sentence) -> bool:
    first = next((t for t in sentence if not t.is_space), None)
    return first is not None and BULLET.match(first.text) is not None


@check("PAR001")
def paragraph_length(context: Context):
    limits = context.settings.limits
    for paragraph in context.analysis.paragraphs:
        # A list is easy to scan: its items do not make a paragraph long.
        prose = [
            s for s in context.analysis.sentences_in(paragraph) if context.word_count(s) and not _is_bullet(s)
        ]
        words = sum(context.word_count(s) for s in prose)
        sentences = len(prose)
        if words > limits.paragraph_words or sentences > limits.paragraph_sentences:
            yield Hit(
                "PAR001",
                paragraph.start_char,
                paragraph.end_char,
                {"words": words, "sentences": sentences},
            )
