"""Tone: every entry of wordlists/toon.toml fires on its example and leaves its negative examples alone."""

from __future__ import annotations

import pytest

from b1check.analysis.tone import tone_words
from b1check.settings import Settings
from tests.helpers import findings_for, plain_language_findings

ENTRIES = tone_words().entries
PARSED, FAST = Settings(), Settings(model=None)
BOTH = pytest.mark.parametrize("settings", [PARSED, FAST], ids=["parsed", "fast"])
# Categories a sentence-level text can be checked for.
SENTENCE_CATEGORIES = ("wording", "tone", "nominal-style", "abbreviation", "difficult-word")


def tone_findings(text):
    return [(f.rule, f.text) for f in findings_for(text, ("tone",))]


def entry_fires(entry, text):
    """The codes this entry gives in the text (TON001 or TON002)."""
    from b1check.analysis.tone import find_tone
    from tests.helpers import context_for

    return [m.code for m in find_tone(context_for(text).sentences) if m.entry is entry]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.phrase)
def test_example_fires_its_entry(entry):
    for example in entry.examples:
        assert entry.code in entry_fires(entry, example), tone_findings(example)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.phrase)
def test_negative_examples_leave_the_entry_alone(entry):
    assert entry.negatives, "elke entry heeft een zin die hij níet mag laten afgaan"
    for sentence in entry.negatives:
        assert not entry_fires(entry, sentence), sentence


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.phrase)
def test_reason_and_alternatives_are_plain_and_calm(entry):
    for text in (entry.reason, *entry.alternatives):
        assert not entry_fires(entry, text), text
        found = plain_language_findings(text, SENTENCE_CATEGORIES)
        assert not found, f"'{text}' ({entry.phrase}): {[(f.rule, f.text) for f in found]}"


