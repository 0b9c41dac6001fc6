"""Turn HTML, Markdown and e-mail into plain text with an offset map.

Each converter takes the decoded original and returns a `SourceText` whose
every character points back to the original file.
"""

from __future__ import annotations

import binascii
import codecs
import email
import email.errors
import email.header
import email.policy
import functools
import re
from array import array
from dataclasses import dataclass, field
from html.entities import name2codepoint
from html.parser import HTMLParser

from .errors import DocumentError
from .scan import TagScanner, blank_spans
from .source import SourceText, TextBuilder, compose

# Tags whose content is never letter text.
_SKIP = {"script", "style", "head", "template", "noscript", "svg", "math", "object", "iframe"}
# Tags that end a paragraph, and tags that end a line.
_PARAGRAPH = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote",
    "section", "article", "header", "footer", "main", "aside", "nav", "form", "fieldset",
    "address", "pre", "hr", "dl", "figure", "body", "html",
}
_LINE = {"br", "li", "tr", "dt", "dd", "caption", "td", "th"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"}
_SPACE = re.compile(r"\s+")


# html.parser looks for the end of a tag, comment or declaration again from
# every '<' whose end is nowhere in the rest of the text: 150,000 times "<a"
# took a minute. Such a '<' cannot start markup, so the parser gets it as text
# (a stand-in character that is turned back into '<').
_OPENER = re.compile(r"<(?:(?P<comment>!--)|(?P<section>!\[)|[!?/A-Za-z])")
_SECTION_NAME = re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*")
_MS_SECTIONS = {"if", "else", "endif"}  # html.parser ends these at "]>", other sections at "]]>"
_ENDS = {"comment": re.compile(r"--\s*>"), "section": re.compile(r"]\s*]\s*>"), "ms_section": re.compile(r"]\s*>")}


def _last_end(pattern: re.Pattern, text: str) -> int:
    last = -1
    for match in pattern.finditer(text):
        last = match.start()
    return last


def _parseable(text: str) -> tuple[str, str]:
    """The text with every '<' that nothing closes replaced by a stand-in; and the stand-in."""
    if "<" not in text:
        return text, "<"
    used = set(text)
    stand_in = next(chr(code) for code in range(0xE000, 0x110000) if chr(code) not in used)
    last = {kind: _last_end(pattern, text) for kind, pattern in _ENDS.items()}
    last["tag"] = text.rfind(">")
    unclosed = []
    for opener in _OPENER.finditer(text):
        kind = opener.lastgroup or "tag"
        if kind == "section":
            name = _SECTION_NAME.match(text, opener.end())
            kind = "ms_section" if name and name.group().lower() in _MS_SECTIONS else "section"
        if last[kind] <= opener.start():
            unclosed.append(opener.start())
    if not unclosed:
        return text, "<"
    chars = list(text)
    for position in unclosed:
        chars[position] = stand_in
    return "".join(chars), stand_in


class _HTMLText(HTMLParser):
    def __init__(self, source: str, stand_in: str = "<") -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.stand_in = stand_in
        self.builder = TextBuilder()
        self.skip_depth = 0
        self.skip_tag: list[str] = []
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _block(self, tag: str) -> None:
        if tag in _PARAGRAPH:
            self.builder.newlines(2, self._offset())
        elif tag in _LINE:
            if tag in ("td", "th"):
                if self.builder.last not in ("", "\n", " "):
                    self.builder.insert(" ", self._offset())
            else:
                self.builder.newlines(1, self._offset())

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip_depth += 1
                self.skip_tag.append(tag)
            return
        if not self.skip_depth:
            self._block(tag)

    def handle_startendtag(self, tag, attrs):
        if not self.skip_depth:
            self._block(tag)

    def handle_endtag(self, tag):
        if tag in _SKIP:
            if self.skip_tag and tag in self.skip_tag:
                while self.skip_tag:
                    self.skip_depth -= 1
                    if self.skip_tag.pop() == tag:
                        break
            return
        if not self.skip_depth and tag in _PARAGRAPH | {"li", "tr"}:
            self._block(tag)

    def handle_data(self, data):
        if self.skip_depth or not data:
            return
        start = self._offset()
        # The parser may report data in pieces; find this piece exactly.
        found = self.source.find(data, start)
        if found != -1:
            start = found
        self._emit_collapsed(data, start)

    def _emit_collapsed(self, data: str, start: int) -> None:
        if self.stand_in != "<":
            data = data.replace(self.stand_in, "<")
        position = 0
        for match in _SPACE.finditer(data):
            self.builder.emit(data[position : match.start()], start + position)
            if self.builder.last not in ("", " ", "\n"):
                self.builder.insert(" ", start + match.start())
            position = match.end()
        self.builder.emit(data[position:], start + position)

    def _reference(self, char: str) -> None:
        if self.skip_depth:
            return
        start = self._offset()
        if char.isspace():
            if self.builder.last not in ("", " ", "\n"):
                self.builder.insert(" ", start)
        else:
            self.builder.insert(char, start)

    def handle_entityref(self, name):
        codepoint = name2codepoint.get(name)
        self._reference(chr(codepoint) if codepoint else f"&{name};")

    def handle_charref(self, name):
        try:
            value = int(name[1:], 16) if name[:1] in ("x", "X") else int(name)
            # As a browser does: no character, a surrogate (&#xD800;) or beyond Unicode is U+FFFD.
            valid = 0 < value < 0x110000 and not 0xD800 <= value <= 0xDFFF
            self._reference(chr(value) if valid else "\ufffd")
        except ValueError:
            self._reference("\ufffd")


def html_to_text(original: str) -> SourceText:
    parseable, stand_in = _parseable(original)
    parser = _HTMLText(parseable, stand_in)
    parser.feed(parseable)
    parser.close()
    return _tidy(parser.builder.build(original, len(original), format="html"))


def _tidy(source: SourceText) -> SourceText:
    """Drop spaces at the start and end of lines, and blank lines at the edges."""
    keep = array("q")
    chars = []
    text = source.text
    for match in re.finditer(r"[^\n]*(\n|$)", text):
        line = match.group(0)
        body = line.rstrip("\n")
        stripped = body.strip(" ")
        if not stripped and not chars:
            continue
        first = match.start() + (len(body) - len(body.lstrip(" ")))
        chars.append(stripped + match.group(1))
        keep.extend(range(first, first + len(stripped)))
        if match.group(1):
            keep.append(match.start() + len(body))
    joined = "".join(chars).rstrip("\n")
    del keep[len(joined):]
    keep.append(len(text))
    return SourceText(
        original=source.original,
        text=joined,
        offsets=compose(source, keep),
        format=source.format,
    )


# Markdown: the words stay where they are; markup becomes spaces.
_MARKDOWN_MARKUP = TagScanner(
    r"(?P<heading>^ {0,3}#{1,6}[ \t])"
    r"|(?P<quote>^ {0,3}>[ \t]?)"
    r"|(?P<link_end>\]\()"
    r"|(?P<image>!\[)"
    r"|(?P<emphasis>(?<!\w)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?!\w))"
    r"|(?P<comment><!--)"
    r"|(?P<tag></?(?=[A-Za-z]))",
    {"heading": None, "quote": None, "link_end": ")", "image": None, "emphasis": None, "comment": "-->", "tag": ">"},
    one_line=frozenset({"link_end", "tag"}),
    flags=re.MULTILINE,
)
_LINK_START = re.compile(r"\[(?=[^\[\]\n]*\]\()")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})([^\n]*)$", re.MULTILINE)


