"""Long texts and long runs of characters: analysed in time and memory that grow with the
text, with the same result as in one piece."""

from __future__ import annotations

from pathlib import Path

import pytest

from b1check.check import check_file, check_source
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


def _html_letter(paragraphs: int) -> str:
    """An HTML letter whose paragraphs each ask "Wij verzoeken u …", at other columns and lines."""
    out = ["<html><body>", "<h1>Uw aanvraag</h1>"]
    for number in range(paragraphs):
        indent = " " * (number % 7)
        lead = "Over uw aanvraag voor een parkeervergunning. " * (number % 3)
        out.append(f"{indent}<p>{lead}Wij verzoeken u het formulier {number} in te vullen.\n"
                   f"{indent}Daarna sturen wij u een brief.</p>\n")
    out.append("</body></html>")
    return "\n".join(out)


def _positions(report) -> list[tuple[int, int, int, int]]:
    return [(f.line, f.column, f.start, f.end) for f in report.findings]


def test_findings_of_a_letter_in_pieces_point_to_their_line_and_column_in_the_file(tmp_path, monkeypatch):
    path = tmp_path / "brief.html"
    original = _html_letter(120)
    path.write_text(original, encoding="utf-8")
    monkeypatch.setattr(analyse_module, "LONG_TEXT", 3_000)
    monkeypatch.setattr(analyse_module, "PIECE", 1_000)
    pieces = check_file(path, Settings())
    lines = original.split("\n")
    expected = [(line, column + 1) for line, text in enumerate(lines, start=1)
                for column in [text.find("Wij verzoeken u")] if column >= 0]
    found = [(f.line, f.column) for f in pieces.findings if original[f.start : f.end].startswith("Wij verzoeken u")]
    assert len(expected) == 120 and found == expected
    for finding in pieces.findings:  # every finding, not only these: line and column are those of `start`
        before = original[: finding.start]
        assert (finding.line, finding.column) == (before.count("\n") + 1, finding.start - before.rfind("\n"))
    monkeypatch.setattr(analyse_module, "LONG_TEXT", len(original) + 1)
    assert _positions(check_file(path, Settings())) == _positions(pieces)


def test_a_giant_sentence_without_punctuation_never_reaches_the_parser_whole(monkeypatch):
    """A data dump of words without a full stop is cut into sentences of at most MAX_SENTENCE_WORDS
    before the parser sees it; each part is parsed on its own and reported as far too long."""
    from b1check.language.analyse import MAX_SENTENCE_WORDS

    words = ("een de reeds wij gemeente het indien betalen brief u " * 200).split()  # 2,000 words, one line
    text = " ".join(words)
    given = []
    real_pipe = pipeline("b1check").pipe

    def pipe(docs, **kwargs):
        docs = list(docs)
        given.extend(max(len([t for t in s if not t.is_space]) for s in doc.sents) for doc in docs)
        yield from real_pipe(docs, **kwargs)

    monkeypatch.setattr(pipeline("b1check"), "pipe", pipe)
    report = check_source(load_text(text), "dump.txt", Settings())
    assert given and max(given) <= MAX_SENTENCE_WORDS
    analysis = analyse(load_text(text), "b1check")
    for sentence in analysis.sentences:  # the parse never joins two parts (it may split one further)
        assert len(sentence) <= MAX_SENTENCE_WORDS
        assert all(sentence.start <= token.head.i < sentence.end for token in sentence)
    assert any(f.rule == "LEN002" for f in report.findings)


def test_a_dense_text_goes_to_the_parser_in_pieces_of_a_bounded_number_of_tokens(monkeypatch):
    """One-letter lines are two tokens in two characters: a piece of PIECE characters would hold
    ten times the tokens of a letter's piece, and the parser's memory follows the tokens."""
    text = "".join(letter + "\n" for letter in "abcdefghij" * 1_500)  # 15,000 lines: under LONG_TEXT characters
    sizes = []
    real_pipe = pipeline("b1check").pipe

    def pipe(docs, **kwargs):
        for doc in real_pipe(docs, **kwargs):
            sizes.append(len(doc))
            yield doc

    monkeypatch.setattr(pipeline("b1check"), "pipe", pipe)
    analysis = analyse(load_text(text), "b1check")
    assert len(sizes) > 2 and max(sizes) <= analyse_module.PIECE_TOKENS + 2 * analyse_module.CONTEXT
    assert all(token.tag_ for token in analysis.doc if not token.is_space)
