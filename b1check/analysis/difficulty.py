"""Which words are hard: rare words (wordfreq's Dutch data) and long compounds.

A rare word that splits into common parts is a compound a reader can work
out (`parkeervergunning`); only a very long one is flagged. Names, numbers,
addresses, e-mail addresses, URLs, abbreviations and placeholders are never
difficult words.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..language import lemmas
from ..language.cache import Rows, content_key, word_tables
from ..language.tokens import LONG_RUN, doc_text, placeholder
from ..language.wordlists import compound_rewrites, default_abbreviations, word_set
from .passive import is_participle

if TYPE_CHECKING:
    from spacy.tokens import Token

# Linking sounds between the parts of a Dutch compound (tussenklanken).
_LINKS = ("", "s", "e", "en", "er")


@dataclass(frozen=True)
class DifficultWord:
    token: Token
    kind: str  # "rare" or "compound"
    zipf: float
    parts: tuple[str, ...] = ()
    typo: str | None = None  # the common word it seems to be a typing error of ("volgnde": volgende)


# A word of only these letters (lower case, composed) is one token to
# wordfreq, which it looks up as it is: its preprocessing (NFC, case folding)
# and its tokenizer leave it unchanged. ß, µ and the like are not here.
PLAIN_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzàáâäçèéêëìíîïñòóôöùúûü")


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of a Dutch word.

    wordfreq takes a tenth of a second to import and another to read its
    Dutch list. For a word of plain letters the frequency is its entry in that
    list (0 when it has none), so b1check keeps the list's values, as wordfreq
    computes them, as a word table; other words go to wordfreq itself.
    """
    if word and set(word) <= PLAIN_LETTERS:
        return _zipf_table().get(word, 0.0)
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "nl")


def _wordfreq_sources() -> list[Path]:
    """wordfreq's Dutch lists and the code that reads them, found without importing wordfreq."""
    spec = importlib.util.find_spec("wordfreq")
    folder = Path(spec.origin).parent
    lists = sorted((folder / "data").glob("*_nl.msgpack.gz"))
    return [*lists, folder / "__init__.py", folder / "tokens.py", folder / "preprocess.py"]


@lru_cache(maxsize=1)
def _zipf_tables():
    return word_tables("wordfreq-nl", content_key(_wordfreq_sources(), _build_zipf), _build_zipf)


@lru_cache(maxsize=1)
def _zipf_table():
    return _zipf_tables().table("zipf")


@lru_cache(maxsize=2)
def common_words(min_zipf: float) -> dict[str, float]:
    """Every word of plain letters with a Zipf frequency of `min_zipf` or more, with that frequency
    (read once: 29,000 words from 3.0). For many candidates at once: `zipf` looks each up, and
    keeps them all."""
    return {word: value for word, value in _zipf_tables().rows("zipf") if value >= min_zipf}


def _build_zipf() -> dict[str, Rows]:
    from wordfreq import iter_wordlist, zipf_frequency

    words = (word for word in iter_wordlist("nl") if word and set(word) <= PLAIN_LETTERS)
    return {"zipf": ((word, zipf_frequency(word, "nl")) for word in words)}


SHORT_PART_ZIPF = 4.5  # a three-letter part must be a very common word (bij, aan, weg)

# The end of the last part of a compound may be a suffix on a common word: "kort + adem(ig)(heid)".
# Only at the end of a compound of two parts or more, never on a word alone ("ademig" is no word).
_SUFFIXES = ("igheid", "heid", "ig")


# Pronouns, articles and conjunctions: common, but never a part of a compound ("wetswijzing" is
# no "wet + wij + zing"). Not "zij" (zijkant), "een" (eenoudergezin), "mijn" (mijnbouw), nor the
# prepositions and adverbs that start so many words (aanvraag, bijdrage, welzijn).
_FUNCTION_WORDS = frozenset(
    "het hij jij wij mij jou hem hen hun ons onze zich jullie die dat deze dit maar want omdat niet".split())


def _is_part(word: str, min_zipf: float) -> bool:
    """A common word, as written: the last part of a compound and any part before it."""
    if len(word) < 3 or word in _FUNCTION_WORDS:
        return False
    if word in word_set("woorddelen"):
        return True  # a word that is common in compounds (web: webadres; ganger: kerkganger)
    return zipf(word) >= (SHORT_PART_ZIPF if len(word) == 3 else min_zipf)


# Endings that make a noun of a word: a part before the last may be such a noun of a common word.
_NOUN_ENDINGS = ("ering", "ing", "heid")


