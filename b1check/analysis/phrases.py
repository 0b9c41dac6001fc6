"""Find word-list phrases in an analysed document: lemma-aware, and with the
part of speech and the dependency parse where the pipeline has them.

Each entry becomes one or more patterns. A pattern is a list of segments
(words in a row; line breaks between them do not count) separated by gaps
(`…`). A pattern word matches every form of its word (`verzoeken` also
matches `verzoekt`, `verzocht`); small function words match only themselves.
A verb entry without `patterns` gets the word orders of Dutch verb phrases
from b1check (`verb_patterns`): *in behandeling nemen*, *in behandeling te
nemen*, *nemen … in behandeling*, *in behandeling … genomen*, and for a
separable verb *indienen*, *in te dienen*, *dient … in*.

How the parts of a pattern are joined:
- Within GAP_WORDS words, with no comma or bracket between them; a
  separated particle must end its clause ("dient het formulier in.").
- With a parse (the shipped pipeline) also further, up to PARSED_GAP_WORDS
  words, when the parts hang together in the dependency tree (a particle
  must be the verb's own particle).
With a parse, the fast mode's word window also counts: the compact parser
misattaches rare words often enough that the tree alone would miss real
matches. Both stay within one sentence, and each search looks a bounded
number of words ahead, so the time grows linearly with the text.

Which matches count:
- The word that inflects must have the entry's part of speech (parse), so
  that the noun *verzoek* or the adjective *de beoogde datum* never take a
  verb's entry. Without a parse, a verb form that is also a noun or adjective
  only counts next to a personal pronoun ("ik verzoek u").
- Never inside template placeholders, quotations, names of laws and
  regulations (*de Verordening op de haven 2010*), labels (*Betreft:*), or
  capitalised names in the middle of a sentence (*de Commissie Bezwaarschriften*).
- `context` and `unless` of the entry (wordlists/README.md).
- Never inside the words of a longer entry that holds the phrase whole
  (*heden* in *tot op heden*), even where that entry stays silent itself.
- Where two matches share a word, the one with more words wins; wording and
  nominal style count as one category for that, so one place gets one finding.
"""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import IS_SPACE, LOWER, SENT_START
from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

import spacy

from ..language import analyse, inflect, lemmas, pronouns, wordlists
from ..language.analyse import ACRONYM_STOP, PLACEHOLDERS, doc_text, in_postal_address, is_parsed, pipeline
from ..language.tokens import NUMBER_WORDS, TIME_UNITS
from ..language.cache import cache_dir, content_key, pickled
from ..language.pronouns import ADVERB_PREPOSITIONS, R_PRONOUNS, adverb_preposition, adverbs_for, stranded_form
from ..language.wordlists import GAP, PhraseEntry, phrase_files, read_phrase_file, wordlist_dir
from .passive import MODALS, PREPOSITIONS, SUBORDINATORS, is_only_verb_form, is_participle, is_verb_form
from .structure import is_imperative

GAP_WORDS = 7
PARSED_GAP_WORDS = 20
# A segment whose forms multiply beyond this is cut back to its literal words.
MAX_EXPANSIONS = 5000

# Stop words that are verbs still inflect; the rest match literally.
_LITERAL = frozenset(word for word in STOP_WORDS if not word.endswith("en") or len(word) <= 3) | {
    "tegen", "zonder", "boven", "binnen", "buiten", "tussen", "volgens", "wegens", "tijdens",
    "alleen", "even", "geen", "zeven", "tien", "negen", "beneden", "sedert",
}

# Stop words that can be the verb of an entry ("van mening zijn").
_VERBS = frozenset("zijn hebben worden doen gaan komen kunnen moeten maken laten staan willen zullen mogen".split())

_NEVER_FORMS = frozenset(
    "de het een der des den t d toe te ten ter en of in op aan uit bij af om na door voor met van over tot "
    "naar u hij zij ze we wij ik je jij men dit dat die deze hem haar ons hen hun er wat wie".split()
)

# "zich" in an entry stands for every reflexive pronoun.
_REFLEXIVE = ("zich", "me", "mij", "je", "ons", "u")
PERSONAL_PRONOUNS = frozenset("ik wij we u je jij hij zij ze men".split())
DETERMINERS = frozenset(
    "de het een deze dit die dat uw onze ons mijn jouw zijn haar hun geen elk elke ieder iedere welk welke "
    "zo'n zulk zulke".split()
)
# Words too common to index a pattern by: every pattern that starts with one
# is indexed by its next word instead.
_COMMON_IDS = frozenset(get_string_id(w) for w in _NEVER_FORMS | DETERMINERS)

# After a separated particle (`dient … in`), without a parse: the clause ends,
# or a preposition or conjunction follows ("dient het formulier in bij").
_AFTER_PARTICLE = frozenset(
    "bij voor op om met via aan naar na tot binnen vóór uiterlijk en of maar want dat zodat omdat als "
    "wanneer zodra".split()
)


@dataclass(frozen=True)
class Slot:
    """One word of a pattern: the lower-case forms it matches (as string ids)."""

    ids: frozenset[int]
    role: str = "word"  # "word", "head" (the word that inflects), "particle", "te"


@dataclass(frozen=True)
class Pattern:
    entry: int
    segments: tuple[tuple[Slot, ...], ...]
    # An editor's own `…` may cross a comma ("indien u niet … , zullen wij");
    # b1check's word orders of a verb phrase may not.
    across_commas: bool = False
    # A word order that only the parse may confirm ("Van deze mogelijkheid heeft u geen
    # gebruik gemaakt"): every part must hang together with the words before it.
    linked: bool = False
    # Forms of which one must stand in the sentence before the pattern is tried: a fronted order
    # starts with a preposition ("van"), which every sentence has, so its own noun ("gebruik") decides.
    needs: frozenset[int] = frozenset()
    # The preposition apart from its R-word, right before the entry's words ("waar u voor in
    # aanmerking komt"): it matches only after "er", "daar", "hier" or "waar" in its clause.
    stranded: bool = False


@dataclass(frozen=True)
class PhraseMatch:
    entry: PhraseEntry
    span: Span  # from the first to the last matched word
    words: tuple[int, ...]  # indices of the matched words, without gaps and without "te"
    head: int | None = None  # the word that inflects
    te: int | None = None  # "te" of a te-infinitive head ("in behandeling te nemen")
    particle: int | None = None  # the separated particle of the head ("dient … in")
    lemma: str | None = None  # the entry's word that the head is a form of ("nemen", "indienen")
    roles: dict[int, str] = field(default_factory=dict, compare=False, hash=False)


def word_forms(word: str) -> list[str]:
    """The lower-case forms one pattern word matches."""
    lower = word.lower()
    if lower == "zich":
        return list(_REFLEXIVE)
    if lower in _LITERAL or not lower.isalpha():
        return [lower]
    # Forms with an apostrophe ('s, 't) are clitics of other words, and the
    # tables list some small words as forms of verbs (het ← hebben, toe ← doen).
    return sorted(
        form for form in lemmas.forms_of(lower) if "'" not in form and (form == lower or form not in _NEVER_FORMS)
    )


def _ids(forms) -> frozenset[int]:
    return frozenset(get_string_id(form) for form in forms)


def _wholes(entry: PhraseEntry, entries: list[PhraseEntry], number: int) -> list[tuple[str, bool]]:
    """The word groups of longer entries that hold this entry's phrase whole
    ("tot op heden" for *heden*, "gelet op het bovenstaande" for *gelet op*):
    a part never fires inside a fixed expression of the lists, also where the
    expression itself stays silent (its own context or `unless`), so that
    nothing rewrites half of it ("tot op nu"). Tone entries keep their own pool.
    A group the entry's own patterns hold whole is no such expression there: the
    editor asked for it (*wijze* with "over de wijze waarop", which holds the
    entry *de wijze waarop*)."""
    if entry.category == "tone":
        return []
    own = f" {' '.join(entry.phrase.lower().split())} "
    own_patterns = [f" {' '.join(text.lower().split())} " for text in entry.patterns]
    found: list[tuple[str, bool]] = []
    for other_number, other in enumerate(entries):
        if other_number == number or other.category == "tone":
            continue
        for text in (other.phrase, *other.patterns):
            if GAP in text or "..." in text:
                continue  # a gapped word order: its words need not be in a row
            words = f" {' '.join(text.lower().split())} "
            whole = (text, other.pos in ("verb", None))
            if len(words) > len(own) and own in words and whole not in found and not any(
                words in pattern for pattern in own_patterns
            ):
                found.append(whole)
    return found


def _split_words(text: str, tokenizer) -> list[str]:
    words: list[str] = []
    for word in text.split():
        if word == GAP or word.isalpha():
            words.append(word)
        else:  # "z.s.m.", "WOZ-waarde", "(Wmo)": as spaCy's tokenizer splits them
            words.extend(token.text for token in tokenizer(word))
    return words


def segments_of(pattern: str, tokenizer) -> list[list[str]]:
    """Split a pattern into its segments of words, at the gaps, with the
    tokenizer the letters are read with, so that it splits as their text does."""
    segments: list[list[str]] = [[]]
    for word in _split_words(pattern.replace("...", GAP).replace(GAP, f" {GAP} "), tokenizer):
        if word == GAP:
            segments.append([])
        else:
            segments[-1].append(word)
    return [segment for segment in segments if segment]


# --------------------------------------------------------------------------------------
# The word that inflects, and the word orders of a verb entry


@lru_cache(maxsize=20_000)
def is_verb(word: str) -> bool:
    """Is this an infinitive the lemma tables know as a verb (not a small word
    such as *buiten* or *vragen*'s noun use: only words on -en or -n)?"""
    lower = word.lower().replace("|", "")
    if lower in _VERBS:
        return True
    if lower in _LITERAL or lower in inflect.PARTICLES or not lower.endswith("n"):
        return False
    if lower in lemmas.lemmas_by_pos()["verb"]:
        return True
    # The tables' index misses some verbs (slopen, ontvangen): their third person is attested.
    try:
        third = inflect.verb_forms(lower)["3sg"]
    except ValueError:
        return False
    return bool(third) and third[0] in lemmas.forms_of(lower) and third[0] != lower


def head_index(entry: PhraseEntry, words: list[str]) -> int | None:
    """Which word of the phrase inflects: the entry's `head`, else the last
    verb of a verb entry, the last content word of a noun or adjective entry."""
    lowered = [word.lower() for word in words]
    if entry.head:
        return lowered.index(entry.head) if entry.head in lowered else None
    if entry.pos == "verb":
        verbs = [i for i, word in enumerate(lowered) if is_verb(word)]
        return verbs[-1] if verbs else None
    if entry.pos in ("noun", "adj"):
        content = [i for i, word in enumerate(lowered) if word not in _NEVER_FORMS and word.isalpha()]
        return content[-1] if content else None
    return None


def _finite_forms(verb: str) -> set[str]:
    forms = inflect.verb_forms(verb)
    return {form for slot in inflect.VERB_SLOTS[:6] for form in forms[slot]}


def _verb_head_forms(verb: str) -> set[str]:
    """Every form of a verb: the lemma tables' and the inflector's (which also
    knows the verbs the tables miss)."""
    own = {form for forms in inflect.verb_forms(verb).values() for form in forms}
    return own | set(word_forms(verb))


def verb_patterns(words: list[str], head: int) -> list[list[list[Slot]]]:
    """The word orders of a verb phrase, as lists of segments of slots. An
    article in the phrase (*een aanvraag indienen*) stands for any determiner,
    or none."""
    verb = words[head].lower()
    before_words = words[:head]
    if before_words and before_words[0].lower() in ("een", "de", "het"):
        # the noun after the article is a noun: "het voornemen hebben" is no "hadden zich voorgenomen" (review r14)
        nouns = [_noun_slot(w) if i == len(before_words) - 2 else _slot(w) for i, w in enumerate(before_words[1:])]
        variants = [[_determiner_slot()] + nouns, list(nouns)]
    else:
        variants = [[_slot(w) for w in before_words]]
    after = [Slot(_slot(word).ids, "after") for word in words[head + 1 :]]
    patterns = []
    for before in variants:
        patterns.extend(_verb_orders(verb, before, after, words[head + 1 :]))
    return [[segment for segment in pattern if segment] for pattern in patterns]


def fronted_patterns(words: list[str], head: int) -> list[list[list[Slot]]]:
    """The orders of a verb phrase whose preposition comes first, with its noun:
    "Van deze mogelijkheid heeft u geen gebruik gemaakt", "Voor de afvoer draagt u
    zelf zorg", "dat u zich niet met deze beslissing kunt verenigen". Only for a
    phrase that ends in one preposition after the verb and has words before it;
    only the parse can tell this preposition from any other "van" or "voor"
    nearby, so these orders never match without it (`Pattern.linked`)."""
    verb = words[head].lower()
    before_words, after_words = words[:head], words[head + 1 :]
    if not before_words or len(after_words) != 1 or after_words[0].lower() not in ADVERB_PREPOSITIONS:
        return []
    if inflect.split_particle(verb)[0]:
        return []
    if before_words[0].lower() in ("een", "de", "het"):
        before_words = before_words[1:]  # "een beroep doen op": any determiner, or none, is not matched here
        if not before_words:
            return []
    before = [_slot(w) for w in before_words]
    # the preposition, or a pronominal adverb made with it: "waarop uw verzoek betrekking
    # heeft", "ervoor zorg draagt"
    after = [Slot(_slot(after_words[0]).ids | _ids(adverbs_for(after_words[0])), "after")]
    all_forms = Slot(_ids(_verb_head_forms(verb)), "head")
    finite = Slot(_ids(_finite_forms(verb)), "head")
    te = Slot(_ids(["te"]), "te")
    infinitive = Slot(_ids([verb]), "head")
    return [
        [after, before + [all_forms]],  # van … gebruik gemaakt
        [after, before + [te, infinitive]],  # (om) van … gebruik te maken
        [after, before, [all_forms]],  # (als u) van … gebruik wilt maken
        [after, before, [te, infinitive]],  # (om) voor … in aanmerking proberen te komen
        [after, [finite], before],  # Voor … draagt u zorg
        [[finite], after, before],  # draagt ervoor zorg
        [before, after, [all_forms]],  # zich … met … verenigen
    ]


