"""The writer's own document back from the web page: `b1check review` on the uploaded bytes.

The copy is made in the child that reads the upload and travels to the browser
inside the answer itself: nothing is written to disk and the server keeps
nothing between requests, so there is no store to bound, to expire or to leak
from another reader's letter. The page's script gets the bytes in base64 and
makes a file of them in the browser (a Blob), which the link saves under its
name: a letter with a logo is megabytes, too long for a `data:` link in some
browsers. Without the script, the page itself holds a `data:` link.
"""

from __future__ import annotations

import base64
import logging
import mimetypes
from dataclasses import dataclass
from pathlib import PurePath

from ..load import InputError
from ..review import refusal, review_bytes, reviewed_path
from ..settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReviewedCopy:
    """The reviewed document, or why there is none (in Dutch)."""

    source: str  # the uploaded file's name
    filename: str = ""  # brief.b1check.docx
    data: bytes = b""
    tracks_changes: bool = False  # the safe replacements are tracked changes (else comments only)
    problem: str | None = None

    @property
    def suffix(self) -> str:
        return PurePath(self.source.lower()).suffix

    @property
    def kind(self) -> str:
        """The MIME type of the copy, so that the browser saves it as a Word or OpenDocument file."""
        return mimetypes.guess_type(self.filename, strict=False)[0] or "application/octet-stream"

    @property
    def href(self) -> str:
        """A link that holds the document itself, for the page without its script."""
        return f"data:{self.kind};base64,{base64.b64encode(self.data).decode('ascii')}"

    def for_script(self) -> dict[str, str]:
        """What the page's script needs to make the file in the browser (a Blob and its link)."""
        return {"filename": self.filename, "type": self.kind, "base64": base64.b64encode(self.data).decode("ascii")}


def can_review(name: str) -> bool:
    return refusal(name) is None


def reviewed_copy(data: bytes, name: str, settings: Settings) -> ReviewedCopy | None:
    """The uploaded document with its findings as comments; None for a format `review` cannot annotate."""
    if not can_review(name):
        return None
    try:
        review = review_bytes(data, name, settings)
    except InputError as error:
        return ReviewedCopy(name, problem=f"Een kopie met opmerkingen kan b1check van dit document niet maken. "
                                          f"{error.reason}")
    except Exception as error:  # noqa: BLE001 - the letter text is read; only the copy is missing
        log.error("b1check serve: kopie met opmerkingen mislukt (%s)", type(error).__name__)
        return ReviewedCopy(name, problem="Een kopie met opmerkingen kan b1check van dit document niet maken.")
    return ReviewedCopy(name, reviewed_path(name).name, review.data, review.tracks_changes)
