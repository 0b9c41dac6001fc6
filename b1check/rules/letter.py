"""Rules about the letter as a whole: contact details and structure."""

from __future__ import annotations

import re
from functools import lru_cache

from ..analysis import contact
from ..language.wordlists import read_toml, wordlist_dir
from .base import Context, Hit, check


@lru_cache(maxsize=1)
def structure_patterns() -> dict[str, re.Pattern]:
    data = read_toml(wordlist_dir() / "structuur.toml")
    return {key: re.compile("|".join(f"(?:{p})" for p in data[key])) for key in ("refusal", "reason", "next_step")}


def _letter_anchor(context: Context) -> tuple[int, int]:
    """Where a finding about the whole letter points: its last paragraph,
    where a reader looks for contact details."""
    paragraphs = context.analysis.paragraphs
    if not paragraphs:
        return 0, 0
    last = paragraphs[-1]
    first_line_end = context.source.text.find("\n", last.start_char)
    end = last.end_char if first_line_end == -1 else min(first_line_end, last.end_char)
    return last.start_char, max(end, last.start_char + 1)


@check("CON001", "CON002", "CON003", "CON004", "CON005", "CON006", "CON007", "CON008")
def contact_details(context: Context):
    details = context.contact
    start, end = _letter_anchor(context)
    required = context.settings.required_contact
    if not details.named_person and "named_person" in required:
        yield Hit("CON001", start, end)
    if details.phone == "none" and "phone" in required:
        yield Hit("CON002", start, end)
    elif details.phone == "general" and "phone" in required:
        general = [m.value for m in context.phone_mentions if m.kind == "general"]
        yield Hit("CON003", start, end, {"number": " of ".join(general) or "14 0xx"})
    for mention in context.phone_mentions:
        if mention.kind == "paid":
            yield Hit("CON004", mention.start, mention.end, {"number": mention.value})
    if details.email == "none" and "email" in required:
        yield Hit("CON005", start, end)
    for mention in context.email_mentions:
        if mention.kind == "noreply":
            yield Hit("CON006", mention.start, mention.end, {"address": mention.value})
        elif mention.kind == "generic" and details.email == "generic":
            yield Hit("CON008", mention.start, mention.end, {"address": mention.value})
    if details.email == "noreply" and not any(m.kind == "noreply" for m in context.email_mentions):
        for mention in context.noreply_mentions[:1]:  # "U kunt niet reageren op deze e-mail."
            yield Hit("CON006", mention.start, mention.end, {"address": "dit bericht"})
    # Any phone number or e-mail address that answers is a way to reach a person (the editor's definition).
    reachable = details.phone != "none" or details.email not in ("none", "noreply")
    website = contact.points_to_website(context.source)
    if website and not reachable:
        yield Hit("CON007", *website)


@check("STR001", "STR002")
def structure(context: Context):
    patterns = structure_patterns()
    sentences = context.sentences
    texts = [s.text.lower() for s in sentences]
    for index, sentence_text in enumerate(texts):
        if not patterns["refusal"].search(sentence_text):
            continue
        nearby = " ".join(texts[max(0, index - 1) : index + 4])
        if not patterns["reason"].search(nearby):
            sentence = sentences[index]
            yield Hit("STR001", sentence.start_char, sentence.start_char + len(sentence.text.rstrip()))
    if len(sentences) >= 4 and not patterns["next_step"].search(context.lower_text):
        start, end = _letter_anchor(context)
        yield Hit("STR002", start, end)
