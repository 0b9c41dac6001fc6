"""Pronouns: who does it, as the subject of a sentence ("door ons" → "wij"), the
form of a verb that agrees with a subject pronoun ("u heeft", "u kunt"), the
reflexive pronoun that goes with it ("wij hebben ons voorgenomen"), and the
preposition a pronominal adverb stands for ("ermee" → "met"). The passive rule
(PAS001), the clause before a noun (WRD002) and the rewrites of word-list
alternatives all read them here."""

from __future__ import annotations

import re

from . import inflect
from .tokens import match_case

# object pronoun → the subject pronoun, and whether it is plural ("hen" → "zij", plural).
_OBJECT_TO_SUBJECT: dict[str, tuple[str, bool]] = {
    "u": ("u", False), "ons": ("wij", True), "mij": ("ik", False), "me": ("ik", False), "jou": ("je", False),
    "je": ("je", False), "hem": ("hij", False), "haar": ("zij", False), "hen": ("zij", True),
    "hun": ("zij", True), "jullie": ("jullie", True),
}
_PLURAL_SUBJECTS = frozenset(("wij", "we", "jullie"))
# subject → the reflexive pronoun that goes with it ("u" takes "zich" as letters write it).
_REFLEXIVE = {"ik": "me", "je": "je", "jij": "je", "wij": "ons", "we": "ons", "jullie": "je"}


def agreeing_slot(subject: str | None, verb: str, plural: bool = False) -> str:
    """The present-tense slot (inflect.VERB_SLOTS) of `verb` (a lemma) after
    `subject` (a pronoun in lower case, or None for a noun): "ik" 1sg, "je"/"jij"
    2sg, "u" 2sg ("u bent", "u kunt") except with "hebben", where letters write
    "u heeft"; a plural subject "pl"; any other 3sg."""
    if plural or subject in _PLURAL_SUBJECTS:
        return "pl"
    if subject in ("je", "jij"):
        return "2sg"
    if subject == "u":
        return "3sg" if verb == "hebben" else "2sg"
    if subject == "ik":
        return "1sg"
    return "3sg"


def agreeing(subject: str | None, verb: str, plural: bool = False) -> str:
    """The finite form of `verb` (without its particle) that agrees with the subject: "u" + "hebben" → "heeft"."""
    return inflect.verb_form(verb, agreeing_slot(subject, verb, plural))[0]


def reflexive(subject: str | None) -> str:
    """The reflexive pronoun for a subject: "wij" → "ons", "u", "zij" or a noun → "zich"."""
    return _REFLEXIVE.get(subject or "", "zich")


# object pronoun → (subject, "hebben", "moeten") in agreement: "door ons" → "wij hebben", "wij moeten".
AS_SUBJECT: dict[str, tuple[str, str, str]] = {
    pronoun: (subject, agreeing(subject, "hebben", plural), agreeing(subject, "moeten", plural))
    for pronoun, (subject, plural) in _OBJECT_TO_SUBJECT.items()
}


# A pronominal adverb: one of these, then a preposition ("hiervan", "daarover", "waarop", "ermee").
R_PRONOUNS = ("hier", "daar", "waar", "er")
# The preposition a pronominal adverb ends with → the preposition it stands for: "ermee" is
# "met dat", "daartoe" is "tot dat".
_ADVERB_ENDINGS = {
    **{word: word for word in "aan achter bij door in na naar om onder op over tegen uit van voor".split()},
    "mee": "met", "toe": "tot",
}
# The second part of a pronominal adverb: "voor" of "ervoor", "mee" of "ermee".
ADVERB_ENDINGS = tuple(_ADVERB_ENDINGS)
# The prepositions a pronominal adverb can stand for: the ones an entry can end with
# ("op de hoogte stellen van") that a word before the verb can take over ("hiervan").
ADVERB_PREPOSITIONS = frozenset(_ADVERB_ENDINGS.values())


