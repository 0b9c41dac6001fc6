"""Every rule runs against its own example and its better version (like LanguageTool)."""

from __future__ import annotations

import re

import pytest

from b1check.model import CATEGORIES
from b1check.rules import CODES_OF, rule_info
from b1check.settings import Settings
from tests.helpers import findings_for, plain_language_findings

INFOS = rule_info()
SENTENCE_CATEGORIES = ("wording", "tone", "nominal-style", "abbreviation", "difficult-word", "sentence-length", "passive")


def test_every_rule_has_texts_and_every_text_a_rule():
    implemented = {code for codes in CODES_OF.values() for code in codes}
    assert implemented | {"SUP001"} == set(INFOS)  # SUP001 is checked in check.py, after the rules


def test_categories_are_the_documented_ones():
    assert {info.category for info in INFOS.values()} == set(CATEGORIES)


FAST, PARSED = "fast", "parsed"
MODELS = {FAST: None, PARSED: "b1check"}
# A rule that needs no parse must work in both modes; a parse rule is off without the parse.
CASES = [(code, mode) for code in sorted(INFOS) for mode in ((PARSED,) if INFOS[code].parse else (FAST, PARSED))]


def _settings(code: str, mode: str) -> Settings:
    # SUP001 judges the other rules' findings, so it needs them all.
    model = MODELS[mode]
    return Settings(model=model) if INFOS[code].needs == "file" else Settings(model=model, select=(code,))


@pytest.mark.parametrize(("code", "mode"), CASES)
def test_example_triggers_rule(code, mode):
    info = INFOS[code]
    rules = [f.rule for f in findings_for(info.example, settings=_settings(code, mode))]
    assert code in rules, f"{code} ({mode}): '{info.example}' geeft {rules}"


@pytest.mark.parametrize(("code", "mode"), CASES)
def test_better_does_not_trigger_rule(code, mode):
    info = INFOS[code]
    rules = [f.rule for f in findings_for(info.better, settings=_settings(code, mode))]
    assert code not in rules, f"{code} ({mode}): '{info.better}' geeft nog {rules}"


@pytest.mark.parametrize("code", sorted(INFOS))
def test_rule_texts_are_plain_language(code):
    """b1check's own Dutch passes b1check: messages, explanations, better versions."""
    info = INFOS[code]
    sample = {
        "text": "dit", "phrase": "dit", "reason": "", "word": "woord", "parts": "woord",
        "abbreviation": "dit", "expansion": "dit", "words": 25, "limit": 20, "auxiliary": "wordt",
        "participle": "betaald", "noun": "dit", "verb": "doen", "number": "dit", "address": "dit",
        "sentences": 8, "first": "dit", "second": "dit", "clauses": 4, "depth": 3, "advice": "dit", "detail": "dit",
        "length": 150,
        "example": "dit", "alternative": "dit",
    }
    variants = [info.format_message({**sample, "variant": name}) for name, _ in info.variants]
    texts = [info.format_message(sample), *variants, info.what, info.why]
    for text in texts:
        # A word between quotes is a mention of what the rule looks for, not use.
        text = re.sub(r"'[^']*'", "dit", text)
        found = plain_language_findings(text, SENTENCE_CATEGORIES)
        assert not found, f"{code}: '{text}' → {[(f.rule, f.text) for f in found]}"
    found = plain_language_findings(info.better, SENTENCE_CATEGORIES)
    assert not found, f"{code} beter: {[(f.rule, f.text) for f in found]}"


def test_verdict_and_input_error_texts_are_plain_language(tmp_path):
    """The other Dutch b1check writes: verdict reasons and why a file was not read."""
    import b1check
    from b1check.load import InputError, load_bytes, load_file
    from b1check.settings import VerdictLimits

    # Judge every measure, however short the text: min_sentences and min_words 1.
    impossible = Settings(verdict=VerdictLimits(0.0, 0.0, 0.0, 0.0, 0.0, min_sentences=1, min_words=1))
    hard = "Ingevolge de verordening wordt uw aanvraag, na afweging van alle belangen, door ons afgewezen."
    strict = VerdictLimits(200.0, 0.0, 0.0, 0.0, 0.0, max_lint_level=1, min_sentences=1, min_words=1)
    texts = list(b1check.check_text(hard, Settings(verdict=strict)).verdict.reasons)
    short = VerdictLimits(200.0, 0.0, 0.0, 0.0, 0.0, max_lint_level=1)
    texts += b1check.check_text(hard, Settings(verdict=short)).verdict.notes
    texts += b1check.check_text("Wij helpen u graag.", impossible).verdict.reasons
    for bad in (b"", b"\x00\x01", bytes([0x81, 0x8D]) * 4):
        try:
            load_bytes(bad, "x.txt")
        except InputError as error:
            texts.append(error.reason)
    for path in (tmp_path / "weg.txt", tmp_path):
        try:
            load_file(path)
        except InputError as error:
            texts.append(error.reason)
    assert len(texts) >= 8
    for text in texts:
        found = plain_language_findings(text, SENTENCE_CATEGORIES)
        assert not found, f"'{text}' → {[(f.rule, f.text) for f in found]}"


