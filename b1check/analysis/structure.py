"""The structure of a letter: a 'no' without a reason, and what happens next.

A refusal is a decision that says no about the reader's request: a verb that
says it ("afwijzen"), or a verb that says yes with "niet" or "geen" ("wij kennen
de subsidie niet toe"). With a parse, "niet" must belong to that verb. Inside a
condition it is a warning, not a refusal ("Als u niet reageert, behandelen wij
uw aanvraag niet"). A reason is a causal word or phrase about the decision with
real words after it: "vanwege de volgende redenen: {{ reden }}" gives none.

A next step is a sentence that says what happens now: a time, the sender's
next action, what the reader can or must do (an imperative counts, and a
button), or that the reader need not do anything. Disclaimers, tips for later
and pointers to more information do not count.

The words are data: wordlists/structuur.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ..language import lemmas
from ..language.analyse import placeholder
from ..language.wordlists import read_toml, wordlist_dir

# Sentences after a refusal in which its reason may follow ("Motivering: …").
REASON_SENTENCES = 5
# Template syntax the loader may not know (Latte, gettext, ERB …): never real words.
_TEMPLATE = re.compile(r"\{[{%$#!/][^{}]*\}\}?|\{\w[\w.]*\}|%\(\w+\)s|%\{\w+\}|<%=?.*?%>|«[^»]*»|\[[^\]\n]{1,60}\]")
_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ()'-]*")
_NEGATIONS = frozenset({"niet", "geen", "nooit"})
_READER = frozenset({"u", "je", "jij"})


def _any_of(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@dataclass(frozen=True)
class StructureWords:
    """wordlists/structuur.toml, compiled."""

    refusal_verbs: frozenset[str]
    refusal_phrases: re.Pattern
    granting_verbs: frozenset[str]
    granted_things: frozenset[str]
    requests: frozenset[str]
    request_endings: tuple[str, ...]  # the longer ones, which also end a compound
    verb_stems: frozenset[str]  # the refusal and granting verbs without a separable particle: wijzen, kennen
    conditions: frozenset[str]
    reason_in_sentence: re.Pattern
    reason_after: re.Pattern
    reason_before: re.Pattern
    pointers: frozenset[str]
    legal_words: frozenset[str]
    next_step: re.Pattern
    disclaimer: re.Pattern
    not_a_step: re.Pattern
    not_commands: frozenset[str]


@lru_cache(maxsize=1)
def structure_words() -> StructureWords:
    data = read_toml(wordlist_dir() / "structuur.toml")
    refusal, reason, step = data["refusal"], data["reason"], data["next_step"]
    return StructureWords(
        refusal_verbs=frozenset(refusal["verbs"]),
        refusal_phrases=_any_of(refusal["phrases"]),
        granting_verbs=frozenset(refusal["granting_verbs"]),
        granted_things=frozenset(refusal["granted_things"]),
        requests=frozenset(refusal["requests"]),
        request_endings=tuple(w for w in (*refusal["requests"], *refusal["granted_things"]) if len(w) >= 6),
        verb_stems=frozenset(
            verb[len(particle) :]
            for verb in (*refusal["verbs"], *refusal["granting_verbs"])
            for particle in _PARTICLES
            if verb.startswith(particle)
        ),
        conditions=frozenset(refusal["conditions"]),
        reason_in_sentence=_any_of(reason["in_sentence"]),
        reason_after=_any_of(reason["after"]),
        reason_before=_any_of(reason["before"]),
        pointers=frozenset(reason["pointers"]),
        legal_words=frozenset(reason["legal_words"]),
        next_step=_any_of(step["statements"]),
        disclaimer=_any_of(step["disclaimers"]),
        not_a_step=_any_of(step["not_a_step"]),
        not_commands=frozenset(step["not_commands"]),
    )


_PARTICLES = frozenset("af toe op in uit aan door mee terug goed stop".split())


def _lemmas(token: Token, sentence: Span, parsed: bool, stems: frozenset[str]) -> set[str]:
    """The token's lemmas (the pipeline's and the lookup tables'), with a separable
    particle: "wijzen … af" → afwijzen. Without a parse the particle is the next
    one in the clause. The particle is only looked for when a lemma is in `stems`
    (the verbs wanted, without their particle)."""
    found = {token.lemma_.lower(), token.lower_, *lemmas.lemmas(token.lower_)}
    if not found & stems:
        return found
    if parsed:
        particles = [c.lower_ for c in token.children if c.dep_ == "compound:prt"]
    else:  # "wijzen uw aanvraag af", "af te wijzen"
        clause = _clause_of(token, sentence)
        particles = [t.lower_ for t in clause if t.i > token.i and t.lower_ in _PARTICLES][:1]
        before = [t.lower_ for t in clause if token.i - 2 <= t.i < token.i]
        if before[-1:] == ["te"] and before[:1] and before[0] in _PARTICLES:
            particles = [before[0]]
    return found | {particles[0] + lemma for lemma in found} if particles else found


def _clause_of(token: Token, sentence: Span) -> list[Token]:
    """The words between the commas around a token: the clause, without a parse."""
    start = token.i
    while start > sentence.start and sentence.doc[start - 1].text not in {",", ";", ":"}:
        start -= 1
    end = token.i
    while end < sentence.end - 1 and sentence.doc[end + 1].text not in {",", ";", ":"}:
        end += 1
    return list(sentence.doc[start : end + 1])


def _negated(token: Token, sentence: Span, parsed: bool) -> bool:
    """Does "niet", "nooit" or "geen" say no to this verb? "Nog niet" is not yet, not no."""
    def no(word: Token) -> bool:
        return word.lower_ in _NEGATIONS and not (word.i > sentence.start and word.nbor(-1).lower_ == "nog")

    before = [t for t in sentence.doc[sentence.start : token.i] if not t.is_space]
    if before and before[-1].lower_ in {"niet", "nooit"}:
        return no(before[-1])  # "niet goedgekeurd", whatever the parse made of it
    if not parsed:
        return any(no(t) for t in _clause_of(token, sentence))
    for child in token.children:
        if child.lower_ in {"niet", "nooit"} and no(child):
            return True
        if any(grandchild.lower_ == "geen" for grandchild in child.children if grandchild.dep_ == "det"):
            return True
    return False


def _subject_is_reader(token: Token, sentence: Span, parsed: bool) -> bool:
    """"U mag weigeren", "Weigert u": the reader says no, not the municipality."""
    if parsed:
        return any(c.dep_ == "nsubj" and c.lower_ in _READER for c in token.children)
    around = sentence.doc[max(sentence.start, token.i - 1) : min(sentence.end, token.i + 2)]
    return any(t.lower_ in _READER for t in around)


def answers_a_question(sentence: Span, previous: Span | None) -> bool:
    """"Doet u dat niet? Dan …": the question is the condition of this sentence."""
    words = [t.lower_ for t in sentence if not (t.is_space or t.is_punct)]
    return words[:1] == ["dan"] and previous is not None and previous.text.rstrip().endswith("?")


def _conditional(sentence: Span, previous: Span | None, words: StructureWords) -> bool:
    """A condition makes a 'no' a warning: "Als u niet reageert, …", "Doet u dat niet? Dan …"."""
    lowers = [t.lower_ for t in sentence]
    for index, lower in enumerate(lowers):
        if lower in words.conditions and not (lower == "als" and lowers[index + 1 : index + 2] == ["gevolg"]):
            return True
    return answers_a_question(sentence, previous)


def _is_refusal(sentence: Span, previous: Span | None, parsed: bool, words: StructureWords) -> bool:
    text = sentence.text.lower()
    if text.rstrip().endswith("?") or _conditional(sentence, previous, words):
        return False
    if words.refusal_phrases.search(text):
        return True
    nouns = {t.lemma_.lower() for t in sentence} | {t.lower_ for t in sentence}
    if parsed and not any(t.dep_.startswith("nsubj") for t in sentence) and previous is not None:
        nouns |= {t.lower_ for t in previous}  # "… is.{% if %} niet{% endif %} goedgekeurd": a fragment
    if not any(_is_request(noun, words) for noun in nouns):
        return False  # "Dit bericht hebben we ingetrokken", "Uw gegevens worden niet verstrekt"
    for token in sentence:
        found = _lemmas(token, sentence, parsed, words.verb_stems)
        if found & words.refusal_verbs and not _subject_is_reader(token, sentence, parsed):
            return True
        if found & words.granting_verbs and _negated(token, sentence, parsed):
            if not _subject_is_reader(token, sentence, parsed):
                return True
        if found & {"krijgen", "ontvangen"} and _gets_nothing(token, sentence, parsed, words):
            return True
    return False


def _is_request(noun: str, words: StructureWords) -> bool:
    """A request or what it asks for, also in a compound: "bouwaanvraag", "parkeervergunning"."""
    return noun in words.requests or noun in words.granted_things or noun.endswith(words.request_endings)


def _gets_nothing(token: Token, sentence: Span, parsed: bool, words: StructureWords) -> bool:
    """"U krijgt geen vergunning" — but "U krijgt geen boete" is good news."""
    objects = [c for c in token.children if c.dep_ == "obj"] if parsed else [t for t in sentence if t.i > token.i]
    for thing in objects:
        negated = any(t.lower_ == "geen" for t in (thing.children if parsed else sentence.doc[token.i : thing.i]))
        if negated and thing.lemma_.lower() in words.granted_things:
            return True
    return False


# --- reasons -----------------------------------------------------------------------


def real_words(text: str, words: StructureWords, legal: bool = False) -> list[str]:
    """The words that carry content: no template fields, function words, pointers
    ("de volgende redenen"), and after "op grond van" no names of laws."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    found = []
    for word in _WORD.findall(_TEMPLATE.sub(" ", text.lower())):
        if word in STOP_WORDS or word in words.pointers:
            continue
        if legal and (word in words.legal_words or any(word.endswith(w) for w in words.legal_words)):
            continue
        found.append(word)
    return found


