"""The LiNT-II readability score, computed on b1check's own parse.

LiNT-II (Utrecht University, package `lint-ii`, EUPL-1.2) predicts how well
adults understand a Dutch text from four features: word frequency, dependency
length, content words per clause and the share of concrete nouns. The feature
definitions below follow lint_ii 0.1.3 (core/word_features.py,
sentence_analysis.py, readability_analysis.py, lint_scorer.py) exactly. Only
its data files are read, by path: importing lint_ii would load spaCy's
nl_core_news_lg, which b1check does not need.

Differences with lint_ii itself: b1check's pipeline has no named entities, so
a noun that is not in the noun list stays "unknown" (lint_ii makes persons and
places concrete and organisations abstract); whitespace tokens are skipped; a
template placeholder counts as a name (no word frequency, not a noun).
"""

from __future__ import annotations

import importlib.util
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..language.cache import Rows, cache_dir, content_key, word_tables
from ..language.tokens import placeholder
from ..model import LintFeatures, LintScore, LintSentence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The coefficients LiNT-II fitted on features from spaCy's nl_core_news_lg 3.7,
# with the newest noun list that has coefficients for it (lint_ii's default).
MODEL_VERSION = "3.7.0"
# log10(1 / total count × 1e9): the frequency lint_ii gives a word SUBTLEX-NL does not have.
ZERO_COUNT_FREQUENCY = 1.359228547196266
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Upper bounds of levels 1-3 (level 4 is the rest), and the share of Dutch
# adults who have difficulty with a text of each level (LiNT-II README).
LEVEL_BOUNDS = (34.0, 46.0, 58.0)
STRUGGLE = {1: 0.14, 2: 0.29, 3: 0.53, 4: 0.78}

# Why LiNT-II is missing: each a whole sentence, for the reader.
NO_PACKAGE = "Het pakket lint-ii is niet geïnstalleerd."
UNREADABLE_DATA = "De gegevens van lint-ii zijn niet te lezen."
NO_PARSE_FAST = "De snelle controle ontleedt de zinnen niet."
NO_PARSE_PIPELINE = "De gekozen spaCy-pijplijn ontleedt de zinnen niet."
TOO_LITTLE_TEXT = "De brief heeft te weinig lopende tekst."
# Running text that lacks what a feature of the formula needs: the first
# sentence, then one for each feature that could not be measured.
CANNOT_MEASURE = "LiNT-II kan deze tekst niet meten."
NOT_MEASURED = {
    # Names and the words on LiNT-II's skip list do not count ("bellen": lemma opbellen).
    "word_frequency": "Er staat geen woord in waarvan LiNT-II meet hoe gewoon het is.",
    "dependency_length": "Er staat geen zin van twee of meer woorden in.",
    "content_words_per_clause": "Er staat geen zin met een persoonsvorm in.",
    "concrete_noun_share": "Er staat geen zelfstandig naamwoord uit de lijst van LiNT-II in.",
}


def who_struggles(level: int) -> str:
    """'Ongeveer 53 van de 100 volwassenen hebben moeite met zo'n tekst.'"""
    return f"Ongeveer {round(STRUGGLE[level] * 100)} van de 100 volwassenen hebben moeite met zo'n tekst."


def shown_score(score: float) -> str:
    """The score with one decimal and a Dutch comma; never rounded up into the next level (33,96 is 33,9)."""
    shown = round(score, 1)
    if lint_level(shown) != lint_level(score):
        shown = math.floor(score * 10) / 10
    return f"{shown:.1f}".replace(".", ",")


def describe_score(lint: LintScore, label: str = "LiNT-II") -> str:
    """LiNT-II in plain Dutch, the same in every output:
    'LiNT-II: 33,6 · niveau 2 van 4. Ongeveer 29 van de 100 volwassenen hebben moeite met zo'n tekst.'
    Pages for readers who never heard of LiNT-II put a plain label first: "Hoe moeilijk (LiNT-II)"."""
    if not lint.available:
        return f"{label}: niet berekend. {lint.reason} LiNT-II telt daarom niet mee voor B1."
    return f"{label}: {shown_score(lint.score)} · niveau {lint.level} van 4. {who_struggles(lint.level)}"


# --- the data files of lint-ii ----------------------------------------------


