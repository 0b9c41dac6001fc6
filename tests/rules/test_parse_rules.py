"""Rules where the parse decides: tangconstructie, many clauses, clauses inside each other,
naamwoordstijl by part of speech."""

from __future__ import annotations

from b1check.settings import Settings
from tests.helpers import findings_for

PARSED = Settings(model="b1check")
FAST = Settings(model=None)


def found(text: str, code: str, settings: Settings = PARSED) -> list[str]:
    return [f.text for f in findings_for(text, settings=settings) if f.rule == code]


# tangconstructie (TNG001)


def test_particle_far_from_its_verb():
    text = "De gemeente stuurt u na ontvangst van het formulier en de bijlagen binnen acht weken een brief op."
    (hit,) = [f for f in findings_for(text, settings=PARSED) if f.rule == "TNG001"]
    assert hit.text.startswith("stuurt") and hit.text.endswith(" op")
    assert "'stuurt' en 'op'" in hit.message and "14 woorden" in hit.message
    assert not found("De gemeente stuurt u binnen acht weken een brief.", "TNG001")


def test_auxiliary_far_from_its_verb():
    long = "Wij zullen uw aanvraag voor een parkeervergunning in de wijk Oost na de zomer van dit jaar moeten beoordelen."
    assert found(long, "TNG001") == [long[4:-1]]  # from 'zullen' to 'beoordelen'
    assert not found("Wij zullen uw aanvraag na de zomer beoordelen.", "TNG001")


def test_subordinate_clause_keeps_its_verbs_together():
    assert not found(
        "Wij weten dat u het formulier voor de aanvraag van een parkeervergunning in de wijk Oost al heeft ingevuld.",
        "TNG001",
    )


def test_a_verb_of_another_clause_closes_no_bracket():
    """The parse sometimes hangs a verb of an "om"- or "nadat"-clause on the main verb."""
    for text in (
        "In de stembureaus zijn er voor blinden en slechtzienden een stemmal en geluidsondersteuning om "
        "zelfstandig te kunnen stemmen.",
        "Het verzoek moet binnen 3 maanden nadat de verzoekende partij de uitspraak of beslissing van de "
        "commissie kreeg bij de rechter zijn.",
    ):
        assert not [t for t in found(text, "TNG001") if "kunnen" in t or "kreeg" in t], text
    # An "of" between two nouns opens no clause: the bracket stays.
    text = "Dan kan de zittingsperiode van de voorzitter of het lid 1 keer met hooguit 12 maanden worden verlengd."
    assert found(text, "TNG001") == [text[4:-1]]


def test_a_question_without_its_comma_opens_no_bracket_into_the_main_clause():
    # "Heeft u vragen … dan kunt u contact opnemen": "Heeft" and "opnemen" are of two clauses (review 108)
    text = ("Heeft u vragen over de planning van de werkzaamheden en de bereikbaarheid dan kunt u contact opnemen "
            "met de heer Postma.")
    assert not [t for t in found(text, "TNG001") if t.startswith("Heeft")]
    # "dan" or "zo" inside a clause between the two opens no main clause (code read 111)
    for text in ("U moet het formulier, als dat zo is, binnen twee weken naar de afdeling Vergunningen van de "
                 "gemeente terugsturen.",
                 "Wij zullen het geld, als het dan is gelukt om alle stukken te controleren, binnen vier weken aan u "
                 "terugbetalen."):
        assert found(text, "TNG001"), text