def stranded_patterns(words: list[str], head: int) -> list[list[list[Slot]]]:
    """The orders of a verb phrase whose preposition stands apart from its R-word, right before
    the phrase's other words: "(de regeling) waar u voor in aanmerking komt", "(dat u) er voor
    zorg draagt", "(de brief) waar dit op betrekking heeft". Only for a phrase that ends in one
    preposition after the verb and has words before it; `Pattern.stranded` asks for the R-word."""
    verb = words[head].lower()
    before_words, after_words = words[:head], words[head + 1 :]
    if not before_words or len(after_words) != 1 or after_words[0].lower() not in ADVERB_PREPOSITIONS:
        return []
    if inflect.split_particle(verb)[0] or before_words[0].lower() in ("een", "de", "het"):
        return []
    before = [_slot(w) for w in before_words]
    after = Slot(_ids([stranded_form(after_words[0].lower())]), "after")
    all_forms = Slot(_ids(_verb_head_forms(verb)), "head")
    te = Slot(_ids(["te"]), "te")
    infinitive = Slot(_ids([verb]), "head")
    return [
        [[after, *before, all_forms]],  # waar u voor in aanmerking komt
        [[after, *before, te, infinitive]],  # om er voor in aanmerking te komen
        [[after, *before], [all_forms]],  # waar u voor in aanmerking kunt komen
    ]


def _verb_orders(verb: str, before: list[Slot], after: list[Slot], after_words: Sequence[str] = ()) -> list[list[list[Slot]]]:
    particle, root = inflect.split_particle(verb)
    te = Slot(_ids(["te"]), "te")
    all_forms = Slot(_ids(_verb_head_forms(verb)), "head")
    infinitive = Slot(_ids([root if particle else verb]), "head")
    patterns = [
        [before + [all_forms] + after],  # in behandeling nemen / genomen, indienen, ingediend
    ]
    if particle:
        particle_slot = Slot(_ids([particle]), "particle")
        patterns.append([before + [particle_slot, te, infinitive] + after])  # in te dienen
        finite = Slot(_ids(_finite_forms(root) | {root}), "head")
        patterns.append([[finite], before, [particle_slot] + after])  # dient … in, dient … aanvraag … in
    else:
        patterns.append([before + [te, infinitive] + after])  # in behandeling te nemen
        if before or after:
            finite = Slot(_ids(_finite_forms(verb) | {verb}), "head")
            patterns.append([[finite], before + after])  # nemen … in behandeling, beschikt … over
    if before:
        patterns.append([before, [all_forms] + after])  # in behandeling … genomen
    elif after and not particle:
        patterns.append([after, [all_forms]])  # (als u) over een auto beschikt
        if len(after_words) == 1 and after_words[0].lower() in ADVERB_PREPOSITIONS:
            # a pronominal adverb made with the preposition: "(de gegevens) waarover u beschikt",
            # "(als u) daarover beschikt"
            patterns.append([[Slot(_ids(adverbs_for(after_words[0].lower())), "after")], [all_forms]])
    if after and (before or particle):
        # the preposition's object before the verb at the end of the clause: "(om) een beroep
        # op u te doen", "(als wij) tot invordering overgaan", "om tot deze werkzaamheden over te gaan".
        # Not the participle: "Hoeveel verzoeken om vrijstelling zijn er ingediend?" has the noun as
        # the subject of a passive, no phrase to turn into "vragen om".
        forms = inflect.verb_forms(verb)
        active = Slot(_ids({form for slot in inflect.VERB_SLOTS[:6] for form in forms[slot]} | {verb}), "head")
        patterns.append([before + after, [active]])
        patterns.append([before + after, [particle_slot, te, infinitive] if particle else [te, infinitive]])
    return patterns


def _determiner_slot() -> Slot:
    return Slot(_ids(DETERMINERS | {"een", "de", "het"}))


def _slot(word: str) -> Slot:
    return Slot(_ids(word_forms(word)))


def _noun_slot(word: str) -> Slot:
    """A noun of a verb phrase that is also an infinitive ("het voornemen hebben"): its noun forms only."""
    return Slot(_ids(_noun_or_adjective_forms(word, "noun"))) if is_verb(word) else _slot(word)


def _literal_slot(word: str) -> Slot:
    return Slot(_ids(word_forms(word) if word.lower() == "zich" else [word.lower()]))


def _noun_or_adjective_forms(word: str, pos: str | None) -> set[str]:
    """The forms of a noun or adjective: the inflector's and the tables', but
    not the verb forms of a noun that is also an infinitive (*het voornemen*,
    not *voorgenomen*)."""
    if pos == "noun":
        own = {form for slot in inflect.NOUN_SLOTS for form in inflect.noun_forms(word, slot)}
    else:
        own = {inflect.adjective_form(word, slot) for slot in inflect.ADJECTIVE_SLOTS}
    found = set(word_forms(word))
    if is_verb(word):
        found = {form for form in found if form in own}
    return found | own | {word.lower()}


def _expand(segment: list[str]) -> list[Slot]:
    # A verb also matches the forms the inflector knows and the tables miss ("verleen").
    options = [sorted(_verb_head_forms(word.lower())) if is_verb(word) else word_forms(word) for word in segment]
    size = 1
    for forms in options:
        size *= len(forms)
    if size > MAX_EXPANSIONS:
        return [Slot(_ids([word.lower()])) for word in segment]
    return [Slot(_ids(forms)) for forms in options]


def _with_adverbs(slots: list[Slot], words: list[str]) -> list[Slot]:
    """A preposition in an `unless` group also stands for the pronominal adverbs made
    with it: "aan … voldoen" silences "U dient hieraan vóór 1 juni te voldoen" too."""
    return [
        Slot(slot.ids | _ids(adverbs_for(word)), slot.role) if word.lower() in ADVERB_PREPOSITIONS else slot
        for slot, word in zip(slots, words)
    ]


# How far "after" reaches for an entry's context words (`context_in = "after"`): the phrase's
# own object ("in het kader van de Wet maatschappelijke ondersteuning 2015").
CONTEXT_AFTER_WORDS = 6


class PhraseFinder:
    """All entries of a word list, compiled into patterns indexed by their first word."""

    def __init__(self, entries, nlp: Language) -> None:
        self.entries = list(entries)
        self.patterns: list[Pattern] = []
        self.unless: dict[int, list[Pattern]] = {}
        self.index: dict[int, list[int]] = defaultdict(list)
        self.anchors: list[int] = []  # per pattern: the word of its first segment it is indexed by
        self.head_words: dict[int, str] = {}
        tokenizer = nlp.tokenizer
        # Orders only the parse can confirm are not even tried without it (`--fast`).
        parses = "parser" in nlp.pipe_names
        for number, entry in enumerate(self.entries):
            words = _split_words(entry.phrase, tokenizer)
            head = head_index(entry, words)
            if head is not None:
                self.head_words[number] = words[head].lower()
            for pattern in self._compile(entry, self.head_words.get(number), tokenizer):
                self._add(Pattern(number, pattern, across_commas=not (entry.generated and entry.pos == "verb")))
            if entry.generated and entry.pos == "verb" and head is not None:
                for pattern in stranded_patterns(words, head):
                    self._add(Pattern(number, tuple(tuple(segment) for segment in pattern), stranded=True))
            if parses and entry.generated and entry.pos == "verb" and head is not None:
                for pattern in fronted_patterns(words, head):
                    later = [slot for segment in pattern[1:] for slot in segment]
                    needs = next((slot.ids for slot in later if not slot.ids & _COMMON_IDS and slot.role != "head"), frozenset())
                    self._add(Pattern(number, tuple(tuple(segment) for segment in pattern), linked=True, needs=needs))
            wholes = _wholes(entry, self.entries, number)
            if entry.unless or wholes:
                # A longer entry silences this one where it would match itself: its
                # words inflect only where that entry's do (`_explicit`).
                self.unless[number] = [
                    Pattern(number, tuple(
                        tuple(_with_adverbs(_expand(s), s) if inflects else [_literal_slot(w) for w in s])
                        for s in segments_of(text, tokenizer)
                    ))
                    for text, inflects in (*((text, True) for text in entry.unless), *wholes)
                ]

    def _compile(self, entry: PhraseEntry, head_word: str | None, tokenizer) -> list[tuple[tuple[Slot, ...], ...]]:
        if entry.generated and entry.pos == "verb" and head_word:
            words = _split_words(entry.phrase, tokenizer)
            head = head_index(entry, words)
            return [tuple(tuple(segment) for segment in pattern) for pattern in verb_patterns(words, head)]
        return [self._explicit(text, entry, head_word, tokenizer) for text in entry.patterns]

    @staticmethod
    def _explicit(text: str, entry: PhraseEntry, head_word: str | None, tokenizer) -> tuple[tuple[Slot, ...], ...]:
        """An editor's pattern; its head is the word that is a form of the phrase's head."""
        particle, root = inflect.split_particle(head_word) if head_word and entry.pos == "verb" else ("", "")
        if head_word and entry.pos == "verb":
            own, split = _verb_head_forms(head_word), _verb_head_forms(root) if particle else set()
        elif head_word:
            own, split = _noun_or_adjective_forms(head_word, entry.pos), set()
        else:
            own, split = set(), set()
        phrase_words = entry.phrase.lower().split()
        trailing = set(phrase_words[phrase_words.index(head_word) + 1 :]) if head_word in phrase_words else set()
        compiled, head_seen = [], False
        for segment in segments_of(text, tokenizer):
            # Only a verb phrase's words inflect; the rest of a noun or
            # adjective entry, and every word of a fixed expression, match as written.
            slots = _expand(segment) if entry.pos in ("verb", None) else [_literal_slot(w) for w in segment]
            for number, word in enumerate(segment):
                lower = word.lower()
                if not head_seen and lower == head_word and entry.pos in ("noun", "adj"):
                    slots[number] = Slot(_ids(own), "head")
                    head_seen = True
                elif not head_seen and (lower in own or lower in split) and entry.pos == "verb":
                    slots[number] = Slot(slots[number].ids, "head")
                    head_seen = True
                    if number and segment[number - 1].lower() == "te":
                        slots[number - 1] = Slot(slots[number - 1].ids, "te")
                elif head_seen and particle and lower == particle:
                    slots[number] = Slot(slots[number].ids, "particle")
                elif lower in trailing:
                    slots[number] = Slot(slots[number].ids, "after")
            compiled.append(tuple(slots))
        return tuple(compiled)

    def _add(self, pattern: Pattern) -> None:
        """Index the pattern by the first word of its first segment that is no
        small word, so that every "de" or "in" of a letter does not try every
        pattern that starts with one."""
        number = len(self.patterns)
        self.patterns.append(pattern)
        first = pattern.segments[0]
        anchor = next((k for k, slot in enumerate(first) if not slot.ids & _COMMON_IDS), 0)
        self.anchors.append(anchor)
        for form in first[anchor].ids:
            self.index[form].append(number)

    def find(self, doc: Doc, hints: bool = True) -> list[PhraseMatch]:
        """The matches in the doc, one per place; `hints`: also the entries with severity "info"
        (picky mode). Without them a hint takes no place from another entry."""
        text = _Text(doc)
        found: dict[tuple[int, int], PhraseMatch] = {}
        fronted: set[tuple[int, int]] = set()
        for anchor in text.word_positions:
            numbers = self.index.get(text.lower[anchor])
            if not numbers:
                continue
            for number in numbers:
                pattern = self.patterns[number]
                if pattern.linked and not text.parsed or not hints and is_hint(self.entries[pattern.entry]):
                    continue
                if pattern.needs and pattern.needs.isdisjoint(text.sentence_words(anchor)):
                    continue
                start = text.back(anchor, self.anchors[number])
                if start is None:
                    continue
                positions = _match(text, pattern.segments, start, pattern.across_commas, pattern.linked)
                if positions is None:
                    continue
                match = self._phrase_match(text, pattern, positions)
                if match is None:
                    continue
                key = (pattern.entry, match.span.start)
                if key not in found or match.span.end < found[key].span.end:
                    found[key] = match
                    if pattern.linked:
                        fronted.add(key)
                    else:
                        fronted.discard(key)
        # "Van de bewoners hebben er tien gebruik gemaakt van de regeling": where the
        # preposition also follows in the usual order, that one is the entry's.
        usual = {(key[0], match.head) for key, match in found.items() if key not in fronted}
        matches = [match for key, match in found.items() if key not in fronted or (key[0], match.head) not in usual]
        # One verb, two places for its preposition: "Voor het circuit van 14 km werd gebruikgemaakt van
        # de weg" (review r11). With the parse, the one whose noun hangs on the verb is its own; without
        # it, the one right after the verb.
        kept = {id(match) for match in matches}
        by_verb: dict[tuple[int, int], list[PhraseMatch]] = defaultdict(list)
        for key, match in found.items():
            if match.head is not None and id(match) in kept:
                by_verb[(key[0], match.head)].append(match)
        others = set()
        for group in by_verb.values():
            if len(group) > 1:
                # a preposition before a number or a date is no object ("gebruikmaken van 1 januari tot 1 maart")
                dated = [match for match in group if _before_a_number(text, match)]
                if dated and len(dated) < len(group):
                    others.update(id(match) for match in dated)
                    group = [match for match in group if match not in dated]
                own = [match for match in group if text.parsed and _own_preposition_of(text, match, True)]
                if len(own) != 1:  # the parse cannot tell: the one right after the verb
                    own = [match for match in (own or group) if _own_preposition_of(text, match, False)] or own
                if own and len(own) < len(group):
                    others.update(id(match) for match in group if match not in own)
        return _one_per_place([match for match in matches if id(match) not in others])

    def _phrase_match(self, text: _Text, pattern: Pattern, positions: list[tuple[int, Slot]]):
        entry = self.entries[pattern.entry]
        doc = text.doc
        roles = {index: slot.role for index, slot in positions}
        words = tuple(index for index, slot in positions if slot.role != "te")
        head = next((index for index, slot in positions if slot.role == "head"), None)
        te = next((index for index, slot in positions if slot.role == "te"), None)
        particle = next((index for index, slot in positions if slot.role == "particle"), None)
        if te is not None and head is None:
            words = tuple(index for index, _ in positions)
            te = None
        if te is None and head is not None and head == positions[0][0]:
            # "… te retourneren": the infinitive's own "te" belongs to the match.
            before = _previous_word(text, head)
            if before is not None and text.doc[before].lower_ == "te":
                te = before
                roles[te] = "te"
                positions = [(te, Slot(frozenset(), "te")), *positions]
        first, last = positions[0][0], positions[-1][0]
        span = doc[first : last + 1]
        if any(index in text.protected for index, _ in positions):
            return None
        if any(_is_name(text, index) for index in words):
            return None
        if _run_on_after_link(text, first, last):
            return None
        if entry.pos == "noun" and any(index in text.headings for index in words):
            return None
        if _names_a_thing(text, entry, first, last) and _gloss_in_brackets(text, first, last):
            return None  # "een beslissing van de gemeente (beschikking)": the writer explains the term already
        if len(words) == 1 and _other_use(text, entry, words[0]):
            return None
        if len(words) == 1 and entry.pos == "adv" and not text.parsed and _noun_after_attribute(text, words[0]):
            return None  # without the parse: "het Latijns-Amerikaanse geheel" is the noun
        lemma = self.head_words.get(pattern.entry)
        if head is not None and not _part_of_speech_ok(text, entry, lemma, head, words, particle):
            return None
        if head is not None and _noun_of_a_relative_clause(text, words, head):
            return None
        if entry.pos == "verb" and head is not None and _attribute_before_its_noun(text, entry, words, head, lemma):
            return None  # "De werkzame stof is paracetamol" is no "werkzaam zijn" (review r12)
        if pattern.linked and not all(_opens_its_object(doc, i) for i, slot in positions if slot.role == "after"):
            return None
        if pattern.stranded and not _r_word_before(text, first):
            return None
        if entry.category == "nominal-style" and entry.pos == "verb" and _counted_before(text, words):
            return None  # "een aantal voorstellen gedaan": the count needs the noun (review r28)
        if entry.generated and entry.pos == "verb" and text.parsed and _a_verb_for_a_word(text, entry, positions):
            return None  # "Wij zorgen er voor dat u zorg draagt": "zorgen" is no form of the entry's "zorg"
        if entry.pos == "verb" and any(
                slot.role == "after" and _in_a_complex_preposition(text, index, words) for index, slot in positions):
            return None  # "Als gevolg van het weer kan de planning afwijken": that "van" is no "afwijken van"
        if head is not None and _verb_between_adverb_and_head(text, positions, head):
            return None  # "Het huis waarover wij spraken beschikt over een tuin": "waarover" is "spraken"'s
        if entry.generated and entry.pos == "verb" and head is not None and text.parsed and _auxiliary_of_another(
            doc[head], words
        ):
            return None
        if entry.pos == "verb" and lemma in _AUXILIARIES and head is not None and _main_verb_later(text, doc[head], words):
            return None  # "hebben wij ons voornemen … kenbaar gemaakt" is no "het voornemen hebben" (review r22)
        if head is not None and text.parsed and _particle_of_its_own(doc, entry, head, words, lemma):
            return None  # "draagt een plan ook bij aan" is "bijdragen", no "zorg dragen voor"
        if entry.context or entry.unless_context:
            around = _with_pointed_at(text, first) if entry.context_in == "sentence" else text.words_after(last)
            if entry.context and not in_context(around, entry.context):
                return None
            if entry.unless_context and in_context(around, entry.unless_context):
                return None
        if entry.follows and not _follows(text, first, entry.follows):
            return None
        if entry.unless_follows and _after_word_of(text, first, entry.unless_follows):
            return None
        if entry.precedes and not _precedes(text, last, entry.precedes):
            return None
        if entry.unless_precedes and _before_word_of(text, last, entry.unless_precedes):
            return None
        if entry.opens and (not _opens_clause(text, first) or _told_in_past_tense(text, first)):
            return None
        if entry.address and in_postal_address(doc_text(doc), doc[first].idx, text.with_lead_in(first).text):
            return None  # "Gemeente Ede, t.a.v. de afdeling Vergunningen, Postbus 9022": how an address is written
        if pattern.entry in self.unless and self._silenced(text, pattern.entry, first, last):
            return None
        return PhraseMatch(entry, span, words, head, te, particle, lemma if head is not None else None, roles)

    def _silenced(self, text: _Text, entry: int, first: int, last: int) -> bool:
        """Does one of the entry's `unless` word groups overlap the match?"""
        # About as far back as a gap may reach (counted in tokens, a gap in words): with the
        # parse, "een verzoek om uitstel van … indienen" is "verzoek … indienen".
        reach = (PARSED_GAP_WORDS if text.parsed else GAP_WORDS) + 1
        window_start = max(text.sentence_start(first), first - reach)
        for start in range(window_start, last + 1):
            for pattern in self.unless[entry]:
                if text.lower[start] not in pattern.segments[0][0].ids:
                    continue
                positions = _match(text, pattern.segments, start, across_commas=False)
                if positions and positions[-1][0] >= first and positions[0][0] <= last:
                    return True
        return False