# The classes of the issue, as a reader meets them.
@pytest.mark.parametrize(
    "sentence",
    [
        "U overtreedt daarmee artikel 4 van de verordening.",
        "Als de schutting blijft staan, kunnen wij handhavend optreden.",
        "Wij doen aangifte bij de politie.",
        "U kunt een geldboete of gevangenisstraf krijgen.",
        "Wij leggen u een last onder bestuursdwang op.",
        "Wij leggen u een last onder dwangsom op.",
        "Wij gaan ervan uit dat u de regels kent.",
        "U heeft ten onrechte bijstand ontvangen.",
        "Wij hebben gezien dat u misbruik maakt van uw uitkering.",
        "Het niet voldoen aan de verplichtingen kan tot gevolg hebben dat u de subsidie moet terugbetalen.",
        "Heeft u de papieren niet op tijd gestuurd? Dan moet u de subsidie terugbetalen.",
        "Dien de aangifte uiterlijk 31 juli in om een boete te voorkomen.",
        # benefit sanctions aimed at the reader
        "Wij kunnen uw uitkering verlagen.",
        "Wij kunnen uw uitkering korten.",
        "Wij kunnen uw uitkering stopzetten.",
        "Wij kunnen u een maatregel opleggen.",
        "Als u niet meewerkt, verlagen wij uw bijstand.",
        # sanctions other than a fine: the permit or the work stopped, a compound on -boete
        "Bij het niet naleven van de regels kunnen wij de ontheffing intrekken.",
        "Als u de voorschriften overtreedt, kunnen wij uw vergunning schorsen.",
        "Als u zonder vergunning verder gaat, wordt de verbouwing direct stilgelegd.",
        "Als u de plaats twee maanden leeg laat, vervalt de vergunning van rechtswege.",
        "Wij kunnen u daarnaast een verzuimboete opleggen.",
        # asked, then threatened: the threat is in the answer
        "Betaalt u niet op tijd? Dan sturen wij uw rekening naar een deurwaarder.",
    ],
)
def test_a_threat_or_accusation_is_flagged(sentence):
    assert "TON001" in [rule for rule, _ in tone_findings(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij hebben maatregelen genomen zodat u veilig kunt stemmen.",
        "Als u dit bericht ten onrechte ontvangt, laat het ons dan weten.",
        "Aan deze brief kunt u geen rechten ontlenen.",  # a neutral legal disclaimer
        "Als u te laat bezwaar maakt, nemen wij uw bezwaar niet in behandeling.",  # the objection deadline
        "Wij houden een lijst bij om misbruik van subsidie tegen te gaan.",
        "Het heeft ook geen gevolgen voor uw uitkering.",
        "Indien er voor dat moment een besluit is genomen, vervalt de dwangsom.",
        "Ik vorder het verschil van u terug.",  # a decision, no threat (a hard word: TON002)
        # a refund to the reader
        "Het te veel betaalde bedrag wordt aan u terugbetaald.",
        "Als u te veel heeft betaald, betalen wij het verschil binnen vier weken aan u terug.",
        # the names of teams and departments
        "Heeft u vragen over de regels? Bel dan met Team Handhaving.",
        "Uw melding is doorgestuurd naar de afdeling Toezicht en Handhaving.",
        "Heeft u vragen? Mail dan naar Team Terugvordering en Verhaal.",
        "Wij geven uw vraag door aan het team handhaving.",
        # a legal way of counting, inside an honest sum
        "Haalt u de schutting niet weg, dan betaalt u € 100 per geconstateerde overtreding, tot hooguit € 1.000.",
        # benefit words that are no sanction
        "Wij korten uw uitkering niet.",
        "De regering verlaagt de uitkeringen in 2025.",
        # a sanction the reader is asked about: an offer of help, no threat
        "Staat er een deurwaarder bij u voor de deur? Bel ons dan meteen.",
        "Heeft u een verkeersboete gekregen die u niet kunt betalen? Wij helpen u graag.",
        # a permit that ends by itself, or the reader's own choice
        "De vergunning vervalt op 1 januari 2027.",
        "Wilt u uw vergunning niet meer gebruiken? Dan kunt u die intrekken.",
        # a sanction on the municipality itself; "Gelet op" is no command to the reader
        "Gelet op het voorgaande moet de gemeente snel beslissen, om te voorkomen dat zij een dwangsom moet betalen.",
        # "mocht" after its subject is what was allowed, not a condition (new set h75)
        "De fiets mocht dus verwijderd worden, ongeacht de staat van de fiets.",
    ],
)
def test_what_is_no_threat(sentence):
    assert "TON001" not in [rule for rule, _ in tone_findings(sentence)]


def test_a_hard_word_without_a_threat_is_tone_002():
    assert tone_findings("Ik vorder het verschil van u terug.") == [("TON002", "vorder het verschil van u terug")]


# The tone list speaks the format of the phrase lists (wordlists/README.md).
def _entry(**keys):
    from b1check.analysis.tone import parse_entries

    raw = {"phrase": "boete", "kind": "sanction", "needs": "nothing", "alternatives": ["U moet dan extra betalen."],
           "reason": "Zeg wat er gebeurt.", "examples": ["U krijgt een boete."], "negatives": ["Het is goed."], **keys}
    return parse_entries({"entry": [raw]}, "proef.toml")[0]


def _fires(entry, text):
    from b1check.analysis.tone import ToneWords, find_tone, tone_words
    from tests.helpers import context_for

    words = tone_words()
    own = ToneWords((entry,), words.reader, words.consequence, words.negations, words.tasks, words.senders)
    return [m.code for m in find_tone(context_for(text).sentences, own)]


def test_unless_context_silences_the_entry_anywhere_in_the_sentence():
    entry = _entry(unless_context=["parkeren", "u mag"])
    assert _fires(entry, "U krijgt een boete.") == ["TON001"]
    assert _fires(entry, "Bij foutparkeren krijgt u een boete.") == []  # part of a long word
    assert _fires(entry, "U mag kiezen: een boete of een waarschuwing.") == []  # a word group, as whole words
    assert _fires(entry, "Nu mag het niet meer: u krijgt een boete.") == ["TON001"]  # not inside "nu mag"