def test_the_verb_of_a_clause_before_the_main_clause_opens_no_bracket():
    """The parse hung the verb of an "als"-clause on the main clause's last verb: both parts of a
    bracket stand in one clause, so it is "kunt … maken", not "hebt … maken"."""
    text = ("Als u belang hebt bij dit plan, dan kunt u hiertegen binnen zes weken, gerekend vanaf de datum van deze "
            "brief, bezwaar maken.")
    (hit,) = [f for f in findings_for(text, settings=PARSED) if f.rule == "TNG001"]
    assert hit.text.startswith("kunt") and hit.text.endswith("maken")
    assert "'kunt' en 'maken'" in hit.message and "13 woorden" in hit.message
    # The same aside in a sentence of its own: the modal still goes with the verb after the aside.
    assert found("U kunt binnen zes weken, gerekend vanaf de dag na verzending, bezwaar maken.", "TNG001") == [
        "kunt binnen zes weken, gerekend vanaf de dag na verzending, bezwaar maken"]
    # A clause with its own verb at the end, then a short main clause: no bracket at all.
    assert not found("Omdat u vorige maand een brief hebt gestuurd over de bomen in het park aan de Lindelaan, "
                     "bellen wij u.", "TNG001")
    # "meer dan" is no clause: the verbs of the main clause still make a bracket.
    assert found("Meer dan veertig bewoners hebben in de afgelopen twee weken van de zomer een brief over het plan "
                 "gestuurd.", "TNG001")


def test_adjectives_and_numbers_before_a_noun_make_no_bracket():
    """An article, then only adjectives, numbers and their adverbs: read one by one, no phrase to wait for."""
    assert not found("U mag de hier maximaal toegestane 30 aaneengesloten dagen niet overschrijden.", "TNG001")
    # A phrase with its own words between article and noun stays a bracket.
    text = "De in artikel 3 van de verordening genoemde termijn is verlopen."
    assert found(text, "TNG001") == [text[:-len(" is verlopen.")]]


def test_a_blank_line_closes_no_bracket():
    # The parse made the blank line the root of "kan … goedkeurt." (seen in a real text).
    text = (
        "In de stembureaus zijn er voor blinden en slechtzienden een stemmal en geluidsondersteuning om "
        "zelfstandig te kunnen stemmen.\n\nDit kan als het college hiervoor een verzoek indient bij "
        "Gedeputeerde Staten, en GS dit verzoek goedkeurt.\n\nHet verzoek moet binnen 3 maanden nadat "
        "de verzoekende partij de uitspraak kreeg bij de rechter zijn.\n"
    )
    assert [f.message for f in findings_for(text, settings=PARSED) if f.rule == "TNG001" and not f.text.strip(" .")] == []
    assert not [t for t in found(text, "TNG001") if t.startswith("kan")]



def test_a_preposition_before_a_colon_is_no_particle():
    # The web address after "op:" was taken out of the text; the parse made "op" a particle of "vindt".
    text = "U vindt meer informatie over indienen van een klacht tegen een besluit van ons op: onder het tabblad Contact."
    assert found(text, "TNG001") == []
    # A particle before a colon that makes a verb with its head stays one ("vult … in: naam, adres").
    assert found("Vult u de gegevens van uw partner en uw kinderen op het formulier volledig in: naam, adres en "
                 "geboortedatum.", "TNG001")
    # … but not with an auxiliary: "heeft … nodig … over:" is no "overhebben".
    assert found("De instelling heeft de instemming nodig van de cliëntenraad voor elk door haar voorgenomen besluit "
                 "over:", "TNG001") == []
    # A particle at the end of its clause is still one, before a full stop.
    assert found("De gemeente stuurt u na ontvangst van het formulier en de bijlagen binnen acht weken een brief op.", "TNG001")

def test_article_far_from_its_noun():
    assert found("De op 1 januari 2024 ingegane nieuwe regeling geldt voor iedereen.", "TNG001") == [
        "De op 1 januari 2024 ingegane nieuwe regeling"
    ]
    assert not found("De nieuwe regeling geldt sinds 1 januari 2024 voor iedereen.", "TNG001")


def test_bracket_limits_can_be_changed():
    text = "De gemeente stuurt u binnen acht weken een brief op."
    assert not found(text, "TNG001")
    assert found(text, "TNG001", PARSED.with_limits(verb_bracket_words=3))


# many clauses (LEN003) and clauses inside each other (LEN004)