def _is_first_part(word: str, min_zipf: float) -> bool:
    """A part before the last: a common word, or the stem of a common verb (snoei-, maai-,
    inlog-, ophaal-: snoeiafval, maaiseizoen), which is rarer on its own than its verb."""
    if _is_part(word, min_zipf):
        return True
    if any(word.endswith(ending) and len(word) - len(ending) >= 4 and _is_part(word[: -len(ending)], min_zipf)
           for ending in _NOUN_ENDINGS):
        return True  # a noun made of a common word ("asfalt + ering"): one part, not "asfalt + ring"
    if len(word) < 4 or word.endswith(("t", "de", "te", "en")):
        return False  # "maait", "maaide": no stem
    return any(lemma.endswith("en") and zipf(lemma) >= min_zipf for lemma in lemmas.lemmas(word)
               if lemma != word and lemmas.can_be(lemma, "verb"))


# The ends of a plural (-en, -eren, -s, -'s) or a diminutive (-je, -tje, -pje) of a noun.
_NOUN_FORM_ENDINGS = ("en", "s", "je")


def _noun_form_of(word: str) -> tuple[str, ...]:
    """The nouns a word is a plural or a diminutive of ("bodes": bode; "veldje": veld). The lemma
    must be a noun itself: "kerende" has the lemma "keren", a verb and the plural of "keer", but
    is no noun form (the table's noun is "keer", one step further)."""
    if len(word) <= 3 or not word.endswith(_NOUN_FORM_ENDINGS):
        return ()
    nouns = lemmas.lemmas_by_pos()["noun"]
    return tuple(lemma for lemma in lemmas.lemmas(word) if lemma != word and len(lemma) > 3 and lemma in nouns)


def _is_last_part(word: str, min_zipf: float) -> bool:
    if _is_part(word, min_zipf):
        return True
    if any(_is_part(noun, min_zipf) for noun in _noun_form_of(word)):
        return True  # a plural or a diminutive of a common noun ("kerk + bodes": bode; "voetbal + veldje": veld)
    return any(word.endswith(suffix) and _is_part(word[: -len(suffix)], min_zipf) for suffix in _SUFFIXES)


def _preference(parts: tuple[str, ...], min_zipf: float) -> tuple:
    """Fewest parts first; then the linking -s- apart from the part before it ("huishouden +
    samenstelling", not "huishoudens + samenstelling"), while -en- stays with its word, as Dutch
    spells it ("voorzieningen + rechter", "gehandicapten + parkeerplaats"); then the most common
    least common part."""
    kept_s = sum(1 for part in parts[:-1] if part.endswith("s") and _is_first_part(part[:-1], min_zipf))
    return (len(parts), kept_s, -sum(map(len, parts)), -min(zipf(part) for part in parts))


@lru_cache(maxsize=50_000)
def split_compound(word: str, min_zipf: float, depth: int = 0) -> tuple[str, ...] | None:
    """Split a word into common parts, with a linking sound (-s-, -e-, -en-, -er-) between
    them where it has one; the split with the fewest parts (`_preference`); None if it does
    not split. "huishoudenssamenstelling" is "huishouden + samenstelling", never "huishoudens
    + amen + telling", which a search that takes the longest first part first would find."""
    if depth > 3:
        return None
    splits = []
    for cut in range(len(word) - 3, 2, -1):
        head, tail = word[:cut], word[cut:]
        for link in _LINKS:
            if link and not head.endswith(link):
                continue
            stem = head[: len(head) - len(link)] if link else head
            if not _is_first_part(stem, min_zipf):
                continue
            # A verb's stem stands before a noun (snoei + afval), not before a verb's form (bedek + kende).
            needs_noun = not _is_part(stem, min_zipf)
            if _is_last_part(tail, min_zipf) and not (needs_noun and not lemmas.can_be(tail, "noun")):
                splits.append((stem, tail))
                continue  # two parts: no split of the tail has fewer
            rest = split_compound(tail, min_zipf, depth + 1)
            if rest and not (needs_noun and not lemmas.can_be(rest[0], "noun")):
                splits.append((stem, *rest))
    return min(splits, key=lambda parts: _preference(parts, min_zipf)) if splits else None


# How the names of streets end: a capitalised word with one of these is a street ("Vondellaan").
_STREET_ENDINGS = ("straat", "laan", "weg", "plein", "gracht", "kade", "singel", "steeg", "dreef", "hof", "pad",
                   "dijk", "markt", "park", "plantsoen", "erf")


def _name_goes_on(token: Token) -> bool:
    """Is the next word, on the same line, a word with a capital too ("Mosae Forum")?"""
    following = token.i + 1
    if following >= len(token.doc) or "\n" in token.whitespace_:
        return False
    after = token.doc[following]
    return after.text[:1].isupper() and after.text.isalpha() and not after.text.isupper()


