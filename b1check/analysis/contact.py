"""Can the reader reach a real person? Names, phone numbers and e-mail addresses in a letter.

- Phone numbers: libphonenumber (the `phonenumbers` package) finds and checks
  them for region NL; b1check maps its types to its own kinds: direct, general
  (14 + area code, or a number the letter calls a switchboard or helpdesk) and
  paid (0900). 14 0xx is also found with a small pattern, because libphonenumber
  rejects a made-up area code such as 14 0123.
- Names: the structure of a signature block (a closing, then initials or a first
  name and surname with tussenvoegsels, perhaps a role and an organisation) and a
  name after "bel", "contactpersoon" and the like. Words of teams, desks and
  organisations are never a person.
- Template fields are sorted by the words in their names: a person, the reader,
  an organisation, a phone number, an e-mail address, a link.

The vocabulary is data: wordlists/contact.toml.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from ..language.lemmas import lemmas, lemmas_by_pos
from ..language.tokens import INITIALS
from ..language.wordlists import read_toml, wordlist_dir
from ..load.source import Placeholder, SourceText
from ..model import ContactDetails


@dataclass(frozen=True)
class Mention:
    """A phone number, e-mail address or no-reply statement found in the text, with its kind."""

    start: int
    end: int
    value: str
    kind: str


@dataclass(frozen=True)
class Vocabulary:
    """wordlists/contact.toml, compiled."""

    organisation_words: frozenset[str]
    organisation_endings: tuple[str, ...]
    field_words: dict[str, frozenset[str]]  # kind of template field → the words that show it
    contact_cues: frozenset[str]  # words in a sentence that offer a field as a way to reach someone
    general_number: re.Pattern
    put_through: re.Pattern
    local_number: re.Pattern  # a labelled number without an area code: "tel. 398378"
    team_words: frozenset[str]
    address: re.Pattern
    fax: re.Pattern
    identifier: re.Pattern
    generic_email: frozenset[str]
    generic_email_endings: tuple[str, ...]  # "…loket@": a desk for everyone
    noreply_address: re.Pattern
    noreply_sentence: re.Pattern
    website: re.Pattern
    roles: frozenset[str]  # the first word of a line that gives a signer's function
    reader_heading: re.Pattern  # the heading over the reader's own details ("Uw gegevens:")
    bsn_label: re.Pattern  # a line that gives a citizen service number: the reader's details
    sender_label: re.Pattern  # a line that names the sender's contact ("Behandeld door:"): the sender's block


def _words_pattern(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def any_of(patterns: list[str]) -> re.Pattern:
    """One pattern for a list; a pattern that starts with (?i) ignores case on its own."""
    return re.compile("|".join(f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})" for p in patterns))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = read_toml(wordlist_dir() / "contact.toml")
    organisation, fields, phone, email = data["organisation"], data["placeholder"], data["phone"], data["email"]
    identifier = (
        rf"(?i:\b(?:(?:ons|uw)\s+)?(?:{_words_pattern(phone['identifiers'])})(?:-?nummer|nr\.?)?)\s*[:.]?\s*"
        r"((?:[A-Z]{1,3}[-/]?)?\d[\d/.-]*(?: \d[\d/.-]*)*)"
    )
    return Vocabulary(
        organisation_words=frozenset(organisation["words"]),
        organisation_endings=tuple(organisation["endings"]),
        field_words={kind: frozenset(words) for kind, words in fields.items() if kind != "cue"},
        contact_cues=frozenset(fields["cue"]),
        general_number=re.compile(rf"(?i)\b(?:{_words_pattern(phone['general'])})\b"),
        put_through=re.compile(rf"(?i)\b(?:{_words_pattern(phone['put_through'])})\b"),
        # Five to seven digits, not 0 first (that would be an area code the matcher knows), alone.
        local_number=re.compile(
            rf"(?i)(?<![\w.])(?:{_words_pattern(phone['local_number_labels'])}):?[ \t]*"
            r"([1-9]\d(?:[ -]?\d){3,5})(?![\w-]|[ -]?\d)"
        ),
        team_words=frozenset(phone["team"]),
        address=any_of(phone["address"]),
        fax=re.compile(rf"(?i)\b(?:{_words_pattern(phone['fax'])})\b[^\n\d]{{0,12}}$"),
        identifier=re.compile(identifier),
        generic_email=frozenset(email["generic"]),
        generic_email_endings=tuple(email["generic_endings"]),
        noreply_address=re.compile(email["noreply"], re.I),
        noreply_sentence=any_of(email["noreply_sentences"]),
        website=any_of(data["website"]["patterns"]),
        roles=frozenset(data["signature"]["roles"]),
        reader_heading=any_of(data["reader_details"]["headings"]),
        bsn_label=re.compile(rf"(?i)^\s*(?:{_words_pattern(data['reader_details']['bsn_labels'])})\b[^:\n]{{0,20}}:"),
        sender_label=re.compile(rf"(?i)^\s*[^:\n]{{0,20}}\b(?:{_words_pattern(data['reader_details']['sender_labels'])})\b[^:\n]{{0,20}}:"),
    )


# --- phone numbers ---------------------------------------------------------------

IBAN = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{4}(?: ?\d){7,18}\b")
# dd-mm-yyyy, dd.mm.yy …: the same separator twice, so "06 11 22 33 44" is no date.
_DATE = re.compile(r"(?<![\d./-])(?:0?[1-9]|[12]\d|3[01])([-./])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d\d(?![\d/-]|\.\d)")
# A time of day, alone or as opening hours: "08.00 - 17.00", "9:30 tot 12:00 uur".
_TIME = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[.:][0-5]\d(?:[ \t]*(?:-|–|tot)[ \t]*(?:[01]?\d|2[0-3])[.:][0-5]\d)?(?![\d.:]?\d)")
_FOURTEEN = re.compile(r"(?<![\w+])14[ -]?0\d{2,3}(?![\w-])")


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with these spans blanked, same length: offsets stay valid. A digit
    becomes a letter, so that the matcher cannot join it to a number beside it."""
    chars = list(text)
    for start, end in spans:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = "x" if chars[index].isdigit() else " "
    return "".join(chars)


def _not_numbers(text: str) -> list[tuple[int, int]]:
    """IBANs, dates, times of day and labelled identifiers: digits that only look like phone numbers."""
    spans = [m.span() for pattern in (IBAN, _DATE, _TIME) for m in pattern.finditer(text)]
    spans += [m.span(1) for m in vocabulary().identifier.finditer(text)]
    return spans


