"""TON003: the municipality writes 'wij' about itself, not 'de gemeente' (wordlists/afzender.toml)."""

from __future__ import annotations

import pytest

from b1check.analysis.self_reference import plural_finite, sent_by_municipality
from b1check.settings import Settings
from tests.helpers import findings_for

PARSED, FAST = Settings(), Settings(model=None)


def wij(text, settings=PARSED):
    return [(f.text, f.suggestions[:1], bool(f.advice)) for f in findings_for(text, settings=settings)
            if f.rule == "TON003"]


def pasted(text, settings=PARSED):
    """The text with every TON003 suggestion put in place."""
    found = [f for f in findings_for(text, settings=settings) if f.rule == "TON003" and f.suggestions]
    for f in sorted(found, key=lambda f: f.start, reverse=True):
        text = text[: f.start] + f.suggestions[0] + text[f.end :]
    return text


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
@pytest.mark.parametrize("before, after", [
    ("De gemeente vindt het belangrijk dat u kunt stemmen.", "Wij vinden het belangrijk dat u kunt stemmen."),
    ("De gemeente heeft uw aanvraag ontvangen.", "Wij hebben uw aanvraag ontvangen."),
    ("De gemeente Amsterdam is eigenaar van de grond.", "Wij zijn eigenaar van de grond."),
    ("U kunt een brief sturen naar de gemeente.", "U kunt een brief sturen naar ons."),
    ("Dit is een besluit van de gemeente Utrecht.", "Dit is een besluit van ons."),
    # reachable is what the writer is, not the place (code read 115)
    ("De gemeente is telefonisch bereikbaar op werkdagen.", "Wij zijn telefonisch bereikbaar op werkdagen."),
])
def test_the_municipality_becomes_wij_or_ons(before, after, settings):
    assert pasted(before, settings) == after


@pytest.mark.parametrize("before, after", [
    ("Daarom stelt de gemeente de huur opnieuw vast.", "Daarom stellen wij de huur opnieuw vast."),
    ("Bij een volmacht controleert de gemeente de gegevens.", "Bij een volmacht controleren wij de gegevens."),
    ("Vorig jaar stelde de gemeente de regels vast.", "Vorig jaar stelden wij de regels vast."),
    ("Wilt u de gemeente bellen als u vragen heeft?", "Wilt u ons bellen als u vragen heeft?"),
    ("Het college van burgemeester en wethouders heeft besloten.", "Wij hebben besloten."),
    ("Het college van burgemeester en wethouders van Utrecht heeft besloten.", "Wij hebben besloten."),
    ("Het College van Burgemeester en Wethouders heeft besloten.", "Wij hebben besloten."),
    ("Het college van burgemeester en wethouders stemde in maart in met het plan.",
     "Wij stemden in maart in met het plan."),
])
def test_with_the_parse_the_verb_agrees_in_any_order(before, after):
    assert pasted(before) == after


@pytest.mark.parametrize("sentence", [
    "De gemeente en de provincie hebben een onderzoek laten doen.",  # coordinated: "wij en de provincie" does not read well
    "De gemeente moet uw formulier uiterlijk vrijdag hebben ontvangen en daarna beslist zij.",
])
def test_where_no_replacement_fits_it_gives_advice(sentence):
    found = wij(sentence)
    assert found and all(advice or suggestion for _text, suggestion, advice in found)
    assert pasted(sentence).startswith("De gemeente")


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
@pytest.mark.parametrize("sentence", [
    "Woont u in de gemeente Amsterdam?",  # a place
    "Buiten de gemeente kunt u niet stemmen.",
    "U verhuist naar de gemeente waar uw kinderen wonen.",  # a municipality in general
    "Geef uw adres door aan de gemeente van uw nieuwe woonplaats.",
    "Wij sturen uw formulier door naar de gemeente.",  # 'wij' is someone else here
    "Wij, het college van burgemeester en wethouders, hebben besloten.",  # says once who 'wij' are
    "De gemeenteraad beslist in maart.",
    "Alleen de gemeente, de provincie of het Rijk mag dat beslissen.",  # one of several kinds
    "U kunt dat vragen aan de provincie of de gemeente.",
    "Andere gemeenten doen dat ook.",
    "De Gemeente Secretaris belegde een bijeenkomst.",  # a title, not the municipality
    "Omgevingsdienst Zuid schrijft u namens de gemeente.",  # someone else writes on its behalf
    "U kunt bezwaar maken bij het college van burgemeester en wethouders van Utrecht, Postbus 16200, 3500 CE Utrecht.",
    # the place again: the people who live there, and how it is (review 113)
    "Ook krijgt een aantal andere inwoners van de gemeente het onderzoek thuisgestuurd.",
    "Hierdoor blijft de gemeente schoon.",
    "De gemeente is veilig en groen.",
    # who sends a greeting, named with the people it sends it with
    "College en medewerkers van de gemeente Meierijstad wensen u alle goeds!",
])
def test_places_general_municipalities_and_others_stay(sentence, settings):
    assert wij(sentence, settings) == []


