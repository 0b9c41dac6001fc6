"""Read office documents: Word (.docx, .docm and the templates .dotx, .dotm), OpenDocument (.odt and the
template .ott) and PDF.

A document has no lines of its own, so the "original" b1check points into is
the text it takes out of the document. For .docx and .odt every paragraph is
one line of that text (header first, then the body, then the footer); the text
b1check analyses has a blank line between paragraphs, so that paragraphs stay
paragraphs. The footnotes and then the endnotes come last, each in the order
of its reference mark in the body, each paragraph a line; the first line of a
note starts with "Voetnoot:" or "Eindnoot:", a label for the reader of that text
that is not analysed. Everything before the notes is the letter itself
(`SourceText.letter_end`). For
.pdf the text is the lines as they stand on the page, with a blank line where
the page leaves a gap (a new paragraph) and between pages.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import redirect_stdout
from dataclasses import dataclass, replace
from itertools import pairwise
from statistics import median
from typing import IO, Any

from .errors import DocumentError, InputError
from .source import SourceText, TextBuilder

# A letter unpacks to well under a megabyte of XML. A document that claims
# far more is a zip bomb, or not a letter: it is refused before parsing.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members over a megabyte
MAX_MEMBERS = 5000
MAX_PDF_PAGES = 200

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an Office file of the old kind (.doc, .msg), or encrypted


# --- the text of a document, paragraph by paragraph ------------------------


@dataclass(frozen=True)
class Place:
    """Where one paragraph of a document stands in the text b1check reads from it.

    `start` and `end` are offsets in `SourceText.original`. A table row of
    one-line cells is one line of that text, so each of its cells is a place
    of its own inside the line.
    """

    element: Any  # the paragraph: a w:p (lxml) or a text:p / text:h (odfpy)
    start: int
    end: int


@dataclass
class DocumentText:
    """A document's text, and the paragraph each stretch of it comes from (`b1check review`)."""

    source: SourceText
    places: list[Place]


@dataclass(frozen=True)
class _Line:
    text: str
    ends_paragraph: bool
    parts: tuple[tuple[Any, int, int], ...] = ()  # (paragraph element, its offset in `text`, its length)
    label: int = 0  # the first characters of `text` name what follows ("Voetnoot: "); not analysed
    joins_next: bool = False  # a paragraph whose mark is hidden: it reads on into the next, with nothing between


class Paragraphs:
    """Collects a document's text: paragraphs, and lines inside a block (a table row).

    `build` makes the `SourceText`: the original has one paragraph per line;
    the analysed text has a blank line after each paragraph, mapped to the
    paragraph's own line end.
    """

    def __init__(self) -> None:
        self._items: list[_Line] = []
        self._letter_end: int | None = None  # the index of the first item after the letter itself
        self._label = ""

    def paragraph(self, text: str, element: Any = None, joins_next: bool = False) -> None:
        """A paragraph, one line of the original; `joins_next`: its mark is hidden, so that the reader sees
        it and the next paragraph as one (the analysed text has nothing between them; each keeps its line)."""
        label = ""
        if self._label and text.strip():
            label, self._label = self._label, ""
        if label and not text[:1].isspace():
            label += " "
        self._items.append(_Line(label + text, True, ((element, len(label), len(text)),) if element is not None else (),
                                 len(label), joins_next))

    def end_letter(self) -> None:
        """What comes next is no part of the letter itself: its notes."""
        if self._letter_end is None:
            self._letter_end = len(self._items)

    def label_next(self, label: str) -> None:
        """Start the next paragraph with `label` ("Voetnoot:"), in the original only."""
        self._label = label

    def line(self, line: _Line) -> None:
        self._items.append(_Line(line.text, False, line.parts))

    def end_block(self) -> None:
        """End a block of lines (a table) as a paragraph."""
        if self._items and not self._items[-1].ends_paragraph:
            self._items[-1] = replace(self._items[-1], ends_paragraph=True)

    def lines(self) -> list[_Line]:
        """The paragraphs and lines that are not empty (the content of a table cell)."""
        return [item for item in self._items if item.text.strip()]

    def _trimmed(self) -> list[_Line]:
        items = self._items
        # Blank paragraphs at the start and end say nothing.
        while items and not items[-1].text.strip():
            items.pop()
        return items

    def build(self, fmt: str) -> SourceText:
        items = self._trimmed()
        original = "\n".join(item.text for item in items)
        builder = TextBuilder()
        position, analysed, letter_end = 0, 0, None
        for number, item in enumerate(items):
            if number == self._letter_end and number:
                letter_end = analysed
            builder.emit(item.text[item.label:], position + item.label)
            analysed += len(item.text) - item.label
            position += len(item.text)
            if number < len(items) - 1:
                if not (item.joins_next and items[number + 1].ends_paragraph):
                    builder.emit("\n", position)
                    analysed += 1
                    if item.ends_paragraph:
                        builder.insert("\n", position)
                        analysed += 1
                position += 1
        return builder.build(original, len(original), format=fmt, letter_end=letter_end)

    def document_text(self, fmt: str) -> DocumentText:
        """The `SourceText` and the place of every paragraph in it."""
        source = self.build(fmt)
        places, position = [], 0
        for item in self._items:
            for element, offset, length in item.parts:
                places.append(Place(element, position + offset, position + offset + length))
            position += len(item.text) + 1
        return DocumentText(source, places)