def _kind_of(number) -> str | None:
    """paid, general (14 + area code), own (06 and free 0800: a line of its own, always
    direct), line (any other number: direct or general by what the letter says about it)."""
    import phonenumbers
    from phonenumbers import PhoneNumberType

    kind = phonenumbers.number_type(number)
    if kind == PhoneNumberType.PREMIUM_RATE:
        return "paid"
    if kind == PhoneNumberType.UAN and str(number.national_number).startswith("140"):
        return "general"  # 14 + area code: the municipality's general number
    if kind in (PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE):
        return "own"
    if kind in (
        PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE,
        PhoneNumberType.VOIP, PhoneNumberType.UAN, PhoneNumberType.PERSONAL_NUMBER,
    ):
        return "line"
    return None  # pagers, unknown and invalid numbers


# How far around a number the words that say what it is may stand. Bounded, so that a
# paragraph of thousands of numbers on one line costs no more per number.
NEAR_NUMBER = 200
NEAR_ADDRESS = 1000


def _paragraph_before(text: str, position: int, floor: int, limit: int = NEAR_NUMBER) -> str:
    """The text before `position` in its paragraph: at most `limit` characters, none before `floor`."""
    low = max(position - limit, floor, 0)
    return text[max(text.rfind("\n\n", low, position), low) : position]


def _line_before(text: str, position: int, limit: int = NEAR_NUMBER) -> str:
    """The text before `position` on its line: at most `limit` characters."""
    low = max(position - limit, 0)
    return text[text.rfind("\n", low, position) + 1 or low : position]


def _line_end(text: str, position: int, limit: int = NEAR_NUMBER) -> int:
    """Where the line of `position` ends: at most `limit` characters further."""
    end = text.find("\n", position, position + limit)
    return min(len(text), position + limit) if end == -1 else end


def _paragraph_around(text: str, start: int, end: int, limit: int = NEAR_ADDRESS) -> str:
    """The paragraph of `text[start:end]`: at most `limit` characters either side."""
    low, high = max(start - limit, 0), min(end + limit, len(text))
    right = text.find("\n\n", end, high)
    return text[text.rfind("\n\n", low, start) + 1 or low : high if right == -1 else right]


_PAIRS = {"(": ")", "[": "]"}


def _unbracketed(text: str, start: int, end: int) -> tuple[int, int]:
    """The number without a bracket that opens or closes outside it: the matcher takes
    "[14 020" from a link "[14 020](tel:14020)"; "(020) 555 1234" keeps its own pair."""
    while start < end and text[start] in _PAIRS and _PAIRS[text[start]] not in text[start:end]:
        start += 1
    closing = {pair: opening for opening, pair in _PAIRS.items()}
    while end > start and text[end - 1] in closing and closing[text[end - 1]] not in text[start : end - 1]:
        end -= 1
    return start, end


_DATA_LINE = re.compile(r"^\s*[\w .'/()-]{1,40}:[ \t]*\S")  # "Telefoon:       06-12345678"


@lru_cache(maxsize=4)  # phones() and emails() of one letter ask for the same text
def readers_own_details(text: str) -> tuple[tuple[int, int], ...]:
    """The blocks that repeat the reader's own details: lines of "Label: value" right under a
    heading such as "Uw gegevens zoals bij ons bekend:" or "Dit heeft u ingevuld:", or with a BSN
    among them. Their numbers and addresses are the reader's, no way to reach the sender."""
    words = vocabulary()
    lines = [(start, text[start:end]) for start, end in _line_spans_from(text, 0)]
    blocks, index = [], 0
    while index < len(lines):
        if not _DATA_LINE.match(lines[index][1]):
            index += 1
            continue
        first = index
        while index < len(lines) and _DATA_LINE.match(lines[index][1]):
            index += 1
        heading = first - 1
        while heading >= 0 and not lines[heading][1].strip() and first - heading <= 2:
            heading -= 1  # one blank line between the heading and its block
        headed = heading >= 0 and _reader_heading(lines[heading][1], words)
        block = lines[first:index]
        # a block with a BSN is the reader's, unless it holds the sender's own labels ("Behandeld door",
        # "Contactpersoon"): a letterhead with the reader's BSN beside the case handler's number
        senders = any(words.sender_label.match(line) for _, line in block)
        if headed or (not senders and any(words.bsn_label.match(line) for _, line in block)):
            start, last = block[0][0], block[-1]
            blocks.append((start, last[0] + len(last[1])))
    return tuple(blocks)


def _reader_heading(line: str, words: Vocabulary) -> bool:
    """A short heading over the reader's details ("Uw gegevens:", "Dit heeft u ingevuld:"), not a
    sentence that mentions them ("Uw gegevens gebruiken wij alleen voor deze aanvraag.")."""
    line = line.strip()
    # (a heading ends with its colon or with nothing; "o.a." inside it is no end of a sentence)
    if len(line.split()) > 12 or re.search(r"[.!?]$|[.!?]\s+[A-Z]", line):
        return False
    return bool(words.reader_heading.search(line.lower()))


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def phones(text: str, blanked: list[tuple[int, int]] = (), sender_known: bool | None = None) -> list[Mention]:
    """Phone numbers for region NL with their kinds; `blanked` spans (template fields) are skipped.

    A number is direct when it is a line of its own (06, 0800) or belongs to a person
    or team: one named near it, or the letter's sender (`sender_known`: the letter names
    a person or team as its sender; found in the text when not given). A switchboard or
    helpdesk, a number in an address block, and a number for the whole organisation
    ("Voor vragen kunt u bellen met 088 …" in a letter signed by the municipality) are general.
    """
    import phonenumbers

    words = vocabulary()
    masked = _blank(text, [*_not_numbers(text), *readers_own_details(text), *blanked])
    found: list[Mention] = []
    for match in phonenumbers.PhoneNumberMatcher(masked, "NL", leniency=phonenumbers.Leniency.VALID):
        kind = _kind_of(match.number)
        if kind is not None and not words.fax.search(_line_before(text, match.start)):
            start, end = _unbracketed(text, match.start, match.end)
            found.append(Mention(start, end, text[start:end], kind))
    # The matcher's numbers come in order and never overlap: one look-up finds the one a 14 … might be in.
    starts = [m.start for m in found]
    for match in _FOURTEEN.finditer(masked):
        index = bisect_right(starts, match.start()) - 1
        if index < 0 or not match.start() < found[index].end:
            found.append(Mention(match.start(), match.end(), match.group(0), "general"))
    found.sort(key=lambda m: m.start)
    # A labelled local number ("tel. 398378") where no number was found; the numbers so far never
    # overlap, so the last one that starts before its end is the only one it could be part of.
    starts, local = [m.start for m in found], []
    for match in words.local_number.finditer(masked):
        index = bisect_right(starts, match.end(1) - 1) - 1
        if index < 0 or not match.start(1) < found[index].end:
            local.append(Mention(match.start(1), match.end(1), match.group(1), "line"))
    if local:
        found = sorted([*found, *local], key=lambda m: m.start)
    if sender_known is None and found:
        sender_known = sender_is_named(text)
    # The words about a number count from the number before it to the end of its line.
    previous_end = 0
    for index, mention in enumerate(found):
        before = _paragraph_before(text, mention.start, previous_end)
        if mention.kind in ("own", "line"):
            kind = _line_kind(text, mention, before, sender_known, words)
            found[index] = Mention(mention.start, mention.end, mention.value, kind)
        previous_end = mention.end
    # The same number given elsewhere for the whole organisation is its switchboard, also where a
    # person is named with it ("afspraak via 050 - 304 89 11" … "mevrouw Poort, via (050) 304 89 11").
    general = {_digits(m.value) for m in found if m.kind == "general"}
    return [Mention(m.start, m.end, m.value, "general") if m.kind == "direct" and _digits(m.value) in general else m
            for m in found]