def _code_blocks(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks (``` or ~~~): from the opening fence to a closing fence of
    the same kind and at least the same length, or to the end of the text."""
    blocks, opened = [], None
    for fence in _FENCE.finditer(text):
        mark = fence.group(1)
        if opened is None:
            opened = (mark, fence.start())
        elif mark[0] == opened[0][0] and len(mark) >= len(opened[0]) and not fence.group(2).strip():
            blocks.append((opened[1], fence.end()))
            opened = None
    if opened is not None:
        blocks.append((opened[1], len(text)))
    return blocks


def markdown_to_text(original: str) -> SourceText:
    """Code blocks, markup and link targets become spaces: code is not letter text."""
    text = blank_spans(original, _code_blocks(original))
    text = blank_spans(text, _MARKDOWN_MARKUP.finditer(text))
    text = _LINK_START.sub(" ", text)
    # A bullet stays a bullet: the sentence splitter needs it.
    return SourceText(original=original, text=text, offsets=None, format="markdown")


# E-mail -----------------------------------------------------------------

# A body's bytes travel with two arrays beside them: where in the original each byte starts and
# ends (an escape "=C3", a group of four base64 characters). A tuple a byte, and a list entry a
# character, took 650 MB for a 3.8 MB e-mail.


@dataclass
class _Decoded:
    """Decoded text with, for each character, where it starts and ends in the original."""

    parts: list[str] = field(default_factory=list)
    origins: array = field(default_factory=lambda: array("q"))
    ends: array = field(default_factory=lambda: array("q"))

    def add(self, chars: str, origin: int, end: int) -> None:
        self.parts.append(chars)
        self.origins.extend([origin] * len(chars))
        self.ends.extend([end] * len(chars))


def _decode_bytes(data: bytes, byte_origins: array, byte_ends: array, charset: str) -> tuple[str, array, array]:
    """Decode bytes that know where they stand in the original. Each character starts where its first
    byte does and ends where its last byte ends ("é" as "=C3=A9" covers all six characters): as if
    the bytes were fed to the decoder one at a time, which the charsets of e-mail need not be."""
    try:
        info = codecs.lookup(charset)
        charset = info.name if getattr(info, "_is_text_encoding", True) else "utf-8"  # not "base64", "rot13"
    except LookupError:
        charset = "utf-8"
    if charset in ("utf-16", "utf-32") and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
        charset += "-be"  # without a byte order mark big-endian (RFC 2781): the incremental decoder refuses it
    if _one_byte_a_character(charset) or (charset == "utf-8" and data.isascii()):
        return codecs.getincrementaldecoder(charset)("replace").decode(data, final=True), byte_origins, byte_ends
    decoded = _Decoded()
    if charset == "utf-8":
        _decode_utf8(data, byte_origins, byte_ends, decoded)
    else:
        _decode_one_at_a_time(data, 0, len(data), byte_origins, byte_ends, charset, decoded)
    return "".join(decoded.parts), decoded.origins, decoded.ends


@functools.lru_cache
def _one_byte_a_character(charset: str) -> bool:
    """Does every byte decode to one character of its own and leave the decoder as it was
    (latin-1, cp1252: yes; utf-8, utf-16, shift_jis: no)? Then the bytes decode all at once."""
    decoder = codecs.getincrementaldecoder(charset)("replace")
    state = decoder.getstate()
    return all(len(decoder.decode(bytes((byte,)))) == 1 and decoder.getstate() == state for byte in range(256))


_UTF8_PIECE = 1 << 14  # bytes, about: what one damaged byte costs the decoding one at a time
_ASCII_BYTE = re.compile(rb"[\x00-\x7f]")
_ASCII_THEN_NOT = re.compile(r"([\x00-\x7f]*)([^\x00-\x7f]*)")


def _decode_utf8(data: bytes, byte_origins: array, byte_ends: array, decoded: _Decoded) -> None:
    """UTF-8 in pieces that end with an ASCII byte: after one the decoder waits for nothing, so a piece
    decodes on its own as it does in the whole. A piece of valid UTF-8 decodes at once and each
    character takes as many bytes as it is long in UTF-8; one with a broken byte ("=E9" in a mail
    that says utf-8) decodes one byte at a time, for its U+FFFD to stand where the bytes put it."""
    start = 0
    while start < len(data):
        edge = _ASCII_BYTE.search(data, start + _UTF8_PIECE)
        stop = edge.end() if edge else len(data)
        try:
            text = data[start:stop].decode("utf-8")
        except UnicodeDecodeError:
            _decode_one_at_a_time(data, start, stop, byte_origins, byte_ends, "utf-8", decoded)
            start = stop
            continue
        decoded.parts.append(text)
        at = start
        for run in _ASCII_THEN_NOT.finditer(text):
            width = len(run[1])  # ASCII: a byte a character
            decoded.origins.extend(byte_origins[at:at + width])
            decoded.ends.extend(byte_ends[at:at + width])
            at += width
            for char in run[2]:
                size = len(char.encode("utf-8"))
                decoded.origins.append(byte_origins[at])
                decoded.ends.append(byte_ends[at + size - 1])
                at += size
        start = stop


def _decode_one_at_a_time(data: bytes, start: int, stop: int, byte_origins: array, byte_ends: array,
                          charset: str, decoded: _Decoded) -> None:
    decoder = codecs.getincrementaldecoder(charset)("replace")
    first = None  # the first byte of the characters not yet decoded
    for k in range(start, stop):
        if first is None:
            first = k
        chars = decoder.decode(data[k:k + 1])
        if chars:
            decoded.add(chars, byte_origins[first], byte_ends[k])
            first = None
    tail = decoder.decode(b"", final=True)
    if tail:
        decoded.add(tail, byte_origins[first] if first is not None else 0, byte_ends[stop - 1] if stop > start else 0)


# Quoted-printable, piece by piece: a soft line break, a run of escapes, a run of ASCII but "=",
# or one other character (a lone "=", or one that has no place in quoted-printable).
_QP_PIECE = re.compile(r"(?P<soft>=\r?\n)|(?P<escapes>(?:=[0-9A-Fa-f]{2})+)|(?P<plain>[\x00-\x3c\x3e-\x7f]+)|.", re.S)


def _quoted_printable(raw: str, base: int) -> tuple[bytes, array, array]:
    """The bytes of a quoted-printable body; each points to its escape or its character."""
    data = bytearray()
    origins, ends = array("q"), array("q")
    for piece in _QP_PIECE.finditer(raw):
        start, stop = base + piece.start(), base + piece.end()
        if piece["soft"]:
            continue
        if piece["escapes"]:
            data += bytes.fromhex(piece[0].replace("=", ""))
            origins.extend(range(start, stop, 3))
            ends.extend(range(start + 3, stop + 3, 3))
        elif piece["plain"]:
            data += piece[0].encode("ascii")
            origins.extend(range(start, stop))
            ends.extend(range(start + 1, stop + 1))
        else:
            encoded = piece[0].encode("utf-8", "replace")
            data += encoded
            origins.extend([start] * len(encoded))
            ends.extend([stop] * len(encoded))
    return bytes(data), origins, ends


_NOT_SPACE = re.compile(r"\S+")
_BASE64_LETTERS = re.compile(r"[A-Za-z0-9+/]+")


def _base64(raw: str, base: int) -> tuple[bytes, array, array]:
    """The bytes of a base64 body; each points to the group of four characters it is decoded from."""
    compact, positions = _characters(_NOT_SPACE, raw, base)
    try:
        data = binascii.a2b_base64(compact[: len(compact) - len(compact) % 4])
    except (binascii.Error, ValueError):
        # Damaged: a character lost or one that is no base64 (an e-mail cut off, a stray "=").
        # Decode what is there, as `base64 -d -i` does, rather than lose the whole letter.
        compact, positions = _characters(_BASE64_LETTERS, raw, base)
        if len(positions) % 4 == 1:
            compact, positions = compact[:-1], positions[:-1]
        data = binascii.a2b_base64(compact + "=" * (-len(compact) % 4))
    groups = -(-len(data) // 3)
    starts = positions[0:4 * groups:4]
    ends = array("q", (position + 1 for position in positions[3:4 * groups:4]))
    if len(ends) < groups:  # a short last group: it ends with the last character
        ends.append(positions[-1] + 1)
    return data, _thrice(starts, len(data)), _thrice(ends, len(data))


def _characters(pattern: re.Pattern, raw: str, base: int) -> tuple[str, array]:
    """The characters of `raw` that the pattern matches, and their offsets in the original."""
    runs = [match.span() for match in pattern.finditer(raw)]
    positions = array("q")
    for start, stop in runs:
        positions.extend(range(base + start, base + stop))
    return "".join(raw[start:stop] for start, stop in runs), positions


def _thrice(values: array, count: int) -> array:
    """Each value three times in a row (for the three bytes of a base64 group), the first `count`."""
    out = values * 3
    for k in range(3):
        out[k::3] = values
    del out[count:]
    return out


_DECODED = {"quoted-printable", "base64"}


def _transfer_encoding(part) -> str:
    return str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()


def _part_text(part, original: str, search_from: int) -> tuple[str, array, array] | None:
    raw = part.get_payload(decode=False)
    if not isinstance(raw, str):
        return None
    base = original.find(raw, search_from)
    if base == -1:
        base = original.find(raw[:200], search_from) if raw else -1
    if base == -1:
        base = search_from
    return _decode_body(raw, base, _transfer_encoding(part), part.get_content_charset() or "utf-8")


def _decode_body(raw: str, base: int, encoding: str, charset: str) -> tuple[str, array, array]:
    """The text of a body that stands at `base` in the original, with each character's origin and end."""
    if encoding == "quoted-printable":
        data, origins, ends = _quoted_printable(raw, base)
    elif encoding == "base64":
        data, origins, ends = _base64(raw, base)
    else:
        # 7bit/8bit: the payload is already text; only map it.
        return raw, array("q", range(base, base + len(raw))), array("q", range(base + 1, base + len(raw) + 1))
    return _decode_bytes(data, origins, ends, charset)


def _header_text(value) -> str:
    """A header with its encoded words (=?charset?…?=) decoded. A charset Python does not know, or
    bytes that are not in their charset, give replacement characters in that word, never an error:
    one bad header must not make the whole e-mail unreadable."""
    value = str(value)
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except (LookupError, UnicodeError, email.errors.HeaderParseError):
        pass
    try:
        parts = email.header.decode_header(value)
    except email.errors.HeaderParseError:
        return value
    words = []
    for data, charset in parts:
        if isinstance(data, str):
            words.append(data)
            continue
        try:
            words.append(data.decode(charset or "utf-8", "replace"))
        except LookupError:
            words.append(data.decode("utf-8", "replace"))
    return "".join(words)


def _emit_body(builder: TextBuilder, part, original: str, search_from: int, is_html: bool, encoded: bool) -> str:
    """Emit the text of the body part into `builder`; return the letter as it reads. (The decoded
    body and its map are a letter's worth of memory each: they go once the builder has them.)"""
    decoded = _part_text(part, original, search_from)
    if decoded is None:
        return ""
    body, origins, ends = decoded
    if is_html:
        inner = html_to_text(body)
        last = len(origins) - 1
        at = [min(inner.offsets[i], last) for i in range(len(inner.text))]
        builder.emit_mapped(inner.text, (origins[i] for i in at), (ends[i] for i in at) if encoded else None)
        return inner.text
    builder.emit_mapped(body.replace("\r\n", " \n"), origins, ends if encoded else None)
    return body


_TNEF_TYPES = ("application/ms-tnef", "application/vnd.ms-tnef")
_TNEF_SIGNATURE = b"\x78\x9f\x3e\x22"  # 0x223E9F78, little-endian: the first bytes of every TNEF stream


def _is_tnef(part) -> bool:
    """Is this part Outlook's rich text (TNEF, winmail.dat), by its type, its name or its first bytes?"""
    if part.get_content_type() in _TNEF_TYPES or (part.get_filename() or "").strip().lower() == "winmail.dat":
        return True
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, TypeError, LookupError):
        return False
    return isinstance(payload, bytes) and payload.startswith(_TNEF_SIGNATURE)


def eml_to_text(original: str, raw_bytes: bytes) -> SourceText:
    message = email.message_from_bytes(raw_bytes, policy=email.policy.compat32)
    builder = TextBuilder()
    # The sender counts as contact details: a reader can answer an e-mail,
    # unless it comes from a noreply address.
    for header in ("From", "Reply-To"):
        match = re.search(rf"^{header}:[ \t]*(.*)$", original, re.MULTILINE | re.IGNORECASE)
        if match and "@" in match.group(1):
            builder.emit(match.group(1).rstrip(), match.start(1))
            builder.newlines(2, match.end(1))
    subject = message.get("Subject")
    if subject:
        decoded = " ".join(_header_text(subject).split())
        match = re.search(r"^Subject:[ \t]*", original, re.MULTILINE | re.IGNORECASE)
        origin = match.end() if match else 0
        if decoded and original.startswith(decoded, origin):
            builder.emit(decoded, origin)
        else:
            builder.insert(decoded, origin)
        builder.newlines(2, origin)

    blank_line = re.search(r"\r?\n\r?\n", original)
    header_end = blank_line.start() if blank_line else len(original)
    plain = html = None
    attachments = 0
    damaged = False
    for part in message.walk():
        damaged = damaged or bool(part.defects)
        if part.get_content_disposition() == "attachment":
            attachments += 1
            continue
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = part
        elif kind == "text/html" and html is None:
            html = part
    chosen = plain or html
    encoded = chosen is not None and _transfer_encoding(chosen) in _DECODED
    letter = "" if chosen is None else _emit_body(builder, chosen, original, header_end, chosen is html, encoded)
    # The letter is the body: a subject alone is no letter to check, nor would "B1: ja" for it be true.
    # (A file with no text at all gets the reason of every empty file.)
    if not letter.strip() and original.strip():
        # Outlook sent the letter in its own rich text: the text is there, in a file b1check cannot open.
        # (Asked here only: a part is decoded to see its first bytes, and a letter that reads needs none.)
        if any(not p.is_multipart() and p.get_content_maintype() != "text" and _is_tnef(p) for p in message.walk()):
            raise DocumentError("De tekst van deze e-mail staat in een bijlage van Outlook (winmail.dat), en die kan "
                                "b1check niet lezen. Sla de e-mail in Outlook op als tekst of HTML, of vraag de "
                                "afzender hem zo te sturen (niet in RTF-opmaak), en controleer hem dan opnieuw.")
        if damaged:
            raise DocumentError("Deze e-mail is beschadigd: de delen ervan kloppen niet, en b1check vindt er geen tekst in.")
        if attachments:
            raise DocumentError("In deze e-mail staat geen tekst, alleen bijlagen. "
                                "Sla een bijlage op en controleer die als eigen bestand.")
        raise DocumentError("In deze e-mail staat geen tekst, alleen de kop (afzender en onderwerp).")
    return builder.build(original, len(original), format="email", encoded=encoded)


# --- gettext catalogues (.po) -------------------------------------------------------------
# Only the translations (msgstr) are letter text; msgid, comments, the header entry and old
# entries (#~) are not. Written by hand: polib and babel parse entries but give no offsets in
# the file, and every finding (and `fix`) must point into the catalogue itself.
_PO_KEYWORD = re.compile(r'^(?P<key>msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]+(?=")', re.M)
_PO_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_PO_ESCAPES = {"n": "\n", "t": " ", '"': '"', "\\": "\\"}


def po_to_text(original: str, raw_bytes: bytes = b"") -> SourceText:
    """The translations of a gettext catalogue, each where it stands in the file; the
    rest blanked. An escape keeps its two characters' room: "\\n" is a space and a line
    break, so a translation with line breaks reads as lines."""
    chars = [char if char == "\n" else " " for char in original]
    current = None  # the keyword whose strings the line continues
    empty_id = False  # the entry's msgid is "": the header, metadata and no text
    for line_start, line in _lines(original):
        stripped = line.lstrip()
        if not stripped or stripped.startswith("#"):
            current = None
            continue
        keyword = _PO_KEYWORD.match(stripped)
        strings = list(_PO_STRING.finditer(stripped, keyword.end() if keyword else 0))
        if keyword:
            current = keyword.group("key")
            if current == "msgid":
                empty_id = [s.group(1) for s in strings] == [""]
        elif current == "msgid" and any(s.group(1) for s in strings):
            empty_id = False
        if current is None or not current.startswith("msgstr") or empty_id:
            continue
        base = line_start + (len(line) - len(stripped))
        for found in strings:
            _copy_po_string(original, chars, base + found.start(1), base + found.end(1))
    return SourceText(original=original, text="".join(chars), format="po")


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _copy_po_string(original: str, chars: list[str], start: int, end: int) -> None:
    index = start
    while index < end:
        if original[index] == "\\" and index + 1 < end:
            chars[index], chars[index + 1] = " ", _PO_ESCAPES.get(original[index + 1], " ")
            index += 2
            continue
        chars[index] = original[index]
        index += 1
