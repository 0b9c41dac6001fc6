"""Hidden text (Word's *Verborgen*, ODF's `text:display="none"`) is not read: the reader never sees it.

Templates keep instructions for the writer that way. Hidden by the run itself (`w:vanish`,
`w:specVanish`), by its character style, or by its paragraph style, also through `w:basedOn`.
Every paragraph stays a line, so the line and column of every other finding stay true.
"""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from docx.enum.style import WD_STYLE_TYPE

from b1check.check import check_source
from b1check.load import load_bytes

from tests.letter_files import make_docx_template, make_odt_template

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


# --- OpenDocument (.odt) ---------------------------------------------------


def test_odt_hidden_text_is_not_read_and_every_paragraph_stays_its_line():
    source = load_bytes(make_odt_template(), "brief.odt")
    assert source.original.split("\n") == [
        "",  # styles.xml's own P1 hides it (odfpy renames it MP1)
        "Gemeente Voorbeeld, afdeling Vergunningen",
        "Geachte heer Jansen,",  # content.xml's P1 hides nothing
        "",  # hidden through two parent styles
        "Wij verzoeken u het formulier te sturen.",  # an automatic and a common character style; its note too
        "",  # a text:hidden-paragraph that is on
        "Indien u vragen hebt, bel ons. Bel middels 14 020.",  # the field on a variable is read
        "Teneinde de termijn te halen, stuurt u het formulier voor 1 mei.",
        "",  # a section with text:display="none"
        "Met vriendelijke groet, Jan de Vries, 06 12345678, jan@gemeente.nl",
    ]


def test_odt_hidden_text_gets_no_findings_and_the_others_keep_their_place():
    report = check_source(load_bytes(make_odt_template(), "brief.odt"), "brief.odt")
    found = {(f.line, f.column, f.text) for f in report.findings if f.rule.startswith("WRD")}
    assert found == {(5, 1, "Wij verzoeken u"), (7, 1, "Indien"), (7, 36, "middels"), (8, 1, "Teneinde")}


def _odt(*paragraphs) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties

    document = OpenDocumentText()
    for name, family, display in (("Instructie", "paragraph", "none"), ("Zichtbaar", "text", "true")):
        style = Style(name=name, family=family)
        style.addElement(TextProperties(display=display))
        document.styles.addElement(style)
    for paragraph in paragraphs:
        document.text.addElement(paragraph)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def test_odt_a_span_that_says_shown_is_read_in_a_hidden_paragraph():
    from odf.text import P, Span

    paragraph = P(stylename="Instructie", text="Verborgen. ")
    paragraph.addElement(Span(stylename="Zichtbaar", text="Zichtbaar."))
    assert load_bytes(_odt(paragraph), "brief.odt").original == "Zichtbaar."


def test_odt_a_condition_b1check_can_evaluate_decides_else_the_stored_result():
    from odf.text import HiddenParagraph, HiddenText, P

    def field(condition: str, is_hidden: str | None = None):
        attributes = {"ishidden": is_hidden} if is_hidden else {}
        made = HiddenText(condition=condition, stringvalue="X", **attributes)
        made.addText("X")
        paragraph = P(text=condition + (f"/{is_hidden}" if is_hidden else "") + ":")
        paragraph.addElement(made)
        return paragraph

    data = _odt(field("ooow:0", "true"), field("ooow:1", "false"), field("true"), field("ooow:Naam == 1", "true"),
                field("ooow:Naam == 1"))
    lines = load_bytes(data, "brief.odt").original.split("\n")
    # As LibreOffice: a constant condition decides, whatever text:is-hidden says.
    assert lines[:5] == ["ooow:0/true:X", "ooow:1/false:", "true:", "ooow:Naam == 1/true:", "ooow:Naam == 1:X"]
    hidden_paragraph = P(text="Weg.")
    hidden_paragraph.addElement(HiddenParagraph(condition="ooow:1"))
    assert load_bytes(_odt(P(text="Een."), hidden_paragraph, P(text="Drie.")), "brief.odt").original == "Een.\n\nDrie."


# --- A hidden paragraph mark: Word shows the paragraph and the next as one ---------------------


def make_docx_hidden_marks() -> bytes:
    """'Wij verzoeken u ' ends in a hidden paragraph mark (as Word's style separator makes it), so the
    reader sees 'Wij verzoeken u het formulier …' as one sentence; an instruction in a hidden paragraph
    style hides its mark too, and leaves no empty line between the paragraphs around it."""
    from docx.oxml import OxmlElement

    document = docx.Document()
    instruction = document.styles.add_style("Instructie", WD_STYLE_TYPE.PARAGRAPH)
    instruction.font.hidden = True
    document.add_paragraph("Geachte heer Jansen,")
    joined = document.add_paragraph("Wij verzoeken u ")
    joined._p.get_or_add_pPr().append(OxmlElement("w:rPr"))
    joined._p.pPr.find(qn("w:rPr")).append(OxmlElement("w:vanish"))
    document.add_paragraph("het formulier te sturen, teneinde de termijn te halen.")
    document.add_paragraph("Zet hier middels een zin de termijn.", style="Instructie")
    document.add_paragraph("Indien u vragen hebt, bel Jan de Vries, 06 12345678.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_hidden_paragraph_mark_joins_the_paragraph_with_the_next_and_each_keeps_its_line():
    source = load_bytes(make_docx_hidden_marks(), "brief.docx")
    assert source.original.split("\n") == [
        "Geachte heer Jansen,",
        "Wij verzoeken u ",
        "het formulier te sturen, teneinde de termijn te halen.",
        "",
        "Indien u vragen hebt, bel Jan de Vries, 06 12345678.",
    ]
    assert source.text.strip().split("\n\n") == [
        "Geachte heer Jansen,",
        "Wij verzoeken u het formulier te sturen, teneinde de termijn te halen.",
        "Indien u vragen hebt, bel Jan de Vries, 06 12345678.",
    ]
    report = check_source(source, "brief.docx")
    found = {(f.line, f.column, f.text) for f in report.findings if f.rule.startswith("WRD")}
    assert found == {(2, 1, "Wij verzoeken u"), (3, 26, "teneinde"), (5, 1, "Indien")}
    # one sentence, not two: it starts on the one line and ends on the next
    sentence = next(sentence for sentence in report.metrics.lint.sentences if sentence.line == 2)
    assert source.original[sentence.start:sentence.end].strip() == (
        "Wij verzoeken u \nhet formulier te sturen, teneinde de termijn te halen.")