def _digits(value: str) -> str:
    """The digits of a number as dialled in the Netherlands: "+31 50 …" and "0031 50 …" are "050 …"."""
    digits = re.sub(r"\D", "", value)
    if digits.startswith("0031"):
        digits = digits[2:]
    return "0" + digits[2:] if digits.startswith("31") else digits


def _line_kind(text: str, mention: Mention, before: str, sender_known: bool, words: Vocabulary) -> str:
    if words.general_number.search(before):
        return "general"  # "Helpdesk: 088 …"
    if mention.kind == "own":
        return "direct"
    line_end = _line_end(text, mention.end)
    if words.put_through.search(text[mention.end : line_end]):
        return "general"  # "… 36 51 00. Vraag naar het team Subsidies": a switchboard
    if _memorable(mention.value):
        return "general"  # "Bel mij op 0299 452 452": the organisation's switchboard, whoever names it
    around = before + text[mention.start : line_end]
    if _names_someone(around, words):
        return "direct"
    if words.address.search(_paragraph_around(text, mention.start, mention.end)):
        return "general"  # the organisation's number by its address, as in a letterhead
    return "direct" if sender_known else "general"


def _memorable(value: str) -> bool:
    """Is this a number an organisation picks for its switchboard: the subscriber part
    repeats a block ("0299 452 452"), ends in a pair said three times ("072 582 82 82":
    82 82 82) or in four equal digits ("026 359 99 99", "030 286 00 00"), or in a round
    thousand ("0475 85 90 00")? A person's own line
    (doorkiesnummer) is the switchboard's first digits with an extension of its own, not such a
    pattern."""
    digits = _digits(value)
    if len(digits) != 10 or not digits.startswith("0") or digits.startswith(("06", "08", "09")):
        return False
    last6, last4 = digits[-6:], digits[-4:]
    return last6[:3] == last6[3:] or last6[:2] == last6[2:4] == last6[4:] or len(set(last4)) == 1 or digits.endswith("000")


def _names_someone(text: str, words: Vocabulary) -> bool:
    """A person or team in this text: "Bel mij", "team Parkeren", "Wijkteam", "Jan de Vries"."""
    if any(word in words.team_words or word.endswith("team") for word in re.findall(r"[\wà-ÿ'-]+", text.lower())):
        return True
    if _introduced_name(text):
        return True
    return any(person_in(segment) for line in text.split("\n") for segment in _SEGMENTS.split(line.strip()))


# --- e-mail ----------------------------------------------------------------------

# Starts only where a run of address characters starts: from every later
# character of a long run the search would run to its end again.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def emails(text: str) -> list[Mention]:
    """E-mail addresses and their kinds; the reader's own address in a block of their details
    ("Uw gegevens: … E-mail: jan@example.nl") is none of the sender's."""
    words = vocabulary()
    found = []
    own = readers_own_details(text)
    for match in _EMAIL.finditer(text):
        if _inside(match.start(), own):
            continue
        address = match.group(0).rstrip(".")
        local = address.split("@", 1)[0].lower()
        if words.noreply_address.search(local):
            kind = "noreply"
        elif local in words.generic_email or local.endswith(words.generic_email_endings):
            kind = "generic"
        else:
            kind = "personal_or_team"
        found.append(Mention(match.start(), match.start() + len(address), address, kind))
    return found


def noreply_statements(text: str) -> list[Mention]:
    """Sentences that say the reader cannot answer ("U kunt niet reageren op deze e-mail")."""
    lower = text.lower()
    return [
        Mention(m.start(), m.end(), text[m.start() : m.end()], "noreply")
        for m in vocabulary().noreply_sentence.finditer(lower)
    ]


# --- template fields ---------------------------------------------------------------

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SALUTATION = re.compile(r"(?i)^\s*(?:beste|geachte|hallo|hoi|dag|lieve|l\.s\.)\b")
_DATA_FIELD = re.compile(r"^\s*[\w -]{1,40}:\s*$")  # "Telefoonnummer: " before a field
_PERSON_LABEL = re.compile(
    r"(?i)\b(?:afzender|contactpersoon|behandeld door|behandelaar|medewerker|ondertekend door|"
    r"uw consulent|uw klantmanager|bel|mail)\b[^.!?\n]{0,20}$"
)


# A field of no known kind right after a participle and "door" is the person who did it:
# "afgekeurd door <%= @rejected_by %>", "geaccordeerd door {{ approved_by }}" (an employee
# named in the letter; a field for the reader or an organisation has its own kind).
_ACTOR_LABEL = re.compile(r"(?i)\b(?:\w*ge|be|ver|ont|her)\w+(?:d|t|en)\s+door\s*$")


@lru_cache(maxsize=20_000)
def field_words(name: str) -> frozenset[str]:
    """The words in a field's name: "tokenStorage.getUser().getNaam()" → token, storage, get, user, naam."""
    return frozenset(_field_word_list(name))


@lru_cache(maxsize=4096)
def _field_word_list(name: str) -> tuple[str, ...]:
    """The words in a field's name, in their order."""
    return tuple(w for w in re.split(r"[^0-9a-zà-ÿ]+", _CAMEL.sub(" ", name).lower()) if w)


_FIELD_PARTS = re.compile(r"->|[.\[\]()]")


