"""Footnotes and endnotes of a Word or OpenDocument letter are read and checked like the body.

They come after the letter (after the footers), footnotes first, each note in the
order of its reference mark, each paragraph a line that starts with "Voetnoot:"
or "Eindnoot:". The checks of the whole letter (contact, next step) do not read them.
"""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from b1check.check import check_source
from b1check.load import load_bytes

from tests.letter_files import make_docx, make_docx_with_notes, make_odt_with_notes

LETTER = "Geachte heer Jansen,\n\nU vroeg om een nieuwe pas. Die pas is klaar.\n\nMet vriendelijke groet,\n\nPiet de Boer"
REQUEST = "Wij verzoeken u het formulier te retourneren."
MAKERS = {"docx": make_docx_with_notes, "odt": make_odt_with_notes}


def findings(data: bytes, name: str):
    source = load_bytes(data, name)
    return source, check_source(source, name)


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_a_bureaucratic_phrase_in_a_footnote_is_found_at_its_line_and_column(fmt):
    source, report = findings(MAKERS[fmt](LETTER, [(1, "footnote", REQUEST)]), f"brief.{fmt}")
    lines = source.original.split("\n")
    assert lines[-1] == "Voetnoot: " + REQUEST  # the note is the last line, after the letter
    found = {(f.rule, f.text): (f.line, f.column) for f in report.findings}
    assert found[("WRD001", "Wij verzoeken u")] == (len(lines), len("Voetnoot: ") + 1)
    assert found[("WRD001", "te retourneren")] == (len(lines), len("Voetnoot: Wij verzoeken u het formulier ") + 1)
    # The label is for the reader of the extracted text; b1check does not read it as a word.
    assert "Voetnoot" not in source.text


def test_footnotes_come_before_endnotes_each_in_the_order_of_their_marks():
    data = make_docx_with_notes(LETTER, [(1, "endnote", "Eerste eindnoot."), (0, "footnote", "Noot bij de aanhef."),
                                         (1, "footnote", "Noot bij de pas.")])
    lines = load_bytes(data, "brief.docx").original.split("\n")
    assert lines[-3:] == ["Voetnoot: Noot bij de aanhef.", "Voetnoot: Noot bij de pas.", "Eindnoot: Eerste eindnoot."]
    # Word's separator notes are no text.
    assert len(lines) == 4 + 3


TRACKED = ('<w:r><w:t xml:space="preserve">Stuur het formulier </w:t></w:r>'
           '<w:del w:id="91" w:author="Piet" w:date="2024-05-01T10:00:00Z"><w:r>'
           '<w:delText>zo spoedig mogelijk</w:delText></w:r></w:del>'
           '<w:ins w:id="92" w:author="Piet" w:date="2024-05-01T10:00:00Z"><w:r>'
           '<w:t>binnen twee weken</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> terug.</w:t></w:r>')


def test_a_tracked_deletion_in_a_note_is_not_read_and_an_insertion_is():
    source, report = findings(make_docx_with_notes(LETTER, [(1, "footnote", TRACKED)]), "brief.docx")
    assert source.original.split("\n")[-1] == "Voetnoot: Stuur het formulier binnen twee weken terug."
    assert "spoedig" not in source.text
    assert not [f for f in report.findings if "spoedig" in f.text]


def test_a_note_whose_mark_was_deleted_is_not_read():
    data = make_docx_with_notes(LETTER, [(1, "footnote", REQUEST)])
    document = docx.Document(io.BytesIO(data))
    reference = next(document.element.body.iter(qn("w:footnoteReference"))).getparent()
    deletion = OxmlElement("w:del", attrs={qn("w:id"): "50", qn("w:author"): "Piet"})
    reference.addprevious(deletion)
    deletion.append(reference)
    out = io.BytesIO()
    document.save(out)
    assert "Voetnoot" not in load_bytes(out.getvalue(), "brief.docx").original


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_contact_details_and_next_step_in_a_note_do_not_count_for_the_letter(fmt):
    """A reader may skip a note: the phone number, the contact person and what to do belong in the letter."""
    note = "Heeft u vragen? Bel Piet de Boer op 020 123 4567 of mail naar p.deboer@gemeente.nl."
    source, report = findings(MAKERS[fmt](LETTER, [(1, "footnote", note)]), f"brief.{fmt}")
    assert report.contact.phone == "none" and report.contact.email == "none"
    rules = {f.rule for f in report.findings}
    assert {"CON002", "CON005", "STR002"} <= rules
    closing_line = source.original.split("\n").index("Met vriendelijke groet,") + 1
    for finding in report.findings:
        if finding.rule in ("CON002", "CON005", "STR002"):
            assert finding.line == closing_line  # the letter's closing, not the note
    # The same words in the letter itself do count.
    plain = check_source(load_bytes(make_docx(LETTER + "\n\n" + note), "brief.docx"), "brief.docx")
    assert plain.contact.phone != "none" and plain.contact.email != "none"


def test_a_letter_without_notes_reads_as_before():
    source = load_bytes(make_docx(LETTER), "brief.docx")
    assert source.letter_end is None
    assert source.original == LETTER.replace("\n\n", "\n")
