"""Dutch lemmas from spaCy's lookup tables (spacy-lookups-data), without a model.

The tables give a lemma for a word form but no part of speech, so a form can
have more than one lemma (`genomen`: *nemen* or *genoom*). `lemma` picks one
for display; `forms_of` gives every form that can belong to a lemma, which is
what lemma-aware matching needs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from . import inflect
from .cache import Rows, WordTables, content_key, word_tables

# When a form is in several exception tables, the verb reading wins: letters
# are full of verbs, and the passive rule needs them.
_EXCEPTION_ORDER = ("verb", "noun", "adj", "adv", "adp", "det", "pron")
_SOURCES = ("nl_lemma_lookup.json.gz", "nl_lemma_exc.json.gz", "nl_lemma_index.json.gz")
PARTS_OF_SPEECH = ("verb", "noun", "adj")


def _source(name: str) -> Path:
    import spacy_lookups_data  # here: it is only needed to find the files

    return Path(str(spacy_lookups_data.get_file(name)))


@lru_cache(maxsize=1)
def tables_key() -> str:
    """The hash of everything the tables are built from; data derived from them
    (the compiled phrase lists) names itself after it too."""
    return content_key([_source(name) for name in _SOURCES], _build_tables)


@lru_cache(maxsize=1)
def _lexicon() -> WordTables:
    """The tables, from b1check's cache folder (built there on first use, which
    takes a few seconds: the gzipped JSON files are large)."""
    return word_tables("nl-lemmas", tables_key(), _build_tables)


def _build_tables() -> dict[str, Rows]:
    """form → best lemma; form → every lemma (only forms with more than one);
    lemma → its forms; lemma → its parts of speech (verb, noun, adj)."""
    import srsly  # slow to import, and only needed to build the tables

    # spaCy's Lookups tables hash their keys; the raw files keep the words,
    # which the inverse map (lemma → forms) needs.
    lookup = srsly.read_gzip_json(_source("nl_lemma_lookup.json.gz"))
    exceptions = srsly.read_gzip_json(_source("nl_lemma_exc.json.gz"))
    index = srsly.read_gzip_json(_source("nl_lemma_index.json.gz"))
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
    inverse: dict[str, set[str]] = defaultdict(set)
    for form, lemmas in candidates.items():
        for lemma in lemmas:
            inverse[lemma].add(form)
    parts: dict[str, list[str]] = defaultdict(list)
    for pos in PARTS_OF_SPEECH:
        for lemma in dict.fromkeys(index.get(pos, ())):
            parts[lemma].append(pos)
    return {
        "lemma": best.items(),
        "lemmas": ((form, "\t".join(lemmas)) for form, lemmas in candidates.items() if len(lemmas) > 1),
        "forms": ((lemma, "\t".join(sorted(forms))) for lemma, forms in inverse.items()),
        "pos": ((lemma, " ".join(pos)) for lemma, pos in parts.items()),
    }


def _split(value: str) -> tuple[str, ...]:
    return tuple(value.split("\t"))


@lru_cache(maxsize=1)
def lemma_table() -> Mapping[str, str]:
    """Lower-case form → its most likely lemma."""
    return _lexicon().table("lemma")


@lru_cache(maxsize=1)
def _all_lemmas() -> Mapping[str, tuple[str, ...]]:
    return _lexicon().table("lemmas", _split)


@lru_cache(maxsize=1)
def _forms() -> Mapping[str, tuple[str, ...]]:
    return _lexicon().table("forms", _split)


def lemmas(form: str) -> tuple[str, ...]:
    """Every lemma the tables give for a form (the form itself if none)."""
    lower = form.lower()
    several = _all_lemmas().get(lower)
    if several is not None:
        return several
    best = lemma_table().get(lower)
    return (best,) if best is not None else (lower,)


class _PartOfSpeech:
    """The lemmas the tables' index lists with one part of speech (only `in` is asked)."""

    def __init__(self, pos: str, table: Mapping[str, frozenset[str]]) -> None:
        self.pos = pos
        self._table = table

    def __contains__(self, lemma: object) -> bool:
        return self.pos in self._table.get(lemma, ())


@lru_cache(maxsize=1)
def _pos_table() -> Mapping[str, frozenset[str]]:
    return _lexicon().table("pos", lambda parts: frozenset(parts.split()))


@lru_cache(maxsize=1)
def lemmas_by_pos() -> dict[str, _PartOfSpeech]:
    """Known lemmas by part of speech (verb, noun, adj), from the tables' index."""
    table = _pos_table()
    return {pos: _PartOfSpeech(pos, table) for pos in PARTS_OF_SPEECH}


def can_be(word: str, pos: str) -> bool:
    """Can this form be a word of that part of speech (itself, or by one of its
    lemmas)? "documenten" can be a noun, "definitieve" an adjective."""
    lower = word.lower()
    listed = lemmas_by_pos()[pos]
    return lower in listed or any(lemma in listed for lemma in lemmas(lower))


def plural_form(word: str) -> bool:
    """Is this form the plural of a noun the tables know ("bomen" of "boom"; not "grens", whose
    table lemma is the verb "grenzen"), or of an adjective used as a noun ("jongeren", "ouderen")?"""
    lower = word.lower()
    others = [lemma for lemma in lemmas(lower) if lemma != lower]
    # (the adjective shorter than the form: "jong" of "jongeren"; not "stenen" of "steen", code read 11)
    return any(slot in ("pl", "dim_pl") for lemma in others for slot in inflect.noun_slots(lower, lemma)) or (
        lower.endswith("en") and any(lemma in lemmas_by_pos()["adj"] and len(lemma) < len(lower) for lemma in others))


def forms_of(word: str) -> frozenset[str]:
    """All lower-case forms whose lemma can be `word` (the word included)."""
    lower = word.lower()
    return frozenset(_forms().get(lower, ())) | {lower}


def known(word: str) -> bool:
    """Do the tables know this word, as a form or as a lemma?"""
    lower = word.lower()
    # (A word that is only its own form, "gratis", is in the index of parts of speech alone.)
    return lower in lemma_table() or lower in _forms() or bool(_pos_table().get(lower))
