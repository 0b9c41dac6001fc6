"""What b1check asks of a spaCy token, without importing spaCy: whether it is a word, and
which template placeholder it stands for.

Kept apart from `analyse` so that modules which only read tokens (LiNT-II, the
metrics, the report) can be imported by commands that never check a letter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Numbers a letter writes in words before a noun ("vier weken"). Not "een" (also the article),
# nor "één" (mostly stress: "nog één ding").
NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        "_ _ twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
        "zeventien achttien negentien twintig".split()
    )
    if number >= 2
} | {"dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
     "negentig": 90, "honderd": 100, "duizend": 1000}
# "driehonderd", "tweeduizend": hundreds and thousands written as one word
NUMBER_WORDS |= {
    f"{word}{unit}": number * size
    for word, number in list(NUMBER_WORDS.items()) if 2 <= number <= 9
    for unit, size in (("honderd", 100), ("duizend", 1000))
}

# A person's initials: "J.", "J.K.", "Th.", "IJ." (a signature, a name broken over two lines).
INITIALS = re.compile(r"^(?:(?:[A-Z]|Th|Ch|Chr|Ph|IJ)\.)+$")

# A run of characters without a space longer than this is no word a reader can
# read (rule DIF003); the analysis keeps it from the tokenizer's slow path
# (analyse._tokenizer_text), and no rule looks at it as a word.
LONG_RUN = 100

# doc.user_data key: token index → placeholder name. Token._.placeholder holds
# the same for library users; this is the fast path (spaCy's `._` is slow).
PLACEHOLDERS = "b1check.placeholders"


def placeholder(token: Token) -> str | None:
    """The name of the template placeholder this token stands for, if any."""
    found = token.doc.user_data.get(PLACEHOLDERS)
    return found.get(token.i) if found else None


def is_word(token: Token) -> bool:
    """A token that counts as a word: not space, not punctuation, and not the end of a word that
    spaCy split off at a curly apostrophe ("zo’n", "auto’s": one word each, as "zo'n" is)."""
    if token.is_space or token.is_punct:
        return placeholder(token) is not None
    return not (token.text[:1] in _APOSTROPHES and token.i > 0 and not token.doc[token.i - 1].whitespace_
                and len(token.text) <= 3 and not token.doc[token.i - 1].is_space)


_APOSTROPHES = ("’", "'", "‘")


def match_case(replacement: str, original: str) -> str:
    """`replacement` in the case of `original`: all capitals, a first capital, or as written."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# The articles ("de brief", "een brief").
ARTICLES = frozenset({"de", "het", "een"})


_DUTCH = str.maketrans({",": ".", ".": ","})


def dutch_number(value: float, digits: int = 0) -> str:
    """A number as Dutch writes it: 12.345, or with `digits` decimals 12.345,6
    (a point between thousands, a comma before the decimals)."""
    return f"{value:,.{digits}f}".translate(_DUTCH)


# Units of a length of time ("drie weken", "een jaar"); a phrase with one of them says how long or when.
TIME_UNITS = frozenset(
    "seconde minuut kwartier uur dag etmaal week werkdag werkweek maand kwartaal jaar eeuw".split()
)

# Names that make a date with or without a number ("3 oktober", "maandag"): a date needs no
# "jongstleden" after it.
_DAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()
DATE_NAMES = frozenset(
    "januari februari maart april mei juni juli augustus september oktober november december".split()
    + _DAYS
    # a part of a day names a moment too: "dinsdagmiddag a.s."
    + [day + part for day in _DAYS for part in ("ochtend", "morgen", "middag", "avond", "nacht")]
)

# Determiners of one thing only: with a plural noun the parse (or the writer) slipped
# ("dat bovenstaande gegevens": "dat" opens a clause).
SINGULAR_DETERMINERS = frozenset("een elk elke ieder iedere het dit dat".split())
# Words that point: before a noun ("deze beschikking") or standing for one ("waarop deze …").
DEMONSTRATIVES = frozenset("deze dit die dat".split())

# The auxiliary and modal verbs, as lemmas: they say little of their own ("is", "kan", "zullen").
AUXILIARY_VERBS = frozenset("zijn worden hebben kunnen mogen moeten zullen willen".split())


TEXT = "b1check.text"  # doc.user_data key: the text the Doc was made from


def doc_text(doc: Doc) -> str:
    """The text the Doc was made from. `Doc.text` joins every token again on each call:
    asked per sentence or per match of a long letter, that is quadratic."""
    return doc.user_data.get(TEXT) or doc.text


# Small words an abbreviation often leaves out: "OPK" is "oud papier en karton".
_UNSPELLED = frozenset("en of van de het der voor in op te".split())


def spelled_out(abbreviation: str, words: list[str]) -> bool:
    """Do the words spell the abbreviation with their first letters ("OPK", "oud papier en karton";
    "GFT", "groente-, fruit- en tuinafval"), with or without the small words?"""
    letters = "".join(c for c in abbreviation.lower() if c.isalpha())
    parts = [part for word in words for part in word.lower().split("-") if part and part[0].isalpha()]
    if len(letters) < 2 or not parts:
        return False
    return letters in ("".join(p[0] for p in parts), "".join(p[0] for p in parts if p not in _UNSPELLED))