MANY_CLAUSES = "Als u vindt dat het besluit dat wij hebben genomen niet klopt, kunt u bezwaar maken."
LONG_MANY_CLAUSES = (
    "Als u vindt dat het besluit dat wij op 3 maart hebben genomen over uw aanvraag "
    "voor een vergunning niet klopt, kunt u bezwaar maken."
)


def size_rules(text: str, settings: Settings = PARSED) -> list[str]:
    return [f.rule for f in findings_for(text, settings=settings) if f.category == "sentence-length"]


def test_many_clauses_in_a_short_sentence():
    (hit,) = [f for f in findings_for(MANY_CLAUSES, settings=PARSED) if f.category == "sentence-length"]
    assert hit.rule == "LEN003"
    assert hit.message == "Deze zin heeft 4 deelzinnen. Maak er kortere zinnen van."
    assert not found("Klopt ons besluit niet? Dan kunt u bezwaar maken.", "LEN003")
    assert not found("Als u vragen heeft, kunt u ons bellen.", "LEN003")


def test_long_sentence_is_flagged_once():
    assert size_rules(LONG_MANY_CLAUSES) == ["LEN001"]


def test_a_long_sentence_of_one_clause_is_told_to_be_shorter_not_split():
    """"Maak er 2 zinnen van" has nothing to cut at in a sentence of one clause (review 103)."""
    one = "Op 11 juli 2022 heb ik u met een brief op de hoogte gebracht van de sluiting van het pand aan de Sparrenrode in Leiden."
    (hit,) = [f for f in findings_for(one, settings=PARSED) if f.rule == "LEN001"]
    assert hit.message == "Deze zin heeft 25 woorden. Maak hem korter (hooguit 20 woorden): welke woorden kunnen weg?"
    two = ("Wij hebben uw aanvraag voor een parkeervergunning ontvangen en wij laten u weten dat wij deze aanvraag "
           "binnen acht weken zullen beoordelen.")
    (hit,) = [f for f in findings_for(two, settings=PARSED) if f.rule == "LEN001"]
    assert hit.message.endswith("Maak er 2 zinnen van (hooguit 20 woorden).")
    # without a parse b1check cannot tell: the usual advice
    (hit,) = [f for f in findings_for(one, settings=Settings(model=None)) if f.rule == "LEN001"]
    assert hit.message.endswith("Maak er 2 zinnen van (hooguit 20 woorden).")


def test_data_under_a_label_is_no_long_sentence():
    """"Tijd: van 19.00 – 20.00 uur: …" with its wrapped next line is a timetable, not a sentence to
    split, and it does not count for the verdict; a label before a sentence with a verb still counts."""
    data = ("We nodigen u graag uit voor een informatieavond over de straat.\n"
            "Tijd: van 19.00 – 20.00 uur: huisnummer 1 tot en met 71 en 2 tot en met 34\n"
            "van 20.00 – 21.00 uur: huisnummer 73 tot en met 151 en 36 tot en met 68\n")
    assert size_rules(data) == []
    sentence = ("Let op: wij sluiten de weg van maandag tot en met vrijdag af omdat de aannemer de riolering "
                "in de hele straat vervangt en daarna de stoep opnieuw legt.\n")
    assert size_rules(sentence) == ["LEN001"]
    # without the parse b1check cannot tell data from a sentence
    assert size_rules(data, Settings(model=None)) == ["LEN002"]
    # a label that opens a sentence of officialese is no data: "Besluit:", "Reden:"
    decision = ("Besluit: afwijzing van uw aanvraag voor bijzondere bijstand voor de kosten van de inrichting van uw "
                "nieuwe woning aan de Dorpsstraat in verband met onvoldoende bewijs van de noodzaak en de hoogte.\n")
    assert size_rules(decision) == ["LEN002"]


def test_long_sentence_gets_many_clauses_when_the_length_rule_is_off():
    # Skipping a long sentence only makes sense when LEN001 tells the reader instead.
    assert size_rules(LONG_MANY_CLAUSES, Settings(select=("LEN003",))) == ["LEN003"]
    assert size_rules(LONG_MANY_CLAUSES, Settings(ignore=("LEN001",))) == ["LEN003"]