def data_folder() -> Path | None:
    """lint_ii's data folder, found without importing lint_ii (that loads spaCy models)."""
    spec = importlib.util.find_spec("lint_ii")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "linguistic_data" / "data"
        if (folder / "coefficients.json").is_file():
            return folder
    return None


def lint_data_available() -> str | None:
    """None if LiNT-II can be computed; otherwise why not, in Dutch."""
    return None if data_folder() is not None else NO_PACKAGE


def _latest(paths: list[Path]) -> Path:
    """The newest version of a dated file, chosen as lint_ii chooses it (by name)."""
    if not paths:
        raise LookupError("no lint-ii data file matches")
    return max(paths, key=lambda path: path.stem)


@dataclass(frozen=True)
class LintData:
    frequencies: Mapping[str, float]  # word → log10 frequency per billion words (SUBTLEX-NL)
    skiplist: frozenset[str]  # words whose frequency does not count
    nouns: Mapping[str, tuple[str, str | None]]  # noun → (concrete|abstract|undefined, head of a compound)
    manner_adverbs: frozenset[str]
    measurement_units: frozenset[str]  # km, kg …: concrete nouns when tagged SPEC
    coefficients: dict[str, float]


@lru_cache(maxsize=1)
def lint_data() -> LintData:
    """The word lists and coefficients. Reading the parquet files takes seconds,
    so they are kept in b1check's cache folder as word tables, read word by word."""
    folder = data_folder()
    if folder is None:
        raise LookupError(NO_PACKAGE)
    sources = sorted(path for path in folder.iterdir() if path.is_file())
    key = content_key(sources, _read_data)
    tables = word_tables("lint-ii", key, lambda: _read_data(folder), cache_dir())
    return LintData(
        frequencies=tables.table("frequencies"),
        skiplist=frozenset(word for word, _ in tables.rows("skiplist")),
        nouns=tables.table("nouns", _noun),
        manner_adverbs=frozenset(word for word, _ in tables.rows("manner_adverbs")),
        measurement_units=frozenset(word for word, _ in tables.rows("measurement_units")),
        coefficients=dict(tables.rows("coefficients")),
    )


def _noun(value: str) -> tuple[str, str | None]:
    kind, _, head = value.partition("\t")
    return kind, head or None


def _read_data(folder: Path) -> dict[str, Rows]:
    import pyarrow.parquet as pq  # a dependency of lint-ii

    def column(path: Path, name: str) -> list:
        return pq.read_table(path, columns=[name]).column(name).to_pylist()

    def words(path: Path, name: str) -> Rows:
        return ((word, None) for word in column(path, name) if word is not None)

    def pairs(words: list, values) -> Rows:
        # The frequency list has a row without a word; no token can look it up.
        return ((word, value) for word, value in zip(words, values) if word is not None)

    frequency_file = folder / "subtlex_wordfreq.parquet"
    entries = json.loads((folder / "coefficients.json").read_text(encoding="utf-8"))
    fitted = {e["noun_list"]: e for e in entries if e["model_version"] == MODEL_VERSION}
    # Only a noun list with coefficients for MODEL_VERSION: a newer lint-ii may
    # ship a list fitted for another spaCy version.
    noun_file = _latest([p for p in folder.glob("nouns_sem_types_*.parquet") if p.stem in fitted])
    kinds, heads = column(noun_file, "super_sem_type"), column(noun_file, "head")
    entry = fitted[noun_file.stem]
    return {
        "frequencies": pairs(column(frequency_file, "word"), column(frequency_file, "word_count")),
        "skiplist": words(folder / "subtlex_wordfreq_skiplist.parquet", "word"),
        "nouns": pairs(column(noun_file, "word"), (f"{kind}\t{head or ''}" for kind, head in zip(kinds, heads))),
        "manner_adverbs": words(_latest(list(folder.glob("manner_adverbs_*.parquet"))), "adverb"),
        "measurement_units": words(folder / "measurement_units.parquet", "symbol"),
        "coefficients": ((name, values["coef"]) for name, values in entry["coefficients"].items()),
    }


# --- the features of one word ------------------------------------------------


