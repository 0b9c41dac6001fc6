"""Rules about tone: threats and accusations in their context (TON001), hard words (TON002)."""

from __future__ import annotations

from .base import Context, check, span_hit


@check("TON001", "TON002")
def tone(context: Context):
    """Words from wordlists/toon.toml; each threat counts only in the context its entry names."""
    taken: set[int] = set()
    for match in context.tone_matches:
        tokens = set(range(match.span.start, match.span.end))
        if tokens & taken:
            continue  # "U riskeert een boete": one finding for the first entry that covers the words
        taken |= tokens
        entry = match.entry
        yield span_hit(match.code, match.span, entry.alternatives, phrase=entry.phrase, reason=entry.reason)
