"""Offsets in a document's text ↔ LSP positions: a line and a column in the client's units.

The protocol counts lines at "\\n", "\\r\\n" and "\\r", and columns in UTF-16
code units unless client and server agreed on another encoding; b1check
counts characters from the start of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from lsprotocol import types
from pygls.workspace.position_codec import PositionCodec

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class Positions:
    def __init__(self, text: str, codec: PositionCodec) -> None:
        self.text = text
        self.codec = codec
        self.starts = [0]  # where each line starts
        self.ends = []  # where each line's text ends (before its line break)
        for found in _LINE_BREAK.finditer(text):
            self.ends.append(found.start())
            self.starts.append(found.end())
        self.ends.append(len(text))

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        return types.Position(line=line, character=self.codec.client_num_units(self.text[start:offset]))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        if position.line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[position.line], self.ends[position.line]
        units = 0
        for index in range(start, end):
            if units >= position.character:
                return index
            units += self.codec.client_num_units(self.text[index])
        return end

    def line_end(self, line: int) -> int:
        """The offset just after the text of `line` (0-based), before its line break."""
        return self.ends[min(line, len(self.ends) - 1)]
