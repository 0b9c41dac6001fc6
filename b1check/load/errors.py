"""The one exception loaders raise for bad input, with a Dutch reason."""

from __future__ import annotations


class InputError(Exception):
    """Input that b1check cannot read. The message is for the user, in Dutch."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
