"""Can the reader reach a real person? Find names, phone numbers and e-mail addresses.

Works on the analysed text with regular patterns: Dutch phone formats
(0xx, 06, +31, 0800; 14 0xx is the general municipal number; 0900 costs
money), e-mail addresses (noreply and catch-all addresses told apart) and a
person's name in the signature or next to "contactpersoon", "bel" and the
like. Template placeholders for these details count as present.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..load.source import SourceText
from ..model import ContactDetails

_PHONE = re.compile(
    r"(?<![\w/.,-])(?:\+31|0031|\(0\d{1,3}\)|0)[\s().-]{0,3}\d(?:[\s.-]?\d){6,10}(?![\w,]|-\d)"
)
_GENERAL = re.compile(r"(?<![\w+])14[\s-]?0\d{2,3}(?![\w-])")
# Starts only where a run of address characters starts: from every later
# character of a long run the search would run to its end again.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NOREPLY = re.compile(r"no-?reply|do-?not-?reply|niet-?beantwoorden|geen-?antwoord|noantwoord", re.I)
_GENERIC_LOCAL = {
    "info", "gemeente", "post", "postbus", "contact", "algemeen", "mail", "receptie",
    "klantcontact", "kcc", "service", "info.gemeente", "gemeentehuis", "balie",
}
_WEBSITE = re.compile(
    r"https?://|www\.|\bwebsite\b|\bwebformulier\b|\bcontactformulier\b|\bdigitaal loket\b|"
    r"\bmijn ?omgeving\b|\bonline formulier\b|\bvia internet\b",
    re.I,
)

_PHONE_PLACEHOLDER = re.compile(r"tel|phone|nummer|mobiel", re.I)
_EMAIL_PLACEHOLDER = re.compile(r"mail", re.I)
_PERSON_PLACEHOLDER = re.compile(
    r"medewerker|behandelaar|contactpersoon|afzender|ondertekenaar|consulent|adviseur|"
    r"klantmanager|casemanager|sender|signer|handler|employee|ambtenaar|contact_?naam",
    re.I,
)
_NAME_PLACEHOLDER = re.compile(r"naam|name", re.I)

_PARTICLES = r"(?:van|de|der|den|ter|ten|het|op|in|'t|le|la|el|al|von)"
_NAME_WORD = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
_INITIALS = r"(?:[A-Z]\.\s?){1,4}"
_NAME = (
    rf"(?:{_INITIALS}(?:{_PARTICLES}\s+){{0,2}})?{_NAME_WORD}"
    rf"(?:\s+(?:{_PARTICLES}\s+){{0,2}}{_NAME_WORD}){{0,3}}"
)
_HONORIFIC = r"(?:mevrouw|meneer|de heer|mevr\.|dhr\.|mw\.)\s+"
_INTRODUCED = re.compile(
    r"(?i:contactpersoon(?: is)?|behandeld door|behandelaar|mijn naam is|ik ben|vraag naar|"
    r"(?:bel|bellen|mail|mailen|contact(?: opnemen)?|contact op)(?:\s+(?:dan|gerust|ook|even))?"
    r"\s+(?:met|naar)|uw consulent(?: is)?|uw klantmanager(?: is)?)\s*:?\s*"
    r"(?i:" + _HONORIFIC + r")?(" + _NAME + r")"
)
# Leading white space on the closing's own line only: `^\s*` would try every
# line of a long run of blank lines to its end.
_CLOSING = re.compile(
    r"^[^\S\n]*(?:met\s+)?(?:vriendelijke|hartelijke|beste|warme)\s+groet(?:en)?\s*,?\s*$"
    r"|^[^\S\n]*groet(?:en)?\s*,?\s*$",
    re.I | re.M,
)
# Words that make a signature line an institution or a team, not a person.
_INSTITUTION = re.compile(
    r"\b(?:gemeente|college|burgemeester|wethouders?|team|afdeling|namens|bureau|loket|"
    r"dienst|sector|cluster|unit|directie|directeur|secretaris|servicepunt|klantcontactcentrum|"
    r"publiekszaken|belastingen|werk|inkomen|zorg|wijkteam|organisatie|stichting)\b",
    re.I,
)


@dataclass(frozen=True)
class Mention:
    """A phone number or e-mail address found in the text, with its kind."""

    start: int
    end: int
    value: str
    kind: str


def _digits(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    if number.lstrip().startswith("+31"):
        digits = "0" + digits[2:]
    elif digits.startswith("0031"):
        digits = "0" + digits[4:]
    return digits.replace("00", "0", 1) if digits.startswith("00") else digits


def phones(text: str) -> list[Mention]:
    found = []
    for match in _PHONE.finditer(text):
        digits = _digits(match.group(0))
        service = digits.startswith(("0800", "0900", "0906", "0909"))
        # Service numbers have 8 or 11 digits, all others 10.
        if not digits.startswith("0") or len(digits) not in ((8, 11) if service else (10,)):
            continue
        if digits.startswith(("0900", "0906", "0909")):
            kind = "paid"
        else:
            kind = "direct"  # 06, 0800 and geographic numbers
        found.append(Mention(match.start(), match.end(), match.group(0).strip(), kind))
    for match in _GENERAL.finditer(text):
        if not any(m.start <= match.start() < m.end for m in found):
            found.append(Mention(match.start(), match.end(), match.group(0), "general"))
    return sorted(found, key=lambda m: m.start)


def emails(text: str) -> list[Mention]:
    found = []
    for match in _EMAIL.finditer(text):
        address = match.group(0).rstrip(".")
        local = address.split("@", 1)[0].lower()
        if _NOREPLY.search(local):
            kind = "noreply"
        elif local in _GENERIC_LOCAL:
            kind = "generic"
        else:
            kind = "personal_or_team"
        found.append(Mention(match.start(), match.start() + len(address), address, kind))
    return found


def _lines_from(text: str, position: int):
    """The lines of `text` from `position` on, one at a time (never more than are read)."""
    while position <= len(text):
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        yield text[position:end]
        position = end + 1


def _signature_name(text: str) -> str | None:
    for closing in _CLOSING.finditer(text):
        checked = 0
        for line in _lines_from(text, closing.end()):
            line = line.strip()
            if not line:
                continue
            checked += 1
            if checked > 3:
                break
            if _INSTITUTION.search(line) or _PHONE.search(line) or "@" in line:
                continue
            if re.fullmatch(_NAME, line) and len(line.split()) >= 2:
                return line
    return None


def person_name(text: str) -> str | None:
    """The name of a person the reader can turn to, if the letter gives one."""
    for match in _INTRODUCED.finditer(text):
        name = match.group(1)
        if not _INSTITUTION.search(name):
            return name
    return _signature_name(text)


def _best(kinds: list[str], order: tuple[str, ...]) -> str:
    for kind in order:
        if kind in kinds:
            return kind
    return "none"


def contact_details(
    source: SourceText, phone_list: list[Mention] | None = None, email_list: list[Mention] | None = None
) -> ContactDetails:
    """The contact details of a letter; pass the mentions if they were found already."""
    text = source.text
    phone_list = phones(text) if phone_list is None else phone_list
    email_list = emails(text) if email_list is None else email_list
    names = [p.name for p in source.placeholders]
    phone_kinds = [m.kind for m in phone_list]
    email_kinds = [m.kind for m in email_list]
    if any(_PHONE_PLACEHOLDER.search(n) for n in names):
        phone_kinds.append("placeholder")
    if any(_EMAIL_PLACEHOLDER.search(n) for n in names):
        email_kinds.append("placeholder")
    name = person_name(text)
    if name is None:
        closings = [m.end() for m in _CLOSING.finditer(text)]
        candidates = [
            p
            for p in source.placeholders
            if _PERSON_PLACEHOLDER.search(p.name)
            and not (_PHONE_PLACEHOLDER.search(p.name) or _EMAIL_PLACEHOLDER.search(p.name))
            or (_NAME_PLACEHOLDER.search(p.name) and _after_closing(closings, p.start))
        ]
        # {{ medewerker.naam }} says more than {{ medewerker.afdeling }}.
        candidates.sort(key=lambda p: not _NAME_PLACEHOLDER.search(p.name))
        if candidates:
            name = f"{{{candidates[0].name}}}"
    return ContactDetails(
        named_person=name is not None,
        phone=_best(phone_kinds, ("direct", "placeholder", "general", "paid")),
        email=_best(email_kinds, ("personal_or_team", "placeholder", "generic", "noreply")),
        person_name=name,
        phone_numbers=tuple(m.value for m in phone_list),
        email_addresses=tuple(m.value for m in email_list),
    )


def _after_closing(closings: list[int], position: int) -> bool:
    """Is `position` within 200 characters after the end of a closing (`closings`, in order)?"""
    before = bisect_right(closings, position)
    return before > 0 and position - closings[before - 1] < 200


def points_to_website(text: str) -> re.Match | None:
    return _WEBSITE.search(text)
