"""Find word-list phrases in an analysed document, lemma-aware.

Each word of a pattern matches every form the lookup tables give for it
(`verzoeken` also matches `verzoekt` and `verzocht`); small function words
match only themselves. `…` in a pattern allows up to `GAP_WORDS` words in
between, within one sentence (`treffen u … aan`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from . import lemmas
from .analyse import pipeline
from .wordlists import GAP, PhraseEntry

GAP_WORDS = 5

# Stop words that are verbs still inflect; the rest match literally.
_LITERAL = frozenset(word for word in STOP_WORDS if not word.endswith("en") or len(word) <= 3) | {
    "tegen", "zonder", "boven", "binnen", "buiten", "tussen", "volgens", "wegens", "tijdens",
    "alleen", "even", "geen", "zeven", "tien", "negen", "boven", "beneden", "sedert",
}


@dataclass(frozen=True)
class PhraseMatch:
    entry: PhraseEntry
    span: Span


def _token_pattern(word: str) -> dict:
    lower = word.lower()
    if lower in _LITERAL or not lower.isalpha():
        return {"LOWER": lower}
    forms = lemmas.forms_of(lower)
    # Forms with an apostrophe ('s, 't) are clitics of other words.
    forms = sorted(form for form in forms if "'" not in form)
    return {"LOWER": {"IN": forms}} if len(forms) > 1 else {"LOWER": lower}


def compile_pattern(pattern: str) -> list[dict]:
    tokens: list[dict] = []
    doc = pipeline(None).make_doc(pattern)
    for token in doc:
        if token.text == GAP or token.text == "...":
            tokens.append({"IS_SPACE": False, "OP": f"{{0,{GAP_WORDS}}}"})
        elif not token.is_space:
            tokens.append(_token_pattern(token.text))
    return tokens


class PhraseFinder:
    """All entries of a word list, compiled into one spaCy Matcher."""

    def __init__(self, entries, vocab) -> None:
        self.entries = list(entries)
        self.matcher = Matcher(vocab)
        for index, entry in enumerate(self.entries):
            self.matcher.add(str(index), [compile_pattern(p) for p in entry.patterns])

    def find(self, doc: Doc) -> list[PhraseMatch]:
        best: dict[tuple[str, int], tuple[int, int]] = {}
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            span = doc[start:end]
            if any(token.is_sent_start for token in span[1:]):
                continue  # a gap may not cross a sentence boundary
            # For one entry at one place, keep the shortest match.
            current = best.get((key, start))
            if current is None or end < current[1]:
                best[(key, start)] = (start, end)
        matches = []
        for (key, _), (start, end) in best.items():
            entry = self.entries[int(key)]
            span = doc[start:end]
            if entry.context and not _in_context(span, entry.context):
                continue
            matches.append(PhraseMatch(entry, span))
        return _longest_per_category(matches)


def _in_context(span: Span, context: tuple[str, ...]) -> bool:
    sentence = span.sent.text.lower()
    return any(word in sentence for word in context)


def _longest_per_category(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    """Where two matches of one category overlap, keep the longer one."""
    kept: list[PhraseMatch] = []
    taken: dict[str, set[int]] = {}
    for match in sorted(matches, key=lambda m: (-(m.span.end - m.span.start), m.span.start)):
        used = taken.setdefault(match.entry.category, set())
        positions = set(range(match.span.start, match.span.end))
        if positions & used:
            continue
        used |= positions
        kept.append(match)
    kept.sort(key=lambda m: (m.span.start, m.span.end))
    return kept


@lru_cache(maxsize=8)
def finder_for(entries: tuple[PhraseEntry, ...], model: str | None = None) -> PhraseFinder:
    return PhraseFinder(entries, pipeline(model).vocab)