def test_clauses_inside_each_other():
    text = "Wat te doen als u vindt dat het besluit dat wij hebben genomen niet klopt?"
    (hit,) = [f for f in findings_for(text, settings=PARSED) if f.category == "sentence-length"]
    assert hit.rule == "LEN004"
    assert hit.message == "In deze zin zitten 3 deelzinnen in elkaar. Maak er kortere zinnen van."
    assert not found("Vindt u dat ons besluit niet klopt? Dan kunt u bezwaar maken.", "LEN004")


def test_one_finding_about_the_clauses_and_its_message_fits():
    # 4 clauses, 3 inside each other: LEN003 says it, LEN004 not as well.
    assert size_rules(MANY_CLAUSES) == ["LEN003"]
    assert size_rules(MANY_CLAUSES, Settings(ignore=("LEN003",))) == ["LEN004"]
    # Four clauses are allowed here, so only the depth is too much: the message names the depth.
    (hit,) = [f for f in findings_for(MANY_CLAUSES, settings=PARSED.with_limits(sentence_clauses=4))
              if f.category == "sentence-length"]
    assert hit.rule == "LEN004" and "3 deelzinnen in elkaar" in hit.message
    assert not size_rules(MANY_CLAUSES, PARSED.with_limits(sentence_clauses=4, clause_depth=3))


# naamwoordstijl: part of speech decides


def test_infinitive_as_noun_but_not_a_plain_noun():
    assert found("Het aanvragen van een pas kan alleen op het stadhuis.", "NOM002") == ["Het aanvragen"]
    # 'leven' looks like an infinitive; the tagger knows it is a noun here.
    assert found("Het leven van uw vader is veranderd.", "NOM002", FAST) == ["Het leven"]
    assert not found("Het leven van uw vader is veranderd.", "NOM002")


def test_ing_noun_with_van():
    assert found("De opening van het zwembad is op 1 mei.", "NOM001") == ["De opening"]


def test_ing_noun_without_article_needs_the_parse():
    text = "Na beoordeling van uw aanvraag krijgt u een brief."
    assert found(text, "NOM001") == ["beoordeling"]  # the noun alone, without its preposition
    assert not found(text, "NOM001", FAST)


def test_phrase_list_is_not_repeated():
    text = "In afwachting van uw antwoord sturen wij niets."
    assert not found(text, "NOM001")
    assert [f.rule for f in findings_for(text, settings=PARSED) if f.text == "In afwachting van"] == ["WRD001"]


# without a parse


def test_fast_mode_has_no_parse_rules():
    for text in (
        "De gemeente stuurt u na ontvangst van het formulier en de bijlagen binnen acht weken een brief op.",
        "Als u vindt dat het besluit dat wij hebben genomen niet klopt, kunt u bezwaar maken.",
    ):
        assert {f.rule for f in findings_for(text, settings=PARSED)} & {"TNG001", "LEN003", "LEN004"}
        assert not {f.rule for f in findings_for(text, settings=FAST)} & {"TNG001", "LEN003", "LEN004"}


# a clause before its noun (WRD002)


def suggested(text: str, code: str = "WRD002") -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.suggestions) for f in findings_for(text, settings=PARSED) if f.rule == code]


def test_a_phrase_with_van_after_the_noun_stays_with_the_noun():
    """"… administratiekosten die zij heeft betaald van € 35,00" would read as paid of € 35: the
    clause goes after the phrase, and the finding covers it (review 133)."""
    text = "Zij vraagt vergoeding van de door haar aan het Fietsdepot betaalde administratiekosten van € 35,00."
    assert suggested(text) == [(
        "de door haar aan het Fietsdepot betaalde administratiekosten van € 35,00",
        ("de administratiekosten van € 35,00 die zij aan het Fietsdepot heeft betaald",),
    )]