# How many items of a list back `_Text.with_lead_in` looks for the line that opens it.
_LIST_ITEMS = 8


def _compact(kind: str, values: numpy.ndarray) -> array:
    return array(kind, values.astype("uint64" if kind == "Q" else "int64").tobytes())


class _Text:
    """The arrays of a Doc the finder reads, computed once per letter."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.parsed = is_parsed(doc)
        # Compact arrays, built with numpy: lists of Python ints cost about 36 bytes a token
        # each, which a long text (millions of tokens) pays five times over.
        size = len(doc)
        columns = doc.to_array([LOWER, IS_SPACE, SENT_START]).reshape(-1, 3) if size else numpy.zeros((0, 3), "uint64")
        space = columns[:, 1].astype(bool)
        words = numpy.flatnonzero(~space)
        indices = numpy.arange(size)
        self.lower = _compact("Q", columns[:, 0])
        self.space = _compact("q", space)
        self.word_positions = _compact("q", words)
        # The word after each token (size: none), and after the end.
        after = numpy.searchsorted(words, numpy.arange(size + 1), side="right")
        self.next_word = _compact("q", numpy.append(words, size)[after])
        # The word before each token (-1: none).
        before = numpy.searchsorted(words, indices, side="left") - 1
        self.previous_word = _compact("q", numpy.where(before >= 0, numpy.append(words, -1)[before], -1))
        # SENT_START is 1 (starts), -1 (does not) or 0 (unknown); uint64 in the array.
        opens = (columns[:, 2].astype("int64") == 1) & (indices > 0)
        self.sentence = _compact("q", numpy.cumsum(opens))
        self.sentence_starts = _compact("q", numpy.concatenate([[0], numpy.flatnonzero(opens), [size]]))
        self._protected: set[int] | None = None
        self._headings: set[int] | None = None
        self._sentence_words: dict[int, frozenset[int]] = {}

    def sentence_words(self, index: int) -> frozenset[int]:
        """The lower-case forms (string ids) of the sentence of `index`, computed once a sentence."""
        number = self.sentence[index]
        found = self._sentence_words.get(number)
        if found is None:
            start, end = self.sentence_starts[number], self.sentence_starts[number + 1]
            found = self._sentence_words[number] = frozenset(self.lower[start:end])
        return found

    def back(self, index: int, words: int) -> int | None:
        """The word `words` words before `index`, in the same sentence."""
        sentence = self.sentence[index]
        for _ in range(words):
            index = self.previous_word[index]
            if index < 0 or self.sentence[index] != sentence:
                return None
        return index

    def sentence_start(self, index: int) -> int:
        return self.sentence_starts[self.sentence[index]]

    def words_after(self, index: int, count: int = CONTEXT_AFTER_WORDS) -> Span:
        """The next `count` tokens after `index`, within its sentence."""
        end = self.sentence_starts[self.sentence[index] + 1]
        return self.doc[index + 1 : min(end, index + 1 + count)]

    def sentence_span(self, index: int) -> Span:
        number = self.sentence[index]
        return self.doc[self.sentence_starts[number] : self.sentence_starts[number + 1]]

    def with_lead_in(self, index: int) -> Span:
        """The sentence, and for an item of a list the line that opens the list:
        "besluiten wij: - vast te stellen dat …; - te bepalen dat …" (the items
        before it end with ";" or ",")."""
        number = self.sentence[index]
        start = self.sentence_starts[number]
        for earlier in range(number - 1, max(-1, number - _LIST_ITEMS), -1):
            last = self.previous_word[self.sentence_starts[earlier + 1]]
            mark = self.doc[last].text if last >= 0 else ""
            if mark not in (":", ";", ","):
                break
            if mark == ":":
                start = self.sentence_starts[earlier]
                break
        return self.doc[start : self.sentence_starts[number + 1]]

    @property
    def headings(self) -> set[int]:
        if self._headings is None:
            self._headings = heading_tokens(self)
        return self._headings

    @property
    def protected(self) -> set[int]:
        if self._protected is None:
            self._protected = protected_tokens(self)
        return self._protected


def _match(text: _Text, segments, start: int, across_commas: bool = True, linked: bool = False) -> list[tuple[int, Slot]] | None:
    """Match the segments from `start`: all matched (token, slot), or None."""
    positions: list[tuple[int, Slot]] = []
    first = _match_segment(text, segments[0], start)
    if first is None:
        return None
    positions.extend(first)
    for segment in segments[1:]:
        found = _next_segment(text, segment, positions, across_commas, linked)
        if found is None:
            return None
        positions.extend(found)
    return positions


def _match_segment(text: _Text, segment, start: int) -> list[tuple[int, Slot]] | None:
    """The words of a segment in a row from `start` (line breaks between them
    do not count), within one sentence."""
    found = []
    index = start
    sentence = text.sentence[start]
    for number, slot in enumerate(segment):
        if number:
            index = text.next_word[index]
            if index >= len(text.lower) or text.sentence[index] != sentence:
                return None
        if text.lower[index] not in slot.ids:
            return None
        found.append((index, slot))
    return found


def _next_segment(
    text: _Text, segment, before: list[tuple[int, Slot]], across_commas: bool, linked: bool = False
) -> list[tuple[int, Slot]] | None:
    """The nearest place after `before` where `segment` matches within the gap,
    in the same sentence, and hanging together with the words before it (for a
    `linked` pattern: in the parse, whatever the gap)."""
    end = before[-1][0]
    sentence = text.sentence[end]
    limit = PARSED_GAP_WORDS if text.parsed else GAP_WORDS
    index = text.next_word[end]
    between = 0
    size = len(text.lower)
    while index < size and text.sentence[index] == sentence and between <= limit:
        if text.lower[index] in segment[0].ids:
            found = _match_segment(text, segment, index)
            if found is not None and not _in_a_phrase_of_its_own(text, before + found) and (
                (not linked and between <= GAP_WORDS and _close(text, before, found, across_commas))
                or (text.parsed and _linked(text, before, found, siblings=linked))
            ):
                return found
        between += 1
        index = text.next_word[index]
    return None


def _in_a_phrase_of_its_own(text: _Text, positions: list[tuple[int, Slot]]) -> bool:
    """With the parse: is a noun of the entry in a prepositional phrase the entry has no part
    in ("naast uw bezwaarschrift wel een verzoek … indienen": the request is handed in, not the
    objection)? Then the words only stand near each other."""
    if not text.parsed or not any(slot.role == "head" for _, slot in positions):
        return False  # (an entry's verb: not an `unless` pattern such as "opgenomen … ziekenhuis")
    doc = text.doc
    matched = {index for index, _ in positions}
    return any(
        doc[index].pos_ == "NOUN" and any(child.dep_ == "case" and child.i not in matched for child in doc[index].children)
        for index in matched
    )


_GAP_STOPS = frozenset(",;:()\"“”„")
# Words that open a new clause inside a gap: the words on either side belong to two clauses.
# (and a question word that opens an embedded question: "u kunt zien welke maatregelen we op
# hoofdlijn willen nemen" has no "zien … op")
# A conjunction that can only open a clause ("indien", "nadat") counts too: "u contact op te nemen indien
# hij gehoord wenst te worden" has no "u … wenst" (review of new set h75).
_NEW_CLAUSE = frozenset(
    "maar want omdat doordat zodat terwijl hoewel welke welk wie hoe waarom wanneer "
    "indien nadat voordat zodra totdat mits tenzij opdat aangezien ofschoon".split())
# Words that open a clause only before a subject pronoun ("… als hij …", "… en hij …"); "dat" too,
# but not where the parse makes it the pronoun of a relative clause inside the entry's words ("het
# bezwaar dat u indiende in behandeling nemen", code reads 134 and 135).
_CLAUSE_BEFORE_A_PRONOUN = frozenset("en of als".split())


# Words that open a clause of their own when they hang from a verb after them: "om … te", a
# relative pronoun ("het kenmerk dat op de brief staat").
_OWN_CLAUSE_WORDS = frozenset("om dat die wat wie welke waar".split())


def _new_clause_between(doc: Doc, start: int, end: int) -> bool:
    """Does a new clause start between two words of an entry: a conjunction such as "maar",
    "omdat" or "indien", a question word ("welke"), or "en", "of" or "als" before a subject pronoun
    ("… en hij was …", "… als hij wenst …")?"""
    for index in range(start, end):
        word = doc[index].lower_
        if word in _NEW_CLAUSE:
            return True
        if word in _CLAUSE_BEFORE_A_PRONOUN and index + 1 < end and doc[index + 1].lower_ in PERSONAL_PRONOUNS:
            return True
        if word == "dat" and index + 1 < end and doc[index + 1].lower_ in PERSONAL_PRONOUNS and not (
                is_parsed(doc) and doc[index].head.dep_ in ("acl", "acl:relcl")
                and doc[index].head.head.pos_ in ("NOUN", "PROPN") and doc[index].head.head.i < index):
            return True  # "vast dat u in staat bent": a clause; not "het bezwaar dat u indiende" (a relative one)
    return False


def _close(text: _Text, before: list[tuple[int, Slot]], after: list[tuple[int, Slot]], across_commas: bool) -> bool:
    """Without the parse's word: a gap of a few words with no comma or bracket
    in it; a separated particle must end its clause ("dient het formulier in.",
    "dient het formulier in bij de balie"), and may not be another verb's
    particle in the parse ("schrijf het de eerste keer helemaal uit")."""
    doc = text.doc
    end = before[-1][0]
    earlier = {index for index, _ in before}
    if not across_commas and any(doc[i].text in _GAP_STOPS for i in range(end + 1, after[0][0])):
        return False
    if _new_clause_between(doc, end + 1, after[0][0]):
        return False  # "zijn ouders elders maar hij was in het bezit van": "zijn" is no verb of the entry
    gap = doc[end + 1 : after[0][0]]
    if text.parsed and any(t.text == "," for t in gap) and any(
            t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in gap):
        return False  # "Of er ruimte is voor bomen wordt nog onderzocht, afhankelijk van …": another clause between
    if text.parsed and any(
        end < child.i < after[0][0] and child.lower_ in _OWN_CLAUSE_WORDS
        and child.dep_ in ("mark", "nsubj", "nsubj:pass", "obj")
        for index, _ in after for child in doc[index].children
    ):
        # "in de gelegenheid gebracht om vragen te stellen", "Vermeld altijd het kenmerk dat op de
        # brief staat": that verb opens a clause of its own, it is no part of the entry
        return False
    for index, slot in after:
        if slot.role != "particle":
            continue
        if text.parsed and doc[index].dep_ == "compound:prt" and doc[index].head.i not in earlier and not any(
                doc[index].head.i == i for i, _ in after):
            return False  # (its own verb may follow it: "tot deze werkzaamheden over te gaan")
        following = text.next_word[index]
        if following < len(doc) and any(i == following for i, _ in after):
            continue  # "gaat … over tot": the entry's own words follow the particle
        if not (
            following >= len(doc)
            or text.sentence[following] != text.sentence[index]
            or doc[following].is_punct
            or doc[following].lower_ in _AFTER_PARTICLE
        ):
            return False
    return True


def _linked(text: _Text, before: list[tuple[int, Slot]], after: list[tuple[int, Slot]], siblings: bool = False) -> bool:
    """With the parse: do the parts hang together? A particle must hang from
    the verb; another part must be a head or dependent of a word before it,
    or one step further through a preposition (*beschikt het plan ook over
    (een tuin)*). With `siblings`, a preposition whose noun hangs from the same
    verb as a word before it counts too (*u zich niet met deze beslissing kunt
    verenigen*: "zich" and "beslissing" both hang from "verenigen")."""
    doc = text.doc
    earlier = {index for index, _ in before}
    for index, slot in after:
        if slot.role == "particle" and doc[index].head.i not in earlier:
            return False  # not this verb's particle
        if slot.role == "particle" and any(child.dep_ == "fixed" for child in doc[index].children):
            return False  # a particle of several words, another verb: "houd de website in de gaten"
    for index, _ in after:
        token = doc[index]
        if token.head.i in earlier or any(doc[e].head.i == index for e in earlier):
            return True
        if token.pos_ == "ADP" and token.head.head.i in earlier:
            return True
        if any(doc[e].pos_ == "ADP" and doc[e].head.head.i == index for e in earlier):
            return True
        if siblings and token.pos_ == "ADP" and any(token.head.head.i == doc[e].head.i != e for e in earlier):
            return True
        if siblings and any(doc[e].pos_ == "ADP" and doc[e].head.head.i == token.head.i != index for e in earlier):
            return True  # the preposition's noun and this word hang from one verb: "van … gebruik wilt maken"
    return False


# Nouns of a time: a phrase with one of them says when, it is no verb's object ("voor de zomer").
_TIME_NOUNS = TIME_UNITS | frozenset(
    "tijd zomer winter lente herfst voorjaar najaar begin eind einde periode moment keer avond ochtend middag "
    "nacht weekend seizoen vakantie aanvang vertrek afloop aankomst start opening sluiting oplevering gebruik".split()
)


# The nouns of prepositions of several words ("als gevolg van", "op grond van", "in plaats van"):
# their last word is no verb's preposition.
_COMPLEX_PREPOSITION_NOUNS = frozenset(
    "gevolg gevolge grond plaats behulp kader opzichte aanleiding behoeve middel basis betrekking verband "
    "aanzien geval ingang gebied laste gunste naam hand zijde wege".split()
)
_BEFORE_COMPLEX_NOUN = frozenset("als ten ter in op met naar door aan uit van het de".split())


def _in_a_complex_preposition(text: _Text, index: int, words: Sequence[int]) -> bool:
    """Is this preposition the last word of a preposition of several words ("als gevolg van", "in het
    kader van"), in the parse (`fixed`) or by its words, that is no part of the entry's own words ("in
    kennis stellen van", "met ingang van")?"""
    doc = text.doc
    token = doc[index]
    if token.lower_ not in PREPOSITIONS:
        return False
    if text.parsed and token.dep_ == "fixed":
        return token.head.i not in words
    noun = _previous_word(text, index)
    if noun is None or noun in words or doc[noun].lower_ not in _COMPLEX_PREPOSITION_NOUNS:
        return False
    before = _previous_word(text, noun)
    return before is not None and doc[before].lower_ in _BEFORE_COMPLEX_NOUN


# Words that count the noun before it: "een aantal voorstellen", "drie gesprekken", "verschillende afspraken".
_COUNTING = frozenset("aantal enkele meerdere verschillende diverse vele tal paar".split()) | frozenset(
    word for word, number in NUMBER_WORDS.items() if number <= 10)


def _counted_before(text: _Text, words: Sequence[int]) -> bool:
    """Does a counting word stand right before a plural noun of the match ("een aantal voorstellen gedaan",
    "Wij voeren jaarlijks twee controles uit")? Then the noun says how many, which the verb alone cannot
    ("voorstellen" would lose "een aantal", "controleren" the "twee", code read 17)."""
    for index in words:
        word = text.doc[index].lower_
        if len(word) < 4 or not (lemmas.plural_form(word) or (word.endswith(("en", "s")) and lemmas.can_be(word, "noun"))):
            continue  # the count goes with a plural noun ("Artikel 3 is van …" counts nothing)
        previous = _previous_word(text, index)
        if previous is not None and text.doc[previous].lower_ in _COUNTING:  # (no digits: "in 2023", "artikel 4")
            return True
    return False


def _a_verb_for_a_word(text: _Text, entry: PhraseEntry, positions) -> bool:
    """With the parse: does another form of one of the words of a generated verb phrase (not its verb) stand
    as a verb in the sentence ("zorgen" for the "zorg" of "zorg dragen voor")?"""
    own = set(entry.phrase.lower().split())
    return any(
        slot.role == "word" and text.doc[index].lower_ not in own and text.doc[index].pos_ in ("VERB", "AUX")
        for index, slot in positions
    )


def _r_word_before(text: _Text, preposition: int) -> bool:
    """Is the object of this preposition an R-word earlier in its clause ("waar u voor …",
    "dat u er ook voor …")? The clause ends at a comma or a word that opens another one."""
    doc = text.doc
    for index in range(preposition - 1, text.sentence_start(preposition) - 1, -1):
        word = doc[index].lower_
        if word in R_PRONOUNS:
            return True
        if doc[index].is_punct or word in _NEW_CLAUSE or word in _OWN_CLAUSE_WORDS or word in SUBORDINATORS:
            return False
    return False


def _opens_its_object(doc: Doc, index: int) -> bool:
    """The preposition of a phrase put first ("Van deze mogelijkheid heeft u geen gebruik
    gemaakt") must open a noun phrase of its own, with a determiner: never a fixed
    adverbial ("van tevoren", "voor zover", "naar verwachting", "in principe") or a
    time ("voor dit jaar", "aan het begin van de week")."""
    preposition = doc[index]
    if adverb_preposition(preposition.lower_) is not None:
        return True  # "waarop", "ervoor": the adverb is its own object
    if preposition.dep_ != "case" or any(child.dep_ == "fixed" for child in preposition.children):
        return False
    noun = preposition.head
    if noun.pos_ != "NOUN" or noun.i <= index or noun.lower_ in _TIME_NOUNS or noun.lemma_.lower() in _TIME_NOUNS:
        return False
    if any(child.dep_ in ("det", "nmod:poss") and child.i < noun.i for child in noun.children):
        return True
    # A bare noun, right after the preposition, that a verb takes as its object: "(als u) voor
    # subsidie in aanmerking komt". Not a fixed adverbial ("van harte", "op tijd", "in overleg"), nor
    # a noun with a number, which names a place in a document as a name does ("in artikel 4").
    return (
        noun.i == index + 1
        and noun.dep_ in ("obl", "obl:arg")
        and noun.head.pos_ in ("VERB", "AUX")
        and noun.lower_ not in _BARE_ADVERBIAL_NOUNS
        and not noun.text[:1].isupper()
        and not any(child.dep_ in ("nummod", "flat", "appos") or child.like_num for child in noun.children)
    )


# Nouns that make a fixed adverbial with a preposition and no article: "van harte", "op tijd".
_BARE_ADVERBIAL_NOUNS = frozenset(
    "belang kracht toepassing harte nature huis rekening tijd termijn verzoek voorhand basis principe feite "
    "overleg spoed name ingang verwachting slot gevolg voorbaat aard oudsher nieuws zin plaats hand voet".split()
)


def _particle_of_its_own(doc: Doc, entry: PhraseEntry, head: int, words, lemma: str | None) -> bool:
    """Does the matched verb have a separable particle the entry does not name, which makes it
    another verb ("Door te zorgen voor … draagt een plan ook bij aan …": "bijdragen", not "dragen")?
    A word of the entry itself is none, whatever the parser calls it ("geeft de voorkeur aan")."""
    if lemma is None or inflect.split_particle(lemma)[0]:
        return False
    own = {word.lower() for word in entry.phrase.split()} | set(entry.prepositions_after)
    for child in doc[head].children:
        if child.dep_ != "compound:prt" or child.i in words or child.lower_ in own:
            continue  # (the entry's own word)
        if not is_verb(child.lower_ + lemma):
            continue  # no verb with it: "thuis" is no particle of "geven"
        if child.i < head and any(t.pos_ not in ("VERB", "AUX") and t.lower_ != "te" and not t.is_space
                                  for t in doc[child.i + 1 : head]):
            continue  # a particle before its verb stands right before it or its verbs: "Voor zover de gemeente … maakt"
        if any(t.lower_ in pronouns.R_PRONOUNS for t in doc[head].sent if t.i < child.i):
            continue  # "geeft daar … een reactie op": the preposition of "daar"
        return True
    return False


def _main_verb_later(text: _Text, verb: Token, words) -> bool:
    """Is a form of "hebben", "zijn" or "worden" the auxiliary of a participle later in its clause
    ("Op 15 mei hebben wij ons voornemen … kenbaar gemaakt")? The sentence's root with no auxiliary
    of its own (the parser hung "hebben" on the noun there), never past a conjunction or relative
    pronoun ("… het besluit dat is genomen"). Not the parse's "aux" relation alone: it hangs "is" on a
    participle after a noun ("De regeling is van toepassing op aanvragen ingediend na 1 januari",
    code read 10). Only with the parse."""
    if not text.parsed:
        return False  # by its form alone a participle after a noun ("aanvragen ingediend na …") or a word
        # like "bericht" would silence good matches (code read 11)
    doc = verb.doc
    for t in doc[verb.i + 1 : verb.sent.end]:
        if t.is_punct:
            break  # in its own clause only: "Bent u verhinderd, meld u dan af"
        if t.i in words or not is_participle(t.lower_):
            if t.lower_ in SUBORDINATORS:
                break  # a clause of its own: "… het besluit dat is genomen"
            continue
        if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("aux", "aux:pass", "cop") for c in t.children):
            return True
    return False