_DROPPED = "\u00ad\r"  # soft hyphen, carriage return
_PLAIN = str.maketrans({"\u00a0": " ", **dict.fromkeys(_DROPPED)})


def _normalise(text: str) -> str:
    """Characters that layout programs use for spacing become plain ones."""
    return text.translate(_PLAIN)


def kept_characters(pieces: Iterable[tuple[Any, str]]) -> list[tuple[Any, int]]:
    """For each character of the normalised text of `pieces` ((element, raw text) in reading
    order): the element it comes from and its index in the raw text."""
    return [(element, index) for element, raw in pieces for index, char in enumerate(raw) if char not in _DROPPED]


# --- zip containers: .docx and .odt ----------------------------------------


# What a file is that b1check does not read, by its first bytes (and, in an Office file of the old
# kind, the name of a stream, in UTF-16): a reason for the writer, who can save it as what b1check reads.
_OLE_STREAMS = (
    ("EncryptedPackage", "Dit Office-bestand is beveiligd met een wachtwoord. Sla het op zonder wachtwoord."),
    ("__substg1.0_", "Dit is een Outlook-bericht (.msg); b1check leest dat niet. "
                     "Sla de e-mail in Outlook op als .eml (Opslaan als) en controleer die."),
    ("WordDocument", "Dit is een Word-bestand in het oude formaat (.doc); b1check leest dat niet. "
                     "Sla het in Word op als .docx."),
)
SAVE_AS = "Sla de brief in Word of LibreOffice op als .docx of .odt."


def other_format(data: bytes) -> str | None:
    """Why a file is none of the formats b1check reads, if its first bytes say what it is instead (an
    old Office file, RTF, a flat OpenDocument file); None if they do not."""
    head = data[:2048].lstrip()
    if data[:8] == _OLE_MAGIC:
        return next((reason for stream, reason in _OLE_STREAMS if stream.encode("utf-16-le") in data),
                    "Dit bestand is beveiligd met een wachtwoord, of het is een oud formaat van Office (zoals .doc, "
                    ".xls of .msg); b1check leest het niet. Sla een brief op als .docx of .odt zonder wachtwoord, "
                    "een e-mail als .eml.")
    if head.startswith(b"{\\rtf"):
        return f"Dit is een RTF-bestand; b1check leest dat niet. {SAVE_AS}"
    if head.startswith(b"<?xml") and (b"<office:document " in head or b"<office:document>" in head):
        return f"Dit is een plat OpenDocument-bestand (.fodt); b1check leest dat niet. {SAVE_AS}"
    if head.startswith(b"<?xml") and b"<w:wordDocument" in head:
        return f"Dit is een Word-bestand in XML (Word 2003); b1check leest dat niet. {SAVE_AS}"
    return None