def _is_candidate(token: Token, context) -> bool:
    text = token.text
    if placeholder(token) is not None or token.like_num or token.like_email or token.like_url:
        return False
    if not context.settings.limits.min_word_letters <= len(text) <= LONG_RUN:
        return False  # longer than LONG_RUN: no word at all (DIF003), and splitting it would take long
    if not text.replace("-", "").isalpha():
        return False
    if text.isupper():
        return False  # abbreviations have their own rule
    if "-" not in text and not text[1:].islower() and any(char.isupper() for char in text[1:]):
        return False  # a name written with a capital inside: eHerkenning, MijnOverheid, DigiD
    if text.endswith("-"):
        return False  # the first part of "bergings- en stallingskosten": no word of its own
    if text[0].isupper() and text.lower().endswith(_STREET_ENDINGS):
        return False  # a street: Vondellaan, Lage Morsweg
    if text[0].isupper() and not token.is_sent_start:
        return False  # a name (person, street, place, scheme)
    if text[0].isupper() and zipf(text.lower()) == 0:
        return False  # a name at the start of a sentence or line
    if text[0].isupper() and _name_goes_on(token):
        return False  # "Mosae Forum 10", "Centre Céramique": a name of more words at the start of a line
    if token.i in context.law_names:
        return False  # a title of a law or regulation cannot be changed ("- Subsidieregeling …")
    if abbreviated_word(token) is not None:
        return False  # "dossiernr.": an abbreviation (ABR002), no rare word
    if text[0].isupper() and any(start <= token.idx < end for start, end in context.signature_names):
        return False  # a first name, function or organisation under the closing ("Aryan van Driel")
    if "-" in text and all(part[:1].isupper() for part in text.split("-") if part):
        return False  # Flesch-Douma, Wijnaendts-Schuurman: names
    return not context.accepted(text)


_EVERYDAY_VERB_ZIPF = 3.5


def _noun_of_an_everyday_verb(word: str) -> bool:
    """A noun on -ing of a verb everyone uses ("blokkering": blokkeren) is no rare word; where it
    makes the sentence heavy, NOM001 says so. "invordering" (invorderen) stays rare. Nor is the one
    who does it ("ondersteuner": ondersteunen, "uitvoerder": uitvoeren, "melders")."""
    if word.endswith("ing") and len(word) >= 7:
        return zipf(word[:-3] + "en") >= _EVERYDAY_VERB_ZIPF
    stem = word[:-3] if word.endswith("ers") else word[:-2] if word.endswith("er") else None
    if stem is None or len(stem) < 4:
        return False
    verbs = [stem + "en"]
    if stem.endswith("rd"):  # verhuurder: verhuren, beheerder: beheren (a long vowel is written once before -en)
        base = stem[:-1]
        if len(base) >= 3 and base[-3] == base[-2] and base[-2] in "aeou":
            base = base[:-2] + base[-1]
        verbs.append(base + "en")
    return any(zipf(verb) >= _EVERYDAY_VERB_ZIPF for verb in verbs)


def word_zipf(word: str) -> float:
    """Frequency of a word or of its lemma, whichever is higher: an inflected
    form (`gewoner`, `verstuurde`) is as easy as its lemma. A noun is as easy as its
    other number: "omwonende" is rare, "omwonenden" is not (review 103)."""
    found = lemmas.lemmas(word)
    nouns = [form for lemma in {word, *found} if lemmas.can_be(lemma, "noun") for form in lemmas.forms_of(lemma)]
    return max([zipf(word), *(zipf(lemma) for lemma in found), *(zipf(form) for form in nouns)])


# Particles of separable verbs that are written to the verb: "in" of "inzaaien", "af" of "afvangen".
_PARTICLES = ("aan", "af", "bij", "door", "in", "mee", "na", "neer", "om", "op", "over", "samen", "terug",
              "toe", "uit", "voor", "weg")


_BASE_VERB_ZIPF = 3.5  # the verb without its particle: an everyday verb (zaaien, vangen)
_PARTICLE_VERB_ZIPF = 1.0  # the verb itself is written now and then ("uitwinnen" is not: jargon)


def particle_verb(word: str, base_zipf: float = _BASE_VERB_ZIPF) -> bool:
    """Is the word a form of a separable verb whose verb without its particle is an everyday
    verb ("ingezaaid": in + zaaien, "afvangen": af + vangen)? Such a verb reads as its parts.
    `base_zipf`: how common the verb without its particle must be."""
    for lemma in lemmas.lemmas(word):
        if not lemma.endswith("en") or zipf(lemma) < _PARTICLE_VERB_ZIPF or not lemmas.can_be(lemma, "verb"):
            continue
        for particle in _PARTICLES:
            rest = lemma[len(particle) :]
            if (lemma.startswith(particle) and len(rest) >= 4 and zipf(rest) >= base_zipf
                    and lemmas.can_be(rest, "verb")):
                return True
    return False


