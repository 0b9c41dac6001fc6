"""Read the curated word lists in `wordlists/` (TOML, edited by language editors).

The format is documented in `wordlists/README.md`. This module only reads and
validates; `analysis/phrases.py` turns phrase entries into spaCy Matcher patterns.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..model import CATEGORIES, Severity
from .cache import cache_dir, content_key, pickled

PHRASE_CATEGORIES = ("wording", "tone", "nominal-style")
GAP = "…"
# Parts of speech an entry or an alternative can have (wordlists/README.md).
PARTS_OF_SPEECH = ("verb", "noun", "adj", "adv", "prep", "conj", "pron", "det", "expr")
# In an example, the arrow separates the sentence from the same sentence with
# the first suggestion in place.
ARROWS = (" → ", " -> ")


class WordlistError(Exception):
    """A word list that does not follow the format; names file and entry."""


@dataclass(frozen=True)
class Alternative:
    """A plain wording the editor suggests for an entry."""

    text: str  # as written in the list: "vragen", "het besluit", "de … hieronder"
    pos: str | None = None  # part of speech, when it is not the entry's own
    advice: bool = False  # never put in the sentence: shown as "gebruik '…'"
    fits: tuple[str, ...] = ()  # for a verb: only in these uses (VERB_USES); empty: in every use
    context: tuple[str, ...] = ()  # only where one of these words is in the sentence
    unless_context: tuple[str, ...] = ()  # never where one of these words is in the sentence
    unless_next: tuple[str, ...] = ()  # never right before these words ("daartoe verplicht")
    # Only / never where one of these words is among the few words after the match: the phrase's
    # own object decides ("op grond van artikel 4:5" is a rule, whatever else the sentence says).
    context_after: tuple[str, ...] = ()
    unless_context_after: tuple[str, ...] = ()
    # Only / never where one of these words is in the sentence before, in the same paragraph: what the
    # reader has just read ("… kunnen we het niet meer behandelen. Het bezwaar is dan niet-ontvankelijk.").
    context_before: tuple[str, ...] = ()
    unless_context_before: tuple[str, ...] = ()
    # Only where one of these words stands close before the match, in its own clause (at most six
    # words back, no comma between): "Ik bel u volgende week in verband met …" is the topic ("over"),
    # "Tijdens het gesprek … weggehaald in verband met …" the cause.
    context_near: tuple[str, ...] = ()
    # Never where one of these words stands there: "van het besluit op de hoogte gesteld" has its
    # "van" before the match, and "informeren" would leave it behind ("van het besluit geïnformeerd").
    unless_context_near: tuple[str, ...] = ()
    # A whole sentence or an explanation rather than words to paste in: advice, whatever the list
    # says. Decided once, when the alternative is made.
    instruction: bool = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "instruction", is_instruction(self.text))

    def __str__(self) -> str:
        return self.text

    @property
    def has_context(self) -> bool:
        """Do words in or around the sentence decide whether it fits (`context`, `unless_next`, …)?"""
        return bool(self.context or self.unless_context or self.unless_next or self.context_after
                    or self.unless_context_after or self.context_before or self.unless_context_before
                    or self.context_near or self.unless_context_near)

    def limited(self, vocabulary: tuple[str, ...]) -> tuple[str, ...]:
        """The `fits` of one kind (VERB_USES, NOUN_GENDERS, FOLLOWING, PRECEDING, NOUN_USES, SUBJECTS, VOICES, FALLBACK); empty where the
        list does not limit that kind."""
        return tuple(use for use in self.fits if use in vocabulary)


# An alternative this long is a sentence to write anew, not words for the place of the match.
_INSTRUCTION_WORDS = 8


def is_instruction(text: str) -> bool:
    """Is the alternative a whole sentence or an explanation ("Dan behandelen
    wij uw bezwaar niet.", "zeg: …") rather than words to paste in?"""
    stripped = text.strip()
    return stripped.endswith((".", "?", "!", ":")) or ": " in stripped or len(stripped.split()) >= _INSTRUCTION_WORDS


@dataclass(frozen=True)
class Example:
    """A sentence the entry must flag, and (optionally) the same sentence with
    the first suggestion in place."""

    text: str
    fixed: str | None = None


@dataclass(frozen=True)
class PhraseEntry:
    phrase: str
    alternatives: tuple[Alternative, ...]
    reason: str
    category: str
    safe: bool
    examples: tuple[Example, ...]
    patterns: tuple[str, ...]  # word orders to match; "…" stands for a few words
    context: tuple[str, ...] = ()  # only fire when one of these is in the sentence
    severity: Severity | None = None
    source: str = ""  # file name, for error messages and reviews
    pos: str | None = None  # the part of speech of the word that inflects (or "expr")
    head: str | None = None  # that word, when b1check cannot tell which one it is
    negatives: tuple[str, ...] = ()  # sentences where the entry must stay silent
    unless: tuple[str, ...] = ()  # word groups that silence the entry where they overlap it
    unless_context: tuple[str, ...] = ()  # words that silence it anywhere in the sentence (the reverse of context)
    follows: tuple[str, ...] = ()  # parts of speech of the word just before (a comma skipped); needs the parse
    # The reverse: silent right after a word of these parts of speech ("de aanvraag genoemde termijn":
    # named in the request, no pointer back); without the parse only "noun", from the lemma tables.
    unless_follows: tuple[str, ...] = ()
    precedes: tuple[str, ...] = ()  # what must come right after: "name" ("te Almere") or "verb" ("bij deze sturen")
    # The reverse: silent right before a word of these parts of speech ("een integraal beleidsplan": an
    # adverb's word before a noun describes it); without the parse only "noun", from the lemma tables.
    unless_precedes: tuple[str, ...] = ()
    # Where `context` and `unless_context` are looked for: the whole sentence, or ("after") only the
    # few words after the match ("in het kader van de Wmo": the law is what the phrase is about).
    context_in: str = "sentence"
    generated: bool = False  # patterns are b1check's own word orders, not the editor's
    term: bool = False  # a term of art the reader must know: explained once (DIF005), never replaced
    english: bool = False  # an English word: the message says so, not "Ambtelijk"
    jargon: bool = False  # a word of a trade (road works, sewers): the message says "Vakwoord"
    # Only where a clause opens: first in the sentence, after a comma or "en", "maar" … ("Mocht u
    # vragen hebben", a condition; not "Gisteren mocht hij naar huis", the past of "mogen").
    opens: bool = False
    # Never in an address: "Gemeente Ede, t.a.v. de afdeling Vergunningen, Postbus 9022" is how one is written.
    address: bool = False
    # The first alternative is the plain verb wherever b1check writes the verb anew (the request of
    # "Gelieve … te retourneren", the clause of "de door u verzochte informatie"): an editor's choice.
    plain_verb: bool = False
    # The prepositions of the list's longer entries that are this phrase and a preposition
    # ("van" for *op de hoogte stellen*: *op de hoogte stellen van*); set when the lists are compiled.
    # Not part of what the entry is: an entry read alone equals the compiled one.
    prepositions_after: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def key(self) -> str:
        """A stable identifier: the phrase, plus its context if it has one."""
        if self.context:
            return f"{self.phrase} ({self.context[0]})"
        return self.phrase

    @property
    def example(self) -> str:
        """The first example sentence."""
        return self.examples[0].text

    @property
    def alternative_texts(self) -> tuple[str, ...]:
        return tuple(alternative.text for alternative in self.alternatives)


@dataclass(frozen=True)
class Abbreviation:
    abbreviation: str
    expansion: str
    alternatives: tuple[str, ...]
    kind: str  # "acronym": fine once explained; "short": always write it out; "known": better known than its expansion
    example: str
    source: str = ""
    # The alternatives belong elsewhere in the sentence ("3 mei jl." → "afgelopen 3 mei"):
    # shown as advice, never pasted in the abbreviation's place.
    advice: bool = False
    # The abbreviation ends a phrase ("3 mei jl.", "enz."): a capital after it starts a sentence.
    closes: bool = False
    # The abbreviation is how an address is written ("t.a.v. de afdeling Vergunningen, Postbus 20"):
    # in an address it stays.
    address: bool = False
    # The abbreviation may end a word ("dossiernr." for "dossiernummer"): that word is the abbreviation's.
    ends_word: bool = False


def wordlist_dir() -> Path:
    """The word lists: inside the installed package, or beside it in a checkout."""
    packaged = resources.files("b1check") / "wordlists"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "wordlists"


def read_toml(path: Path) -> dict:
    """The content of a TOML file. Parsed once and kept in the cache folder,
    named after a hash of the file's bytes: reading the kept copy back takes a
    tenth of the time of parsing (the lists a check reads at start-up: about
    0.04 s), and a changed file is parsed anew."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise WordlistError(f"{path}: kan niet gelezen worden ({error.strerror})") from None
    return pickled(cache_dir() / f"toml-{content_key([data])}.pickle", lambda: _parse_toml(data, path))


def _parse_toml(data: bytes, path: Path) -> dict:
    try:
        return tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as error:
        raise WordlistError(f"{path}: {toml_problem(error, data)}") from None


# The parser's English (how its message starts) → what is wrong, in Dutch.
_TOML_PROBLEMS = (
    ("Invalid value", "hier staat geen geldige waarde (tekst staat tussen aanhalingstekens, een lijst tussen [ en ])"),
    ("Invalid statement", "deze regel is geen 'naam = waarde' en geen [tabel]"),
    ("Expected newline or end of document", "na een waarde hoort een nieuwe regel"),
    ("Expected '=' after a key", "na de naam van een instelling hoort '='"),
    ("Expected ']]'", "de [[tabel]] is niet gesloten met ']]'"),
    ("Expected ']'", "de [tabel] is niet gesloten met ']'"),
    ("Unclosed array", "een lijst is niet gesloten met ']'"),
    ("Unclosed inline table", "een tabel is niet gesloten met '}'"),
    ("Unterminated string", "een tekst is niet gesloten met een aanhalingsteken"),
    ("Illegal character", "hier staat een teken dat in TOML niet mag"),
    ("Found invalid character", "hier staat een teken dat in TOML niet mag"),
    ("Cannot overwrite a value", "deze instelling staat er twee keer"),
    ("Cannot declare", "deze tabel staat er twee keer"),
    ("Duplicate inline table key", "deze naam staat er twee keer"),
    ("Invalid initial character for a key part", "hier hoort de naam van een instelling"),
    ("Unescaped '\\'", "een \\ in een tekst schrijft u als \\\\"),
    ("Invalid date or datetime", "dit is geen geldige datum"),
)
_TOML_PLACE = re.compile(r"(?P<what>.*) \(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)", re.S)


def toml_problem(error: tomllib.TOMLDecodeError | UnicodeDecodeError | RecursionError, data: bytes) -> str:
    """Why a TOML file cannot be read, in Dutch and with its line and column (for after "path: ")."""
    if isinstance(error, RecursionError):  # tomllib reads nested lists by recursion: [[[[…
        return "geen geldige TOML: er staan te veel lijsten of tabellen in elkaar"
    if isinstance(error, UnicodeDecodeError):
        line_start = data.rfind(b"\n", 0, error.start) + 1
        line = data.count(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
        return f"dit bestand is geen UTF-8-tekst (een teken op regel {line}, kolom {column}); sla het op als UTF-8"
    message = str(error)
    place = _TOML_PLACE.fullmatch(message)
    what, where = message, ""
    if place:
        what = place["what"]
        where = f" op regel {place['line']}, kolom {place['column']}" if place["line"] else " aan het eind van het bestand"
    dutch = next((text for english, text in _TOML_PROBLEMS if what.startswith(english)), None)
    return f"geen geldige TOML{where}: {dutch}" if dutch else f"geen geldige TOML{where} ({what})"


def strings(value, where: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise WordlistError(f"{where}: '{name}' moet een lijst met tekst zijn")
    return tuple(v.strip() for v in value)


_PHRASE_KEYS = {
    "phrase", "alternatives", "reason", "category", "safe", "example", "examples", "patterns", "context",
    "severity", "pos", "head", "negatives", "unless", "unless_context", "follows", "unless_follows", "precedes", "unless_precedes", "term", "context_in",
    "english", "jargon", "opens", "address", "plain_verb",
}
CONTEXT_SCOPES = ("sentence", "after")
_ALTERNATIVE_KEYS = {
    "text", "pos", "advice", "fits", "context", "unless_context", "unless_next", "context_after", "unless_context_after",
    "context_before", "unless_context_before", "context_near", "unless_context_near",
}
# The uses of a verb an alternative can be limited to: "in behandeling genomen"
# is "behandeld" in a passive (wordt behandeld), not in a perfect (is behandeld
# means: done): "passive" is "wordt …", "passive-perfect" is "is …" of a verb with
# "hebben" ("is in behandeling genomen", "er is overleg gepleegd"), "perfect" the rest.
VERB_USES = ("finite", "infinitive", "te-infinitive", "passive", "passive-perfect", "perfect")
# With a noun: only with a de-word (or a plural) or a het-word ("deze" / "dit");
# "start": only where a clause starts after a comma ("…, echter niet" → "…, maar niet").
NOUN_GENDERS = ("de", "het", "start")
# What follows the match: a length of time ("gedurende drie weken": no "tijdens"), or not;
# "end": the end of the clause; "clause": a clause with a subject and a finite verb, not
# "te" + infinitive ("alvorens wij beslissen" → "voordat", "alvorens te beslissen" not);
# "duration-from": a length of time counted from a moment ("gedurende zes weken na de
# datum": without "gedurende" it would be one moment, six weeks later).
# "amount" / "no-amount": a number or an amount right after it, or not ("slechts drie keer" →
# "maar drie keer"; "slechts met uw pinpas" → "alleen met uw pinpas").
# "verb" / "no-verb": a verb right after it, or not ("mede namens" → "ook namens"; "mede bepaald" is "mee").
# "no-clause": no clause of its own after it ("Gezien de drukte kunnen wij" → "Vanwege"; "Gezien deze
# werken onverwacht komen" is a clause → "Omdat"). With the parse both are read from the first verb after
# the match and what follows it (`rewrite._opens_a_clause`); without it "no-clause" always holds.
# "noun": only where an adverb stands before its noun as an attribute ("bij veelvuldig ziekteverzuim" → "veel");
# "no-noun" the other uses ("veelvuldig gebeld" → "vaak"). Without the parse: between a determiner or a
# preposition and a noun.
FOLLOWING = ("duration", "duration-from", "no-duration", "end", "clause", "no-clause", "amount", "no-amount", "verb",
             "no-verb", "noun", "no-noun")
# What comes before: "after-sentence", another sentence of the same paragraph, for a word
# that points back ("ter plaatse" → "daar" needs a place told before; not straight after a
# heading); "not-first", not as the first words of the sentence ("Goed hebben wij …");
# "first", only as the first words ("Echter, wij …" → "Maar wij …"); "not-clause-first", not as the first
# words of the sentence or of a part after a comma or a bracket ("(slechts in bijzondere gevallen …)" is no
# "(maar in …)", which reads as "but").
# "predicate": only as what something is, with a form of "zijn" ("Dit is in strijd met de regels"
# → "tegen de regels"; not "staat er een trailer in strijd met de APV").
# "after-noun": right after a noun, which the words say something about, and not the noun of a phrase
# with a preposition ("de grenswaarde voor wat betreft lawaai" → "voor lawaai"; "tevreden voor wat
# betreft de samenwerking" and "in gesprek voor wat betreft de overlast" → "over").
PRECEDING = ("after-sentence", "not-first", "not-clause-first", "first", "predicate", "after-noun")
# A noun alternative that needs a determiner before it: "feedback" is a mass noun
# ("feedback vragen"), "reactie" is not ("een reactie vragen"): "uw feedback" →
# "uw reactie" fits, the bare noun gets advice.
# "singular" / "plural": only where the matched noun is (not) a plural ("verordeningen" → "regels",
# "verordening" → "regeling").
NOUN_USES = ("det", "singular", "plural")
# Who does it: "person", not where the verb's subject is a thing: "U komt in aanmerking voor"
# → "U heeft recht op", but "deze kosten komen in aanmerking voor een vergoeding" has no one to
# have a right; "de brief vermeldt" does not "schrijven". "thing": the other way round, only where the
# subject is no person ("Uw situatie wijkt af van de regel" → "verschilt"; "U mag niet afwijken" does not).
SUBJECTS = ("person", "thing")
# "active": only in a clause without a passive or a perfect with "zijn"; "passive-clause": only in one
# with it (for any entry; "passive" in VERB_USES is the matched verb's own use). "Op basis van de uitkomsten kiezen we" → "Met de
# uitkomsten kiezen we"; but "Met de reacties is het plan veranderd" reads as a tool, not a reason.
VOICES = ("active", "passive-clause")
# "otherwise": only where no other alternative gives words to paste in: the hint of last resort
# ("zou plaatsvinden" of a planned inspection, where neither "gebeuren" nor "zijn" fits).
FALLBACK = ("otherwise",)
# "request": the words of a request that b1check writes anew from the sentence: "Gelieve het formulier
# terug te sturen." → "Wilt u het formulier terugsturen?" (the request ends its sentence), "Gelieve niet te
# parkeren voor de uitrit" → "Parkeer niet voor de uitrit" (an order in the middle); advice where neither fits.
REQUEST = ("request",)


def _alternatives(value, where: str) -> tuple[Alternative, ...]:
    """Plain strings, or tables {text, pos, advice} where an alternative needs more."""
    if isinstance(value, (str, dict)):
        value = [value]
    if not isinstance(value, list) or not value:
        raise WordlistError(f"{where}: 'alternatives' moet een lijst zijn")
    found = []
    for item in value:
        if isinstance(item, str) and item.strip():
            found.append(Alternative(item.strip()))
            continue
        if not isinstance(item, dict) or not str(item.get("text", "")).strip():
            raise WordlistError(f"{where}: een alternatief is tekst of een tabel met 'text'")
        unknown = set(item) - _ALTERNATIVE_KEYS
        if unknown:
            raise WordlistError(f"{where}: onbekende sleutel(s) in een alternatief: {', '.join(sorted(unknown))}")
        pos = item.get("pos")
        if pos is not None and pos not in PARTS_OF_SPEECH:
            raise WordlistError(f"{where}: woordsoort '{pos}' bestaat niet; kies uit {', '.join(PARTS_OF_SPEECH)}")
        fits = strings(item.get("fits"), where, "fits")
        known = VERB_USES + NOUN_GENDERS + FOLLOWING + PRECEDING + NOUN_USES + SUBJECTS + VOICES + FALLBACK + REQUEST
        if set(fits) - set(known):
            raise WordlistError(f"{where}: 'fits' kent alleen {', '.join(known)}")
        found.append(Alternative(
            str(item["text"]).strip(), pos, bool(item.get("advice", False)), fits,
            _context_words(item.get("context"), where, "context"),
            _context_words(item.get("unless_context"), where, "unless_context"),
            tuple(w.lower() for w in strings(item.get("unless_next"), where, "unless_next")),
            _context_words(item.get("context_after"), where, "context_after"),
            _context_words(item.get("unless_context_after"), where, "unless_context_after"),
            _context_words(item.get("context_before"), where, "context_before"),
            _context_words(item.get("unless_context_before"), where, "unless_context_before"),
            _context_words(item.get("context_near"), where, "context_near"),
            _context_words(item.get("unless_context_near"), where, "unless_context_near"),
        ))
    return tuple(found)


def _context_words(value, where: str, key: str) -> tuple[str, ...]:
    """Words of a context list, in lower case. A gap ("stelt … op") can never match there: the
    words of a context stand whole and in a row, so the list says so instead of staying silent."""
    found = tuple(w.lower() for w in strings(value, where, key))
    gapped = [w for w in found if GAP in w or "..." in w]
    if gapped:
        raise WordlistError(f"{where}: '{key}' kent geen '…' (een gat); schrijf losse woorden: {', '.join(gapped)}")
    return found


def _parts_of_speech(value, where: str, key: str = "follows") -> tuple[str, ...]:
    found = strings(value, where, key)
    unknown = set(found) - set(PARTS_OF_SPEECH)
    if unknown:
        raise WordlistError(f"{where}: woordsoort '{', '.join(sorted(unknown))}' bestaat niet")
    return found


# What `precedes` can ask for right after the match: "name" ("te Almere"), "verb", a verb
# in the parse ("Bij deze sturen wij u …", not "Bij deze brief"; with --fast, never a verb), or
# "noun", the noun (or another adjective) an adjective stands before ("aanvullende informatie",
# not "Dit bedrag is aanvullend").
PRECEDES = ("name", "verb", "noun")


def _precedes(value, where: str) -> tuple[str, ...]:
    found = strings(value, where, "precedes")
    if set(found) - set(PRECEDES):
        raise WordlistError(f"{where}: 'precedes' kent alleen {', '.join(PRECEDES)}")
    return found


def _example(text: str) -> Example:
    for arrow in ARROWS:
        if arrow in text:
            sentence, fixed = text.split(arrow, 1)
            return Example(sentence.strip(), fixed.strip())
    return Example(text.strip())


def parse_phrases(data: dict, source: str) -> list[PhraseEntry]:
    default_category = data.get("category", "wording")
    entries = []
    for number, raw in enumerate(data.get("phrase", []), start=1):
        where = f"{source}, entry {number}"
        if not isinstance(raw, dict):
            raise WordlistError(f"{where}: een entry moet een tabel zijn")
        unknown = set(raw) - _PHRASE_KEYS
        if unknown:
            raise WordlistError(f"{where}: onbekende sleutel(s) {', '.join(sorted(unknown))}")
        for required in ("phrase", "alternatives", "reason"):
            if not raw.get(required):
                raise WordlistError(f"{where}: '{required}' ontbreekt")
        phrase = str(raw["phrase"]).strip()
        where = f"{where} ({phrase})"
        examples = strings(raw.get("example"), where, "example") + strings(raw.get("examples"), where, "examples")
        if not examples:
            raise WordlistError(f"{where}: 'examples' ontbreekt")
        category = raw.get("category", default_category)
        if category not in PHRASE_CATEGORIES:
            raise WordlistError(
                f"{where}: categorie '{category}' bestaat niet; kies uit {', '.join(PHRASE_CATEGORIES)}"
            )
        severity = raw.get("severity")
        try:
            severity = Severity(severity) if severity else None
        except ValueError:
            raise WordlistError(f"{where}: ernst '{severity}' bestaat niet") from None
        pos = raw.get("pos")
        if pos is not None and pos not in PARTS_OF_SPEECH:
            raise WordlistError(f"{where}: woordsoort '{pos}' bestaat niet; kies uit {', '.join(PARTS_OF_SPEECH)}")
        head = raw.get("head")
        if head is not None and str(head).lower() not in phrase.lower().split():
            raise WordlistError(f"{where}: 'head' moet een woord uit 'phrase' zijn")
        patterns = strings(raw.get("patterns"), where, "patterns")
        entries.append(
            PhraseEntry(
                phrase=phrase,
                alternatives=_alternatives(raw["alternatives"], where),
                reason=str(raw["reason"]).strip(),
                category=category,
                safe=bool(raw.get("safe", False)),
                examples=tuple(_example(text) for text in examples),
                patterns=tuple(p.replace("...", GAP) for p in patterns) or (phrase,),
                context=_context_words(raw.get("context"), where, "context"),
                severity=severity,
                source=source,
                pos=pos,
                head=str(head).lower() if head else None,
                negatives=strings(raw.get("negatives"), where, "negatives"),
                unless=tuple(u.replace("...", GAP) for u in strings(raw.get("unless"), where, "unless")),
                unless_context=_context_words(raw.get("unless_context"), where, "unless_context"),
                follows=_parts_of_speech(raw.get("follows"), where),
                unless_follows=_parts_of_speech(raw.get("unless_follows"), where, "unless_follows"),
                precedes=_precedes(raw.get("precedes"), where),
                unless_precedes=_parts_of_speech(raw.get("unless_precedes"), where, "unless_precedes"),
                context_in=_context_scope(raw.get("context_in", "sentence"), where),
                generated=not patterns,
                term=bool(raw.get("term", False)),
                english=_flag(raw, "english", where),
                jargon=_flag(raw, "jargon", where),
                opens=bool(raw.get("opens", False)),
                address=bool(raw.get("address", False)),
                plain_verb=_flag(raw, "plain_verb", where),
            )
        )
    return entries


def _flag(raw: dict, key: str, where: str) -> bool:
    """A true/false key; an English word is no word of a trade, so not both."""
    value = raw.get(key, False)
    if not isinstance(value, bool):
        raise WordlistError(f"{where}: '{key}' moet true of false zijn")
    if value and raw.get("english") is True and raw.get("jargon") is True:
        raise WordlistError(f"{where}: kies 'english' of 'jargon', niet allebei")
    return value


def _context_scope(value, where: str) -> str:
    if value not in CONTEXT_SCOPES:
        raise WordlistError(f"{where}: context_in moet een van {', '.join(CONTEXT_SCOPES)} zijn, niet {value!r}")
    return value


def parse_abbreviations(data: dict, source: str) -> list[Abbreviation]:
    entries = []
    for number, raw in enumerate(data.get("abbreviation", []), start=1):
        where = f"{source}, entry {number}"
        for required in ("abbreviation", "expansion", "example"):
            if not raw.get(required):
                raise WordlistError(f"{where}: '{required}' ontbreekt")
        kind = raw.get("kind", "acronym")
        if kind not in ("acronym", "short", "known"):
            raise WordlistError(f"{where}: kind moet 'acronym', 'short' of 'known' zijn")
        entries.append(
            Abbreviation(
                abbreviation=raw["abbreviation"].strip(),
                expansion=raw["expansion"].strip(),
                alternatives=strings(raw.get("alternatives"), where, "alternatives")
                or (raw["expansion"].strip(),),
                kind=kind,
                example=raw["example"].strip(),
                source=source,
                advice=bool(raw.get("advice", False)),
                closes=bool(raw.get("closes", False)),
                address=bool(raw.get("address", False)),
                ends_word=bool(raw.get("ends_word", False)),
            )
        )
    return entries


def read_phrase_file(path: Path) -> list[PhraseEntry]:
    return parse_phrases(read_toml(path), path.name)


def phrase_files() -> list[Path]:
    """The curated phrase lists, in the order their entries are read."""
    return sorted((wordlist_dir() / "phrases").glob("*.toml"))


@lru_cache(maxsize=1)
def default_phrases() -> tuple[PhraseEntry, ...]:
    entries: list[PhraseEntry] = []
    for path in phrase_files():
        entries.extend(read_phrase_file(path))
    return tuple(entries)


@lru_cache(maxsize=1)
def plain_verbs() -> dict[str, str]:
    """Stiff verbs with one plain verb that fits wherever b1check writes the verb anew: an entry marked
    `plain_verb = true` (an editor's choice: a verb may take another object or auxiliary than its plain
    one, "beëindigen" a contract is no "stoppen"), of one verb, without context, patterns or other
    conditions, whose first alternative is one verb without conditions ("retourneren" → "terugsturen",
    "toezenden" → "sturen"). The request of "Gelieve … te retourneren" uses it."""
    return {lemma: plain for lemma, (plain, unless) in _plain_verbs().items() if not unless}


def plain_verb(lemma: str, sentence_words: set[str]) -> str | None:
    """As `plain_verbs`, also for an entry whose only condition is `unless`, where no word of
    those patterns but the verb's own stands in the sentence ("de door u verzochte informatie" →
    "gevraagd"; "opsporing … verzocht" is the police's own call)."""
    found = _plain_verbs().get(lemma.lower())
    if found is None:
        return None
    plain, unless = found
    return None if unless & sentence_words else plain


@lru_cache(maxsize=1)
def _plain_verbs() -> dict[str, tuple[str, frozenset[str]]]:
    from . import inflect

    plain = {}
    for entry in default_phrases():
        if not entry.plain_verb or entry.pos != "verb" or " " in entry.phrase or not entry.alternatives or entry.term:
            continue
        if (entry.context or entry.unless_context or (entry.patterns and not entry.generated)
                or entry.follows or entry.unless_follows or entry.precedes or entry.unless_precedes or entry.head
                or entry.opens):
            continue
        first = entry.alternatives[0]
        if first.advice or first.instruction or first.fits or first.pos or " " in first.text.strip() or first.has_context:
            continue
        try:
            own = {form for forms in inflect.verb_forms(entry.phrase.lower()).values() for form in forms}
        except ValueError:
            continue
        unless = {word for pattern in entry.unless for word in pattern.lower().split() if word != "…"} - own
        plain[entry.phrase.lower()] = (first.text.strip().lower(), frozenset(unless))
    return plain


@dataclass(frozen=True)
class CompoundRewrite:
    """A long compound and a correct, shorter way to write it (DIF002)."""

    word: str
    rewrite: str


@lru_cache(maxsize=1)
def compound_rewrites() -> dict[str, CompoundRewrite]:
    """`wordlists/samenstellingen.toml`, by lower-case word."""
    path = wordlist_dir() / "samenstellingen.toml"
    found = {}
    for number, raw in enumerate(read_toml(path).get("compound", []), start=1):
        word, rewrite = str(raw.get("word", "")).strip(), str(raw.get("rewrite", "")).strip()
        if not word or not rewrite:
            raise WordlistError(f"{path.name}, entry {number}: 'word' en 'rewrite' zijn verplicht")
        found[word.lower()] = CompoundRewrite(word, rewrite)
    return found


@dataclass(frozen=True)
class PassiveIdiom:
    """A passive without a doer ('Dit wordt … genoemd'): PAS001 gives its own advice (lijdende-vormen.toml)."""

    participle: str
    advice: str
    needs: str | None = None  # "name": only with a name or noun as what it is called
    next: tuple[str, ...] = ()  # only with one of these words right after the verbs
    examples: tuple[str, ...] = ()
    negatives: tuple[str, ...] = ()
    before: tuple[str, ...] = ()  # only with one of these words in the three words before the verbs


def _advice_entries(file: str, table: str, key: str, allowed: set[str], choice: str, only: str):
    """The entries of a list of advice (lijdende-vormen.toml, ing-advies.toml): (where, the entry,
    its word `key` in lower case, its `advice`); `choice` is `only` or absent."""
    path = wordlist_dir() / file
    for number, raw in enumerate(read_toml(path).get(table, []), start=1):
        where = f"{path.name}, entry {number}"
        unknown = set(raw) - allowed
        word, advice = str(raw.get(key, "")).strip().lower(), str(raw.get("advice", "")).strip()
        if unknown or not word or not advice or raw.get(choice) not in (None, only):
            raise WordlistError(f"{where}: '{key}' en 'advice' zijn verplicht; {choice} is \"{only}\" of leeg"
                                + (f"; onbekend: {', '.join(sorted(unknown))}" if unknown else ""))
        yield where, raw, word, advice


_PASSIVE_KEYS = {"participle", "advice", "needs", "next", "before", "examples", "negatives"}


@lru_cache(maxsize=1)
def passive_idioms() -> dict[str, PassiveIdiom]:
    """`wordlists/lijdende-vormen.toml`, by participle."""
    found = {}
    for where, raw, participle, advice in _advice_entries("lijdende-vormen.toml", "passive", "participle",
                                                          _PASSIVE_KEYS, "needs", "name"):
        found[participle] = PassiveIdiom(
            participle, advice, raw.get("needs"), strings(raw.get("next", []), where, "next"),
            strings(raw.get("examples", []), where, "examples"), strings(raw.get("negatives", []), where, "negatives"),
            strings(raw.get("before", []), where, "before"),
        )
    return found


@dataclass(frozen=True)
class NounAdvice:
    """A noun on -ing whose own verb does not help the writer: NOM001 gives this advice (ing-advies.toml)."""

    noun: str
    advice: str
    before: tuple[str, ...] = ()  # only right after one of these words
    context: tuple[str, ...] = ()  # only with one of these words just after "van"
    examples: tuple[str, ...] = ()
    subject: str | None = None  # "thing": only where no person is the subject (no u, hij, wij … before it)


_NOUN_ADVICE_KEYS = {"noun", "advice", "before", "context", "examples", "subject"}


@lru_cache(maxsize=1)
def noun_advice() -> dict[str, tuple[NounAdvice, ...]]:
    """`wordlists/ing-advies.toml`, by noun (a noun can have an entry per context)."""
    found: dict[str, list[NounAdvice]] = {}
    for where, raw, noun, advice in _advice_entries("ing-advies.toml", "noun", "noun", _NOUN_ADVICE_KEYS,
                                                    "subject", "thing"):
        found.setdefault(noun, []).append(NounAdvice(
            noun, advice, strings(raw.get("before", []), where, "before"),
            strings(raw.get("context", []), where, "context"), strings(raw.get("examples", []), where, "examples"),
            raw.get("subject"),
        ))
    return {noun: tuple(entries) for noun, entries in found.items()}


@lru_cache(maxsize=1)
def default_abbreviations() -> tuple[Abbreviation, ...]:
    path = wordlist_dir() / "afkortingen.toml"
    return tuple(parse_abbreviations(read_toml(path), path.name))


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """A plain list in `wordlists/<name>.txt`: one word a line, # for comments."""
    path = wordlist_dir() / f"{name}.txt"
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line.lower())
    return frozenset(words)


