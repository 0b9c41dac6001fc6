"""A pronoun as the subject, the verb form and the reflexive pronoun that agree with it,
and the preposition a pronominal adverb stands for."""

import pytest

from b1check.language.pronouns import (
    ADVERB_PREPOSITIONS, AS_SUBJECT, adverb_preposition, agreeing, agreeing_slot, as_je, pointing_stem, reflexive,
)


def test_the_verb_agrees_with_its_subject_pronoun():
    assert agreeing("u", "hebben") == "heeft"  # as letters write it
    assert agreeing("u", "kunnen") == "kunt"
    assert agreeing("u", "zijn") == "bent"
    assert agreeing("ik", "hebben") == "heb"
    assert agreeing("jij", "zijn") == "bent"
    assert agreeing("wij", "hebben") == "hebben"
    assert agreeing(None, "hebben") == "heeft"  # "de gemeente heeft"
    assert agreeing(None, "moeten", plural=True) == "moeten"  # "de gemeenten moeten"
    assert agreeing_slot("zij", "kunnen", plural=True) == "pl"


def test_door_ons_becomes_wij_hebben():
    assert AS_SUBJECT["ons"] == ("wij", "hebben", "moeten")
    assert AS_SUBJECT["u"] == ("u", "heeft", "moet")
    assert AS_SUBJECT["mij"] == ("ik", "heb", "moet")


def test_the_reflexive_pronoun_agrees_with_the_subject():
    assert [reflexive(s) for s in ("ik", "jij", "u", "wij", "zij", None)] == ["me", "je", "zich", "ons", "zich", "zich"]


def test_a_pronominal_adverb_stands_for_its_preposition():
    assert adverb_preposition("hiervan") == "van"
    assert adverb_preposition("Daarover") == "over"
    assert adverb_preposition("ermee") == "met"  # not "mee"
    assert adverb_preposition("daartoe") == "tot"  # not "toe"
    assert adverb_preposition("waarop") == "op"
    for word in ("ervaring", "hierboven", "mee", "van", "daar"):
        assert adverb_preposition(word) is None, word
    assert {"met", "tot"} <= ADVERB_PREPOSITIONS and not {"mee", "toe"} & ADVERB_PREPOSITIONS


@pytest.mark.parametrize(
    ("with_u", "with_je"),
    [
        ("heeft u vragen", "heb je vragen"),
        ("Kunt u ons bellen", "Kun je ons bellen"),
        ("U heeft recht op", "Je hebt recht op"),
        ("zodat u het weet", "zodat je het weet"),
        ("uw aanvraag", "je aanvraag"),
        ("Laat u het weten", "Laat je het weten"),
        ("u bent welkom", "je bent welkom"),
        ("bel ons als uitzondering", "bel ons als uitzondering"),  # no "u" in a word
    ],
)
def test_u_becomes_je(with_u, with_je):
    assert as_je(with_u) == with_je


@pytest.mark.parametrize("word, stem", [
    ("hier", "hier"), ("hieronder", "hier"), ("Hierboven", "hier"), ("hierbij", "hier"),
    ("daar", "daar"), ("daarin", "daar"), ("daarnaast", "daar"),
    ("hierover", "hier"), ("erover", None), ("waarop", None), ("hiernamaals", None), ("daarom", "daar"), ("daarna", "daar"),
])
def test_pointing_stem(word, stem):
    assert pointing_stem(word) == stem
