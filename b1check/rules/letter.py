"""Rules about the letter as a whole: contact details and structure."""

from __future__ import annotations

import re

from ..analysis import contact
from .base import Context, Hit, check
from .sentences import end_char


def _letter_anchor(context: Context) -> tuple[int, int]:
    """Where a finding about the whole letter points: the closing ("Met vriendelijke groet,"), where
    the sender signs and a reader looks for whom to call; without one, the first line of the last
    paragraph of the letter in Dutch (not a note, not a disclaimer in English)."""
    closing = context.closing
    if closing is not None and closing[1] > closing[0]:
        return closing
    paragraphs = context.letter_paragraphs
    if not paragraphs:
        return 0, 0
    foreign = context.foreign_sentences
    dutch = [p for p in paragraphs if any(s.start not in foreign for s in context.analysis.sentences_in(p))]
    last = (dutch or paragraphs)[-1]
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
    reachable = details.phone != "none" or details.email not in ("none", "noreply")
    website = None if reachable else contact.points_to_website(context.letter, context.contact_fields)
    if details.phone == "none" and "phone" in required:
        yield Hit("CON002", start, end)
    elif details.phone == "general" and "phone" in required:
        general, seen = [], set()
        for mention in context.phone_mentions:
            digits = re.sub(r"\D", "", mention.value)
            if mention.kind == "general" and digits not in seen:  # "[14 020](tel:14020)" is one number
                seen.add(digits)
                general.append(mention.value)
        yield Hit("CON003", start, end, {"number": " of ".join(general) or "14 0xx"})
    for mention in context.phone_mentions:
        if mention.kind == "paid":
            yield Hit("CON004", mention.start, mention.end, {"number": mention.value})
    if details.email == "none" and "email" in required:
        yield Hit("CON005", start, end)
    # "antwoorden is niet mogelijk": in a letter with an address that answers, the reader must find it;
    # with a phone number, the reader can call, not write back.
    if details.email in ("personal_or_team", "generic"):
        noreply = {"variant": "elsewhere"}
    else:
        noreply = {"variant": "phone"} if details.phone != "none" else {}
    said: set[tuple[str, str]] = set()  # an address named twice gets its remark once (review 102)
    for mention in context.email_mentions:
        rule = "CON006" if mention.kind == "noreply" else "CON008" if mention.kind == "generic" and details.email == "generic" else None
        if rule is None or (rule, mention.value.lower()) in said:
            continue
        said.add((rule, mention.value.lower()))
        if rule == "CON006":
            yield Hit("CON006", mention.start, mention.end, {"address": mention.value, **noreply})
        else:
            yield Hit("CON008", mention.start, mention.end, {"address": mention.value})
    if details.email == "noreply" and not any(m.kind == "noreply" for m in context.email_mentions):
        for mention in context.noreply_mentions[:1]:  # "U kunt niet reageren op deze e-mail."
            yield Hit("CON006", mention.start, mention.end, {"address": "dit bericht", **noreply})
    if website:
        yield Hit("CON007", *website)


@check("STR001")
def refusal_without_reason(context: Context):
    """A 'no' without a reason; a reason only in a template field is not in the letter."""
    for refusal in context.refusals:
        sentence = refusal.sentence
        if refusal.reason.given:
            continue
        if refusal.reason.field:
            detail = (f"De reden staat alleen in het veld {refusal.reason.field}. Zorg dat daar "
                      "altijd een echte reden komt, of schrijf de reden in de brief zelf.")
        else:
            detail = "Schrijf de reden erbij."
        yield Hit("STR001", sentence.start_char, end_char(sentence), {"detail": detail})


@check("STR002")
def no_next_step(context: Context):
    if context.sentences and not context.next_steps:
        start, end = _letter_anchor(context)
        yield Hit("STR002", start, end, {"variant": "refused"} if context.refusals else {})