@lru_cache(maxsize=1)
def rule_texts() -> dict[str, dict]:
    """The Dutch texts of every rule, from `wordlists/rules.toml`."""
    data = read_toml(wordlist_dir() / "rules.toml")
    rules = {}
    for code, raw in data.items():
        missing = {"name", "category", "severity", "message", "what", "why", "example", "better"}
        missing -= set(raw)
        if missing:
            raise WordlistError(f"rules.toml [{code}]: ontbreekt {', '.join(sorted(missing))}")
        if raw["category"] not in CATEGORIES:
            raise WordlistError(f"rules.toml [{code}]: categorie '{raw['category']}' bestaat niet")
        if not re.fullmatch(r"[A-Z]{3}\d{3}", code):
            raise WordlistError(f"rules.toml [{code}]: code moet drie letters en drie cijfers zijn")
        rules[code] = raw
    return rules


@dataclass(frozen=True)
class RuleInfo:
    """A rule's code, category, severity and Dutch texts, from `wordlists/rules.toml`."""

    code: str
    name: str
    category: str
    severity: Severity
    message: str
    what: str
    why: str
    example: str
    better: str
    needs: str = "letter"  # "sentence": works on any text; "letter": a whole letter
    parse: bool = False  # needs part of speech and a dependency parse (off with --fast)
    anchor: str = "words"  # "letter": about the letter as a whole, not about the words it points at
    # Other messages for one situation, by name: `message_calm` in rules.toml is variant "calm".
    variants: tuple[tuple[str, str], ...] = ()

    def format_message(self, params: dict) -> str:
        template = dict(self.variants).get(params.get("variant", ""), self.message)
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template


@lru_cache(maxsize=1)
def rule_info() -> dict[str, RuleInfo]:
    """Every rule by its code, in the order of `rules.toml`."""
    infos = {}
    for code, raw in rule_texts().items():
        infos[code] = RuleInfo(
            code=code,
            name=raw["name"],
            category=raw["category"],
            severity=Severity(raw["severity"]),
            message=raw["message"].strip(),
            what=raw["what"].strip(),
            why=raw["why"].strip(),
            example=raw["example"].strip(),
            better=raw["better"].strip(),
            needs=raw.get("needs", "letter"),
            parse=raw.get("parse", False),
            anchor=raw.get("anchor", "words"),
            variants=tuple((key[len("message_"):], text.strip()) for key, text in raw.items() if key.startswith("message_")),
        )
    return infos