def test_no_automatic_fix_inside_a_quotation_that_runs_on():
    """A sentence with a quote mark it does not close may hold someone's own words: the finding
    stays, but `fix` leaves it to the writer. A closed quotation is not flagged at all."""
    def fixes(text):
        return [(f.text, f.fix) for f in findings_for(text) if f.rule == "WRD001"]

    assert fixes("Wij hebben uw brief reeds ontvangen.") == [("reeds", "al")]
    assert fixes('Dat klopt. " Wij hebben uw brief reeds ontvangen, zei hij.') == [("reeds", None)]
    assert fixes("Dat klopt. ,, Wij hebben uw brief reeds ontvangen, zei hij.") == [("reeds", None)]
    assert fixes('Hij zei: "Wij hebben uw brief reeds ontvangen."') == []
    # single quote marks too; an apostrophe is no quote mark
    assert fixes("Dat klopt. ‘Wij hebben uw brief reeds ontvangen, zei hij.") == [("reeds", None)]
    # a paragraph that opens with a mark it does not close is someone's words: not flagged at all
    for mark in ('" ', ",, ", "‘", "' "):
        assert fixes(f"{mark}Wij hebben uw brief reeds ontvangen, zei hij.") == [], mark
    assert fixes("Wij hebben uw brief reeds ontvangen,’ zei hij.") == [("reeds", None)]
    assert fixes("Het woord 'tevens' is reeds bekend.") == [("reeds", "al")]
    # a quotation that opened in an earlier sentence of the paragraph runs on (no fix); a closed one
    # or one in an earlier paragraph does not
    assert fixes('Hij schreef: "Ik kom later. Wij hebben reeds betaald.') == [("reeds", None)]
    assert fixes('Hij schreef: “Ik kom later. Wij hebben reeds betaald.') == [("reeds", None)]
    assert fixes('U schreef: "Ik kom later." Wij hebben reeds betaald.') == [("reeds", "al")]
    assert fixes('Hij schreef: "Ik kom later.\n\nWij hebben reeds betaald.') == [("reeds", "al")]
    for apostrophe in ("z'n brief", "’s avonds uw brief", "'s avonds uw brief", "in de jaren '80 uw brief", "uw foto's"):
        assert fixes(f"Wij hebben {apostrophe} reeds ontvangen.") == [("reeds", "al")], apostrophe


def test_a_quotation_opened_before_is_found_from_the_marks_counted_once_per_text():
    """The marks of the paragraph before a sentence come from one count per text (a text of one
    giant paragraph asked it anew for every finding: quadratic); the answer is that of counting
    the paragraph before the sentence itself, also for blank lines and marks in a row (",,,")."""
    import random

    from b1check.language.analyse import analyse, doc_text
    from b1check.load import load_text
    from b1check.rules import words

    def counted_anew(sentence):
        content = doc_text(sentence.doc)
        before = content[content.rfind("\n\n", 0, sentence.start_char) + 1 : sentence.start_char]
        return any(count > 0 for count in words._double_marks(before))

    pick = random.Random(15).choice
    parts = ["Wij", "schreven", '"', "“", "”", "„", ",,", ",,,", "''", "'", ",", ".", "\n", "\n\n", "\n\n\n", "zei:"]
    seen = set()
    for _ in range(150):
        text = "Geachte heer, " + "".join(pick(parts) + pick([" ", ""]) for _ in range(60)) + " Einde."
        for sentence in analyse(load_text(text), None).sentences:
            expected = counted_anew(sentence)
            assert words._opened_before(sentence) == expected, (text, sentence.text)
            seen.add(expected)
    assert seen == {True, False}


def test_an_adverb_whose_word_stands_close_by_is_left_out_not_swapped():
    """"Tevens kunt u ook …" → "Ook kunt u ook": the plain word is there already, so the old one goes."""
    (finding,) = [f for f in findings_for("Tevens kunt u ook een formulier aanvragen.") if f.rule == "WRD001"]
    assert finding.suggestions == () and finding.fix is None
    assert finding.advice == ("laat 'Tevens' weg: er staat al 'ook'",)
    # further off, or across "en", it is another part of the sentence: the suggestion stays
    (finding,) = [f for f in findings_for("Wij sturen ook een brief en tevens een folder.") if f.rule == "WRD001"]
    assert finding.suggestions == ("ook",)


def test_no_automatic_fix_that_says_a_word_twice():
    """A fix whose word stands elsewhere in the sentence already ("Al … al") is left to the writer:
    the old word may better go. The suggestion stays. Only for adverbs: "en" for "alsmede" and "als"
    for "indien" are words a sentence often has twice."""
    def fixes(text):
        return [(f.text, f.suggestions[:1], f.fix) for f in findings_for(text) if f.rule == "WRD001"]

    assert fixes("Reeds in de komende nacht is het al koud.") == [("Reeds", ("Al",), None)]
    assert fixes("Wij sturen ook een brief en tevens een folder.") == [("tevens", ("ook",), None)]
    assert fixes("Reeds in de komende nacht is het koud.") == [("Reeds", ("Al",), "Al")]
    assert fixes("U krijgt een brief en een pas, alsmede een folder.") == [("alsmede", ("en",), "en")]
    assert fixes("Indien u wilt bouwen, vraag dan als eigenaar een vergunning aan.") == [("Indien", ("Als",), "Als")]
