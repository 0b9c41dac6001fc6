"""Long texts and long runs of characters: analysed in time and memory that grow with the
text, with the same result as in one piece."""

from __future__ import annotations

from pathlib import Path

import pytest

from b1check.check import check_source
from b1check.language import analyse as analyse_module
from b1check.language.analyse import LONG_TEXT, analyse, is_address, pipeline
from b1check.load import load_text
from b1check.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LONG_URL = "https://www.rijksoverheid.nl/ministeries/ministerie-van-volksgezondheid-welzijn-en-sport/contact/bezoekadres-en-routebeschrijving"


def long_letter() -> str:
    """The example letters one after the other until the text is longer than LONG_TEXT."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*/*.txt"))]
    out = []
    while sum(map(len, out)) < LONG_TEXT * 1.3:
        out.extend(texts)
    return "\n\n".join(out)


def _summary(report):
    return [(f.rule, f.start, f.end, f.message, f.suggestions) for f in report.findings], report.metrics.to_dict()


def test_a_long_letter_in_pieces_has_the_findings_and_figures_of_one_piece(monkeypatch):
    text = long_letter()
    pieces = check_source(load_text(text), "lang.txt", Settings())
    monkeypatch.setattr(analyse_module, "LONG_TEXT", len(text) + 1)
    one = check_source(load_text(text), "lang.txt", Settings())
    assert _summary(pieces) == _summary(one)
    assert len(pieces.findings) > 100


def test_a_long_text_goes_through_the_pipeline_in_pieces(monkeypatch):
    sizes = []
    real_pipe = pipeline("b1check").pipe

    def pipe(docs, **kwargs):
        for doc in real_pipe(docs, **kwargs):
            sizes.append(len(doc.text))
            yield doc

    monkeypatch.setattr(pipeline("b1check"), "pipe", pipe)
    analysis = analyse(load_text(long_letter()), "b1check")
    assert len(sizes) > 2 and max(sizes) < analyse_module.PIECE * 2 + 2_000
    assert all(token.lemma_ and token.tag_ for token in analysis.doc if not token.is_space)


@pytest.mark.parametrize("separator", ["\n", " "], ids=["lines", "words"])
def test_a_long_text_without_paragraphs_is_cut_at_lines_or_words(monkeypatch, separator):
    monkeypatch.setattr(analyse_module, "LONG_TEXT", 5_000)
    monkeypatch.setattr(analyse_module, "PIECE", 2_000)
    text = separator.join(["Wij sturen u een brief over uw aanvraag voor een vergunning."] * 300)
    analysis = analyse(load_text(text), "b1check")
    assert analysis.doc.text == text
    assert all(token.lemma_ and token.dep_ for token in analysis.doc if not token.is_space)


def test_sentences_in_and_sentence_of_are_what_a_search_finds():
    analysis = analyse(load_text((EXAMPLES / "bezwaar" / "origineel.txt").read_text(encoding="utf-8")), "b1check")
    for paragraph in analysis.paragraphs:
        expected = [s for s in analysis.sentences if paragraph.start <= s.start < paragraph.end]
        assert analysis.sentences_in(paragraph) == expected
    for token in analysis.doc:
        assert analysis.sentence_of(token.i) == next(s for s in analysis.sentences if s.start <= token.i < s.end)


def test_a_long_run_keeps_its_characters_and_is_named_unless_it_is_an_address():
    emoji = "😀" * 5_000
    text = f"Geachte heer,\n\nZie {emoji}. Of kijk op {LONG_URL}.\n\nUw code: {'AB12' * 40}."
    report = check_source(load_text(text), "brief.txt", Settings())
    runs = [f for f in report.findings if f.rule == "DIF003"]
    assert [f.text for f in runs] == [emoji + ".", "AB12" * 40 + "."]
    assert "5.001 tekens" in runs[0].message
    analysis = analyse(load_text(text), "b1check")
    assert analysis.doc.text == text


def test_a_long_web_address_is_tokenized_as_it_stands():
    assert is_address(LONG_URL) and is_address(f"({LONG_URL}).") and is_address("a." * 60 + "@gemeente.nl")
    assert not is_address("😀" * 200) and not is_address("https://x.nl/" + "(" * 200)
    assert not is_address("https://x.nl/" + "a:" * 60)
    nlp = pipeline(None)
    for text in (f"Kijk op {LONG_URL}.", f"Mail naar {'a.' * 60}b@gemeente.nl, graag."):
        expected = [token.text for token in nlp.tokenizer(text)]
        assert [token.text for token in analyse(load_text(text)).doc] == expected