def field_kinds(name: str) -> frozenset[str]:
    """What a template field stands for: person, reader, organisation, name, phone, email, link …
    Whether it is the text of a message, not an address, only its last part says: "{{ email.content }}"
    is a message, "{$content->contactEmailAddress}" an address (DUS-I keeps every field in $content).
    So for a person's job title: "{{ behandelaar.functie }}" names no one."""
    words = field_words(name)
    known = vocabulary().field_words
    kinds = {kind for kind, listed in known.items() if words & listed}
    parts = [part for part in _FIELD_PARTS.split(name.split("|")[0]) if part.strip(" $")]
    last = field_words(parts[-1]) if parts else words
    for kind in ("not_an_address", "not_a_person"):
        if kind in kinds and not last & known[kind]:
            kinds.discard(kind)
    if "not_a_person" in kinds:
        kinds -= {"person", "name"}  # {{ behandelaar.functie }}: the handler's job title, not who it is
    if {"person", "organisation"} <= kinds:
        # The last of those words is what the field is: "organisation_team_member_name" is the member's
        # name; "medewerker.afdeling" the employee's department.
        last_role = next(w for w in reversed(_field_word_list(name)) if w in known["person"] or w in known["organisation"])
        kinds.discard("organisation" if last_role in known["person"] else "person")
    return frozenset(kinds)


# A field's line and sentence are read at most this far to each side: the
# salutation, label or cue word that says what a field is stands close to it,
# and reading the whole of a very long line again for each of its fields takes
# time in proportion to the square of the line (thousands of «velden» on one line).
NEAR = 1000


def _line_of(text: str, position: int) -> tuple[int, int]:
    """Start and end of the line around `position`, at most NEAR characters to each side."""
    low = max(0, position - NEAR)
    start = text.rfind("\n", low, position) + 1 or low
    end = text.find("\n", position, position + NEAR)
    return start, min(len(text), position + NEAR) if end == -1 else end


# "Geachte mevrouw, meneer, beste {{ voornaam }} {{ achternaam }}": a salutation before
# the reader's name is short.
SALUTATION_REACH = 200


def _in_salutation(text: str, field: Placeholder, fields: list[Placeholder]) -> bool:
    """Is the field the reader's name after "Beste", "Geachte", "Hallo" …? (`fields` in text order)"""
    line_start, _ = _line_of(text, field.start)
    if field.start - line_start > SALUTATION_REACH:
        return False  # far into a line: no salutation is that long
    before = _without_fields(text, line_start, field.start, fields)
    if before.strip(" ,\t") and not re.fullmatch(r"[\s,]*(?:en|&)?\s*", before):
        return bool(_SALUTATION.match(before))
    # The field starts its line: look at the line above it (template tags leave blank lines).
    end = line_start - 1
    for _ in range(4):
        if end < 0:
            break
        start, _ = _line_of(text, end)
        line = text[start:end]
        if line.strip():
            return bool(_SALUTATION.match(line))
        end = start - 1
    return False


def _without_fields(text: str, start: int, end: int, fields: list[Placeholder]) -> str:
    """The text from `start` to `end` with the fields inside it blanked (`fields` in text order)."""
    parts, done = [], start
    index = bisect_left(fields, start, key=lambda field: field.start)
    while index < len(fields) and fields[index].start < end:
        other = fields[index]
        index += 1
        if other.end <= end:
            parts += [text[done : other.start], " " * (other.end - other.start)]
            done = other.end
    parts.append(text[done:end])
    return "".join(parts)


# A sentence ends at a full stop, question or exclamation mark, but not at the dots inside a
# field's name ("{{ leader.name }}") or of an abbreviation before a colon ("tel.: {{ telefoon }}"):
# a letter, digit or colon right after it. It does end before a tag or a bracket ("….</p>", "….)").
_LEFT_END = re.compile(r"[.?!](?![\w:])|\n\n")
_RIGHT_END = re.compile(r"[.?!](?![\w:])|\n")


def _sentence_around(text: str, start: int, end: int, fields: list[Placeholder] = ()) -> str:
    """The sentence around a field, at most NEAR characters to each side. Its ends are looked for
    with the fields blanked: a "?" or "." inside a field ("<?=BABYLAB_EMAIL; ?>") ends nothing."""
    low, high = max(0, start - NEAR), min(len(text), end + NEAR)
    bare = _without_fields(text, low, high, fields) if fields else text[low:high]
    lefts = [m.end() - 1 for m in _LEFT_END.finditer(bare, 0, start - low)]
    left = low + lefts[-1] if lefts else low - 1
    right = _RIGHT_END.search(bare, end - low)
    return text[left + 1 : low + right.start() if right else high]


@dataclass(frozen=True)
class ContactField:
    """A template field the letter offers as a way to reach someone, and what it stands for."""

    field: Placeholder
    kinds: frozenset[str]


def contact_fields(source: SourceText, signature_start: int | None) -> list[ContactField]:
    """The template fields that stand for the sender's name, phone, e-mail or a link.

    The reader's own details ("Telefoonnummer: {{ telefoon_melder }}", "Beste
    {{ naam }}") are left out: they are not a way to reach the municipality.
    """
    text = source.text
    fields = sorted([*source.placeholders, *_bracketed_fill_ins(source.text)], key=lambda field: field.start)
    cues = vocabulary().contact_cues
    found = []
    for field in fields:
        kinds = field_kinds(field.name)
        if "reader" in kinds or _in_salutation(text, field, fields):
            continue
        line_start, _ = _line_of(text, field.start)
        # A label stands right before its field ("Telefoonnummer: ", "behandeld door "):
        # the last 80 characters of the line hold any that counts.
        before = text[max(line_start, field.start - 80) : field.start]
        signed = signature_start is not None and field.start >= signature_start
        if "link" in kinds:
            found.append(ContactField(field, frozenset({"link"})))
        role = bool(kinds & {"person", "organisation"})
        labelled = field.start - line_start <= 80 and bool(_DATA_FIELD.match(before))
        cue = not labelled and bool(field_words(_sentence_around(text, field.start, field.end, fields)) & cues)
        offered = role or signed or cue
        if "phone" in kinds and offered:
            found.append(ContactField(field, frozenset({"phone"})))
        if "email" in kinds and "not_an_address" not in kinds and offered:
            found.append(ContactField(field, frozenset({"email"})))
        if kinds & {"link", "organisation"} or ("name" not in kinds and kinds & {"phone", "email"}):
            continue  # {{ medewerker.telefoon }} is a number, "(naam en e-mailadres behandelaar)" a name too
        if "person" in kinds and not signed and _sender_of_a_message(field, before):
            continue  # "U heeft een bericht van [afzender] ontvangen": an organisation sends it
        if "person" in kinds or ("name" in kinds and (signed or _PERSON_LABEL.search(before))) or (
            not kinds and _ACTOR_LABEL.search(before)
        ):
            found.append(ContactField(field, frozenset({"person"})))
    return found


