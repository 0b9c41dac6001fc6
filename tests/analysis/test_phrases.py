"""Finding word-list phrases: word orders, line breaks, parts of speech, and
the places where no entry may fire. Each test is a Dutch sentence in and the
finding (or none) out."""

from __future__ import annotations

import pytest

from b1check.settings import Settings
from tests.helpers import findings_for, phrase_matches

PARSED = Settings()
FAST = Settings(model=None)


def wording(text: str, settings: Settings = PARSED) -> list[tuple[str, str]]:
    """(matched text, first suggestion) of every WRD001 and NOM003 finding."""
    return [
        (f.text, f.suggestions[0] if f.suggestions else "")
        for f in findings_for(text, settings=settings)
        if f.rule in ("WRD001", "NOM003")
    ]


def entries(text: str, model: str | None = "b1check") -> list[str]:
    return [m.entry.phrase for m in phrase_matches(text, model)]


# Word orders of a verb phrase, from the phrase alone


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Wij nemen uw aanvraag binnenkort in behandeling.", ("Wij nemen uw aanvraag binnenkort in behandeling", "Wij behandelen uw aanvraag binnenkort")),
        ("Uw aanvraag zal in behandeling worden genomen.", ("in behandeling worden genomen", "worden behandeld")),
        ("Wij hebben besloten uw aanvraag niet in behandeling te nemen.", ("in behandeling te nemen", "te behandelen")),
        ("Uw aanvraag voldoet niet om in behandeling te worden genomen.", ("in behandeling te worden genomen", "te worden behandeld")),
        ("Dient u het formulier vóór 1 mei in?", ("Dient u het formulier vóór 1 mei in", "Levert u het formulier vóór 1 mei in")),
        ("U kunt uw mening kenbaar te kunnen maken.", ("kenbaar te kunnen maken", "te kunnen laten weten")),
    ],
)
def test_a_verb_phrase_is_found_in_every_word_order(sentence, found):
    assert found in wording(sentence)


def test_a_separated_particle_must_be_the_verbs_own():
    assert "indienen" not in entries("U dient in mei te betalen.")
    assert "indienen" not in entries("U dient in mei te betalen.", None)


def test_a_phrase_split_over_a_line_break_is_found():
    assert wording("Uw aanvraag wordt ten\nbehoeve van de controle bekeken.") == [("ten\nbehoeve van", "voor")]
    assert wording("Uw aanvraag wordt ten\nbehoeve van de controle bekeken.", FAST) == [("ten\nbehoeve van", "voor")]


def test_a_gap_stays_within_one_sentence():
    assert "in behandeling nemen" not in entries("Wij nemen contact op. Uw aanvraag is in behandeling.")


# Parts of speech: a noun or adjective made from a verb keeps away from the verb's entry


@pytest.mark.parametrize(
    "sentence",
    [
        "Uw verzoek is goedgekeurd.",
        "De beoogde datum is 1 mei.",
        "Het geconstateerde gebrek is hersteld.",
        "De verstrekte gegevens kloppen niet.",
        "De gewijzigde regels gelden vanaf mei.",
        "Er zijn acht mensen.",
    ],
)
@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
def test_a_derived_noun_or_adjective_does_not_take_the_verbs_entry(sentence, settings):
    assert wording(sentence, settings) == []


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
def test_the_verb_itself_is_found(settings):
    assert ("Ik verzoek u", "Ik vraag u") in wording("Ik verzoek u dit te doen.", settings)
    assert ("Wij verzochten u", "Wij vroegen u") in wording("Wij verzochten u het formulier te sturen.", settings)


# Never flagged: names of laws, quotations, placeholders, labels


@pytest.mark.parametrize(
    "sentence",
    [
        "Dit staat in de Verordening op de haven 2010.",
        "Dit staat in de Verordening Parkeren Amsterdam 2013, artikel 4.",
        "U kunt bezwaar maken volgens de Algemene wet bestuursrecht.",
        'Op de envelop staat "ter attentie van de afdeling".',
        "Betreft: uw verzoek om bijzondere bijstand",
        "Toelichting: {{ toelichting }}",
        "Geachte {{ aanhef }}, wij sturen u de stukken.",
        "De Commissie Bezwaarschriften behandelt uw bezwaar.",
        "Locatie\nStationsplein 1, Utrecht",
    ],
)
def test_names_quotations_labels_and_placeholders_are_never_flagged(sentence):
    assert wording(sentence) == []


def test_a_regulation_is_still_flagged_as_an_ordinary_word():
    assert wording("In deze verordening staan de afspraken.") == [("deze verordening", "deze regeling")]


# One finding per place


def test_nominal_style_and_wording_give_one_finding_per_place():
    # "een betaling verrichten" (NOM003) holds "verrichten" (WRD001): the longer one takes the place.
    found = [f.rule for f in findings_for("U kunt de betaling verrichten via de website.") if f.category in ("wording", "nominal-style")]
    assert found == ["NOM003"]


def test_the_matched_span_does_not_swallow_punctuation():
    assert [text for text, _ in wording("Wij sturen het formulier middels de post.")] == ["middels"]
    assert [text for text, _ in wording("Dit kunt u thans.")] == ["thans"]


