"""The curated word lists check themselves, entry by entry (like codespell's dictionary tests)."""

from __future__ import annotations

from collections import Counter

import pytest

from b1check.settings import Settings
from b1check.language.wordlists import default_abbreviations, default_phrases, wordlist_dir
from tests.helpers import findings_for, phrase_matches

PHRASES = default_phrases()
ABBREVIATIONS = default_abbreviations()
# Categories a sentence-level text can be checked for.
SENTENCE_CATEGORIES = ("wording", "tone", "nominal-style", "abbreviation", "difficult-word")


def test_there_are_enough_entries():
    wording = [e for e in PHRASES if e.category == "wording"]
    assert len(wording) >= 400, len(wording)


def test_no_duplicate_entries():
    counts = Counter((e.phrase.lower(), e.context) for e in PHRASES)
    duplicates = [key for key, count in counts.items() if count > 1]
    assert not duplicates


def test_safe_entries_have_a_single_word_alternative_first():
    for entry in PHRASES:
        if entry.safe:
            assert not entry.alternatives[0].endswith((".", "?", "!")), entry.phrase


@pytest.mark.parametrize("entry", PHRASES, ids=lambda e: f"{e.source}:{e.key}")
def test_example_triggers_its_entry(entry):
    keys = [m.entry.key for m in phrase_matches(entry.example)]
    assert entry.key in keys, f"'{entry.example}' vindt {keys}"


@pytest.mark.parametrize("entry", PHRASES, ids=lambda e: f"{e.source}:{e.key}")
def test_alternatives_trigger_no_entry(entry):
    for alternative in entry.alternatives:
        keys = [m.entry.key for m in phrase_matches(alternative)]
        assert not keys, f"alternatief '{alternative}' van '{entry.key}' vindt {keys}"


@pytest.mark.parametrize("entry", PHRASES, ids=lambda e: f"{e.source}:{e.key}")
def test_reason_and_alternatives_are_plain_language(entry):
    for text in (entry.reason, *entry.alternatives):
        found = findings_for(text, SENTENCE_CATEGORIES)
        assert not found, f"'{text}' ({entry.key}): {[(f.rule, f.text) for f in found]}"


@pytest.mark.parametrize("entry", ABBREVIATIONS, ids=lambda a: a.abbreviation)
def test_abbreviation_example_triggers(entry):
    found = findings_for(entry.example, ("abbreviation",))
    assert any(f.text.lower().startswith(entry.abbreviation.lower().rstrip(".")) for f in found), (
        entry.example,
        [(f.rule, f.text) for f in found],
    )


def test_abbreviations_are_unique():
    counts = Counter(a.abbreviation.lower() for a in ABBREVIATIONS)
    assert [a for a, c in counts.items() if c > 1] == []


# ing-dingen.txt: nouns on -ing that are things, not actions (NOM001 skips them)


def _ing_things() -> list[str]:
    # The raw lines: word_set() lower-cases and drops doubles, which would hide mistakes.
    lines = (wordlist_dir() / "ing-dingen.txt").read_text(encoding="utf-8").splitlines()
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


def test_ing_things_are_lower_case_words_on_ing():
    words = _ing_things()
    assert words
    assert [w for w in words if not w.endswith("ing")] == []
    assert [w for w in words if w != w.lower() or " " in w] == []
    assert [w for w, count in Counter(words).items() if count > 1] == []


@pytest.mark.parametrize("model", [None, "b1check"], ids=["fast", "parsed"])
def test_ing_thing_is_no_nominal_style(model):
    def nom001(text):
        return [f.text for f in findings_for(text, settings=Settings(model=model)) if f.rule == "NOM001"]

    assert nom001("De woning van uw moeder is groot.") == []
    assert nom001("De betaling van de huur is op 1 mei.") == ["De betaling"]