@dataclass(frozen=True)
class Reason:
    """Is a reason given after a marker, and if only a template field holds it, which one."""

    given: bool
    field: str | None = None


def _end(span: Span) -> int:
    """Where a span's last word ends: spaCy keeps the blank lines after a sentence in it."""
    tokens = [t for t in span if not t.is_space]
    return tokens[-1].idx + len(tokens[-1].text) if tokens else span.start_char


def _reason_after_marker(doc_text: str, marker_end: int, sentence_end: int, legal: bool,
                         words: StructureWords) -> Reason:
    rest = doc_text[marker_end:sentence_end]
    if real_words(rest, words, legal):
        return Reason(True)
    if not rest.rstrip().endswith(":"):
        return Reason(False, _field_in(rest))
    # "De redenen zijn:" — the reason is on the lines right below (a blank line ends it).
    below = doc_text[sentence_end:].lstrip(" \t")
    below = below[1:] if below.startswith("\n") else below
    block = below.split("\n\n", 1)[0] if not below.startswith("\n") else ""
    if real_words(block, words, legal):
        return Reason(True)
    field = _field_in(rest) or _field_in(doc_text[sentence_end : sentence_end + 300].split("\n\n\n")[0])
    return Reason(False, field)


def _field_in(text: str) -> str | None:
    match = _TEMPLATE.search(text)
    return match.group(0) if match else None