# The time grows with the length of the text, not faster


def test_every_search_looks_a_bounded_number_of_words_ahead():
    """A long letter of the same sentence gives exactly as many matches per
    sentence as one sentence: no join across the whole text."""
    sentence = "Wij nemen uw aanvraag in behandeling en sturen u tevens een brief. "
    one = len(phrase_matches(sentence, None))
    assert len(phrase_matches(sentence * 400, None)) == one * 400


# The shown phrase: the rewrite in its place, with the words a reader needs


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence, found",
    [
        # a finite verb with its subject and object pronouns
        ("Wij verzochten u vorige week om een kopie.", ("Wij verzochten u", "Wij vroegen u")),
        ("Ik verzoek u de rekening te betalen.", ("Ik verzoek u", "Ik vraag u")),
        ("Daarom verzoek ik u de rekening te betalen.", ("verzoek ik u", "vraag ik u")),
        # a noun with its determiner and adjectives
        ("Stuur al uw correspondentie naar het nieuwe adres.", ("al uw correspondentie", "al uw brieven en e-mails")),
        ("Tegen deze beschikking kunt u bezwaar maken.", ("deze beschikking", "dit besluit")),
        # a conjunction or a preposition alone: the subject or object after it stays as it is
        ("Indien u vragen heeft, kunt u ons bellen.", ("Indien", "Als")),
        ("U kunt middels een formulier bezwaar maken.", ("middels", "met")),
        # an adjective with its noun phrase
        ("Stuur ons de benodigde documenten.", ("de benodigde documenten", "de nodige documenten")),
    ],
)
def test_the_finding_shows_the_rewritten_phrase_in_its_place(sentence, found, settings):
    assert found in wording(sentence, settings)


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
def test_the_parse_adds_what_the_fast_mode_cannot_tell(settings):
    # gender from the parse: the article and the adjective change with the noun
    found = wording("Wij sturen u binnenkort een definitieve beschikking.", settings)
    around = wording("Klik op onderstaande link om te beginnen.", settings)
    if settings is PARSED:
        assert ("een definitieve beschikking", "een definitief besluit") in found
        assert ("onderstaande link", "de link hieronder") in around
    else:
        assert around == [("onderstaande", "gebruik 'de … hieronder'")]
        assert found[0][1].startswith("gebruik '")  # advice only: the phrase stays as the list found it
        assert found[0][0] == "beschikking"


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence, found",
    [
        # the clause after the verb is not the verb's: only the pronoun goes with it
        ("Wij verzoeken u, als het kan, snel te betalen.", ("Wij verzoeken u", "Wij vragen u")),
        # never past the end of the sentence
        ("Dat is wat wij verzoeken. U hoort het dan.", ("wij verzoeken", "wij vragen")),
        # "nodig" after the conjunction is no subject
        ("Indien nodig bellen wij u op.", ("Indien", "Als")),
        # a long object stays outside; only a short one is shown
        ("Wij betalen middels overboeking op de rekening.", ("middels", "met")),
    ],
)
def test_the_shown_phrase_swallows_nothing_that_does_not_belong(sentence, found, settings):
    assert found in wording(sentence, settings)


def test_the_shown_phrase_never_takes_a_placeholder_or_another_finding():
    found = wording("Wij vragen jouw benodigde {{ bewijsstuk }} voor de aanvraag.")
    assert ("benodigde", "nodige") in found
    # "middels" would show its object, but that is a finding of its own
    found = wording("U kunt middels onderstaande knop inloggen.")
    assert ("middels", "met") in found and ("onderstaande knop", "de knop hieronder") in found


def test_a_safe_fix_of_a_shown_phrase_changes_only_the_rewritten_word():
    from b1check.fixes import apply_fixes
    from b1check.check import check_text

    text = "Indien u vragen heeft, belt u ons. U kunt middels een formulier bezwaar maken."
    fixed, applied, _ = apply_fixes(text, check_text(text).findings)
    assert fixed == "Als u vragen heeft, belt u ons. U kunt met een formulier bezwaar maken."
    assert [f.text for f in applied] == ["Indien", "middels"]


def test_unless_context_silences_an_entry_anywhere_in_its_sentence():
    from b1check.analysis.phrases import PhraseFinder
    from b1check.language.analyse import analyse, pipeline
    from b1check.language.wordlists import parse_phrases
    from b1check.load import load_text

    (entry,) = parse_phrases({"phrase": [{
        "phrase": "aanbieden", "pos": "verb", "alternatives": ["buiten zetten"], "reason": "Zeg buiten zetten.",
        "examples": ["Bied uw afval op maandag aan."], "context": ["afval"], "unless_context": ["cursus"],
    }]}, "proef.toml")
    finder = PhraseFinder([entry], pipeline(None))

    def found(text):
        return [m.span.text for m in finder.find(analyse(load_text(text), None).doc)]

    assert found("U kunt uw afval op maandag aanbieden.") == ["aanbieden"]
    assert found("Wij willen u een cursus over afval aanbieden.") == []