def test_unless_word_groups_silence_the_entry_only_where_they_overlap_it():
    entry = _entry(unless=["boete … kwijtschelden"])
    assert _fires(entry, "Wij kunnen de boete kwijtschelden.") == []
    assert _fires(entry, "U krijgt een boete. Wij kunnen niets kwijtschelden.") == ["TON001"]


def test_an_entry_may_need_either_of_two_contexts():
    entry = _entry(needs=["reader", "consequence"])
    assert _fires(entry, "U krijgt een boete.") == ["TON001"]  # the reader
    assert _fires(entry, "Als het hek open blijft, volgt een boete.") == ["TON001"]  # a consequence
    assert _fires(entry, "De boete is vorig jaar verhoogd.") == []  # neither


@pytest.mark.parametrize("keys, message", [
    ({"not": ["Het is goed."]}, "onbekende sleutel"),
    ({"needs": ["reader", "altijd"]}, "needs een van"),
    ({"unless": ["\\bzodat\\b"]}, "geen reguliere expressies"),
    ({"examples": []}, "'examples' ontbreekt"),
])
def test_the_old_keys_of_the_tone_list_are_refused(keys, message):
    from b1check.language.wordlists import WordlistError

    with pytest.raises(WordlistError, match=message):
        _entry(**keys)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.phrase)
def test_advice_is_never_offered_as_a_replacement(entry):
    """A calm warning is written anew: the advice is in the message, never a word to swap in."""
    found = [f for f in findings_for(entry.example, ("tone",)) if f.rule in ("TON001", "TON002")]
    assert found
    for finding in found:
        assert finding.suggestions == () and finding.fix is None
        assert "Vervang" not in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Als u niet op tijd betaalt, krijgt u een boete.",
        "Doet u dat niet, dan moet u een dwangsom betalen van € 250 per week.",
        "Betaalt u niet op tijd? Dan moet u de subsidie terugbetalen.",
        "Dien de aangifte uiterlijk 31 juli in om een boete te voorkomen.",
    ],
)
def test_a_warning_with_its_way_out_is_told_only_about_its_tone(sentence):
    found = [f for f in findings_for(sentence, ("tone",)) if f.rule == "TON001"]
    assert found and all(f.message.startswith("Let op de toon:") for f in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wij leggen u een boete op.",
        "Als u te veel heeft ontvangen, moet u het bedrag terugbetalen.",  # a condition, but no way out
        "Indien u niet op tijd reageert, zullen wij uw uitkering stoppen.",  # a threat whatever follows
    ],
)
def test_a_threat_without_a_way_out_gets_the_full_advice(sentence):
    found = [f for f in findings_for(sentence, ("tone",)) if f.rule == "TON001"]
    assert found and all(f.message.startswith("Dreigend:") for f in found)


def test_a_word_is_in_the_tone_list_or_the_phrase_list_not_both():
    """One place, one finding: a stern word with a plain replacement ("onverwijld" →
    "meteen") belongs in the phrase list, where the replacement can be pasted in; the
    same word in both lists gave the writer two findings on one word."""
    from b1check.language.wordlists import default_phrases

    phrases = {entry.phrase.lower() for entry in default_phrases()}
    twice = sorted(entry.phrase for entry in ENTRIES if entry.phrase.lower() in phrases)
    assert not twice, twice


def threats(text, settings=PARSED):
    return [f.text for f in findings_for(text, ("tone",), settings) if f.rule == "TON001"]