# A word written almost as often as the rare line, made of parts that are words people know, is a
# word people know itself ("bankafschrift": bank + afschrift; "ingedeukt": in + deuken). Both
# tests at once: a known part alone ("griffie") does not make "raadsgriffie", which no one
# writes, a known word; a whole that is written often enough does not make a made-up part a word.
FAMILIAR_WHOLE_ZIPF = 2.0
KNOWN_PART_ZIPF = 2.5

# A long compound of two everyday words that is a word itself, written as one in wordfreq's
# sources ("betalingsherinnering", "ontvangstbevestiging"), is no long word to cut: the reader
# knows it as a whole. A compound that no one writes ("verkoudheidsklachten") or with a part
# that is not an everyday word ("onteigeningsprocedure") stays long.
EVERYDAY_PART_ZIPF = 3.5
WRITTEN_WHOLE_ZIPF = 1.0  # the lowest frequency wordfreq lists: the word is written as one word


def _familiar_whole(word: str, frequency: float) -> bool:
    """A word people know as a whole, made of known parts (see FAMILIAR_WHOLE_ZIPF)."""
    if frequency < FAMILIAR_WHOLE_ZIPF:
        return False
    if particle_verb(word, KNOWN_PART_ZIPF):
        return True
    if _negated_known_word(word):
        return True
    # Only a noun or an adjective splits here: a verb form splits into words by chance ("bestraat":
    # no "best + raat"), and a verb's parts are its particle and its verb, asked above.
    verb = any(lemmas.can_be(lemma, "verb") for lemma in lemmas.lemmas(word))
    return not verb and split_compound(word, KNOWN_PART_ZIPF) is not None


def _negated_known_word(word: str) -> bool:
    """"onbewolkt", "ongeopend", "onverzekerd": "on-" says "not" before an adjective or a participle
    people know. Not a noun ("onverlaat"), nor a verb form one letter from a word ("onstaan",
    "onbijt": typing errors). "onverschuldigd", which almost no one writes, stays rare
    (FAMILIAR_WHOLE_ZIPF)."""
    rest = word[2:]
    if not word.startswith("on") or len(rest) < 5 or word_zipf(rest) < KNOWN_PART_ZIPF:
        return False
    return (lemmas.can_be(rest, "adj") or is_participle(rest)) and not lemmas.can_be(word, "noun")


def _singular(word: str, parts: tuple[str, ...]) -> str:
    """The compound with its last part in the singular ("…parkeerplaatsen": "…parkeerplaats")."""
    nouns = _noun_form_of(parts[-1])
    return word[: len(word) - len(parts[-1])] + nouns[0] if nouns else word


def familiar_compound(word: str, parts: tuple[str, ...]) -> bool:
    """A long compound of two everyday words that is itself written as a word (EVERYDAY_PART_ZIPF).
    A compound in wordlists/samenstellingen.toml is never one: an editor wants it named."""
    if len(parts) != 2 or word in compound_rewrites() or _singular(word, parts) in compound_rewrites():
        return False
    if max(word_zipf(word), zipf(_singular(word, parts))) < WRITTEN_WHOLE_ZIPF:
        return False
    # The part as written, or the noun it is a plural of: a verb's stem ("ontwikkel") is no everyday word.
    return all(zipf(part) >= EVERYDAY_PART_ZIPF or any(zipf(noun) >= EVERYDAY_PART_ZIPF for noun in _noun_form_of(part))
               for part in parts)


def _hyphenated(word: str, limits) -> DifficultWord | None:
    """A word with hyphens: each part a common word or a compound of common ones ("e-mailbericht",
    "corona-toegangsbewijs") reads as its parts; a part that is a long compound itself
    ("concept-voorkeursalternatief") makes it long; a rare part makes it rare."""
    frequency = word_zipf(word)
    parts = [part for part in word.split("-") if part]
    split = []
    for part in parts:
        # An inflected part reads as its word: "niet-gewerkte uren" (gewerkt), "niet-ingevulde".
        if (zipf(part) >= limits.compound_part_zipf or len(part) < 3
                or part.endswith("e") and zipf(part[:-1]) >= limits.compound_part_zipf):
            split.append((part,))
            continue
        compound = split_compound(part, limits.compound_part_zipf)
        if compound is None:
            rare = frequency < limits.rare_word_zipf
            return DifficultWord(None, "rare", frequency, tuple(word.split("-"))) if rare else None
        split.append(compound)
    long_part = any(len(part) >= limits.long_compound_letters or len(pieces) >= 4 for part, pieces in zip(parts, split))
    if long_part and frequency < limits.rare_word_zipf:
        return DifficultWord(None, "compound", frequency, tuple(piece for pieces in split for piece in pieces))
    return None