def test_a_letter_signed_by_another_organisation_is_left_alone():
    letter = ("Beste mevrouw Jansen,\n\nDe gemeente betaalt de rest van de kosten.\n\n"
              "Met vriendelijke groet,\n\nGGD Amsterdam\nAfdeling Infectieziekten\n")
    assert wij(letter) == []
    signed = letter.replace("GGD Amsterdam\nAfdeling Infectieziekten", "Gemeente Amsterdam\nTeam Parkeren")
    assert [text for text, _s, _a in wij(signed)] == ["De gemeente betaalt"]


def test_a_signature_decides_who_sends_and_none_means_the_municipality():
    assert sent_by_municipality(None)
    assert sent_by_municipality("\nHet college van burgemeester en wethouders van Utrecht")
    assert not sent_by_municipality("\nDienst Uitvoering Subsidies aan Instellingen")


GGD_LETTER = "Beste mevrouw Jansen,\n\nDe gemeente betaalt de rest van de kosten.\n\nMet vriendelijke groet,\n\n"
GGD_SIGNATURE = ("GGD Amsterdam\nAfdeling Infectieziekten\nNieuwe Achtergracht 100\n1018 WT Amsterdam\n"
                 "Telefoon 020 555 5555\ninfo@ggd.amsterdam.nl\nwww.ggd.amsterdam.nl\nKvK 12345678\n")


def test_the_signature_is_its_lines_as_the_contact_check_reads_them():
    """Who signs is decided by the signature's lines (contact.signature_lines), not by a stretch of
    characters after the closing: a copy to the municipality below them does not make it the sender, and
    a municipality on a signature line after long lines does."""
    assert wij(GGD_LETTER + GGD_SIGNATURE) == []
    assert wij(GGD_LETTER + GGD_SIGNATURE + "Kopie aan: de gemeente Amsterdam\n") == []
    long_lines = "".join(f"Regel {n} van de ondertekening, met de naam van een afdeling en een adres erin\n"
                         for n in range(5))
    municipal = GGD_LETTER + "Jan de Vries\n" + long_lines + "Gemeente Amsterdam\n"
    assert len(municipal) - municipal.index("Jan de Vries") > 400
    assert [text for text, _s, _a in wij(municipal)] == ["De gemeente betaalt"]


@pytest.mark.parametrize("form, lemma, plural", [
    ("vindt", "vinden", "vinden"), ("heeft", "hebben", "hebben"), ("is", "zijn", "zijn"),
    ("kan", "kunnen", "kunnen"), ("wil", "willen", "willen"), ("stelt", "vaststellen", "stellen"),
    ("stelde", "vaststellen", "stelden"), ("controleerde", "controleren", "controleerden"),
    ("bracht", "brengen", "brachten"), ("vinden", "vinden", None), ("gevonden", "vinden", None),
    ("stuurt", "stuurt", None),  # a wrong lemma from the parse: no guess
])
def test_plural_of_a_finite_verb(form, lemma, plural):
    assert plural_finite(form, lemma) == plural


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
@pytest.mark.parametrize("before, after", [
    ("Lees eerst de regels van de gemeente.", "Lees eerst onze regels."),
    ("Dit doen zij voor het Programma Klimaatneutraal van de gemeente.",
     "Dit doen zij voor ons Programma Klimaatneutraal."),
    ("Het nieuwe beleid van de gemeente gaat in maart in.", "Ons nieuwe beleid gaat in maart in."),
    ("Dit is een besluit van de gemeente.", "Dit is een besluit van ons."),  # "een": no possessive
])
def test_what_belongs_to_the_municipality_becomes_ours(before, after, settings):
    assert pasted(before, settings) == after