# Taking away the reader's things is a threat only as what the writer does to them, as a
# consequence; not the reader's own task, not the calm form the message itself recommends.
@BOTH
@pytest.mark.parametrize("sentence", [
    # the reader is asked or obliged to do it himself
    "Als u de eigenaar bent, vragen wij u de sloep binnen twee weken te verwijderen.",
    "Herkent u de caravan? Dan verzoeken wij u de caravan voor 1 juni weg te halen.",
    "Als de trailer van u is, moet de trailer voor 1 mei van de kade verwijderd zijn.",
    "Haal uw scooter voor 1 mei weg als u hem wilt houden.",
    # the plain, active form of the message's own example
    "Haalt u uw fiets niet voor 2 mei weg? Dan halen wij uw fiets weg. U kunt uw fiets daarna nog 3 maanden ophalen.",
    "Na deze datum haalt de gemeente de boot weg.",
    "Als de aanhanger er op 1 juni nog staat, zullen we de aanhanger weghalen.",
    # what the costs are for
    "In dat geval betaalt de eigenaar ook de kosten voor het verwijderen en bewaren van de boot.",
])
def test_the_readers_own_task_and_the_calm_form_are_no_threat(sentence, settings):
    assert threats(sentence, settings) == []


@BOTH
@pytest.mark.parametrize("sentence, text", [
    ("Als u niet reageert, verwijdert de gemeente de caravan.", "verwijdert"),
    ("Na deze datum wordt de boot weggehaald en 13 weken bewaard.", "weggehaald"),
    ("Boten die na 1 mei nog op de kade liggen, worden door de gemeente afgevoerd.", "afgevoerd"),
    ("Wanneer de eigenaar zich niet meldt, wordt de sloep vernietigd.", "vernietigd"),
])
def test_what_the_writer_does_to_the_readers_things_stays_a_threat(sentence, text, settings):
    assert threats(sentence, settings) == [text]


@BOTH
def test_the_finding_points_at_what_the_writer_does_not_at_the_readers_task(settings):
    # "niet op tijd verwijderd" is what the owner did not do; the threat is the second "verwijderd".
    sentence = "Scooters die niet op tijd verwijderd zijn, worden na 1 maart door de gemeente verwijderd."
    found = [f for f in findings_for(sentence, ("tone",), settings) if f.rule == "TON001"]
    assert [(f.text, f.start) for f in found] == [("verwijderd", sentence.rindex("verwijderd"))]


@BOTH
def test_a_heading_names_a_subject_and_threatens_no_one(settings):
    heading = "Als de gemeente uw caravan verwijdert\nU krijgt altijd eerst een brief van ons."
    assert threats(heading, settings) == []
    # the same words in running text, or as an item of a list, are a threat
    assert threats("Als u niet reageert, verwijdert de gemeente uw caravan.", settings) == ["verwijdert"]
    assert threats("Let op:\n- als u niet reageert, verwijdert de gemeente uw caravan\n", settings) == ["verwijdert"]


# "Overtreding" accuses only where the reader is the one who breaks the rule.
@BOTH
@pytest.mark.parametrize("sentence", [
    "U overtreedt daarmee artikel 4 van de verordening.",
    "Met deze schutting bent u in overtreding.",
    "Wij hebben uw overtreding vastgelegd op een foto.",
])
def test_an_accusation_of_the_reader_is_flagged(sentence, settings):
    assert threats(sentence, settings)


@BOTH
@pytest.mark.parametrize("sentence", [
    "Kosten van een overtreding: u betaalt de eerste keer € 100.",  # a label
    "Wij kunnen de overtreding dan zelf op uw kosten herstellen.",  # the thing, not the reader's guilt
    "Als u een regel overtreedt, sturen wij u eerst een brief.",  # a condition, no accusation
    "Daarin vragen wij u te stoppen met de overtreding.",
])
def test_the_word_overtreding_alone_accuses_no_one(sentence, settings):
    assert threats(sentence, settings) == []


