"""The structure of a letter: a 'no' without a reason, and what happens next.

A refusal is a decision that says no about the reader's request: a verb that
says it ("afwijzen"), a verb that says yes with "niet" or "geen" ("wij kennen
de subsidie niet toe"), or a noun ("heeft geleid tot afwijzing"). With a parse,
"niet" must belong to that verb. Not a refusal: a condition or a possibility
("Als u niet reageert, …", "Misschien heeft u dan geen recht meer op …"), a
refusal said no to ("Er is geen aanleiding de vergunning te weigeren"), an
earlier decision told again ("Bij dat besluit hebben wij … geweigerd"), and the
permit of a rule ("Bouwen zonder vergunning is niet toegestaan").

A reason is a causal word about the decision with real words after it
("vanwege de volgende redenen: {{ reden }}" gives none), or a sentence that
states one ("Wonen is daar niet toegestaan") near the refusal, in its section
or in a section of reasons ("Motivering", "Waarom …"); "daarom" points to the
sentence before. Any real sentence in a section of reasons counts too, unless
the letter says the reason is in a template field.

A next step is a sentence that says what happens now: a time, the sender's
next action, what the reader can or must do (an imperative counts, and a
button), or that the reader need not do anything. Disclaimers, tips for later
and pointers to more information do not count.

The words are data: wordlists/structuur.toml.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from ..language import lemmas
from ..language.analyse import AUXILIARY_RELATIONS, BULLET, doc_text, is_parsed, placeholder
from ..language.tokens import AUXILIARY_VERBS
from ..language.inflect import split_particle
from ..language.wordlists import read_toml, wordlist_dir
from .contact import CLOSING, any_of, vocabulary as contact_vocabulary
from .passive import is_only_verb_form, is_participle

# Sentences after a refusal in which its reason may follow ("Motivering: …").
REASON_SENTENCES = 5
# Template syntax the loader may not know (Latte, gettext, ERB …): never real words.
_TEMPLATE = re.compile(
    r"\{[{%$#!/][^{}]*\}\}?|\{\w[\w.]*\}|\{[a-z][^{}\n]*\}|%\(\w+\)s|%\{\w+\}|<%=?.*?%>|«[^»]*»|\[[^\]\n]{1,60}\]"
    r"|@(?:if|elseif|else|endif|isset|endisset|unless|endunless|foreach|endforeach)\b(?:\([^\n]*?\))?"
)
_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ()'-]*")
_NEGATIONS = frozenset({"niet", "geen", "nooit"})
_READER = frozenset({"u", "je", "jij"})


@dataclass(frozen=True)
class StructureWords:
    """wordlists/structuur.toml, compiled."""

    refusal_verbs: frozenset[str]
    refusal_phrases: re.Pattern
    indirect_refusals: re.Pattern
    rules: re.Pattern
    granting_verbs: frozenset[str]
    giving_verbs: frozenset[str]
    granted_things: frozenset[str]
    requests: frozenset[str]
    request_endings: tuple[str, ...]  # the longer ones, which also end a compound
    verb_stems: frozenset[str]  # the refusal and granting verbs without a separable particle: wijzen, kennen
    conditions: frozenset[str]
    hypothetical: re.Pattern
    possibility: frozenset[str]
    no_cause: re.Pattern
    earlier: re.Pattern
    without: frozenset[str]
    reason_in_sentence: re.Pattern
    reason_after: re.Pattern
    reason_statements: re.Pattern
    reason_before: re.Pattern
    reason_headings: re.Pattern
    procedure_verbs: frozenset[str]
    pointers: frozenset[str]
    legal_words: frozenset[str]
    next_step: re.Pattern
    open_requests: re.Pattern
    disclaimer: re.Pattern
    not_a_step: re.Pattern
    question_cues: re.Pattern
    contact_offer: re.Pattern
    real_step: re.Pattern
    not_commands: frozenset[str]
    mail_headers: re.Pattern


@lru_cache(maxsize=1)
def structure_words() -> StructureWords:
    data = read_toml(wordlist_dir() / "structuur.toml")
    refusal, reason, step = data["refusal"], data["reason"], data["next_step"]
    return StructureWords(
        refusal_verbs=frozenset(refusal["verbs"]),
        refusal_phrases=any_of(refusal["phrases"]),
        indirect_refusals=any_of(refusal["indirect"]),
        rules=any_of(refusal["rules"]),
        granting_verbs=frozenset(refusal["granting_verbs"]),
        giving_verbs=frozenset(refusal["giving_verbs"]),
        granted_things=frozenset(refusal["granted_things"]),
        requests=frozenset(refusal["requests"]),
        request_endings=tuple(w for w in (*refusal["requests"], *refusal["granted_things"]) if len(w) >= 6),
        # The inflector's split, not a prefix test: "aanvaarden" is no "vaarden … aan".
        verb_stems=frozenset(
            stem
            for particle, stem in map(split_particle, (*refusal["verbs"], *refusal["granting_verbs"]))
            if particle
        ),
        conditions=frozenset(refusal["conditions"]),
        hypothetical=any_of(refusal["hypothetical"]),
        possibility=frozenset(refusal["possibility"]),
        no_cause=any_of(refusal["no_cause"]),
        earlier=any_of(refusal["earlier"]),
        without=frozenset(refusal["without"]),
        reason_in_sentence=any_of(reason["in_sentence"]),
        reason_after=any_of(reason["after"]),
        reason_statements=any_of(reason["statements"]),
        reason_before=any_of(reason["before"]),
        reason_headings=any_of(reason["headings"]),
        procedure_verbs=frozenset(reason["procedure_verbs"]),
        pointers=frozenset(reason["pointers"]),
        legal_words=frozenset(reason["legal_words"]),
        next_step=any_of(step["statements"]),
        open_requests=any_of(step["requests"]),
        disclaimer=any_of(step["disclaimers"]),
        not_a_step=any_of(step["not_a_step"]),
        question_cues=any_of(step["question_cues"]),
        contact_offer=any_of(step["contact_offer"]),
        real_step=any_of(step["real_step"]),
        not_commands=frozenset(step["not_commands"]),
        mail_headers=re.compile(step["mail_headers"], re.IGNORECASE),
    )


_PARTICLES = frozenset("af toe op in uit aan door mee terug goed stop".split())
# A clause that starts with one of these is a subordinate clause: its "niet" is not the main verb's.
_SUBORDINATORS = frozenset("omdat want doordat dat aangezien zodat als wanneer indien die wat waardoor waarin welke".split())
# "hoger dan", "meer dan": "dan" after a comparison is no consequence.
_COMPARATIVES = frozenset("meer minder anders eerder later liever ander andere beter erger".split())


def _lemmas(token: Token, sentence: Span, parsed: bool, stems: frozenset[str]) -> set[str]:
    """The token's lemmas (the pipeline's and the lookup tables'), with a separable
    particle: "wijzen … af" → afwijzen. Without a parse the particle is the next
    one in the clause; with a parse it is the verb's particle, or, when the parser
    took it for a preposition, the particle that ends the clause ("Wij wijzen uw
    verzoek om kwijtschelding af"). The particle is only looked for when a lemma
    is in `stems` (the verbs wanted, without their particle)."""
    found = {token.lemma_.lower(), token.lower_, *lemmas.lemmas(token.lower_)}
    if not found & stems:
        return found
    clause = _clause_of(token, sentence)
    particles = [c.lower_ for c in token.children if c.dep_ == "compound:prt"] if parsed else []
    if parsed and not particles:
        after = [t for t in clause if t.i > token.i and not (t.is_punct or t.is_space)]
        particles = [after[-1].lower_] if after and after[-1].lower_ in _PARTICLES else []
    if not parsed:  # "wijzen uw aanvraag af", "af te wijzen"
        particles = [t.lower_ for t in clause if t.i > token.i and t.lower_ in _PARTICLES][:1]
    before = [t.lower_ for t in clause if token.i - 2 <= t.i < token.i]
    if not particles and before[-1:] == ["te"] and before[:1] and before[0] in _PARTICLES:
        particles = [before[0]]
    return found | {particles[0] + lemma for lemma in found} if particles else found


_CLAUSE_MARKS = frozenset({",", ";", ":"})


def _clause_of(token: Token, sentence: Span) -> list[Token]:
    """The words between the commas around a token: the clause, without a parse. An aside in
    brackets is no part of it, but does not end it ("Wij wijzen uw aanvraag (van 3 mei) af")."""
    start = token.i
    while start > sentence.start and sentence.doc[start - 1].text not in _CLAUSE_MARKS:
        start -= 1
    end = token.i
    while end < sentence.end - 1 and sentence.doc[end + 1].text not in _CLAUSE_MARKS:
        end += 1
    clause = sentence.doc[start : end + 1]
    brackets = _in_brackets(clause)  # (within the clause only: this runs for many words of a sentence)
    inside = token.i in brackets
    return [t for t in clause if t.text not in ("(", ")") and (t.i in brackets) == inside]


def _negated(token: Token, sentence: Span, parsed: bool, words: StructureWords) -> bool:
    """Does "niet", "nooit" or "geen" say no to this verb? "Nog niet" is not yet, not no.
    "Er is geen aanleiding … te weigeren" says no to the verb after it too."""
    def no(word: Token) -> bool:
        return word.lower_ in _NEGATIONS and not (word.i > sentence.start and word.nbor(-1).lower_ == "nog")

    before = [t for t in sentence.doc[sentence.start : token.i] if not t.is_space]
    if before and before[-1].lower_ in {"niet", "nooit"}:
        return no(before[-1])  # "niet goedgekeurd", whatever the parse made of it
    if words.no_cause.search(doc_text(sentence.doc)[sentence.start_char : token.idx].lower()):
        return True
    if not parsed:
        clause = _clause_of(token, sentence)
        # Up to a subordinate clause after the verb: "… af omdat u niet op tijd was" is no "niet af";
        # and not across another participle: "het is niet gelukt uw aanvraag te behandelen".
        ends = [t.i for t in clause if t.i > token.i and t.lower_ in _SUBORDINATORS]

        def between_another_verb(word: Token) -> bool:
            low, high = sorted((word.i, token.i))
            return any(is_participle(t.lower_) for t in sentence.doc[low + 1 : high])

        return any(no(t) and not between_another_verb(t) for t in clause if not ends or t.i < ends[0])
    for child in token.children:
        if child.lower_ in {"niet", "nooit"} and no(child):
            return True
        if any(grandchild.lower_ == "geen" for grandchild in child.children if grandchild.dep_ == "det"):
            return True
    return False


def _done_to_the_reader(token: Token) -> bool:
    """A participle with "zijn" or "worden" and the reader as its subject: "U bent niet
    ingedeeld", "U wordt niet toegelaten" say what was done to the reader."""
    return "Part" in token.morph.get("VerbForm") and any(
        c.dep_.startswith("aux") and c.lemma_.lower() in ("zijn", "worden") for c in token.children
    ) and any(c.dep_.startswith("nsubj") and c.lower_ in _READER for c in token.children)


def _subject_is_reader(token: Token, sentence: Span, parsed: bool) -> bool:
    """"U mag weigeren", "Weigert u": the reader says no, not the municipality. Not with a
    participle of "zijn" or "worden": "U bent niet ingedeeld" says what was done to the reader."""
    if parsed:
        if _done_to_the_reader(token):
            return False
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


def _hypothetical(sentence: Span, words: StructureWords) -> bool:
    """A possibility, not a decision: "Misschien heeft u dan geen recht meer op bijstand".
    "Dan" is a consequence, unless it follows a comparison ("hoger dan") or means
    therefore ("dan ook")."""
    if words.hypothetical.search(sentence.text.lower().strip()):
        return True
    lowers = [t.lower_ for t in sentence if not (t.is_space or t.is_punct)]
    for index, lower in enumerate(lowers):
        if lower != "dan" or lowers[index + 1 : index + 2] == ["ook"]:
            continue
        if not any(w in _COMPARATIVES or (w.endswith("er") and len(w) > 4) for w in lowers[max(0, index - 3) : index]):
            return True
    return False


# Past forms of verbs that say or carry a 'no', for a letter checked without a parse.
_IRREGULAR_PAST = frozenset("werd werden was waren kreeg kregen had hadden".split())


def _told_in_the_past(sentence: Span, parsed: bool) -> bool:
    """A 'no' in the simple past is an earlier decision told again: "Die vergunning kreeg u
    niet", "Uw aanvraag werd afgewezen". A decision now is in the present or the perfect."""
    if parsed:
        finite = [t for t in sentence if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")]
        return bool(finite) and all("Past" in t.morph.get("Tense") for t in finite)
    # Without a parse only the common irregular forms: "-den" and "-te" end participles too.
    return any(token.lower_ in _IRREGULAR_PAST for token in sentence)


def _possible(token: Token, sentence: Span, words: StructureWords) -> bool:
    """"Wij kunnen uw aanvraag afwijzen": a refusal verb under "kan" or "kunnen" is a possibility."""
    return any(t.lower_ in words.possibility for t in _clause_of(token, sentence) if t.i < token.i)


def _request_nouns(sentence: Span, previous: Span | None, parsed: bool, words: StructureWords) -> set[str]:
    """The requests in the sentence ("uw aanvraag", "de vergunning"), not the permit of a rule:
    "Bouwen zonder vergunning is niet toegestaan"."""
    tokens = list(sentence)
    if parsed and not any(t.dep_.startswith("nsubj") for t in sentence) and previous is not None:
        tokens += list(previous)  # "… is.{% if %} niet{% endif %} goedgekeurd": a fragment
    found = set()
    for token in tokens:
        nouns = [noun for noun in (token.lemma_.lower(), token.lower_) if _is_request(noun, words)]
        if not nouns:
            continue
        before = [token.doc[i].lower_ for i in range(max(0, token.i - 3), token.i)]
        if any(word in words.without for word in before) or before[-1:] == ["te"]:
            continue  # "zonder vergunning"; "te plaatsen" is a verb, not a place
        found.update(nouns)
    return found


def _is_refusal(sentence: Span, previous: Span | None, parsed: bool, words: StructureWords) -> bool:
    text = sentence.text.lower()
    if text.rstrip().endswith("?") or _conditional(sentence, previous, words) or _hypothetical(sentence, words):
        return False
    if words.earlier.search(text) or _told_in_the_past(sentence, parsed):
        return False  # "Bij dat besluit hebben wij uw aanvraag geweigerd": told again, not decided now
    if words.rules.search(text):
        return False  # "Het is niet toegestaan goederen buiten de kraam uit te stallen": a rule, said to all
    if words.refusal_phrases.search(text):
        return True
    if not _request_nouns(sentence, previous, parsed, words):
        return False  # "Dit bericht hebben we ingetrokken", "Uw gegevens worden niet verstrekt"
    if words.indirect_refusals.search(text):
        return True  # "Wij komen niet aan uw verzoek tegemoet": a 'no' to the request, said round about
    brackets = _in_brackets(sentence)
    for token in sentence:
        if token.i in brackets:
            continue  # an aside: "Inwoners die de toeslag kregen (maar geen bijstand ontvangen) …"
        found = _lemmas(token, sentence, parsed, words.verb_stems)
        if found & (words.refusal_verbs | words.granting_verbs) and _subject_is_reader(token, sentence, parsed):
            continue
        if found & words.refusal_verbs:
            if not _negated(token, sentence, parsed, words) and not _possible(token, sentence, words):
                return True
        elif found & words.granting_verbs and _negated(token, sentence, parsed, words):
            if _says_no_to_the_request(token, sentence, parsed, words):
                return True
        elif found & words.giving_verbs and _gets_nothing(token, sentence, parsed, words):
            return True
    return False


def _in_brackets(span: Span) -> set[int]:
    """The tokens between round brackets in the span; a ")" without its "(" closes an aside that
    opened before the span, so the tokens before it are inside too."""
    inside, depth, seen = set(), 0, []
    for token in span:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            if depth == 0:
                inside.update(seen)  # opened before the span
            depth = max(0, depth - 1)
        elif depth:
            inside.add(token.i)
        else:
            seen.append(token.i)
    return inside


_PRONOUNS = frozenset("hij hem die deze dit dat het zij ze".split())


def _says_no_to_the_request(token: Token, sentence: Span, parsed: bool, words: StructureWords) -> bool:
    """Is the request what the verb says no to? "Wij verstrekken geen informatie over uw aanvraag"
    says no to the information, not to the request. With a parse: a subject or object of the
    verb is the request (or a pronoun for it, or the verb has none: a fragment). Without
    one: "geen" does not stand before another noun."""
    if parsed:
        arguments = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj")]
        # Template blanks the parser took for a word do not count.
        things = [c for c in arguments if c.lower_ not in _READER and any(ch.isalpha() for ch in c.text)]
        if not things and _done_to_the_reader(token):
            return True  # "U bent niet ingedeeld", "U wordt niet toegelaten": the reader's own request
        if not things and _finite_clause(token):
            # A whole clause whose subject the parse lost ("Wonen is ter plaatse niet toegestaan":
            # "Wonen" became an adverb): a 'no' only to a request the sentence names before the verb.
            return any(_is_request(t.lemma_.lower(), words) or _is_request(t.lower_, words)
                       for t in sentence if t.i < token.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "fixed")
        return not things or any(
            _is_request(c.lemma_.lower(), words) or _is_request(c.lower_, words) or c.lower_ in _PRONOUNS
            for c in things
        )
    clause = _clause_of(token, sentence)
    nouns = [clause[i + 1] for i, t in enumerate(clause[:-1]) if t.lower_ == "geen"]
    return not nouns or any(_is_request(n.lower_, words) or _is_request(n.lemma_.lower(), words) for n in nouns)


def _finite_clause(verb: Token) -> bool:
    """Is the verb, or an auxiliary of it, finite ("is … toegestaan"), unlike a fragment ("Niet goedgekeurd.")?"""
    return any("Fin" in t.morph.get("VerbForm") for t in (verb, *(c for c in verb.children if c.dep_ in AUXILIARY_RELATIONS)))


def _is_request(noun: str, words: StructureWords) -> bool:
    """A request or what it asks for, also in a compound: "bouwaanvraag", "parkeervergunning"."""
    return noun in words.requests or noun in words.granted_things or noun.endswith(words.request_endings)


def _gets_nothing(token: Token, sentence: Span, parsed: bool, words: StructureWords) -> bool:
    """"U krijgt geen vergunning", "U krijgt de ontheffing niet" — but "U krijgt geen boete" is good news."""
    if not _negated(token, sentence, parsed, words):
        return False
    # Without a parse: any word of the clause ("… kunnen wij u geen kwijtschelding geven").
    objects = [c for c in token.children if c.dep_ == "obj"] if parsed else _clause_of(token, sentence)
    return any(thing.lemma_.lower() in words.granted_things or thing.lower_ in words.granted_things for thing in objects)


# --- reasons -----------------------------------------------------------------------


def real_words(text: str, words: StructureWords, legal: bool = False) -> list[str]:
    """The words that carry content: no template fields, function words, pointers
    ("de volgende redenen"), and after "op grond van" no names of laws."""
    found = []
    for word in _WORD.findall(_TEMPLATE.sub(" ", text.lower())):
        if word in STOP_WORDS or word in words.pointers:
            continue
        if legal and (word in words.legal_words or any(word.endswith(w) for w in words.legal_words)):
            continue
        found.append(word)
    return found


def _names_a_rule(after: str, words: StructureWords) -> bool:
    """Does "op grond van" name a law ("de Verordening leerlingenvervoer", "artikel 4")? Then
    what follows is the rule's name and the decision, not why the rule says no to the reader."""
    first = next((w for w in _WORD.findall(_TEMPLATE.sub(" ", after.lower())) if w not in STOP_WORDS), "")
    return first in words.legal_words or any(first.endswith(w) for w in words.legal_words if len(w) >= 3)


@dataclass(frozen=True)
class Reason:
    """Is a reason given after a marker, and if only a template field holds it, which one."""

    given: bool
    field: str | None = None


# How far from a refusal its reason is looked for (in characters), also in sections of
# reasons: a long letter is some 10,000 characters; a longer text is letters one after
# the other, and the reason for a refusal in one letter is not in another.
REASON_REACH = 20_000


def _end(span: Span) -> int:
    """Where a span's last word ends: spaCy keeps the blank lines after a sentence in it."""
    tokens = [t for t in span if not t.is_space]
    return tokens[-1].idx + len(tokens[-1].text) if tokens else span.start_char


def _reason_after_marker(content: str, marker_end: int, sentence_end: int, legal: bool,
                         words: StructureWords) -> Reason:
    rest = content[marker_end:sentence_end]
    if real_words(rest, words, legal):
        return Reason(True)
    # the colon ends the rest, or the marker took it ("Om de volgende reden … af:", "Reden:")
    if not (rest.rstrip().endswith(":") or (not rest.strip() and content[:marker_end].rstrip().endswith(":"))):
        return Reason(False, _field_in(rest))
    # "De redenen zijn:" — the reason is on the lines right below, or in the paragraph after one
    # blank line ("Om de volgende reden wijzen wij uw aanvraag af:⏎⏎Uw inkomen is te hoog.") if that
    # paragraph says something: a sentence or a list, not a closing, a heading or a question. A
    # second blank line ends it.
    below = content[sentence_end:].lstrip(" \t")
    below = below[1:] if below.startswith("\n") else below
    past_a_blank_line = below.startswith("\n")
    below = below[1:].lstrip(" \t") if past_a_blank_line else below
    block = below.split("\n\n", 1)[0] if not below.startswith("\n") else ""
    if past_a_blank_line and not _says_something(block):
        block = ""
    if real_words(block, words, legal):
        return Reason(True)
    field = _field_in(rest) or _field_in(content[sentence_end : sentence_end + 300].split("\n\n\n")[0])
    return Reason(False, field)


# Finite verbs that show a block is a statement, also when it opens with a word that looks like a
# command ("Begin dit jaar is de regeling gestopt"; not "Ga naar de app om … te bekijken").
_STATEMENT_VERBS = frozenset("is zijn was waren heeft hebben had hadden wordt worden werd werden kan kunnen kon moet moeten mag".split())
# A line this long without a full stop is still a sentence (a reason may lack its stop); shorter, a heading.
_SENTENCE_WORDS = 5
_CLAUSE_OPENERS = frozenset("als indien wanneer dat omdat zodat of voordat nadat zodra terwijl".split())
_QUESTION_WORDS = frozenset("wat wie waar wanneer waarom hoe welke welk hoeveel".split())


def _says_something(block: str) -> bool:
    """A paragraph that can hold a reason: a sentence (also one without its full stop) or a list;
    not a closing ("Met vriendelijke groet,"), a heading ("Bezwaar maken"), a question, or what to do
    next ("Ga naar de app …"). (A heading over a reason, "**Inkomen**⏎Uw inkomen …", is not told
    apart from a heading over what to do next: both count as no reason.)"""
    raw = block.strip().split()
    if raw and BULLET.match(raw[0]):
        return True  # (before the markup is taken off: "* te laat" is a list)
    lines = [line.strip().strip("*_ ") for line in block.strip().split("\n") if line.strip().strip("*_ ")]
    if not lines or CLOSING.match(lines[0]):
        return False
    if len(lines) > 1 and not lines[0].endswith((".", "!", ";", ",", ":")) and lines[1][:1].isupper():
        return False  # a heading over the next paragraph ("Bezwaar maken⏎U kunt …"), not a wrapped sentence
    text = " ".join(lines)
    words = [w.strip(".,;:!?()").lower() for w in text.split()]
    main = list(itertools.takewhile(lambda w: w not in _CLAUSE_OPENERS, words[1:]))  # not the "als …" clause
    if text[:1].isupper() and is_imperative(words[0]) and not _STATEMENT_VERBS.intersection(main):
        return False  # "Neem contact met ons op als u vragen heeft."
    if text.endswith((".", "!", ";")):
        return True
    # without its full stop: a sentence of some length with a verb, not a question or a heading
    # ("Wat betekent dit besluit voor u", "Uw rechten en plichten bij dit besluit")
    return (not text.endswith("?") and len(words) >= _SENTENCE_WORDS and words[0] not in _QUESTION_WORDS
            and any(w in _STATEMENT_VERBS or is_only_verb_form(w) for w in words))


def _field_in(text: str) -> str | None:
    match = _TEMPLATE.search(text)
    return match.group(0) if match else None


@dataclass(frozen=True)
class Section:
    """A part of the letter under one heading (the part before the first heading has none)."""

    start: int
    end: int
    reasoning: bool  # "Motivering", "Overwegingen", "Waarom …"


_HEADING_MARKUP = re.compile(r"^[#*_\s]+|[*_\s:]+$")
HEADING_WORDS = 8


def _heading(lines: list[str], index: int) -> str | None:
    """A line on its own after a blank line, short, without a full stop, before more text:
    a heading ("Motivering", "Ons besluit", "Waarom krijgt u geen kwijtschelding?")."""
    line = lines[index].strip()
    if index and lines[index - 1].strip() or index + 1 >= len(lines):
        return None
    text = _HEADING_MARKUP.sub("", line)
    if not text or not text[0].isupper() or text.endswith((".", ",", ";", "!")) or ":" in text or "{" in text:
        return None
    if line.endswith(":") and len(text.split()) > 3:
        return None  # "Uw aanvraag voldoet niet aan de volgende voorwaarden:" leads into a list
    return text.lower() if len(text.split()) <= HEADING_WORDS else None


def _title_line(sentence: Span) -> bool:
    """A line on its own without a full stop: a title, subject line or heading."""
    text = sentence.text.strip()
    doc_text_after = doc_text(sentence.doc)[sentence.end_char : sentence.end_char + 2]
    return bool(text) and "\n" not in text and not text.endswith((".", "!", "?", ",", ";", ":")) and (
        sentence.end == len(sentence.doc) or doc_text_after.startswith("\n") or sentence[-1].is_space)


def letter_sections(text: str, stop: int, words: StructureWords) -> list[Section]:
    """The letter before `stop` (the signature), cut at its headings."""
    cuts: list[tuple[int, bool]] = [(0, False)]
    lines = text[:stop].split("\n")
    offset = 0
    for index, line in enumerate(lines):
        heading = _heading(lines, index)
        if heading is not None:
            cuts.append((offset, bool(words.reason_headings.search(heading))))
        offset += len(line) + 1
    ends = [start for start, _ in cuts[1:]] + [stop]
    return [Section(start, end, reasoning) for (start, reasoning), end in zip(cuts, ends)]


def _in(sentence: Span, section: Section) -> bool:
    return section.start <= sentence.start_char < section.end


def _no_statement(sentence: Span, words: StructureWords) -> bool:
    """A condition or a question states no fact, so it gives no reason; nor does a
    sentence about the message itself ("Het is niet mogelijk op dit bericht te reageren")."""
    text = sentence.text.lower().strip()
    if not text or text.endswith("?") or any(t.lower_ in words.conditions for t in sentence):
        return True
    if _verb_first_condition(sentence):
        return True
    return bool(contact_vocabulary().noreply_sentence.search(text))


# The subject right after a verb that opens a condition: "Heeft u …", "Bent u …", "Is uw …".
_CONDITION_SUBJECTS = frozenset({"u", "je", "jij", "uw", "jouw", "er", "het", "de"})


def _verb_first_condition(sentence: Span) -> bool:
    """A condition with its verb first and "dan" after it: "Heeft u geen plaats gekregen terwijl u die
    verwachtte, of heeft u vragen, dan kunt u …" (as "Als u … heeft, dan …")."""
    tokens = [t for t in sentence if not t.is_space]
    if len(tokens) < 4 or not tokens[0].text[:1].isupper() or tokens[1].lower_ not in _CONDITION_SUBJECTS:
        return False
    if _is_verb(tokens[0], False) is None:
        return False
    return any(t.lower_ == "dan" and before.text == "," for before, t in zip(tokens[2:], tokens[3:]))


def _explains_its_own_clause(sentence: Span, words: StructureWords) -> bool:
    """"Omdat u zich wel heeft aangemeld, maar niet bent ingedeeld, mag u eerder een plaats kiezen":
    a sentence that opens with the 'no' itself as its cause ("niet … ingedeeld", "afgewezen") gives
    the reason for what follows from the 'no', not for the 'no'. Any other opening cause may be the
    reason ("Omdat u in Amsterdam woont, moet u de aanvraag daar indienen")."""
    tokens = [t for t in sentence if not t.is_space]
    if not tokens or tokens[0].lower_ not in _OPENING_CAUSES:
        return False
    cause = []
    for index, token in enumerate(tokens[1:], start=1):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.text == "," and following is not None and _is_verb(following, False) and following.lower_ not in _NOT_FINITE:
            break  # the main clause starts: "…, mag u"
        cause.append(token)
    verbs = words.refusal_verbs | words.granting_verbs
    negated = any(t.lower_ in _NEGATIONS for t in cause)
    for token in cause:
        found = {*lemmas.lemmas(token.lower_), token.lemma_.lower()}
        if found & words.refusal_verbs or negated and found & verbs:
            return True
    return False


_OPENING_CAUSES = frozenset({"omdat", "doordat", "aangezien"})
# After "Omdat …, " these words are no finite verb.
_NOT_FINITE = frozenset({"te", "om"})


def _stated_reason(other: Span, words: StructureWords) -> Reason:
    """A sentence near the refusal that gives its reason: after a marker ("De reden is …",
    "Uw aanvraag voldoet niet aan …"), or as a statement ("Wonen is daar niet toegestaan")."""
    if _no_statement(other, words) or _explains_its_own_clause(other, words):
        return Reason(False)
    content = doc_text(other.doc)
    text = other.text.lower()
    field = None
    for match in words.reason_after.finditer(text):
        found = _reason_after_marker(content, other.start_char + match.end(), _end(other), False, words)
        if found.given:
            return found
        field = field or found.field
    for match in words.reason_statements.finditer(text):
        if real_words(text[: match.start()] + " " + text[match.end() :], words, legal=True):
            return Reason(True)
    return Reason(False, field)


def _is_verb(token: Token, parsed: bool) -> str | None:
    """The token's verb lemma, if it is a verb."""
    if parsed:
        return token.lemma_.lower() if token.pos_ in ("VERB", "AUX") else None
    lemma = lemmas.lemma_table().get(token.lower_, token.lower_)
    if token.lower_ in STOP_WORDS:  # "de", "en": the tables know odd verbs; only "is", "wordt" … count
        return lemma if lemma in AUXILIARY_VERBS else None
    return lemma if lemma in lemmas.lemmas_by_pos()["verb"] else None


def _content_sentence(other: Span, parsed: bool, words: StructureWords) -> bool:
    """A real sentence in a section of reasons: it has a verb that says more than how the
    decision was made ("Uw aanvraag is beoordeeld op grond van …" does not), and content words."""
    if _no_statement(other, words):
        return False
    fields = [(other.start_char + m.start(), other.start_char + m.end()) for m in _TEMPLATE.finditer(other.text)]
    tokens = [t for t in other if placeholder(t) is None and not any(a <= t.idx < b for a, b in fields)]
    verbs = [v for v in (_is_verb(t, parsed) for t in tokens) if v]
    if not verbs:
        return False  # a list of laws, a label
    main = [v for v in verbs if v not in AUXILIARY_VERBS]
    if main and all(v in words.procedure_verbs for v in main):
        return False
    procedure_forms = {f for v in main if v in words.procedure_verbs for f in lemmas.forms_of(v)}
    text = " ".join(t.text for t in tokens)
    return len([w for w in real_words(text, words, legal=True) if w not in procedure_forms]) >= 2


def _content_before(index: int, sentences: list[Span], words: StructureWords) -> bool:
    """Real words in the sentences just before a "daarom" (a heading in between is skipped)."""
    for other in reversed(sentences[max(0, index - 3) : index]):
        if real_words(other.text, words):
            return True
    return False


def in_other_branches(choices, first: int, second: int) -> bool:
    """Are two places of a template in different branches of one choice ({% if %} … {% else %})?
    A reader gets one of them, so the reason in the one does not explain the 'no' in the other."""
    for choice in choices:
        one = next((branch for branch in choice if branch.start <= first < branch.end), None)
        two = next((branch for branch in choice if branch.start <= second < branch.end), None)
        if one is not None and two is not None:
            return one is not two or in_other_branches(one.choices, first, second)
    return False


def reason_for(index: int, sentences: list[Span], stop: int, words: StructureWords, sections: list[Section],
               parsed: bool, starts: list[int], choices) -> Reason:
    """The reason for the refusal in sentences[index]. In order: a causal word in the sentence
    ("omdat …"); "daarom" after a sentence with content; a sentence that states a reason
    in the two before it, the few after it, the refusal's section and the sections of
    reasons. A reason in a template field only is none. Last, any real sentence in a
    section of reasons ("Motivering"), unless the letter said the reason is in a field."""
    content = doc_text(sentences[index].doc)
    sentence = sentences[index]
    text = sentence.text.lower()
    field = None
    # The markers of a reason in a sentence of its own hold in the refusal too: "… af om de volgende reden: {$reden}".
    for match in (*words.reason_in_sentence.finditer(text), *words.reason_after.finditer(text)):
        legal = match.group(0) in ("op grond van", "op basis van")
        if legal and _names_a_rule(text[match.end():], words):
            continue  # "Op grond van de Verordening leerlingenvervoer wordt uw aanvraag afgewezen"
        found = _reason_after_marker(content, sentence.start_char + match.end(), _end(sentence), legal, words)
        if found.given:
            return found
        field = field or found.field
    if index > 0 and words.reason_before.search(text) and _content_before(index, sentences, words):
        return Reason(True)
    sections = sections or [Section(0, stop, False)]
    own = [s for s in sections if _in(sentence, s)]
    near = set(range(max(0, index - 2), index)) | set(range(index + 1, index + 1 + REASON_SENTENCES))
    reasoning = [s for s in sections if s.reasoning]
    low, high = sentence.start_char - REASON_REACH, sentence.start_char + REASON_REACH
    own = [s for s in own if s.end > low and s.start < high]
    reasoning = [s for s in reasoning if s.end > low and s.start < high]
    first, last = bisect_left(starts, low), bisect_left(starts, high)
    for number in range(first, last):
        other = sentences[number]
        if number == index or other.start_char >= stop or in_other_branches(choices, sentence.start_char, other.start_char):
            continue
        if number in near or any(_in(other, s) for s in (*own, *reasoning)):
            found = _stated_reason(other, words)
            if found.given:
                return found
            field = field or found.field
    if field is None:
        for other in sentences[first:last]:
            if other.start_char >= stop or not any(_in(other, s) for s in reasoning):
                continue
            if in_other_branches(choices, sentence.start_char, other.start_char):
                continue
            if not real_words(other.text, words) and _field_in(other.text):
                # "Motivering\n\n{{ reden_weigering }}": the section's reason is the field; what
                # follows it there (advice asked, a warning) explains nothing the field did not.
                field = _field_in(other.text)
                break
            if _content_sentence(other, parsed, words):
                return Reason(True)
    return Reason(False, field)


@dataclass(frozen=True)
class Refusal:
    sentence: Span
    reason: Reason


def find_refusals(sentences: list[Span], parsed: bool, stop: int, choices) -> list[Refusal]:
    """Every sentence that says no, with its reason; `stop`: where the signature starts;
    `choices`: a template's if/elif/else choices (`SourceText.choices`)."""
    words = structure_words()
    found = []
    sections = letter_sections(doc_text(sentences[0].doc), stop, words) if sentences else []
    starts = [sentence.start_char for sentence in sentences]  # where each starts: the reason is looked for nearby
    for index, sentence in enumerate(sentences):
        if sentence.start_char >= stop:
            break
        previous = sentences[index - 1] if index else None
        if _is_refusal(sentence, previous, parsed, words) and not _one_of_the_outcomes(index, sentences, parsed, words):
            reason = reason_for(index, sentences, stop, words, sections, parsed, starts, choices)
            if not reason.given and found and _goes_on_from(found[-1], sentence, sentences, index, choices):
                reason = found[-1].reason  # "… geeft de gemeente vanwege de droogte geen ontheffing af. Reeds afgegeven vergunningen worden ingetrokken."
            found.append(Refusal(sentence, reason))
    # A title or subject line that says no ("Buiten behandeling stellen aanvraag") only names what
    # the letter says; where the letter says the 'no' in a sentence too, that one is judged.
    titles = [refusal for refusal in found if _title_line(refusal.sentence)]
    return [refusal for refusal in found if refusal not in titles] or found


def _list_item(sentence: Span) -> bool:
    """Does the sentence stand in a list item (on a line that opens with a number or a bullet,
    `analyse.BULLET`)?"""
    text = doc_text(sentence.doc)
    line_start = text.rfind("\n", 0, sentence.start_char) + 1
    first = text[line_start : sentence.end_char].split(maxsplit=1)
    return bool(first) and bool(BULLET.match(first[0]))


# Words of a letter to someone: a list with them is a decision, not a list of what can come of one.
_PERSONAL = frozenset("u uw je jij jouw wij we ons onze".split())
# An introduction that speaks of what can come of it: "Wat kan de uitkomst zijn?", "Wat gebeurt er
# na de hoorzitting?", or a heading "Resultaat" alone on its line. (Not "Wij kunnen u het volgende
# laten weten:" or "Het resultaat van onze beoordeling:": a decision follows those.)
_OUTCOMES = re.compile(
    r"(?i)\b(?:uitkomsten?|mogelijke (?:uitkomsten|besluiten|beslissingen|resultaten)|mogelijkheden"
    r"|wat (?:kan|kunnen) [^.?!\n]{0,40}(?:zijn|gebeuren|worden)|wat gebeurt er)\b"
    r"|^[ \t]*(?:resultaat|resultaten|uitkomst)[ \t]*:?[ \t]*$"
)


def _introduction(text: str, position: int) -> str:
    """The line above the first item of the list that holds `position`: the list's heading or
    lead-in ("Resultaat", "Ons besluit:"). An item's wrapped lines stand below it, so they are
    passed over on the way up."""
    lines = text[max(0, position - 600) : position].split("\n")[:-1]  # whole lines before the item's own
    top = len(lines)
    for index in range(len(lines) - 1, -1, -1):
        words = lines[index].split(maxsplit=1)
        if not words:
            break  # the list's block ends at a blank line
        if BULLET.match(words[0]):
            top = index
    return next((line for line in reversed(lines[:top]) if line.strip()), "")


def _one_of_the_outcomes(index: int, sentences: list[Span], parsed: bool, words: StructureWords) -> bool:
    """Is the 'no' one item of a list of what can come of a request, beside an item that says yes
    ("Resultaat: 1. Het bezwaar wordt toegewezen. 2. Het bezwaar wordt afgewezen.")? That explains
    a procedure; it says no to no one. A decision in a list speaks to the reader ("1. Wij kennen u
    bijstand toe. 2. Uw aanvraag voor de koelkast wijzen wij af."): only without such words, or
    under a line that speaks of possible outcomes."""
    sentence = sentences[index]
    if not _list_item(sentence):
        return False
    text = doc_text(sentence.doc)
    outcomes = bool(_OUTCOMES.search(_introduction(text, sentence.start_char)))
    for other_index in range(max(0, index - 8), min(len(sentences), index + 9)):
        other = sentences[other_index]
        if other_index == index or not _list_item(other):
            continue
        start, end = sorted((sentence.start_char, other.start_char))
        if _BLANK_LINE.search(text[start:end]):
            continue  # another list
        yes = any(_lemmas(token, other, parsed, words.verb_stems) & words.granting_verbs or token.lower_ == "gegrond"
                  for token in other)
        previous = sentences[other_index - 1] if other_index else None
        if not yes or _is_refusal(other, previous, parsed, words):
            continue
        personal = any(token.lower_ in _PERSONAL for token in (*sentence, *other))
        if outcomes or not personal:
            return True
    return False


def _goes_on_from(earlier: Refusal, sentence: Span, sentences: list[Span], index: int, choices) -> bool:
    """Is this 'no' the next step of the 'no' just before it, with a reason of its own, in the same
    paragraph (at most one sentence between) and the same branch of a template? Then that reason
    holds for this one too."""
    if not earlier.reason.given or earlier.sentence.start_char < sentences[max(0, index - 2)].start_char:
        return False
    if in_other_branches(choices, earlier.sentence.start_char, sentence.start_char):
        return False
    return not _BLANK_LINE.search(doc_text(sentence.doc)[earlier.sentence.end_char : sentence.start_char])


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


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
    if lower == lemma + "d":
        return False  # a present participle: "Hoogachtend" closes a letter, it asks nothing
    if lower.startswith("ge") and is_participle(lower) and (not lemma.startswith("ge") or lower.startswith("gege")):
        return False  # a past participle: "Gelet op het voorgaande", "Gebeld"; not "Geef", "Geniet"
    particle = split_particle(lemma)[0]
    if particle and lower.startswith(particle + "ge") and is_participle(lower):
        return False  # the participle of a separable verb: "Afgelopen woensdag …" (aflopen), "Aangepast"
    # "Bedankt" (a stem plus t); "Herhaald", "Verstuurd" (a participle without ge-), but "Houd" is a command.
    ends = ("t", "d") if lower.startswith(("be", "ver", "her", "ont", "er")) else ("t",)
    return not (lower.endswith(ends) and lower[:-1] in lemmas.forms_of(lemma))


def _command_positions(sentence: Span, tokens: list[Token]) -> list[Token]:
    """Where a command stands: first in the sentence ("Neem contact op", "Dan: Bel ons"),
    or after a comma with "dan" ("Heeft u vragen, neem dan contact op")."""
    first = tokens[1] if tokens[0].lower_ in {"dan", "of", "en"} and len(tokens) > 1 else tokens[0]
    found = [first] if first.text[:1].isupper() or first is not tokens[0] else []
    if found and _labels_a_line(first):
        found = []  # "Type: Nieuw", "Plaats(en): 12" is a label
    if found and _opens_a_name(first):
        found = []  # "Ton Heerts, burgemeester van Apeldoorn" signs the letter ("tonnen")
    for token in sentence[:-1]:
        if token.i > sentence.start and token.doc[token.i - 1].text == "," and token.nbor().lower_ == "dan":
            found.append(token)
    return found


def _labels_a_line(token: Token) -> bool:
    """Is the word the label of a line: a colon right after it, or after a bracketed ending
    ("Type: Nieuw", "Plaats(en): {plaatsen}")?"""
    doc, after = token.doc, token.i + 1
    if after < len(doc) and doc[after].text == "(":
        close = next((t for t in doc[after : after + 4] if t.text.startswith(")")), None)
        if close is None:
            return False
        if close.text == "):":  # the tokenizer keeps them together
            return True
        after = close.i + 1
    return after < len(doc) and doc[after].text == ":"


def _opens_a_name(token: Token) -> bool:
    """Is the word the first name of a person who signs the letter ("Ton Heerts," "Henny van Dijk"):
    a capitalised word follows, then a comma or the line's end, and no verb after it in the sentence
    ("Ton Heerts, burgemeester van Apeldoorn"; not "Bel Jeroen, hij helpt u graag")?"""
    doc, following = token.doc, token.i + 1
    while following < len(doc) and doc[following].lower_ in ("van", "de", "der", "den", "ter", "ten"):
        following += 1
    if following >= len(doc) or not (doc[following].is_alpha and doc[following].text[:1].isupper()):
        return False
    after = following + 1
    if not (after >= len(doc) or doc[after].text == "," or "\n" in doc[after].text):
        return False
    rest = doc[after : token.sent.end]
    return not any(t.pos_ in ("VERB", "AUX") if is_parsed(doc) else is_only_verb_form(t.lower_) for t in rest if t.is_alpha)


def _has_infinitive_after(sentence: Span, offset: int) -> bool:
    verbs = lemmas.lemmas_by_pos()["verb"]
    return any(t.lower_ in verbs for t in sentence if t.idx >= sentence.start_char + offset)


# Auxiliaries of a clause that is still to happen: "wordt … behandeld", "zal … worden betaald", "moet … zijn betaald".
_NOT_DONE = frozenset({"worden", "zullen", "kunnen", "moeten", "mogen", "willen"})


def _told_as_done(sentence: Span, offset: int) -> bool:
    """Do the words at `offset` belong to a clause about the past? "Het besluit is op 3 juni genomen",
    "De termijn is op 17 juli verstreken", "Wij ontvingen uw brief op 2 mei": what happened, not
    what happens next. Only with a parse; the verb is the nearest above the words."""
    if not is_parsed(sentence.doc):
        return False
    verb = next((t for t in sentence if t.idx >= sentence.start_char + offset), None)
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    if "Fin" in verb.morph.get("VerbForm"):
        return "Past" in verb.morph.get("Tense")
    if "Part" not in verb.morph.get("VerbForm"):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARY_RELATIONS]
    if not auxiliaries and verb.dep_ == "conj":  # "is op 3 maart genomen en op 5 maart gepubliceerd"
        auxiliaries = [c for c in verb.head.children if c.dep_ in AUXILIARY_RELATIONS]
    said = {a.lemma_.lower() for a in auxiliaries}
    if any("Past" in a.morph.get("Tense") for a in auxiliaries if "Fin" in a.morph.get("VerbForm")):
        return True
    return bool(said & {"zijn", "hebben"}) and not said & _NOT_DONE


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
    # Not a name that ends in a verb's form: "Afdeling Wonen", "Team Wegen".
    named = len(tokens) > 1 and tokens[-1].text[:1].isupper()
    if len(tokens) <= 3 and ":" not in text and not ends.endswith((".", "?", "!")) and last.endswith("n") and last in verbs \
            and not named and last not in words.not_commands:  # "Met vriendelijke groeten" is no button
        return True
    if words.open_requests.search(text) and not ends.endswith("?"):
        return True  # asked or invited: the reader still has to answer, whatever the tense
    for match in words.next_step.finditer(text):
        if _told_as_done(sentence, match.start()):
            continue  # "De termijn is op 17 juli verstreken"
        if re.search(r"\b(?:kunt|kan|kun|moet|mag)\b", match.group(0)) and not _has_infinitive_after(
            sentence, match.end()
        ):
            continue  # "Je kunt het resultaat hier." is no step
        return True
    return False


def _offers_questions(sentence: Span, previous: Span | None, words: StructureWords) -> bool:
    """Only an offer to ask questions: "Heeft u vragen? Neem contact op via het contactformulier"."""
    text = sentence.text.lower()
    asked = words.question_cues.search(text) or (previous is not None and words.question_cues.search(previous.text.lower()))
    return bool(asked and words.contact_offer.search(text) and not words.real_step.search(text))


_SENDER_LABELS = frozenset({"van", "from", "verzonden", "sent"})


def _mail_header(paragraph: Span, words: StructureWords) -> tuple[int, int] | None:
    """Where the header of a forwarded e-mail stands: its label lines from the top of the paragraph, two
    or more of them, one "Van" or "Verzonden" and one "Aan", "Onderwerp" … (not "Datum" alone: "Van: 10.00
    uur / Datum: …" of an appointment is a step). The lines after it in the paragraph still count."""
    labels, end, offset = set(), None, paragraph.start_char
    for line in paragraph.text.splitlines(keepends=True):
        found = words.mail_headers.match(line)
        if found is None and line.strip():
            break
        if found is not None:
            labels.add(found.group(1).lower())
            end = offset + len(line.rstrip())
        offset += len(line)
    if end is None or not labels & _SENDER_LABELS or not labels - _SENDER_LABELS - {"datum", "date"}:
        return None
    return paragraph.start_char, end


def next_steps(sentences: list[Span], paragraphs: list[Span]) -> list[Span]:
    """The sentences that say what happens next; disclaimers do not count, nor does an offer to
    ask questions on its own ("Heeft u vragen? Bel ons via 14000"): it says whom to ask, not what
    happens now (letters h42)."""
    words = structure_words()
    disclaimed = [(p.start_char, p.end_char) for p in paragraphs if words.disclaimer.search(p.text.lower())]
    # the header of a forwarded e-mail ("Verzonden: maandag 2 december 2024 10:53") is no step either
    disclaimed += [span for p in paragraphs if (span := _mail_header(p, words)) is not None]
    return [
        sentence
        for index, sentence in enumerate(sentences)
        if not any(start <= sentence.start_char < end for start, end in disclaimed) and _is_step(sentence, words)
        and not _offers_questions(sentence, sentences[index - 1] if index else None, words)
    ]
