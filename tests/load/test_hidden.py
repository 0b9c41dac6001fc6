"""Hidden text (Word's *Verborgen*, ODF's `text:display="none"`) is not read: the reader never sees it.

Templates keep instructions for the writer that way. Hidden by the run itself (`w:vanish`,
`w:specVanish`), by its character style, or by its paragraph style, also through `w:basedOn`.
Every paragraph stays a line, so the line and column of every other finding stay true.
"""

from __future__ import annotations

import io

import docx
from docx.enum.style import WD_STYLE_TYPE

from b1check.check import check_source
from b1check.load import load_bytes

from tests.letter_files import make_docx_template

def test_hidden_text_is_not_read_and_every_paragraph_stays_its_line():
    source = load_bytes(make_docx_template(), "brief.docx")
    assert source.original.split("\n") == [
        "Geachte heer Jansen,",
        "",
        "Wij verzoeken u het formulier te sturen.",
        "",
        "Indien u vragen hebt, bel ons. Bel middels 14 020.",
        "Teneinde de termijn te halen, stuurt u het formulier voor 1 mei.",
        "Met vriendelijke groet, Jan de Vries, 06 12345678, jan@gemeente.nl",
    ]


def test_hidden_text_gets_no_findings_and_the_others_keep_their_place():
    report = check_source(load_bytes(make_docx_template(), "brief.docx"), "brief.docx")
    found = {(f.line, f.column, f.text) for f in report.findings if f.rule.startswith("WRD")}
    # Not 'teneinde', 'middels' or 'indien' of the instructions; 'middels' of the webHidden run is seen.
    assert found == {(3, 1, "Wij verzoeken u"), (5, 1, "Indien"), (5, 36, "middels"), (6, 1, "Teneinde")}


def test_a_run_that_says_not_hidden_is_read_in_a_hidden_paragraph():
    document = docx.Document()
    style = document.styles.add_style("Instructie", WD_STYLE_TYPE.PARAGRAPH)
    style.font.hidden = True
    shown = document.styles.add_style("Zichtbaar", WD_STYLE_TYPE.CHARACTER)
    shown.font.hidden = True  # a toggle: hidden in both the paragraph and the character style is shown
    paragraph = document.add_paragraph("Verborgen. ", style="Instructie")
    paragraph.add_run("Direct zichtbaar. ").font.hidden = False
    paragraph.add_run("Door de stijl zichtbaar.", style="Zichtbaar")
    out = io.BytesIO()
    document.save(out)
    assert load_bytes(out.getvalue(), "brief.docx").original == "Direct zichtbaar. Door de stijl zichtbaar."