def test_a_noun_the_word_tables_do_not_know_becomes_ours_only_with_the_parse():
    sentence = "Dan kunt u de energielening van de gemeente aanvragen."
    assert pasted(sentence) == "Dan kunt u onze energielening aanvragen."
    # Without the parse: advice, not "de energielening van ons" (a definite noun before "van" wants "onze").
    assert pasted(sentence, FAST) == sentence and wij(sentence, FAST) == [("de gemeente", (), True)]


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
def test_after_a_noun_with_de_or_het_the_municipality_is_never_ons_alone(settings):
    # An indefinite noun before "van" reads well with "ons"; so does a verb.
    assert pasted("U krijgt binnenkort een brief van de gemeente.", settings) == (
        "U krijgt binnenkort een brief van ons.")
    assert pasted("Ik heb de brief gekregen van de gemeente.", settings) == "Ik heb de brief gekregen van ons."


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
@pytest.mark.parametrize("sentence", [
    "De werkzaamheden worden uitgevoerd in opdracht van de gemeente Leeuwarden.",
    "Het onderhoud was eerder niet in handen van de gemeente.",
    "Het proces gaat in 2019 onder regie van de gemeente lopen.",
])
def test_a_fixed_phrase_before_van_gets_advice_not_ons(sentence, settings):
    # "in opdracht van ons", "in handen van ons" read stilted: the writer rewrites ("in onze handen")
    assert pasted(sentence, settings) == sentence and [found[1] for found in wij(sentence, settings)] == [()]


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
def test_a_place_name_with_a_hyphen_belongs_to_the_name(settings):
    # not "medewerkers van ons Neder-Betuwe" (review 108)
    assert pasted("Er komen medewerkers van de gemeente Neder-Betuwe langs.", settings) == (
        "Er komen medewerkers van ons langs.")
    assert pasted("Er komen medewerkers van de gemeente 's-Hertogenbosch langs.", settings) == (
        "Er komen medewerkers van ons langs.")


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
def test_a_second_name_after_van_belongs_to_the_first(settings):
    text = "Vorige week heeft het college van burgemeester en wethouders van de gemeente Lingewaard een plan gemaakt."
    (found,) = wij(text, settings)
    assert found[0].endswith("het college van burgemeester en wethouders van de gemeente Lingewaard")
    if settings is PARSED:
        assert pasted(text, settings) == "Vorige week hebben wij een plan gemaakt."


# In a text that never speaks as "wij", a name after a noun: the finding covers the whole phrase, and the
# advice names it as the municipality's own, never "het college van ons".
@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
def test_without_a_replacement_the_phrase_before_van_is_in_the_finding(settings):
    text = ("De gemeente Lingewaard sluit de weg af. Vorige week heeft het college van de gemeente Lingewaard "
            "besloten de weg af te sluiten.")
    found = [f for f in findings_for(text, settings=settings) if f.rule == "TON003"]
    assert [f.text for f in found] == ["De gemeente Lingewaard", "het college van de gemeente Lingewaard"]
    assert all(f.suggestions == () for f in found)
    assert "'ons college'" in found[1].advice[0]


def test_a_line_without_a_verb_is_a_signature_or_heading():
    letter = ("Als de aanhangwagen er over twee weken nog staat, halen wij hem weg.\n\n"
              "Burgemeester en wethouders van Waterland\n")
    assert wij(letter) == []
    # the same words with a verb are the municipality writing about itself
    assert wij("Burgemeester en wethouders van Waterland hebben besloten de aanhangwagen weg te halen.")


