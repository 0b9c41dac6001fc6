"""Find word-list phrases in an analysed document, lemma-aware.

Each word of a pattern matches every form the lookup tables give for it
(`verzoeken` also matches `verzoekt` and `verzocht`); small function words
match only themselves. `…` in a pattern allows up to `GAP_WORDS` words in
between, within one sentence (`treffen u … aan`).

How: every pattern is cut at its gaps into segments; each segment is expanded
into all its word forms and handed to spaCy's PhraseMatcher (a hash lookup,
so the cost hardly grows with the size of the word list). Segments of one
pattern are then joined in order, within the gap limit.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..language import lemmas
from ..language.analyse import pipeline
from ..language.wordlists import GAP, PhraseEntry, default_phrases, read_phrase_file

GAP_WORDS = 7
# A segment whose forms multiply beyond this is cut back to its literal words.
MAX_EXPANSIONS = 5000

# Stop words that are verbs still inflect; the rest match literally.
_LITERAL = frozenset(word for word in STOP_WORDS if not word.endswith("en") or len(word) <= 3) | {
    "tegen", "zonder", "boven", "binnen", "buiten", "tussen", "volgens", "wegens", "tijdens",
    "alleen", "even", "geen", "zeven", "tien", "negen", "beneden", "sedert",
}


_NEVER_FORMS = frozenset(
    "de het een der des den t d toe te ten ter en of in op aan uit bij af om na door voor met van over tot "
    "naar u hij zij ze we wij ik je jij men dit dat die deze hem haar ons hen hun er wat wie".split()
)


@dataclass(frozen=True)
class PhraseMatch:
    entry: PhraseEntry
    span: Span  # from the first to the last matched word
    words: tuple[int, ...]  # indices of the matched words, without the gaps


def word_forms(word: str) -> list[str]:
    """The lower-case forms one pattern word matches."""
    lower = word.lower()
    if lower in _LITERAL or not lower.isalpha():
        return [lower]
    # Forms with an apostrophe ('s, 't) are clitics of other words, and the
    # tables list some small words as forms of verbs (het ← hebben, toe ← doen).
    return sorted(
        form for form in lemmas.forms_of(lower) if "'" not in form and (form == lower or form not in _NEVER_FORMS)
    )


def segments_of(pattern: str, tokenizer) -> list[list[str]]:
    """Split a pattern into its segments of words, at the gaps, with the
    tokenizer the letters are read with, so that it splits as their text does."""
    segments: list[list[str]] = [[]]
    for word in pattern.replace("...", GAP).replace(GAP, f" {GAP} ").split():
        if word == GAP:
            segments.append([])
        elif word.isalpha():
            segments[-1].append(word)
        else:  # "z.s.m.", "WOZ-waarde", "(Wmo)": as spaCy's tokenizer splits them
            segments[-1].extend(token.text for token in tokenizer(word))
    return [segment for segment in segments if segment]


class PhraseFinder:
    """All entries of a word list, compiled into one PhraseMatcher."""

    def __init__(self, entries, nlp: Language) -> None:
        self.entries = list(entries)
        vocab = nlp.vocab
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        # pattern id → (entry index, number of segments)
        self.patterns: list[tuple[int, int]] = []
        for index, entry in enumerate(self.entries):
            for pattern in entry.patterns:
                segments = segments_of(pattern, nlp.tokenizer)
                pattern_id = len(self.patterns)
                self.patterns.append((index, len(segments)))
                for number, segment in enumerate(segments):
                    docs = [Doc(vocab, words=list(words)) for words in _expand(segment)]
                    self.matcher.add(f"{pattern_id}:{number}", docs)

    def find(self, doc: Doc) -> list[PhraseMatch]:
        # (pattern id, segment) → [(start, end)], in text order
        found: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
        strings = doc.vocab.strings
        for match_id, start, end in self.matcher(doc):
            pattern_id, segment = strings[match_id].split(":")
            found[(int(pattern_id), int(segment))].append((start, end))
        # (entry, start) → the matched words of the shortest match there
        best: dict[tuple[int, int], tuple[int, ...]] = {}
        for (pattern_id, segment), spans in found.items():
            if segment:
                continue
            entry_index, count = self.patterns[pattern_id]
            for start, end in spans:
                words = self._join(doc, found, pattern_id, count, start, end)
                if words is None:
                    continue
                key = (entry_index, start)
                if key not in best or words[-1] < best[key][-1]:
                    best[key] = words
        matches = []
        for (entry_index, start), words in best.items():
            entry = self.entries[entry_index]
            span = doc[start : words[-1] + 1]
            if entry.context and not _in_context(span, entry.context):
                continue
            matches.append(PhraseMatch(entry, span, words))
        return _longest_per_category(matches)

    @staticmethod
    def _join(doc: Doc, found, pattern_id: int, count: int, start: int, end: int) -> tuple[int, ...] | None:
        """Find segments 1…count-1 after the first, each within the gap; all matched words."""
        words = list(range(start, end))
        for segment in range(1, count):
            following = [
                (s, e) for s, e in found.get((pattern_id, segment), ()) if s >= end and _gap_ok(doc, end, s)
            ]
            if not following:
                return None
            next_start, end = min(following)
            words.extend(range(next_start, end))
        return tuple(words)


def _expand(segment: list[str]) -> list[tuple[str, ...]]:
    options = [word_forms(word) for word in segment]
    size = 1
    for forms in options:
        size *= len(forms)
    if size > MAX_EXPANSIONS:
        return [tuple(word.lower() for word in segment)]
    return list(itertools.product(*options))


def _gap_ok(doc: Doc, end: int, start: int) -> bool:
    """At most GAP_WORDS words between two segments, and no sentence boundary."""
    words = 0
    for token in doc[end:start]:
        if token.is_sent_start:
            return False
        if not token.is_space:
            words += 1
    return words <= GAP_WORDS and not (start < len(doc) and doc[start].is_sent_start and start > end)


def _in_context(span: Span, context: tuple[str, ...]) -> bool:
    """Is a context word in the sentence? Long context words also count inside
    a compound (`afval` in *afvalcontainer*); short ones only as a whole word,
    so that `uur` does not match *structuur*."""
    words = [token.lower_ for token in span.sent if not token.is_space]
    for context_word in context:
        if len(context_word) < 5 or " " in context_word:
            if " " in context_word:
                if context_word in " ".join(words):
                    return True
            elif context_word in words:
                return True
        elif any(context_word in word for word in words):
            return True
    return False


def _longest_per_category(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    """Where two matches of one category share a word, keep the one with more words.

    Only matched words count: the words in a gap stay free for other entries."""
    kept: list[PhraseMatch] = []
    taken: dict[str, set[int]] = {}
    def preference(match: PhraseMatch):
        # More matched words first; on a tie, the entry whose phrase is the
        # text itself (`ondergetekende` over `ondertekenen`).
        literal = match.span.text.lower() == match.entry.phrase.lower()
        return (-len(match.words), not literal, match.span.start)

    for match in sorted(matches, key=preference):
        used = taken.setdefault(match.entry.category, set())
        positions = set(match.words)
        if positions & used:
            continue
        used |= positions
        kept.append(match)
    kept.sort(key=lambda m: (m.span.start, m.span.end))
    return kept


@lru_cache(maxsize=8)
def finder_for(extra_files: tuple[str, ...] = (), model: str | None = None) -> PhraseFinder:
    """The curated lists plus a municipality's own files, compiled once per run."""
    entries = list(default_phrases())
    for path in extra_files:
        entries.extend(read_phrase_file(Path(path)))
    # The pipeline's own tokenizer: building a second one costs a second at start-up.
    return PhraseFinder(entries, pipeline(model))
