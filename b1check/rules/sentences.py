"""Rules about sentences and paragraphs: length, passive voice, naamwoordstijl."""

from __future__ import annotations

from ..analysis.difficulty import word_zipf
from ..analysis.self_reference import names_the_sender
from ..analysis.passive import (DETERMINERS, HEBBEN, PREPOSITIONS, SUBORDINATORS, VERB_CLUSTER, WORDEN, ZIJN,
                                is_participle)
from ..language import inflect, lemmas
from ..language.analyse import BULLET
from ..language.pronouns import AS_SUBJECT
from ..language.tokens import ARTICLES, spelled_out
from ..language.wordlists import noun_advice, passive_idioms, word_set
from ..settings import Limits
from .base import Context, Hit, check

KNOWN_VERB_ZIPF = 3.0


@check("LEN001", "LEN002")
def sentence_length(context: Context):
    limits = context.settings.limits
    data = context.data_lines
    for sentence in context.sentences_any_language:  # an English sentence of 35 words is long too
        if sentence.start in data:
            continue  # "Tijd: van 19.00 – 20.00 uur: huisnummer 1 tot en met 71 …" is no sentence to split
        count = context.words_in(sentence)
        code = long_sentence_code(count, limits)
        if code:
            limit = limits.very_long_sentence_words if code == "LEN002" else limits.long_sentence_words
            params = {"words": count, "limit": limit}
            if code == "LEN001" and context.parsed and _one_clause(sentence):
                params["variant"] = "one_clause"  # "Maak er 2 zinnen van" has nothing to cut at (review 103)
            yield Hit(code, sentence.start_char, end_char(sentence), params)


# Dependency relations that make a clause of their own, or join one: a sentence with any of them can be split.
_CLAUSE_RELATIONS = frozenset({"conj", "parataxis", "advcl", "ccomp", "acl", "acl:relcl", "xcomp", "csubj", "list"})


def _one_clause(sentence) -> bool:
    """A sentence of one clause by its parse: one finite verb and no other clause in it
    ("Op 11 juli 2022 heb ik u met een brief op de hoogte gebracht van de sluiting van het pand …")."""
    finite = sum(1 for t in sentence if "Fin" in t.morph.get("VerbForm"))
    return finite == 1 and not any(t.dep_ in _CLAUSE_RELATIONS and t.pos_ in ("VERB", "AUX") for t in sentence)


def long_sentence_code(words: int, limits: Limits) -> str | None:
    """The rule that says a sentence of this many words is too long (LEN002, LEN001), or None."""
    if words > limits.very_long_sentence_words:
        return "LEN002"
    if words > limits.long_sentence_words:
        return "LEN001"
    return None


def end_char(span) -> int:
    """Where a span ends without trailing whitespace: a line break after a sentence is no part of it."""
    tokens = [t for t in span if not t.is_space]
    return tokens[-1].idx + len(tokens[-1].text) if tokens else span.end_char


# True whether or not the doer matters: reviewers judged "Schrijf wie het doet" wrong where the doer is
# unknown on purpose ("Uw rekeningnummer is gewijzigd": was dat u?) or does not matter (a list of events).
_NO_ACTOR = "in deze zin staat niet wie iets doet. Is dat belangrijk voor de lezer? Schrijf er dan bij wie het doet."
_ACTOR = "hier staat wel wie het doet, maar in de lijdende vorm. Begin de zin met wie het doet: '{subject} …'."
# In a clause after "dat", "als", "die" …: the doer comes right after that word, not first in the sentence.
_ACTOR_IN_CLAUSE = ("hier staat wel wie het doet, maar in de lijdende vorm. Zet wie het doet direct na "
                    "'{opener}': '{opener} {subject} …'.")
# "Is uw fiets door de gemeente weggehaald, dan …": a condition; "Als" and the doer make it active.
_ACTOR_IN_CONDITION = ("hier staat wel wie het doet, maar in de lijdende vorm. Begin met 'Als' en wie het doet: "
                       "'Als {subject} …'.")
# "hierdoor", "daardoor": the cause is named, though not always as the doer ("daardoor" can also mean "so").
_CAUSE = ("'{word}' wijst naar de oorzaak. Doet de oorzaak het zelf? Maak die dan het onderwerp van de zin. "
          "Zo niet, schrijf dan wie het doet.")
# Words that point at a cause: "De weg wordt hierdoor versperd" (by what was just named).
_CAUSE_WORDS = frozenset({"hierdoor", "daardoor", "waardoor", "erdoor"})
# Words that open a clause with the verbs at its end ("… dat het college …", "… die iedere bewoner …").
_CLAUSE_OPENERS = (SUBORDINATORS - {"want", "maar", "wie", "wat"}) | {"als", "indien", "welke", "of"}
_TE_VERBS = frozenset({"te", "dienen", "dient", "diende", "dienden", "hoeven", "hoeft", "hoefde", "hoefden"})
# Without a parse, "dat" and "die" open a clause when the subject or "door" follows, not a noun ("die fiets").
_AFTER_A_CLAUSE_WORD = (frozenset({"door", "er", "niet", "nog", "al", "ook", "u", "je", "jij", "jou", "jullie", "wij",
                                   "we", "zij", "ze", "hij", "het", "de", "een", "uw", "hun", "haar", "mijn", "onze",
                                   "ons", "deze", "dit", "die", "dat", "iedereen", "niemand", "iemand", "alle", "elke"}))
