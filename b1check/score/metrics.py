"""Readability metrics of a letter, computed once.

Flesch-Douma and Leesindex Brouwer are the Dutch adaptations of Flesch's
Reading Ease. They count words, sentences and syllables, nothing else: a
rough guide, not a measure of understanding. See the README for the limits.
"""

from __future__ import annotations

import importlib
import sys
import types
from functools import lru_cache
from typing import TYPE_CHECKING

from ..analysis import lintii
from ..language.cache import cache_dir, content_key, pickled
from ..language.tokens import is_word
from ..model import LintScore, Metrics

if TYPE_CHECKING:
    from ..rules.base import Context

# Douma (1960): the constants textstat uses for Dutch ("nl").
DOUMA = (206.835, 0.93, 77.0)
# Brouwer (1963).
BROUWER = (195.0, 2.0, 67.0)
_SENTENCE_END = (".", "!", "?", "…")
# Phrase-list categories that make a letter officialese (not "tone": that is how it sounds).
BUREAUCRATIC = frozenset({"wording", "nominal-style"})
PROSE_MIN_WORDS = 8  # a line this long is running text even without a full stop
PROSE_MIN_WORDS_WITH_STOP = 3  # "Tel." or "Zie bijlage." is not a sentence of running text


class _ImportedOnUse(types.ModuleType):
    """Stands in for a module until a name is read from it; then imports the real one."""

    def __getattr__(self, name: str):
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


@lru_cache(maxsize=1)
def _textstat():
    """textstat, set to Dutch.

    textstat imports nltk (a quarter of a second) for the English pronouncing
    dictionary only; Dutch syllables come from pyphen. While textstat is
    imported, `nltk` is a stand-in that imports the real nltk only if
    something reads from it, which Dutch never does.
    """
    stand_in = "nltk" not in sys.modules
    if stand_in:
        sys.modules["nltk"] = _ImportedOnUse("nltk")
    try:
        import textstat
    finally:
        if stand_in and isinstance(sys.modules.get("nltk"), _ImportedOnUse):
            del sys.modules["nltk"]
    textstat.set_lang("nl")
    _read_hyphenation_patterns()
    return textstat


def _read_hyphenation_patterns() -> None:
    """pyphen's Dutch hyphenation patterns (textstat's syllables), from b1check's cache folder.

    pyphen parses its dictionary of 16,000 patterns in every process, on the
    first word: about 0.06 s. Parsed once, they are kept as a pickle named after
    a hash of the dictionary and of pyphen's own code (its parser), and put
    where pyphen looks first: its cache of parsed dictionaries. With another
    pyphen that keeps no such cache, pyphen parses as before.
    """
    import pyphen

    try:
        path = pyphen.LANGUAGES[pyphen.language_fallback("nl")]
        parsed = pyphen.hdcache
        if path in parsed:
            return
        key = content_key([path], builder=pyphen.HyphDict)
    except (AttributeError, KeyError, OSError):
        return
    parsed[path] = pickled(cache_dir() / f"hyphenation-nl-{key}.pickle", lambda: pyphen.HyphDict(path))


@lru_cache(maxsize=200_000)
def syllables(word: str) -> int:
    if not word.isalpha():
        return 1
    return max(1, _textstat().syllable_count(word))


def prose_sentences(context: Context) -> list:
    """Sentences that are running text: not address lines, salutations, headings or data under a label."""
    prose = []
    counted = {t.i for t in context.counted_words}  # the words the sentence length rules count (a phone number is one)
    data = context.data_lines  # "Tijd: van 19.00 – 20.00 uur: …": data under a label
    for sentence in context.sentences:
        if sentence.start in data:
            continue
        words = [t for t in sentence if t.i in counted]
        last = [t for t in sentence if not t.is_space][-1].text
        if len(words) >= PROSE_MIN_WORDS or (
            last.endswith(_SENTENCE_END) and len(words) >= PROSE_MIN_WORDS_WITH_STOP
        ):
            prose.append((sentence, words))
    return prose


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def compute_metrics(context: Context) -> Metrics:
    """Every figure over the running text (`prose_sentences`): words, sentences,
    syllables and each share, so that the formulas in the README give the scores."""
    prose = prose_sentences(context)
    words = [token for _, sentence_words in prose for token in sentence_words]
    n_words, n_sentences = len(words), len(prose)
    n_syllables = sum(syllables(token.lower_) for token in words)
    limits = context.settings.limits
    lengths = [len(sentence_words) for _, sentence_words in prose]
    long_sentences = sum(1 for length in lengths if length > limits.long_sentence_words)
    very_long_sentences = sum(1 for length in lengths if length > limits.very_long_sentence_words)
    prose_starts = {sentence.start for sentence, _ in prose}
    passive_sentences = len(
        {context.analysis.sentence_of(p.auxiliary.i).start for p in context.passives} & prose_starts
    )
    word_indices = {token.i for token in words}
    difficult = sum(1 for d in context.difficult_words if d.token.i in word_indices)
    bureaucratic = sum(
        1 for m in context.phrase_matches if m.entry.category in BUREAUCRATIC and m.words[0] in word_indices
    )
    if n_words and n_sentences:
        per_sentence = n_words / n_sentences
        per_word = n_syllables / n_words
        douma = DOUMA[0] - DOUMA[1] * per_sentence - DOUMA[2] * per_word
        brouwer = BROUWER[0] - BROUWER[1] * per_sentence - BROUWER[2] * per_word
    else:
        per_sentence = douma = brouwer = 0.0
    return Metrics(
        words=n_words,
        sentences=n_sentences,
        syllables=n_syllables,
        flesch_douma=round(douma, 1),
        leesindex_brouwer=round(brouwer, 1),
        average_sentence_length=round(per_sentence, 1),
        long_sentence_share=_share(long_sentences, n_sentences),
        difficult_word_share=_share(difficult, n_words),
        passive_sentence_share=_share(passive_sentences, n_sentences),
        long_sentences=long_sentences,
        very_long_sentences=very_long_sentences,
        passive_sentences=passive_sentences,
        difficult_words=difficult,
        bureaucratic_phrases=bureaucratic,
        bureaucratic_phrase_share=_share(bureaucratic, n_words),
        lint=lint_score(context, [sentence for sentence, _ in prose]),
    )


def lint_score(context: Context, sentences: list) -> LintScore:
    """LiNT-II on the running text, with each sentence pinned to the original file."""
    # Without a parse, say whether the user chose the fast check or a pipeline without a parser.
    without_parse = lintii.NO_PARSE_FAST if context.settings.model is None else lintii.NO_PARSE_PIPELINE
    if not context.parsed:
        return lintii.unavailable(without_parse)
    return lintii.score_sentences(sentences, context.source.pin, without_parse)
