"""Rules about tone: threats and accusations in their context (TON001), hard words (TON002),
the municipality writing about itself as someone else (TON003)."""

from __future__ import annotations

from .base import Context, Hit, check, span_hit


@check("TON001", "TON002")
def tone(context: Context):
    """Words from wordlists/toon.toml; each threat counts only in the context its entry names.
    The entry's first alternative is an example of a calm, honest way to say it, shown in the
    message: it rewrites the sentence, so it is never offered as a replacement of the words."""
    taken: set[int] = set()
    said: set[tuple] = set()
    for match in context.tone_matches:
        tokens = set(range(match.span.start, match.span.end))
        if tokens & taken:
            continue  # "U riskeert een boete": one finding for the first entry that covers the words
        taken |= tokens
        entry = match.entry
        key = (match.code, entry.phrase, match.calm, match.hypothetical)  # (another message is another advice)
        if key in said:
            continue  # the same advice once per letter ("deurwaarder" three times in a calm explanation)
        if _in_brackets(context.doc, match.span):
            continue  # "op uw kosten ongedaan maken (bestuursdwang)": the name of what the sentence explains
        said.add(key)
        # Advice, never a replacement: a calm warning is written anew, not by swapping a word.
        variant = {"variant": "calm"} if match.calm else {"variant": "if"} if match.hypothetical else {}
        yield span_hit(match.code, match.span, (), phrase=entry.phrase, reason=entry.reason,
                       example=entry.alternatives[0], **variant)


def _in_brackets(doc, span) -> bool:
    """Is the span all there is between two brackets?"""
    return (span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "("
            and doc[span.end].text == ")")


@check("TON003")
def writes_as_wij(context: Context):
    """"De gemeente vindt" → "Wij vinden": a replacement where the sentence allows it, else advice."""
    doc = context.doc
    for reference in context.self_references:
        span = doc[reference.start : reference.end]
        if reference.suggestion is None and reference.owned:
            yield Hit("TON003", span.start_char, span.end_char, {"name": reference.name},
                      advice=(f"schrijf dan '{reference.owned}' in plaats van '{span.text}'",))
        elif reference.suggestion is None:
            yield Hit("TON003", span.start_char, span.end_char, {"name": reference.name},
                      advice=("schrijf 'wij' of 'ons', en zet het werkwoord in het meervoud als dat nodig is",))
        else:
            yield span_hit("TON003", span, (reference.suggestion,), name=reference.name)