# Without a parse only the words that open nothing but such a clause ("sinds" and "toen" open a main clause too).
_CLAUSE_OPENERS_WITHOUT_PARSE = frozenset({
    "dat", "die", "welke", "omdat", "wanneer", "doordat", "nadat", "voordat", "zodat", "hoewel", "terwijl",
    "indien", "tenzij", "zodra", "totdat", "opdat", "als",
})
ACTOR_WORDS = 6  # longer: the "door" phrase is no simple actor ("door het college van …" is cut)


@check("PAS001")
def passive(context: Context):
    for found in context.passives:
        span = context.doc[found.start : found.end]
        idiom = _idiom(found, context)
        actor = None if idiom else _actor(found, context)
        opener = _clause_opener(found, context) if actor else None
        cause = None if idiom or actor else _cause_word(found, context)
        if idiom:
            advice = idiom.advice
        elif actor and _is_question(found, context):
            advice = _question_advice(found, actor, context)
        elif actor and _is_condition(found, context):
            advice = _ACTOR_IN_CONDITION.format(subject=_as_subject(actor, context))
        elif actor and opener is not None:
            advice = _ACTOR_IN_CLAUSE.format(opener=opener.text, subject=_as_subject(actor, context))
        elif actor:
            advice = _ACTOR.format(subject=_capitalised(_as_subject(actor, context)))
        elif cause:
            advice = _CAUSE.format(word=cause)
        else:
            advice = _NO_ACTOR
        yield Hit(
            "PAS001",
            span.start_char,
            span.end_char,
            {"auxiliary": found.auxiliary.text, "participle": found.participle.text, "advice": advice},
        )


def _as_subject(actor: str, context: Context) -> str:
    """The doer as the subject: "door ons" → "wij"; "door de gemeente" → "wij" in the municipality's own
    letter that says "wij" elsewhere (TON003 asks the same there, and the two must not disagree)."""
    if context.writes_as_wij and names_the_sender(actor):
        return "wij"
    return AS_SUBJECT.get(actor.lower(), (actor,))[0]


def _capitalised(words: str) -> str:
    """The first letter a capital; "één" becomes "Eén" (Dutch spelling keeps the accent on the second e)."""
    if words[:3].lower() == "één":
        return "Eén" + words[3:]
    return words[:1].upper() + words[1:]


def _is_condition(found, context: Context) -> bool:
    """"Is uw fiets door de gemeente weggehaald, dan …": the auxiliary opens a sentence that asks no
    question, and a comma follows: a condition, where "Begin de zin met wie het doet" does not fit."""
    sentence = context.analysis.sentence_of(found.auxiliary.i)
    words = [t for t in sentence if not t.is_space]
    return (bool(words) and words[-1].text != "?" and found.auxiliary.i == _first_word(found, context)
            and any(t.text == "," for t in words if t.i > found.end - 1))


def _verb_cluster(found) -> bool:
    """The verbs of the passive stand together, as at the end of a clause ("door ons is ontvangen",
    "ontvangen zijn", "kunnen worden gebruikt"): nothing but verbs between the auxiliary and the participle."""
    between = found.auxiliary.doc[found.start + 1 : found.end - 1]
    return all(t.lower_ in VERB_CLUSTER or t.lower_ in _TE_VERBS for t in between)


def _clause_opener(found, context: Context):
    """The word that opens the clause of a passive with its verbs at the end ("Als de stukken door ons zijn
    ontvangen", "plekken die door iedereen kunnen worden gebruikt"), or None in a main clause. Left of
    the verbs, up to a comma or another verb; with a parse the word must open the participle's clause
    (a "mark" or a relative pronoun of it), without one only a word that opens nothing else does
    ("omdat", "wanneer", "welke"; "die" and "dat" not before a noun: "dat besluit")."""
    if not _verb_cluster(found):
        return None
    sentence = context.analysis.sentence_of(found.auxiliary.i)
    doc = context.doc
    start = found.start
    while start > sentence.start and (doc[start - 1].lower_ in VERB_CLUSTER or doc[start - 1].lower_ in _TE_VERBS):
        start -= 1  # the rest of the cluster: "kunnen worden gebruikt", "gebruikt dienen te worden"
    for index in range(start - 1, max(sentence.start, start - 25) - 1, -1):
        token = doc[index]
        if token.is_punct or token.lower_ in VERB_CLUSTER:
            return None
        relative = token.lower_.startswith("waar") and token.is_alpha
        if context.parsed:
            if token.head.i != found.participle.i and token.head.head.i != found.participle.i:
                continue
            opens = token.dep_ == "mark" or (token.dep_ != "det" and (
                relative or token.tag_.startswith(("VNW|betr", "VNW|vb")) or "Rel" in token.morph.get("PronType")))
            if opens and (token.lower_ in _CLAUSE_OPENERS or relative):
                return token
            continue
        if token.lower_ in ("die", "dat"):
            if index == _first_word(found, context):
                return None  # "Dat is door ons …": a pointing word opens the sentence
            following = doc[index + 1].lower_
            if following not in _AFTER_A_CLAUSE_WORD:
                continue  # "dat die fiets is weggehaald", "dat hondenpoep …": it may point at a noun
            return token
        if token.lower_ in _CLAUSE_OPENERS_WITHOUT_PARSE or relative:
            return token
        if token.lower_ in _CLAUSE_OPENERS:
            return None  # "Sinds maandag is …", "Toen is …": a word that opens a main clause as well
    return None