def _auxiliary_of_another(verb: Token, words) -> bool:
    """Is the matched verb the auxiliary of a verb outside the match ("De regels zijn
    van kracht geworden": "zijn" goes with "geworden", it is no "van kracht zijn")?"""
    other = verb.head
    participle = other.tag_.startswith("WW|vd") or "Part" in other.morph.get("VerbForm")
    return verb.dep_ in ("aux", "aux:pass") and other.i not in words and other.pos_ in ("VERB", "AUX") and participle


# --------------------------------------------------------------------------------------
# Which matches count


def _part_of_speech_ok(text: _Text, entry: PhraseEntry, lemma: str | None, head: int, words, particle) -> bool:
    """A noun or adjective made from a verb never takes the verb's entry:
    *uw verzoek*, *de beoogde datum*, *het geconstateerde gebrek*.

    The compact tagger is often wrong on exactly the rare words the lists
    hold (it tags *creëren* and *raadplegen* as nouns), so its part of speech
    only decides where the form itself can be both; the form, the words
    before it and the parse's relations decide the rest."""
    doc = text.doc
    token = doc[head]
    if entry.pos == "noun":
        if text.parsed and _names_a_document(text, head):
            return False
        return not (text.parsed and token.pos_ == "PROPN" and not _starts_phrase(text, head))
    if entry.pos != "verb":
        return True
    form = token.lower_
    # (Not where the form is the entry's own infinitive and no preposition: the compact tagger
    # calls "inzien" a preposition or a pronoun now and then.)
    # (Nor where its fine tag says it is a finite verb or a participle standing alone, "WW|pv",
    # "WW|vd|vrij": "u zich de moeite had getroost", with "getroost" as a noun.)
    closed = token.pos_ in _NOT_VERBS and not (
        token.pos_ != "NUM" and form == lemma and form.endswith("en") and form not in PREPOSITIONS
    ) and not token.tag_.startswith(("WW|pv", "WW|vd|vrij"))
    if (token.like_num and not (text.parsed and _used_as_verb(token))) or (
        text.parsed and closed and not _verb_before_subject(text, head, lemma)
    ):
        return False  # "acht" as a number ("is nu de nummer acht"), and words the tagger is sure are no verb
    if particle is None and len(words) == 1 and _adjectival_participle(form, lemma):
        return False  # "de gewijzigde regels", "de geadresseerde"
    previous = _previous_word(text, head)
    before = doc[previous].lower_ if previous is not None else ""
    several = len(words) > 1 or particle is not None
    by_pos = lemmas.lemmas_by_pos()
    ambiguous = not several and (form in by_pos["noun"] or form in by_pos["adj"] or form.endswith(("de", "te")))
    if ambiguous and _auxiliary_zijn(text, previous, form, lemma):
        return True  # "de gebreken zijn opgeheven"
    plural = not several and form.endswith("en") and form[:-2] in by_pos["noun"]  # "verzoeken", "borgen"
    if not text.parsed and before in _SUBJECTS_NOT_IK and lemma and _first_person_only(form, lemma, particle):
        return False  # without the parse: "hij bezig is" is no "bezigen" ("hij bezigt")
    if not text.parsed and not several and _noun_after_attribute(text, head) and not _infinitive_after_modal(text, head, lemma):
        return False  # without the parse: "met geblindeerde ramen", "het Latijns-Amerikaanse geheel": a noun after its adjective
    if several and not text.parsed and form in by_pos["noun"] and previous is not None and _counted_or_determined(
        text, previous, head
    ):
        return False  # without the parse: "rukte elf keer uit", "dit keer stapte … uit" is no "keert … uit"
    following = text.next_word[head]
    after = doc[following].lower_ if following < len(doc) else ""
    if not text.parsed and not several and (plural or ambiguous) and before == "," and after in (",", "en", "of") and (
        _noun_only(text, _previous_word(text, previous)) or _noun_only(text, text.next_word[following]
                                                                         if following < len(doc) else None)):
        return False  # without the parse: a noun in a list, "aanvragen, bezwaarschriften, verzoeken, klachten"
    if not text.parsed and several and after in ("en", "of") and (form in by_pos["noun"] or form in by_pos["adj"]):
        return False  # "voeg je licht en beweging toe": a noun of a pair, no "licht … toe"
    if before in _NOUN_DETERMINERS or (before in _PRONOUN_DETERMINERS and ambiguous and not (
            text.parsed and _personal_pronoun(doc[previous]))):
        return False  # "uw verzoek", "de beoogde datum", "het verzoek" (but: "dit impliceert", "het verstrijken")
    if (before in _QUANTIFIERS and (ambiguous or plural)) or (before in _MEASURES and plural):
        return False  # "de meeste borgen", "veel verzoeken", "de hoeveelheid verzoeken"
    # A preposition that belongs to "daar", "er" … before it is no preposition of the word after it:
    # "daar … over berichten".
    preposition = previous is not None and (doc[previous].pos_ == "ADP" if text.parsed else before in PREPOSITIONS)
    if preposition and any(doc[j].lower_ in R_PRONOUNS for j in range(max(0, previous - 6), previous)):
        preposition = False
    if plural and text.parsed and _noun_after_attribute(text, head) and not _after_a_noun_of_its_own(text, previous):
        return False  # a plural noun after its adjective, whatever the tagger says: "op eerdere berichten"
    if plural and preposition and before not in ("te", "om"):
        return False  # a plural noun after a preposition: "het inwilligen van verzoeken om verlof"
    if text.parsed:
        if token.dep_ == "amod":
            return False
        if not several and token.head.pos_ in ("NOUN", "PROPN") and token.i < token.head.i and token.dep_ in ("acl", "amod", "nmod"):
            return False  # before its noun: "de representatief te achten delegatie", "de te betalen kosten"
        # a plural noun by its lemma only where the parse also uses it as one (a subject or
        # object) after a word that describes it: "onterecht ontvangen bedragen worden
        # teruggevorderd"; not "Graag verzoeken wij u", "wat wij verzoeken", "de wijk verzoeken u"
        attributive = previous is not None and (
            doc[previous].pos_ == "ADJ" or doc[previous].tag_.startswith("WW|vd") or doc[previous].like_num
            or "|prenom|" in doc[previous].tag_)  # "van de meeste borgen", "veel borgen"
        # or joined to a noun before it: "deuren en ramen" (of "raam"), not "ramen" (estimate)
        joined_to_noun = token.dep_ == "conj" and token.head.pos_ == "NOUN" and token.head.i < token.i
        plural_noun = token.lemma_.lower() in by_pos["noun"] and (
            (token.dep_ in _NOUN_RELATIONS and attributive) or joined_to_noun)
        verb_tag = token.tag_.startswith(("WW|pv", "WW|vd|vrij"))  # the fine tag: a verb, whatever the coarse one says
        if (form in by_pos["noun"] or form in by_pos["adj"] or plural_noun) and token.pos_ in ("NOUN", "PROPN", "ADJ") and not (
                several and (verb_tag or _imperative(text, head, lemma))):
            # "de eerste keer … uit" is no "keert … uit"; "ontvangen bedragen" (of "bedrag"), but
            # "wat wij verzoeken" stays a verb whatever the tagger says, and so does a command
            # that opens its sentence: "Draag er zorg voor dat …"
            return False
        return not (ambiguous and any(c.dep_ == "det" for c in token.children))
    if ambiguous:
        following = text.next_word[head]
        neighbours = {previous, following if following < len(doc) else None} - {None}
        return any(doc[n].lower_ in PERSONAL_PRONOUNS for n in neighbours) or _infinitive_after_modal(text, head, lemma)
    return True