def classify(word: str, limits) -> DifficultWord | None:
    """Is a lower-case word hard? Returns the kind, or None."""
    frequency = word_zipf(word)
    if "-" in word:
        return _hyphenated(word, limits)
    if frequency >= limits.rare_word_zipf or particle_verb(word) or _noun_of_an_everyday_verb(word):
        return None
    compound = split_compound(word, limits.compound_part_zipf)
    if not compound and _familiar_whole(word, frequency):
        # A word people know: no rare word, but a long compound is still long.
        compound = split_compound(word, KNOWN_PART_ZIPF)
        if compound is None:
            return None  # a separable verb ("ingedeukt")
    if compound:
        if familiar_compound(word, compound):
            return None
        if len(word) >= limits.long_compound_letters or len(compound) >= 4:
            typo = _doubled_part(word, limits) if zipf(word) < TYPO_MAX_ZIPF and not lemmas.known(word) else None
            if typo:
                return DifficultWord(None, "rare", frequency, typo=typo)
            return DifficultWord(None, "compound", frequency, compound)
        return None
    return DifficultWord(None, "rare", frequency, typo=typo_of(word, limits))


def find_difficult_words(context, covered: frozenset[int]) -> list[DifficultWord]:
    limits = context.settings.limits
    found = []
    left_alone: set[int] | None = None
    for token in context.words:
        if token.i in covered or not _is_candidate(token, context) or damaged(token):
            continue
        if left_alone is None:
            left_alone = (_names_in_lower_case(context.doc, context.parsed) | idiom_words(context.doc)
                          | other_names(context.doc))
        if token.i in left_alone or explained_after(token):
            continue
        result = _classify_cached(token.lower_, limits)
        if result is not None:
            found.append(DifficultWord(token, result.kind, result.zipf, result.parts, result.typo))
    return found


@lru_cache(maxsize=200_000)
def _classify_cached(word: str, limits) -> DifficultWord | None:
    return classify(word, limits)


# --- Typing errors -----------------------------------------------------------------------------
# A word few people use may be a common word typed wrong ("volgnde", "beslotenom",
# "ontwikkelwikkelperspectief"): then the writer needs "Is dit een typefout?", not "kies een
# bekender woord". Only asked of a word already judged hard, so the lookups stay few.

TYPO_MAX_ZIPF = 1.5  # the word itself is (almost) never written
TYPO_TARGET_ZIPF = 4.0  # what it is taken for is a word everyone writes
TYPO_MARGIN = 1.0  # and far more common than any other word one typing error away

# Letters next to each other on a keyboard: a letter typed for the one beside it ("volgenfe").
# A letter changed into one further away is left alone: "leging" is no "lening".
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard_neighbours() -> dict[str, str]:
    """Per letter, the letters around it on the keyboard: beside it, and in the rows above and below."""
    neighbours = {}
    for row_number, row in enumerate(_KEYBOARD_ROWS):
        for column, letter in enumerate(row):
            near = {row[i] for i in (column - 1, column + 1) if 0 <= i < len(row)}
            for other_row in (row_number - 1, row_number + 1):
                if 0 <= other_row < len(_KEYBOARD_ROWS):
                    other = _KEYBOARD_ROWS[other_row]
                    near.update(other[i] for i in (column - 1, column, column + 1) if 0 <= i < len(other))
            neighbours[letter] = "".join(sorted(near))
    return neighbours


_NEIGHBOURS = _keyboard_neighbours()

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"

# Words that stand after another word and never end a word themselves: "besloten om", "vanaf het".
# Not "en", "de", "te", "er" and "in": those end many words ("vriendin", "werkte").
_TRAILING_WORDS = frozenset("om het een van dat die met niet ook naar wij zij hij".split())
# Words that stand before another: "te worden", "de aanvraag". Many words start with them too
# ("deur", "teken"), but a word that does is a word, and never asked about.
_LEADING_WORDS = frozenset("te de het een om en van in op aan met voor uw u wij".split())


def _one_typing_error(word: str) -> set[str]:
    """The words one typing error away: a letter left out or typed twice, two letters swapped,
    a letter typed for one beside it on the keyboard, or a letter added."""
    found = set()
    for cut in range(len(word) + 1):
        head, tail = word[:cut], word[cut:]
        if tail:
            found.add(head + tail[1:])
            for letter in _NEIGHBOURS.get(tail[0], ""):
                found.add(head + letter + tail[1:])
        if len(tail) > 1:
            found.add(head + tail[1] + tail[0] + tail[2:])
        for letter in _ALPHABET:
            found.add(head + letter + tail)
    found.discard(word)
    return found


def typo_of(word: str, limits) -> str | None:
    """The common word a hard word seems to be a typing error of, or None.

    A word b1check's tables know (a form of a verb, a name, jargon: "bestraat", "overtreder",
    "leging") is never a typing error, nor is a word that is written now and then. Else: one
    typing error from a word everyone writes, with no other common word as close ("volgnde":
    volgende); two common words without the space between them ("beslotenom": besloten om); or
    a part of a compound typed twice ("ontwikkelwikkelperspectief")."""
    if "-" in word or lemmas.known(word):
        return None
    if zipf(word) >= TYPO_MAX_ZIPF:
        return _doubled_letter(word)
    return _doubled_part(word, limits) or _missing_space(word) or _typing_error(word)