# A plain, honest word for the consequence ("verwijdert", "terugbetalen") after a stiff condition:
# the condition is what sounds hard, so the finding points there, with advice for a condition.
@BOTH
@pytest.mark.parametrize("sentence, condition", [
    ("Wordt aan deze brief geen gevolg gegeven, dan verwijdert de gemeente de scooter.",
     "Wordt aan deze brief geen gevolg gegeven"),
    ("Indien aan het verzoek geen gevolg wordt gegeven, wordt de aanhanger weggehaald.",
     "Indien aan het verzoek geen gevolg wordt gegeven"),
    ("Het niet nakomen van de afspraken kan tot gevolg hebben dat u het voorschot moet terugbetalen.",
     "Het niet nakomen van de afspraken kan tot gevolg hebben"),
    ("Het niet voldoen aan deze eisen kan leiden tot het terugbetalen van de bijdrage.",
     "Het niet voldoen aan deze eisen kan leiden tot"),
])
def test_a_stiff_condition_is_named_instead_of_the_plain_consequence(sentence, condition, settings):
    found = [f for f in findings_for(sentence, ("tone",), settings) if f.rule == "TON001"]
    assert [f.text for f in found] == [condition]
    # its own advice, about the condition; not the calm note about the consequence
    assert found[0].message.startswith(f"Dreigend: '{condition}'. Deze voorwaarde is stijf en vaag.")


@BOTH
@pytest.mark.parametrize("sentence, texts", [
    # a plain condition: the consequence is still the finding
    ("Als u niet reageert, verwijdert de gemeente de scooter.", ["verwijdert"]),
    ("Als u zich niet aan de afspraken houdt, moet u het voorschot terugbetalen.", ["terugbetalen"]),
    # beside a stiff condition, a hard word for the consequence stays a finding of its own
    ("Wordt aan deze brief geen gevolg gegeven, dan wordt de sloep vernietigd.",
     ["Wordt aan deze brief geen gevolg gegeven", "vernietigd"]),
])
def test_only_the_plain_words_yield_to_a_stiff_condition(sentence, texts, settings):
    assert threats(sentence, settings) == texts


# Enforcement the reader asked for himself is aimed at someone else: no threat to him. A request
# without "uw" may come from the neighbours, and then the reader is the one the measure is for.
@BOTH
@pytest.mark.parametrize("letter", [
    "Op 4 maart heeft u ons gevraagd op te treden tegen de aanbouw van uw buren. Wij gaan handhavend optreden.",
    "Wij hebben uw verzoek om handhaving ontvangen.\n\nWij bekijken nu wat dit betekent voor het handhavend optreden.",
    "Bedankt voor uw handhavingsverzoek. De eigenaar van de steiger krijgt een last onder dwangsom.",
])
def test_enforcement_the_reader_asked_for_is_no_threat_to_him(letter, settings):
    assert threats(letter, settings) == []


@BOTH
@pytest.mark.parametrize("letter, text", [
    ("Er is een verzoek om handhaving binnengekomen. Wij hebben besloten handhavend op te treden.",
     "handhavend op te treden"),
    ("Uw buren hebben een handhavingsverzoek ingediend. Wij leggen u een last onder dwangsom op.",
     "last onder dwangsom"),
])
def test_enforcement_someone_else_asked_for_stays_a_threat_to_the_reader(letter, text, settings):
    assert threats(letter, settings) == [text]


# A sentence that explains a measure does not threaten with it.
@BOTH
@pytest.mark.parametrize("sentence", [
    "Een last onder bestuursdwang betekent dat de gemeente het probleem zelf oplost.",
    "Bestuursdwang is een manier waarop de gemeente zelf ingrijpt.",
    "De last onder dwangsom houdt in dat de eigenaar een bedrag per week betaalt.",
    "Onder handhavend optreden verstaan wij dat wij controleren of iedereen zich aan de regels houdt.",
])
def test_a_sentence_that_explains_a_measure_is_no_threat(sentence, settings):
    assert threats(sentence, settings) == []