def is_content_word(token: Token, data: LintData) -> bool:
    """Noun, name, verb, adjective or manner adverb; not a numeral (TW) or a copula."""
    if "TW" in token.tag_ or token.dep_ == "cop":
        return False
    return token.pos_ in CONTENT_POS or token.lower_ in data.manner_adverbs


def word_frequency(token: Token, data: LintData) -> float | None:
    """SUBTLEX-NL log frequency of a content word that is not a name; a compound
    in the noun list counts with its head (`stadskasteel` as `kasteel`)."""
    if token.pos_ == "PROPN" or placeholder(token) is not None or not is_content_word(token, data):
        return None
    text = token.lower_
    if token.lemma_.lower() in data.skiplist or text in data.skiplist:
        return None
    if token.pos_ in NOUN_POS:
        text = data.nouns.get(text, (None, None))[1] or text
    return data.frequencies.get(text, ZERO_COUNT_FREQUENCY)


def noun_type(token: Token, data: LintData) -> str | None:
    """concrete, abstract or undefined for a noun in the list (word, else lemma), or
    for a unit symbol tagged SPEC (km, kg: concrete); None otherwise."""
    if placeholder(token) is not None:
        return None
    if token.pos_ not in NOUN_POS:
        return "concrete" if "SPEC" in token.tag_ and token.lower_ in data.measurement_units else None
    found = data.nouns.get(token.lower_) or data.nouns.get(token.lemma_.lower())
    return found[0] if found else None


def heads(token: Token) -> list[Token]:
    """The token's heads, as LiNT-II sees them.

    The last of coordinated words hangs from the head of the first (spaCy
    hangs it from the first conjunct); a subject of a verb with conjuncts has
    every conjunct as its head too.
    """
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    if current.dep_ == "nsubj" and current.head.conjuncts:
        found = [current.head, *current.head.conjuncts]
    else:
        found = [current.head]
    # A line break the parser made a head is no word: the token counts as a root.
    return [head for head in found if not head.is_space] or [token]


def word_positions(doc: Doc) -> list[int]:
    """For each token index, how many tokens before it count as words in a
    dependency length (not punctuation, not whitespace); one more entry at the end."""
    positions = [0]
    for token in doc:
        positions.append(positions[-1] + (token.dep_ != "punct" and not token.is_space))
    return positions


def dependency_length(token: Token, positions: list[int] | None = None) -> int:
    """Words between the token and its farthest head; punctuation and whitespace do not count."""
    if token.dep_ == "punct":
        return 0
    if positions is None:
        positions = word_positions(token.doc)
    lengths = []
    for head in heads(token):
        first, last = sorted((token.i, head.i))
        # LiNT-II counts the words in doc[first:last], minus one.
        lengths.append(max(positions[last] - positions[first] - 1, 0))
    return max(lengths)


# --- sentences and the document ----------------------------------------------


@dataclass(frozen=True)
class SentenceCounts:
    """What one sentence adds to the document score."""

    frequencies: list[float]
    max_dependency_length: int | None
    content_words_per_clause: float | None
    concrete: int
    nouns: int  # concrete + abstract + undefined


# Where a stretch of the analysed text is in the original file: (start, end) → (line, column, start, end).
Pin = Callable[[int, int], tuple[int, int, int, int]]


def in_analysed_text(text: str) -> Pin:
    """Place a stretch in the analysed text itself (for a plain-text letter that is the file)."""

    def pin(start: int, end: int) -> tuple[int, int, int, int]:
        line_start = text.rfind("\n", 0, start) + 1
        return text.count("\n", 0, start) + 1, start - line_start + 1, start, end

    return pin


def unavailable(reason: str) -> LintScore:
    return LintScore(available=False, reason=reason)


def count_sentence(sentence: Span, data: LintData, positions: list[int] | None = None) -> SentenceCounts:
    if positions is None:
        positions = word_positions(sentence.doc)
    tokens = [t for t in sentence if not t.is_space]
    frequencies = [f for t in tokens if (f := word_frequency(t, data)) is not None]
    lengths = [dependency_length(t, positions) for t in tokens if not t.is_punct]
    finite_verbs = sum(1 for t in tokens if "WW|pv" in t.tag_)
    content_words = sum(1 for t in tokens if is_content_word(t, data))
    types = [kind for t in tokens if (kind := noun_type(t, data)) is not None]
    return SentenceCounts(
        frequencies=frequencies,
        max_dependency_length=max(lengths) if len(lengths) >= 2 else None,
        content_words_per_clause=content_words / finite_verbs if finite_verbs else None,
        concrete=types.count("concrete"),
        nouns=len(types),
    )


