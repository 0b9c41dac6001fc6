"""Text to analyse, with a map back to the original file.

Loaders turn a file into a `SourceText`: the plain text b1check reads plus,
for every character of it, the offset of the character in the original file
it came from. Findings are found in the text and reported in the original.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Placeholder:
    """A template variable, merge field or editor note: one opaque word."""

    start: int  # in SourceText.text
    end: int
    name: str  # what is inside the brackets, e.g. "medewerker.naam"


@dataclass
class SourceText:
    original: str
    text: str
    # offsets[i] is the original offset of text[i]; one extra entry for the
    # end. None means text and original are the same string.
    offsets: array | None = None
    placeholders: list[Placeholder] = field(default_factory=list)
    # The if/elif/else choices of a template (templates.choices), in offsets of `text`.
    choices: list = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    format: str = "text"
    # The original holds (part of) the text encoded, as an e-mail's quoted-printable or
    # base64 part does: there a finding shows the text as it reads (`quote`).
    encoded: bool = False
    # Where one character of `text` takes more than one in the original ("=C3=A9" for "é"):
    # ends[i] is the original offset just after text[i]. None: each character ends one after it starts.
    ends: array | None = None
    # Where the letter itself ends in `text`. After it come a document's footnotes and endnotes:
    # checked sentence by sentence, but not read by the checks of the whole letter (contact
    # details, next step, refusals). None: all of `text` is the letter.
    letter_end: int | None = None
    _line_starts: list[int] | None = field(default=None, repr=False)

    @classmethod
    def identity(cls, original: str, **kwargs) -> SourceText:
        return cls(original=original, text=original, **kwargs)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of `text` to the span it covers in `original`."""
        if self.offsets is None:
            return start, end
        o_start = self.offsets[start]
        # The end is mapped through the last character, so that a span never
        # swallows markup that follows it.
        if end <= start:
            o_end = o_start
        else:
            o_end = self.ends[end - 1] if self.ends is not None else self.offsets[end - 1] + 1
        return o_start, max(o_start, o_end)

    def quote(self, start: int, end: int) -> str:
        """What a finding on a span of `text` shows: the original's own characters, or, where the
        original is an encoding of the text and differs from it, the text as it reads
        ("bewonersparkeervergunning", not "bewonersparkee=\nrvergunning" or "YmV3b25lcn")."""
        original_start, original_end = self.original_span(start, end)
        original = self.original[original_start:original_end]
        if self.encoded and original != self.text[start:end]:
            return self.text[start:end]
        return original

    def unbroken(self, start: int, end: int) -> bool:
        """Does a span of `text` stand in the original as it is (no markup, entity
        or line-end conversion inside)?"""
        original_start, original_end = self.original_span(start, end)
        return self.original[original_start:original_end] == self.text[start:end]

    def pin(self, start: int, end: int) -> tuple[int, int, int, int]:
        """Where a span of `text` stands in the original file: (line, column, start, end)."""
        original_start, original_end = self.original_span(start, end)
        return (*self.line_column(original_start), original_start, original_end)

    def line_column(self, original_offset: int) -> tuple[int, int]:
        """1-based line and column of an offset in `original`."""
        if self._line_starts is None:
            starts = [0]
            find = self.original.find
            pos = find("\n")
            while pos != -1:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
            self._line_starts = starts
        line = bisect_right(self._line_starts, original_offset)
        return line, original_offset - self._line_starts[line - 1] + 1

    def letter_only(self) -> SourceText:
        """This text without what follows the letter (`letter_end`): that part blanked, so that
        every offset stays as it is. The text itself when it is all letter."""
        if self.letter_end is None or self.letter_end >= len(self.text):
            return self
        end = self.letter_end
        rest = "".join("\n" if char == "\n" else " " for char in self.text[end:])
        return replace(self, text=self.text[:end] + rest, _line_starts=None,
                       placeholders=[field for field in self.placeholders if field.end <= end])


class TextBuilder:
    """Builds a text character by character while recording original offsets.

    Used by the loaders that do not keep the file as it is (HTML, e-mail,
    Markdown). `emit` copies text that stands in the original at `origin`;
    `insert` adds characters of our own (a line break for a paragraph tag),
    pinned to one original offset.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.offsets = array("q")
        self.ends: array | None = None  # only once a character is wider than one in the original
        self._last = ""

    def emit(self, text: str, origin: int) -> None:
        if not text:
            return
        self._parts.append(text)
        self.offsets.extend(range(origin, origin + len(text)))
        if self.ends is not None:
            self.ends.extend(range(origin + 1, origin + len(text) + 1))
        self._last = text[-1]

    def emit_mapped(self, text: str, origins, ends=None) -> None:
        """Emit text whose characters come from the given original offsets (and end at `ends`)."""
        if not text:
            return
        self._parts.append(text)
        before = len(self.offsets)
        self.offsets.extend(origins)
        if ends is not None and self.ends is None:
            self.ends = array("q", (origin + 1 for origin in self.offsets[:before]))
        if self.ends is not None:
            self.ends.extend(ends if ends is not None else (origin + 1 for origin in self.offsets[before:]))
        self._last = text[-1]

    def insert(self, text: str, origin: int) -> None:
        if not text:
            return
        self._parts.append(text)
        self.offsets.extend([origin] * len(text))
        if self.ends is not None:
            self.ends.extend([origin + 1] * len(text))
        self._last = text[-1]

    def newlines(self, count: int, origin: int) -> None:
        """End the current line (count=1) or paragraph (count=2), once."""
        text = "".join(self._parts[-3:])
        have = len(text) - len(text.rstrip("\n")) if text else count
        if not self._parts:
            return
        if have < count:
            self.insert("\n" * (count - have), origin)

    @property
    def last(self) -> str:
        return self._last

    def build(self, original: str, end_origin: int, **kwargs) -> SourceText:
        """The text built; it takes the builder's arrays (no copy of a map as long as the text), so a
        builder builds once."""
        self.offsets.append(end_origin)
        text, offsets, ends = "".join(self._parts), self.offsets, self.ends
        self._parts, self.offsets, self.ends = [], array("q"), None
        return SourceText(original=original, text=text, offsets=offsets, ends=ends, **kwargs)


def compose(outer: SourceText, inner_offsets: array | None) -> array | None:
    """Offsets of a text derived from `outer.text`, mapped to `outer.original`.

    `inner_offsets[i]` is an offset into `outer.text`; the result is an offset
    into `outer.original`.
    """
    if outer.offsets is None:
        return inner_offsets
    if inner_offsets is None:
        return outer.offsets
    mapped = outer.offsets
    return array("q", (mapped[i] for i in inner_offsets))