# A letter typed twice in one of the most common words ("waaren": waren) is written often enough
# to be in the frequency table, but far less than the word itself.
TYPO_DOUBLED_MAX_ZIPF = 2.5
TYPO_DOUBLED_TARGET_ZIPF = 5.0


def _doubled_letter(word: str) -> str | None:
    if zipf(word) >= TYPO_DOUBLED_MAX_ZIPF:
        return None
    found = {word[:i] + word[i + 1 :] for i in range(len(word) - 1) if word[i] == word[i + 1]}
    # (a Dutch word of three letters or more: "aand" is no "and", "ffc" no "fc")
    found = {single for single in found if len(single) >= 3 and zipf(single) >= TYPO_DOUBLED_TARGET_ZIPF and lemmas.known(single)}
    return found.pop() if len(found) == 1 else None


def _typing_error(word: str) -> str | None:
    # Some 300 candidates a word, nearly all no word at all: only those within the margin of a
    # common word are looked for, in one table read once.
    near = common_words(TYPO_TARGET_ZIPF - TYPO_MARGIN)
    found = sorted(((near[other], other) for other in _one_typing_error(word) if other in near), reverse=True)
    if not found or found[0][0] < TYPO_TARGET_ZIPF:
        return None
    if len(found) > 1 and found[0][0] - found[1][0] < TYPO_MARGIN:
        return None  # two words it could be: no guessing
    return found[0][1]


def _missing_space(word: str) -> str | None:
    """Two words everyone writes, a small one after ("besloten om") or before ("te worden") a
    longer one, without the space between them. Two ways to read it: no guessing."""
    near = common_words(TYPO_TARGET_ZIPF - TYPO_MARGIN)  # the table `_typing_error` reads: one table
    found = set()
    for cut in range(1, len(word)):
        head, tail = word[:cut], word[cut:]
        if tail in _TRAILING_WORDS and len(head) >= 4 and near.get(head, 0) >= TYPO_TARGET_ZIPF:
            found.add(f"{head} {tail}")
        if head in _LEADING_WORDS and len(tail) >= 4 and near.get(tail, 0) >= TYPO_TARGET_ZIPF:
            found.add(f"{head} {tail}")
    return found.pop() if len(found) == 1 else None


_DOUBLED = re.compile(r"([a-zà-ÿ]{4,})\1")


def _doubled_part(word: str, limits) -> str | None:
    """"ontwikkelwikkelperspectief": a stretch of four letters or more typed twice in a row,
    where the word without the second one is a common word or a compound of common words."""
    for found in _DOUBLED.finditer(word):
        single = word[: found.start()] + found.group(1) + word[found.end() :]
        if word_zipf(single) >= limits.rare_word_zipf or split_compound(single, limits.compound_part_zipf):
            return single
    return None


# --- Names in lower case -----------------------------------------------------------------------

# A word for a scheme or a subsidy, followed by the words of its name in lower case: "de
# subsidieregeling borstprothesen transvrouwen". (Capitalised titles are law names already.)
# And the name of a tax on an assessment: "de aanslag waterschapsbelasting".
_SCHEME_ENDINGS = ("regeling", "verordening", "reglement", "beleidsregel", "subsidie", "aanslag")
_SCHEME_NAME_WORDS = 3
# Words that end a name: the sentence goes on.
_NAME_ENDS = frozenset(
    "de het een en of van voor in op met aan bij door om te tot uit over naar als dat die dit deze is zijn was "
    "wordt worden werd kan kunt moet mag zal u wij we ik jij je hij zij ze niet ook".split())
# A Latin name in brackets: a genus with a capital and its species ("(Gleditsia triacanthos ‘Sunburst’)").
_LATIN_WORD_ZIPF = 1.5


def _names_in_lower_case(doc, parsed: bool) -> set[int]:
    """Words in lower case that are part of a name, not words the writer chose: the name of a
    scheme after its word ("de subsidieregeling borstprothesen transvrouwen"), and a plant or
    animal with its Latin name in brackets right after it ("valse christusdoorns (Gleditsia
    triacanthos)"), which explains it already, and the Latin name itself."""
    names: set[int] = set()
    for token in doc:
        if token.text == "(":
            names.update(_latin_name(doc, token.i))
        elif token.is_lower and token.lower_.endswith(_SCHEME_ENDINGS):
            for following in doc[token.i + 1 : token.i + 1 + _SCHEME_NAME_WORDS]:
                if (not following.is_alpha or not following.is_lower or following.lower_ in _NAME_ENDS
                        or not _may_name(following, parsed)):
                    break
                names.add(following.i)
    return names


