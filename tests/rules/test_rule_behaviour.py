"""Rules on Dutch sentences: what they flag, and what they must leave alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from b1check.settings import Settings
from b1check.rules.sentences import _NO_ACTOR
from tests.helpers import findings_for

ROOT = Path(__file__).resolve().parents[2]


def texts(text, rule_prefix):
    return [f.text for f in findings_for(text) if f.rule.startswith(rule_prefix)]


# wording: lemma-aware, multi-word, context
@pytest.mark.parametrize(
    "sentence, suggestion",
    [
        ("Wij verzoeken u dit.", "Wij vragen u"),
        ("Hij verzoekt u dit.", "Hij vraagt u"),
        ("U werd verzocht te komen.", "gevraagd"),
        ("Wij verzochten u te komen.", "Wij vroegen u"),
    ],
)
def test_inflected_forms_hit_the_same_entry_and_get_the_same_form(sentence, suggestion):
    found = [f for f in findings_for(sentence) if f.rule == "WRD001"]
    assert [f.suggestions[0] for f in found] == [suggestion]


def test_context_entry_fires_only_in_its_context():
    assert texts("U kunt uw afval op maandag aanbieden.", "WRD")
    assert not texts("Wij willen u een cursus aanbieden.", "WRD")


# difficult-word
@pytest.mark.parametrize(
    "sentence",
    [
        "Mail naar f.el.amrani@gemeente-voorbeeld.nl of kijk op https://www.gemeente-voorbeeld.nl/parkeren.",
        "Mevrouw Wijnaendts-Schuurmansstraat woont in Oosterhesselen.",
        "Uw kenmerk is 2026-000123 en uw postcode is 1234 AB.",
        "Beste {{ aanvrager.voorletters_en_achternaam }}, u krijgt «Bedrag_bijzondere_bijstand».",
    ],
)
def test_never_difficult(sentence):
    assert texts(sentence, "DIF") == []


def test_rare_word_and_long_compound():
    assert texts("Het geld komt uit de egalisatiereserve.", "DIF") == ["egalisatiereserve"]
    assert texts("Dit geldt voor de parkeervergunning.", "DIF") == []


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Het webadres van de bibliotheek staat op de achterkant.",   # a short part people use in compounds
        "Leg het snoeiafval naast de groene bak.",                    # a verb's stem before a noun (snoeien)
        "In het maaiseizoen rijdt de trekker vaak door de straat.",
        "Bij kortademigheid belt u de huisarts.",                     # kort + adem + -ig + -heid
        "De ophaaldag van het oud papier is veranderd.",
    ],
)
def test_a_compound_of_everyday_words_is_not_rare(sentence, settings):
    assert [f.text for f in findings_for(sentence, settings=settings) if f.rule in ("DIF001", "DIF002")] == []


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Langs de oever komen nieuwe damwanden.", "damwanden"),       # dam is no common part
        ("Na de herschouw hoort u of het goed is.", "herschouw"),
        ("Er komt een afmeervoorziening bij de brug.", "afmeervoorziening"),  # afmeren is rare itself
        ("Wij sturen u een ingebrekestelling.", "ingebrekestelling"),
    ],
)
def test_jargon_stays_rare(sentence, word, settings):
    assert [f.text for f in findings_for(sentence, settings=settings) if f.rule == "DIF001"] == [word]


@pytest.mark.parametrize(
    "word, parts",
    [
        ("huishoudenssamenstelling", ("huishouden", "samenstelling")),  # not huishoudens + amen + telling
        ("bestemmingsplanwijziging", ("bestemmingsplan", "wijziging")),
        ("voorzieningenrechter", ("voorzieningen", "rechter")),   # -en- stays with its word
        ("gehandicaptenparkeerplaats", ("gehandicapten", "parkeerplaats")),
        ("winkelcentrumparkeergarageingang", ("winkelcentrum", "parkeergarage", "ingang")),
        ("gezondheidszorgverzekeringen", ("gezondheidszorg", "verzekeringen")),
    ],
)
def test_a_compound_splits_into_the_fewest_whole_words_with_the_linking_s_left_out(word, parts):
    from b1check.analysis.difficulty import split_compound

    assert split_compound(word, Settings().limits.compound_part_zipf) == parts


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence, word, meant",
    [
        ("Lees de volgnde bladzijde goed door.", "volgnde", "volgende"),        # a letter left out
        ("Wij willen u graag medlden dat de bus later komt.", "medlden", "melden"),  # a letter typed twice
        ("Het was een grote verrasing voor de buurt.", "verrasing", "verrassing"),
        ("De raad heeft beslotenom de weg te sluiten.", "beslotenom", "besloten om"),  # no space
        ("De brief moet nog teworden verstuurd.", "teworden", "te worden"),  # no space after a small word
        ("Het ontwikkelwikkelperspectief ligt bij de raad.", "ontwikkelwikkelperspectief", "ontwikkelperspectief"),
        # a letter typed twice in one of the most common words: written often enough to be in the
        # frequency table, far less than the word itself
        ("Alle buren waaren daar bijeen.", "waaren", "waren"),
    ],
)
def test_a_typing_error_is_asked_about_not_called_rare(sentence, word, meant, settings):
    (finding,) = [f for f in findings_for(sentence, settings=settings) if f.rule in ("DIF001", "DIF002")]
    assert finding.rule == "DIF001" and finding.text == word
    assert finding.message == f"Is '{word}' een typefout? Bedoelt u '{meant}'?"
    assert finding.suggestions == (meant,) and finding.fix is None  # the writer decides


def test_the_candidates_of_a_typing_error_are_no_lookups_of_their_own():
    """Some 300 candidates a word, nearly all no word: they are found in the table of common words,
    and the frequencies remembered (`zipf`) are not filled with them."""
    from b1check.analysis.difficulty import _typing_error, zipf

    _typing_error("volgnde")
    before = zipf.cache_info()
    assert _typing_error("pruimbakselt") is None and _typing_error("volgnde") == "volgende"
    assert zipf.cache_info().currsize == before.currsize


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Na de leging zet u de bak weer binnen.", "leging"),        # a real word: lening and lezing are no guess
        ("De stoep wordt opnieuw bestraat.", "bestraat"),           # a form of 'bestraten', not 'bestaat'
        ("Het geld komt uit de egalisatiereserve.", "egalisatiereserve"),
        ("De nieuwe wetswijzing gaat in januari in.", "wetswijzing"),  # no 'wet + wij + zing': a pronoun is no part
        ("Zij liep sansom door de tuin.", "sansom"),  # 'sans om': 'sans' is no common word
    ],
)
def test_a_rare_word_near_a_common_one_is_no_typing_error(sentence, word, settings):
    (finding,) = [f for f in findings_for(sentence, settings=settings) if f.rule == "DIF001"]
    assert finding.text == word and "typefout" not in finding.message and finding.suggestions == ()


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Iedere kerkganger kan op het plein parkeren.",             # kerk + ganger (woorddelen.txt)
        "Het nieuws staat ook in de kerkbodes van deze maand.",     # kerk + bodes: the plural of 'bode'
        "Achter de school ligt een klein voetbalveldje.",            # voetbal + veldje: a diminutive of 'veld'
        "Na de zomer wordt het veld met gras ingezaaid.",           # in + zaaien: a verb everyone knows
        "Wij gaan de berm volgend jaar inzaaien.",
        "Langs het fietspad staan straks drie valse acacia's (Robinia pseudoacacia), bomen met witte bloemen.",
        "Wij planten hier nieuwe gewone esdoorns (Acer pseudoplatanus) terug.",
        "Op het plein komen vier moerascipressen (Taxodium distichum ‘Nutans’).",  # genus, species, cultivar
        "U vroeg subsidie aan voor de subsidieregeling egalisatiereserve gemeenten.",  # the name of a scheme
    ],
)
def test_an_ordinary_word_or_a_name_is_not_rare(sentence, settings):
    assert [f.text for f in findings_for(sentence, settings=settings) if f.rule in ("DIF001", "DIF002")] == []


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Na afloop staan de walkanten vol met boten.", "walkanten"),   # wal: a short part, not by its lemma
        ("Het geld komt uit de egalisatiereserve (Reserve).", "egalisatiereserve"),  # a Dutch word in brackets
        ("Wij betalen de egalisatiereserve van de regeling.", "egalisatiereserve"),  # no name after 'regeling'
        ("Langs het talud komen grondkerende schotten.", "grondkerende"),  # 'kerende' is no plural of 'keer'
        ("Wij sturen u een naheffingsaanslag (Cocensus) per post.", "naheffingsaanslag"),  # a name, no species
        ("Bij deze regeling horen cumulatieve eisen.", "cumulatieve"),  # a verb and an adjective, no name
        ("Wij hebben de subsidie gecrediteerd op uw rekening.", "gecrediteerd"),  # a verb, not a name
    ],
)
def test_a_rare_word_outside_a_name_stays_rare(sentence, word, settings):
    assert [f.text for f in findings_for(sentence, settings=settings) if f.rule == "DIF001"] == [word]


@pytest.mark.parametrize(
    "word, parts",
    [
        ("asfalteringswerkzaamheden", ("asfaltering", "werkzaamheden")),   # not asfalt + ring + …
        ("grondwaterbeschermingsgebied", ("grondwater", "bescherming", "gebied")),
        ("veiligheidsregiokantoor", ("veiligheidsregio", "kantoor")),
    ],
)
def test_a_noun_made_with_an_ending_is_one_part(word, parts):
    from b1check.analysis.difficulty import split_compound

    assert split_compound(word, Settings().limits.compound_part_zipf) == parts


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Voeg een bankafschrift van de laatste maand toe.",          # bank + afschrift, itself a common word
        "Het hek van de tuin is aan de zijkant ingedeukt.",          # in + deuken, itself a common word
        "U krijgt eerst een betalingsherinnering van ons.",          # two everyday words, written as one word
        "Na uw aanvraag krijgt u een ontvangstbevestiging per post.",
        "Wij sturen het e-mailbericht ook naar uw buurman.",          # e-mail + bericht
        "Neem het corona-toegangsbewijs mee naar de ingang.",         # each part common or a compound of them
        "U krijgt ook loon over de niet-gewerkte uren.",              # an inflected part reads as its word
        "De ondersteuner van de raad is er ook bij.",                 # who does it: ondersteunen
        "De inhuurder van de zaal betaalt de schoonmaak.",            # inhuren: -d- and one u before -en
        "De overtreder betaalt de kosten.",                           # one letter from 'overtreden': no typo either
        "Deze omwonende maakte bezwaar tegen het plan.",              # the plural 'omwonenden' is common
        "Mosae Forum 10, 6211 DW Maastricht",                         # a name of two words at the start of a line
        "Het blijft morgen de hele dag onbewolkt.",                   # on + bewolkt: 'not' and a known word
        "Stuur de doos ongeopend terug.",
    ],
)
def test_a_familiar_word_of_known_parts_is_not_hard(sentence, settings):
    assert [f.text for f in findings_for(sentence, settings=settings) if f.rule in ("DIF001", "DIF002")] == []


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence, rule, word",
    [
        ("De brief gaat naar de raadsgriffie.", "DIF001", "raadsgriffie"),   # griffie is known, no one writes the whole
        ("U betaalde een onverschuldigd bedrag.", "DIF001", "onverschuldigd"),  # on + a known word, but no one writes it
        ("In de border komen bodembedekkende planten.", "DIF001", "bodembedekkende"),
        ("De stoep wordt volgend jaar opnieuw bestraat.", "DIF001", "bestraat"),   # a verb: no 'best + raat'
        ("De kinderen hebben last van verkoudheidsklachten.", "DIF002", "verkoudheidsklachten"),  # not written as one
        ("Wij starten een onteigeningsprocedure.", "DIF002", "onteigeningsprocedure"),  # onteigening: no everyday word
        ("Het ontwikkelperspectief voor het dorp is klaar.", "DIF002", "ontwikkelperspectief"),  # a verb's stem
        ("U kunt ook naar de voorzieningenrechter stappen.", "DIF002", "voorzieningenrechter"),  # samenstellingen.toml
        ("Het bureau maakt het concept-voorkeursalternatief.", "DIF002", "concept-voorkeursalternatief"),
    ],
)
def test_jargon_and_unfamiliar_compounds_stay_hard(sentence, rule, word, settings):
    assert [(f.rule, f.text) for f in findings_for(sentence, settings=settings)
            if f.rule in ("DIF001", "DIF002")] == [(rule, word)]


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Wij houden u op de hoogte van het reilen en zeilen in de wijk.",   # wordlists/uitdrukkingen.txt
        "Hij heeft tegen heug en meug meegedaan.",
        "Na de storm moesten de plannen bakzeil halen.",
    ],
)
def test_a_word_that_lives_only_in_an_idiom_is_not_rare_there(sentence, settings):
    assert [f.text for f in findings_for(sentence, settings=settings) if f.rule == "DIF001"] == []


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_a_word_of_an_idiom_alone_is_still_rare(settings):
    assert [f.text for f in findings_for("De schepen reilen langs de kade.", settings=settings)
            if f.rule == "DIF001"] == ["reilen"]


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Wij hebben u eerder ge´nformeerd over de plannen.",      # an accent on its own: "geïnformeerd"
        "Wij hebben u eerder geÃ¯nformeerd over de plannen.",      # UTF-8 read as Latin-1
        "Wij hebben u eerder ge\ufffdnformeerd over de plannen.",  # a character lost in decoding
    ],
)
def test_a_word_with_damaged_characters_is_no_rare_word(sentence, settings):
    assert [f.text for f in findings_for(sentence, settings=settings) if f.rule in ("DIF001", "DIF002")] == []


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence, hard",
    [
        ("Let op bij klachten:\n- verkoudheidsklachten: snotneus, hoesten, keelpijn\n", []),  # a list after a colon
        ("Wij halen de stobben (wat er van de bomen over is) weg.", []),   # a bracket of plain words
        # the other name is no rare word; the word it names stays rare, for the other name is rare too
        ("De kraan doet een retentietest, ook wel 'lektest' genoemd.", ["retentietest"]),
        ("Bel ons over de retentietest (ook wel lektest).", []),   # a bracket explains the word before it
    ],
)
def test_a_word_the_letter_explains_right_there_is_not_hard(sentence, hard, settings):
    assert [f.text for f in findings_for(sentence, settings=settings) if f.rule in ("DIF001", "DIF002")] == hard


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Wij halen de stobben (zie de foto) weg.", "stobben"),               # a reference, no explanation
        ("Wij sturen u een ingebrekestelling (per post).", "ingebrekestelling"),
        ("Wij sturen u een ingebrekestelling (IBS).", "ingebrekestelling"),   # an abbreviation explains nothing
        ("Er kwamen verkoudheidsklachten: een kind was ziek.", "verkoudheidsklachten"),  # a sentence, no list
        ("U kunt ook wel een ingebrekestelling krijgen.", "ingebrekestelling"),  # 'ook wel' without a comma
    ],
)
def test_a_word_without_an_explanation_stays_hard(sentence, word, settings):
    assert [f.text for f in findings_for(sentence, settings=settings)
            if f.rule in ("DIF001", "DIF002") and f.text == word] == [word]


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_the_tax_named_on_an_assessment_is_a_name(settings):
    text = "Betaal de aanslag waterschapsbelasting voor 1 mei."
    assert [f.text for f in findings_for(text, settings=settings) if f.rule in ("DIF001", "DIF002")] == []
    # without the assessment it is a long word of a part that is no everyday word ("waterschap")
    assert [f.text for f in findings_for("U betaalt ook de waterschapsbelasting.", settings=settings)
            if f.rule == "DIF002"] == ["waterschapsbelasting"]


def test_the_long_compound_message_names_its_parts():
    (finding,) = [f for f in findings_for("Geef de huishoudenssamenstelling door.") if f.rule == "DIF002"]
    assert "huishouden + samenstelling" in finding.message


def test_accepted_words_are_not_difficult():
    from b1check.settings import Settings

    settings = Settings(accepted_words=frozenset({"egalisatiereserve"}))
    assert not [f for f in findings_for("Het geld komt uit de egalisatiereserve.", settings=settings) if f.rule == "DIF001"]


# abbreviation
def test_acronym_explained_once_is_fine():
    assert texts("U krijgt hulp uit de Wet maatschappelijke ondersteuning (Wmo). De Wmo helpt u.", "ABR") == []
    assert texts("U krijgt hulp uit de Wmo. De Wmo helpt u.", "ABR") == ["Wmo"]


def test_an_abbreviation_whose_full_form_is_no_plainer_names_the_plain_word():
    """"t.z.t." written out is "te zijner tijd": the message must not send the writer to it."""
    later, example = (
        [f for f in findings_for(text) if f.rule in ("ABR002", "WRD001")]
        for text in ("U hoort t.z.t. meer van ons.", "U kunt bijv. op maandag komen.")
    )
    # one finding, the phrase list's ("te zijner tijd" takes "t.z.t." as its short form)
    assert [(f.rule, f.text, f.suggestions[0]) for f in later] == [("WRD001", "t.z.t.", "later")]
    assert "te zijner tijd" not in later[0].message and "te zijner tijd" not in later[0].suggestions
    (abbreviation,) = [f for f in findings_for("Wij sturen u t.a.v. de afdeling een brief.") if f.rule == "ABR002"]
    assert abbreviation.message.startswith("'t.a.v.' betekent")
    assert example[0].message == "Schrijf 'bijv.' voluit: bijvoorbeeld."


def test_a_plain_word_that_belongs_elsewhere_in_the_sentence_is_advice():
    # "op 3 mei jl." → "op 3 mei vorige" is no Dutch: "afgelopen" goes before the date, or the word goes.
    # One finding for the word: the phrase list's, not the abbreviation's as well.
    (finding,) = [f for f in findings_for("U heeft ons op 3 mei jl. gebeld.") if f.category in ("wording", "abbreviation")]
    assert finding.rule == "WRD001" and finding.suggestions == ("mei",) and finding.advice == ("gebruik 'afgelopen'",)
    assert finding.fix is None
    (finding,) = [f for f in findings_for("Wij verwachten u op maandag a.s. op het stadhuis.") if f.category in ("wording", "abbreviation")]
    assert finding.suggestions == () and finding.advice[0] == "gebruik 'komende'"
    # the full stop of "jl." at the end of the sentence is the sentence's too
    (finding,) = [f for f in findings_for("Wij ontvingen uw brief van 3 mei jl.") if f.rule == "WRD001"]
    assert finding.text == "mei jl." and finding.suggestions == ("mei.",)
    # before a comma the sentence goes on, so the full stop goes with the word
    (finding,) = [f for f in findings_for("Op 3 mei jl., toen u belde, spraken wij af.") if f.rule == "WRD001"]
    assert finding.text == "mei jl." and finding.suggestions == ("mei",)


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_a_word_with_an_abbreviated_last_part_is_an_abbreviation(settings):
    found = [f for f in findings_for("Uw klantnr. staat boven deze brief.", settings=settings)
             if f.category in ("abbreviation", "difficult-word")]
    assert [(f.rule, f.text, f.suggestions) for f in found] == [("ABR002", "klantnr.", ("klantnummer",))]
    assert found[0].message == "Schrijf 'klantnr.' voluit: klantnummer."


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_a_legal_form_next_to_a_name_and_a_word_alone_on_its_line_are_names(settings):
    assert texts_in("De BV Zandstra levert het zand. Ook de VOF Kuipers helpt mee.", "ABR", settings) == []
    assert texts_in("KWBR\n\nBeste Anna,\n\nUw account is klaar.", "ABR", settings) == []
    assert texts_in("Met vriendelijke groet,\nKWBR", "ABR", settings) == []
    # in a sentence an unknown word in capitals is still asked about
    assert texts_in("Bel het KWBR voor een afspraak.", "ABR", settings) == ["KWBR"]
    assert texts_in("De VOF heeft de weg al open.", "ABR", settings) == ["VOF"]


def texts_in(text, rule_prefix, settings):
    return [f.text for f in findings_for(text, settings=settings) if f.rule.startswith(rule_prefix)]


def test_capitals_for_emphasis_are_not_abbreviations():
    assert texts("LET OP: u moet op tijd betalen.", "ABR") == []


# structure
def test_refusal_without_and_with_reason():
    assert texts("Wij wijzen uw aanvraag af. Heeft u vragen? Bel ons.", "STR001")
    assert not texts("Wij wijzen uw aanvraag af, omdat uw inkomen te hoog is.", "STR001")


def test_letter_without_next_step():
    letter = "Wij hebben uw brief gekregen.\n\nHet gaat over uw huis.\n\nDank voor uw brief.\n\nWij lazen hem goed."
    assert [f.rule for f in findings_for(letter) if f.rule == "STR002"] == ["STR002"]
    assert not [f for f in findings_for(letter + " U hoort binnen twee weken van ons.") if f.rule == "STR002"]


# tone and nominal style
def test_threat_gets_a_friendlier_example_as_advice_not_as_a_replacement():
    (finding,) = [f for f in findings_for("Wij leggen u een boete op.") if f.rule == "TON001"]
    assert not finding.suggestions and finding.fix is None
    assert finding.message.startswith("Dreigend: 'boete'.")
    assert "Bijvoorbeeld: 'Betaalt u niet op tijd? Dan moet u € … extra betalen.'" in finding.message


def test_a_warning_that_names_the_way_out_gets_advice_on_its_tone_only():
    (finding,) = [f for f in findings_for("Dien de aangifte voor 31 juli in om een boete te voorkomen.")
                  if f.rule == "TON001"]
    assert finding.message.startswith("Let op de toon: 'boete'. De lezer leest hier ook hoe hij dit voorkomt.")
    assert "Leg eerst uit" not in finding.message and "wat moet de lezer doen" not in finding.message


def test_nominal_style_patterns():
    assert texts("De betaling van de huur gaat per maand.", "NOM001") == ["De betaling"]
    assert texts("Het aanvragen van een pas kan online.", "NOM002") == ["Het aanvragen"]
    assert texts("Wij gaan over tot betaling.", "NOM003")


# paragraph
def test_long_paragraph_but_not_a_list():
    long = " ".join(["Wij hebben uw brief gekregen en lezen hem goed."] * 9)
    assert texts(long, "PAR001")
    items = "U krijgt:\n" + "\n".join(f"- een ding nummer {n} voor u" for n in range(12))
    assert not texts(items, "PAR001")


# fixes
def test_safe_fix_keeps_capitals_and_an_unsafe_entry_has_no_fix():
    finding = next(f for f in findings_for("Middels deze brief sturen wij u de pas.") if f.rule == "WRD001")
    assert finding.fix == "Met"
    verb = next(f for f in findings_for("Wij verzoeken u te komen.") if f.rule == "WRD001")
    assert verb.fix is None


# DIF002: long compounds
def test_long_compound_is_never_suggested_written_apart():
    """"bewoners parkeer vergunning" is a spelling error: DIF002 explains the
    parts, and only suggests a rewrite from wordlists/samenstellingen.toml."""
    curated = [f for f in findings_for("U krijgt een bewonersparkeervergunning.") if f.rule == "DIF002"]
    assert [f.suggestions for f in curated] == [("parkeervergunning voor bewoners",)]
    other = [f for f in findings_for("Dit is de winkelcentrumparkeergarageingang.") if f.rule == "DIF002"]
    assert other and all(f.suggestions == () for f in other)


def test_curated_compound_rewrites_are_no_compounds_written_apart():
    from b1check.analysis.difficulty import split_compound
    from b1check.language.wordlists import compound_rewrites

    for key, item in compound_rewrites().items():
        assert key == item.word.lower() and " " in item.rewrite
        parts = split_compound(key, 2.5) or ()
        assert item.rewrite.replace(" ", "") != key and item.rewrite != " ".join(parts), item.word
        assert not [f.text for f in findings_for(f"Dit is een {item.rewrite}.") if f.rule == "DIF002"], item.rewrite


# passive: with the actor named, the advice is to make the actor the subject
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Een boete wordt door de gemeente opgelegd.", "De gemeente"),
        ("Uw aanvraag wordt door ons beoordeeld.", "Wij"),
        ("Uw aanvraag is afgewezen door het college.", "Het college"),
    ],
)
def test_a_passive_with_its_actor_is_still_passive_with_the_right_advice(sentence, subject, settings):
    (finding,) = [f for f in findings_for(sentence, settings=settings) if f.rule == "PAS001"]
    assert "staat niet wie" not in finding.message
    assert f"Begin de zin met wie het doet: '{subject} …'." in finding.message


# The actor is there, though the phrase is long or the parser hung it on a later verb.
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Deze mail is gestuurd door iemand die zich voordoet als de bank met als doel uw wachtwoord te stelen.",
         "Iemand"),
        ("De fiets is weggehaald door niemand van de gemeente.", "Niemand van de gemeente"),
        ("Morgen wordt er door een van de medewerkers van het loket contact met u opgenomen.",
         "Een van de medewerkers"),
        ("Het formulier wordt door iedereen ingevuld.", "Iedereen"),
        ("Kreeg u een sms over uw pas? Deze is verstuurd door iemand die zich voordoet als de bank met als doel "
         "uw gegevens te stelen.", "Iemand"),
        # a second preposition joined to "door", and the object right after the actor
        ("Na de sloop worden er door of namens de eigenaar hekken geplaatst.", "De eigenaar …"),
        ("Er worden door de verhuurder sloten vervangen.", "De verhuurder …"),
    ],
)
def test_a_long_or_indefinite_actor_is_named(sentence, subject, settings):
    (finding,) = [f for f in findings_for(sentence, settings=settings) if f.rule == "PAS001"]
    assert "staat niet wie" not in finding.message
    assert f"Begin de zin met wie het doet: '{subject}" in finding.message


@pytest.mark.parametrize(
    ("sentence", "without"),
    [
        ("Op het plein worden alleen gewone plekken gemaakt, die door elke bezoeker kunnen worden gebruikt.",
         "worden alleen gewone plekken gemaakt"),
        ("Fietsen die na 1 mei nog worden gevonden, kunnen door de gemeente worden weggehaald.", "worden gevonden"),
        ("Als de papieren niet door ons worden ontvangen, wordt uw aanvraag gestopt.", "wordt uw aanvraag gestopt"),
    ],
)
def test_the_actor_of_another_clause_is_not_this_ones(sentence, without):
    found = {f.text: f.message for f in findings_for(sentence) if f.rule == "PAS001"}
    assert "staat niet wie" in found[without]


# Two clauses' verbs side by side ("… opgehaald zijn | worden …"): each passive with the actor of its own clause.
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(
    ("sentence", "messages"),
    [
        ("Fietsen die niet op tijd opgehaald zijn worden daarna door de gemeente weggehaald.",
         {"opgehaald zijn": "staat niet wie", "worden daarna door de gemeente weggehaald": "'De gemeente …'"}),
        ("Borden die door de buren geplaatst zijn worden morgen weggehaald.",
         {"geplaatst zijn": "'die de buren …'", "worden morgen weggehaald": "staat niet wie"}),
    ],
)
def test_each_clause_of_two_glued_verb_groups_has_its_own_actor(sentence, messages, settings):
    found = {f.text: f.message for f in findings_for(sentence, settings=settings) if f.rule == "PAS001"}
    assert set(found) == set(messages)
    for text, part in messages.items():
        assert part in found[text], found[text]


def test_a_short_relative_clause_stays_with_the_actor():
    (finding,) = [f for f in findings_for("De boom is gekapt door de man die naast u woont.") if f.rule == "PAS001"]
    assert "Begin de zin met wie het doet: 'De man die naast u woont …'." in finding.message


@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
def test_door_with_a_means_is_no_actor(settings):
    text = "De overtreding kan worden opgeheven door de auto te verplaatsen."
    (finding,) = [f for f in findings_for(text, settings=settings) if f.rule == "PAS001"]
    assert "staat niet wie" in finding.message


# A "door" inside a noun phrase before its noun ("een door u ingevuld formulier") is not the doer of the passive.
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Een door u ingestuurde aanvraag is door de afdeling afgewezen.", "De afdeling"),
        ("Het door jou ingevulde formulier wordt door de medewerker gecontroleerd.", "De medewerker"),
        ("Het door de buren ingediende bezwaar wordt door de commissie behandeld.", "De commissie"),
        # "het" as the subject itself: its "door" is the doer
        ("Omdat het door ons wordt betaald, is de cursus gratis.", "Omdat wij"),
    ],
)
def test_a_door_before_a_noun_is_not_the_doer(sentence, subject, settings):
    (finding,) = [f for f in findings_for(sentence, settings=settings) if f.rule == "PAS001"]
    assert f"'{subject} …'." in finding.message


# A passive in a clause after "dat", "als", "die" …: the doer goes right after that word, not first in the sentence.
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(
    ("sentence", "advice"),
    [
        ("Als de papieren niet op tijd door ons zijn ontvangen, stoppen wij de aanvraag.",
         "Zet wie het doet direct na 'Als': 'Als wij …'."),
        ("Er komen nieuwe plekken, die door alle bewoners kunnen worden gebruikt.",
         "Zet wie het doet direct na 'die': 'die alle bewoners …'."),
        ("Wanneer de stoep niet wordt geveegd door de bewoners, doen wij het.",
         "Zet wie het doet direct na 'Wanneer': 'Wanneer de bewoners …'."),
        ("Wij zien dat die fiets is weggehaald door de buren.", "Zet wie het doet direct na 'dat': 'dat de buren …'."),
        # a main clause, though a clause word or a pointing word opens it
        ("Sinds maandag is de weg gecontroleerd door de politie.", "Begin de zin met wie het doet: 'De politie …'."),
        ("Dat besluit is genomen door de raad.", "Begin de zin met wie het doet: 'De raad …'."),
        ("Toen is de brief verstuurd door de afdeling.", "Begin de zin met wie het doet: 'De afdeling …'."),
    ],
)
def test_a_passive_in_a_clause_puts_the_doer_after_its_first_word(sentence, advice, settings):
    (finding,) = [f for f in findings_for(sentence, settings=settings) if f.rule == "PAS001"]
    assert finding.message.endswith(advice), finding.message


def test_a_clause_word_with_a_parse_must_open_the_passives_own_clause():
    # the parse: "dat" opens the clause of "gegeven"; without a parse the "door" is too far to know
    (finding,) = [f for f in findings_for("Wij melden u dat door de commissie een advies is gegeven.")
                  if f.rule == "PAS001"]
    assert finding.message.endswith("Zet wie het doet direct na 'dat': 'dat de commissie …'.")


# "Is uw fiets door de gemeente meegenomen, dan …": a condition; "Begin de zin met wie het doet" does not fit.
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(
    ("sentence", "advice"),
    [
        ("Is uw fiets door de gemeente meegenomen, dan kunt u het depot bellen.",
         "Begin met 'Als' en wie het doet: 'Als de gemeente …'."),
        ("Wordt uw afval niet opgehaald door de ophaaldienst, bel ons dan.",
         "Begin met 'Als' en wie het doet: 'Als de ophaaldienst …'."),
        # a statement that opens with its subject keeps the usual advice
        ("Uw fiets is door de gemeente meegenomen, want hij stond fout.",
         "Begin de zin met wie het doet: 'De gemeente …'."),
    ],
)
def test_a_passive_condition_gets_advice_with_als(sentence, advice, settings):
    (finding,) = [f for f in findings_for(sentence, settings=settings) if f.rule == "PAS001"]
    assert finding.message.endswith(advice), finding.message


# "hierdoor", "daardoor", "waardoor" point at a cause: it may do it itself ("De weg wordt hierdoor versperd") or
# only be the reason ("Daardoor wordt uw aanvraag later behandeld"); the advice fits both.
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("De stoep wordt hierdoor deels versperd.", "hierdoor"),
        ("Daardoor wordt uw aanvraag later behandeld.", "daardoor"),
        ("Er viel een boom om, waardoor de weg werd afgesloten.", "waardoor"),
        ("De haven wordt erdoor verstopt.", "erdoor"),
        # in another clause, or no such word: who does it is not there
        ("Hierdoor weten wij dat uw fiets is weggehaald.", None),
        ("De stoep wordt deels versperd.", None),
    ],
)
def test_a_word_that_points_at_the_cause_gets_its_own_advice(sentence, word, settings):
    (finding,) = [f for f in findings_for(sentence, settings=settings) if f.rule == "PAS001"]
    if word is None:
        assert finding.message.endswith(_NO_ACTOR)
    else:
        assert finding.message.endswith(f"'{word}' wijst naar de oorzaak. Doet de oorzaak het zelf? Maak die dan "
                                        "het onderwerp van de zin. Zo niet, schrijf dan wie het doet.")


def test_a_cause_word_gives_way_to_a_named_doer():
    (finding,) = [f for f in findings_for("De stoep wordt hierdoor door de aannemer versperd.") if f.rule == "PAS001"]
    assert "Begin de zin met wie het doet: 'De aannemer …'." in finding.message


# The doer as the text writes it: "collega’s" is one word; "één" as the first word is "Eén".
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Morgen wordt er door een van de collega’s van het loket contact met u opgenomen.", "Een van de collega’s"),
        ("Morgen wordt er door één van de buren een brief gebracht.", "Eén van de buren"),
    ],
)
def test_the_doer_keeps_its_words_whole(sentence, subject, settings):
    (finding,) = [f for f in findings_for(sentence, settings=settings) if f.rule == "PAS001"]
    assert f"Begin de zin met wie het doet: '{subject} …'." in finding.message


def test_the_passive_advice_is_plain_language():
    """The advice texts b1check writes for a passive pass b1check themselves."""
    from b1check.rules import sentences
    from tests.helpers import plain_language_findings
    from tests.rules.test_rules import SENTENCE_CATEGORIES

    texts = [sentences._NO_ACTOR, sentences._ACTOR.format(subject="dit"),
             sentences._ACTOR_IN_CLAUSE.format(opener="dit", subject="dit"),
             sentences._ACTOR_IN_CONDITION.format(subject="dit"), sentences._CAUSE.format(word="dit")]
    for text in texts:
        text = re.sub(r"'[^']*'", "dit", text)
        assert not plain_language_findings(text[:1].upper() + text[1:], SENTENCE_CATEGORIES), text


# The passive auxiliary goes with its own participle: "het wordt normaal" is a copula of another clause.
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Wij willen dat het normaal wordt dat afval door iedereen wordt gescheiden.", "wordt gescheiden"),
        ("Laten we zorgen dat het gewoon wordt dat de stoep door de bewoners wordt geveegd.", "wordt geveegd"),
    ],
)
def test_a_copula_before_another_clause_is_no_passive_auxiliary(sentence, span, settings):
    assert [f.text for f in findings_for(sentence, settings=settings) if f.rule == "PAS001"] == [span]


# A question with a passive and its doer: the advice fits a question.
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(
    ("sentence", "advice"),
    [
        ("Bent u gebeld door de wijkagent?", "Zet wie het doet voorop: 'Heeft de wijkagent …?'."),
        ("Was de boom gekapt door de buren?", "Zet wie het doet voorop: 'Hadden de buren …?'."),
        ("Bent u gebeld door ons?", "Zet wie het doet voorop: 'Hebben wij …?'."),
        ("Wordt uw afval opgehaald door de gemeente?", "Maak er een vraag van waarin de gemeente het doet."),
        ("Wanneer is de brief verstuurd door de afdeling?", "Maak er een vraag van waarin de afdeling het doet."),
    ],
)
def test_a_passive_question_gets_advice_for_a_question(sentence, advice, settings):
    (finding,) = [f for f in findings_for(sentence, settings=settings) if f.rule == "PAS001"]
    assert finding.message.endswith(advice) and "Begin de zin" not in finding.message


@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
def test_a_statement_with_a_question_elsewhere_keeps_the_usual_advice(settings):
    text = "Heeft u vragen? Uw fiets is weggehaald door de gemeente."
    (finding,) = [f for f in findings_for(text, settings=settings) if f.rule == "PAS001"]
    assert "Begin de zin met wie het doet: 'De gemeente …'." in finding.message


def _passive_idiom_cases(kind):
    from b1check.language.wordlists import passive_idioms

    return [(idiom, sentence) for idiom in passive_idioms().values() for sentence in getattr(idiom, kind)]


# wordlists/lijdende-vormen.toml: a name or an idiom has no doer; its own advice, not "Schrijf wie het doet"
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(("idiom", "sentence"), _passive_idiom_cases("examples"))
def test_a_passive_idiom_gets_its_own_advice(idiom, sentence, settings):
    found = [f for f in findings_for(sentence, settings=settings) if f.rule == "PAS001"]
    if settings is None or found:  # without a parse, "kan gedacht worden aan" is no passive at all
        (finding,) = found
        assert finding.message.endswith(idiom.advice)


@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(("idiom", "sentence"), _passive_idiom_cases("negatives"))
def test_a_passive_idiom_keeps_quiet_in_its_negatives(idiom, sentence, settings):
    found = [f for f in findings_for(sentence, settings=settings) if f.rule == "PAS001"]
    assert not [f for f in found if f.message.endswith(idiom.advice)]


@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Uw recht op hulp is geëindigd.",  # eindigen makes its perfect with zijn
    ],
)
def test_a_state_or_perfect_with_zijn_is_no_passive(sentence, settings):
    assert [f.text for f in findings_for(sentence, settings=settings) if f.rule == "PAS001"] == []


def test_a_passive_without_an_actor_asks_who_does_it():
    (finding,) = [f for f in findings_for("Uw aanvraag wordt beoordeeld.") if f.rule == "PAS001"]
    assert finding.message.endswith(_NO_ACTOR)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Een boete wordt door de gemeente opgelegd.", "PAS001"),
        ("Uw aanvraag wordt beoordeeld.", "PAS001"),
        ("Wij wijzen uw aanvraag af.", "STR001"),
        ("Wij wijzen uw aanvraag af vanwege de volgende reden:\n\n{{ reden }}", "STR001"),
    ],
)
def test_the_advice_in_a_message_is_plain_language(text, rule):
    (finding,) = [f for f in findings_for(text) if f.rule == rule]
    advice = re.sub(r"'[^']*'|\{\{[^}]*\}\}", "dit", finding.message)
    found = findings_for(advice, ("wording", "tone", "nominal-style", "abbreviation", "difficult-word"))
    assert not found, [(f.rule, f.text) for f in found]


# numbers in words (DIF004)
@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
@pytest.mark.parametrize(
    "sentence, found",
    [
        ("U heeft vier weken de tijd.", [("vier weken", "4 weken")]),
        ("Er zijn twee nieuwe formulieren.", [("twee nieuwe formulieren", "2 nieuwe formulieren")]),
        ("Wij hebben twee of drie vragen.", [("twee of drie vragen", "2 of 3 vragen")]),
        # a range from "één": both numbers in digits, never "één à 2 keer" (review 102)
        ("De werkgroep komt één à twee keer bij elkaar.", [("één à twee keer", "1 of 2 keer")]),
        ("U krijgt binnen een of twee weken een brief.", [("een of twee weken", "1 of 2 weken")]),
        ("Het duurt twee à drie weken.", [("twee à drie weken", "2 of 3 weken")]),
        ("Het duurt twee a drie weken.", [("twee a drie weken", "2 of 3 weken")]),
        ("Eén à twee weken later krijgt u een brief.", []),  # the start of a sentence: both stay words
        ("Wij bellen u om drie uur.", [("drie uur", "3 uur")]),
        ("U krijgt binnen zes weken een antwoord.", [("zes weken", "6 weken")]),
        ("Er komen driehonderd woningen.", [("driehonderd woningen", "300 woningen")]),  # hundreds in one word
        # where Dutch keeps the word: the start of a sentence, no noun counted, "één" as stress
        ("Twee weken later krijgt u een brief.", []),
        ("Kies er twee uit.", []),
        ("Er is nog één ding nodig.", []),
        ("Wij gaan van twee naar drie.", []),
    ],
)
def test_a_number_before_its_noun_is_written_in_digits(sentence, found, settings):
    assert [(f.text, f.suggestions[0]) for f in findings_for(sentence, settings=settings) if f.rule == "DIF004"] == found


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_the_message_of_a_number_in_words_shows_the_number_in_digits(settings):
    """The letter already shows "zes weken": the message shows what to write instead."""
    (finding,) = [f for f in findings_for("U krijgt binnen zes weken een antwoord.", settings=settings)
                  if f.rule == "DIF004"]
    assert finding.message == "Schrijf het getal in cijfers: '6 weken'."
    (finding,) = [f for f in findings_for("Wij hebben drie of vier vragen.", settings=settings)
                  if f.rule == "DIF004"]
    assert finding.message == "Schrijf het getal in cijfers: '3 of 4 vragen'."


# a remark between brackets (LEN005)
@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_a_remark_between_brackets_is_found_a_reference_or_abbreviation_is_not(settings):
    def remarks(text):
        return [f.text for f in findings_for(text, settings=settings) if f.rule == "LEN005"]

    assert remarks("Iedereen (ook de medewerkers van het stembureau) draagt een mondkapje.") == [
        "(ook de medewerkers van het stembureau)"
    ]
    assert remarks("Vul het formulier in (ook als u geen inkomen heeft).") == ["(ook als u geen inkomen heeft)"]
    for text in (
        "U krijgt hulp uit de Wet maatschappelijke ondersteuning (Wmo).",
        "Neem contact op met het Klant Contact Centrum (KCC).",
        "Lees de regels (zie bijlage 2).",
        "Het bedrag (€ 120,-) is betaald.",
        "Dit staat in de regeling (hierna: de regeling).",
        "U kunt ons bellen (of mailen).",  # two words: too short to interrupt
        "U krijgt een container voor OPK (oud papier en karton).",  # what the abbreviation stands for
    ):
        assert remarks(text) == [], text


def test_nominal_style_never_offers_a_replacement_that_drops_an_article():
    # "voor het bouwen van" → "voor bouwen van" is wrong Dutch: the verb is advice in the message only.

    found = [f for f in findings_for("Voor het bouwen van een schuur heeft u een vergunning nodig. "
                                     "Na de verzending van de brief wachten wij.") if f.rule in ("NOM001", "NOM002")]
    assert {f.rule for f in found} == {"NOM001", "NOM002"}
    assert all(not f.suggestions and f.fix is None for f in found)
    assert any("bouwen" in f.message for f in found)


def test_an_entry_of_the_word_list_can_lower_its_rules_severity():
    """`severity = "info"` on an entry (wordlists/README.md): "vermelden" is a tip, not WRD001's warning,
    shown in picky mode only."""
    assert not [f for f in findings_for("Vermeld uw naam op het formulier.") if f.rule == "WRD001"]
    (found,) = [f for f in findings_for("Vermeld uw naam op het formulier.", settings=Settings(picky=True))
                if f.rule == "WRD001"]
    assert found.severity.value == "info"
    (other,) = [f for f in findings_for("Wij verzoeken u te betalen.") if f.rule == "WRD001"]
    assert other.severity.value == "warning"


# text that is not Dutch prose: English, titles of laws, the signature, template fields
_BOTH = pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])


@_BOTH
def test_an_english_paragraph_is_not_checked_as_dutch(settings):
    text = ("Stuur uw bezwaar per post naar ons.\n\n"
            "The council does not accept objections, requests or other formal letters that are sent by email, "
            "and it will not answer any similar messages sent to this address.")
    found = [(f.rule, f.text) for f in findings_for(text, settings=settings)
             if f.rule.startswith(("DIF", "LEN", "PAS", "WRD", "ABR"))]
    # only its length counts: a sentence of 26 words is long in any language
    assert [rule for rule, _ in found] == ["LEN001"]


@_BOTH
def test_a_phone_number_is_one_word_in_a_sentences_length(settings):
    """"020 123 45 67" is one thing to read, not four words (reviews 99 and 102)."""
    from tests.helpers import context_for

    text = ("Heeft u vragen over deze brief, dan kunt u ons op werkdagen tussen 9 en 17 uur bellen op "
            "020 123 45 67.")  # 23 pieces of text, 20 words
    assert [f.rule for f in findings_for(text, settings=settings) if f.rule.startswith("LEN")] == []
    longer = text.replace("bellen op", "bellen of mailen op")
    assert [f.rule for f in findings_for(longer, settings=settings) if f.rule.startswith("LEN")] == ["LEN001"]
    context = context_for(text, settings=settings)
    assert context.word_count(context.sentences[0]) == 20
    bracketed = context_for("Bel ons op werkdagen op (020) 123 45 67.", settings=settings)
    assert bracketed.word_count(bracketed.sentences[0]) == 6  # 5 words and the number


@_BOTH
def test_a_translation_notice_in_other_languages_is_not_checked_as_dutch(settings):
    text = ("Deze brief is belangrijk. Laat hem vertalen als u hem niet begrijpt.\n\n"
            "Dieser Brief ist wichtig. Lassen Sie ihn übersetzen, wenn Sie ihn nicht verstehen.\n\n"
            "Ce courrier est important. Faites-le traduire si vous ne le comprenez pas.\n\n"
            "Bu mektup önemlidir. Anlamadıysanız lütfen tercüme ettirin.\n\n"
            "Ten list jest ważny. Jeśli go nie rozumiesz, poproś o tłumaczenie.\n\n"
            "Esta carta es importante. Pida que se la traduzcan si no la entiende.\n\n"
            "هذه الرسالة مهمة. اطلب ترجمتها إذا لم تفهمها.\n\n"
            "Цей лист важливий. Попросіть його перекласти, якщо ви його не розумієте.")
    found = [(f.rule, f.text) for f in findings_for(text, settings=settings)
             if f.rule.startswith(("DIF", "LEN", "PAS", "WRD", "ABR", "TNG"))]
    assert found == []


@_BOTH
@pytest.mark.parametrize(
    "text, word",
    [
        # a paragraph after the notice is Dutch again, even without a Dutch function word
        ("Dieser Brief ist wichtig. Lassen Sie ihn übersetzen, wenn Sie ihn nicht verstehen.\n\n"
         "Onderwerp: invordering precariorechten", "precariorechten"),
        # "per" is Dutch; names with "El" or "Du" are names
        ("U betaalt € 312 per jaar, € 26 per maand, voor de egalisatiereserve.", "egalisatiereserve"),
        ("Geachte heer El Khatib, geachte mevrouw Du Bois, het gaat om de egalisatiereserve.", "egalisatiereserve"),
    ],
)
def test_dutch_next_to_another_language_or_with_names_is_still_checked(text, word, settings):
    assert word in [f.text for f in findings_for(text, settings=settings) if f.rule.startswith("DIF")]


def test_no_sentence_of_the_example_letters_is_read_as_another_language():
    from b1check.analysis.foreign import is_foreign

    for path in sorted((ROOT / "examples").glob("*/*.txt")):
        for sentence in re.split(r"(?<=[.!?])\s+|\n\n", path.read_text(encoding="utf-8")):
            words = re.findall(r"\w+", sentence.lower())
            assert not is_foreign(words), (path.name, sentence)


@_BOTH
def test_a_dutch_sentence_with_a_foreign_word_or_two_is_still_checked(settings):
    text = "Per post of via de site kunt u uw pas en de egalisatiereserve van het fonds bekijken, bitte."
    assert [f.text for f in findings_for(text, settings=settings) if f.rule == "DIF001"] == ["egalisatiereserve"]


@_BOTH
def test_a_dutch_sentence_with_an_english_word_is_still_checked(settings):
    text = "Via de link for more info kunt u de egalisatiereserve van het fonds bekijken."
    assert [f.text for f in findings_for(text, settings=settings) if f.rule == "DIF001"] == ["egalisatiereserve"]


@_BOTH
def test_the_titles_in_a_list_of_laws_and_the_names_under_the_closing_are_never_hard_words(settings):
    text = ("Deze regels gelden voor uw subsidie:\n\n- Kaderwet VWS-subsidies\n\n"
            "- Subsidieregeling haarwerken egalisatiereserve\n\nMet vriendelijke groet,\n\n"
            "Soufian de Groot\nAfdelingshoofd\n")
    assert [(f.rule, f.text) for f in findings_for(text, settings=settings) if f.rule.startswith(("DIF", "ABR"))] == []
    # the same word in running text is still hard
    assert [f.text for f in findings_for("Het geld gaat naar de egalisatiereserve.", settings=settings)
            if f.rule == "DIF001"] == ["egalisatiereserve"]


@_BOTH
def test_vws_is_a_known_abbreviation(settings):
    (finding,) = [f for f in findings_for("Het geld komt van het ministerie van VWS.", settings=settings)
                  if f.rule.startswith("ABR")]
    assert finding.rule == "ABR001" and finding.suggestions == ("Volksgezondheid, Welzijn en Sport (VWS)",)


@_BOTH
@pytest.mark.parametrize(
    "sentence",
    [
        "U parkeerde in strijd met de Wegenverkeerswet 1994 (hierna: WVW). De WVW geldt overal.",
        "Dit staat in de Wet op de lijkbezorging (verder: WLB). De WLB geldt ook voor u.",
        "Dit staat in de Wet op de lijkbezorging (hierna te noemen: 'WLB'). De WLB geldt ook voor u.",
        "Dit staat in de Wet op de lijkbezorging (WLB). De WLB geldt ook voor u.",
    ],
)
def test_an_abbreviation_the_text_defines_in_brackets_is_explained(sentence, settings):
    assert [f.text for f in findings_for(sentence, settings=settings) if f.rule.startswith("ABR")] == []


@_BOTH
@pytest.mark.parametrize("sentence", [
    "U krijgt een container voor OPK (oud papier en karton).",  # spelled out in brackets right after it
    "Het bedrijf DBI levert volgende week de nieuwe containers.",  # a company's name
])
def test_an_abbreviation_spelled_out_after_it_or_a_company_name_is_not_asked_about(sentence, settings):
    assert [f.text for f in findings_for(sentence, settings=settings) if f.rule.startswith("ABR")] == []


@_BOTH
def test_an_unexplained_abbreviation_without_its_definition_is_still_asked_about(settings):
    assert [f.text for f in findings_for("U parkeerde in strijd met de WLB.", settings=settings)
            if f.rule == "ABR003"] == ["WLB"]


@_BOTH
def test_an_abbreviation_in_a_compound_gets_its_explanation_after_the_whole_word(settings):
    """"uw Wet … (WIA)-uitkering" is broken: the reader knows the word by its name."""
    (finding,) = [f for f in findings_for("Dit heeft geen gevolgen voor uw WIA-uitkering.", settings=settings)
                  if f.rule == "ABR001"]
    assert finding.text == "WIA-uitkering"
    assert finding.suggestions == ("WIA-uitkering (WIA: Wet werk en inkomen naar arbeidsvermogen)",)
    assert finding.message == ("'WIA' is een afkorting. Zet de eerste keer achter het woord wat het betekent: "
                               "Wet werk en inkomen naar arbeidsvermogen.")
    (alone,) = [f for f in findings_for("U krijgt een uitkering uit de WIA.", settings=settings) if f.rule == "ABR001"]
    assert alone.suggestions == ("Wet werk en inkomen naar arbeidsvermogen (WIA)",)


@pytest.mark.parametrize(
    "text",
    [
        "Op {{ datum }} ontving u een beslissing op uw aanvraag voor de nieuwe regeling met het nummer {{ kenmerk }}.",
        "Op {$content->date} ontving u een besluit over uw aanvraag voor de regeling met kenmerk {$content->reference}.",
    ],
)
def test_a_template_field_is_never_the_verb_part_that_closes_a_bracket(text):
    assert [f.text for f in findings_for(text) if f.rule == "TNG001"] == []
    # a real bracket in the same shape stays
    assert [f.rule for f in findings_for("Wij sturen u na de vergadering van de raad in de loop van volgende week "
                                         "een nieuwe brief op.") if f.rule == "TNG001"] == ["TNG001"]


# NOM002: a thank-you for an act is a short, friendly formula, not heavy
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Hartelijk dank voor het doorgeven van uw nieuwe adres.", []),
        ("Bedankt voor het invullen van de vragenlijst.", []),
        ("Wij danken u voor het melden van de kapotte lamp.", []),
        ("Voor het aanvragen van een pas moet u naar het stadhuis.", ["het aanvragen"]),
    ],
)
def test_thanks_for_an_act_is_no_heavy_verb_noun(sentence, found, settings):
    assert [f.text for f in findings_for(sentence, settings=settings) if f.rule == "NOM002"] == found


# NOM002: the message says what to write, not "use the verb" (the writer already did, as a noun)
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
@pytest.mark.parametrize(
    ("sentence", "advice"),
    [
        # "voor het …" is a purpose: "om … te …", with a separable verb split
        ("Voor het aanvragen van uw paspoort moet u langskomen.", "Schrijf bijvoorbeeld: 'om uw paspoort aan te vragen'."),
        ("De vereniging kreeg een vergunning voor het houden van een braderie.",
         "Schrijf bijvoorbeeld: 'om een braderie te houden'."),
        # otherwise: who does it?
        ("Aan het indienen van een verzoek om uitstel zijn kosten verbonden.",
         "Zeg wie het doet, met een werkwoord: wie dient een verzoek in?"),
        ("Tijdens het uitvoeren van de werkzaamheden is de weg dicht.",
         "Zeg wie het doet, met een werkwoord: wie voert de werkzaamheden uit?"),
        # who does it is said already: the verb with that person
        ("Als wij na het lezen van uw brief bij ons besluit blijven, hoort u dat.",
         "Schrijf het met een werkwoord, bijvoorbeeld: 'wij lezen uw brief'."),
        # an object that runs on is left out rather than cut in the wrong place
        ("Voor wat betreft het ophalen van gft-afval verandert er voor u niets.",
         "Zeg wie het doet, met een werkwoord: wie haalt gft-afval op?|Zeg wie het doet, met een werkwoord: wie haalt wat op?"),
        # the object ends where its noun does, not at the next noun of the clause; and two adjectives
        # with "en" stay together (review of the pairs: "wie brengt de stem een kopie uit?", "wie geeft een goede?")
        ("Het is niet nodig dat de gemachtigde bij het uitbrengen van de stem een kopie van uw pas toont.",
         "Zeg wie het doet, met een werkwoord: wie brengt de stem uit?|Zeg wie het doet, met een werkwoord: wie brengt wat uit?"),
        ("Hier staan tips over het geven van een goede en plezierige training.",
         "Zeg wie het doet, met een werkwoord: wie geeft een goede en plezierige training?|"
         "Zeg wie het doet, met een werkwoord: wie geeft wat?"),
        # but what belongs to the noun after it stays: a counted noun, a name, a fixed pair (code read 131)
        ("Voor het aanvragen van een aantal vergunningen moet u langskomen.",
         "Schrijf bijvoorbeeld: 'om een aantal vergunningen aan te vragen'.|Schrijf bijvoorbeeld: 'om … aan te vragen'."),
        ("Het opheffen van het cordon sanitaire kwam later.",
         "Zeg wie het doet, met een werkwoord: wie heft het cordon sanitaire op?|"
         "Zeg wie het doet, met een werkwoord: wie heft wat op?"),
    ],
)
def test_heavy_verb_noun_gets_advice_that_fits(sentence, advice, settings):
    messages = [f.message for f in findings_for(sentence, settings=settings) if f.rule == "NOM002"]
    assert len(messages) == 1
    assert messages[0].split(" maakt de zin zwaar. ")[1] in advice.split("|")
    assert "Gebruik het werkwoord" not in messages[0]


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_t_a_v_in_an_address_stays_and_in_running_text_is_flagged(settings):
    address = "Stuur het formulier naar:\nGemeente Voorbeeld\nt.a.v. Team Vergunningen, kamer 2.14\nPostbus 100\n1000 AA Voorbeeld\n"
    assert [f for f in findings_for(address, settings=settings) if f.text == "t.a.v."] == []
    inline = "Stuur het naar Gemeente Voorbeeld, t.a.v. Team Vergunningen, Postbus 100, 1000 AA Voorbeeld."
    assert [f for f in findings_for(inline, settings=settings) if f.text == "t.a.v."] == []
    # a hard wrap that opens a line of running text with it is no address
    wrapped = "Wij beslissen binnen zes weken over uw aanvraag, en\nt.a.v. uw bezwaar hoort u later meer van ons.\n"
    assert [f.rule for f in findings_for(wrapped, settings=settings) if f.text == "t.a.v."] == ["WRD001"]
    # a short wrapped line is no address either, and a year before a short word is no postcode
    short = "Wij schrijven u over de boot. Wij hebben\nt.a.v. de kosten van het weghalen\nbesloten dat u de helft betaalt.\n"
    assert [f.rule for f in findings_for(short, settings=settings) if f.text == "t.a.v."] == ["WRD001"]
    year = "Wij hebben in 2024 en 2025 t.a.v. uw aanvraag een besluit genomen."
    assert [f.rule for f in findings_for(year, settings=settings) if f.text == "t.a.v."] == ["WRD001"]
    street = "Stuur het naar:\nGemeente Voorbeeld\nt.a.v. de afdeling Vergunningen\nStationsweg 1\n"
    assert [f for f in findings_for(street, settings=settings) if f.text == "t.a.v."] == []


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_tel_as_the_label_of_a_number_stays_and_in_running_text_is_flagged(settings):
    def tel(text):
        return [f.rule for f in findings_for(text, settings=settings) if f.text.lower() == "tel."]
    assert tel("Met vriendelijke groet,\n\nAnne Braaksma\nTel. 0511-460860\n") == []
    assert tel("Met vriendelijke groet,\n\nAnne Braaksma\n- Tel. 0511-460860\n") == []
    assert tel("Gemeente Dronten\nPostbus 100 | 8250 AC Dronten | Tel. algemeen: 14 0321\n") == []
    assert tel("Bel ons op tel. 14 020.") == ["ABR002"]
    assert tel("Tel. 14 020 is ons nummer, bel ons gerust.") == ["ABR002"]


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_an_account_number_and_a_currency_code_are_no_abbreviations(settings):
    # review 109: "INGB" in an IBAN, "EUR" before an amount
    text = ("Totaalbedrag aanslag EUR 245,00\n\nMaak het bedrag over op rekeningnummer NL86 INGB 0002 4455 88 "
            "ten name van de gemeente.")
    assert [f.text for f in findings_for(text, settings=settings) if f.category == "abbreviation" or f.rule == "TON005"] == []


def test_an_abbreviation_that_opens_its_line_is_written_out_with_a_capital():
    (found,) = [f for f in findings_for("Geachte heer,\n\nBSN: 123456789\nWij hebben uw brief gekregen.")
                if f.rule == "ABR001"]
    assert found.suggestions == ("Burgerservicenummer (BSN)",)
    (found,) = [f for f in findings_for("Wij hebben uw BSN nodig.") if f.rule == "ABR001"]
    assert found.suggestions == ("burgerservicenummer (BSN)",)
    (found,) = [f for f in findings_for("Wij komen langs.\n- BSN: 123456789") if f.rule == "ABR001"]
    assert found.suggestions == ("Burgerservicenummer (BSN)",)
    # a short abbreviation too
    (found,) = [f for f in findings_for("Dhr. Jansen komt langs.") if f.rule == "ABR002"]
    assert found.suggestions[0] == "De heer"


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_a_noun_of_an_everyday_verb_and_a_compound_with_kap_or_put_are_no_rare_words(settings):
    text = "Na de blokkering van uw pas vraagt u een kapvergunning aan. Het putdeksel ligt los."
    assert [f.text for f in findings_for(text, settings=settings) if f.rule == "DIF001"] == []
    # jargon stays: the verb of the noun is no everyday verb, a part is no everyday word
    jargon = "Na de invordering komen de damwanden aan de beurt."
    assert [f.text for f in findings_for(jargon, settings=settings) if f.rule == "DIF001"] == ["invordering", "damwanden"]


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_a_sentence_that_names_a_step_has_no_heavy_noun(settings):
    for text in ("Dit wordt de vaststelling van de subsidie genoemd.", "Dit heet de verrekening van het voorschot."):
        assert [f.rule for f in findings_for(text, settings=settings) if f.rule.startswith("NOM")] == []
    assert [f.rule for f in findings_for("Wij wachten op de vaststelling van de subsidie.", settings=settings)
            if f.rule.startswith("NOM")] == ["NOM001"]


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_the_question_advice_takes_the_number_of_the_actors_head(settings):
    (finding,) = [f for f in findings_for("Bent u gebeld door de medewerkers van de gemeente?", settings=settings)
                  if f.rule == "PAS001"]
    assert "'Hebben de medewerkers" in finding.message
    (finding,) = [f for f in findings_for("Bent u gebeld door een van de buren?", settings=settings)
                  if f.rule == "PAS001"]
    assert "'Heeft een van de buren" in finding.message


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_a_word_with_a_tone_finding_gets_no_second_finding_as_a_hard_word(settings):
    rules = [f.rule for f in findings_for("Wij sturen u een aanmaning.", settings=settings) if f.text == "aanmaning"]
    assert rules == ["TON002"]


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_names_streets_and_word_parts_are_no_rare_words(settings):
    text = ("Hiervoor logt u in met DigiD of eHerkenning.\n\nDe Vondellaan en de Rijnkade zijn dicht.\n\n"
            "U betaalt bergings- en stallingskosten.\n")
    assert [f.text for f in findings_for(text, settings=settings) if f.rule == "DIF001"] == []
    assert [f.text for f in findings_for("Het geld gaat naar de egalisatiereserve.", settings=settings)
            if f.rule == "DIF001"] == ["egalisatiereserve"]


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_an_abbreviation_with_s_gets_its_explanation_after_the_whole_word(settings):
    (finding,) = [f for f in findings_for("Wij hebben met de Boa’s gesproken.", settings=settings) if f.rule == "ABR001"]
    assert finding.text == "Boa’s" and finding.suggestions == ("Boa’s (Boa: buitengewoon opsporingsambtenaar)",)


# A hard word and the same tone advice once per letter: the first use gets the finding
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
def test_a_hard_word_and_a_tone_word_are_advised_once_per_letter(settings):
    text = ("De boot ligt aan de afmeervoorziening bij de brug. Wij slepen de boot van de afmeervoorziening weg.\n\n"
            "Als u niet betaalt, schakelen wij een deurwaarder in.\n\nBetaalt u de huur niet, dan schakelen wij "
            "een deurwaarder in.\n")
    found = findings_for(text, settings=settings)
    assert [f.text for f in found if f.rule == "DIF001"] == ["afmeervoorziening"]
    assert [f.start for f in found if f.rule == "DIF001"] == [text.index("afmeervoorziening")]
    assert [f.text for f in found if f.rule == "TON001"] == ["deurwaarder"]
    # another form of the same word is the same word (review 102: "opgehoogd", then "ophogen")
    forms = findings_for("De straat wordt 10 centimeter opgehoogd. Voor het ophogen van uw tuin zorgt u zelf.",
                         settings=settings)
    assert [f.text for f in forms if f.rule == "DIF001"] == ["opgehoogd"]
    # a typo is a replacement at each place, and stays
    typos = findings_for("Lees de volgnde brief. Lees daarna de volgnde bijlage.", settings=settings)
    assert [f.text for f in typos if f.rule == "DIF001"] == ["volgnde", "volgnde"]


# A quoted word is named or cited, not written: no rare-word finding
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
def test_a_quoted_hard_word_is_named_not_written(settings):
    def rare(text):
        return [f.text for f in findings_for(text, settings=settings) if f.rule in ("DIF001", "DIF002")]
    assert rare("Wij schrijven u een brief met wat u moet doen. Dit heet een ‘exploot’.") == []
    assert rare('De brief kwam terug met het stempel "geadresseerde vertrokken".') == []
    # the same word written as the writer's own stays
    assert rare("Wij sturen u een exploot over de schuur.") == ["exploot"]


# An abbreviation that is better known than its expansion, or part of a company's name, gets no finding
@pytest.mark.parametrize("settings", [None, Settings(model=None)], ids=["parse", "fast"])
def test_known_abbreviations_and_company_names_stay(settings):
    def abbreviations(text):
        return [f.text for f in findings_for(text, settings=settings) if f.category == "abbreviation"]
    assert abbreviations("De GGD belt u als u positief getest bent.") == []
    assert abbreviations("Vanaf uw 67e krijgt u AOW.") == []
    assert abbreviations("Het werk doet Jansen Bouw & GWW b.v. uit Zwolle.") == []
    # an unknown abbreviation in running text is still asked about
    assert abbreviations("Het werk doet de GWW uit Zwolle.") == ["GWW"]


@_BOTH
def test_genoemde_after_a_noun_is_named_in_it_not_a_pointer_back(settings):
    """`unless_follows = ["noun"]`: with the parse by its part of speech, without it from the lemma tables."""
    def wording(text):
        return [f.text for f in findings_for(text, settings=settings) if f.rule == "WRD001"]

    assert wording("U reageert binnen de aanvraag genoemde termijn.") == []
    assert wording("De eigenaren van genoemde panden krijgen een brief.") == ["genoemde"]
