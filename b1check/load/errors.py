"""The one exception loaders raise for bad input, with a Dutch reason."""

from __future__ import annotations


class InputError(Exception):
    """Input that b1check cannot read. The message is for the user, in Dutch."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class DocumentError(Exception):
    """A file whose format b1check cannot read, raised by a loader that does not know the
    file's name (`load_parsed` adds it); `reason` is for the user, in Dutch."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
