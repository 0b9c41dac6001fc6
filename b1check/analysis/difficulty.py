"""Which words are hard: rare words (wordfreq's Dutch data) and long compounds.

A rare word that splits into common parts is a compound a reader can work
out (`parkeervergunning`); only a very long one is flagged. Names, numbers,
addresses, e-mail addresses, URLs, abbreviations and placeholders are never
difficult words.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..language import lemmas
from ..language.cache import Rows, content_key, word_tables
from ..language.tokens import LONG_RUN, placeholder
from ..language.wordlists import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

# Linking sounds between the parts of a Dutch compound (tussenklanken).
_LINKS = ("", "s", "e", "en", "er")


@dataclass(frozen=True)
class DifficultWord:
    token: Token
    kind: str  # "rare" or "compound"
    zipf: float
    parts: tuple[str, ...] = ()


# A word of only these letters (lower case, composed) is one token to
# wordfreq, which it looks up as it is: its preprocessing (NFC, case folding)
# and its tokenizer leave it unchanged. ß, µ and the like are not here.
PLAIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzàáâäçèéêëìíîïñòóôöùúûü")


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of a Dutch word.

    wordfreq takes a tenth of a second to import and another to read its
    Dutch list. For a word of plain letters the frequency is its entry in that
    list (0 when it has none), so b1check keeps the list's values, as wordfreq
    computes them, as a word table; other words go to wordfreq itself.
    """
    if word and set(word) <= PLAIN_LETTERS:
        return _zipf_table().get(word, 0.0)
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "nl")


def _wordfreq_sources() -> list[Path]:
    """wordfreq's Dutch lists and the code that reads them, found without importing wordfreq."""
    spec = importlib.util.find_spec("wordfreq")
    folder = Path(spec.origin).parent
    lists = sorted((folder / "data").glob("*_nl.msgpack.gz"))
    return [*lists, folder / "__init__.py", folder / "tokens.py", folder / "preprocess.py"]


@lru_cache(maxsize=1)
def _zipf_table():
    return word_tables("wordfreq-nl", content_key(_wordfreq_sources(), _build_zipf), _build_zipf).table("zipf")


def _build_zipf() -> dict[str, Rows]:
    from wordfreq import iter_wordlist, zipf_frequency

    words = (word for word in iter_wordlist("nl") if word and set(word) <= PLAIN_LETTERS)
    return {"zipf": ((word, zipf_frequency(word, "nl")) for word in words)}


SHORT_PART_ZIPF = 4.5  # a three-letter part must be a very common word (bij, aan, weg)

# The end of the last part of a compound may be a suffix on a common word: "kort + adem(ig)(heid)".
# Only at the end of a compound of two parts or more, never on a word alone ("ademig" is no word).
_SUFFIXES = ("igheid", "heid", "ig")


def _is_part(word: str, min_zipf: float) -> bool:
    """A common word, as written: the last part of a compound and any part before it."""
    if len(word) < 3:
        return False
    if len(word) == 3 and word in word_set("woorddelen"):
        return True  # a short word that is common in compounds (web: webadres, website)
    return zipf(word) >= (SHORT_PART_ZIPF if len(word) == 3 else min_zipf)


def _is_first_part(word: str, min_zipf: float) -> bool:
    """A part before the last: a common word, or the stem of a common verb (snoei-, maai-,
    inlog-, ophaal-: snoeiafval, maaiseizoen), which is rarer on its own than its verb."""
    if _is_part(word, min_zipf):
        return True
    if len(word) < 4 or word.endswith(("t", "de", "te", "en")):
        return False  # "maait", "maaide": no stem
    return any(lemma.endswith("en") and zipf(lemma) >= min_zipf for lemma in lemmas.lemmas(word)
               if lemma != word and lemmas.can_be(lemma, "verb"))


def _is_last_part(word: str, min_zipf: float) -> bool:
    if _is_part(word, min_zipf):
        return True
    return any(word.endswith(suffix) and _is_part(word[: -len(suffix)], min_zipf) for suffix in _SUFFIXES)


def _preference(parts: tuple[str, ...], min_zipf: float) -> tuple:
    """Fewest parts first; then the linking -s- apart from the part before it ("huishouden +
    samenstelling", not "huishoudens + samenstelling"), while -en- stays with its word, as Dutch
    spells it ("voorzieningen + rechter", "gehandicapten + parkeerplaats"); then the most common
    least common part."""
    kept_s = sum(1 for part in parts[:-1] if part.endswith("s") and _is_first_part(part[:-1], min_zipf))
    return (len(parts), kept_s, -sum(map(len, parts)), -min(zipf(part) for part in parts))


