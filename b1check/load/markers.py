"""The suppression markers (`b1check: ignore[CODE]`) in a letter.

They are not letter text: the loader blanks them, without moving any offset,
and `rules.suppress` reads them from the original.
"""

from __future__ import annotations

import re

MARKER = re.compile(r"b1check:[ \t]*(?P<kind>ignore-file|ignore)(?:\[(?P<codes>[A-Za-z0-9, ]*)\])?")


def blank_markers(text: str) -> str:
    """Markers are not letter text: blank them without moving offsets."""
    if "b1check:" not in text:
        return text
    return MARKER.sub(lambda m: " " * len(m.group(0)), text)
