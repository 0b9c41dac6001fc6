"""`b1check review` of a letter with hidden text (instructions in a template): no comment on what
the reader does not see, every comment on exactly its visible words, and the tracked changes
leave the hidden text as it was, whether the writer accepts or rejects them."""

from __future__ import annotations

import copy
import datetime as dt
import io

import docx
from docx.oxml.ns import qn

from b1check.fixes import apply_fixes
from b1check.load import load_bytes
from b1check.review import review_bytes

from tests.letter_files import make_docx_template, make_odt_template
from tests.review.test_review import odf_anchored_texts, odf_formatted_characters
from tests.review.word_files import anchored_texts, parts, resolve_all

NOW = dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.timezone.utc)
HIDING_STYLES = {"Instructie", "Instructieklein", "Aanwijzing"}  # the style ids of the template's hidden styles


def _hidden(run) -> bool:
    """Hidden as the template makes it: by the run itself or by one of its hidden styles (written
    apart from b1check's own reading of the styles)."""
    paragraph = next(run.iterancestors(qn("w:p")))
    styles = {element.get(qn("w:val")) for element in (*run.iter(qn("w:rStyle")), *paragraph.iter(qn("w:pStyle")))}
    marks = [*run.iter(qn("w:vanish")), *run.iter(qn("w:specVanish"))]
    return bool(styles & HIDING_STYLES) or any(mark.get(qn("w:val")) != "0" for mark in marks)


def visible(document):
    """The document as the reader sees it: hidden runs taken out."""
    document = copy.deepcopy(document)
    for root in parts(document):
        for run in [run for run in root.iter(qn("w:r")) if _hidden(run)]:
            run.getparent().remove(run)
    return document


def full_text(data: bytes) -> str:
    """Every character of the body, hidden or not."""
    document = docx.Document(io.BytesIO(data))
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in document.element.body.iter(qn("w:p")))


def test_no_comment_on_hidden_text_and_each_comment_on_exactly_its_visible_words():
    data = make_docx_template()
    review = review_bytes(data, "brief.docx", now=NOW)
    assert {(f.line, f.text) for f in review.anchored} == {(3, "Wij verzoeken u"), (5, "Indien"), (5, "middels"),
                                                           (6, "Teneinde")}
    reviewed = docx.Document(io.BytesIO(review.data))
    anchored = anchored_texts(visible(reviewed))
    comments = sorted(reviewed.comments, key=lambda c: c.comment_id)
    assert len(comments) == len(review.anchored) + 1
    for comment, finding in zip(comments[1:], review.anchored):
        assert anchored[str(comment.comment_id)] == finding.text


def test_a_change_over_hidden_text_keeps_it_whether_accepted_or_rejected():
    data = make_docx_template()
    review = review_bytes(data, "brief.docx", now=NOW)
    assert {f.text for f in review.replaced} == {"Indien", "middels", "Teneinde"}
    accepted = resolve_all(review.data, accept=True)
    assert load_bytes(accepted, "brief.docx").original == apply_fixes(load_bytes(data, "brief.docx").original,
                                                                      review.report.findings)[0]
    assert "[naam]Om de termijn" in full_text(accepted)  # the hidden text stays, before the new word
    assert full_text(resolve_all(review.data, accept=False)) == full_text(data)


def test_odt_no_comment_on_hidden_text_and_each_comment_on_exactly_its_words():
    data = make_odt_template()
    review = review_bytes(data, "brief.odt", now=NOW)
    assert [(f.line, f.text) for f in review.anchored] == [(5, "Wij verzoeken u"), (7, "Indien"), (7, "middels"),
                                                           (8, "Teneinde")]
    anchored = odf_anchored_texts(review.data)  # every character between the marks, hidden or not
    assert anchored == {
        "b1check-1": "Geachte heer Jansen,",  # the comment on the letter
        "b1check-2": "Wij verzoeken u",
        "b1check-3": "Indien",
        "b1check-4": "middels",
        "b1check-5": "Tenein[naam]de",  # the word the reader sees, with the hidden text inside it
    }
    assert load_bytes(review.data, "brief.odt").original == load_bytes(data, "brief.odt").original
    assert odf_formatted_characters(review.data) == odf_formatted_characters(data)


def test_a_hidden_paragraph_mark_joins_two_paragraphs_and_each_comment_stays_on_its_words():
    from tests.load.test_hidden import make_docx_hidden_marks

    data = make_docx_hidden_marks()
    review = review_bytes(data, "brief.docx", now=NOW)
    assert {(f.line, f.column, f.text) for f in review.anchored} >= {(2, 1, "Wij verzoeken u"), (3, 26, "teneinde"),
                                                                     (5, 1, "Indien")}
    reviewed = docx.Document(io.BytesIO(review.data))
    anchored = anchored_texts(reviewed)
    comments = sorted(reviewed.comments, key=lambda c: c.comment_id)
    assert len(comments) == len(review.anchored) + 1
    for comment, finding in zip(comments[1:], review.anchored):
        assert anchored[str(comment.comment_id)].replace("\n", "") == finding.text.replace("\n", "")
    assert {f.text for f in review.replaced} == {"teneinde", "Indien"}
    accepted = resolve_all(review.data, accept=True)
    assert load_bytes(accepted, "brief.docx").original == apply_fixes(load_bytes(data, "brief.docx").original,
                                                                      review.report.findings)[0]