def reason_for(index: int, sentences: list[Span], stop: int, words: StructureWords) -> Reason:
    """The reason for the refusal in sentences[index], looked for in that sentence,
    the one before it (after "daarom"), and a reason statement ("De reden is …",
    "Uw inkomen is te hoog") in the two before it and the few after it (before `stop`)."""
    doc_text = sentences[index].doc.text
    sentence = sentences[index]
    text = sentence.text.lower()
    field = None
    for match in words.reason_in_sentence.finditer(text):
        legal = match.group(0) in ("op grond van", "op basis van")
        found = _reason_after_marker(doc_text, sentence.start_char + match.end(), _end(sentence), legal, words)
        if found.given:
            return found
        field = field or found.field
    if index > 0 and words.reason_before.search(text) and real_words(sentences[index - 1].text, words):
        return Reason(True)
    around = sentences[max(0, index - 2) : index] + sentences[index + 1 : index + 1 + REASON_SENTENCES]
    for other in around:
        if other.start_char >= stop:
            break
        for match in words.reason_after.finditer(other.text.lower()):
            found = _reason_after_marker(doc_text, other.start_char + match.end(), _end(other), False, words)
            if found.given:
                return found
            field = field or found.field
    return Reason(False, field)


@dataclass(frozen=True)
class Refusal:
    sentence: Span
    reason: Reason