_FROM = re.compile(r"(?i)\b(?:van|door)[ \t]*$")


def _sender_of_a_message(field: Placeholder, before: str) -> bool:
    """A field named only "afzender" (or "sender") right after "van" in running text: who sent a
    message, mostly an organisation ("Bericht van [afzender]"), not a person to turn to."""
    return field_words(field.name) <= {"afzender", "sender"} and bool(_FROM.search(before))


_FILL_IN = re.compile(r"\(([^()\n]{3,80})\)")
_FILL_IN_GLUE = frozenset({"en", "of", "van", "de", "het", "uw", "en/of"})


def _bracketed_fill_ins(text: str) -> list[Placeholder]:
    """"(naam en e-mailadres behandelaar)": a fill-in in round brackets, made only
    of the words of template fields."""
    known = set().union(*(vocabulary().field_words[k] for k in ("person", "name", "phone", "email")))
    fill_ins = []
    for match in _FILL_IN.finditer(text):
        words = re.split(r"[\s,]+", match.group(1).strip().lower())
        if all(w in known or w in _FILL_IN_GLUE for w in words) and any(w in known for w in words):
            fill_ins.append(Placeholder(match.start(), match.end(), match.group(1)))
    return fill_ins


# --- names ---------------------------------------------------------------------------

_CLOSING = re.compile(
    # at the start of a line, or after a sentence on the same line ("… mail gerust. Met vriendelijke groet,")
    r"(?:^|(?<=[.!?])[ \t])[ \t]*(?:(?:met[ \t]+)?(?:vriendelijke|hartelijke|beste|warme|collegiale)[ \t]+groet(?:en)?"
    r"|groet(?:en)?|groetjes|hoogachtend|fijn weekend|tot (?:ziens|snel|gauw)"
    # "Namens het team," on a line of its own
    r"|(?<![^\n])namens[ \t][^\n,.]{1,60}(?=,[ \t]*$))(?:[ \t]+namens[ \t][^\n,]{1,60})?[ \t]*(?:[,.!]?[ \t]*$"
    # on one line with the name, as a web page or a flattened e-mail gives it:
    # "Met vriendelijke groet, Auke Plantinga, Projectleider Parkeren"
    r"|,[ \t]*(?=[A-Z]))",
    re.I | re.M,
)
CLOSING = _CLOSING  # (structure.py reads it too: a closing is no reason)
SIGNATURE_LINES = 8  # non-empty lines after the closing that can hold the name
_SEGMENTS = re.compile(r"\s*(?:[|,;•·–—]|\s-\s)\s*")
_HONORIFIC = re.compile(r"(?i)^(?:mevrouw|mevr\.?|mw\.?|meneer|mijnheer|de\s+heer\.?|dhr\.?|mej\.?)\s+")  # "de heer. E. Komen": a typo
_TITLE = re.compile(r"(?i)^(?:drs|dr|mr|ir|ing|ds|prof|bc|msc|ma|bsc|ba)\.?\s+")
_ADDRESSED_AS = re.compile(r"(?i)^(?:uw|je|jouw)\s+[a-zà-ÿ-]+\s+")  # "Uw wijkcoach Ilse de Boer"
# A word that opens a line before a name, and is no part of it: "Met Jan de Vries: jan@…", "Mail Jan: …".
_LEADING_WORD = re.compile(r"(?i)^(?:met|mail|mailen|bel|bellen|stuur|vraag|vragen|contact|neem|voor|aan|bij|via|namens)\s+")
_GLUED_INITIALS = re.compile(r"^((?:(?:[A-Z]|Th|Ch|Chr|Ph|IJ)\.)+)(?=(?:IJ|[A-Z])[a-z])")
# Jansen-Pieters, Groenewoud-van, IJzereef (Dutch writes the capital IJ as two letters)
_NAME_WORD = re.compile(r"^(?:IJ|[A-ZÀ-ÝŠ])[a-zà-ÿš'’]+(?:-[A-Za-zÀ-ÿš'’]+)*$")
_TUSSENVOEGSELS = frozenset("van de der den ter ten het 't op in te el al la le von d' da dos di du".split())
_DETERMINERS = frozenset({"de", "het", "een", "uw", "onze", "ons"})
_NAME_PLACEHOLDER = re.compile(r"^(?:\[[^\[\]\n]{1,40}\]|\{\{[^{}\n]{1,60}\}\}|<[^<>\n]{1,40}>)$")
# How many lines at the end of a letter without a closing may hold a name and a function.
_LAST_LINES = 6