def _noun_only(text: _Text, index: int | None) -> bool:
    """A word of a list that can only be a noun ("bezwaarschriften", "klachten"; not "snoeien",
    which makes "snoeien, rooien en vervangen" a list of verbs)."""
    if index is None or index < 0 or index >= len(text.doc):
        return False
    word = text.doc[index].lower_
    return lemmas.can_be(word, "noun") and not is_verb(word) and not is_verb_form(word)


def _infinitive_after_modal(text: _Text, head: int, lemma: str | None) -> bool:
    """Without the parse: the infinitive last in its clause with a modal before it in the
    clause, "U kunt uw dossier online inzien" (no article right before it: "het inzien")."""
    doc = text.doc
    token = doc[head]
    following = text.next_word[head]
    if token.lower_ != lemma or (following < len(doc) and not doc[following].is_punct):
        return False
    previous = _previous_word(text, head)
    if previous is None:
        return False
    before = doc[previous]
    if (before.lower_ in DETERMINERS or before.lower_ in PREPOSITIONS or before.like_num
            or before.lower_ in NUMBER_WORDS
            or (_inflected_attribute(before.lower_) and any(lemma != before.lower_ for lemma in lemmas.lemmas(before.lower_))
                and not _after_a_noun_of_its_own(text, previous))):
        return False  # a noun after its adjective or number: "op eerdere berichten", "uit drie vaste bedragen"
    for index in range(previous, text.sentence_start(head) - 1, -1):
        word = doc[index]
        if word.is_punct:
            return False
        if word.lower_ in MODALS:
            return True
        if word.lower_.endswith("en") and is_verb_form(word.lower_) and word.lower_ in lemmas.lemmas_by_pos()["verb"]:
            return False  # the modal's own infinitive comes first: "U kunt reageren op eerdere berichten"
    return False


_RELATIVES = frozenset(("dat", "die", "welke", "waar"))


def _noun_of_a_relative_clause(text: _Text, words, head: int) -> bool:
    """Is a word of the phrase before its verb a noun that a relative clause follows, with the
    verb in that clause: "het onderzoek dat we hebben gedaan naar …"? The noun is the thing
    the sentence speaks of (a report to read), not a detour for a verb."""
    doc = text.doc
    return any(
        index < text.next_word[index] < head and doc[text.next_word[index]].lower_ in _RELATIVES
        and doc[index].is_alpha and doc[index].lower_ not in STOP_WORDS
        for index in words
    )


def _other_use(text: _Text, entry: PhraseEntry, index: int) -> bool:
    """A one-word entry where the word is used as something else: an adverb
    entry on a noun with an article (*het grotere geheel*) or on a predicate
    (`_predicate`), a verb that is a letterhead label
    (`_label`), a pronoun entry on the determiner of a noun (*Leer welke
    invloed u heeft*: a question word, not the relative *welke*)."""
    if entry.pos == "adv":
        token = text.doc[index]
        if (text.parsed and token.pos_ == "NOUN" and token.lower_ in lemmas.lemmas_by_pos()["noun"]
                and any(child.dep_ == "det" for child in token.children)):
            return True  # a noun: "het grotere geheel van zijn carrière"
        return _predicate(text, index)
    if entry.pos == "verb":
        return _label(text, index)
    # (only a word that can be a determiner: "hetgeen" never is, whatever the parser hangs it on,
    # as in "Van hetgeen mondeling wordt gezegd")
    token = text.doc[index]
    if entry.pos == "pron" and entry.follows and text.parsed and _object_of_asking(text, index):
        return True  # "Vraag de medewerker welke u nodig heeft": a question, not the noun's relative clause
    if not (entry.pos == "pron" and text.parsed and token.dep_ == "det" and token.lower_ in DETERMINERS):
        return False
    # A personal pronoun takes no determiner: "het formulier welke u moet invullen" is the relative "welke",
    # whatever the parser hangs it on; but after a noun in a phrase with a preposition or after a verb of
    # asking or looking it asks ("Kijk in de bijlage welke u moet invullen", "Vraag de medewerker welke u …").
    return not _personal_pronoun(token.head) or _asks_after(text, index)


# Verbs after whose object "welke" opens a question: "Vraag de medewerker welke u nodig heeft".
_ASKING_VERBS = frozenset((
    "vragen", "kijken", "bekijken", "lezen", "zien", "weten", "nagaan", "controleren", "zoeken", "opzoeken",
    "checken", "kiezen", "aangeven", "zeggen", "vertellen", "uitleggen", "laten", "beslissen", "bepalen",
    # the order's own form, which the lemmatizer keeps ("Vraag de medewerker welke …")
    "vraag", "kijk", "bekijk", "lees", "zie", "controleer", "zoek", "kies", "zeg", "vertel", "laat", "bepaal",
))


def _asks_after(text: _Text, index: int) -> bool:
    """Is the noun right before this "welke" one it cannot hang on as a relative: none, one in a phrase with a
    preposition, or the object of a verb of asking or looking?"""
    previous = _previous_word(text, index)
    if previous is None:
        return True
    noun = text.doc[previous]
    if noun.pos_ not in ("NOUN", "PROPN") or any(child.dep_ == "case" for child in noun.children):
        return True
    return noun.head.lemma_ in _ASKING_VERBS


def _object_of_asking(text: _Text, index: int) -> bool:
    """Is the noun right before this word the object of a verb of asking or looking ("Vraag de medewerker
    welke …", "Lees de folder welke …")?"""
    previous = _previous_word(text, index)
    if previous is None:
        return False
    noun = text.doc[previous]
    return (noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("obj", "iobj") and noun.head.lemma_ in _ASKING_PEOPLE
            and not any(child.dep_ == "compound:prt" for child in noun.head.children))  # not "aanvragen", "opzeggen"


# Verbs whose object is a person asked or told: "Vraag de medewerker welke …" asks; after a thing one
# looks at, "welke" is the relative ("Bekijk de bijlage welke bij deze brief zit", code read).
_ASKING_PEOPLE = frozenset(("vragen", "vertellen", "uitleggen", "zeggen", "vraag", "vertel", "zeg"))


def _run_on_after_link(text: _Text, first: int, last: int) -> bool:
    """"Bekijk de regels op www.voorbeeld.nl Dan ziet u …": a link without its full stop
    before a capitalised common word ends a sentence for the reader, though the letter
    runs on (and the long-sentence count, like the editor's, takes it as one sentence).
    A phrase does not reach across it."""
    doc = text.doc
    return any(
        (doc[i].like_url or doc[i].like_email) and doc[i].whitespace_
        and doc[i + 1].text[:1].isupper() and doc[i + 1].lower_ in STOP_WORDS
        for i in range(first, last)
    )


def _label(text: _Text, index: int) -> bool:
    """A capitalised verb that opens a two-word heading before a capitalised word is a
    letterhead label, not a clause: "Betreft Coronabewijzen" (like "Betreft: …")."""
    doc = text.doc
    following = text.next_word[index]
    return (index in text.headings and doc[index].text[:1].isupper() and following < len(doc)
            and following in text.headings and doc[following].text[:1].isupper()
            and text.sentence[following] == text.sentence[index])


def _predicate(text: _Text, index: int) -> bool:
    """An adjective that is what something is or becomes, not an adverb: with its own
    copula at the end of its clause (*Er is geen beroep mogelijk.*: possible, not *U
    heeft mogelijk recht op*: perhaps), with its own subject clause after it (*Het is
    nu mogelijk de kosten te delen*), or as what something is made or becomes (*dat het
    mogelijk moet worden gemaakt*). Only the parse sees these; the end of the clause
    keeps out an adverb the parse hangs a copula on (*is structureel te lang*)."""
    token = text.doc[index]
    if not (text.parsed and token.pos_ == "ADJ"):
        return False
    if token.dep_ == "xcomp" and token.head.lemma_ in _MAKING:
        return True  # what something is made or becomes: "dat het mogelijk moet worden gemaakt"
    if not any(child.dep_ == "cop" for child in token.children):
        return False
    if any(child.dep_ in ("csubj", "ccomp") and child.i > index for child in token.children):
        return True  # with its own subject clause after it: "Het is nu mogelijk de arbeid te steunen"
    following = text.next_word[index]
    return following >= len(text.doc) or text.sentence[following] != text.sentence[index] or text.doc[following].is_punct


# Verbs whose complement says what something becomes: "iets mogelijk maken".
_MAKING = frozenset({"maken", "worden", "blijven"})


def _used_as_verb(token: Token) -> bool:
    """Is a word that is also a number used as a verb: with a subject of its own or of the verb it is
    joined to, and no copula ("Hij acht het nodig", "Hij leest de brief en acht het nodig"; not "is nu
    de nummer acht")?"""
    children = [child.dep_ for child in token.children]
    if "cop" in children:
        return False
    previous = token.doc[token.i - 1].lower_ if token.i else ""
    if previous in ("nummer", "nr", "nr.", "de", "het", "groep", "punt", "artikel"):
        return False  # "Ukawa, de nummer acht": a number after what it counts, whatever its relations
    if any(dep in ("nsubj", "nsubj:pass", "expl") for dep in children):
        return True
    return token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and any(
        child.dep_ in ("nsubj", "nsubj:pass") for child in token.head.children)


def _names_a_document(text: _Text, head: int) -> bool:
    """A noun with a bare noun right after it that names what it is about:
    *de beschikking huurtoeslag*, *een ontheffing milieuzone*. That is the
    name of a document or permit the reader looks up, not a word to replace.
    Only with the parse, which links the two nouns (no preposition between)."""
    doc = text.doc
    following = text.next_word[head]
    if following >= len(doc) or text.sentence[following] != text.sentence[head]:
        return False
    token, other = doc[head], doc[following]
    if other.pos_ not in ("NOUN", "PROPN") or not other.is_alpha:
        return False
    linked = token.head.i == other.i or (
        other.head.i == token.i and other.dep_ in ("nmod", "appos", "flat", "compound")
    )
    return linked and not any(child.dep_ == "case" for child in other.children)


# Determiners that make the next word a noun or an adjective; the second set
# are also pronouns that can stand before a verb ("dit impliceert", "wilt u
# ons verwittigen", "zijn verzocht"), so they only decide where the form can
# be a noun too ("het verzoek").
_NOT_VERBS = frozenset({"NUM", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "PUNCT", "SYM"})
_NOUN_RELATIONS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod"})
_PRONOUN_DETERMINERS = frozenset("het dit deze die dat zijn haar ons hun je welke".split())
_NOUN_DETERMINERS = DETERMINERS - _PRONOUN_DETERMINERS
# Words that count what comes after them: before a form that is also a noun, that form is the noun.
_QUANTIFIERS = frozenset("meeste vele veel enkele sommige beide diverse verschillende talloze hoeveel zoveel evenveel".split())
# Nouns that count what follows them: "de hoeveelheid verzoeken", "een aantal aanvragen" (review r22).
_MEASURES = frozenset("aantal hoeveelheid reeks serie stapel tal handvol stroom".split())
# The verbs that are also auxiliaries: an entry on one of them is not where the verb is another verb's auxiliary.
_AUXILIARIES = frozenset(("hebben", "zijn", "worden"))


# Pronouns that are only subjects ("ze", "je" are objects too: "als ik ze verstrek"; "u dien" is a
# slip of the pen, the verb all the same).
_SUBJECTS_NOT_IK = PERSONAL_PRONOUNS - {"ik", "u", "je", "ze"}


def _slots(form: str, lemma: str, split: bool = False) -> list[str]:
    """The slots of the verb that spell the form; none for a verb the inflector cannot conjugate."""
    try:
        return inflect.verb_slots(form, lemma, split=split)
    except ValueError:
        return []