def _may_name(token: Token, parsed: bool) -> bool:
    """Can a word after a scheme's word be a word of its name? With a parse: no verb or function
    word. Without: no word the lemma tables know as a verb or an adjective ("de regeling gelden
    cumulatieve voorwaarden", "de subsidie gecrediteerd"); a noun or a word they do not know
    ("borstprothesen") may be."""
    if parsed:
        return token.pos_ not in ("VERB", "AUX", "ADP", "PRON", "DET", "SCONJ", "CCONJ")
    return not (lemmas.can_be(token.lower_, "verb") or lemmas.can_be(token.lower_, "adj"))


def _latin_name(doc, bracket: int) -> list[int]:
    """The bracket's words and the word before it, if the bracket opens with a Latin name."""
    inside = []
    for token in doc[bracket + 1 : bracket + 6]:
        if token.text == ")":
            break
        inside.append(token)
    words = [token for token in inside if token.is_alpha]
    # A genus with a capital and its species in lower case: one name in brackets is no plant
    # ("een naheffingsaanslag (Cocensus)": the name of the system that sends it).
    if len(words) < 2 or not words[0].text[:1].isupper() or words[0].is_upper or not words[1].is_lower:
        return []
    latin = [token for token in words if zipf(token.lower_) < _LATIN_WORD_ZIPF and not lemmas.known(token.lower_)]
    if any(token not in latin for token in words[1:] if token.is_lower):
        return []  # Dutch words in brackets: an explanation, not a Latin name
    before = bracket - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    named = [token.i for token in inside]
    if before >= 0 and doc[before].is_alpha and doc[before].is_lower:
        named.append(before)
    return named


# --- A word with an abbreviated last part ------------------------------------------------------

_ABBREVIATED_HEAD_ZIPF = 3.0  # the word before the abbreviation is a common one ("dossier")


@lru_cache(maxsize=1)
def _word_endings() -> tuple:
    """The abbreviations that may end a word ("nr." of "dossiernr."), without their full stop."""
    return tuple((entry.abbreviation[:-1].lower(), entry) for entry in default_abbreviations()
                 if entry.ends_word and entry.abbreviation.endswith(".") and entry.abbreviation.count(".") == 1)


def abbreviated_word(token: Token):
    """(the abbreviation, the word written out) for a word whose last part is an abbreviation,
    with its full stop after it: "dossiernr." is "dossiernummer". None for any other word."""
    doc = token.doc
    # (the space first: most words have one after them, and doc[i] makes a Token)
    if token.whitespace_ or token.i + 1 >= len(doc) or doc[token.i + 1].text != ".":
        return None
    lower = token.lower_
    for ending, entry in _word_endings():
        head = lower[: -len(ending)]
        if lower.endswith(ending) and len(head) >= 3 and _is_first_part(head, _ABBREVIATED_HEAD_ZIPF):
            return entry, token.text[: len(head)] + entry.expansion
    return None


# --- A word broken by damaged characters ------------------------------------------------------

# Signs of text decoded wrongly: the mark of a lost character (U+FFFD), an accent on its own
# between letters ("ge´nformeerd" for "geïnformeerd"), and UTF-8 read as Latin-1 or Windows-1252
# ("geÃ¯nformeerd", "â€™"). Such a word is no rare word: its pieces are no words at all. Nor does
# b1check name it as damaged: a file decoded wrongly is damaged throughout, and a finding on
# every such word would bury the others. The damage is the file's, not the writer's Dutch.
_DAMAGE = re.compile(r"\ufffd|[^\W\d_][´`¨˜ˆ¸][^\W\d_]|[ÃÂ][\u0080-\u00bf]|â€")
_DAMAGE_REACH = 40  # how far to look on either side of the token for the rest of its word


def damaged(token: Token) -> bool:
    """Is the token part of a word with damaged characters (as the text shows it, between spaces)?"""
    text = doc_text(token.doc)  # (Doc.text would join every token again, for every word)
    start, end = token.idx, token.idx + len(token.text)
    low, high = max(0, start - _DAMAGE_REACH), min(len(text), end + _DAMAGE_REACH)
    while start > low and not text[start - 1].isspace():
        start -= 1
    while end < high and not text[end].isspace():
        end += 1
    return _DAMAGE.search(text, start, end) is not None


# --- Idioms ------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _idioms() -> tuple[tuple[str, ...], ...]:
    """wordlists/uitdrukkingen.txt: each idiom as its words."""
    return tuple(tuple(idiom.split()) for idiom in word_set("uitdrukkingen"))


def _is_form_of(token: Token, word: str) -> bool:
    return token.lower_ == word or word in lemmas.lemmas(token.lower_)