def test_a_clause_before_its_noun_goes_behind_it():
    assert suggested("Wij hebben de door u ingediende bezwaarschriften ontvangen.") == [
        ("de door u ingediende bezwaarschriften", ("de bezwaarschriften die u heeft ingediend",))
    ]
    assert suggested("Het door ons eerder verstuurde formulier is zoek.") == [
        ("Het door ons eerder verstuurde formulier", ("Het formulier dat wij eerder hebben verstuurd",))
    ]
    assert suggested("Een door de gemeente afgegeven vergunning is nodig.") == [
        ("Een door de gemeente afgegeven vergunning", ("Een vergunning die de gemeente heeft afgegeven",))
    ]


def test_a_phrase_between_agent_and_participle_goes_along():
    assert suggested("Hij vraagt de door hem aan het depot betaalde kosten terug.") == [
        ("de door hem aan het depot betaalde kosten", ("de kosten die hij aan het depot heeft betaald",))
    ]
    assert suggested("Wij hebben de door u op het formulier ingevulde gegevens bekeken.") == [
        ("de door u op het formulier ingevulde gegevens", ("de gegevens die u op het formulier heeft ingevuld",))
    ]


def test_a_line_break_inside_the_clause_is_no_gap():
    found = [f for f in findings_for("Wij hebben de door u ingevulde\ngegevens bekeken.", settings=PARSED) if f.rule == "WRD002"]
    assert [f.suggestions for f in found] == [("de gegevens die u heeft ingevuld",)]


def test_a_participle_the_parser_reads_as_an_adverb():
    # "geleden" before its noun is the participle of "lijden", not "ago"
    assert suggested("U vraagt vergoeding van de door u geleden schade.") == [
        ("de door u geleden schade", ("de schade die u heeft geleden",))
    ]


def test_what_the_reader_must_still_do_gets_moeten():
    assert suggested("De door u te betalen kosten zijn hoog.") == [
        ("De door u te betalen kosten", ("De kosten die u moet betalen",))
    ]


def test_two_participles_share_the_clause():
    assert suggested("Stuur de door u ingevulde en ondertekende aanvraag terug.") == [
        ("de door u ingevulde en ondertekende aanvraag", ("de aanvraag die u heeft ingevuld en ondertekend",))
    ]


def test_a_reflexive_verb_gets_its_zich_back():
    # Before its noun "zich inbeelden" loses "zich"; behind it the clause needs it, in agreement.
    assert suggested("Het gaat om de door de gemeente ingebeelde problemen.") == [
        ("de door de gemeente ingebeelde problemen", ("de problemen die de gemeente zich heeft ingebeeld",))
    ]
    assert suggested("De door ons eerder ingebeelde problemen zijn er niet.") == [
        ("De door ons eerder ingebeelde problemen", ("De problemen die wij ons eerder hebben ingebeeld",))
    ]
    assert suggested("Het door u aangematigde recht bestaat niet.") == [
        ("Het door u aangematigde recht", ("Het recht dat u zich heeft aangematigd",))
    ]
    # "herinneren" may be "zich herinneren" or "iemand herinneren": flagged, no rewrite
    assert suggested("De door hem herinnerde afspraak ging niet door.") == [("De door hem herinnerde afspraak", ())]
    # "het besluit dat de gemeente zich heeft voorgenomen" is stiffer than the sentence: flagged,
    # no rewrite (zich-werkwoorden.toml, "stijf")
    assert suggested("Wij sturen u het door de gemeente voorgenomen besluit.") == [
        ("het door de gemeente voorgenomen besluit", ())
    ]