def _first_person_only(form: str, lemma: str, particle: int | None) -> bool:
    """Is the form the verb's "ik" form and no other (*bezig* of *bezigen*)? After another
    subject pronoun than "ik" it is then some other word."""
    return _slots(form, lemma, split=particle is not None) == ["1sg"]


def _personal_pronoun(token) -> bool:
    """Is this "ons", "het", "je" … a pronoun of its own by the parse's fine tag (personal or
    reflexive: "U kunt het ons toezenden", "aan ons toezenden"), not the determiner of the word
    after it ("ons toezenden van de stukken", "het toezenden")?"""
    return token.tag_.startswith(("VNW|pers|", "VNW|pr|", "VNW|refl|"))


def _counted_or_determined(text: _Text, previous: int, head: int) -> bool:
    """Does a number or a determiner stand right before the form, which makes it a noun ("elf
    keer", "de keer", "dit keer stapte")? Not "dit" or a number before a subject pronoun ("Dit stel
    ik voor", "In 2025 keer ik … uit"), nor a number that opens the line ("2 Deel ons … mee")."""
    doc = text.doc
    before = doc[previous].lower_
    if before in _NOUN_DETERMINERS:
        return True
    following = text.next_word[head]
    subject_next = following < len(doc) and doc[following].lower_ in PERSONAL_PRONOUNS
    if before in NUMBER_WORDS or doc[previous].like_num:
        # "In 2025 keer ik het bedrag uit", "2 Deel ons uw adres mee" (a numbered step): the verb
        return not subject_next and not _starts_phrase(text, previous)
    return before in _PRONOUN_DETERMINERS - {"het", "zijn", "haar", "ons", "hun", "je"} and not subject_next


def _verb_before_subject(text: _Text, head: int, lemma: str | None) -> bool:
    """A finite form of the entry's verb straight before its subject pronoun,
    which the compact tagger reads as a conjunction when the form is rare:
    "Hierbij informeer ik u dat …"."""
    form = text.doc[head].lower_
    following = text.next_word[head]
    if not lemma or following >= len(text.doc) or text.doc[following].lower_ not in PERSONAL_PRONOUNS:
        return False
    by_pos = lemmas.lemmas_by_pos()
    if form in by_pos["noun"] or form in by_pos["adj"]:
        return False
    try:
        forms = inflect.verb_forms(lemma)
    except ValueError:
        return False
    return any(form in forms[slot] for slot in ("1sg", "2sg", "3sg", "past_sg", "past_pl"))


def _imperative(text: _Text, head: int, lemma: str | None) -> bool:
    """The bare stem of the entry's verb as the first word of a sentence, line or list item: a
    command ("Draag er zorg voor dat …"), which the compact tagger takes for a noun."""
    if not lemma or not _starts_phrase(text, head):
        return False
    try:
        return text.doc[head].lower_ in inflect.verb_forms(lemma)["1sg"]
    except ValueError:
        return False


def _auxiliary_zijn(text: _Text, previous: int | None, form: str, lemma: str | None) -> bool:
    """*zijn* as the auxiliary of the participle after it, not the possessive:
    "de gebreken zijn opgeheven" (but "zijn verzoek"). The parse decides where
    there is one; without it a bare participle of the entry's verb does."""
    if previous is None or text.doc[previous].lower_ != "zijn":
        return False
    if text.parsed:
        return text.doc[previous].pos_ in ("AUX", "VERB")
    if not lemma:
        return False
    try:
        return form in inflect.verb_forms(lemma)["participle"]
    except ValueError:
        return False


def _noun_after_attribute(text: _Text, index: int) -> bool:
    """A form that can be a noun, right after an adjective with its -e ("het Latijns-Amerikaanse
    geheel") or after "een" and a bare adjective ("een logisch geheel")."""
    previous = _previous_word(text, index)
    if previous is None or not lemmas.can_be(text.doc[index].lower_, "noun"):
        return False
    word = text.doc[previous].lower_
    if _inflected_attribute(word):
        return True
    before = _previous_word(text, previous)
    return (before is not None and text.doc[before].lower_ in ("een", "geen") and word not in STOP_WORDS
            and lemmas.can_be(word, "adj"))


def _after_a_noun_of_its_own(text: _Text, attribute: int | None) -> bool:
    """Is the adjective a noun of its own, after "het" ("het volgende", "het nodige")? No plural
    follows it as its noun: "kunnen wij u het volgende berichten" has the verb."""
    before = _previous_word(text, attribute) if attribute is not None else None
    return before is not None and text.doc[before].lower_ in ("het", "dit", "dat", "iets", "niets")


def _inflected_attribute(word: str) -> bool:
    """An adjective or participle with its -e ("grote", "geblindeerde", "Latijns-Amerikaanse"): what
    follows it is its noun. Not "te", "ze", "die" … (function words that end in -e)."""
    if len(word) < 4 or not word.endswith("e") or word in STOP_WORDS:
        return False
    if lemmas.can_be(word, "adj"):
        return True
    stem = word[:-1]
    return any(lemma != word and is_verb(lemma) and _adjectival_participle(word, lemma) for lemma in lemmas.lemmas(stem)) or (
        "-" in word and lemmas.can_be(word.rsplit("-", 1)[1], "adj"))


def _adjectival_participle(form: str, lemma: str | None) -> bool:
    """A participle with an adjective ending: "gewijzigde", "geadresseerden"."""
    if not lemma or not form.endswith(("de", "te", "den", "ten", "ne", "nen", "end")):
        return False
    try:
        forms = inflect.verb_forms(lemma)
    except ValueError:
        return False
    participles = forms["participle"]
    finite = {f for slot in ("infinitive", "past_sg", "past_pl") for f in forms[slot]}
    stem = form[:-1] if form.endswith("e") else form[:-2]
    if stem == lemma + "d" or form == lemma + "d":
        return True  # a present participle as an adjective: "een faciliterende stijl"
    return any(stem == p or stem == p + "e" for p in participles) and form not in finite


# The parse's parts of speech for the words of `PhraseEntry.follows`.
_UPOS = {
    "verb": ("VERB", "AUX"), "noun": ("NOUN", "PROPN"), "adj": ("ADJ",), "adv": ("ADV",), "prep": ("ADP",),
    "conj": ("CCONJ", "SCONJ"), "pron": ("PRON",), "det": ("DET",),
}


def _follows(text: _Text, first: int, parts: tuple[str, ...], comma: bool = True) -> bool:
    """Is the word before the match (a comma skipped, unless `comma` is false) of one of these
    parts of speech? Only the parse can tell; without it the entry stays silent."""
    if not text.parsed:
        return False
    previous = _previous_word(text, first)
    if comma and previous is not None and text.doc[previous].text == ",":
        previous = _previous_word(text, previous)
    if previous is None:
        return False
    token = text.doc[previous]
    if token.pos_ == "NUM" and token.dep_ in ("nummod", "appos") and token.head.i < token.i:
        token = token.head  # "de aanslag met nummer 2025.117, welke …": the number names the noun before it
    return any(token.pos_ in _UPOS[part] for part in parts if part in _UPOS)


def _after_word_of(text: _Text, first: int, parts: tuple[str, ...]) -> bool:
    """`PhraseEntry.unless_follows`: is the word right before the match of one of these parts of
    speech? With the parse, as `_follows`; without it, only a noun is told, from the lemma tables:
    a content word that can be one ("binnen de aanvraag genoemde termijn", not "van genoemde panden")."""
    if text.parsed:
        return _follows(text, first, parts, comma=False)
    previous = _previous_word(text, first)
    if previous is None or "noun" not in parts:
        return False
    word = text.doc[previous].lower_
    return word.isalpha() and word not in STOP_WORDS and lemmas.can_be(word, "noun")


def _before_word_of(text: _Text, last: int, parts: tuple[str, ...]) -> bool:
    """`PhraseEntry.unless_precedes`: is the word right after the match of one of these parts of
    speech? With the parse, its part of speech; without it, only a noun, from the lemma tables."""
    following = text.next_word[last]
    if following >= len(text.lower) or text.sentence[following] != text.sentence[last]:
        return False
    token = text.doc[following]
    if text.parsed:
        return any(token.pos_ in _UPOS[part] for part in parts if part in _UPOS)
    word = token.lower_
    return "noun" in parts and word.isalpha() and word not in STOP_WORDS and lemmas.can_be(word, "noun") and not (
        lemmas.can_be(word, "verb"))


def _verb_between_adverb_and_head(text: _Text, positions, head: int) -> bool:
    """A pronominal adverb of the entry before its verb ("waarover … beschikt") with another verb
    between them: the adverb belongs to that verb's clause."""
    first, slot = positions[0]
    if slot.role != "after" or first >= head or not adverb_preposition(text.doc[first].lower_):
        return False
    doc = text.doc
    if text.parsed:
        return any(doc[i].pos_ in ("VERB", "AUX") and "Fin" in doc[i].morph.get("VerbForm") for i in range(first + 1, head))
    return any(is_only_verb_form(doc[i].lower_) and doc[i].lower_ not in PERSONAL_PRONOUNS for i in range(first + 1, head))


def _precedes(text: _Text, last: int, wanted: tuple[str, ...]) -> bool:
    """Is the word right after the match one `PhraseEntry.precedes` asks for: a name
    ("te Almere": a capital in the middle of a sentence), or a verb in the parse
    ("Bij deze sturen wij u", not "Bij deze brief")?"""
    following = text.next_word[last]
    if following >= len(text.lower) or text.sentence[following] != text.sentence[last]:
        return False
    token = text.doc[following]
    if "verb" in wanted and text.parsed and (_verb_form(token) or _inverted_verb(text, following)):
        return True
    if "noun" in wanted and _noun_or_attribute(text, following, last):
        return True
    if "name" not in wanted:
        return False
    if text.parsed and token.pos_ != "PROPN":
        return False  # "om te Bellen", "staat te Koop": a verb or noun with a stray capital, no place
    if not text.parsed and token.text.isupper() and len(token.text) > 1 and is_verb(token.lower_):
        return False  # without the parse: "om te WERKEN" is a verb in capitals, no place
    return token.text[:1].isupper() and token.is_alpha and _is_name(text, following)


def _noun_or_attribute(text: _Text, index: int, last: int) -> bool:
    """`precedes = ["noun"]`: a noun, or an adjective before one ("aanvullende medische
    gegevens"). Without the parse, a word the lemma tables know as a noun or an adjective, but a
    word that may be a verb only after an article ("de aangetroffen documenten"): "Aanvullend
    vragen wij u" is an adverb before its verb."""
    token = text.doc[index]
    after = int(text.next_word[index])
    first = int(text.previous_word[last]) < 0 or text.sentence[int(text.previous_word[last])] != text.sentence[last]
    if (first and after < len(text.lower) and text.sentence[after] == text.sentence[index]
            and text.doc[after].lower_ in _INVERTED_SUBJECTS):
        return False  # "Aanvullend vragen wij u …": first in the sentence, a verb before its subject: an adverb
    if text.parsed and token.pos_ in ("NOUN", "PROPN", "ADJ"):
        return True
    if text.parsed and token.pos_ not in ("VERB", "X"):
        return False
    word = token.lower_
    if not word.isalpha() or word in STOP_WORDS or not (lemmas.can_be(word, "noun") or lemmas.can_be(word, "adj")):
        return False
    if text.doc[last].lower_.endswith("e"):
        return True  # an inflected adjective stands before its noun: "aanvullende vragen"
    if text.parsed or lemmas.can_be(word, "verb"):
        # (the parse now and then takes a plural noun after a participle for a verb: "de aangetroffen documenten")
        before = int(text.previous_word[last])
        return 0 <= before and text.doc[before].lower_ in DETERMINERS
    return True


_INVERTED_SUBJECTS = frozenset(("ik", "wij", "we", "u", "hij", "zij", "ze", "jij", "je", "jullie"))


def _inverted_verb(text: _Text, index: int) -> bool:
    """A verb form right before its subject pronoun, which the parse took for a noun:
    "Bij deze nodigen wij u uit" ("nodigen" read as the plural of "nodig")."""
    following = text.next_word[index]
    return (following < len(text.lower) and text.sentence[following] == text.sentence[index]
            and text.doc[following].lower_ in _INVERTED_SUBJECTS and is_verb_form(text.doc[index].lower_))


# Words after which a new clause can open ("…, en mocht u vragen hebben").
# Marks after which a phrase starts (`_starts_phrase`), and with a comma and a few conjunctions a
# clause (`_opens_clause`). (Not "dan": after it comes the main clause, "…, dan mocht het weer" is
# the past tense.)
_OPENING_MARKS = frozenset((":", "(", '"', "'", "„", "“", "‘", "-", "–", "•", "*", ".", "!", "?", ";"))
_CLAUSE_OPENERS = _OPENING_MARKS | {",", "en", "maar", "of", "want", "dus"}


def _preposition_of(match: PhraseMatch) -> int | None:
    """The index of the match's preposition after its verb (its last word of role "after")."""
    return max((index for index, role in match.roles.items() if role == "after"), default=None)


def _before_a_number(text: _Text, match: PhraseMatch) -> bool:
    preposition = _preposition_of(match)
    if preposition is None:
        return False
    following = int(text.next_word[preposition])
    if following >= len(text.doc):
        return False
    word = text.doc[following]
    # "een" is the article far more often than the number ("van een datum voorzien", review r15)
    return word.text[:1].isdigit() or (word.like_num and word.lower_ != "een")


def _names_a_thing(text: _Text, entry: PhraseEntry, first: int, last: int) -> bool:
    """Is the match a noun, or a phrase that ends on its noun and opens with no preposition ("onroerende
    zaak", not "ter kennisname")?"""
    if entry.pos == "noun":
        return True
    doc = text.doc
    return (entry.pos == "expr" and text.parsed and doc[last].pos_ == "NOUN"
            and doc[first].lower_ not in PREPOSITIONS and doc[first].pos_ != "ADP")


def _gloss_in_brackets(text: _Text, first: int, last: int) -> bool:
    """Are the matched words, with at most an article, all that stands between brackets right
    after a word: "een beslissing (beschikking)"? Then they name the official term beside the
    plain one, which is what a plain letter does."""
    doc = text.doc
    opening, closing = int(text.previous_word[first]), int(text.next_word[last])
    if opening >= 0 and doc[opening].lower_ in DETERMINERS:
        opening = int(text.previous_word[opening])
    if opening <= 0 or closing >= len(doc) or doc[opening].text != "(" or doc[closing].text != ")":
        return False
    before = int(text.previous_word[opening])
    return before >= 0 and doc[before].is_alpha