def _cause_word(found, context: Context) -> str | None:
    """"hierdoor", "daardoor", "waardoor" in the passive's own clause: among its words ("wordt hierdoor
    versperd") or before them, with no comma, other verb or clause word between ("Hierdoor weten wij dat
    … is weggehaald" is another clause). With a parse the word must hang on the passive's verbs."""
    doc = context.doc
    sentence = context.analysis.sentence_of(found.auxiliary.i)
    for index in range(found.end - 1, max(sentence.start, found.start - 6) - 1, -1):
        token = doc[index]
        if token.lower_ in _CAUSE_WORDS:
            if context.parsed and token.head.i not in (found.participle.i, found.auxiliary.i):
                return None
            return token.lower_
        if index < found.start and (token.is_punct or token.lower_ in VERB_CLUSTER or token.lower_ in _CLAUSE_OPENERS
                                    or (context.parsed and token.pos_ in ("VERB", "AUX"))):
            return None
    return None


# A question: "Bent u geprikt door de GGD?" asks "Heeft de GGD u geprikt?", not "De GGD …".
_PAST = frozenset({"was", "waren"})
_PLURAL_ACTORS = frozenset({"wij", "we", "zij", "ze", "jullie"})


def _is_question(found, context: Context) -> bool:
    """The passive opens a question: its auxiliary among the first two words of a sentence that ends
    with a question mark ("Bent u …?", "Wanneer wordt …?")."""
    sentence = context.analysis.sentence_of(found.auxiliary.i)
    words = [t for t in sentence if not t.is_space]
    return bool(words) and words[-1].text == "?" and found.auxiliary in words[:2]


def _question_advice(found, actor: str, context: Context) -> str:
    """"Bent u geprikt door de GGD?" → "Heeft de GGD …?"; with "worden", or a word before the
    verb, the verb itself changes: only the instruction."""
    subject = AS_SUBJECT.get(actor.lower(), (actor,))[0]
    if found.auxiliary.lower_ not in ZIJN or found.auxiliary.i != found.start or found.auxiliary.i != _first_word(found, context):
        return ("hier staat wel wie het doet, maar in de lijdende vorm. Maak er een vraag van waarin "
                f"{subject} het doet.")
    # the number of the head, before any phrase after it: "de medewerkers | van de gemeente", "een | van de buren"
    words = subject.lower().split()
    head = next((words[k - 1] for k in range(1, len(words)) if words[k] in PREPOSITIONS), words[-1])
    plural = subject.lower() in _PLURAL_ACTORS or lemmas.plural_form(head)
    past = found.auxiliary.lower_ in _PAST
    active = ("hadden" if plural else "had") if past else ("hebben" if plural else "heeft")
    return (f"hier staat wel wie het doet, maar in de lijdende vorm. Zet wie het doet voorop: "
            f"'{active.capitalize()} {subject} …?'.")


def _first_word(found, context: Context) -> int:
    sentence = context.analysis.sentence_of(found.auxiliary.i)
    return next((t.i for t in sentence if not t.is_space and not t.is_punct), sentence.start)