@BOTH
@pytest.mark.parametrize("sentence, texts", [
    # the measure announced to the reader
    ("Als de aanbouw blijft staan, leggen wij u een last onder dwangsom op.", ["last onder dwangsom"]),
    # the explanation, not the consequence in it: that the boat is towed away stays a finding
    ("Een last onder bestuursdwang houdt in dat de sloep wordt weggesleept als de eigenaar niet reageert.",
     ["weggesleept"]),
    # an explanation after the measure, not of it: the announcement stays
    ("Dan leggen wij de eigenaar een last onder bestuursdwang op, dit is een besluit van de gemeente.",
     ["last onder bestuursdwang"]),
])
def test_a_measure_announced_stays_a_threat(sentence, texts, settings):
    assert threats(sentence, settings) == texts


@BOTH
def test_dan_wel_is_no_condition(settings):
    # "…, dan wel …" means "or": no consequence, so taking the boat away is no threat here
    assert threats("Het waterschap kan de oude sloep opknappen, dan wel verkopen.", settings) == []
    assert threats("Wordt aan deze brief geen gevolg gegeven, dan wordt de sloep verkocht.", settings) == [
        "Wordt aan deze brief geen gevolg gegeven"]


@pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])
def test_a_sentence_before_a_colon_is_no_label(settings):
    # a label names a subject ("Kosten van de overtreding: …"); a sentence with a person or a verb is no label
    for text in ("Wij verwijderen uw boot als u niet betaalt: de kosten zijn voor u.",
                 "Als u niet betaalt, verwijderen wij uw boot: dat kost u 500 euro."):
        assert [f.text for f in findings_for(text, settings=settings) if f.rule == "TON001"] == ["verwijderen"]


@BOTH
def test_a_term_in_brackets_after_its_explanation_is_no_threat(settings):
    """"op uw kosten ongedaan maken (bestuursdwang)": the sentence says it plainly, the bracket names it."""
    assert threats("Als u niets doet, maken wij de overtreding op uw kosten ongedaan (bestuursdwang).", settings) == []
    assert threats("Als u niets doet, passen wij bestuursdwang toe.", settings) != []


@BOTH
def test_an_accusation_under_a_condition_gets_the_if_message(settings):
    """"Indien blijkt dat u onjuiste informatie heeft verstrekt": nothing is wrong yet; "Zeg wat er niet
    klopt" does not fit there, a calm "als iets niet klopt" does."""
    def messages(text):
        return [f.message for f in findings_for(text, settings=settings) if f.rule == "TON001"]
    hypothetical = messages("Indien blijkt dat u onjuiste informatie heeft verstrekt, trekken wij het besluit in.")
    assert len(hypothetical) == 1 and "Hier staat een voorwaarde" in hypothetical[0]
    said = messages("U heeft ons onjuiste informatie gegeven over uw inkomen.")
    assert len(said) == 1 and "Hier staat een voorwaarde" not in said[0]


# --- TON004: the reader as "u" and as "je" in one letter -------------------------------------

_BOTH = pytest.mark.parametrize("settings", [Settings(), Settings(model=None)], ids=["parsed", "fast"])


def _ton004(text, settings=None):
    return [(f.text, f.suggestions, f.advice) for f in findings_for(text, settings=settings) if f.rule == "TON004"]


@_BOTH
def test_a_stray_je_in_a_letter_that_says_u_is_flagged(settings):
    text = "Uw partner heeft u uitgenodigd. Klik op de knop of open het adres in jouw browser."
    assert _ton004(text, settings) == [("jouw", ("uw",), ())]


@_BOTH
def test_a_stray_u_in_a_letter_that_says_je_is_flagged(settings):
    text = "Je hebt je aanmeldingen gewijzigd. Wil u zich voor een dag aanmelden? Dan kan dat in de app."
    ((word, suggestions, advice),) = _ton004(text, settings)
    assert word == "u" and suggestions == () and "pas het werkwoord aan" in advice[0]