def _own_preposition_of(text: _Text, match: PhraseMatch, parsed: bool) -> bool:
    """Is the preposition of this match the verb's own: with `parsed`, its noun is the verb's
    prepositional object ("gebruikgemaakt van de weg"); without, it stands right after the verb?"""
    index, head = _preposition_of(match), match.head
    if index is None or head is None:
        return False
    if parsed:
        preposition = text.doc[index]
        noun = preposition.head  # the verb's own object ("obl:arg"), not a phrase beside it ("Afhankelijk van …")
        return noun.i != preposition.i and noun.head.i == head and noun.dep_ == "obl:arg"
    return int(text.next_word[head]) == index


def _attribute_before_its_noun(text: _Text, entry: PhraseEntry, words: Sequence[int], head: int, lemma: str | None) -> bool:
    """Is a word of a verb phrase such as "werkzaam zijn" an inflected adjective before its own noun
    ("de werkzame stof is …", "de bevoegde instantie is …")? Then it describes the noun, and the
    "is" after the noun is another verb."""
    doc = text.doc
    # the entry's own verb as a participle before its noun: "de van toepassing zijnde regels (zijn …)" (code read 7)
    participle = (lemma or doc[head].lower_) + "de"
    for index in range(min(words), max(words) + 1):
        if doc[index].lower_ == participle and index + 1 < len(doc) and _noun_next(text, index):
            return True
    own = set(entry.phrase.lower().split())  # "van overeenkomstige toepassing zijn": the entry's own form
    for index in words:
        if (index < head and doc[index].lower_ in own and index + 1 < len(doc) and index + 1 not in words
                and is_participle(doc[index].lower_) and _noun_next(text, index)):
            return True  # the entry's participle before its own noun: "de in het centrum gelegen kappers zijn …"
    for index in words:
        if index == head or index + 1 >= len(doc) or doc[index].lower_ in own:
            continue
        word, following = doc[index], doc[index + 1]
        if not word.lower_.endswith("e") or word.lower_ in lemmas.lemmas_by_pos()["adj"] or not lemmas.can_be(word.lower_, "adj"):
            continue
        if _noun_next(text, index):
            return True
    return False


def _noun_next(text: _Text, index: int) -> bool:
    following = text.doc[index + 1]
    if text.parsed:
        return following.pos_ in ("NOUN", "PROPN")
    return lemmas.can_be(following.lower_, "noun") and not is_only_verb_form(following.lower_)


def _opens_clause(text: _Text, first: int) -> bool:
    """Does the match open its sentence or a clause: nothing before it, or a comma, a
    bracket, a quote or "en", "maar" … right before it?"""
    previous = _previous_word(text, first)
    if previous is None or text.doc[previous].lower_ in _CLAUSE_OPENERS or text.doc[first].text[:1].isupper():
        return True  # (a capital: a sentence the splitter ran on, as after a template field)
    # a new paragraph (a sentence the splitter ran on, after a template field: "{bedrag}.\n\nMocht u …")
    between = "".join(text.doc[i].text for i in range(previous + 1, first)) + text.doc[previous].whitespace_
    return between.count("\n") >= 2


# Words that open a clause before the main clause: after "Omdat …, " the verb comes first in the
# main clause, so "mocht" there is the past tense of "mogen", no condition.
_SUBCLAUSE_FIRST = frozenset({"omdat", "toen", "nadat", "hoewel", "doordat", "aangezien", "zodra", "terwijl", "sinds",
                              "voordat", "als", "wanneer", "indien", "zodat", "zolang"})


# Words that open a clause of their own, before the main clause or inside a phrase ("Omdat …",
# "de motoren die eens zo veel kracht geven"): a finite verb after them is not the main clause's.
_CLAUSE_WORDS = _SUBCLAUSE_FIRST | (SUBORDINATORS - {"want", "maar"})


def _main_clause_after_comma(text: _Text, first: int) -> bool:
    """Does the clause of "mocht" end in a comma followed by a main clause ("dan", an order, a finite
    verb first): "…, mocht er iets niet kloppen, laat het ons dan weten"? Not "…, mocht de medewerker
    niets zeggen, omdat u geen machtiging had" (code read 7)."""
    doc = text.doc
    end = text.sentence_starts[text.sentence[first] + 1]
    comma = next((i for i in range(first + 1, end) if doc[i].text == ","), None)
    if comma is None:
        return False
    following = next((i for i in range(comma + 1, end) if not doc[i].is_space), None)
    if following is None:
        return False
    word = doc[following]
    if word.lower_ == "dan":
        return True
    if text.parsed:
        return (word.pos_ in ("VERB", "AUX") and "Fin" in word.morph.get("VerbForm")) or is_imperative(word.text)
    return is_verb_form(word.lower_) and word.lower_ not in _SUBCLAUSE_FIRST


def _told_in_past_tense(text: _Text, first: int) -> bool:
    """Is a verb first in its clause ("mocht …") the past tense of "mogen", no condition?
    - a question with no comma after the verb: "Mocht de hond mee naar binnen?" asks whether it was
      allowed; a condition goes on after a comma ("Mocht u vragen hebben, bel ons dan?");
    - after "en", "maar" … with no comma after it, the verb shares the subject before it: "Hij
      tekende voor de krant en mocht het vakblad illustreren";
    - after the comma that closes a clause opened by "omdat", "toen" …, it is the main clause's verb:
      "Omdat de leden niet kozen, mocht ze de naam niet houden"."""
    start, end = text.sentence_starts[text.sentence[first]], text.sentence_starts[text.sentence[first] + 1]
    words = [token.text for token in text.doc[first:end] if not token.is_space]
    if words[-1:] == ["?"] and "," not in words:
        return True
    previous = _previous_word(text, first)
    if previous is None or not text.doc[first].lower_.startswith("mocht"):
        return False  # (the rest is about "mocht" and "mochten": "Beste bewoners, bij deze een …" opens a clause)
    before = text.doc[previous].lower_
    if before in ("en", "maar", "of", "want", "dus"):
        return "," not in words
    if before == ",":
        opening = [token for token in text.doc[start:previous] if not token.is_space]
        if not opening or _main_clause_after_comma(text, first):
            return False  # a comma and a main clause after it: "Zodra u de brief krijgt, mocht er iets niet kloppen, laat …"
        if not text.parsed:
            return opening[0].lower_ in _SUBCLAUSE_FIRST and all(t.text != "," for t in opening)
        # With the parse: a condition after the comma needs a main clause before it ("Wij helpen u
        # graag, mocht u …"). Without a finite verb of its own there (only a phrase, "Wegens de kracht
        # van de motoren, mocht de machine niet …", or a clause opened by "omdat", "die" …), "mocht"
        # is the main clause's verb (review r13).
        if opening[0].text[:1].isupper() and is_imperative(opening[0].text):
            return False  # "Bel ons, mocht u vragen hebben" (the parser takes "Bel" for a name)
        inside = False
        for token in opening:
            if token.lower_ in _CLAUSE_WORDS:
                inside = True
            elif not inside and token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
                return False
        return True
    return False


def _verb_form(token: Token) -> bool:
    """A verb in the parse, or a participle the tagger took for a noun ("bij deze teruggestuurd")."""
    return token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and is_participle(token.lower_))


def _previous_word(text: _Text, index: int) -> int | None:
    index -= 1
    while index >= 0 and text.space[index]:
        index -= 1
    if index < 0 or text.sentence[index] != text.sentence[index + 1 if index + 1 < len(text.space) else index]:
        return None
    return index


def _starts_phrase(text: _Text, index: int) -> bool:
    """Is the token the first word of a sentence, a line, a quotation or a list item?"""
    if index == text.sentence_start(index):
        return True
    doc = text.doc
    previous = index - 1
    if previous >= 0 and text.space[previous] and "\n" in doc[previous].text:
        return True
    while previous >= 0 and text.space[previous]:
        previous -= 1
    if previous < 0:
        return True
    if doc[previous].text in _OPENING_MARKS:
        return True
    # Only symbols before it in its sentence (an emoji, a number of a list): it still starts the sentence.
    start = text.sentence_start(index)
    return all(not doc[i].is_alpha for i in range(start, index))


def _is_name(text: _Text, index: int) -> bool:
    """A capital in the middle of a sentence: part of a name or title
    (*de Commissie Bezwaarschriften*), not running text; and a noun written
    small right after such a word, the rest of the same name (*de Commissie
    bezwaarschriften*, *het Team terugvordering*)."""
    word = text.doc[index].text
    if not word[:1].isupper():
        return _ends_name(text, index)
    if _starts_phrase(text, index):
        return False
    return not (word.isupper() and len(word) > 1 and _all_capitals(text, index))


def _ends_name(text: _Text, index: int) -> bool:
    """A small noun right after a capitalised word in the middle of a sentence."""
    previous = _previous_word(text, index)
    if previous is None or not text.doc[previous].is_alpha or not text.doc[previous].text[:1].isupper():
        return False  # (and never a chain of small words back through the text)
    if not _is_name(text, previous):
        return False
    token = text.doc[index]
    if text.parsed:
        # A verb's particle is no part of the name before it: "vindt … de Tweede Kamer plaats".
        return token.pos_ in ("NOUN", "PROPN", "X") and token.dep_ != "compound:prt"  # X: the compact parser on a word of a name
    return token.lower_ not in STOP_WORDS and lemmas.can_be(token.lower_, "noun") and not is_verb(token.lower_)


def _with_pointed_at(text: _Text, index: int) -> Span:
    """Where an entry's context words are looked for: the sentence with its lead-in
    (`_Text.with_lead_in`), and the sentence before when a pronoun subject points back to it."""
    around = text.with_lead_in(index)
    widened = with_sentence_before(text.sentence_span(index))
    return text.doc[min(around.start, widened.start) : around.end]


def _all_capitals(text: _Text, index: int) -> bool:
    """A sentence written in capitals (LET OP): its words are not names."""
    words = [t.text for t in text.sentence_span(index) if t.is_alpha]
    return len(words) > 1 and all(word.isupper() for word in words)


def sentence_before(doc: Doc, start: int) -> bool:
    """Does another sentence of the same paragraph come before the one at `start`:
    no blank line and no heading (a line without a full stop) in between?"""
    previous = start - 1
    while previous >= 0 and doc[previous].is_space:
        previous -= 1
    # (an acronym keeps its sentence's full stop: "… met B&W. Deze …", `analyse.ACRONYM_STOP`)
    if previous < 0 or (doc[previous].text not in (".", "!", "?", ":", ";") and not ACRONYM_STOP.match(doc[previous].text)):
        return False
    between = doc.text[doc[previous].idx + len(doc[previous].text) : doc[start].idx]
    return between.count("\n") < 2


# A subject pronoun that opens a sentence and stands for what the sentence before named:
# "Wij houden een stadsronde. Deze vindt plaats op 5 mei." The context is in that sentence.
POINTING_SUBJECTS = frozenset(("deze", "die", "dit", "dat", "hij", "zij", "ze", "het"))


def opens_with_pointing_subject(sentence: Span) -> bool:
    """Does the sentence open with a pronoun that stands alone ("Deze vindt plaats"),
    not a determiner ("Deze avond")? With the parse its part of speech says so; without,
    a verb must come right after it."""
    words = [token for token in sentence if token.is_alpha][:2]
    if len(words) < 2 or words[0].lower_ not in POINTING_SUBJECTS:
        return False
    if is_parsed(sentence.doc):
        return words[0].pos_ == "PRON"
    return is_only_verb_form(words[1].lower_)


def with_sentence_before(sentence: Span, always: bool = False) -> Span:
    """The sentence, with the one before it in its paragraph when it opens with a pointing
    subject (or `always`): what the context words of an entry or an alternative look at."""
    doc = sentence.doc
    if not (always or opens_with_pointing_subject(sentence)) or not sentence_before(doc, sentence.start):
        return sentence
    previous = doc[sentence.start - 1]
    while previous.i > 0 and previous.is_space:
        previous = doc[previous.i - 1]
    return doc[previous.sent.start : sentence.end]


def in_context(sentence: Span, context: tuple[str, ...]) -> bool:
    """Is a context word in the sentence (`context` and `unless_context` of both
    the phrase lists and the tone list)? Long context words also count inside a
    word (`afval` in *afvalcontainer*, `bescherm` in *beschermen*); short ones
    only as a whole word, so that `uur` does not match *structuur*, except a sign
    (`%` in *80%*); a word group only as whole words in a row (`u moet` not in *nu moet*)."""
    words = [token.lower_ for token in sentence if not token.is_space]
    joined = f" {' '.join(words)} "
    for context_word in context:
        if " " in context_word:
            if f" {context_word} " in joined:
                return True
        elif not any(char.isalnum() for char in context_word):
            if any(context_word in word for word in words):
                return True  # a sign sticks to its number: "%" in "80%", "€" in "€50"
        elif len(context_word) < 5:
            if context_word in words:
                return True
        elif any(context_word in word for word in words):
            return True
    return False


# Words that name a law or regulation, alone or at the end of a compound
# (Participatiewet, Subsidieverordening).
LAW_WORDS = (
    "wet", "verordening", "regeling", "besluit", "beleidsregel", "beleidsregels", "reglement",
    "richtlijn", "wetboek", "uitvoeringsbesluit", "uitvoeringsregeling", "wetsvoorstel", "statuut",
    # treaties: "het Verdrag inzake de Rechten van het Kind"
    "verdrag", "handvest", "conventie",
)
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
# Word groups that never go on a title, but start what is said about it.
_AFTER_A_NAME = re.compile(r"(?i)(?:voor )?wat betreft\b")
_NAME_STOPS = frozenset("is was zijn waren heeft hebben wordt worden werd kan kunt moet mag zal u wij we ik dat die".split())
# A quotation between marks that open and close (“ ”, „ ”, « », ,, '') may run over a line break
# (a hard-wrapped e-mail), not over a blank line. A straight mark (") opens and closes alike: one
# left open by mistake would take every line after it up to the next one, so it stays on its line.
_LINE = r"\n(?![ \t]*\n)"
QUOTES = re.compile(
    rf"“(?:[^”\n]|{_LINE}){{1,300}}”|„(?:[^”“\n]|{_LINE}){{1,300}}[”“]|\"[^\"\n]{{1,300}}\""
    rf"|‘[^’\n]{{1,300}}’|«(?:[^»\n]|{_LINE}){{1,300}}»"
    rf"|(?<!\S),,(?:(?!'')[^\n]|{_LINE}){{1,300}}(?:''|”)"  # the old newspaper marks: ,,Wij gaan door.''
    r"|(?<![\w'])'(?![st]\b)[^'\n]{1,200}'(?!\w)"
)
# A paragraph of a newspaper that quotes someone at length opens with a mark (`" Het probleem is …`,
# „Wij …) that closes in a later paragraph or never: the whole paragraph is their words. The
# mark that opens it, and the marks that may close it (a closing single mark is no apostrophe
# inside a word: "z'n", "auto's").
_PARAGRAPH = re.compile(r"\n(?:[ \t]*\n)+")
# An apostrophe that opens a word is no quotation mark: "'s avonds", "'t", "'n", "'k", "de jaren '80".
LEADING_APOSTROPHE = re.compile(r"(?:[stnk]|\d\d)(?!\w)")
_PARAGRAPH_OPENS = re.compile(rf"[ \t]*(?:(\")|(“)|(„)|(«)|(,,)|(‘)|(')(?!{LEADING_APOSTROPHE.pattern}))")
_PARAGRAPH_CLOSES = (
    re.compile(r'"'), re.compile("”"), re.compile("[”“]"), re.compile("»"), re.compile("''|”"),
    re.compile(r"’(?!\w)"), re.compile(r"(?<=[\w.,!?…])'(?!\w)"),
)