def idiom_words(doc) -> set[int]:
    """The words of the idioms in wordlists/uitdrukkingen.txt ("het reilen en zeilen"): a word
    that lives only in an idiom is no rare word there. Its words in this order, line breaks
    between them allowed; a verb in any form ("bakzeil halen": "bakzeil gehaald")."""
    words = [token for token in doc if not token.is_space]
    found: set[int] = set()
    present: set[str] | None = None
    for idiom in _idioms():
        if present is None:  # each word as written and its lemmas: what `_is_form_of` can match
            written = {token.lower_ for token in words}
            present = written.union(*(lemmas.lemmas(word) for word in written))
        if not present.issuperset(idiom):
            continue  # a word of the idiom is missing in every form: it is not here (most letters)
        for start in range(len(words) - len(idiom) + 1):
            if all(_is_form_of(words[start + n], word) for n, word in enumerate(idiom)):
                found.update(token.i for token in words[start : start + len(idiom)])
    return found


# --- A word that another word explains ---------------------------------------------------------

# Words that give another name for the word before them: "autologe vettransplantatie, ook wel
# 'lipofilling' genoemd". The other name is there to help the reader: no rare word. Only after
# a comma or an opening bracket: "U kunt ook wel een aanschrijving krijgen" is no other name.
_OTHER_NAME_MARKERS = ("ook wel", "oftewel", "ofwel", "ook bekend als", "beter bekend als", "in de volksmond",
                       "dat wil zeggen", "met andere woorden")
_OTHER_NAME_WORDS = 3  # the other name itself: a word or a few
_QUOTES = frozenset("'\"‘’“”„‚«»")


def other_names(doc) -> set[int]:
    """The words of another name given for the word before ("…, ook wel 'lipofilling' genoemd")."""
    words = [token for token in doc if not token.is_space]
    found: set[int] = set()
    for n, token in enumerate(words):
        if token.text not in (",", "("):
            continue
        for marker in _OTHER_NAME_MARKERS:
            marker_words = marker.split()
            after = words[n + 1 : n + 1 + len(marker_words)]
            if [word.lower_ for word in after] != marker_words:
                continue
            named = 0
            for following in words[n + 1 + len(marker_words) :]:
                if following.text in _QUOTES or following.lower_ in ("de", "het", "een"):
                    continue
                if not following.is_alpha and "-" not in following.text or named == _OTHER_NAME_WORDS:
                    break
                found.add(following.i)
                named += 1
            break
    return found


# A bracket after a hard word that explains it: Dutch words, not an abbreviation, a name, a
# number or a reference ("(AFT)", "(Cocensus)", "(zie bijlage 2)", "(per aangetekende brief)").
_NOT_AN_EXPLANATION = frozenset(
    "zie per op in met van voor via bij uit na om tot vanaf door over tegen zonder artikel art bijlage".split())
_EXPLANATION_WORDS = 15  # the most words a bracket may hold (an explanation is short)
_LIST_ITEM_WORDS = 4  # the most words an item of a list after a colon may have
_LIST_AND = frozenset({"en", "of"})


def explained_after(token: Token) -> bool:
    """Does the letter explain the word right after it: a bracket of plain words ("stobben (de
    stronken van gekapte bomen)"), or a colon and a list of what it holds on the same line
    ("verkoudheidsklachten: neusverkoudheid, hoesten, keelpijn")?"""
    doc = token.doc
    following = token.i + 1
    if following < len(doc) and doc[following].text == "(":
        return _explaining_bracket(doc, following)
    if following < len(doc) and doc[following].text == ":" and not token.whitespace_:
        return _list_on_the_line(doc, following)
    return False


def _explaining_bracket(doc, bracket: int) -> bool:
    inside = []
    for token in doc[bracket + 1 : bracket + 2 + _EXPLANATION_WORDS]:
        if token.text == ")":
            break
        inside.append(token)
    else:
        return False  # no closing bracket near: no short explanation
    words = [token for token in inside if not token.is_space and not token.is_punct]
    if not words or any(token.like_num or any(char.isdigit() for char in token.text) for token in words):
        return False
    if words[0].lower_ in _NOT_AN_EXPLANATION:
        return False
    return any(token.is_alpha and token.is_lower and len(token.text) >= 3 for token in words)


def _list_on_the_line(doc, colon: int) -> bool:
    items: list[list] = [[]]
    for token in doc[colon + 1 :]:
        if "\n" in token.text or token.text in (".", ";", "!", "?"):
            break
        if token.is_space:
            continue
        if token.text == "," or token.lower_ in _LIST_AND:
            items.append([])
        elif token.is_alpha:
            items[-1].append(token)
        else:
            return False
    items = [item for item in items if item]
    return len(items) >= 2 and all(len(item) <= _LIST_ITEM_WORDS for item in items)