def find_refusals(sentences: list[Span], parsed: bool, stop: int) -> list[Refusal]:
    """Every sentence that says no, with its reason; `stop`: where the signature starts."""
    words = structure_words()
    found = []
    for index, sentence in enumerate(sentences):
        if sentence.start_char >= stop:
            break
        previous = sentences[index - 1] if index else None
        if _is_refusal(sentence, previous, parsed, words):
            found.append(Refusal(sentence, reason_for(index, sentences, stop, words)))
    return found


# --- next steps ----------------------------------------------------------------------


@lru_cache(maxsize=20_000)
def is_imperative(word: str) -> bool:
    """"Neem", "Betaal", "Klik": the stem of a verb, as a command. Not "Bedankt"
    (a stem plus t) nor "Meer" (most often not a verb)."""
    lower = word.lower()
    if lower in structure_words().not_commands:
        return False  # "Dank voor uw brief", "Indien u …"
    verbs = lemmas.lemmas_by_pos()["verb"]
    lemma = lemmas.lemma_table().get(lower, lower)
    if lemma not in verbs or lemma == lower or lower.endswith(("de", "te", "den", "ten")):
        return False
    return not (lower.endswith("t") and lower[:-1] in lemmas.forms_of(lemma))


def _command_positions(sentence: Span, tokens: list[Token]) -> list[Token]:
    """Where a command stands: first in the sentence ("Neem contact op", "Dan: Bel ons"),
    or after a comma with "dan" ("Heeft u vragen, neem dan contact op")."""
    first = tokens[1] if tokens[0].lower_ in {"dan", "of", "en"} and len(tokens) > 1 else tokens[0]
    found = [first] if first.text[:1].isupper() or first is not tokens[0] else []
    if found and first.i + 1 < len(first.doc) and first.nbor().text == ":":
        found = []  # "Type: Nieuw" is a label
    for token in sentence[:-1]:
        if token.i > sentence.start and token.doc[token.i - 1].text == "," and token.nbor().lower_ == "dan":
            found.append(token)
    return found


def _has_infinitive_after(sentence: Span, offset: int) -> bool:
    verbs = lemmas.lemmas_by_pos()["verb"]
    return any(t.lower_ in verbs for t in sentence if t.idx >= sentence.start_char + offset)


def _is_step(sentence: Span, words: StructureWords) -> bool:
    text = sentence.text.lower()
    if words.not_a_step.search(text) and "hoeft" not in text:
        return False
    ends = text.rstrip()
    tokens = [t for t in sentence if not (t.is_space or t.is_punct) and placeholder(t) is None]
    if not tokens:
        return False
    if not ends.endswith("?") and any(is_imperative(word.text) for word in _command_positions(sentence, tokens)):
        return True
    # A button: a short line that ends in a whole verb ("Reservering aanpassen", "Inloggen").
    verbs = lemmas.lemmas_by_pos()["verb"]
    last = tokens[-1].lower_
    if len(tokens) <= 3 and ":" not in text and not ends.endswith((".", "?", "!")) and last.endswith("n") and last in verbs:
        return True
    for match in words.next_step.finditer(text):
        if re.search(r"\b(?:kunt|kan|kun|moet|mag)\b", match.group(0)) and not _has_infinitive_after(
            sentence, match.end()
        ):
            continue  # "Je kunt het resultaat hier." is no step
        return True
    return False


def next_steps(sentences: list[Span], paragraphs: list[Span]) -> list[Span]:
    """The sentences that say what happens next; disclaimers do not count."""
    words = structure_words()
    disclaimed = [(p.start_char, p.end_char) for p in paragraphs if words.disclaimer.search(p.text.lower())]
    return [
        sentence
        for sentence in sentences
        if not any(start <= sentence.start_char < end for start, end in disclaimed) and _is_step(sentence, words)
    ]