@lru_cache(maxsize=50_000)
def split_compound(word: str, min_zipf: float, depth: int = 0) -> tuple[str, ...] | None:
    """Split a word into common parts, with a linking sound (-s-, -e-, -en-, -er-) between
    them where it has one; the split with the fewest parts (`_preference`); None if it does
    not split. "huishoudenssamenstelling" is "huishouden + samenstelling", never "huishoudens
    + amen + telling", which a search that takes the longest first part first would find."""
    if depth > 3:
        return None
    splits = []
    for cut in range(len(word) - 3, 2, -1):
        head, tail = word[:cut], word[cut:]
        for link in _LINKS:
            if link and not head.endswith(link):
                continue
            stem = head[: len(head) - len(link)] if link else head
            if not _is_first_part(stem, min_zipf):
                continue
            # A verb's stem stands before a noun (snoei + afval), not before a verb's form (bedek + kende).
            needs_noun = not _is_part(stem, min_zipf)
            if _is_last_part(tail, min_zipf) and not (needs_noun and not lemmas.can_be(tail, "noun")):
                splits.append((stem, tail))
                continue  # two parts: no split of the tail has fewer
            rest = split_compound(tail, min_zipf, depth + 1)
            if rest and not (needs_noun and not lemmas.can_be(rest[0], "noun")):
                splits.append((stem, *rest))
    return min(splits, key=lambda parts: _preference(parts, min_zipf)) if splits else None


def _is_candidate(token: Token, context) -> bool:
    text = token.text
    if placeholder(token) is not None or token.like_num or token.like_email or token.like_url:
        return False
    if not context.settings.limits.min_word_letters <= len(text) <= LONG_RUN:
        return False  # longer than LONG_RUN: no word at all (DIF003), and splitting it would take long
    if not text.replace("-", "").isalpha():
        return False
    if text.isupper():
        return False  # abbreviations have their own rule
    if text[0].isupper() and not token.is_sent_start:
        return False  # a name (person, street, place, scheme)
    if text[0].isupper() and zipf(text.lower()) == 0:
        return False  # a name at the start of a sentence or line
    if token.i in context.law_names:
        return False  # a title of a law or regulation cannot be changed ("- Subsidieregeling …")
    if text[0].isupper() and any(start <= token.idx < end for start, end in context.signature_names):
        return False  # a first name, function or organisation under the closing ("Aryan van Driel")
    if "-" in text and all(part[:1].isupper() for part in text.split("-") if part):
        return False  # Flesch-Douma, Wijnaendts-Schuurman: names
    return not context.accepted(text)


def word_zipf(word: str) -> float:
    """Frequency of a word or of its lemma, whichever is higher: an inflected
    form (`gewoner`, `verstuurde`) is as easy as its lemma."""
    return max([zipf(word), *(zipf(lemma) for lemma in lemmas.lemmas(word))])


def classify(word: str, limits) -> DifficultWord | None:
    """Is a lower-case word hard? Returns the kind, or None."""
    frequency = word_zipf(word)
    parts = tuple(word.split("-")) if "-" in word else None
    if parts:
        if all(zipf(p) >= limits.compound_part_zipf for p in parts if p):
            return None
        return DifficultWord(None, "rare", frequency, parts) if frequency < limits.rare_word_zipf else None
    if frequency >= limits.rare_word_zipf:
        return None
    compound = split_compound(word, limits.compound_part_zipf)
    if compound:
        if len(word) >= limits.long_compound_letters or len(compound) >= 4:
            return DifficultWord(None, "compound", frequency, compound)
        return None
    return DifficultWord(None, "rare", frequency)


def find_difficult_words(context, covered: frozenset[int]) -> list[DifficultWord]:
    limits = context.settings.limits
    found = []
    for token in context.words:
        if token.i in covered or not _is_candidate(token, context):
            continue
        result = _classify_cached(token.lower_, limits)
        if result is not None:
            found.append(DifficultWord(token, result.kind, result.zipf, result.parts))
    return found


@lru_cache(maxsize=200_000)
def _classify_cached(word: str, limits) -> DifficultWord | None:
    return classify(word, limits)