def _actor(found, context: Context) -> str | None:
    """Who does it in a passive clause: the words after "door" ("wordt door de gemeente opgelegd")."""
    sentence = context.analysis.sentence_of(found.auxiliary.i)
    low, high = min(found.auxiliary.i, found.participle.i) - 4, max(found.auxiliary.i, found.participle.i) + 8
    if context.parsed:
        # Its "door" phrase; or one the parser hung on a word of the clause as obl, which only a verb takes
        # ("Gisteren is door de gemeente een brief … gestuurd").
        candidates = [*found.participle.children,
                      *(g for c in found.participle.children for g in c.children if g.dep_ == "obl")]
        # not a "door" inside a noun phrase before its noun ("een door u ingevuld formulier")
        agents = [c for c in candidates if _has_door(c) and not any(
            _opens_noun_phrase(g) for g in c.children if g.lower_ == "door")]
        if not agents:
            # An agent the parser hung on a later verb: "is verstuurd door iemand die …, om … te achterhalen".
            agents = [t for t in sentence if t.dep_ == "obl:agent" and found.start < t.i <= high and _has_door(t)
                      and _same_clause(found, t)]
        following = context.doc[found.end] if found.end < sentence.end else None
        if not agents and following is not None and following.lower_ == "door" and following.dep_ == "case":
            # "is verstuurd door iemand die …": "door" right after the verbs, whatever the parser made of its noun
            noun = following.head
            means = any(t.lower_ == "te" for t in context.doc[noun.i + 1 : noun.i + 3])  # "door de auto te verplaatsen"
            agents = [noun] if noun.i > following.i and not means and _same_clause(found, noun) else []
        if not agents:
            return None
        words = _actor_words(agents[0])
    else:  # the words after "door", near the passive, up to a verb or a comma
        doors = [t for t in sentence if t.lower_ == "door" and low <= t.i <= high and not _opens_noun_phrase(t)
                 and not _verb_between(found, t)]
        if not doors:
            return None
        words = []
        for token in sentence.doc[doors[0].i + 1 : sentence.end]:
            if words and token.i == words[-1].i + 1 and not words[-1].whitespace_ and token.is_alpha is False \
                    and not token.is_punct:
                words.append(token)  # "collega’s": one word of two tokens
                continue
            if token.is_punct or token.i in (found.auxiliary.i, found.participle.i) or is_participle(token.lower_):
                break
            if token.lower_ == "te":
                return None  # a means, not who: "door de boot te verplaatsen"
            one_of = len(words) == 1 and words[0].lower_ in _ONE_OF and token.lower_ == "van"
            after_one_of = len(words) == 2 and words[1].lower_ == "van" and token.lower_ in DETERMINERS
            # "door of namens de eigenaar": a second preposition, then its noun phrase
            second = len(words) == 1 and words[0].lower_ in _JOINED and token.lower_ in PREPOSITIONS
            after_second = (len(words) == 2 and words[0].lower_ in _JOINED and words[1].lower_ in PREPOSITIONS
                            and token.lower_ in DETERMINERS)
            if len(words) >= 2 and words[-2].lower_ in DETERMINERS and _noun_only(words[-1]) and token.text.islower():
                break  # "door de eigenaar | hekken geplaatst": after its noun only a name goes on ("de gemeente Ede")
            if words and token.lower_ in DETERMINERS | PREPOSITIONS and not (one_of or after_one_of or second or after_second):
                break  # the next phrase: "door de gemeente | een brief aan …"; not "door een | van de buren"
            words.append(token)
    # "door of namens de eigenaar", "door en voor de bewoners": who is what follows the second preposition
    while words and (words[0].lower_ in _JOINED or words[0].lower_ in PREPOSITIONS):
        words = words[1:]
    if not words or len(words) > ACTOR_WORDS:
        return None
    return _joined(words)


def _joined(words) -> str:
    """The words as the text has them: "collega’s", not "collega ’s"."""
    text = words[0].text
    for before, token in zip(words, words[1:]):
        attached = token.i == before.i + 1 and not before.whitespace_
        text += ("" if attached else " ") + token.text
    return text


def _verb_between(found, door) -> bool:
    """Without a parse: a verb of another clause between the passive and a "door" ("Fietsen die weggehaald
    zijn | worden door de gemeente …", "die door de buren gemaakt zijn | worden …"): the doer is that
    clause's. A modal before the verbs of a subordinate clause is its own ("die door u kunnen worden …")."""
    doc = door.doc
    between = doc[door.i + 1 : found.start] if door.i < found.start else doc[found.end : door.i]
    others = WORDEN | ZIJN | HEBBEN if door.i < found.start else VERB_CLUSTER
    return any(t.lower_ in others or is_participle(t.lower_) for t in between)


# Words between "wordt" and a name that leave it a name: "wordt ook wel de Woningwet genoemd".
_BEFORE_NAME = frozenset({"ook", "wel", "vaak", "meestal", "soms", "dan", "nu", "gewoon"})
# A clause that opens with one of these has no subject before "wordt": "Hier wordt de regeling genoemd".
_NO_SUBJECT = frozenset({"hier", "daar", "er", "daarom", "dan", "nu", "ook", "verder", "hierin", "daarin",
                         "daarna", "eerst", "vaak", "soms", "hierbij", "daarbij", "zo"})


def _idiom(found, context: Context):
    """A passive with no doer to name (wordlists/lijdende-vormen.toml): a name, an idiom."""
    idiom = passive_idioms().get(found.participle.lower_)
    if idiom is None:
        return None
    doc = context.doc
    if idiom.next:
        after = doc[found.end : found.end + 3]
        if not any(t.lower_ in idiom.next for t in after):
            return None
    if idiom.before and not any(t.lower_ in idiom.before for t in doc[max(0, found.start - 3) : found.start]):
        return None
    if idiom.needs == "name" and not _names(found, doc):
        return None
    return idiom


def _names(found, doc) -> bool:
    """"Dit wordt de eindafrekening genoemd", "een blad dat de Buurtkrant wordt genoemd": what it is
    called stands as a noun phrase without a preposition next to the verbs (by word order, in both modes)."""
    auxiliary, participle = found.auxiliary, found.participle
    if auxiliary.i < participle.i - 1:  # "Dit wordt (ook wel) de eindafrekening genoemd"
        before = doc[auxiliary.i - 1] if auxiliary.i > 0 else None
        if before is None or not before.is_alpha or before.lower_ in _NO_SUBJECT:
            return False
        between = [t for t in doc[auxiliary.i + 1 : participle.i] if t.lower_ not in _BEFORE_NAME]
        return bool(between) and (between[0].lower_ in ARTICLES or between[0].text[:1].isupper())
    # "… dat de Buurtkrant wordt genoemd": a relative pronoun, then the name, then the verbs
    start = min(auxiliary.i, participle.i)
    window = doc[max(0, start - 4) : start]
    relative = [t for t in window if t.lower_ in ("die", "dat", "wat")]
    if not relative:
        return False
    name = doc[relative[-1].i + 1 : start]
    return bool(name) and (name[0].lower_ in ARTICLES or name[0].text[:1].isupper()) and not any(
        t.lower_ in PREPOSITIONS for t in name)


