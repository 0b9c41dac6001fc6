"""What the review needs from a document format: its text and places, and the marks it can take."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from ..load.documents import DocumentText


class Unsafe(Exception):
    """This stretch of the document cannot be marked this way (a field, a link's edge …)."""


Piece = tuple[Any, int, int]  # a paragraph element, and a stretch of its text: start, end


@dataclass(frozen=True)
class EarlierReview:
    """What a copy still holds from an earlier `b1check review`."""

    removed: int = 0  # b1check's comments, taken out: the new review writes them anew
    answered: int = 0  # b1check's comments that someone answered: kept, the conversation is theirs
    pending: int = 0  # b1check's tracked changes nobody accepted or rejected yet: left for the writer


class ReviewCopy(Protocol):
    """A document being annotated (`word.WordCopy`, `opendocument.OpenDocumentCopy`)."""

    text: DocumentText
    earlier: EarlierReview  # what an earlier review left in it (its comments are taken out on opening)
    tracks_changes: bool  # can it show a replacement as a tracked change?

    def where(self, paragraph: Any) -> str | None:
        """Where a paragraph is, if it can carry no comment ("in de koptekst"); None in the main text."""

    def comment(self, first: Piece, last: Piece, text: str, now: dt.datetime) -> Any:
        """A comment from the start of `first` to the end of `last`; raises `Unsafe`."""

    def fill(self, comment: Any, text: str) -> None:
        """Write the text of a comment made empty."""

    def can_replace(self, paragraph: Any, start: int, end: int) -> bool: ...

    def replace(self, paragraph: Any, start: int, end: int, new_text: str, now: dt.datetime) -> None:
        """A tracked change; after the last comment. Raises `Unsafe`."""

    def save(self) -> bytes: ...
