"""The sentence splitter knows letters: abbreviations, salutations, addresses, lists."""

from __future__ import annotations

import pytest

from tests.helpers import context_for


def sentences(text):
    return [s.text.strip() for s in context_for(text).sentences]


@pytest.mark.parametrize(
    "text",
    [
        "Dit geldt o.a. voor de Wmo.",
        "U kunt bijv. op maandag komen.",
        "Wij sturen dit t.a.v. de heer Jansen.",
        "Stuur het formulier z.s.m. terug.",
        "Dit staat in art. 4 van de wet.",
        "Het gaat om nr. 12 van de lijst.",
        "U betaalt € 1.234,56 voor 1 januari 2026.",
        "Kom op 12-03-2026 om 10.00 uur.",
        "Bel dhr. J. de Vries op tel. 020 123 45 67.",
        # a comma, semicolon or colon goes on with the sentence, also after an abbreviation
        "In de vergadering van 3 mei jl., waar ook de wethouder was, is dit besproken.",
        "Wij zagen u op 3 mei jl.; daarna hoorden wij niets meer.",
    ],
)
def test_one_sentence(text):
    assert sentences(text) == [text]


def test_an_acronym_that_keeps_the_full_stop_ends_the_sentence_before_a_capital():
    # spaCy keeps the full stop on "B&W." and "WW."; initials ("A.B.") are no such acronym
    assert sentences("Het plan is vastgesteld door het college van B&W. In het plan staan de contouren.") == [
        "Het plan is vastgesteld door het college van B&W.",
        "In het plan staan de contouren.",
    ]
    assert len(sentences("Bel de heer A.B. Jansen als u vragen heeft.")) == 1


def test_an_abbreviation_that_closes_a_phrase_ends_the_sentence_before_a_capital():
    assert sentences("Wij kregen uw brief van 28 augustus jl. Naar aanleiding daarvan bellen wij u.") == [
        "Wij kregen uw brief van 28 augustus jl.",
        "Naar aanleiding daarvan bellen wij u.",
    ]
    assert sentences("Neem uw paspoort, rijbewijs enz. mee. Wij wachten op u.") == [
        "Neem uw paspoort, rijbewijs enz. mee.",
        "Wij wachten op u.",
    ]
    # other short abbreviations do not: a name may follow them
    assert len(sentences("Bel dhr. Jansen op tel. 020 123 45 67 als u vragen heeft.")) == 1


def test_two_sentences():
    assert sentences("Wij hebben uw brief gekregen. U hoort binnen twee weken van ons.") == [
        "Wij hebben uw brief gekregen.",
        "U hoort binnen twee weken van ons.",
    ]


def test_question_and_quote():
    assert sentences('Heeft u vragen? Bel ons. Hij zei: "Kom maar." Dat is goed.') == [
        "Heeft u vragen?", "Bel ons.", 'Hij zei: "Kom maar."', "Dat is goed.",
    ]


def test_letter_blocks():
    letter = (
        "Gemeente Voorbeeld\nPostbus 123\n1000 AB Voorbeeld\n\n"
        "Geachte heer Jansen,\n\n"
        "Wij hebben uw aanvraag gekregen. U krijgt:\n"
        "- een pas\n- een folder\n\n"
        "Met vriendelijke groet,\n\nFatima el Amrani\n"
    )
    assert sentences(letter) == [
        "Gemeente Voorbeeld", "Postbus 123", "1000 AB Voorbeeld",
        "Geachte heer Jansen,",
        "Wij hebben uw aanvraag gekregen.", "U krijgt:",
        "- een pas", "- een folder",
        "Met vriendelijke groet,",
        "Fatima el Amrani",
    ]


def test_wrapped_mail_lines_stay_one_sentence():
    text = (
        "Wij hebben uw aanvraag voor een parkeervergunning goed ontvangen en\n"
        "Wij gaan die nu bekijken.\n"
    )
    assert len(sentences(text)) == 1


def test_a_name_wrapped_after_its_initials_stays_in_its_sentence():
    text = (
        "Daarna gaan we het traject verder in gang zetten onder leiding van projectleider J.\n"
        "Boerema.\n\n"
        "Zie bijlage A.\n"
        "Wij sturen u ook een kaart.\n\n"
        "De bijeenkomst is in zaal B.\n"
        "Na afloop is er koffie.\n"
    )
    assert sentences(text) == [
        "Daarna gaan we het traject verder in gang zetten onder leiding van projectleider J.\nBoerema.",
        "Zie bijlage A.", "Wij sturen u ook een kaart.", "De bijeenkomst is in zaal B.", "Na afloop is er koffie.",
    ]


# A web page or a Word text pasted as plain text: one paragraph a line, no blank lines, lines longer
# than any mail program wraps (review 102: "… via info@purmerend.nl" + "Met vriendelijke groet," was
# one sentence of 27 words, and the whole letter one paragraph).
UNWRAPPED = (
    "Beste bewoner,\n"
    "Wij gaan in het najaar beginnen met de werkzaamheden in uw straat, zodra wij een aannemer hebben gevonden.\n"
    "Heeft u vragen, dan kunt u mij bellen via telefoonnummer 0299 452 452 of mailen naar info@purmerend.nl\n"
    "Met vriendelijke groet,\n"
    "Kevin de Vries\n"
)


def test_in_a_block_no_program_wrapped_a_line_that_begins_with_a_capital_begins_a_sentence():
    found = sentences(UNWRAPPED)
    assert "Met vriendelijke groet," in found and not any(s.endswith("groet,") and len(s) > 30 for s in found)


