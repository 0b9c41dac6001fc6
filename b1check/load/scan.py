"""Find tags (template tags, Markdown markup) in one pass over a text, in time linear in its length."""

from __future__ import annotations

import re
from collections.abc import Iterator


class TagScanner:
    """Finds tags in one pass over a text: from an opening mark to the first
    closing mark after it, or what a small pattern matches at the mark.

    As a regular expression, `\\{%.*?%\\}` looks for the closing mark again
    from every opening mark: a text full of `{%` without any `%}` took
    minutes. The scanner looks once and remembers how far a closing mark is
    absent, so that the marks after it fail at once. The small patterns
    never look further than a fixed length or the next opening mark.

    `marks` is a pattern with one named group per kind of tag; `ends` says
    for each kind where the tag ends: at a closing string, at a closing
    string on the same line (`one_line`), where a pattern matched at the
    mark ends, or (None) where the mark ends.
    """

    def __init__(
        self, marks: str, ends: dict[str, str | re.Pattern | None], one_line: frozenset[str] = frozenset(), flags=0
    ) -> None:
        self._marks = re.compile(marks, flags)
        self._ends = ends
        self._one_line = one_line

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, inside) of each tag, left to right, never overlapping. `inside` is the
        text between the marks, the pattern's first group, or the mark."""
        absent: dict[tuple[str, bool], int] = {}  # closing string → no such string before here
        position = 0
        search = self._marks.search
        while (found := search(text, position)) is not None:
            start, kind = found.start(), found.lastgroup
            end_mark = self._ends[kind]
            if end_mark is None:
                position = found.end()
                yield start, position, found.group()
                continue
            if isinstance(end_mark, str):
                one_line = kind in self._one_line
                key = (end_mark, one_line)
                if found.end() >= absent.get(key, -1):
                    limit = text.find("\n", found.end()) if one_line else -1
                    limit = len(text) if limit == -1 else limit
                    close = text.find(end_mark, found.end(), limit)
                    if close != -1:
                        position = close + len(end_mark)
                        yield start, position, text[found.end() : close]
                        continue
                    absent[key] = limit
            else:
                match = end_mark.match(text, start)
                if match is not None:
                    position = match.end()
                    yield start, position, match.group(1) if end_mark.groups else match.group()
                    continue
            position = start + 1


_NOT_NEWLINE = re.compile(r"[^\n]")


def blank_spans(text: str, spans) -> str:
    """`text` with every (start, end, …) span turned into spaces; line breaks stay,
    so that line numbers and paragraphs stay where they are."""
    pieces, position = [], 0
    for start, end, *_ in spans:
        pieces += [text[position:start], _NOT_NEWLINE.sub(" ", text[start:end])]
        position = end
    return "".join(pieces) + text[position:] if pieces else text
