"""The Word (.docx) review copy: comments on a finding's exact words, safe replacements as tracked changes.

python-docx (>= 1.2) writes the comments, but anchors them on whole runs only;
so a run is first split where a finding starts or ends inside it, each half
keeping the run's formatting (`w:rPr`). python-docx has no API for tracked
changes, and the add-ons were not sound (docx-revisions 0.1.5 drops the
formatting and the tabs of what it replaces, and rejecting its changes does
not give the original back), so `w:del` and `w:ins` are written here through
python-docx's element tree.

A paragraph may stand in the body, a table, a header or footer, or a footnote
or endnote (word/footnotes.xml, word/endnotes.xml): tracked changes are written
the same way in each. Comments go in the body and tables only: Word allows them
in notes, but LibreOffice (7.x) then cannot open the copy at all, so a finding
in a note (or a header, footer or text box) is named in the comment on the
letter instead (`where`).

Offsets are in a paragraph's text as b1check reads it: `load.documents`
gives each character with the element it comes from, so the text this module
cuts is the text the findings were found in.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
from lxml import etree

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.run import Run

from ..load.documents import (W_CLOSING_MARKS, W_OPENING_MARKS, W_PROOFING, WordHidden, kept_characters, open_word,
                              word_pieces, word_text)
from .document import EarlierReview, Piece, Unsafe

AUTHOR = "b1check"
INITIALS = "b1"

W_P, W_R, W_T, W_RPR = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:rPr")
_CONTENT = {W_T, qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen"), qn("w:softHyphen")}
# What a run may hold for b1check to mark it deleted: text, no field, drawing, note or comment.
_PLAIN_RUN = {W_RPR, qn("w:lastRenderedPageBreak"), *_CONTENT}
# The zero-width marks (W_OPENING_MARKS, W_CLOSING_MARKS, W_PROOFING) that may sit between the runs of a
# replaced stretch are moved out of the w:del, so that accepting or rejecting the change keeps them.
_FIELD_CHAR = qn("w:fldChar")
# Parents of runs in which a new tracked change cannot go.
_NO_CHANGE_INSIDE = {qn("w:ins"), qn("w:del"), qn("w:moveTo"), qn("w:moveFrom"), qn("w:fldSimple")}


def _characters(paragraph, hidden: WordHidden) -> list[tuple[object, int]]:
    return kept_characters(word_pieces(paragraph, hidden=hidden))


def _run_of(element):
    run = element.getparent()
    if run is None or run.tag != W_R:
        raise Unsafe("text outside a run")
    return run


def _preserve(text_element) -> None:
    text_element.set(qn("xml:space"), "preserve")


def _split_before(paragraph, offset: int, hidden: WordHidden) -> None:
    """Make the run that holds character `offset` start there; both halves keep its formatting."""
    characters = _characters(paragraph, hidden)
    if offset <= 0 or offset >= len(characters):
        return
    element, index = characters[offset]
    run = _run_of(element)
    before = [child for child in element.itersiblings(preceding=True) if child.tag != W_RPR]
    if index == 0 and not before:
        return  # the run starts here already
    tail = OxmlElement("w:r", attrs=dict(run.attrib))
    properties = run.find(W_RPR)
    if properties is not None:
        tail.append(copy.deepcopy(properties))
    following = list(element.itersiblings())
    if element.tag == W_T and index > 0:
        rest = copy.deepcopy(element)
        rest.text, element.text = element.text[index:], element.text[:index]
        _preserve(rest)
        _preserve(element)
        tail.append(rest)
    else:
        tail.append(element)
    for sibling in following:
        tail.append(sibling)
    run.addnext(tail)


def isolate(paragraph, start: int, end: int, hidden: WordHidden) -> list:
    """Split runs so that characters [start, end) of the paragraph are whole runs; return those runs.
    The characters are those b1check reads: hidden text is none of them, and is never split."""
    if not 0 <= start < end <= len(_characters(paragraph, hidden)):
        raise Unsafe("outside the paragraph")
    _split_before(paragraph, start, hidden)
    _split_before(paragraph, end, hidden)
    characters = _characters(paragraph, hidden)
    runs = []
    for element, _ in characters[start:end]:
        run = _run_of(element)
        if run not in runs:
            runs.append(run)
    outside = [_run_of(element) for element, _ in characters[:start] + characters[end:]]
    if any(other is run for run in runs for other in outside):
        raise Unsafe("a run could not be split (text nested in a run)")
    return runs


def _stamp(tag: str, ids: RevisionIds, date: str):
    return OxmlElement(tag, attrs={qn("w:id"): ids(), qn("w:author"): AUTHOR, qn("w:date"): date})


class RevisionIds:
    """Ids for w:ins and w:del, above every w:id already in the package (comments, bookmarks …)."""

    def __init__(self, document) -> None:
        top = 0
        for part in document.part.package.iter_parts():
            element = getattr(part, "element", None)
            if element is None:
                continue
            for value in element.iter():
                number = value.get(qn("w:id"))
                if number is not None and number.lstrip("-").isdigit():
                    top = max(top, int(number))
        self._next = top + 1

    def __call__(self) -> str:
        self._next += 1
        return str(self._next - 1)


def _stretch(paragraph, start: int, end: int, hidden: WordHidden, fields: FieldResults) -> tuple[list, list]:
    """The runs of characters [start, end), and every sibling from the first to the last of them
    (hidden text between them too), if a tracked change can replace them; else `Unsafe`."""
    runs = isolate(paragraph, start, end, hidden)
    if runs[0].getparent().tag in _NO_CHANGE_INSIDE:
        raise Unsafe("inside a tracked change or a field")
    if fields.holds(paragraph, runs[0]):
        raise Unsafe("the result of a field (a merge field, a date): Word writes it anew")
    stretch, element = [], runs[0]
    while True:
        stretch.append(element)
        if element is runs[-1]:
            break
        element = element.getnext()
        if element is None:
            raise Unsafe("the runs have different parents (a link, a content control)")
    for element in stretch:
        if element.tag == W_R:
            if any(child.tag not in _PLAIN_RUN for child in element) and not _is_reference(element):
                raise Unsafe("a field, drawing or note")
        elif element.tag not in W_OPENING_MARKS | W_CLOSING_MARKS | W_PROOFING:
            raise Unsafe(f"{element.tag} inside the stretch")
    return runs, stretch


class FieldResults:
    """Which runs stand between a field's begin and end (w:fldChar), as the result of a MERGEFIELD,
    DATE or DOCPROPERTY does. A field may begin in one paragraph and end in another (a TOC, an
    INCLUDETEXT): each part (body, header, notes) is read once, from its start, in document order,
    for how many fields are open where each paragraph starts; a run is then looked for in its own
    paragraph only. Runs are split and moved as findings are marked, paragraphs and field
    characters stay. (A field's characters inside the stretch make it `Unsafe` already.)"""

    def __init__(self) -> None:
        self._open_at: dict = {}  # part's root -> {paragraph: fields open where it starts}

    def holds(self, paragraph, run) -> bool:
        depth = self._open_where(paragraph)
        for element in paragraph.iter(W_R, _FIELD_CHAR):
            if element is run:
                return depth > 0
            if element.tag == _FIELD_CHAR:
                depth = _field_depth(depth, element)
        return False

    def _open_where(self, paragraph) -> int:
        root = paragraph.getroottree().getroot()
        if paragraph not in self._open_at.get(root, ()):
            depth, open_at = 0, {}
            for element in root.iter(W_P, _FIELD_CHAR):
                if element.tag == W_P:
                    open_at[element] = depth
                else:
                    depth = _field_depth(depth, element)
            self._open_at[root] = open_at
        return self._open_at[root][paragraph]


def _field_depth(depth: int, field_char) -> int:
    kind = field_char.get(qn("w:fldCharType"))
    return depth + 1 if kind == "begin" else depth - 1 if kind == "end" and depth else depth


def replace_tracked(paragraph, start: int, end: int, new_text: str, ids: RevisionIds, date: str,
                    hidden: WordHidden, fields: FieldResults) -> None:
    """Replace characters [start, end) by `new_text` as a tracked change: the old runs in a w:del
    (their formatting kept), the new text in a w:ins with the formatting of the first old character.
    Hidden text between the old runs is not b1check's to delete: it stays where it is, between two
    w:del, so that accepting keeps it and rejecting gives the paragraph back as it was."""
    runs, stretch = _stretch(paragraph, start, end, hidden, fields)
    first = deletion = _stamp("w:del", ids, date)
    runs[0].addprevious(deletion)
    closing = []
    for element in stretch:
        if element.tag in W_OPENING_MARKS:
            first.addprevious(element)
        elif element.tag == W_R and hidden(element):
            if len(deletion):  # the runs deleted so far end here; the next go in a w:del after it
                deletion = _stamp("w:del", ids, date)
            element.addnext(deletion)
        elif element.tag in W_CLOSING_MARKS or _is_reference(element):
            closing.append(element)  # another comment that ends inside: it ends after the change
        elif element.tag in W_PROOFING:
            element.getparent().remove(element)
        else:
            deletion.append(element)
            for text in element.findall(W_T):
                deleted = OxmlElement("w:delText")
                deleted.text = text.text
                _preserve(deleted)
                text.addprevious(deleted)
                element.remove(text)
    last = deletion
    if new_text:
        insertion = _stamp("w:ins", ids, date)
        run = OxmlElement("w:r")
        properties = runs[0].find(W_RPR)
        if properties is not None:
            run.append(copy.deepcopy(properties))
        run.text = new_text  # python-docx writes \t as w:tab and keeps spaces (xml:space)
        insertion.append(run)
        deletion.addnext(insertion)
        last = insertion
    for element in reversed(closing):
        last.addnext(element)


def _is_reference(element) -> bool:
    """A run that only carries a comment's mark in the text."""
    return element.tag == W_R and element.find(qn("w:commentReference")) is not None and all(
        child.tag in (W_RPR, qn("w:commentReference")) for child in element
    )


_W_COMMENT, _W_COMMENT_REFERENCE = qn("w:comment"), qn("w:commentReference")
_W_COMMENT_MARKS = {qn("w:commentRangeStart"), qn("w:commentRangeEnd"), _W_COMMENT_REFERENCE}
_W14_PARA_ID = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"
_W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
_W16CID = "{http://schemas.microsoft.com/office/word/2016/wordml/cid}"
_W16CEX = "{http://schemas.microsoft.com/office/word/2018/wordml/cex}"
# Word (2013 and later) keeps more about each comment in parts python-docx does not parse: whether it is
# done and which comment it answers (commentsExtended, by the w14:paraId of the comment's last paragraph),
# and a lasting id (commentsIds, commentsExtensible).
_COMMENT_EXTRAS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments{}+xml"


def _is_own(comment) -> bool:
    return comment.get(qn("w:author")) == AUTHOR and comment.get(qn("w:initials")) == INITIALS


def _xml_parts(document):
    for part in document.part.package.iter_parts():
        element = getattr(part, "element", None)
        if element is not None:
            yield part, element


def _extras(document, kind: str):
    """A comment part python-docx keeps as bytes, parsed; (part, root) or (None, None)."""
    for part in document.part.package.iter_parts():
        if part.content_type == _COMMENT_EXTRAS.format(kind) and getattr(part, "element", None) is None:
            try:
                return part, etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
            except etree.XMLSyntaxError:
                return None, None
    return None, None


def _second_half(change) -> bool:
    """The w:ins of a replacement, right after its w:del: one change for the writer, not two."""
    before = change.getprevious()
    return (change.tag == qn("w:ins") and before is not None and before.tag == qn("w:del")
            and before.get(qn("w:author")) == AUTHOR)


def remove_earlier_review(document) -> EarlierReview:
    """Take b1check's own comments from an earlier review out of the document (author b1check with the
    initials b1, as `WordCopy.comment` writes them), with their marks in the text, so that a new review
    of a copy the writer worked in does not stack the old comments under the new. Other people's
    comments and every tracked change stay; b1check's pending changes are counted (the text is read as
    if they were accepted, so they are not suggested twice)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    pending = sum(1 for _, root in _xml_parts(document) for change in root.iter(qn("w:ins"), qn("w:del"))
                  if change.get(qn("w:author")) == AUTHOR and not _second_half(change))
    try:
        comments = document.part.part_related_by(RT.COMMENTS).element
    except (KeyError, AttributeError):
        return EarlierReview(pending=pending)
    own = {comment.get(qn("w:id")): comment for comment in comments.iter(_W_COMMENT) if _is_own(comment)}
    if not own:
        return EarlierReview(pending=pending)
    para_ids = {key: {p.get(_W14_PARA_ID) for p in comment.iter(W_P)} - {None} for key, comment in own.items()}
    own_paragraphs = set().union(*para_ids.values())
    extended_part, extended = _extras(document, "Extended")
    answered = set()
    if extended is not None:
        for entry in extended.iter(_W15 + "commentEx"):
            if entry.get(_W15 + "paraIdParent") in own_paragraphs and entry.get(_W15 + "paraId") not in own_paragraphs:
                answered |= {key for key, ids in para_ids.items() if entry.get(_W15 + "paraIdParent") in ids}
    removed = {key: comment for key, comment in own.items() if key not in answered}
    gone_paragraphs = set().union(set(), *(para_ids[key] for key in removed))
    for comment in removed.values():
        comments.remove(comment)
    for _, root in _xml_parts(document):
        for mark in [mark for mark in root.iter(*_W_COMMENT_MARKS) if mark.get(qn("w:id")) in removed]:
            parent = mark.getparent()
            parent.remove(mark)
            if mark.tag == _W_COMMENT_REFERENCE and parent.tag == W_R and all(child.tag == W_RPR for child in parent):
                holder = parent.getparent()
                holder.remove(parent)
                if holder.tag in _NO_CHANGE_INSIDE and not len(holder):
                    holder.getparent().remove(holder)  # an empty w:ins or w:del that only held the mark
    durable = set()
    ids_part, ids = _extras(document, "Ids")
    if ids is not None:
        for entry in list(ids.iter(_W16CID + "commentId")):
            if entry.get(_W16CID + "paraId") in gone_paragraphs:
                durable.add(entry.get(_W16CID + "durableId"))
                entry.getparent().remove(entry)
    extensible_part, extensible = _extras(document, "Extensible")
    if extensible is not None:
        for entry in list(extensible.iter(_W16CEX + "commentExtensible")):
            if entry.get(_W16CEX + "durableId") in durable:
                entry.getparent().remove(entry)
    if extended is not None:
        for entry in list(extended.iter(_W15 + "commentEx")):
            if entry.get(_W15 + "paraId") in gone_paragraphs:
                entry.getparent().remove(entry)
    for part, root in ((extended_part, extended), (ids_part, ids), (extensible_part, extensible)):
        if part is not None:
            # python-docx saves such a part from its bytes (Part.blob); it has no setter for them
            part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return EarlierReview(removed=len(removed), answered=len(answered), pending=pending)


_W_HEADER, _W_FOOTER, _W_BOX = qn("w:hdr"), qn("w:ftr"), qn("w:txbxContent")
_W_FOOTNOTES, _W_ENDNOTES = qn("w:footnotes"), qn("w:endnotes")


class WordCopy:
    """A .docx being annotated: its text as b1check reads it, and the marks to put in it."""

    tracks_changes = True

    def __init__(self, data: bytes) -> None:
        self.document = open_word(data)
        self.earlier = remove_earlier_review(self.document)
        self.hidden = WordHidden(self.document)
        self.text = word_text(self.document, self.hidden)
        self._ids: RevisionIds | None = None
        self._fields = FieldResults()

    def where(self, paragraph) -> str | None:
        """Where a paragraph is, if b1check puts no comment there; None in the main text."""
        root = paragraph.getroottree().getroot().tag
        if root == _W_HEADER:
            return "in de koptekst"
        if root == _W_FOOTER:
            return "in de voettekst"
        if root == _W_FOOTNOTES:
            return "in een voetnoot"  # LibreOffice cannot open a copy with a comment in a note
        if root == _W_ENDNOTES:
            return "in een eindnoot"
        if any(ancestor.tag == _W_BOX for ancestor in paragraph.iterancestors()):
            # python-docx does not reach text boxes: Word keeps a second copy of their text.
            return "in een tekstvak"
        return None

    def comment(self, first: Piece, last: Piece, text: str, now: dt.datetime):
        """A comment from character first[1] of paragraph first[0] to character last[2] of last[0]."""
        first_paragraph, start, first_end = first
        last_paragraph, last_start, end = last
        if first_paragraph.getroottree().getroot() is not last_paragraph.getroottree().getroot():
            raise Unsafe("from the body into a note: a comment's marks stay in one part")
        if first_paragraph is last_paragraph:
            runs = isolate(first_paragraph, start, end, self.hidden)
            opening, closing = runs[0], runs[-1]
        else:
            opening = isolate(first_paragraph, start, first_end, self.hidden)[0]
            closing = isolate(last_paragraph, last_start, end, self.hidden)[-1]
        comment = self.document.add_comment(
            [Run(opening, self.document), Run(closing, self.document)], text=text, author=AUTHOR,
            initials=INITIALS,
        )
        comment._comment_elm.date = now
        return comment

    def fill(self, comment, text: str) -> None:
        """Write the text of a comment made empty (one paragraph per line, as python-docx does)."""
        first, *rest = text.split("\n")
        comment.paragraphs[0].add_run(first)
        for line in rest:
            comment.add_paragraph(line)

    def can_replace(self, paragraph, start: int, end: int) -> bool:
        """Can a tracked change replace these characters (no field, no link's edge, no text box)?"""
        if self.where(paragraph) == "in een tekstvak":
            return False  # Word keeps a second copy of a text box's text, which would not change
        try:
            _stretch(paragraph, start, end, self.hidden, self._fields)
        except Unsafe:
            return False
        return True

    def replace(self, paragraph, start: int, end: int, new_text: str, now: dt.datetime) -> None:
        """Call after the last comment: revision ids must lie above the comments' ids."""
        if self.where(paragraph) == "in een tekstvak":
            raise Unsafe("text box")
        if self._ids is None:
            self._ids = RevisionIds(self.document)
        replace_tracked(paragraph, start, end, new_text, self._ids, now.strftime("%Y-%m-%dT%H:%M:%SZ"), self.hidden,
                         self._fields)

    def save(self) -> bytes:
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()