def test_in_a_block_no_program_wrapped_each_such_line_is_a_paragraph():
    paragraphs = [p.text.strip() for p in context_for(UNWRAPPED).analysis.paragraphs]
    assert paragraphs[0] == "Beste bewoner," and len(paragraphs) == 5


def test_a_short_wrapped_block_keeps_its_lines_together():
    # lines of at most 100 characters: a mail program may have wrapped them
    text = "Wij hebben uw aanvraag voor een parkeervergunning goed ontvangen en\nWij gaan die nu bekijken.\n\nGroet,\nJan\n"
    assert len(context_for(text).analysis.paragraphs) == 2


def _block_of(length: int) -> str:
    """A paragraph whose first line has `length` characters, then a line that begins with a capital."""
    first = ("Wij gaan in het najaar beginnen met de werkzaamheden in uw straat, zodra wij een aannemer "
             "hebben gevonden en de planning rond is")[:length]
    return first + "\nDaarna krijgt u een brief van ons.\n"


def test_the_longest_wrapped_line_is_100_characters():
    from b1check.language.analyse import LONGEST_WRAPPED_LINE, unwrapped_lines

    assert LONGEST_WRAPPED_LINE == 100
    assert unwrapped_lines(_block_of(100)) == frozenset()
    assert unwrapped_lines(_block_of(101)) == frozenset({102})
    # the same letter with Windows line ends, indented, or with a long link, is measured alike
    assert unwrapped_lines(_block_of(100).replace("\n", "\r\n")) == frozenset()
    assert unwrapped_lines("   " + _block_of(100)) == frozenset()
    wrapped_with_link = ("Meer informatie vindt u op https://www.purmerend.nl/parkeren/vergunningen/bewoners/aanvragen/kosten\n"
                         "U kunt de vergunning aanvragen als u bent ingelogd met uw\nDigiD.\n")
    assert unwrapped_lines(wrapped_with_link) == frozenset()


def test_in_an_unwrapped_block_a_line_after_an_article_goes_on():
    text = ("Wij gaan in het najaar beginnen met de werkzaamheden in uw straat, zodra wij een aannemer hebben gevonden.\n"
            "U kunt de vergunning aanvragen als u bent ingelogd op de website met uw\nDigiD en uw auto.\n")
    assert "U kunt de vergunning aanvragen als u bent ingelogd op de website met uw DigiD en uw auto." in [
        " ".join(s.split()) for s in sentences(text)]


def test_lowercase_continuation_stays_one_sentence():
    assert len(sentences("U krijgt het geld\nop uw rekening.")) == 1


def test_placeholder_is_one_word():
    context = context_for("Beste {{ aanvrager.naam }}, u krijgt [vul bedrag in] van ons.")
    placeholders = [t for t in context.doc if t._.placeholder is not None]
    assert [t._.placeholder for t in placeholders] == ["aanvrager.naam", "vul bedrag in"]


def test_text_without_full_stops_is_cut_into_sentences_of_at_most_the_maximum():
    """A table dump or pasted list without full stops is not one sentence of thousands of words:
    the checks that look across a sentence per finding would take quadratic time."""
    from b1check.language.analyse import MAX_SENTENCE_WORDS

    text = "Wij verzoeken u het formulier in te vullen en " * 100
    found = context_for(text).sentences
    assert len(found) > 1
    assert all(len([t for t in s if not t.is_space]) <= MAX_SENTENCE_WORDS for s in found)
    assert sum(len([t for t in s if not t.is_space]) for s in found) == len(text.split())


def test_a_special_case_split_in_two_leaves_every_token_its_own_edges():
    # spaCy's tokenizer splits "n.C.?" by a special case and leaves the edges of every later
    # token one too far on; without a parse, asking for a token's children then read past the
    # end of the doc (a crash of `check --fast` on UD Dutch text).
    from b1check.language.analyse import analyse
    from b1check.load import load_text

    # (only without the parse: the parse sets every edge again)
    doc = analyse(load_text("Wat deden de Romeinen in 43 n.C.? Het regent. Wij vinden het voornemen goed."), None).doc
    assert [(token.left_edge.i <= token.i <= token.right_edge.i) for token in doc] == [True] * len(doc)
    assert all(list(token.children) == [] for token in doc)


def test_a_link_without_its_full_stop_ends_the_sentence_before_a_word_that_opens_one():
    assert sentences("Bekijk de afvalwijzer op www.gemeente-voorbeeld.nl/afval Dan ziet u wat de regels zijn.") == [
        "Bekijk de afvalwijzer op www.gemeente-voorbeeld.nl/afval",
        "Dan ziet u wat de regels zijn.",
    ]
    assert sentences("Kijk op www.gemeente-voorbeeld.nl/afval  Dan ziet u het.") == [
        "Kijk op www.gemeente-voorbeeld.nl/afval", "Dan ziet u het."]
    # a name after a link goes on with the sentence
    assert sentences("Kijk op www.gemeente-voorbeeld.nl Amsterdam voor meer.") == [
        "Kijk op www.gemeente-voorbeeld.nl Amsterdam voor meer."
    ]


def test_a_word_with_a_curly_apostrophe_is_one_word():
    # spaCy splits "zo’n" and "auto’s" at the curly apostrophe, not "zo'n" (review 104: counts off by 1 or 2)
    context = context_for("Er komen zo’n 20 mensen met hun auto’s naar ’t plein.")
    assert context.word_count(context.sentences[0]) == 11
    straight = context_for("Er komen zo'n 20 mensen met hun auto's naar 't plein.")
    assert straight.word_count(straight.sentences[0]) == 11