def _same_clause(found, agent) -> bool:
    """An agent after the passive, with no comma, clause word or other participle in between
    ("worden … ingesteld, die door iedere houder … kunnen worden gebruikt" is another clause)."""
    doc = agent.doc
    if agent.head.i != found.participle.i and agent.head.tag_.startswith("WW|vd"):
        return False  # the agent of another participle
    between = doc[found.start + 1 : agent.i]
    return not any(t.is_punct or t.lower_ in SUBORDINATORS or t.dep_ == "acl:relcl" for t in between)


def _opens_noun_phrase(door) -> bool:
    """"een door u ingevuld formulier", "het door de buren gemaakte bezwaar": a "door" right after an
    article opens a phrase before a noun (its participle, then the noun), not the doer of the passive.
    By word order, in both modes ("het" can be the subject itself: "omdat het door ons wordt betaald")."""
    doc = door.doc
    if door.i < 1 or doc[door.i - 1].lower_ not in ARTICLES:
        return False
    for token in doc[door.i + 1 : door.i + 8]:
        if token.is_punct or token.lower_ in WORDEN or token.lower_ in ZIJN:
            return False
        word = token.lower_
        if is_participle(word) or (word.endswith("e") and is_participle(word[:-1])):
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return (following is not None and following.is_alpha and following.lower_ not in VERB_CLUSTER
                    and following.lower_ not in SUBORDINATORS | PREPOSITIONS)
    return False


def _noun_only(token) -> bool:
    """Without the parse: a word the lemma tables know only as a noun ("eigenaar", "maatregelen")."""
    word = token.lower_
    return (token.is_alpha and lemmas.can_be(word, "noun") and not lemmas.can_be(word, "adj")
            and not lemmas.can_be(word, "verb"))


def _has_door(token) -> bool:
    return any(g.lower_ == "door" for g in token.children if g.dep_ == "case")


# "door of namens de eigenaar": a second preposition joined to "door".
_JOINED = frozenset({"of", "en", "en/of"})
# "door een van de buren", "door iemand van de gemeente": the actor goes on after "van".
_ONE_OF = frozenset({"een", "één", "iemand", "niemand", "elk", "ieder", "geen", "twee", "drie", "enkele", "sommige"})


def _actor_words(agent) -> list:
    """The words of an agent phrase, without "door"; a long one is cut after its first noun phrase
    ("iemand die zich voordoet als …", "een van de medewerkers van de afdeling …"): its head names who."""
    # A bare noun the parser hung on the agent is the object ("door de eigenaar | maatregelen genomen"):
    # a noun only modifies another with a preposition ("de eigenaar van het pand") or as a name.
    bare = {g.i for c in agent.children if c.i > agent.i and c.dep_ == "nmod" and c.pos_ == "NOUN"
            and not any(g.dep_ == "case" for g in c.children) for g in c.subtree}
    words = [t for t in agent.subtree if t.lower_ != "door" and not t.is_punct and not t.is_space and t.i not in bare]
    # a part of a word the parser hung elsewhere: the "’s" of "collega’s"
    doc = agent.doc
    attached = [doc[t.i + 1] for t in words if t.i + 1 < len(doc) and not t.whitespace_ and not doc[t.i + 1].is_punct
                and not doc[t.i + 1].is_alpha and not doc[t.i + 1].is_space]
    words = sorted({t.i: t for t in [*words, *attached]}.values(), key=lambda t: t.i)
    after = agent.doc[words[-1].i + 1] if words and words[-1].i + 1 < len(agent.doc) else None
    whole = after is None or after.is_punct or after.is_space or after.dep_.startswith("aux") or after.head == agent.head
    if len(words) <= ACTOR_WORDS and whole:
        return words
    clause = next((c for c in agent.children if c.dep_ in ("acl:relcl", "acl") and c.i > agent.i), None)
    if clause is not None:  # "iemand | die zich voordoet als DigiD met als doel …"
        words = [t for t in words if t.i < min(g.i for g in clause.subtree)]
    # count words, not tokens: "collega’s" is one word of two tokens
    groups: list[list] = []
    for token in words:
        if groups and token.i == groups[-1][-1].i + 1 and not groups[-1][-1].whitespace_:
            groups[-1].append(token)
        else:
            groups.append([token])
    groups = groups[:ACTOR_WORDS]
    while groups and groups[-1][0].pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
        groups.pop()  # not "Een van de medewerkers van de …"
    return [token for group in groups for token in group]


_NAMING_AUXILIARIES = frozenset({"wordt", "worden", "werd", "werden"})


def _names_a_term(context: Context, index: int) -> bool:
    """Does the sentence of the word give something its name ("Dit wordt de vaststelling van de
    subsidie genoemd", "Dat heet de verrekening van …")?"""
    sentence = context.analysis.sentence_of(index)
    words = context.lowers[sentence.start : sentence.end]
    return ("genoemd" in words and not _NAMING_AUXILIARIES.isdisjoint(words)) or "heet" in words or "heten" in words


