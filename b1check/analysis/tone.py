"""The tone of a letter: threats, the fraud stamp, distrust, and hard words.

A sanction word is a threat only in its context (wordlists/toon.toml says which
per entry): aimed at the reader ("u", "uw", or a command to the reader), or a
consequence ("Als u niet betaalt, …", "om … te voorkomen", "Doet u dit niet?
Dan …"). Negated ("geen boete") it is no threat, and an entry's
`unless_context` leaves out disclaimers and protective measures ("maatregelen
genomen zodat u veilig kunt stemmen", "als u dit bericht ten onrechte ontvangt").
The keys the tone list shares with the phrase lists mean the same in both
(`phrase`, `patterns`, `alternatives`, `reason`, `examples`, `negatives`,
`context`, `unless`, `unless_context`: wordlists/README.md).

Words match by lemma (the lookup tables and the pipeline's own), small function
words only as written; "…" in a pattern allows a few words between, and "*boete"
is any word that ends in "boete" ("verzuimboete", "parkeerboetes"). A sanction in
a question is no threat: "Heeft u een brief van een deurwaarder gekregen?" offers help.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from ..language import lemmas
from ..language.analyse import doc_text
from ..language.wordlists import GAP, WordlistError, read_toml, strings, wordlist_dir
from .contact import any_of, vocabulary as contact_vocabulary
from .phrases import in_context
from .structure import answers_a_question, is_imperative, structure_words

GAP_WORDS = 6
SUFFIX = "*"  # "*boete": a word that ends in "boete", the compounds a list cannot name one by one
# condition: the stiff condition of a consequence ("Wanneer aan deze oproep geen gevolg wordt gegeven,
# …"); where one stands, the finding points at it, not at a plain word for the consequence (`plain`).
KINDS = {"sanction": "TON001", "stamp": "TON001", "distrust": "TON001", "condition": "TON001", "stern": "TON002"}
NEEDS = ("reader", "consequence", "nothing")
_KEYS = {
    "phrase", "patterns", "kind", "needs", "mild", "not_when_asked", "not_for_requester", "plain", "context",
    "unless", "unless_context", "alternatives", "reason", "examples", "example", "negatives",
}


@dataclass(frozen=True)
class ToneEntry:
    phrase: str
    patterns: tuple[tuple[tuple[str, ...], ...], ...]  # pattern → segments (cut at "…") → words
    kind: str
    needs: tuple[str, ...]  # any one of these makes it count (NEEDS)
    mild: bool  # without its context still a hard word (TON002)
    # Silent where the reader is asked to do it himself ("Wij vragen u de boot weg te halen") or
    # where it is what he has not yet done ("Boten die niet zijn verwijderd, …"): his task, no threat.
    not_when_asked: bool
    # Silent in a letter to whoever asked the municipality to enforce ("uw verzoek om handhaving"):
    # the measure is aimed at someone else.
    not_for_requester: bool
    # The plain, honest words of the consequence ("verwijdert", "terugbetalen"): where a stiff
    # condition (kind "condition") stands in the sentence, the finding points there instead.
    plain: tuple[tuple[tuple[str, ...], ...], ...]
    context: tuple[str, ...]  # only when one of these is in the sentence
    unless: tuple[tuple[tuple[str, ...], ...], ...]  # word groups that silence it where they overlap it
    unless_context: tuple[str, ...]  # words that silence it anywhere in the sentence
    alternatives: tuple[str, ...]
    reason: str
    examples: tuple[str, ...]  # sentences it must flag
    negatives: tuple[str, ...]  # sentences it must leave alone

    @property
    def example(self) -> str:
        return self.examples[0]

    @property
    def code(self) -> str:
        return KINDS[self.kind]

    @property
    def words_needed(self) -> tuple[frozenset[str], ...]:
        """Per pattern, the words a sentence must hold for it to match (a quick test)."""
        return self._needed

    def __post_init__(self) -> None:
        needed = tuple(frozenset(w for segment in pattern for w in segment) for pattern in self.patterns)
        object.__setattr__(self, "_needed", needed)


@dataclass(frozen=True)
class ToneWords:
    entries: tuple[ToneEntry, ...]
    reader: frozenset[str]
    consequence: re.Pattern
    negations: frozenset[str]
    tasks: frozenset[str] = frozenset()  # words that give the reader a task: "vragen u", "moet … weg"
    senders: frozenset[str] = frozenset()  # the writer as the one who acts: "wij", "we", "gemeente"
    requester: tuple[str, ...] = ()  # the reader asked for enforcement: "uw verzoek om handhaving"
    # A sentence that explains a term: (words before, words after) the term at its start
    # ("… betekent", "onder … verstaan"); the term is then no threat.
    defines: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()

    @property
    def by_first_word(self) -> dict[str, tuple[int, ...]]:
        """The first word of each pattern → the entries (by index) that begin a pattern with it."""
        return self._by_first_word

    @property
    def suffixes(self) -> tuple[str, ...]:
        """The word ends the patterns ask for ("*boete")."""
        return self._suffixes

    def __post_init__(self) -> None:
        object.__setattr__(self, "_suffixes", tuple(sorted({
            w for e in self.entries for pattern in e.patterns for segment in pattern for w in segment
            if w.startswith(SUFFIX)
        })))
        index: dict[str, set[int]] = {}
        for number, entry in enumerate(self.entries):
            for pattern in entry.patterns:
                index.setdefault(pattern[0][0], set()).add(number)
        object.__setattr__(self, "_by_first_word", {word: tuple(sorted(n)) for word, n in index.items()})


def _segments(pattern: str) -> tuple[tuple[str, ...], ...]:
    parts = pattern.lower().replace("...", GAP).split(GAP)
    return tuple(tuple(part.split()) for part in parts if part.split())


def parse_entries(data: dict, source: str) -> list[ToneEntry]:
    entries = []
    for number, raw in enumerate(data.get("entry", []), start=1):
        where = f"{source}, entry {number} ({raw.get('phrase', '?')})"
        unknown = set(raw) - _KEYS
        if unknown:
            raise WordlistError(f"{where}: onbekende sleutel(s) {', '.join(sorted(unknown))}")
        for required in ("phrase", "kind", "needs", "alternatives", "reason"):
            if not raw.get(required):
                raise WordlistError(f"{where}: '{required}' ontbreekt")
        needs = (raw["needs"],) if isinstance(raw["needs"], str) else tuple(raw["needs"])
        if raw["kind"] not in KINDS or not needs or set(needs) - set(NEEDS):
            raise WordlistError(f"{where}: kind moet een van {', '.join(KINDS)} zijn, needs een van {', '.join(NEEDS)}")
        if any("\\" in group or "(?" in group for group in strings(raw.get("unless"), where, "unless")):
            # The list once held regular expressions here; they would now silently never match.
            raise WordlistError(f"{where}: 'unless' zijn woordgroepen, geen reguliere expressies (zie unless_context)")
        examples = strings(raw.get("example"), where, "example") + strings(raw.get("examples"), where, "examples")
        if not examples:
            raise WordlistError(f"{where}: 'examples' ontbreekt")
        entries.append(ToneEntry(
            phrase=raw["phrase"],
            patterns=tuple(_segments(p) for p in raw.get("patterns", [raw["phrase"]])),
            kind=raw["kind"],
            needs=needs,
            mild=bool(raw.get("mild", False)),
            not_when_asked=bool(raw.get("not_when_asked", False)),
            not_for_requester=bool(raw.get("not_for_requester", False)),
            plain=tuple(_segments(p) for p in strings(raw.get("plain"), where, "plain")),
            context=tuple(c.lower() for c in strings(raw.get("context"), where, "context")),
            unless=tuple(_segments(p) for p in strings(raw.get("unless"), where, "unless")),
            unless_context=tuple(c.lower() for c in strings(raw.get("unless_context"), where, "unless_context")),
            alternatives=tuple(raw["alternatives"]),
            reason=raw["reason"].strip(),
            examples=examples,
            negatives=strings(raw.get("negatives"), where, "negatives"),
        ))
    return entries


@lru_cache(maxsize=1)
def tone_words(path: Path | None = None) -> ToneWords:
    path = path or wordlist_dir() / "toon.toml"
    data = read_toml(path)
    context = data["context"]
    return ToneWords(
        entries=tuple(parse_entries(data, path.name)),
        reader=frozenset(context["reader"]),
        consequence=any_of(context["consequence"]),
        negations=frozenset(context["negations"]),
        tasks=frozenset(context["tasks"]),
        senders=frozenset(context["senders"]),
        requester=tuple(w.lower() for w in context.get("requester", ())),
        defines=tuple(_definition(d) for d in context.get("defines", ())),
    )


def _definition(form: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """"onder … verstaan" → (("onder",), ("verstaan",)): the words before and after the term."""
    before, _, after = form.lower().replace("...", GAP).partition(GAP)
    return tuple(before.split()), tuple(after.split())


@dataclass(frozen=True)
class ToneMatch:
    entry: ToneEntry
    span: Span
    code: str  # TON001: a threat in its context; TON002: a hard word
    # The sentence also tells the reader how to prevent it ("Betaalt u niet op tijd? Dan …"):
    # an honest warning, whose advice is about the tone only. Never for a word that always threatens.
    calm: bool = False
    # An accusation under a condition ("Indien blijkt dat u onjuiste informatie heeft verstrekt, …"):
    # the reader has done nothing wrong yet, so "Zeg wat er niet klopt" does not fit.
    hypothetical: bool = False


# Words that open a condition: the clause after them says what might be, not what is.
_IF = frozenset({"als", "indien", "wanneer", "mocht", "mochten", "zodra", "tenzij"})


def _under_a_condition(tokens, first: int) -> bool:
    """Does a condition open the clause of the word at `first` ("Indien blijkt dat u …", "Als u …")?
    Back from the word to the start of the sentence or a comma."""
    for token in reversed(tokens[:first]):
        if token.text in (",", ";", ":"):
            return False
        if token.lower_ in _IF:
            return True
    return False


@dataclass(frozen=True)
class _Word:
    """A token as the patterns see it: its form, and its lemmas."""

    lower: str
    lemmas: frozenset[str]

    def matches(self, word: str) -> bool:
        if word.startswith(SUFFIX):
            return any(form.endswith(word[1:]) for form in (self.lower, *self.lemmas))
        # Small function words match only as written: "u" is no form of "uw".
        return word == self.lower or (word not in STOP_WORDS and word in self.lemmas)


def _words_of(tokens: list[Token]) -> list[_Word]:
    return [_word(t.lower_, t.lemma_) for t in tokens]


@lru_cache(maxsize=100_000)
def _word(lower: str, lemma: str) -> _Word:
    """One _Word per form and lemma: a letter repeats its words, an archive far more."""
    return _Word(lower, frozenset({lemma.lower(), *lemmas.lemmas(lower)}))


def _find(segments: tuple[tuple[str, ...], ...], words: list[_Word]) -> tuple[int, int] | None:
    """The first place the pattern stands in `words`: (first, last) index."""
    return next(_places(segments, words), None)


def _places(segments: tuple[tuple[str, ...], ...], words: list[_Word]):
    """Every place the pattern stands in `words`: (first, last) index, from the left."""
    def at(segment, index):
        return index + len(segment) <= len(words) and all(words[index + k].matches(w) for k, w in enumerate(segment))

    for start in range(len(words)):
        if not at(segments[0], start):
            continue
        position = start + len(segments[0])
        for segment in segments[1:]:
            found = next((i for i in range(position, min(len(words), position + GAP_WORDS + 1)) if at(segment, i)), None)
            if found is None:
                break
            position = found + len(segment)
        else:
            yield start, position - 1


def _negated(tokens: list[Token], first: int, last: int, entry: ToneEntry, words: ToneWords) -> bool:
    """"geen boete", "niets terug te betalen", "zetten uw uitkering niet stop" — unless the
    pattern itself holds the negation ("niet verder behandelen")."""
    if any(word in words.negations for pattern in entry.patterns for segment in pattern for word in segment):
        return False
    if first == 0 and tokens[0].text[:1].isupper() and is_imperative(tokens[0].text):
        return False  # "Riskeer geen boete!": told not to risk it, the reader is still warned of it
    near = tokens[max(0, first - 1) : last + 2]
    return any(t.lower_ in words.negations for t in near)


# "… om een boete te voorkomen", "Doe dit voor 1 mei. Anders …": the way out is named.
_PREVENTS = re.compile(r"\bte voorkomen\b|\banders\b|\bzo niet\b|\btenzij\b|\bbij gebreke\b")


def _way_out(sentence: Span, previous: Span | None, words: ToneWords) -> bool:
    """Does the sentence tell the reader how to prevent the consequence? "Als u niet op tijd
    betaalt, …", "Betaalt u niet op tijd? Dan …", "… om een boete te voorkomen". A condition
    without a "not" ("Als u te veel heeft ontvangen, …") names no way out."""
    if _PREVENTS.search(sentence.text.lower()):
        return True
    if answers_a_question(sentence, previous):
        return any(t.lower_ in words.negations for t in previous)
    conditions = structure_words().conditions
    clause: list[str] = []
    for token in sentence:
        if token.text in (",", ";", ":"):
            # "Als u niet betaalt, …", and with the verb first: "Doet u dat niet, dan …"
            opens = clause[:1] and (clause[0] in conditions or clause[1:2] and clause[1] in words.reader)
            if opens and any(w in words.negations for w in clause):
                return True
            clause = []
        elif not token.is_space:
            clause.append(token.lower_)
    return False


def _in_a_name(tokens: list[Token], first: int, last: int, words: ToneWords) -> bool:
    """The words are (part of) the name of a team or department: "Team Handhaving",
    "afdeling Toezicht en Handhaving", "Team Terugvordering en Verhaal" — a capital in
    the middle of a sentence, or a team word just before."""
    for index in range(first, last + 1):
        token = tokens[index]
        starts = index == 0 or token.doc[token.i - 1].text in (":", "\n") or "\n" in token.doc[token.i - 1].text
        if token.text[:1].isupper() and not starts and token.lower_ not in words.reader:
            return True
    before = tokens[first - 1].lower_ if first else ""
    if tokens[first].pos_ in ("VERB", "AUX") or _verb_form(tokens[first].lower_):
        return False  # "door de gemeente verwijderd": a verb after an organisation names no team
    return before in contact_vocabulary().organisation_words and before not in STOP_WORDS  # not "namens deze"


def _verb_form(lower: str) -> bool:
    """A form of a verb by the word tables ("afgevoerd", "verwijdert"), or an infinitive the
    tables list as a verb ("stilleggen"): without a parse, too."""
    return lemmas.lemma_table().get(lower, lower) in lemmas.lemmas_by_pos()["verb"]


def _to_reader(sentence: Span, tokens: list[Token], words: ToneWords) -> bool:
    """Is the sentence aimed at the reader: "u", "uw", or a command ("Betaal …")?"""
    if any(t.lower_ in words.reader for t in tokens):
        return True
    return bool(tokens) and tokens[0].text[:1].isupper() and is_imperative(tokens[0].text)


def _clauses(sentence: Span) -> list[int]:
    """Per word (no punctuation, no space), the number of its clause: a comma, semicolon,
    colon, bracket or line break starts a new one."""
    numbers, number = [], 0
    for token in sentence:
        if token.is_space:
            number += "\n" in token.text
        elif token.is_punct:
            number += token.text in _CLAUSE_BREAKS
        else:
            numbers.append(number)
    return numbers


_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "-", "–"})


def _in_heading(sentence: Span, token: Token) -> bool:
    """Is the word in a heading or a label, not in running text: a short line without a full
    stop, with a line break after it ("Wanneer we boten weghalen"), or a short label before a
    colon at the start of a line ("Kosten van de overtreding: …")? A heading names a subject;
    it threatens no one."""
    text = doc_text(sentence.doc)  # Doc.text joins every token again: per call, quadratic in the letter
    start = text.rfind("\n", sentence.start_char, token.idx) + 1 or sentence.start_char
    end = text.find("\n", token.idx, sentence.end_char)
    broken = end >= 0 or text[sentence.end_char : sentence.end_char + 1] == "\n"
    raw = text[start : end if end >= 0 else sentence.end_char]
    line = raw.strip()
    if not line[:1].isupper():
        return False  # a list item ("- als u …") or the rest of a sentence
    colon = raw.find(":")
    if token.idx - start < colon:
        # a label names a subject: no one in it acts ("Wij verwijderen uw boot als u niet betaalt: …")
        label = [t for t in sentence if start <= t.idx < start + colon]
        return len(label) <= _HEADING_WORDS and not any(_acts(t) for t in label)
    return broken and not line.endswith((".", "?", "!", ",", ";", ":")) and len(line.split()) <= _HEADING_WORDS


_HEADING_WORDS = 8
# Words that make a line a sentence, not a label: a person, or a clause that opens.
_NOT_IN_A_LABEL = frozenset({"u", "uw", "wij", "we", "ons", "onze", "ik", "mij", "je", "jij", "jouw", "jullie",
                             "als", "indien", "wanneer", "zodra", "dan"})


def _acts(token: Token) -> bool:
    """Does the word make a line before a colon a sentence: a person, a clause word, a verb (by the parse)?"""
    return token.lower_ in _NOT_IN_A_LABEL or token.pos_ in ("VERB", "AUX")


def _asked(tokens: list[Token], seen: list[_Word], clauses: list[int], first: int, last: int,
           words: ToneWords) -> bool:
    """Is it the reader's own task, not what the writer will do to him? Asked or obliged
    ("Wij vragen u de boot weg te halen", "De boot moet voor 1 mei verwijderd zijn", "Haal uw
    boot weg"), or what he has not yet done ("Als de boot niet is verwijderd, …", "boten die
    niet op tijd verwijderd zijn")."""
    clause = [k for k, number in enumerate(clauses) if number == clauses[first]]
    lowers = [tokens[k].lower_ for k in clause]
    if clause[0] == 0 and tokens[0].text[:1].isupper() and is_imperative(tokens[0].text):
        return True  # "Haal uw boot voor 1 mei weg."
    structure = structure_words()
    if lowers[0] in structure.conditions and any(w in words.negations for w in lowers):
        return True  # "Als de wrakken niet worden verwijderd, …": the condition, not the consequence
    if any(tokens[k].lower_ in words.negations for k in range(max(clause[0], first - 3), first)):
        return True  # "objecten die niet op tijd verwijderd zijn"
    # As lemma, also the small words ("moet" of "moeten"), which patterns match only as written.
    if not any(seen[k].lemmas & words.tasks or seen[k].lower in words.tasks for k in clause):
        return False
    # "Wij vragen u …", "De eigenaar moet …", "De boot dient … te zijn": the reader's task;
    # not "wij moeten de boot dan weghalen", where the writer is the one who must.
    reader = any(w in words.reader for w in lowers)
    return reader or not any(w in words.senders for w in lowers)


def _overlaps(groups, seen: list[_Word], first: int, last: int) -> bool:
    """Does one of these word groups stand over the words first … last?"""
    return any(a <= last and first <= b for group in groups for a, b in _places(group, seen))


_ARTICLES = frozenset({"de", "het", "een"})


def _defined(tokens: list[Token], first: int, last: int, words: ToneWords) -> bool:
    """Does the sentence explain the term instead of threatening with it? The term opens the
    sentence as what is explained: "Een last onder bestuursdwang betekent dat …", "Bestuursdwang
    is een …", "Onder bestuursdwang verstaan wij …" (the forms are `defines` in toon.toml)."""
    lowers = [t.lower_ for t in tokens]
    for before, after in words.defines:
        if tuple(lowers[: len(before)]) != before:
            continue
        start = len(before) + (len(before) < first and lowers[len(before)] in _ARTICLES)
        if start == first and tuple(lowers[last + 1 : last + 1 + len(after)]) == after:
            return True
    return False


def find_tone(sentences: list[Span], words: ToneWords | None = None) -> list[ToneMatch]:
    words = words or tone_words()
    found = []
    requested: dict[int, bool] = {}  # per document: did the reader ask for enforcement?
    for index, sentence in enumerate(sentences):
        tokens = [t for t in sentence if not (t.is_space or t.is_punct)]
        seen = _words_of(tokens)
        # Every form and lemma in the sentence: an entry none of whose patterns can stand here is skipped.
        present = {w.lower for w in seen} | {lemma for w in seen for lemma in w.lemmas}
        present |= {end for end in words.suffixes if any(form.endswith(end[1:]) for form in present)}
        question = sentence.text.rstrip().endswith("?")
        text = sentence.text.lower()
        previous = sentences[index - 1] if index else None
        # A stiff condition first: where one stands, a plain word for the consequence yields to it.
        candidates = sorted({n for word in present for n in words.by_first_word.get(word, ())},
                            key=lambda n: (words.entries[n].kind != "condition", n))
        clauses: list[int] | None = None
        condition = False
        for entry in (words.entries[n] for n in candidates):
            if not any(needed <= present for needed in entry.words_needed):
                continue
            if question and "nothing" not in entry.needs:
                continue  # "Heeft u een boete gekregen? Bel ons": asked about, not threatened
            if entry.context and not in_context(sentence, entry.context):
                continue
            if entry.unless_context and in_context(sentence, entry.unless_context):
                continue
            if entry.not_for_requester:
                doc = sentence.doc
                if id(doc) not in requested:
                    requested[id(doc)] = bool(words.requester) and in_context(doc[:], words.requester)
                if requested[id(doc)]:
                    continue  # "uw verzoek om handhaving": the measure is aimed at someone else
            reader = _to_reader(sentence, tokens, words)
            consequence = bool(words.consequence.search(text)) or answers_a_question(sentence, previous)
            met = any({"nothing": True, "reader": reader, "consequence": consequence}[need] for need in entry.needs)
            # A mild entry is still a hard word when it is aimed at the reader ("Wij vorderen het van u terug").
            code = entry.code if met else "TON002" if entry.mild and reader else None
            if not code:
                continue
            if entry.not_when_asked and clauses is None:
                clauses = _clauses(sentence)
            # The term the sentence explains, with the shorter patterns inside it ("dwangsom" in
            # "Een last onder dwangsom betekent …").
            explained = [(a, b) for pattern in entry.patterns for a, b in _places(pattern, seen)
                         if _defined(tokens, a, b, words)]
            # The first place where the words count: a place an `unless` group covers, or the
            # reader's own task, leaves the rest of the sentence open ("Boten die niet zijn
            # verwijderd, worden door de gemeente afgevoerd").
            place = next((
                (first, last) for pattern in entry.patterns for first, last in _places(pattern, seen)
                if not _overlaps(entry.unless, seen, first, last)
                and not (condition and _overlaps(entry.plain, seen, first, last))
                and not _negated(tokens, first, last, entry, words) and not _in_a_name(tokens, first, last, words)
                and not ("nothing" not in entry.needs and _in_heading(sentence, tokens[first]))
                and not (entry.not_when_asked and _asked(tokens, seen, clauses, first, last, words))
                and not any(a <= last and first <= b for a, b in explained)
            ), None)
            if place is None:
                continue
            first, last = place
            span = sentence.doc[tokens[first].i : tokens[last].i + 1]
            # The calm message speaks of the consequence; a condition gets its own advice.
            calm = entry.kind != "condition" and "nothing" not in entry.needs and _way_out(sentence, previous, words)
            condition = condition or entry.kind == "condition"
            hypothetical = entry.kind == "stamp" and _under_a_condition(tokens, first)
            found.append(ToneMatch(entry, span, code, calm=calm and not hypothetical, hypothetical=hypothetical))
    return found