def check_zip(data: bytes, kind: str) -> None:
    """Refuse a broken zip or a zip bomb before any parser unpacks it."""
    reason = other_format(data)
    if reason:
        raise DocumentError(reason)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise DocumentError(f"Dit {kind} is beschadigd: het is geen geldig zip-bestand.") from None
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise DocumentError(f"Dit {kind} bestaat uit te veel onderdelen ({len(members)}); dat is geen brief.")
    unpacked = 0
    for member in members:
        unpacked += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if unpacked > MAX_UNPACKED_BYTES or (member.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise DocumentError(
                f"Dit {kind} wordt bij uitpakken veel groter dan het lijkt (een zip-bom?). b1check leest het niet."
            )


# --- Word (.docx) ----------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_W_CHARS = {_W + "tab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-", _W + "softHyphen": ""}
# Content controls and changes in progress hold text of their own.
_W_CONTAINERS = {_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "moveTo", _W + "smartTag"}
# A tracked move keeps the text at its old place too (w:moveFrom, as w:t): read at its new place only.
_W_SKIPPED = {_W + "del", _W + "moveFrom", _W + "instrText", _W + "delText", _MC_FALLBACK}


_OFF = ("0", "false", "off")


def _switched_on(properties, tags: tuple[str, ...]) -> bool | None:
    """The value of an on/off property (w:vanish …) in a w:rPr: None if it is not set there. An odd
    value counts as on, as a bare element does (python-docx would refuse the whole document)."""
    if properties is None:
        return None
    values = [element.get(_W + "val", "1") for element in properties if element.tag in tags]
    return any(value.lower() not in _OFF for value in values) if values else None


class WordHidden:
    """Which runs of a Word document are hidden text (Word's *Verborgen*), which the reader never sees.

    Hidden is `w:vanish` or `w:specVanish` (always hidden) in a run's properties, or in its character
    style or its paragraph style (each with the styles it is based on, `w:basedOn`: the nearest that
    sets it wins). A run's own properties decide; else the two styles *toggle*, as the standard says
    for on/off properties and as Word shows them (hidden in both is shown). `w:webHidden` hides text
    only in Web view, not on paper: that text is read. python-docx resolves no inherited properties
    (and refuses a document with an odd on/off value), so the styles are read here with lxml.
    """

    _TAGS = (_W + "vanish", _W + "specVanish")

    def __init__(self, document) -> None:
        self._styles: dict[tuple[str, str], Any] = {}
        self._defaults: dict[str, Any] = {}
        self._cache: dict[tuple[str, str | None], bool | None] = {}
        self._base: bool | None = None  # w:docDefaults
        root = _styles_root(document)
        for style in root if root is not None else ():
            if style.tag == _W + "style":
                kind = style.get(_W + "type", "paragraph")
                self._styles.setdefault((kind, style.get(_W + "styleId", "")), style)
                if style.get(_W + "default", "0").lower() not in _OFF:
                    self._defaults.setdefault(kind, style)
            elif style.tag == _W + "docDefaults":
                self._base = _switched_on(style.find(f"{_W}rPrDefault/{_W}rPr"), self._TAGS)

    def __call__(self, run) -> bool:
        return self._hides(run.find(_W + "rPr"), next(run.iterancestors(_W + "p"), None))

    def mark(self, paragraph) -> bool:
        """Is the paragraph's mark hidden (w:pPr/w:rPr, or its styles)? Word then shows the paragraph and
        the next as one, as its *style separator* does, and a hidden paragraph leaves no empty line."""
        properties = paragraph.find(_W + "pPr")
        return self._hides(properties.find(_W + "rPr") if properties is not None else None, paragraph)

    def _hides(self, properties, paragraph) -> bool:
        """Hidden by these run properties (a run's, or a paragraph mark's), else by the toggle of the
        paragraph's style and the character style they name."""
        own = _switched_on(properties, self._TAGS)
        if own is not None:
            return own
        in_paragraph = self._style("paragraph", _style_id(paragraph, "pPr", "pStyle"))
        in_paragraph = self._base if in_paragraph is None else in_paragraph
        character = properties.find(_W + "rStyle") if properties is not None else None
        return bool(in_paragraph) != bool(self._style("character", character.get(_W + "val") if character is not None
                                                      else None))

    def _style(self, kind: str, style_id: str | None) -> bool | None:
        """Does this style (or the nearest style it is based on that says so) hide its text?"""
        key = (kind, style_id)
        if key not in self._cache:
            style = self._styles.get(key) if style_id else None
            style = style if style is not None else self._defaults.get(kind)

            def based_on(style):
                base = style.find(_W + "basedOn")
                return self._styles.get((kind, base.get(_W + "val", ""))) if base is not None else None

            self._cache[key] = _inherited(style, lambda style: _switched_on(style.find(_W + "rPr"), self._TAGS), based_on)
        return self._cache[key]


def _inherited(style, says: Callable[[Any], bool | None], parent: Callable[[Any], Any]) -> bool | None:
    """What the style says, or else the nearest style it inherits from that says something (a Word
    style's `w:basedOn`, an OpenDocument style's parent); None if none does. A circle of styles ends."""
    seen = set()
    while style is not None and id(style) not in seen:
        seen.add(id(style))
        value = says(style)
        if value is not None:
            return value
        style = parent(style)
    return None


def _styles_root(document):
    """word/styles.xml, if the document has one (python-docx's `document.styles` would make one)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        return document.part.part_related_by(RT.STYLES).element
    except (KeyError, AttributeError):
        return None


def _style_id(element, properties: str, style: str) -> str | None:
    found = element.find(f"{_W}{properties}/{_W}{style}") if element is not None else None
    return found.get(_W + "val") if found is not None else None


def _never(run) -> bool:
    return False


def word_pieces(element, boxes: list | None = None, hidden: Callable[[Any], bool] = _never) -> Iterator[tuple[Any, str]]:
    """The content of a paragraph in reading order: (w:t, its text), (w:tab, "\\t") …

    Text boxes are set aside in `boxes`; they are paragraphs of their own. A run that is
    `hidden` (`WordHidden`) is left out, with what it holds: the reader does not see it.
    """
    for child in element:
        tag = child.tag
        if tag == _W + "r" and hidden(child):
            continue
        if tag == _W + "t":
            yield child, child.text or ""
        elif tag == _W + "br":
            yield child, "\n"
        elif tag in _W_CHARS:
            yield child, _W_CHARS[tag]
        elif tag == _W + "txbxContent":
            if boxes is not None:
                boxes.append(child)
        elif tag in _W_SKIPPED:
            continue  # deleted or moved-away text, field codes, and the old copy of a drawing
        elif isinstance(tag, str):
            yield from word_pieces(child, boxes, hidden)


def word_paragraph_text(paragraph, hidden: Callable[[Any], bool] = _never) -> str:
    """A w:p's text as b1check reads it (text boxes left out)."""
    return _normalise("".join(text for _, text in word_pieces(paragraph, hidden=hidden)))


# Marks without width that may stand between two paragraphs of a body.
# Marks that stand between runs or paragraphs and hold no text (`review` moves them with the words).
W_OPENING_MARKS = frozenset({_W + "commentRangeStart", _W + "bookmarkStart", _W + "permStart"})
W_CLOSING_MARKS = frozenset({_W + "commentRangeEnd", _W + "bookmarkEnd", _W + "permEnd"})
W_PROOFING = frozenset({_W + "proofErr"})
_W_BETWEEN_PARAGRAPHS = W_OPENING_MARKS | W_CLOSING_MARKS | W_PROOFING


def _word_block(element, out: Paragraphs, hidden: WordHidden) -> None:
    """Paragraphs and tables of a body, header, footer, cell or text box. A paragraph that is all
    hidden text stays an (empty) line: the line of a finding is the paragraph's number either way."""
    for child in element:
        tag = child.tag
        if tag == _W + "p":
            boxes: list = []
            text = _normalise("".join(text for _, text in word_pieces(child, boxes, hidden)))
            following = child.getnext()
            while following is not None and following.tag in _W_BETWEEN_PARAGRAPHS:
                following = following.getnext()
            # Word joins a paragraph whose mark is hidden with the next paragraph, not with a table or a text box.
            joins = not boxes and following is not None and following.tag == _W + "p" and hidden.mark(child)
            out.paragraph(text, child, joins)
            for box in boxes:
                _word_block(box, out, hidden)
        elif tag == _W + "tbl":
            _word_table(child, out, hidden)
        elif tag in _W_CONTAINERS:
            _word_block(child, out, hidden)


def _word_table(table, out: Paragraphs, hidden: WordHidden) -> None:
    for row in table.iter(_W + "tr"):
        if row.getparent() is not table:
            continue  # a row of a nested table; its cell handles it
        cells = [cell for cell in row if cell.tag == _W + "tc"]
        _table_row([_cell_lines(cell, hidden) for cell in cells], out)
    out.end_block()


def _cell_lines(cell, hidden: WordHidden) -> list[_Line]:
    inner = Paragraphs()
    _word_block(cell, inner, hidden)
    return inner.lines()


def _table_row(cells: list[list[_Line]], out: Paragraphs) -> None:
    """A row of one-line cells is one line ("Telefoon<tab>06 …"); else a line per paragraph."""
    cells = [cell for cell in cells if cell]
    if not cells:
        return
    if all(len(cell) == 1 for cell in cells):
        parts, position = [], 0
        for (line,) in cells:
            parts.extend((element, position + offset, length) for element, offset, length in line.parts)
            position += len(line.text) + 1
        out.line(_Line("\t".join(cell[0].text for cell in cells), False, tuple(parts)))
        return
    for cell in cells:
        for line in cell:
            out.line(line)


# The kinds of note (Word and OpenDocument name them alike), in the order they come in the
# text: footnotes stand at the foot of their page, endnotes at the end of the document.
_NOTE_KINDS = (("footnote", "Voetnoot:"), ("endnote", "Eindnoot:"))
# A reference mark in these was deleted (a tracked change) or is the old copy of a drawing.
_W_NOT_READ = {_W + "del", _W + "moveFrom", _MC_FALLBACK}


# The main part of a Word document with macros (.docm), of a template (.dotx) and of a template with
# macros (.dotm): the same XML as a .docx, which python-docx knows by one content type only.
_WORD_MAIN_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


def register_word_parts() -> None:
    """python-docx 1.2 keeps word/footnotes.xml and word/endnotes.xml as bytes. Registered as XML
    parts (python-docx's own way: its __init__ registers the parts it knows so), they are parsed
    with the body's parser and saved from their element tree, so `review` can mark them. The main
    parts of a .docm, .dotx and .dotm are registered as a .docx's (`_WORD_MAIN_TYPES`)."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.part import PartFactory, XmlPart
    from docx.parts.document import DocumentPart

    for content_type, part in ((CT.WML_FOOTNOTES, XmlPart), (CT.WML_ENDNOTES, XmlPart),
                               *((main, DocumentPart) for main in _WORD_MAIN_TYPES)):
        PartFactory.part_type_for.setdefault(content_type, part)


def word_notes(document, hidden: Callable[[Any], bool] = _never) -> list[tuple[str, Any]]:
    """The notes the body refers to: (label, w:footnote or w:endnote), the footnotes first,
    each kind in the order of its reference marks. Word's separator notes are no text; a note
    whose mark was deleted (a tracked change) or is hidden text is not read, as that text is not."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml

    body = document.element.body
    notes = []
    for kind, label in _NOTE_KINDS:
        try:
            part = document.part.part_related_by(getattr(RT, kind.upper() + "S"))
        except KeyError:
            continue
        root = getattr(part, "element", None)
        if root is None:
            root = parse_xml(part.blob)
        by_id = {
            note.get(_W + "id"): note
            for note in root
            if note.tag == _W + kind and note.get(_W + "type", "normal") == "normal"
        }
        for reference in body.iter(_W + kind + "Reference"):
            if any(ancestor.tag in _W_NOT_READ or ancestor.tag == _W + "r" and hidden(ancestor)
                   for ancestor in reference.iterancestors()):
                continue
            note = by_id.pop(reference.get(_W + "id"), None)  # a note read once, at its first mark
            if note is not None:
                notes.append((label, note))
    return notes


def open_word(data: bytes):
    """The python-docx `Document` of these bytes; raises `DocumentError` for what is no Word file."""
    from docx.opc.exceptions import PackageNotFoundError  # python-docx
    from docx.package import Package
    from docx.parts.document import DocumentPart

    check_zip(data, "Word-bestand")
    register_word_parts()
    try:
        # docx.Document without its check of the content type, which refuses a .docm and a .dotx
        main = Package.open(io.BytesIO(data)).main_document_part
    except (PackageNotFoundError, KeyError, ValueError):
        raise DocumentError("Dit is geen geldig Word-bestand (.docx).") from None
    if not isinstance(main, DocumentPart):  # an Excel or PowerPoint file
        raise DocumentError("Dit is geen geldig Word-bestand (.docx).")
    document = main.document
    # A part with a document type (<!DOCTYPE …>) is no Word file: Word refuses it ("DTD prohibited"). Its
    # entities are not expanded (a billion laughs, a file read from disk), so their text is lost, and a copy
    # from `review` would keep the references without the definitions: XML that nothing opens.
    for part in document.part.package.iter_parts():
        element = getattr(part, "_element", None)  # a part python-docx parsed (and would save again)
        if element is not None and element.getroottree().docinfo.doctype:
            raise DocumentError(
                f"Dit Word-bestand is beschadigd: het onderdeel {part.partname.lstrip('/')} begint met een "
                "documenttype (<!DOCTYPE>), en dat hoort niet in een Word-bestand. Word opent het ook niet."
            )
    return document


def word_text(document, hidden: WordHidden | None = None) -> DocumentText:
    """The text of a python-docx `Document`: headers first, then the body, the footers, and the notes.
    Hidden text is left out (`WordHidden`)."""
    hidden = hidden or WordHidden(document)
    out = Paragraphs()
    headers, footers, seen = [], [], set()
    for section in document.sections:
        for kind, parts in (("header", headers), ("footer", footers)):
            for which in (f"first_page_{kind}", kind, f"even_page_{kind}"):
                part = getattr(section, which)
                if part.is_linked_to_previous:
                    continue
                element = part._element
                if id(element) not in seen:
                    seen.add(id(element))
                    parts.append(element)
    for element in headers:
        _word_block(element, out, hidden)
    _word_block(document.element.body, out, hidden)
    for element in footers:
        _word_block(element, out, hidden)
    out.end_letter()
    for label, note in word_notes(document, hidden):
        out.label_next(label)
        _word_block(note, out, hidden)
    return out.document_text("docx")


def docx_to_text(data: bytes, name: str) -> SourceText:
    return word_text(open_word(data)).source


# --- OpenDocument (.odt) ---------------------------------------------------

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ODF_SKIP = {(_TEXT, "note"), (_TEXT, "tracked-changes"), (_OFFICE, "annotation"), (_TEXT, "sequence-decls")}


def _odf_children(element) -> list:
    return [child for child in element.childNodes if child.nodeType == child.ELEMENT_NODE]


_ODF_CHARS: dict[tuple[str, str], Callable[[Any], str]] = {
    (_TEXT, "s"): lambda element: " " * int(element.getAttribute("c") or 1),
    (_TEXT, "tab"): lambda element: "\t",
    (_TEXT, "line-break"): lambda element: "\n",
}
_ODF_PARAGRAPHS = {(_TEXT, "p"), (_TEXT, "h")}
_ODF_SPANS = {(_TEXT, "span"), (_TEXT, "a")}  # inline elements whose text:style-name is a character style
_CONSTANT = re.compile(r"^\s*(?:[a-z][\w.-]*:)?\s*(true|false|[+-]?\d+(?:\.\d*)?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Shown:
    """Whether the text in an element shows. `gone`: a hidden section or field hides all of it, whatever
    the styles inside say; `hidden`: the nearest style that says so hides it (a span may show it again)."""

    gone: bool = False
    hidden: bool = False


_SHOWN = _Shown()


class OdfHidden:
    """Which text of an OpenDocument text is hidden, so that the reader never sees it.

    Hidden is: a `text:section` with `text:display="none"` (or `"condition"` and a condition that is
    true); a paragraph with a `text:hidden-paragraph` field that is on; the content of a
    `text:hidden-text` field that is on; and text whose paragraph or character style has
    `text:display="none"` in its `style:text-properties`, through `style:parent-style-name` too (the
    nearest style that sets it wins, the span's before the paragraph's: ODF inherits, it does not
    toggle as Word does). A field or section is on when its `text:condition` is a constant that
    is true ("ooow:1", "true"), as LibreOffice evaluates it; a condition on a variable b1check cannot
    evaluate, so there the `text:is-hidden` the application stored decides, and without it the text is
    read: text a reader may see is better checked once too often than not at all.

    Style names are looked up per part, as the standard says: content.xml's automatic styles for the
    body and the notes, styles.xml's for the headers and footers, then the common styles. odfpy puts
    the automatic styles of both parts in one list (a `P1` may be in each), so the two parts are read
    here again with lxml, up to their styles. odfpy also renames a style of styles.xml whose name it
    has seen in content.xml (`P1` becomes `MP1`, and the references after it): `document` gives
    those names back.
    """

    def __init__(self, data: bytes, document: Any = None) -> None:
        renamed = getattr(document, "_styles_ooo_fix", None)  # odfpy 1.4: {old name: new name}
        self._renamed = {new: old for old, new in renamed.items()} if isinstance(renamed, dict) else {}
        self._styles: dict[str, dict[tuple[str, str], Any]] = {"content.xml": {}, "styles.xml": {}}
        self._common: dict[tuple[str, str], Any] = {}
        self._defaults: dict[str, Any] = {}
        self._cache: dict[tuple[str, str, str | None], bool | None] = {}
        archive = zipfile.ZipFile(io.BytesIO(data))
        for part in ("styles.xml", "content.xml"):
            try:
                # A stream, not the whole part: odfpy has unpacked content.xml already, and only
                # its styles, before the body, are read here.
                stream = archive.open(part)
            except KeyError:
                continue
            with stream:
                self._read_styles(part, stream)

    def _read_styles(self, part: str, stream) -> None:
        for kind, element in _odf_style_lists(stream):
            for style in element:
                family = style.get(f"{{{_STYLE}}}family", "")
                if style.tag == f"{{{_STYLE}}}default-style":
                    self._defaults.setdefault(family, style)
                elif style.tag == f"{{{_STYLE}}}style":
                    names = self._common if kind == "styles" else self._styles[part]
                    names.setdefault((family, style.get(f"{{{_STYLE}}}name", "")), style)

    def around(self, paragraph) -> _Shown:
        """Whether the text of a paragraph shows, from the part and the sections, fields and spans
        it stands in (a paragraph of a note stands in its reference's paragraph)."""
        ancestors, node = [], paragraph
        while node is not None and getattr(node, "qname", None) is not None:
            ancestors.append(node)
            node = node.parentNode
        part = self._part(paragraph)
        state = _SHOWN
        for node in reversed(ancestors):
            state = self.inside(node, state, part)
        return state

    def inside(self, element, state: _Shown, part: str | None = None) -> _Shown:
        """Whether the text in `element` shows, when the text around it shows as `state` says."""
        qname = element.qname
        if qname == (_TEXT, "section"):
            display = element.getAttrNS(_TEXT, "display")
            if display == "none" or display == "condition" and _condition_on(element):
                return _Shown(gone=True)
        elif qname == (_TEXT, "hidden-text"):
            if _condition_on(element):
                return _Shown(gone=True)
        elif qname in _ODF_PARAGRAPHS:
            part = part or self._part(element)
            if state.gone or any(_condition_on(field) for field in _paragraph_fields(element)):
                return _Shown(gone=True)
            return _Shown(hidden=bool(self._style(part, "paragraph", element.getAttrNS(_TEXT, "style-name"))))
        elif qname in _ODF_SPANS:
            says = self._style(part or self._part(element), "text", element.getAttrNS(_TEXT, "style-name"))
            if says is not None:
                return replace(state, hidden=says)
        return state

    @staticmethod
    def _part(element) -> str:
        node = element.parentNode
        while node is not None and getattr(node, "qname", None) is not None:
            if node.qname == (_OFFICE, "master-styles"):
                return "styles.xml"
            node = node.parentNode
        return "content.xml"

    def _style(self, part: str, family: str, name: str | None) -> bool | None:
        """Does this style (or the nearest style it inherits from that says so) hide its text?"""
        key = (part, family, name)
        if key not in self._cache:
            style = None
            if name and part == "styles.xml":
                name = self._renamed.get(name, name)
            if name:
                style = self._styles[part].get((family, name))
                style = style if style is not None else self._common.get((family, name))
            def parent(style):
                name = style.get(f"{{{_STYLE}}}parent-style-name")
                return self._common.get((family, name)) if name else None  # a parent is a common style

            value = _inherited(style, _display_none, parent)
            if value is None and family == "paragraph" and "paragraph" in self._defaults:
                value = _display_none(self._defaults["paragraph"])
            self._cache[key] = value
        return self._cache[key]


def _odf_style_lists(stream: IO[bytes]) -> Iterator[tuple[str, Any]]:
    """office:styles and office:automatic-styles of a part ("styles", element), read with lxml up to
    the body or the master pages, which the standard puts after them."""
    from lxml import etree

    wanted = {f"{{{_OFFICE}}}styles": "styles", f"{{{_OFFICE}}}automatic-styles": "automatic"}
    after = {f"{{{_OFFICE}}}body", f"{{{_OFFICE}}}master-styles"}
    events = etree.iterparse(stream, events=("start", "end"), resolve_entities=False, no_network=True,
                             huge_tree=True)  # huge_tree: nested as deep as odfpy reads it
    for event, element in events:
        if event == "start" and element.tag in after:
            return
        if event == "end" and element.tag in wanted:
            yield wanted[element.tag], element


def _display_none(style) -> bool | None:
    """What a style's own text properties say: hidden (text:display="none"), shown, or nothing."""
    properties = style.find(f"{{{_STYLE}}}text-properties")
    display = properties.get(f"{{{_TEXT}}}display") if properties is not None else None
    return None if display is None else display == "none"


def _condition_on(field) -> bool:
    """Is this hidden-text or hidden-paragraph field (or conditional section) on, hiding its text?"""
    constant = _CONSTANT.match(field.getAttrNS(_TEXT, "condition") or "")
    if constant:
        value = constant.group(1).lower()
        return value == "true" or value != "false" and float(value) != 0
    return (field.getAttrNS(_TEXT, "is-hidden") or "").lower() == "true"


def _paragraph_fields(paragraph) -> Iterator:
    """The text:hidden-paragraph fields of a paragraph itself (not of its notes or text boxes)."""
    stack = [paragraph]
    while stack:
        for child in _odf_children(stack.pop()):
            if child.qname == (_TEXT, "hidden-paragraph"):
                yield child
            elif child.qname not in _ODF_SKIP and child.qname != (_DRAW, "text-box"):
                stack.append(child)


def odf_pieces(element, hidden: OdfHidden, boxes: list | None = None) -> Iterator[tuple[Any, str]]:
    """The content of a paragraph in reading order: (text node, its text), (text:s, "   ") …

    Text boxes are set aside in `boxes`; they are paragraphs of their own. Text that is
    `hidden` (`OdfHidden`) is left out, with the text boxes in it: the reader does not see it.
    """
    yield from _odf_inline(element, boxes, hidden, hidden.around(element))


def _odf_inline(element, boxes: list | None, hidden: OdfHidden, state: _Shown) -> Iterator[tuple[Any, str]]:
    if state.gone:
        return  # nothing in it shows, whatever its spans say
    for child in element.childNodes:
        if child.nodeType == child.TEXT_NODE:
            if not state.hidden:
                yield child, str(child.data)
            continue
        if child.nodeType != child.ELEMENT_NODE:
            continue
        qname = child.qname
        if qname in _ODF_CHARS:
            if not state.hidden:
                yield child, _ODF_CHARS[qname](child)
        elif qname == (_DRAW, "text-box"):
            if boxes is not None and not state.hidden:
                boxes.append(child)
        elif qname in _ODF_SKIP:
            continue
        else:
            yield from _odf_inline(child, boxes, hidden, hidden.inside(child, state))


def _odf_block(element, out: Paragraphs, hidden: OdfHidden) -> None:
    """Paragraphs and tables of a body, header, footer, cell, section or text box. A paragraph that is
    all hidden text (or stands in a hidden section) stays an (empty) line, as in a .docx."""
    for child in _odf_children(element):
        qname = child.qname
        if qname in _ODF_PARAGRAPHS:
            boxes: list = []
            out.paragraph(_normalise("".join(text for _, text in odf_pieces(child, hidden, boxes))), child)
            for box in boxes:
                _odf_block(box, out, hidden)
        elif qname == (_TABLE, "table"):
            for row in _odf_rows(child):
                cells = []
                for cell in _odf_children(row):
                    if cell.qname == (_TABLE, "table-cell"):
                        inner = Paragraphs()
                        _odf_block(cell, inner, hidden)
                        cells.append(inner.lines())
                _table_row(cells, out)
            out.end_block()
        elif qname in _ODF_SKIP:
            continue
        else:  # lists, list items, sections, frames, headers and footers
            _odf_block(child, out, hidden)


def _odf_rows(table) -> Iterator:
    for child in _odf_children(table):
        if child.qname == (_TABLE, "table-row"):
            yield child
        elif child.qname in ((_TABLE, "table-header-rows"), (_TABLE, "table-rows"), (_TABLE, "table-row-group")):
            yield from _odf_rows(child)


# A text document, and a text template (.ott): the same content, and a letter either way, as a Word template is.
ODF_TEXT_TYPES = ("application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template")


def open_odt(data: bytes):
    """The odfpy document of these bytes; raises `DocumentError` for what is no text document."""
    from odf.opendocument import load

    check_zip(data, "OpenDocument-bestand")
    # odfpy prints a part whose XML it cannot parse to standard output (in the middle of
    # JSON or SARIF output) and goes on without it: that part is damaged.
    printed = io.StringIO()
    try:
        with redirect_stdout(printed):
            document = load(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile):
        raise DocumentError("Dit is geen geldig OpenDocument-bestand (.odt).") from None
    if printed.getvalue():
        raise DocumentError("Dit OpenDocument-bestand is beschadigd en kan niet gelezen worden.")
    if document.mimetype not in (*ODF_TEXT_TYPES, None, ""):
        raise DocumentError("Dit OpenDocument-bestand is geen tekstdocument (.odt of .ott).")
    return document


def odt_text(document, hidden: OdfHidden) -> DocumentText:
    """The text of an odfpy document: headers first, then the body, the footers, and the notes.
    Hidden text is left out (`OdfHidden`, made from the same bytes)."""
    out = Paragraphs()
    footers = []
    for master in _odf_children(document.masterstyles):
        for part in _odf_children(master):
            if part.qname[0] != _STYLE:
                continue
            if part.qname[1].startswith("header"):
                _odf_block(part, out, hidden)
            elif part.qname[1].startswith("footer"):
                footers.append(part)
    _odf_block(document.text, out, hidden)
    for part in footers:
        _odf_block(part, out, hidden)
    out.end_letter()
    for label, body in odf_notes(document.text, hidden):
        out.label_next(label)
        _odf_block(body, out, hidden)
    return out.document_text("odt")


def odf_notes(text, hidden: OdfHidden) -> list[tuple[str, Any]]:
    """The notes of the body: (label, text:note-body), the footnotes first, each kind in the order
    it stands in the text. Notes in deleted text (text:tracked-changes), in a comment or in hidden
    text (`OdfHidden`: the reader sees no mark, and no note) are not read."""
    found: dict[str, list] = {kind: [] for kind, _ in _NOTE_KINDS}
    stack = [(iter(_odf_children(text)), _SHOWN)]
    while stack:  # not recursive: a deeply nested document must not exhaust the stack here
        child, state = next(stack[-1][0], None), stack[-1][1]
        if child is None:
            stack.pop()
            continue
        if child.qname == (_TEXT, "note"):
            kind = child.getAttrNS(_TEXT, "note-class") or "footnote"
            bodies = [part for part in _odf_children(child) if part.qname == (_TEXT, "note-body")]
            if bodies and kind in found and not (state.gone or state.hidden):
                found[kind].append(bodies[0])
        elif child.qname not in _ODF_SKIP:
            stack.append((iter(_odf_children(child)), hidden.inside(child, state, "content.xml")))
    return [(label, body) for kind, label in _NOTE_KINDS for body in found[kind]]


def odt_to_text(data: bytes, name: str) -> SourceText:
    document = open_odt(data)
    return odt_text(document, OdfHidden(data, document)).source


# --- PDF -------------------------------------------------------------------

# A gap between lines this many times the usual line distance starts a paragraph.
PARAGRAPH_GAP = 1.4


def _pdf_lines(page) -> list[tuple[str, float]]:
    """The lines of a page as pypdf reads them, each with its height on the page."""
    lines: list[tuple[str, float]] = []
    current: list[str] = []
    height: float | None = None

    def visit(text, cm, tm, font, size):
        nonlocal height
        if not text:
            return
        for piece in text.splitlines(keepends=True):
            if height is None and piece.strip():
                height = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            current.append(piece)
            if piece.endswith("\n"):
                lines.append(("".join(current).rstrip("\n"), height if height is not None else 0.0))
                current.clear()
                height = None

    page.extract_text(visitor_text=visit)
    if current:
        lines.append(("".join(current), height if height is not None else 0.0))
    return lines


def _pdf_page_text(lines: list[tuple[str, float]]) -> str:
    """Join a page's lines; a larger gap than usual becomes a blank line."""
    lines = [(_normalise(text).rstrip(), y) for text, y in lines if text.strip()]
    gaps = [previous - y for (_, previous), (_, y) in pairwise(lines) if previous - y > 0]
    # The usual line distance: the smallest gap that is not a superscript's
    # hop. (The median alone fails on a letter of one-line paragraphs.)
    usual = min((gap for gap in gaps if gap >= median(gaps) / 2.5), default=0.0)
    out = []
    for number, (text, y) in enumerate(lines):
        if number:
            gap = lines[number - 1][1] - y
            out.append("\n\n" if usual and (gap > usual * PARAGRAPH_GAP or gap < 0) else "\n")
        out.append(text)
    return "".join(out)


def pdf_to_text(data: bytes, name: str) -> SourceText:
    from pypdf import PdfReader
    from pypdf import errors as pdf_errors
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    # A newer pypdf stops a stream that inflates far beyond its size; an older one has no such
    # error (and an empty tuple catches nothing).
    inflates_too_far = getattr(pdf_errors, "LimitReachedError", ())

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # broken PDFs are our reason, not a warning
    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        raise DocumentError("Dit is geen PDF-bestand.")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FileNotDecryptedError("password")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise DocumentError(
                f"Deze PDF heeft {len(reader.pages)} pagina's; b1check leest er hoogstens {MAX_PDF_PAGES}."
            )
        pages = [_pdf_page_text(_pdf_lines(page)) for page in reader.pages]
    except (FileNotDecryptedError, DependencyError):
        raise DocumentError("Deze PDF is beveiligd met een wachtwoord. b1check kan hem niet lezen.") from None
    except inflates_too_far:
        raise DocumentError("Deze PDF wordt bij uitpakken veel groter dan het lijkt (een zip-bom?). "
                            "b1check leest hem niet.") from None
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        raise DocumentError("Deze PDF is beschadigd en kan niet gelezen worden.") from None
    text = "\n\n".join(page for page in pages if page.strip())
    if not text.strip():
        raise DocumentError(
            "Deze PDF bevat geen tekst, alleen beeld (misschien een scan). "
            "Laat er eerst tekstherkenning (OCR) op los."
        )
    return SourceText.identity(text, format="pdf")


# --- registration ----------------------------------------------------------

_KIND = {"docx": "Word-bestand", "odt": "OpenDocument-bestand", "pdf": "PDF-bestand"}
_TOO_DEEP = (
    "Dit {kind} is te diep genest: er zitten te veel lagen in elkaar (zoals tabellen in tabellen). "
    "b1check kan het daarom niet lezen. Maak de opmaak eenvoudiger en probeer het opnieuw."
)


def too_deep(error: BaseException) -> bool:
    """Is this the XML parser's depth limit (libxml2 stops at 256 levels) or our own walk's
    recursion limit? The document is not damaged then, only nested deeper than b1check reads."""
    if isinstance(error, RecursionError):
        return True
    from lxml import etree

    return isinstance(error, etree.XMLSyntaxError) and "depth" in str(error).lower()


def guarded(fmt: str, convert: Callable[[bytes, str], SourceText]) -> Callable[[bytes, str], SourceText]:
    """Whatever goes wrong inside a document library becomes an `InputError` with a Dutch reason."""

    def load(data: bytes, name: str) -> SourceText:

        try:
            return convert(data, name)
        except DocumentError as error:
            raise InputError(name, error.reason) from None
        except MemoryError:
            raise InputError(name, f"Dit {_KIND[fmt]} is te groot om te lezen.") from None
        except Exception as error:  # noqa: BLE001 - lxml, odfpy, pypdf and zipfile each raise their own errors
            if too_deep(error):
                raise InputError(name, _TOO_DEEP.format(kind=_KIND[fmt])) from None
            raise InputError(name, f"Dit {_KIND[fmt]} is beschadigd en kan niet gelezen worden.") from None

    return load


LOADERS: dict[str, Callable[[bytes, str], SourceText]] = {
    "docx": guarded("docx", docx_to_text),
    "odt": guarded("odt", odt_to_text),
    "pdf": guarded("pdf", pdf_to_text),
}
SUFFIXES = {".docx": "docx", ".docm": "docx", ".dotx": "docx", ".dotm": "docx", ".odt": "odt", ".ott": "odt",
            ".pdf": "pdf"}