@check("NOM001", "NOM002")
def nominal_style(context: Context):
    """`de verstrekking van`, `het nemen van`: a verb hidden in a noun.

    Without a parse the words around it decide; with a parse, part of speech
    decides too: "het leven van" is a noun (N), "het aanvragen van" a verb used
    as a noun (WW|inf). The parse also finds the noun without an article: "na
    beoordeling van uw aanvraag".

    The verb is advice in the message, never a replacement: "voor het bouwen
    van" → "voor bouwen van" drops an article, and a real rewrite changes the
    clause ("voordat u bouwt"), which needs a person.
    """
    doc, lowers = context.doc, context.lowers
    for index in range(1, len(lowers) - 1):
        before, lower, after = lowers[index - 1 : index + 2]
        if after != "van":
            continue
        token = doc[index]
        if before in ("de", "het") and _names_a_term(context, index):
            continue  # "Dit wordt de vaststelling van de subsidie genoemd": the name of a step, not a heavy verb
        if before == "de" and _is_ing_noun(token, context.parsed):
            verb = _advice_for(token, lowers) or _verb_of(lower)
            if verb:
                yield Hit(
                    "NOM001", doc[token.i - 1].idx, token.idx + len(token.text),
                    {"noun": token.text, "verb": verb},
                )
        elif before == "het" and lower.endswith("en") and _is_infinitive(lower):
            if context.parsed and not _is_verb_as_noun(token):
                continue
            if _thanks_for(lowers, index - 1):
                continue  # "Bedankt voor het doorgeven van …": a short, friendly formula
            yield Hit(
                "NOM002", doc[token.i - 1].idx, token.idx + len(token.text),
                {"noun": token.text, "verb": lower, "advice": _verb_advice(context, index)},
            )
        elif context.parsed and before not in ARTICLES and _is_bare_ing_noun(token):
            verb = _advice_for(token, lowers) or _verb_of(lower)
            if verb and not _in_phrase(context, token):
                # the noun alone: "om toekenning", "na afronding" is no phrase to change
                yield Hit("NOM001", token.idx, token.idx + len(token.text), {"noun": token.text, "verb": verb})


# Where the object of "het X-en van …" ends: punctuation, a preposition, a conjunction, a verb.
_OBJECT_ENDS = frozenset({"ADP", "AUX", "VERB", "CCONJ", "SCONJ", "PUNCT"})
_OBJECT_ENDS_FAST = PREPOSITIONS | SUBORDINATORS | WORDEN | ZIJN | frozenset(
    {"en", "of", "maar", "dat", "die", "kan", "kunnen", "moet", "moeten", "mag", "mogen", "zal", "zullen",
     "heeft", "hebben", "gaat", "gaan", "blijft", "blijven"})
OBJECT_WORDS = 4  # a longer object is left out of the advice: "wie zamelt wat in?"
OBJECT_WORDS_FAST = 3  # without the parse: "van grof vuil kost niets" has no end before "kost"


def _verb_advice(context: Context, index: int) -> str:
    """What to write for "het X-en van Y": with "voor" a purpose ("voor het organiseren van de markt" →
    "om de markt te organiseren"), else the question who does it ("Wie vraagt een pas aan?"). The
    message used to say "Gebruik het werkwoord: organiseren", which the writer already did."""
    lemma = context.lowers[index]
    obj = _van_object(context, index)
    if index >= 2 and context.lowers[index - 2] == "voor":
        return f"Schrijf bijvoorbeeld: 'om {obj or '…'} {inflect.te_infinitive(lemma)}'."
    person = _person_in_clause(context.doc[index])
    if person in _PERSON_SLOT:  # "Als wij na het lezen van uw zienswijze …": who does it is said already
        verb, particle = inflect.verb_form(lemma, _PERSON_SLOT[person])
        said = " ".join(w for w in (person, verb, obj or "…", particle) if w)
        return f"Schrijf het met een werkwoord, bijvoorbeeld: '{said}'."
    verb, particle = inflect.verb_form(lemma, "3sg")
    question = " ".join(w for w in ("wie", verb, obj or "wat", particle) if w)
    return f"Zeg wie het doet, met een werkwoord: {question}?"


def _van_object(context: Context, index: int) -> str | None:
    """The short noun phrase after "van" ("een pas", "gft-afval"), or None when it runs on."""
    doc, lowers = context.doc, context.lowers
    sentence = context.analysis.sentence_of(index)
    if context.parsed:
        parsed = _parsed_van_object(doc, index)
        if parsed is not False:
            return parsed
    words = []
    for position in range(index + 2, sentence.end):
        token = doc[position]
        ends = token.pos_ in _OBJECT_ENDS if context.parsed else (
            token.is_punct or lowers[position] in _OBJECT_ENDS_FAST)
        if ends or token.is_space:
            break
        word = lowers[position]
        if not context.parsed and word not in DETERMINERS and lemmas.can_be(word, "verb") and not (
                lemmas.can_be(word, "noun") or lemmas.can_be(word, "adj")):
            return None  # a verb of the sentence: "van gft-afval | verandert er niets"
        words.append(token.text)
        if len(words) > (OBJECT_WORDS if context.parsed else OBJECT_WORDS_FAST):
            return None
    last = words[-1].lower() if words else ""
    if words and position < sentence.end and lowers[position] in ("en", "of") and last.endswith("e") and lemmas.can_be(last, "adj"):
        return None  # cut off before its noun: "van een goede | en plezierige training"
    return " ".join(words) or None