# Named in the third person throughout, never as "wij": perhaps a news site writes about the
# municipality. The question stays, without a replacement that would make the news site the actor.
THIRD_PERSON = ("De gemeente vervangt in maart de bomen in de Kastanjelaan. "
                "De gemeente heeft daarvoor een vergunning gekregen.")


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
def test_a_text_that_never_speaks_as_wij_gets_the_question_without_a_replacement(settings):
    found = wij(THIRD_PERSON, settings)
    assert [text for text, _s, _a in found] == ["De gemeente", "De gemeente"]
    assert all(suggestion == () and advice for _text, suggestion, advice in found)
    assert pasted(THIRD_PERSON, settings) == THIRD_PERSON


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
@pytest.mark.parametrize("text", [
    THIRD_PERSON + " Heeft u vragen? Wij helpen u graag.",  # the text speaks as "wij" elsewhere
    "Beste bewoner,\n\n" + THIRD_PERSON + "\n\nMet vriendelijke groet,\n\nGemeente Voorbeeld\nTeam Groen\n",  # signed
])
def test_a_text_that_speaks_for_the_municipality_gets_the_replacement(text, settings):
    assert "Wij vervangen in maart" in pasted(text, settings)
    assert "Wij hebben daarvoor" in pasted(text, settings)


def test_one_mention_alone_still_gets_its_replacement():
    assert pasted("De gemeente vervangt in maart de bomen.", FAST) == "Wij vervangen in maart de bomen."


# Whom a person works for: "van de gemeente" after a name or after one person's function says where that
# person works. That is normal and clear, and "Jansen van ons" is no Dutch.
@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
@pytest.mark.parametrize("sentence", [
    "Heeft u vragen? Bel dan met mevrouw A. Bakker van de gemeente Zeist.",
    "U kunt ook mailen met Pieter van den Berg van de gemeente.",
    "Morgen komt de heer Yilmaz van de gemeente bij u langs.",
    "Een medewerker van de gemeente belt u volgende week.",
    "Vraag het aan de wijkregisseur van de gemeente Ede.",
    "De contactpersoon van de gemeente is bereikbaar op werkdagen.",
    "Een handhavingsmedewerker van de gemeente controleert de papieren.",
])
def test_a_person_and_the_municipality_they_work_for_stay(sentence, settings):
    assert wij(sentence, settings) == []


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
@pytest.mark.parametrize("before, after", [
    # several people by their function: "onze medewerkers" reads well
    ("De medewerkers van de gemeente helpen u graag.", "Onze medewerkers helpen u graag."),
    # a thing with a capital stays a thing, not a person
    ("Dit doen zij voor het Programma Klimaatneutraal van de gemeente.",
     "Dit doen zij voor ons Programma Klimaatneutraal."),
])
def test_people_in_the_plural_and_things_with_a_name_still_become_ours(before, after, settings):
    assert pasted(before, settings) == after


def test_a_noun_the_parse_takes_for_a_verb_becomes_ours_by_the_words_that_hang_from_it():
    # The parse tags "handhavingsambtenaren" (ending in -en) as a verb; "van de gemeente" hangs from it.
    sentence = "De buitengewoon handhavingsambtenaren van de gemeente Zeist hebben de auto gezien."
    assert pasted(sentence) == "Onze buitengewoon handhavingsambtenaren hebben de auto gezien."