# The other end of such a quotation: a paragraph that ends with a closing mark it never opened
# (`Die stroming kan echter niet veranderd worden ".`): the rest of words quoted in a paragraph
# before. The marks that would have opened it.
_PARAGRAPH_ENDS = re.compile(r"(?:(\")|(”)|(»)|(''))[ \t]*[.!?…]*[ \t]*$")
_PARAGRAPH_OPENED = (re.compile(r'"'), re.compile("[“„]"), re.compile("«"), re.compile(",,"))


def quoted_paragraphs(content: str):
    """The (start, end) of each paragraph that opens with a quotation mark it does not close,
    or that ends with one it did not open."""
    start = 0
    for found in [*_PARAGRAPH.finditer(content), None]:
        end = found.start() if found is not None else len(content)
        opens = _PARAGRAPH_OPENS.match(content, start)
        quoted = None
        if opens is not None and not _PARAGRAPH_CLOSES[opens.lastindex - 1].search(content, opens.end(), end):
            quoted = _words_between(content, opens.end(), end)
        elif opens is None:
            closes = _PARAGRAPH_ENDS.search(content, start, end)
            if closes is not None and not _PARAGRAPH_OPENED[closes.lastindex - 1].search(content, start, closes.start()):
                quoted = _words_between(content, start, closes.start())
        if quoted is not None:
            yield quoted
        start = found.end() if found is not None else end


def _words_between(content: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of `content[start:end]` without the white space around it; None if nothing is left."""
    words = content[start:end]
    first = start + len(words) - len(words.lstrip())
    return (first, start + len(words.rstrip())) if first < end else None


# A line of one or two words without punctuation: a heading or a form's field name ("Locatie").
HEADING = re.compile(r"^[ \t]*([A-ZÀ-Ý][\w-]*(?:[ \t]+[\w-]+)?)[ \t]*$", re.MULTILINE)
# (A colon between digits is part of a number, "artikel 6:16", "om 9:30", not the end of a label.)
LABEL = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?([A-ZÀ-Ýa-zà-ÿ][\w \t/()-]{0,40}?)[ \t]*:(?!//)(?!(?<=\d:)\d)", re.MULTILINE)


_LABEL_NEVER_ENDS_IN = frozenset(("dat", "omdat", "zodat"))


def protected_tokens(text: _Text) -> set[int]:
    """Tokens no entry may flag: placeholders, quotations, labels and the names
    of laws and regulations."""
    doc = text.doc
    protected: set[int] = set(doc.user_data.get(PLACEHOLDERS, {}) or ())
    # The text the Doc was made from (Doc.text would join every token again).
    content = doc_text(doc)
    protected |= quoted_tokens(doc)
    for found in LABEL.finditer(content):
        label = found.group(1)
        words = label.lower().split()
        # a label names a field; one that ends in "dat" opens a clause ("Overwegende dat:", "Wij besluiten dat:")
        if len(words) <= 4 and not set(words) & PERSONAL_PRONOUNS and words[-1] not in _LABEL_NEVER_ENDS_IN:
            protected.update(_tokens_in(doc, found.start(1), found.end(1)))
    protected.update(law_name_tokens(doc, text))
    return protected


def quoted_tokens(doc: Doc) -> set[int]:
    """Tokens between quotation marks, and paragraphs that quote someone at length: words the
    writer names or cites ("Dit heet een 'aanschrijving'", the post's stamp "geadresseerde
    vertrokken"), not words to rewrite."""
    content = doc_text(doc)
    quoted: set[int] = set()
    for found in QUOTES.finditer(content):
        quoted.update(_tokens_in(doc, found.start() + 1, found.end() - 1))
    for start, end in quoted_paragraphs(content):
        quoted.update(_tokens_in(doc, start, end))
    return quoted


def heading_tokens(text: _Text) -> set[int]:
    """Lines of one or two words: a heading or a form's field name ("Locatie").
    A noun there names the field; it is no running text to rewrite."""
    doc = text.doc
    content = doc_text(doc)
    return {i for found in HEADING.finditer(content) for i in _tokens_in(doc, found.start(1), found.end(1))}


def _tokens_in(doc: Doc, start: int, end: int, tokens: bool = False) -> list:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return list(span) if tokens else [token.i for token in span]


def _is_law_word(token: Token) -> bool:
    lower = token.lower_
    return lower in LAW_WORDS or (len(lower) > 6 and lower.endswith(LAW_WORDS[:4]))


# The end of a law word, alone or in a compound; the token around it is then checked.
_LAW_WORD = re.compile(r"(?:" + "|".join(LAW_WORDS) + r")\b", re.IGNORECASE)


def _law_names(text: _Text, content: str) -> set[int]:
    """*de Verordening op de haven 2010*, *Algemene wet bestuursrecht*,
    *Participatiewet*: a capitalised title (or a capitalised word before the
    law word) up to its year, article or the end of the title."""
    doc = text.doc
    names: set[int] = set()
    candidates = {t.i for found in _LAW_WORD.finditer(content) for t in _tokens_in(doc, found.start(), found.end(), tokens=True)}
    for token in (doc[i] for i in sorted(candidates)):
        if not _is_law_word(token):
            continue
        index = token.i
        start = index
        titled = _houdende_soon(doc, index)
        listed = False
        if token.text[:1].isupper():
            listed = _opens_list_item(doc, index)
            if _starts_phrase(text, index) and not _has_year_soon(text, index) and not titled and not listed:
                continue
        elif index > 0 and doc[index - 1].text[:1].isupper() and not _starts_phrase(text, index - 1):
            start = index - 1
        elif index > 0 and doc[index - 1].text[:1].isupper() and _has_year_soon(text, index):
            start = index - 1
        elif index > 0 and doc[index - 1].lower_ == "plaatselijke":
            # "de algemene plaatselijke verordening": the APV by its name, also in lower case
            start = index - 2 if index > 1 and doc[index - 2].lower_ == "algemene" else index - 1
        else:
            continue
        end = index
        if titled:
            # "Besluit van het college … houdende regels omtrent het varen …": the formal title runs
            # to the closing bracket or the end of the sentence.
            for following in doc[index + 1 : index + _TITLE_WORDS]:
                if following.is_sent_start or following.text in (".", ";", ")", "?", "!"):
                    break
                end = following.i
            names.update(range(start, end + 1))
            continue
        for following in doc[index + 1 : index + 12]:
            if following.is_sent_start or following.text in (".", ";", ":", "(", ")", "?", "!"):
                break
            if listed and "\n" in following.text:
                break  # an item of a list of laws is one line
            if following.text == "," and _clause_after_comma(text, following.i):
                break  # "… Algemene Plaatselijke Verordening, verzoeken wij …"; not "Wet kwaliteit, klachten en …"
            if _YEAR.match(following.text):
                end = following.i
                break
            # (the item of a list of laws is a title without a sentence around it: the parse is
            # no guide there, "transvrouwen" a verb to it)
            if following.lower_ in _NAME_STOPS or (
                    text.parsed and not listed and following.pos_ in ("VERB", "AUX", "PRON", "SCONJ")):
                break
            if _AFTER_A_NAME.match(content, following.idx):
                break  # "de Wet geluidhinder voor wat betreft wegverkeerslawaai": no title goes on so
            end = following.i
        names.update(range(start, end + 1))
    return names


def _opens_list_item(doc: Doc, index: int) -> bool:
    """Is the word the first of an item of a list, after a bullet at the start of a line
    ("- Subsidieregeling borstprothesen transvrouwen", "- Kaderwet VWS-subsidies")? A list of
    the laws that apply: each item is the title of one."""
    bullet = index - 1
    while bullet >= 0 and doc[bullet].is_space and "\n" not in doc[bullet].text:
        bullet -= 1
    if bullet < 0 or not analyse.BULLET.match(doc[bullet].text):
        return False
    before = bullet - 1
    return before < 0 or "\n" in doc[before].text or "\n" in doc[before].whitespace_ or (
        doc[before].is_space and "\n" in doc_text(doc)[doc[before].idx : doc[bullet].idx])


LAW_NAMES = "b1check.law_names"  # doc.user_data key: the tokens of the names of laws, found once


def law_name_tokens(doc: Doc, text: _Text | None = None) -> frozenset[int]:
    """The tokens of the names of laws and regulations (`_law_names`): the word lists and the word
    rules leave them alone (a title cannot be changed). Found once per Doc, for both."""
    found = doc.user_data.get(LAW_NAMES)
    if found is None:
        found = doc.user_data[LAW_NAMES] = frozenset(_law_names(text or _Text(doc), doc_text(doc)))
    return found


# A formal title ("Besluit … houdende regels omtrent …") is read at most this far.
_TITLE_WORDS = 40


def _houdende_soon(doc: Doc, index: int) -> bool:
    """Does "houdende" follow the law word within its bracket or sentence: the formal title of a
    regulation ("Besluit van het college … houdende regels omtrent het varen")?"""
    for following in doc[index + 1 : index + 16]:
        if following.is_sent_start or following.text in (".", ";", ")", "?", "!"):
            return False
        if following.lower_ == "houdende":
            return True
    return False


def _clause_after_comma(text: _Text, comma: int) -> bool:
    """Does a clause go on after this comma: a verb, a pronoun or another word that never
    stands in a title ("…, is"), or a word and then a subject ("…, verzoeken wij": the tagger may
    read "verzoeken" as a noun)?"""
    doc = text.doc
    if comma + 1 >= len(doc):
        return True
    after = doc[comma + 1]
    subject_next = comma + 2 < len(doc) and doc[comma + 2].lower_ in _NAME_STOPS
    return after.lower_ in _NAME_STOPS or is_verb_form(after.lower_) or subject_next


def _has_year_soon(text: _Text, index: int) -> bool:
    sentence_end = text.sentence_starts[text.sentence[index] + 1]
    return any(_YEAR.match(t.text) for t in text.doc[index + 1 : min(index + 10, sentence_end)])


def is_hint(entry: PhraseEntry) -> bool:
    """A hint on a word many editors leave: shown in picky mode only (`Settings.picky`)."""
    return entry.severity == "info" and not entry.term


def _one_per_place(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    """Where two matches share a word, keep the one with more words.

    Only matched words count: the words in a gap stay free for other entries.
    Wording and nominal style share one pool (one finding per place); tone
    keeps its own."""
    kept: list[PhraseMatch] = []
    taken: dict[str, set[int]] = {}

    def preference(match: PhraseMatch):
        # More matched words first; on a tie, the entry whose phrase is the
        # text itself (`ondergetekende` over `ondertekenen`).
        literal = match.span.text.lower() == match.entry.phrase.lower()
        return (-len(match.words), not literal, match.span.start)

    for match in sorted(matches, key=preference):
        pool = "tone" if match.entry.category == "tone" else "wording"
        used = taken.setdefault(pool, set())
        positions = set(match.words)
        if positions & used:
            continue
        used |= positions
        kept.append(match)
    kept.sort(key=lambda m: (m.span.start, m.span.end))
    return kept


@lru_cache(maxsize=8)
def finder_for(extra_files: tuple[str, ...] = (), model: str | None = None) -> PhraseFinder:
    """The curated lists plus a municipality's own files, compiled once and
    kept in the cache folder: reading the compiled lists back takes a
    hundredth of a second, compiling them about half a second. The file is
    named after a hash of everything the compiled patterns come from (the
    lists, the lemma tables, the tokenizer and the code that compiles them),
    so a change to any of them compiles anew and an old file is never read."""
    files = [*phrase_files(), *(Path(path) for path in extra_files)]
    try:
        key = content_key([*files, *_compiler_sources(), lemmas.tables_key().encode(), *_tokenizer_sources(model)])
    except OSError:
        return _compile_lists(files, model)  # a list that cannot be read: its own error, in Dutch
    return pickled(cache_dir() / f"phrases-{key}.pickle", lambda: _compile_lists(files, model))


def _compile_lists(files: list[Path], model: str | None) -> PhraseFinder:
    entries = with_prepositions_after([entry for path in files for entry in read_phrase_file(path)])
    # The pipeline's own tokenizer: building a second one costs a second at start-up.
    return PhraseFinder(entries, pipeline(model))


def with_prepositions_after(entries: list[PhraseEntry]) -> list[PhraseEntry]:
    """Each entry with the prepositions of the longer entries made of it and one
    preposition ("op de hoogte stellen" ← "op de hoogte stellen van"): a rewrite
    needs them where the preposition stands in a word before the verb ("hiervan")."""
    found: dict[str, set[str]] = {}
    for entry in entries:
        rest, _, last = entry.phrase.lower().rpartition(" ")
        if rest and last in ADVERB_PREPOSITIONS:
            found.setdefault(rest, set()).add(last)
    return [
        replace(entry, prepositions_after=frozenset(found[entry.phrase.lower()])) if entry.phrase.lower() in found else entry
        for entry in entries
    ]



def _compiler_sources() -> list[Path]:
    """The code the compiled lists depend on, and the abbreviations the tokenizer keeps whole."""
    modules = (inflect, lemmas, wordlists, analyse, pronouns)
    return [Path(__file__), *(Path(module.__file__) for module in modules), wordlist_dir() / "afkortingen.toml"]


def _tokenizer_sources(model: str | None) -> list[Path | bytes]:
    """What the tokenizer that splits the patterns depends on: spaCy's version,
    and for a pipeline of one's own its saved tokenizer (b1check's own pipeline
    uses spaCy's Dutch default)."""
    sources: list[Path | bytes] = [f"spacy {spacy.__version__} {model or ''}".encode()]
    if model not in (None, "b1check") and (Path(model) / "tokenizer").is_file():
        sources.append(Path(model) / "tokenizer")
    return sources
