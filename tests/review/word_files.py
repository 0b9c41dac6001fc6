"""Word letters for the review tests, made with python-docx, and Word's own two buttons
(accept all changes, reject all changes) written independently of b1check's code."""

from __future__ import annotations

import io
from itertools import cycle

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from lxml import etree

from b1check.load.documents import register_word_parts
from tests.letter_files import paragraphs

W_T, W_DELTEXT, W_INS, W_DEL, W_R = qn("w:t"), qn("w:delText"), qn("w:ins"), qn("w:del"), qn("w:r")
# Read the notes as b1check does, from the start: as XML parts whose changes are saved.
register_word_parts()

MARKS = (qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:bookmarkStart"), qn("w:bookmarkEnd"))


def _plain(run):
    pass


def _bold(run):
    run.bold = True


def _italic(run):
    run.italic = True


def _arial(run):
    run.font.name = "Arial"
    run.font.size = Pt(11)


def _times(run):
    run.font.name = "Times New Roman"
    run.font.size = Pt(13)
    run.underline = True


def _red(run):
    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    run.bold = True


FORMATS = (_plain, _bold, _italic, _arial, _times, _red)


def _formatted_lines(paragraph, lines: list[str], formats) -> None:
    """The lines of a paragraph, with a line break between them, each cut into runs of two
    words in turn plain, bold, italic, Arial, Times and red: findings start and end inside runs."""
    for number, line in enumerate(lines):
        words = line.split(" ")
        for first in range(0, len(words), 2):
            chunk = " ".join(words[first : first + 2]) + (" " if first + 2 < len(words) else "")
            next(formats)(paragraph.add_run(chunk))
        if number < len(lines) - 1:
            paragraph.add_run().add_break()


def make_word_letter(text: str) -> bytes:
    """A letter as a writer makes it in Word: the letterhead (first paragraph) in the header,
    the reference block (a paragraph with a colon in every line; else the first paragraph of
    several lines, the address) as a table of one-cell rows,
    the last paragraph in the footer, and every line cut into runs of mixed formatting. Its
    text, as b1check reads it, is the letter's own."""
    blocks = paragraphs(text)
    formats = cycle(FORMATS)
    document = docx.Document()
    head, *body, foot = blocks
    header = document.sections[0].header.paragraphs[0]
    _formatted_lines(header, head, formats)
    several = [block for block in body if len(block) > 1]
    tabled = next((block for block in several if all(":" in line for line in block)), several[0] if several else None)
    for block in body:
        if block is tabled:
            table = document.add_table(rows=len(block), cols=1)
            for row, line in zip(table.rows, block):
                _formatted_lines(row.cells[0].paragraphs[0], [line], formats)
        else:
            _formatted_lines(document.add_paragraph(), block, formats)
    _formatted_lines(document.sections[0].footer.paragraphs[0], foot, formats)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def parts(document) -> list:
    """The XML of the body, the headers, the footers and the notes (footnotes, endnotes)."""
    section = document.sections[0]
    # (python-docx makes a header when asked for one that is not there: ask only for those that are)
    return [document.element.body] + [
        part._element for part in (section.header, section.footer) if not part.is_linked_to_previous
    ] + note_roots(document)


def note_roots(document) -> list:
    """w:footnotes and w:endnotes, as b1check's loader makes python-docx read them (XML parts)."""
    kinds = (CT.WML_FOOTNOTES, CT.WML_ENDNOTES)
    return [part.element for part in document.part.package.iter_parts() if part.content_type in kinds]


def _unwrap(element) -> None:
    for child in list(element):
        element.addprevious(child)
    element.getparent().remove(element)


def _remove_keeping_marks(element) -> None:
    for mark in [e for e in element.iter() if e.tag in MARKS]:
        element.addprevious(mark)
    element.getparent().remove(element)


def resolve_all(data: bytes, accept: bool) -> bytes:
    """Word's "accept all changes" (accept=True) or "reject all changes"."""
    document = docx.Document(io.BytesIO(data))
    for root in parts(document):
        for deletion in list(root.iter(W_DEL)):
            if accept:
                _remove_keeping_marks(deletion)
            else:
                for text in deletion.iter(W_DELTEXT):
                    text.tag = W_T
                _unwrap(deletion)
        for insertion in list(root.iter(W_INS)):
            if accept:
                _unwrap(insertion)
            else:
                _remove_keeping_marks(insertion)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _character_of(element) -> str:
    return {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}.get(element.tag, "")


def formatted_characters(paragraph) -> list[tuple[str, bytes]]:
    """Every character of a paragraph as it stood before the review (inserted text left out,
    deleted text kept), with the formatting of its run."""
    out = []
    for element in paragraph.iter(W_T, W_DELTEXT, qn("w:tab"), qn("w:br"), qn("w:cr")):
        run = element.getparent()
        if run.tag != W_R or any(a.tag == W_INS for a in element.iterancestors()):
            continue
        properties = run.find(qn("w:rPr"))
        key = b"" if properties is None else etree.tostring(properties, method="c14n")
        text = element.text or "" if element.tag in (W_T, W_DELTEXT) else _character_of(element)
        out.extend((char, key) for char in text)
    return out


def anchored_texts(document) -> dict[str, str]:
    """comment id → the text between its range marks, as the letter stood before the review
    (in the body or in a note)."""
    open_ids: list[str] = []
    texts: dict[str, str] = {}
    for element in (element for root in parts(document) for element in root.iter()):
        tag = element.tag
        if tag == qn("w:commentRangeStart"):
            open_ids.append(element.get(qn("w:id")))
            texts[open_ids[-1]] = ""
        elif tag == qn("w:commentRangeEnd"):
            open_ids.remove(element.get(qn("w:id")))
        elif tag == qn("w:p") and texts:
            for number in open_ids:
                texts[number] += "\n"
        elif tag in (W_T, W_DELTEXT, qn("w:tab"), qn("w:br")):
            if any(a.tag == W_INS for a in element.iterancestors()):
                continue
            piece = element.text or "" if tag in (W_T, W_DELTEXT) else _character_of(element)
            for number in open_ids:
                texts[number] += piece
    return texts