def _parsed_van_object(doc, index: int) -> str | None | bool:
    """With the parse, the object is the noun "van" hangs on, with the words before it: "van de stem
    een kopie … toont" is "de stem" (the parse tells where the next part starts), "van een goede en
    plezierige training" keeps both adjectives. False where the parse gives no noun after "van"."""
    noun = doc[index + 1].head
    if noun.i <= index + 1 or noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.sent.start != doc[index].sent.start:
        return False
    end = _object_end(noun)
    words = [t for t in doc[index + 2 : end + 1] if not t.is_space]
    if any(t.pos_ in _OBJECT_ENDS - {"CCONJ"} for t in words) or words[-1].pos_ == "CCONJ":
        return False
    if len(words) > OBJECT_WORDS + 1:
        return None
    return " ".join(t.text for t in words)


# What belongs to a noun on its right without a preposition: "de London University" (flat), "het cordon
# sanitaire" (fixed), "een aantal (nieuwe) spelers" (a noun of quantity and the noun it counts).
_NOUN_PARTS = frozenset({"flat", "flat:name", "fixed", "compound", "compound:prt"})


def _object_end(noun) -> int:
    """The last word of the noun phrase the parse gives: the noun, or the words that belong to it
    right after it (code read 131: "een aantal vergunningen" is no "een aantal")."""
    end = noun.i
    for token in noun.doc[noun.i + 1 : noun.sent.end]:
        if token.is_space:
            continue
        part = token.head.i == noun.i and (token.dep_ in _NOUN_PARTS or (
            token.dep_ == "nmod" and token.pos_ in ("NOUN", "PROPN")
            and not any(child.dep_ == "case" for child in token.children)))
        of_a_part = noun.i < token.head.i <= end  # "University" of "London University"
        before_its_noun = token.dep_ in ("amod", "det") and token.head.i > token.i  # "nieuwe" in "nieuwe spelers"
        if not (part or of_a_part or before_its_noun):
            break
        end = token.i
    while end > noun.i and noun.doc[end].dep_ in ("amod", "det"):
        end -= 1  # an adjective whose noun did not follow
    return end


# "Bedankt voor het …", "Hartelijk dank voor het …", "Wij danken u voor het …"
_THANKS = ("dank", "bedank")


def _thanks_for(lowers, article: int) -> bool:
    """A thank-you just before "voor het …": the words up to three before "voor" start with dank/bedank."""
    if article < 1 or lowers[article - 1] != "voor":
        return False
    return any(word.startswith(_THANKS) for word in lowers[max(0, article - 4) : article - 1])


def _advice_for(token, lowers) -> str | None:
    """Advice from wordlists/ing-advies.toml where the noun's own verb does not help."""
    for entry in noun_advice().get(token.lower_, ()):
        if entry.before and (token.i < 1 or lowers[token.i - 1] not in entry.before):
            continue
        if entry.context and not any(word in entry.context for word in lowers[token.i + 2 : token.i + 6]):
            continue
        if entry.subject == "thing" and _person_in_clause(token) is not None:
            continue  # "U bent in overtreding van …": the noun's own verb fits ("U overtreedt …")
        return entry.advice
    return None


# Who can do the verb of the noun: "U bent in overtreding" → "U overtreedt"; "Het voertuig was in
# overtreding" cannot become "Het voertuig overtrad".
_PERSONS = frozenset("ik wij we u je jij jullie hij zij ze men wie".split())
# The verb's form after a personal pronoun ("wij lezen", "u leest"); "zij" and "ze" can be either number.
_PERSON_SLOT = {"wij": "pl", "we": "pl", "jullie": "pl", "u": "3sg", "hij": "3sg", "ik": "1sg", "je": "2sg", "jij": "2sg"}


def _person_in_clause(token) -> str | None:
    """The personal pronoun before the word in its clause, back to a comma, a clause word or the start
    of the sentence ("U bent in overtreding", "Bent u in overtreding …", "Als wij na het lezen van …")."""
    sentence = token.sent
    for before in reversed(token.doc[sentence.start : token.i]):
        if before.is_punct or before.lower_ in SUBORDINATORS:
            break
        if before.lower_ in _PERSONS:
            return before.lower_
    return None


def _is_ing_noun(token, parsed: bool) -> bool:
    lower = token.lower_
    if not (lower.endswith("ing") and len(lower) >= 7 and not token.text[0].isupper()):
        return False
    return not parsed or (token.pos_ == "NOUN" and _has_van_phrase(token))


def _is_bare_ing_noun(token) -> bool:
    """`na beoordeling van`: a preposition, then the -ing noun without an article."""
    previous = token.doc[token.i - 1]
    return (
        _is_ing_noun(token, parsed=True)
        and previous.dep_ == "case" and previous.head.i == token.i
        and not any(child.dep_ in ("det", "nmod:poss") for child in token.children)
    )