def passive_advice(text, settings):
    return [f.message.split("Begin de zin met wie het doet: ")[-1] for f in findings_for(text, settings=settings)
            if f.rule == "PAS001"]


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
def test_the_passive_names_the_writer_as_wij_where_ton003_asks_for_wij(settings):
    """The two rules must not disagree: PAS001 said "Begin met 'De gemeente …'" next to TON003's "schrijf wij"."""
    own = ("Geachte heer Jansen,\n\nUw formulier is door de gemeente ontvangen op 3 mei. Wij bellen u binnen "
           "een week.\n\nMet vriendelijke groet,\n\nDe gemeente Voorbeeld\n")
    assert passive_advice(own, settings) == ["'Wij …'."]
    # another organisation signs, or the letter never says "wij": "de gemeente" is someone else
    other = own.replace("De gemeente Voorbeeld", "GGD Voorbeeld").replace("Wij bellen", "De GGD belt")
    assert passive_advice(other, settings) == ["'De gemeente …'."]
    never_wij = own.replace("Wij bellen", "De afdeling belt")
    assert passive_advice(never_wij, settings) == ["'De gemeente …'."]
    # a doer that is more than the sender's name stays as written
    neighbour = own.replace("door de gemeente", "door de buurman")
    assert passive_advice(neighbour, settings) == ["'De buurman …'."]


def test_namens_dezen_signs_for_the_line_above():
    """"het college van burgemeester en wethouders, namens dezen, het hoofd van de afdeling …": the
    municipality signs, though the last lines name only a department head."""
    letter = ("Geachte heer Jansen,\n\nUw formulier is door het college van burgemeester en wethouders ontvangen. "
              "Wij bellen u binnen een week.\n\nHoogachtend,\n\nhet college van burgemeester en wethouders van "
              "Voorbeeld,\nnamens dezen,\nhet hoofd van de afdeling Werk en Inkomen\n")
    assert passive_advice(letter, PARSED) == ["'Wij …'."]
    # another organisation that signs on behalf of the college is someone else
    other = letter.replace("het college van burgemeester en wethouders van Voorbeeld,\nnamens dezen,\n"
                           "het hoofd van de afdeling Werk en Inkomen", "Omgevingsdienst Zuid")
    assert passive_advice(other, PARSED) == ["'Het college van burgemeester en wethouders …'."]


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
@pytest.mark.parametrize("sentence", [
    "Intermaris en de gemeente nodigen u uit voor een avond over de buurt.",
    "Zowel Donkergroen als de gemeente werken aan het park.",
    "Wij laten weten dat de gemeente en Avri de containers plaatsen.",
    "De gemeente en GVB hebben een onderzoek laten doen.",
])
def test_a_joint_letter_names_both_partners(sentence, settings):
    assert wij(sentence, settings) == []


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
def test_the_municipality_with_a_common_noun_is_still_the_writer(settings):
    assert [text for text, _, _ in wij("De buurt en de gemeente werken samen aan het park.", settings)] == ["de gemeente"]


def test_the_subject_after_its_verb_is_wij_even_where_the_parse_calls_it_an_object():
    letter = ("Mocht de organisatie hier alsnog mee instemmen, dan wil de gemeente medewerking verlenen aan de "
              "ontheffing. Wij nemen contact op.")
    assert pasted(letter).startswith("Mocht de organisatie hier alsnog mee instemmen, dan willen wij medewerking")


@pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
def test_a_subject_with_zich_after_it_gets_advice(settings):
    # "Waar moeten wij zich …" would be no Dutch: "zich" must become "ons" too; the writer rewrites
    letter = "Waar moet de gemeente zich nou echt hard voor maken? Wij horen het graag."
    assert wij(letter, settings) == [("de gemeente", (), True)]


def test_zich_in_another_clause_and_a_plain_noun_before_van_keep_their_suggestion():
    # "zich" in the clause after "dat" belongs to "u"
    assert wij("De gemeente vindt dat u zich op tijd moet melden. Wij helpen u.") == [("De gemeente vindt", ("Wij vinden",), False)]
    assert pasted("U krijgt een brief met informatie van de gemeente. Wij helpen u.").startswith(
        "U krijgt een brief met informatie van ons.")


def test_only_people_with_the_municipality_send_a_greeting():
    # "College en medewerkers van de gemeente" send the wish; rules and conditions are the municipality's own
    assert wij("College en medewerkers van de gemeente Meierijstad wensen u alle goeds!") == []
    assert wij("Lees de regels en voorwaarden van de gemeente op de website.") != []