def adverbs_for(preposition: str) -> list[str]:
    """The pronominal adverbs that stand for `preposition` and a thing: "aan" → "eraan",
    "hieraan", "daaraan", "waaraan"; "met" → "ermee" …"""
    endings = [ending for ending, stands_for in _ADVERB_ENDINGS.items() if stands_for == preposition.lower()]
    return [pronoun + ending for ending in endings for pronoun in R_PRONOUNS]


def adverb_preposition(word: str) -> str | None:
    """The preposition of a pronominal adverb: "hiervan" → "van", "ermee" → "met",
    "daartoe" → "tot"; None for a word that is none."""
    split = _adverb_parts(word)
    return _ADVERB_ENDINGS[split[1]] if split else None


# Place words "hier" and "daar" also take that are no pronominal adverbs of a preposition
# in the table above: "hierboven", "daarnaast", "hiertussen".
_PLACE_ENDINGS = frozenset(("boven", "naast", "langs", "tussen", "heen", "omtrent"))


def pointing_stem(word: str) -> str | None:
    """"hier" for "hier", "hieronder", "hierboven" …; "daar" for "daar", "daarin" …; else None:
    two words with the same stem side by side point at the same place twice."""
    lower = word.lower()
    for stem in ("hier", "daar"):
        if lower == stem or (lower.startswith(stem) and lower[len(stem):] in (*_ADVERB_ENDINGS, *_PLACE_ENDINGS)):
            return stem
    return None


def adverb_with(word: str, preposition: str) -> str | None:
    """The pronominal adverb with the first part of `word` and another preposition:
    "waarop", "over" → "waarover"; "ervoor", "met" → "ermee"; None for a word that is none."""
    split = _adverb_parts(word)
    ending = next((e for e, stands_for in _ADVERB_ENDINGS.items() if stands_for == preposition.lower()), None)
    return split[0] + ending if split and ending else None


def stranded_form(preposition: str) -> str:
    """The form of a preposition apart from its R-word: "met" → "mee" ("waar … mee"),
    "tot" → "toe"; the others stay as they are."""
    return next((e for e, stands_for in _ADVERB_ENDINGS.items() if stands_for == preposition.lower() != e), preposition)


def _adverb_parts(word: str) -> tuple[str, str] | None:
    lower = word.lower()
    for pronoun in R_PRONOUNS:
        if lower.startswith(pronoun) and lower[len(pronoun):] in _ADVERB_ENDINGS:
            return pronoun, lower[len(pronoun):]
    return None


# The second person with "u" → with "je", for a letter that says "je" to its reader: the
# finite verb before "je" loses its -t ("heeft u" → "heb je", "kunt u" → "kun je").
_BEFORE_JE = {
    "heeft": "heb", "hebt": "heb", "bent": "ben", "kunt": "kun", "wilt": "wil", "hoeft": "hoef",
    "krijgt": "krijg", "vindt": "vind", "gaat": "ga", "ziet": "zie", "doet": "doe", "zult": "zul",
    "wordt": "word", "ontvangt": "ontvang", "leest": "lees", "belt": "bel", "mailt": "mail",
    "stuurt": "stuur", "komt": "kom", "woont": "woon", "betaalt": "betaal", "vraagt": "vraag",
}
_INVERTED_U = re.compile(r"\b(\w+) u\b")
_U_WORDS = re.compile(r"\b(?:[uU]zelf|[uU]w|[uU])\b")
_JE_FOR = {"u": "je", "uw": "je", "uzelf": "jezelf"}


def as_je(text: str) -> str:
    """`text` saying "je" where it said "u": "heeft u vragen" → "heb je vragen", "als u dat wilt"
    → "als je dat wilt", "uw aanvraag" → "je aanvraag". "u heeft" becomes "je hebt"."""
    def verb(found: re.Match) -> str:
        word = found.group(1)
        return f"{match_case(_BEFORE_JE.get(word.lower(), word), word)} u"

    text = _INVERTED_U.sub(verb, text)
    text = re.sub(r"\b([uU])( … | )heeft\b", r"\1\2hebt", text)  # "nadat u … heeft gekregen" too
    return _U_WORDS.sub(lambda found: match_case(_JE_FOR[found.group(0).lower()], found.group(0)), text)
