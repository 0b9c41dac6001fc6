"""The Dutch inflector, per class of verb, noun and adjective."""

from __future__ import annotations

import pytest

from b1check.language import inflect

# infinitive: ik-form, u/hij-form, past singular, past plural, participle, te-infinitive
VERBS = {
    # weak, 't kofschip: -te / -de
    "maken": ("maak", "maakt", "maakte", "maakten", "gemaakt", "te maken"),
    "sturen": ("stuur", "stuurt", "stuurde", "stuurden", "gestuurd", "te sturen"),
    "betalen": ("betaal", "betaalt", "betaalde", "betaalden", "betaald", "te betalen"),
    "melden": ("meld", "meldt", "meldde", "meldden", "gemeld", "te melden"),
    "zetten": ("zet", "zet", "zette", "zetten", "gezet", "te zetten"),
    "leven": ("leef", "leeft", "leefde", "leefden", "geleefd", "te leven"),
    # -eren: Latinate (stress on -eer-) and native (schwa)
    "controleren": ("controleer", "controleert", "controleerde", "controleerden", "gecontroleerd", "te controleren"),
    "informeren": ("informeer", "informeert", "informeerde", "informeerden", "geïnformeerd", "te informeren"),
    "leveren": ("lever", "levert", "leverde", "leverden", "geleverd", "te leveren"),
    # strong and irregular
    "vragen": ("vraag", "vraagt", "vroeg", "vroegen", "gevraagd", "te vragen"),
    "geven": ("geef", "geeft", "gaf", "gaven", "gegeven", "te geven"),
    "nemen": ("neem", "neemt", "nam", "namen", "genomen", "te nemen"),
    "brengen": ("breng", "brengt", "bracht", "brachten", "gebracht", "te brengen"),
    "zijn": ("ben", "is", "was", "waren", "geweest", "te zijn"),
    "hebben": ("heb", "heeft", "had", "hadden", "gehad", "te hebben"),
    "kunnen": ("kan", "kan", "kon", "konden", "gekund", "te kunnen"),
    # inseparable prefix: no ge-, the root's strong forms
    "verzoeken": ("verzoek", "verzoekt", "verzocht", "verzochten", "verzocht", "te verzoeken"),
    "ontvangen": ("ontvang", "ontvangt", "ontving", "ontvingen", "ontvangen", "te ontvangen"),
    "bekijken": ("bekijk", "bekijkt", "bekeek", "bekeken", "bekeken", "te bekijken"),
    "verstrekken": ("verstrek", "verstrekt", "verstrekte", "verstrekten", "verstrekt", "te verstrekken"),
    # separable: the particle in front of ge- and te
    "opsturen": ("opstuur", "opstuurt", "opstuurde", "opstuurden", "opgestuurd", "op te sturen"),
    "aanvragen": ("aanvraag", "aanvraagt", "aanvroeg", "aanvroegen", "aangevraagd", "aan te vragen"),
    "terugbetalen": ("terugbetaal", "terugbetaalt", "terugbetaalde", "terugbetaalden", "terugbetaald", "terug te betalen"),
    # particle verbs that do not split
    "ondertekenen": ("onderteken", "ondertekent", "ondertekende", "ondertekenden", "ondertekend", "te ondertekenen"),
    "overwegen": ("overweeg", "overweegt", "overwoog", "overwogen", "overwogen", "te overwegen"),
}


@pytest.mark.parametrize("verb", VERBS)
def test_verb_forms(verb):
    stem, third, past, past_plural, participle, te = VERBS[verb]
    forms = inflect.verb_forms(verb)
    assert (forms["1sg"][0], forms["3sg"][0], forms["past_sg"][0], forms["past_pl"][0], forms["participle"][0]) == (
        stem, third, past, past_plural, participle
    )
    assert inflect.te_infinitive(verb) == te


def test_a_separable_verb_splits_in_a_main_clause():
    assert inflect.verb_form("opsturen", "3sg") == ("stuurt", "op")
    assert inflect.verb_form("aanvragen", "past_sg") == ("vroeg", "aan")
    assert inflect.verb_form("opsturen", "participle") == ("opgestuurd", "")
    assert inflect.verb_form("vragen", "3sg") == ("vraagt", "")


def test_the_slots_of_a_form():
    assert inflect.verb_slots("verzocht", "verzoeken") == ["past_sg", "participle"]
    assert inflect.verb_slots("stuurt", "opsturen", split=True) == ["2sg", "3sg"]
    assert inflect.verb_slots("sturen", "opsturen", split=True) == ["pl"]
    assert inflect.verb_slots("vraagt", "vragen") == ["2sg", "3sg"]


def test_a_separable_particle_can_be_forced_or_forbidden():
    assert inflect.split_particle("op|sturen") == ("op", "sturen")
    assert inflect.split_particle("+informeren") == ("", "informeren")
    assert inflect.split_particle("rechtzetten") == ("recht", "zetten")
    assert inflect.split_particle("rechtvaardigen") == ("", "rechtvaardigen")


@pytest.mark.parametrize(
    "noun, plural",
    [
        ("besluit", "besluiten"), ("brief", "brieven"), ("regel", "regels"), ("voorwaarde", "voorwaarden"),
        ("mogelijkheid", "mogelijkheden"), ("bus", "bussen"), ("auto", "auto's"), ("criterium", "criteria"),
        ("eis", "eisen"), ("toeslag", "toeslagen"), ("situatie", "situaties"), ("idee", "ideeën"),
        # a Latin -or: the stress moves, the r is not doubled
        ("organisator", "organisatoren"), ("sector", "sectoren"), ("motor", "motoren"), ("kantoor", "kantoren"),
        ("monitor", "monitors"), ("editor", "editors"), ("beeldscherm", "beeldschermen"),
    ],
)
def test_noun_plural(noun, plural):
    assert inflect.noun_form(noun, "pl") == plural
    assert "pl" in inflect.noun_slots(plural, noun)


@pytest.mark.parametrize(
    "noun, small",
    [("huis", "huisje"), ("boom", "boompje"), ("bal", "balletje"), ("stoel", "stoeltje"), ("auto", "auto'tje"), ("brief", "briefje")],
)
def test_noun_diminutive(noun, small):
    assert inflect.noun_form(noun, "dim") == small


@pytest.mark.parametrize(
    "adjective, inflected",
    [
        ("goed", "goede"), ("groot", "grote"), ("snel", "snelle"), ("lief", "lieve"), ("financieel", "financiële"),
        ("definitief", "definitieve"), ("gratis", "gratis"), ("gesloten", "gesloten"), ("nodig", "nodige"),
    ],
)
def test_adjective_ending(adjective, inflected):
    assert inflect.attributive(adjective) == inflected
    assert inflect.adjective_slots(inflected, adjective)[-1] in ("e", "base")


def test_adjective_degrees():
    assert (inflect.comparative("groot"), inflect.superlative("groot")) == ("groter", "grootst")
    assert inflect.comparative("duur") == "duurder"
    assert inflect.adjective_slots("snellere", "snel") == ["ere"]


def test_the_order_of_a_verb_written_whole():
    # the imperative the rewrite of "Gelieve … te <verb>" writes: the verb whole, "wees" for "zijn"
    assert inflect.order("ondertekenen") == "onderteken"
    assert inflect.order("sturen") == "stuur"
    assert inflect.order("zijn") == "wees"