def test_a_phrase_with_a_present_participle_goes_behind_its_noun():
    assert suggested("Wij volgen de op dit moment geldende regels.") == [
        ("de op dit moment geldende regels", ("de regels die op dit moment gelden",))
    ]
    assert suggested("Dit is het voor u geldende tarief.") == [("het voor u geldende tarief", ("het tarief dat voor u geldt",))]
    (found,) = [f for f in findings_for("Dit is het voor u geldende tarief.", settings=PARSED) if f.rule == "WRD002"]
    assert "wie iets deed" not in found.message and "hele bepaling" in found.message
    # a clause after the noun already: split the sentence
    (found,) = [f for f in findings_for("Het voor u geldende tarief, dat wij elk jaar aanpassen, is hoger.",
                                        settings=PARSED) if f.rule == "WRD002"]
    assert found.suggestions == () and found.advice == ("zeg het in een eigen zin",)
    # a past form the tagger took for a present participle is no state: one finding, with advice
    assert suggested("Dit is een aan hem verleende titel.") == [("een aan hem verleende titel", ())]
    # a participle that is a quality of its own (wordlists/eigenschappen.txt) keeps it: "typeert voor" is no Dutch
    assert suggested("Het is een voor de stad typerend gebouw.") == [
        ("een voor de stad typerend gebouw", ("een gebouw dat voor de stad typerend is",))
    ]
    # a present participle alone, or with a word that is no phrase, stays
    for text in ("De volgende regels gelden voor u.", "De geldende regels staan op de website.",
                 "Wij geven u de nodige hulp."):
        assert suggested(text) == [], text


def test_a_phrase_before_a_past_participle_gets_advice_where_the_words_go():
    for text, phrase, advice in (
        ("U bent het niet eens met de aan u opgelegde aanslag.", "de aan u opgelegde aanslag",
         "zet het achter 'aanslag', met 'die'"),
        ("Betaal binnen de op de factuur vermelde termijn.", "de op de factuur vermelde termijn",
         "zet het achter 'termijn', met 'die'"),
    ):
        (found,) = [f for f in findings_for(text, settings=PARSED) if f.rule == "WRD002"]
        assert (found.text, found.suggestions, found.advice) == (phrase, (), (advice,))
    # a short phrase that only says when, or a word that is no phrase, stays
    for text in ("De in 2020 gebouwde woning is mooi.", "De hier genoemde regels gelden.",
                 "Wij sturen de gevraagde papieren."):
        assert suggested(text) == [], text


def test_no_clause_before_a_noun_no_finding():
    for text in (
        "Wij fietsen door de stad naar huis.",  # "door" as a preposition of place
        "De aangevraagde code is verstuurd.",  # a participle without who did it
        "Het bedrag is door u betaald.",  # a passive with its actor: PAS001's
        "De code die u heeft aangevraagd, is verstuurd.",  # already the better order
        "Wij komen door de drukte later.",  # cause, not an actor
    ):
        assert suggested(text) == [], text
    # without the parse the rule is off
    assert not [f for f in findings_for("De door u te betalen kosten zijn hoog.", settings=FAST) if f.rule == "WRD002"]


def test_the_clause_has_one_finding_not_a_second_for_the_distance():
    text = "Wij sturen u de door de gemeente eerder vastgestelde regels."
    codes = [f.rule for f in findings_for(text, settings=PARSED) if f.rule in ("WRD002", "TNG001")]
    assert codes == ["WRD002"]


def test_a_clause_before_a_noun_with_a_slip_in_number_gets_no_rewrite():
    # "elk … besluiten" is the writer's slip; "elk besluiten die …" would copy it.
    (hit,) = [f for f in findings_for("De instelling vraagt advies over elk door haar voorgenomen besluiten inzake de zorg.",
                                      settings=PARSED) if f.rule == "WRD002"]
    assert hit.suggestions == ()
    (hit,) = [f for f in findings_for("Wij sturen u elk door de raad genomen besluit.", settings=PARSED) if f.rule == "WRD002"]
    assert hit.suggestions == ("elk besluit dat de raad heeft genomen",)


def test_a_name_after_the_clause_stays_whole():
    """"de bijna huilende Harm Ottenbros": the finding covers the whole name, and no clause cuts it in two."""
    (found,) = [f for f in findings_for("In tegenstelling tot de van pijn en verdriet bijna huilende Harm Ottenbros.",
                                        settings=PARSED) if f.rule == "WRD002"]
    assert found.text.endswith("Harm Ottenbros") and found.suggestions == ()
    assert "'Harm Ottenbros'" in found.message