def _mean(values: list[float]) -> float | None:
    return math.fsum(values) / len(values) if values else None


def lint_score(features: LintFeatures, coefficients: dict[str, float]) -> float | None:
    """100 minus the formula, kept between 0 and 100; None if a feature is missing."""
    values = (
        features.word_frequency,
        features.dependency_length,
        features.content_words_per_clause,
        features.concrete_noun_share,
    )
    if any(value is None for value in values):
        return None
    result = (
        coefficients["const"]
        + coefficients["mean_log_word_freq"] * features.word_frequency
        + coefficients["mean_max_sdl"] * features.dependency_length
        + coefficients["mean_content_words"] * features.content_words_per_clause
        + coefficients["proportion_concrete"] * features.concrete_noun_share
    )
    return min(100.0, max(0.0, 100 - result))


def lint_level(score: float | None) -> int | None:
    if score is None:
        return None
    return 1 + sum(score >= bound for bound in LEVEL_BOUNDS)


def _result(features: LintFeatures, coefficients: dict[str, float]) -> tuple[float | None, int | None]:
    score = lint_score(features, coefficients)
    return score, lint_level(score)


def _data_or_reason() -> LintData | str:
    """The data, or why it cannot be read (a whole Dutch sentence)."""
    if data_folder() is None:
        return NO_PACKAGE
    try:
        return lint_data()
    except Exception:  # noqa: BLE001 - pyarrow, json and missing files fail in many ways; the letter is checked anyway
        return UNREADABLE_DATA


def _parsed(doc: Doc) -> bool:
    from ..language.analyse import is_parsed  # here: the Doc means spaCy is loaded already

    return is_parsed(doc)


def score_sentences(
    sentences: list[Span], pin: Pin | None = None, without_parse: str = NO_PARSE_PIPELINE
) -> LintScore:
    """LiNT-II per sentence and for the whole text (the letter's running text).

    `pin` places a sentence in the original file (score/metrics.py pins to the
    source; without it, to the analysed text); `without_parse` is the reason
    to give when the Doc has no dependency tree.
    """
    if sentences and not _parsed(sentences[0].doc):
        return unavailable(without_parse)
    data = _data_or_reason()
    if isinstance(data, str):
        return unavailable(data)
    if not sentences:
        return unavailable(TOO_LITTLE_TEXT)
    doc = sentences[0].doc
    pin = pin or in_analysed_text(doc.text)
    positions = word_positions(doc)
    counts = [count_sentence(sentence, data, positions) for sentence in sentences]
    results = []
    for sentence, count in zip(sentences, counts):
        features = LintFeatures(
            word_frequency=_mean(count.frequencies),
            dependency_length=count.max_dependency_length,
            content_words_per_clause=count.content_words_per_clause,
            concrete_noun_share=count.concrete / count.nouns if count.nouns else None,
        )
        score, level = _result(features, data.coefficients)
        words = [t for t in sentence if not t.is_space]
        start, end = (words[0].idx, words[-1].idx + len(words[-1])) if words else (sentence.start_char,) * 2
        results.append(LintSentence(*pin(start, end), score, level, features))
    nouns = sum(c.nouns for c in counts)
    document = LintFeatures(
        word_frequency=_mean([f for c in counts for f in c.frequencies]),
        dependency_length=_mean([c.max_dependency_length for c in counts if c.max_dependency_length is not None]),
        content_words_per_clause=_mean(
            [c.content_words_per_clause for c in counts if c.content_words_per_clause is not None]
        ),
        concrete_noun_share=sum(c.concrete for c in counts) / nouns if nouns else None,
    )
    score, level = _result(document, data.coefficients)
    if score is None:
        missing = [name for name, value in document.to_dict().items() if value is None]
        return unavailable(" ".join([CANNOT_MEASURE, *(NOT_MEASURED[name] for name in missing)]))
    return LintScore(True, None, score, level, STRUGGLE[level], document, tuple(results))