def test_a_stray_u_after_a_preposition_at_the_end_becomes_jou():
    text = "Je hebt je aanmelding gewijzigd. Je krijgt een mail. Die mail is voor u."
    assert _ton004(text) == [("u", ("jou",), ())]


def test_a_possessive_je_gets_uw_with_the_parse():
    text = "Uw partner heeft u uitgenodigd. Klik op de knop of open het adres in je browser."
    assert _ton004(text) == [("je", ("uw",), ())]


@_BOTH
@pytest.mark.parametrize(
    "text",
    [
        "Uw aanvraag is binnen. Wij bellen u volgende week.",
        "Je aanvraag is binnen. We bellen je volgende week.",
        # a name or a quotation is no form of address
        "U meldt zich aan in de app 'Kies je kraam'. Wij sturen u een bevestiging.",
        # a line that stands twice, as in the letterhead and under the signature, is a name (review 109)
        "Kies je kraam\n\nBeste ondernemer,\n\nU bent ingedeeld op de markt.\n\nMet vriendelijke groet,\n"
        "Marktbureau\n\nKies je kraam",
        'Op het bord staat "Let op je spullen". Wij vragen u daar op te letten.',
        # a template field, and a sentence in another language
        "Beste {{ je_naam }}, wij hebben uw brief gekregen. U hoort binnen een week van ons.",
        "U kunt ons altijd bellen.\n\nThis letter is important. Have it translated if you do not understand it.",
        # "u" after a time is "uur"
        "Je kunt ons bellen van 9.00 tot 12.00 u of langskomen. We helpen je graag.",
    ],
)
def test_one_form_of_address_is_fine(text, settings):
    assert _ton004(text, settings) == []


def test_a_sentence_that_stands_twice_is_still_a_form_of_address():
    # only a short line without punctuation is a name (code read 111)
    text = ("Uw aanvraag is binnen.\nHeb je vragen? Bel ons dan op 14 020.\nWij bellen u volgende week.\n"
            "Heb je vragen? Bel ons dan op 14 020.\n")
    assert [word for word, _, _ in _ton004(text)] == ["je", "je"]


def test_a_stray_form_is_flagged_once_a_sentence():
    text = "U krijgt een brief. Bewaar u de brief goed. Stuur je formulier en je foto mee. Bel ons als u vragen heeft."
    assert [word for word, _, _ in _ton004(text)] == ["je"]


# --- TON005: words in capitals ---------------------------------------------------------------


def _ton005(text, settings=None):
    return [(f.text, f.suggestions) for f in findings_for(text, settings=settings) if f.rule == "TON005"]


@_BOTH
def test_an_everyday_word_in_capitals_is_shouting(settings):
    assert _ton005("Op maandag bent u NIET ingedeeld op de markt.", settings) == [("NIET", ("niet",))]
    # the capitals in a row are one finding, once a sentence
    assert _ton005("LET OP: u moet de aanvraag VOOR 1 mei sturen.", settings) == [("LET OP", ("Let op",))]


@_BOTH
@pytest.mark.parametrize(
    "text",
    [
        "Bel de GGD of het UWV. Dit staat in hoofdstuk II.",  # abbreviations, a Roman number
        "BESLUIT OP BEZWAAR\n\nWij hebben uw bezwaar gelezen.",  # a heading all in capitals
        "Gemeente Ede\nPostbus 9022\n6710 HK EDE\n\nWij hebben uw brief gekregen.",  # an address
        "Op de doos staat 'NIET KANTELEN'. Zet hem rechtop.",  # a quotation
        "Het is OK zo. Tot ziens.",  # a short word in capitals is mostly an abbreviation
        "De hulp komt in natura (ZIN) van een zorgaanbieder.",  # an abbreviation, introduced in brackets
        "Je kunt nu TOP gebruiken.\n\nTOP\nTaalhuizen",  # a name: a line of its own elsewhere
    ],
)
def test_capitals_that_do_not_shout(text, settings):
    assert _ton005(text, settings) == []
