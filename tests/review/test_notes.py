"""`b1check review` and the notes of a letter: a finding in a footnote or endnote gets its
comment in the note itself (Word and LibreOffice allow comments there), and a safe
replacement in a note is a tracked change in the note. Every copy is opened again."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile

import docx
import pytest

from b1check.load import load_bytes
from b1check.review import review_bytes, review_file
from tests.letter_files import make_docx_with_notes, make_odt_with_notes
from tests.review.word_files import anchored_texts, note_roots, resolve_all

LETTER = "Geachte heer Jansen,\n\nU vroeg om een nieuwe pas. Die pas is klaar.\n\nMet vriendelijke groet,\n\nPiet de Boer"
FOOTNOTE = "Indien u vragen heeft, verzoeken wij u het formulier te retourneren."
ENDNOTE = "Wij verzoeken u te bellen."
NOW = dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def reviewed():
    data = make_docx_with_notes(LETTER, [(1, "footnote", FOOTNOTE), (1, "endnote", ENDNOTE)])
    return data, review_bytes(data, "brief.docx", now=NOW)


def test_findings_in_notes_are_named_in_the_comment_on_the_letter(reviewed):
    # Word allows comments in notes, but LibreOffice then cannot open the copy: the findings in
    # notes go into the comment on the letter, with where they are, as those in a header do.
    _, review = reviewed
    in_notes = [f for f in review.report.findings if f.rule == "WRD001"]
    assert {f.text for f in in_notes} == {"Indien", "verzoeken", "te retourneren", "Wij verzoeken u"}
    assert not any(f is done for f in in_notes for done in review.anchored)
    assert all(any(f is named for named in review.in_first_comment) for f in in_notes)
    copy = docx.Document(io.BytesIO(review.data))  # the copy opens
    assert sorted(anchored_texts(copy).values()) == ["Geachte heer Jansen,"]
    assert not any(e.tag.endswith("}commentReference") for root in note_roots(copy) for e in root.iter())
    letter = {str(c.comment_id): c.text for c in copy.comments}["0"]
    assert "B1:" in letter and "In een voetnoot, 'Indien'" in letter and "In een eindnoot, 'Wij verzoeken u'" in letter


def test_a_safe_replacement_in_a_note_is_a_tracked_change_in_the_note(reviewed):
    original, review = reviewed
    assert [(f.text, f.fix) for f in review.replaced] == [("Indien", "Als")]
    lines = load_bytes(review.data, "brief.b1check.docx").original.split("\n")
    assert lines[-2] == "Voetnoot: Als u vragen heeft, verzoeken wij u het formulier te retourneren."
    rejected = load_bytes(resolve_all(review.data, accept=False), "brief.docx").original
    assert rejected == load_bytes(original, "brief.docx").original
    accepted = load_bytes(resolve_all(review.data, accept=True), "brief.docx").original
    assert accepted.split("\n")[-2].startswith("Voetnoot: Als u vragen heeft")


def test_revision_and_comment_ids_are_unique_over_body_and_notes(reviewed):
    _, review = reviewed
    copy = docx.Document(io.BytesIO(review.data))
    w_id = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}id"
    changes = [e.get(w_id) for root in [copy.element.body, *note_roots(copy)] for e in root.iter()
               if e.tag.endswith(("}ins", "}del"))]
    comment_ids = {str(c.comment_id) for c in copy.comments}
    assert len(changes) == len(set(changes)) and not set(changes) & comment_ids


def test_the_original_is_never_written(tmp_path):
    letter = tmp_path / "brief.docx"
    data = make_docx_with_notes(LETTER, [(1, "footnote", FOOTNOTE)])
    letter.write_bytes(data)
    review = review_file(letter)
    assert letter.read_bytes() == data
    assert zipfile.ZipFile(tmp_path / "brief.b1check.docx").testzip() is None
    assert review.output.endswith("brief.b1check.docx")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) niet gevonden")
def test_libreoffice_opens_the_copy(reviewed, tmp_path):
    _, review = reviewed
    copy = tmp_path / "brief.b1check.docx"
    copy.write_bytes(review.data)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(copy)],
                   check=True, capture_output=True, timeout=120)
    assert (tmp_path / "brief.b1check.pdf").stat().st_size > 0


def test_odt_a_finding_in_a_note_gets_its_comment_in_the_note():
    review = review_bytes(make_odt_with_notes(LETTER, [(1, "footnote", "Wij verzoeken u het formulier te retourneren.")]),
                          "brief.odt", now=NOW)
    assert {f.text for f in review.anchored} >= {"Wij verzoeken u", "te retourneren"}
    from odf.opendocument import load
    from odf.text import NoteBody
    from odf.office import Annotation

    document = load(io.BytesIO(review.data))  # the copy opens
    body = document.text.getElementsByType(NoteBody)[0]
    assert len(body.getElementsByType(Annotation)) == 2


def test_a_comment_never_runs_from_the_body_into_a_note():
    """A finding over the letter's last paragraph and a note would need marks in two parts:
    it goes into the comment on the first paragraph instead (`Unsafe`)."""
    from b1check.review.document import Unsafe
    from b1check.review.opendocument import OpenDocumentCopy
    from b1check.review.word import WordCopy

    for copy in (WordCopy(make_docx_with_notes(LETTER, [(1, "footnote", ENDNOTE)])),
                 OpenDocumentCopy(make_odt_with_notes(LETTER, [(1, "footnote", ENDNOTE)]))):
        body, note = copy.text.places[-2], copy.text.places[-1]
        with pytest.raises(Unsafe):
            copy.comment((body.element, 0, 3), (note.element, 0, 3), "", NOW)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) niet gevonden")
def test_libreoffice_opens_the_odt_copy_with_comments_in_a_note(tmp_path):
    review = review_bytes(make_odt_with_notes(LETTER, [(1, "footnote", "Wij verzoeken u het formulier te retourneren.")]),
                          "brief.odt", now=NOW)
    copy = tmp_path / "brief.b1check.odt"
    copy.write_bytes(review.data)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(copy)],
                   check=True, capture_output=True, timeout=120)
    assert (tmp_path / "brief.b1check.pdf").stat().st_size > 0