def _one_letter_apart(word: str, other: str) -> bool:
    """A typo of one letter left out, added or changed ("Gemeent" for "gemeente")."""
    if abs(len(word) - len(other)) > 1 or word == other:
        return False
    if len(word) == len(other):
        return sum(a != b for a, b in zip(word, other)) == 1
    short, long = sorted((word, other), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# A compound that starts with an organisation word this long is an organisation
# ("Gemeentebelastingen"); shorter ones start surnames ("Werkhoven", "Raadsveld").
COMPOUND_HEAD = 6
COMPOUND_REST = 4


@lru_cache(maxsize=50_000)
def is_organisation_word(word: str) -> bool:
    """A word of a team, desk or organisation, also inside a compound or with one typo.
    Remembered: it compares the word with every organisation word, and a signature's
    words come back in every letter."""
    words = vocabulary()
    lower = word.lower()
    if lower in words.organisation_words:
        return True
    for part in lower.split("-"):  # "Noord-Veluwe-Belastingen"
        if any(part.endswith(ending) and part != ending for ending in words.organisation_endings):
            return True
        if any(part.startswith(o) and len(part) - len(o) >= COMPOUND_REST
               for o in words.organisation_words if len(o) >= COMPOUND_HEAD):
            return True
    return len(lower) >= 7 and any(_one_letter_apart(lower, o) for o in words.organisation_words if len(o) >= 7)


@lru_cache(maxsize=50_000)
def person_in(segment: str) -> str | None:
    """Is this piece of a signature line a person's name? Returns the name as written.

    A person has initials ("J.K. de Wit"), an honorific ("De heer Bakker"), or a
    first name and a surname ("Fatima el Amrani"). A lone first name is not
    enough: it cannot be told from the name of a product or service.
    """
    text = re.sub(r"\s*\([^)]*\)", "", segment).strip().rstrip(".,:;")
    text = _LEADING_WORD.sub("", _ADDRESSED_AS.sub("", text))
    shown = text
    if text.isupper() and " " in text:  # "JOHAN DE GROOT"
        text = " ".join(w.lower() if w.lower() in _TUSSENVOEGSELS else w.title() for w in text.split())
    honorific = False
    while True:
        if match := _HONORIFIC.match(text):
            honorific, text = True, text[match.end() :]
        elif match := _TITLE.match(text):
            text = text[match.end() :]
        else:
            break
    if honorific and _NAME_PLACEHOLDER.match(text):
        return shown  # "Mw. [NAAM]": an anonymised or template name, with "Mw." clearly a person
    tokens = _GLUED_INITIALS.sub(r"\1 ", text).split()  # "S.Tuinstra": initials typed without the space
    if not tokens or len(tokens) > 6:
        return None
    kinds = []
    for index, token in enumerate(tokens):
        if is_organisation_word(token.strip(".")):
            return None
        if INITIALS.match(token):
            kinds.append("initials")
        elif token.lower() in _TUSSENVOEGSELS and (token.islower() or index == 0):
            kinds.append("tussenvoegsel")
        elif _NAME_WORD.match(token):
            kinds.append("name")
        else:
            return None  # a digit, a lower-case word, an e-mail address …
    if kinds[-1] != "name":
        return None
    if "initials" in kinds or honorific:
        return shown
    names = kinds.count("name")
    if kinds[0] == "name" and tokens[0].lower() not in _DETERMINERS and names >= 2:
        return shown
    return None


def ends_with_person(words: list[str]) -> bool:
    """Do these words end with a person's name ("bel met de heer M. Kuijsten", "vraag naar Jan de
    Vries")? A name after an article is not a person's: "het Programma Klimaatneutraal"."""
    for count in range(1, min(len(words), 6) + 1):
        piece = words[-count:]
        first = piece[0]
        if not (first[:1].isupper() or first.lower() in _TUSSENVOEGSELS or _HONORIFIC.match(first + " ")
                or first.lower() == "heer"):
            return False  # the name begins after this word
        if first.islower() and not _HONORIFIC.match(" ".join(piece[:2]) + " "):
            continue  # "de Vries" alone: its first name may stand before it
        before = words[-count - 1].lower() if count < len(words) else ""
        if person_in(" ".join(piece)) and before not in _DETERMINERS:
            return True
    return False


def signature_start(text: str) -> int | None:
    """Where the last closing formula ends ("Met vriendelijke groet,"), if the letter has one."""
    closing = last_closing(text)
    return closing.end() if closing else None


def last_closing(text: str) -> re.Match | None:
    """The last closing formula of the letter ("Met vriendelijke groet,"), if it has one."""
    closing = None
    for closing in _CLOSING.finditer(text):
        pass
    return closing


def closing_span(closing: re.Match) -> tuple[int, int]:
    """Where a closing formula is, without the spaces around it."""
    text, (start, end) = closing.string, closing.span()
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return start, end


_ON_BEHALF_OF_THE_ABOVE = re.compile(r"(?i)^\s*namens\s+deze(?:n)?\b")


def sender_lines(text: str, start: int | None) -> list[str]:
    """The lines that say who sends the letter: the signature, and where its closing is "namens dezen"
    (on behalf of the line above: "het college van burgemeester en wethouders, namens dezen, het hoofd
    van de afdeling …") also the lines between the closing before it and that one."""
    lines = signature_lines(text, start)
    if start is None:
        return lines
    closings = [c for c in _CLOSING.finditer(text) if c.end() <= start]
    if len(closings) >= 2 and closings[-1].end() == start and _ON_BEHALF_OF_THE_ABOVE.match(closings[-1].group()):
        above = [line for line in text[closings[-2].end() : closings[-1].start()].splitlines() if line.strip()]
        return [*above, *lines]
    return lines


def _line_spans_from(text: str, position: int):
    """(start, end) of each line of `text` from `position` on, one at a time (never more than are read)."""
    while position <= len(text):
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        yield position, end
        position = end + 1


def _lines_from(text: str, position: int):
    """The lines of `text` from `position` on, one at a time."""
    return (text[start:end] for start, end in _line_spans_from(text, position))


def _signature_name(text: str) -> str | None:
    for closing in _CLOSING.finditer(text):
        seen = 0
        for line in _lines_from(text, closing.end()):
            if not line.strip():
                continue
            seen += 1
            if seen > SIGNATURE_LINES:
                break
            for segment in _SEGMENTS.split(line.strip()):
                name = person_in(segment) or _name_before_role(segment)
                if name:
                    return name
    return None


def _name_before_role(segment: str) -> str | None:
    """"Martine Schonenberg Directeur basisschool De Akker", "Hans de Jong, lid van het dagelijks
    bestuur": a name, then a function, on one line."""
    words = segment.split()
    for index in range(2, min(len(words), 6)):
        if words[index].lower().strip(".,") in vocabulary().roles:
            return person_in(" ".join(words[:index]))
    return None


def _name_by_role(text: str) -> str | None:
    """A letter without a closing that ends with a name next to a function line ("Hans Engels" /
    "Burgemeester gemeente Loppersum"; "Adviseur," / "Mw. [NAAM]")."""
    lines = [line.strip() for line in text.rstrip().splitlines()[-4 * _LAST_LINES :] if line.strip()][-_LAST_LINES:]
    roles = vocabulary().roles
    for index, line in enumerate(lines):
        if name := _name_before_role(line):
            return name  # "Hans de Jong, lid van het dagelijks bestuur", "Henk van Os Locoburgemeester"
        first, *rest = re.split(r"[\s,]+", line, maxsplit=1)
        if first.lower() not in roles:
            continue
        if rest and (name := person_in(rest[0])):
            return name  # "Burgemeester Jannewietske de Vries": the function and the name on one line
        for neighbour in (index - 1, index + 1):
            if 0 <= neighbour < len(lines):
                for segment in _SEGMENTS.split(lines[neighbour]):
                    if name := person_in(segment):
                        return name
    return None


_INTRODUCED = re.compile(
    r"(?i:contactpersoon(?: is)?|behandeld door|behandelaar|mijn naam is|ik ben|vraag naar|afzender|wenden tot|terecht bij|"
    # a letter's header: "Beh. ambtenaar: Dhr. C. Maas", "Inlichtingen bij: mw. J. Smit"; "mail … t.n.v. de heer Maas"
    r"(?:beh\.|behandelend)\s+ambtenaar|inlichtingen(?:\s+bij)?|t\.n\.v\.|ter attentie van|"
    # "Meld u dan aan via Karin Breedveld" (review 104)
    r"(?:aan|aanmelden)\s+(?:bij|via)|"
    # (a hard-wrapped line may break between "contact" and "opnemen")
    r"(?:bel|bellen|mail|mailen|contact(?:\s+opnemen)?|contact\s+op)(?:\s+(?:dan|gerust|ook|even))?"
    r"\s+(?:met|naar)|bel(?:\s+(?:dan|gerust|ook|even))?|uw consulent(?: is)?|uw klantmanager(?: is)?|"
    # "Stuur dan via wijchen@… een e-mail aan Lambert van Beusekom"
    r"\b(?:e-?mail|mailtje|bericht)\s+(?:aan|voor))\s*:?\s*"
    # (the name stays on its line: "Beh. ambtenaar: Dhr. C. Maas" / "Telefoonnummer: …" is no "C. Maas Telefoonnummer")
    # (a first name may stand in brackets after the initials: "mevrouw R. (Renate) Poort")
    r"((?:(?i:mevrouw|meneer|de heer|mevr\.|dhr\.|mw\.)\s+)?[A-Z][\w.'’-]*(?:[ \t]+(?:\([\w'’-]+\)|[\w.'’-]+)){0,4})"
)


def _introduced_name(text: str) -> str | None:
    """A name after "bel met", "contactpersoon", "behandeld door" …: the longest
    run of its words that is a person. Or a name that labels a way to reach it:
    "Len Hazeleger: l.hazeleger@wsrl.nl of 06 515 43 734"."""
    position = 0
    while match := _INTRODUCED.search(text, position):
        words = match.group(1).split()
        for count in range(len(words), 0, -1):
            name = person_in(" ".join(words[:count]))
            if name:
                return re.sub(_HONORIFIC, "", name)
        # on from the words taken for the name: they may open a label of their own ("Neem contact op
        # met:" / "Inlichtingen bij" / "S.M. Coen")
        position = match.start(1) if match.start(1) > match.start() else match.end()
    for match in _NAME_LABEL.finditer(text):
        if name := person_in(match.group(1)):
            return re.sub(_HONORIFIC, "", name)
    for pattern in (_TITLED_CONTACT, _NAME_WITH_ADDRESS):
        for match in pattern.finditer(text):
            if name := person_in(match.group(1)):
                return re.sub(_HONORIFIC, "", name)
    for match in _NAMED_CONTACT.finditer(text):
        if (name := person_in(match.group(1))) and not _opens_with_a_long_noun(name):
            return name
    for match in _NAME_ABOVE_CONTACT.finditer(text):
        if (name := person_in(match.group(1))) and name == match.group(1).strip() and _surely_a_person(name):
            return re.sub(_HONORIFIC, "", name)
    for match in _NAME_BEFORE_ADDRESS.finditer(text):
        written = _name_of_address(match.group(1).split(), match.group(2))
        if written and (name := person_in(written)):
            return re.sub(_HONORIFIC, "", name)
    return None


# What follows a name to reach that person by: an e-mail address, or a number of at least six
# digits and signs (not a year: "De heer Jansen (1955)"). Bounded, so a long run costs no more.
_EMAIL_AHEAD = r"[^\s@]{1,64}@[^\s@]{1,253}\.\w"
_NUMBER_AHEAD = r"\d[\d ()–.-]{4,}\d"

# A name with its e-mail address or number in brackets: "Arie Bal (arie.bal@donkergroen.nl of 06-42707526)".
_NAME_WITH_ADDRESS = re.compile(
    r"(?<![\w.])([A-Z][\w'’-]*(?:[ \t]+[\w'’.-]+){1,4})[ \t]*\((?=[^\s@()]{1,64}@|[+]?" + _NUMBER_AHEAD + ")"
)


# A name with "de heer" or "mevrouw" followed by a way to reach that person, as a notice gives it:
# "melden bij de gemeente, de heer J. Kooistra, telefoon: 14 0511", "Informatie dhr. C.A. van
# Duijvenvoorde tel. 51 91 783". (Bounded: at most 60 characters of name.)
_TITLED_CONTACT = re.compile(
    r"(?<![\w.])((?i:mevrouw|mevr\.|mw\.|meneer|mijnheer|de heer\.?|dhr\.)[ \t]+[A-Z][^,:;()\n\d@]{0,60}?)"
    r"[ \t]*[,:;]?[ \t]*(?:(?i:op|via|onder)[ \t]+)?(?:(?i:tel\.?|telefoon(?:nummer)?|telefonisch|nummer|e-?mail(?:adres)?)[ \t]*:?[ \t]*)?"
    r"(?=[(+]?" + _NUMBER_AHEAD + "|" + _EMAIL_AHEAD + ")"
)


# A first name and a surname with a way to reach that person after a comma and a label, as a press
# release gives it: "bureau Communicatie, Catelijne Thomassen, telefoon 06 - 277 45058". (The label
# must be there: a name and a bare number could be anything. An e-mail address may be someone
# else's: "Mail Jan de Vries, e-mail: info@utrecht.nl", see _NAME_BEFORE_ADDRESS.)
_NAMED_CONTACT = re.compile(
    r"(?<![\w.])([A-Z][\w'’-]*(?:[ \t]+[\w'’.-]+){1,4})[ \t]*,[ \t]*"
    r"(?i:tel\.?|telefoon(?:nummer)?|mobiel)[ \t]*:?[ \t]*(?=[(+]?" + _NUMBER_AHEAD + ")"
)


# A name alone on its line, with a number or an e-mail address on the next line (a blank line may
# come between), as a contact card gives it: "Margreet van Zee" / "" / "Tel 06-12615697". The whole
# line must be the name (`_introduced_name`). (Bounded parts.)
_NAME_ABOVE_CONTACT = re.compile(
    r"(?m)^[ \t]*([A-Z][^\n:@\d]{2,60}?)[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*"
    r"(?:(?i:tel\.?|telefoon(?:nummer)?|mobiel|t\.|m\.|e-?mail(?:adres)?|e\.)[ \t]*:?[ \t]*)?"
    r"(?=[(+]?" + _NUMBER_AHEAD + "|" + _EMAIL_AHEAD + ")"
)


def _surely_a_person(name: str) -> bool:
    """A name alone on a line could be an organisation's ("Veilig Thuis", "Zilveren Kruis", "Liander
    Storingen"). Initials, an honorific or a tussenvoegsel make it a person's; so does a first word
    that is no adjective, with no word in an inflected form ("storingen"): "Margreet Zeeman". (A
    two-word name of a foundation and a town, "Humanitas Rotterdam", still passes.)"""
    if _HONORIFIC.match(name) or re.search(r"\b[A-Z]\.", name):
        return True
    words = [word.lower() for word in name.split()]
    if any(word in _TUSSENVOEGSELS for word in words[1:-1]):
        return True
    if words[0] in lemmas_by_pos()["adj"]:
        return False
    return all(word in lemmas(word) for word in words)


def _opens_with_a_long_noun(name: str) -> bool:
    """Does the name open with a long Dutch noun: "Bibliotheek Westland", "Sportpark De Toekomst"?
    That is a place or a service. A given name is short or no noun ("Jan", "Catelijne")."""
    first = name.split()[0].lower()
    return len(first) >= 7 and first in lemmas_by_pos()["noun"]


# A name followed by its own e-mail address, with a comma or colon between: "naar projectondersteuner
# Peggy van Esch: p.van.esch@roosendaal.nl", "May Jung, e-mail: may.jung@sittard-geleen.nl". The
# address must start with the name (`_name_of_address`). (Bounded parts.)
_NAME_BEFORE_ADDRESS = re.compile(
    r"(?<![\w.])([A-Z][\w'’-]*(?:[ \t]+[\w'’.-]+){1,4})[ \t]*[,:][ \t]*(?:(?i:e-?mail(?:adres)?)[ \t]*:?[ \t]*)?"
    r"([^\s@,;:()<>]{1,64})@"
)


def _name_of_address(words: list[str], local: str) -> str | None:
    """The words before an e-mail address that are the name it belongs to: from the word the
    address starts with, or its initial ("Mail Peggy van Esch, p.van.esch@": "Peggy van Esch");
    from the first name before the surname the address starts with ("Jan Smit, smit@"). The
    words before are no part of it ("Mail", "Wijkagent"). None when the address is not the name's."""
    parts = [part for part in re.split(r"[._-]+", local.lower()) if part]
    if not parts or len(words) < 2:
        return None
    first = re.sub(r"[^a-z]", "", parts[0])
    for index, word in enumerate(words[:-1]):
        lower = re.sub(r"[^a-z]", "", word.lower())
        if lower and (lower == first or (len(first) == 1 and lower.startswith(first))):
            return " ".join(words[index:])
    if first and re.sub(r"[^a-z]", "", words[-1].lower()) == first:
        return " ".join(words[-2:])
    return None


# A line that starts with a name and a colon, followed by an e-mail address or a phone number.
# (Bounded parts: an address or number of any length, or a line of thousands of "@", costs no more.)
_NAME_LABEL = re.compile(r"(?m)^[ \t]*([^:\n]{3,60}):[ \t]*(?=" + _EMAIL_AHEAD + r"|[(+]?\d[\d ()-]{8,20})")


def _name_at_the_end(text: str) -> str | None:
    """A letter without a closing formula that ends with a name alone on its line, after a blank
    line ("Sterkte in deze lastige tijd en vooral blijf gezond." / "" / "Luc Severijnen"): the
    writer signs it."""
    lines = text.rstrip().splitlines()
    if len(lines) < 3 or lines[-2].strip():
        return None
    last = lines[-1].strip()
    name = person_in(last)
    return name if name is not None and name == last else None


def person_name(text: str) -> str | None:
    """The name of a person the reader can turn to, if the letter gives one."""
    return _introduced_name(text) or _signature_name(text) or (
        (_name_by_role(text) or _name_at_the_end(text)) if signature_start(text) is None else None)


def signature_lines(text: str, start: int | None) -> list[str]:
    """The signature: the first SIGNATURE_LINES lines with text after the closing formula, which
    ends at `start` (`signature_start`); none if the letter has no closing."""
    return [text[line_start:end] for line_start, end in signature_line_spans(text, start)]


def signature_line_spans(text: str, start: int | None) -> list[tuple[int, int]]:
    """(start, end) of each line of `signature_lines`."""
    if start is None:
        return []
    spans = (span for span in _line_spans_from(text, start) if text[span[0] : span[1]].strip())
    return list(islice(spans, SIGNATURE_LINES))


def sender_is_named(text: str, person_field: bool = False) -> bool:
    """Does the letter name a person or a team as its sender (or a template field for a person)?"""
    return person_field or bool(person_name(text)) or _names_someone("\n".join(signature_lines(text, signature_start(text))), vocabulary())


# --- the whole letter ----------------------------------------------------------------


def _best(kinds: list[str], order: tuple[str, ...]) -> str:
    for kind in order:
        if kind in kinds:
            return kind
    return "none"


def field_as_written(source: SourceText, field: Placeholder) -> str:
    """How a field that names the sender is shown: a Word merge field as the writer sees it in Word
    («Behandelaar»), another field by its name in braces ({medewerker.naam})."""
    start, end = source.original_span(field.start, field.end)
    written = source.original[start:end].strip()
    if written.startswith("«") and written.endswith("»") and "\n" not in written and len(written) <= 82:
        return written
    return f"{{{field.name}}}"


def contact_details(source: SourceText, phone_list: list[Mention], email_list: list[Mention],
                    fields: list[ContactField]) -> ContactDetails:
    """The contact details of a letter, from its phone numbers, e-mail addresses and template fields."""
    text = source.text
    phone_kinds = [m.kind for m in phone_list]
    email_kinds = [m.kind for m in email_list] + ["noreply" for _ in noreply_statements(text)]
    phone_kinds += ["placeholder" for f in fields if "phone" in f.kinds]
    email_kinds += ["placeholder" for f in fields if "email" in f.kinds]
    name = person_name(text)
    if name is None:
        people = [f.field for f in fields if "person" in f.kinds]
        # {{ medewerker.naam }} says more than {{ behandelaar }}.
        people.sort(key=lambda field: "name" not in field_kinds(field.name))
        if people:
            name = field_as_written(source, people[0])
    return ContactDetails(
        named_person=name is not None,
        phone=_best(phone_kinds, ("direct", "placeholder", "general", "paid")),
        email=_best(email_kinds, ("personal_or_team", "placeholder", "generic", "noreply")),
        person_name=name,
        phone_numbers=tuple(m.value for m in phone_list),
        email_addresses=tuple(m.value for m in email_list),
    )


def points_to_website(source: SourceText, fields: list[ContactField]) -> tuple[int, int] | None:
    """Where the letter first sends the reader to a website, portal, app, button or form
    (`fields`: the letter's contact fields; a link is one wherever it stands)."""
    # A name inside a template field is no address: "[% zaak.zaakstatus.info.status %]" holds
    # "zaakstatus.info", but a field named for a link ("{{ url }}") is one.
    inside = [(p.start, p.end) for p in source.placeholders]
    found = (m for m in vocabulary().website.finditer(source.text)
             if not any(start < m.start() < end for start, end in inside))
    spans = [m.span() for m in [next(found, None)] if m]
    spans += [(f.field.start, f.field.end) for f in fields if "link" in f.kinds]
    return min(spans) if spans else None