def _is_verb_as_noun(token) -> bool:
    """`het aanvragen van`: tagged as an infinitive, used as a noun ("het leven" is a plain noun)."""
    return token.tag_.startswith("WW|inf") and _has_van_phrase(token)


def _has_van_phrase(token) -> bool:
    """The 'van' right after the word starts a phrase that belongs to the word, not to the verb."""
    van = token.doc[token.i + 1]
    return van.dep_ == "case" and van.head.head.i == token.i and van.head.dep_.startswith("nmod")


def _in_phrase(context: Context, token) -> bool:
    """Already a finding of the phrase list ("in afwachting van", "met inachtneming van")."""
    return any(token.i in match.words for match in context.phrase_matches)


def _verb_of(noun: str) -> str | None:
    """verstrekking → verstrekken, behandeling → behandelen, betaling → betalen."""
    if noun in word_set("ing-dingen"):
        return None  # a thing, not an action: de woning van, de rekening van
    stem = noun[:-3]
    for verb in (stem + "en", stem + "n", stem[:-1] + "en" if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        # A verb readers know (not "dagtekenen" for "dagtekening").
        if verb and len(lemmas.forms_of(verb)) > 2 and word_zipf(verb) >= KNOWN_VERB_ZIPF:
            return verb
    return None


def _is_infinitive(word: str) -> bool:
    forms = lemmas.forms_of(word)
    return len(forms) > 3 and not is_participle(word)


def _longest_reading(sentences: list, context: Context) -> tuple[int, int]:
    """Words and sentences as the longest version of the text reads.

    In a template, a reader gets one branch of each {% if %} … {% else %}:
    of the sentences that start inside a choice, only those of its longest
    branch count (and so on for the choices inside that branch).
    """
    counted = [(s.start_char, context.word_count(s)) for s in sentences]

    def raw(start: int, end: int) -> tuple[int, int]:
        inside = [words for at, words in counted if start <= at < end]
        return sum(inside), len(inside)

    def excess(choice) -> tuple[int, int]:
        """How much more all branches of `choice` hold than its longest reading."""
        whole = raw(choice[0].start, choice[-1].end)
        readings = []
        for branch in choice:
            words, count = raw(branch.start, branch.end)
            for inner in map(excess, branch.choices):
                words, count = words - inner[0], count - inner[1]
            readings.append((words, count))
        return whole[0] - max(w for w, _ in readings), whole[1] - max(c for _, c in readings)

    words, count = sum(n for _, n in counted), len(counted)
    for choice in context.analysis.source.choices:
        extra_words, extra_sentences = excess(choice)
        words, count = words - extra_words, count - extra_sentences
    return words, count


def _is_bullet(sentence) -> bool:
    first = next((t for t in sentence if not t.is_space), None)
    return first is not None and BULLET.match(first.text) is not None


# Inside brackets, not a remark: a reference ("zie bijlage 2", "hierna: de regeling",
# "art. 16"), code from a template, or an abbreviation and its explanation.
_NOT_A_REMARK = frozenset("zie hierna hierbij bijvoorbeeld bijv. o.a. bv.".split())
_REMARK_WORDS = 3


@check("LEN005")
def remark_in_brackets(context: Context):
    """`Iedereen (ook de medewerkers) draagt …`: a remark of a few words between brackets."""
    doc = context.doc
    for sentence in context.sentences:
        opened = None
        for token in sentence:
            if token.text == "(":
                opened = token
            elif token.text == ")" and opened is not None:
                inside = doc[opened.i + 1 : token.i]
                before = doc[opened.i - 1].text if opened.i > 0 else ""
                if before.isupper() and spelled_out(before, [t.text for t in inside if t.is_alpha]):
                    opened = None
                    continue  # "OPK (oud papier en karton)": what the abbreviation stands for
                if _is_remark(inside):
                    yield Hit("LEN005", opened.idx, token.idx + 1)
                opened = None


def _is_remark(inside) -> bool:
    words = [t for t in inside if t.is_alpha]
    if len(words) < _REMARK_WORDS or len(words) != sum(1 for t in inside if not t.is_space and not t.is_punct):
        return False  # a number, a date, an article, code or an e-mail address inside
    if words[0].lower_ in _NOT_A_REMARK or any(t.text in (":", "{", "}", "=", "'", '"') for t in inside):
        return False
    return not all(t.text.isupper() or t.text[:1].isupper() for t in words)  # a name or an explained abbreviation


@check("PAR001")
def paragraph_length(context: Context):
    limits = context.settings.limits
    for paragraph in context.analysis.paragraphs:
        # A list is easy to scan: its items do not make a paragraph long.
        prose = [
            s for s in context.analysis.sentences_in(paragraph) if context.word_count(s) and not _is_bullet(s)
        ]
        words, sentences = _longest_reading(prose, context)
        if words > limits.paragraph_words or sentences > limits.paragraph_sentences:
            yield Hit(
                "PAR001",
                paragraph.start_char,
                paragraph.end_char,
                {"words": words, "sentences": sentences},
            )
