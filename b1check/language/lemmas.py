"""Dutch lemmas from spaCy's lookup tables (spacy-lookups-data), without a model.

The tables give a lemma for a word form but no part of speech, so a form can
have more than one lemma (`genomen`: *nemen* or *genoom*). `lemma` picks one
for display; `forms_of` gives every form that can belong to a lemma, which is
what lemma-aware matching needs.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import spacy_lookups_data
import srsly

T = TypeVar("T")

# When a form is in several exception tables, the verb reading wins: letters
# are full of verbs, and the passive rule needs them.
_EXCEPTION_ORDER = ("verb", "noun", "adj", "adv", "adp", "det", "pron")


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "b1check"


Tables = tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]


@lru_cache(maxsize=1)
def _tables() -> Tables:
    """The merged tables: form → best lemma, form → every lemma, lemma → its forms.
    Reading the gzipped JSON takes seconds, so the result is kept in a pickle
    in the user's cache folder (rebuilt when the tables change)."""
    source = Path(str(spacy_lookups_data.get_file("nl_lemma_lookup.json.gz")))
    stamp = f"{spacy_lookups_data.__version__}-{source.stat().st_size}-v2"
    return pickled(cache_dir() / f"nl-lemmas-{stamp}.pickle", _build_tables)


def pickled(cached: Path, build: Callable[[], T]) -> T:
    """`build()`, kept in the pickle `cached`: read from there when it is
    there, written there (atomically) when it is not."""
    try:
        with open(cached, "rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, ImportError):
        # ImportError: a pickle written by a b1check whose classes lived elsewhere.
        pass
    result = build()
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=cached.parent, delete=False) as handle:
            pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, cached)
    except OSError:
        pass  # a read-only home folder only costs time
    return result


def _build_tables() -> Tables:
    # spaCy's Lookups tables hash their keys; the raw files keep the words,
    # which the inverse map (lemma → forms) needs.
    lookup = srsly.read_gzip_json(spacy_lookups_data.get_file("nl_lemma_lookup.json.gz"))
    exceptions = srsly.read_gzip_json(spacy_lookups_data.get_file("nl_lemma_exc.json.gz"))
    candidates: dict[str, list[str]] = defaultdict(list)
    for form, lemma in lookup.items():
        candidates[form].append(lemma)
    for pos in _EXCEPTION_ORDER:
        table = exceptions.get(pos, {})
        for form, lemmas in table.items():
            for lemma in lemmas:
                if lemma not in candidates[form]:
                    candidates[form].append(lemma)
    best: dict[str, str] = {}
    for form, lemmas in candidates.items():
        verbs = [l for l in lemmas if l.endswith("en") and l != form]
        best[form] = verbs[0] if verbs and form not in lookup else lemmas[0]
    # The inverse is kept too (as tuples: they load from the pickle three times
    # faster than sets), so that start-up does not build it each time.
    inverse: dict[str, set[str]] = defaultdict(set)
    for form, lemmas in candidates.items():
        for lemma in lemmas:
            inverse[lemma].add(form)
    return (
        best,
        {form: tuple(lemmas) for form, lemmas in candidates.items()},
        {lemma: tuple(sorted(forms)) for lemma, forms in inverse.items()},
    )


def lemma_table() -> dict[str, str]:
    """Lower-case form → its most likely lemma."""
    return _tables()[0]


def lemmas(form: str) -> tuple[str, ...]:
    """Every lemma the tables give for a form (the form itself if none)."""
    lower = form.lower()
    return _tables()[1].get(lower, (lower,))


@lru_cache(maxsize=1)
def lemmas_by_pos() -> dict[str, frozenset[str]]:
    """Known lemmas by part of speech (verb, noun, adj), from the tables' index."""
    data = srsly.read_gzip_json(spacy_lookups_data.get_file("nl_lemma_index.json.gz"))
    return {pos: frozenset(data.get(pos, ())) for pos in ("verb", "noun", "adj")}


def forms_of(word: str) -> frozenset[str]:
    """All lower-case forms whose lemma can be `word` (the word included)."""
    lower = word.lower()
    return frozenset(_tables()[2].get(lower, ())) | {lower}


def known(word: str) -> bool:
    """Do the tables know this word, as a form or as a lemma?"""
    lower = word.lower()
    tables = _tables()
    return lower in tables[0] or lower in tables[2]
