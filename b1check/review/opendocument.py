"""The OpenDocument (.odt) review copy: comments (ODF annotations) on a finding's exact words.

An `office:annotation` goes where a finding starts and an `office:annotation-end`
where it ends (ODF 1.2 range annotations), so no span needs splitting. This
version writes no tracked changes: odfpy 1.4.1 cannot remove nodes from a
loaded document or copy them without workarounds, and an ODF deletion moves the
removed text, with a copy of its formatting, out of the paragraph. The safe
replacements are named in the comments instead.

Offsets are in a paragraph's text as b1check reads it (`load.documents`).
"""

from __future__ import annotations

import datetime as dt
import io

from ..load.documents import OdfHidden, kept_characters, odf_pieces, odt_text, open_odt
from .document import EarlierReview, Piece, Unsafe

AUTHOR = "b1check"

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"


def _split_before(paragraph, offset: int, hidden: OdfHidden):
    """The node that starts at character `offset` of the paragraph (a text node split if need be),
    or None at the paragraph's end; and the node after which to insert at the end. The characters
    are those b1check reads: hidden text is none of them."""
    from odf.element import Text
    from odf.text import S

    characters = kept_characters(odf_pieces(paragraph, hidden))
    if offset >= len(characters):
        return None, characters[-1][0] if characters else None
    node, index = characters[offset]
    if index == 0:
        return node, None
    if node.nodeType == node.TEXT_NODE:
        raw = str(node.data)
        rest = Text(raw[index:])
        node.data = raw[:index]
    else:  # text:s with c spaces: two text:s
        count = int(node.getAttribute("c") or 1)
        node.setAttribute("c", str(index))
        rest = S(c=str(count - index))
    parent = node.parentNode
    parent.insertBefore(rest, node.nextSibling)
    return rest, None


def _insert_at(paragraph, offset: int, element, hidden: OdfHidden) -> None:
    at, last = _split_before(paragraph, offset, hidden)
    if at is not None:
        at.parentNode.insertBefore(element, at)
    elif last is not None:
        last.parentNode.insertBefore(element, last.nextSibling)
    else:
        paragraph.appendChild(element)


def _note_of(paragraph):
    """The text:note-body a paragraph stands in, or None."""
    node = paragraph.parentNode
    while node is not None and getattr(node, "qname", None) is not None:
        if node.qname == (_TEXT, "note-body"):
            return node
        node = node.parentNode
    return None


def _creator(annotation) -> str:
    from odf import teletype

    return next((teletype.extractText(node) for node in annotation.childNodes
                 if getattr(node, "qname", None) == ("http://purl.org/dc/elements/1.1/", "creator")), "")


def remove_earlier_review(document) -> EarlierReview:
    """Take b1check's own comments from an earlier review out (dc:creator b1check), start and end, so
    that a new review of a copy the writer worked in does not stack the old comments under the new."""
    from odf import office

    own = [note for note in document.getElementsByType(office.Annotation) if _creator(note) == AUTHOR]
    names = {note.getAttrNS(_OFFICE, "name") for note in own} - {None, ""}
    ends = [end for end in document.getElementsByType(office.AnnotationEnd) if end.getAttrNS(_OFFICE, "name") in names]
    for node in own + ends:
        node.parentNode.removeChild(node)
    return EarlierReview(removed=len(own))


class OpenDocumentCopy:
    """An .odt being annotated: its text as b1check reads it, and the comments to put in it."""

    tracks_changes = False

    def __init__(self, data: bytes) -> None:
        self.document = open_odt(data)
        self.earlier = remove_earlier_review(self.document)
        self.hidden = OdfHidden(data, self.document)
        self.text = odt_text(self.document, self.hidden)
        self._names = 0

    def where(self, paragraph) -> str | None:
        """Where a paragraph is, if b1check puts no comment there; None in the main text."""
        node = paragraph.parentNode
        while node is not None and getattr(node, "qname", None) is not None:
            if node.qname == (_DRAW, "text-box"):
                return "in een tekstvak"
            if node.qname[0] == _STYLE and node.qname[1].startswith("header"):
                return "in de koptekst"
            if node.qname[0] == _STYLE and node.qname[1].startswith("footer"):
                return "in de voettekst"
            node = node.parentNode
        return None

    def comment(self, first: Piece, last: Piece, text: str, now: dt.datetime):
        from odf import dc, office

        first_paragraph, start, _ = first
        last_paragraph, _, end = last
        if _note_of(first_paragraph) is not _note_of(last_paragraph):
            raise Unsafe("from the body into a note: a comment's start and end stay in one of them")
        self._names += 1
        name = f"b1check-{self._names}"
        note = office.Annotation()
        # odfpy 1.4.1 writes `name=` as draw:name, which LibreOffice cannot pair with the end
        note.setAttrNS(_OFFICE, "name", name)
        note.addElement(dc.Creator(text=AUTHOR))
        note.addElement(dc.Date(text=now.strftime("%Y-%m-%dT%H:%M:%S")))
        ending = office.AnnotationEnd(name=name)
        # The end first, so that inserting it cannot move the start.
        _insert_at(last_paragraph, end, ending, self.hidden)
        _insert_at(first_paragraph, start, note, self.hidden)
        if text:
            self.fill(note, text)
        return note

    def fill(self, note, text: str) -> None:
        from odf import teletype
        from odf.text import P

        for line in text.split("\n"):
            paragraph = P()
            teletype.addTextToElement(paragraph, line)  # runs of spaces stay spaces (text:s)
            note.addElement(paragraph)

    def can_replace(self, paragraph, start: int, end: int) -> bool:
        return False

    def replace(self, paragraph, start: int, end: int, new_text: str, now: dt.datetime) -> None:
        raise Unsafe("no tracked changes in .odt yet")

    def save(self) -> bytes:
        out = io.BytesIO()
        self.document.write(out)
        return out.getvalue()
