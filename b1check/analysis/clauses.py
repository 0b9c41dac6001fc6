"""A clause before its noun: "de door u aangevraagde code" → "de code die u heeft
aangevraagd". Found once per letter (`rules.base.Context.clauses_before_noun`): the
tangconstructie rule leaves these words to WRD002, and WRD002 rewrites them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ..language import inflect, lemmas
from ..language.pronouns import AS_SUBJECT, agreeing, agreeing_slot, reflexive
from ..language.tokens import DATE_NAMES, SINGULAR_DETERMINERS
from ..language.wordlists import plain_verb, read_toml, strings, word_set, wordlist_dir
from .passive import PREPOSITIONS
from .phrases import DETERMINERS

_MAX_AGENT_WORDS = 4
_RELATIVES = frozenset(("die", "dat", "welke", "wat"))


@dataclass(frozen=True)
class ClauseBeforeNoun:
    """`de door u aangevraagde code`: a determiner, "door" and who did it, a
    participle or "te" + infinitive, and the noun they all belong to."""

    determiner: Token
    agent: Span
    adverbs: tuple[Token, ...]
    verbs: tuple[str, ...]  # the participles ("aangevraagd"), or the infinitive after "te" ("betalen")
    infinitive: bool  # "de door u te betalen kosten"
    adjectives: Span  # words between the verbs and the noun ("nieuwe")
    noun: Token
    verb_lemmas: tuple[str, ...]  # the verbs' lemmas ("aanvragen"), in the order of `verbs`

    variant = None

    def has_clause_after(self) -> bool:
        """Does a clause follow the noun already? A second one after the rewrite would
        stack two: which of them says what?"""
        return _clause_after_noun(self.noun)

    def rewrite(self, joined: bool = False) -> str | None:
        """"De code die u heeft aangevraagd"; None where the relative pronoun is not
        certain or a clause after the noun would make two (with `joined`: the clause as it
        would stand before the one that follows already, joined to it by "en")."""
        relative = _relative(self.determiner, self.noun, joined)
        if relative is None:
            return None
        if any(verb in _FEELINGS for verb in self.verbs):
            return None  # "het door hen geliefde spel" is no "het spel dat zij hebben geliefd" (review r13)
        pronoun, plural = None, False
        if len(self.agent) == 1 and self.agent[0].lower_ in AS_SUBJECT:
            subject, have, must = AS_SUBJECT[self.agent[0].lower_]
            own = reflexive(subject)
            pronoun, plural = subject, have == "hebben"  # "door hen" → "zij wensen" (code read 8)
        else:
            plural = _plural(self.agent[-1])
            if plural and _plural(self.noun) and self.agent[0].pos_ != "DET":
                # "de door paarden getrokken werktuigen" → "de werktuigen die paarden trokken": who pulls
                # whom? Two bare plurals leave the clause open to both readings (review r10): "door" stays
                # ("de zienswijzen die door bewoners zijn ingediend", code read 6).
                return _passive_clause(self, relative)
            subject, have, must = self.agent.text, agreeing(None, "hebben", plural), agreeing(None, "moeten", plural)
            own = reflexive(None)
        # Before its noun a reflexive verb loses "zich" ("het door ons voorgenomen besluit"); the
        # clause needs it back ("dat wij ons hebben voorgenomen"). A verb that may be either, or
        # two verbs of which one is reflexive, leave b1check unsure: no rewrite. Nor for a verb
        # whose clause would be stiffer than the sentence ("dat zij zich heeft voorgenomen").
        always, sometimes = reflexive_verbs()
        if any(lemma in sometimes for lemma in self.verb_lemmas):
            return None
        with_zich = [lemma in always for lemma in self.verb_lemmas]
        if any(with_zich) and not all(with_zich):
            return None
        # A stiff verb gets its plain one in the clause ("de door u verzochte informatie" → "de informatie
        # die u heeft gevraagd"): the clause is written anew, so it should not keep the word.
        sentence_words = {token.lower_ for token in self.noun.sent}
        plain = [plain_verb(lemma, sentence_words) for lemma in self.verb_lemmas]
        verb_forms = [_plain_form(word, self.infinitive) if word else verb for word, verb in zip(plain, self.verbs)]
        verb_lemmas = [word or lemma for word, lemma in zip(plain, self.verb_lemmas)]
        if None in verb_forms:
            verb_forms, verb_lemmas = list(self.verbs), list(self.verb_lemmas)
        verbs = " en ".join(verb_forms)
        helper = must if self.infinitive else have
        if not self.infinitive and _past_narrative(self.noun):
            # a story told in the past: "De door de heer M. bestuurde auto voerde geen licht" →
            # "De auto die de heer M. bestuurde", not "die de heer M. heeft bestuurd" (reviewers)
            plural = have in ("hebben", "hadden")
            past = [_past(lemma, plural) if _one_verb(verb) else None for verb, lemma in zip(verb_forms, verb_lemmas)]
            if None not in past:  # (else the perfect, which is right for either verb)
                verbs, helper = " en ".join(past), ""
        elif not self.infinitive and all(verb.lower() in word_set("deelwoorden-van-nu") for verb in self.verbs):
            # a wish or a rule that holds now: "de door u gewenste datum" → "de datum die u wenst",
            # not "die u heeft gewenst", which says the wish is over
            now = [_present(pronoun, lemma, plural) for lemma in verb_lemmas]
            if None not in now:
                verbs, helper = " en ".join(now), ""
        return self._with_clause(relative, subject, own if any(with_zich) else "", *(adverb.text for adverb in self.adverbs),
                                 helper, verbs)

    def _with_clause(self, relative: str, *clause: str) -> str:
        """The noun with its words and the new clause after it: "de stukken die u heeft gevraagd"."""
        tail = van_phrase_after(self.noun)
        words = [self.determiner.text, _words(self.adjectives), self.noun.text, tail.text if tail else "", relative, *clause]
        return " ".join(word for word in words if word)


# Participles of a feeling towards something: before a noun they say how it is regarded, a state, not
# something someone did ("het door velen geliefde park", "de door iedereen gevreesde controle").
_FEELINGS = frozenset({"geliefd", "bemind", "gevreesd", "gehaat", "bewonderd", "gerespecteerd", "vereerd", "gewaardeerd", "verafschuwd"})


def _passive_clause(clause: ClauseBeforeNoun, relative: str) -> str | None:
    """"de zienswijzen die door bewoners zijn ingediend": the clause with "door" kept, for a plural noun."""
    if clause.infinitive:
        return None
    helper = "werden" if _past_narrative(clause.noun) else "zijn"
    return clause._with_clause(relative, "door", clause.agent.text, *(adverb.text for adverb in clause.adverbs), helper,
                               " en ".join(clause.verbs))


def _past_narrative(noun: Token) -> bool:
    """Is the sentence told in the past: its main verb, or that verb's auxiliary, in the past
    tense ("voerde", "had … gezien")? Then a clause made from a participle before a noun is in the
    past too."""
    root = noun.sent.root
    finite = [root, *(child for child in root.children if child.dep_ in ("aux", "aux:pass", "cop"))]
    return any("Past" in token.morph.get("Tense") and "Fin" in token.morph.get("VerbForm") for token in finite)


def _one_verb(participle: str) -> bool:
    """Is the participle of one verb only? "geleid" is of "leiden" and of "geleiden", "geloofd"
    of "loven" and "geloven", whose past tenses differ ("leidde", "geleidde"): a verb that starts
    with "ge" takes no second one, so its participle is also that of the verb without it."""
    form = participle.lower()
    verbs = {lemma for lemma in lemmas.lemmas(form) if lemma != form and lemmas.can_be(lemma, "verb")}
    verbs |= {lemma[2:] for lemma in verbs if lemma.startswith("ge") and lemmas.can_be(lemma[2:], "verb")}
    return len(verbs) <= 1


def _plain_form(lemma: str, infinitive: bool) -> str | None:
    """The participle of a plain verb for the clause ("gevraagd"), or its infinitive after "te"."""
    return lemma if infinitive else _verb_last(lemma, "participle")


_ORDINALS = frozenset("eerste tweede derde vierde vijfde zesde zevende achtste negende tiende laatste".split())


def _ordinal(word: str) -> bool:
    """An ordinal never takes the -e of a de-word: "een … tweede verzoek" (code read 9)."""
    return word in _ORDINALS or word.endswith("ste")


def _present(subject: str | None, lemma: str, plural: bool) -> str | None:
    """The present tense of `lemma` in a clause with its verb last ("wenst", "toestaat")."""
    return _verb_last(lemma, agreeing_slot(subject, lemma, plural))


def _past(lemma: str, plural: bool) -> str | None:
    """The past tense of `lemma` in a clause with its verb last ("opbouwde", "trokken")."""
    return _verb_last(lemma, "past_pl" if plural else "past_sg")


def _verb_last(lemma: str, slot: str) -> str | None:
    """The form of `lemma` in `slot` with its particle joined before it, as at the end of a clause."""
    try:
        form, particle = inflect.verb_form(lemma, slot)
    except ValueError:
        return None
    return particle + form if form else None


def _words(span: Span) -> str:
    """The words of a span without its line breaks."""
    return " ".join(t.text for t in span if not t.is_space)


def relative_after_noun(noun: Token) -> Token | None:
    """The relative pronoun straight after the noun ("een … orgaan dat de belangen …"), if any."""
    following = noun.i + 1
    doc = noun.doc
    if following < len(doc) and doc[following].lower_ in ("die", "dat"):
        return doc[following]
    return None


def van_phrase_after(noun: Token) -> Span | None:
    """"de … betaalde administratiekosten van € 35,00": a phrase with "van" right after the noun
    that belongs to it. The new clause goes after it, or it would read as part of the clause
    ("die zij heeft betaald van € 35,00", review 133). None where no such phrase follows, or where
    it runs on into a verb or another clause."""
    doc = noun.doc
    index = noun.i + 1
    while index < len(doc) and doc[index].is_space:
        index += 1
    if index >= len(doc) or doc[index].lower_ != "van" or doc[index].dep_ != "case":
        return None
    phrase = doc[index].head
    if phrase.head.i != noun.i or phrase.i <= index or phrase.dep_ not in ("nmod", "nmod:poss"):
        return None
    end = phrase.right_edge.i
    words = doc[index : end + 1]
    if any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.lower_ in _RELATIVES for t in words) or end >= noun.sent.end:
        return None
    return words


def _clause_after_noun(noun: Token) -> bool:
    """Does a clause follow the noun already ("een … ingesteld orgaan dat …")?"""
    if any(child.dep_ == "acl:relcl" and child.i > noun.i for child in noun.children):
        return True
    doc = noun.doc
    index = noun.i + 1
    while index < len(doc) and (doc[index].is_space or doc[index].text == ","):
        index += 1
    return index < len(doc) and (doc[index].lower_ in _RELATIVES or doc[index].lower_.startswith("waar"))


def _says_when(phrase: Token) -> bool:
    """A date or time ("voor 1 mei"): it goes with the verb, whatever the parse hangs it on."""
    return any(token.like_num or token.lower_ in DATE_NAMES for token in phrase.subtree)


def _inside_attribute(determiner: Token) -> bool:
    """Is the phrase part of the words before another noun: an article, a preposition,
    then this phrase ("De in het … rapport gebruikte cijfers")?"""
    doc = determiner.doc
    before = [t for t in doc[max(determiner.i - 4, determiner.sent.start) : determiner.i] if not t.is_space][-2:]
    return len(before) == 2 and before[0].lower_ in DETERMINERS and before[1].lower_ in PREPOSITIONS


def _plural(noun: Token) -> bool:
    """Is the noun plural? The parse says so, but the compact parser takes an unknown compound on
    -s for a plural now and then: "de voor hen geldende aftoppingsgrens" is no "… die voor hen
    gelden" (review r19). A known plural form decides first ("ploegen"); else the last word of a
    compound ("grens") that is a singular noun of the tables; else the parse ("leges"). An
    adjective used as a noun, which the parse gives no number, is plural by its form ("jongeren")."""
    word = noun.lower_
    if "Plur" not in noun.morph.get("Number"):
        # an adjective used as a noun has no number in the parse: "de in de buurt wonende jongeren" (code read 11)
        return noun.pos_ == "ADJ" and lemmas.plural_form(word)
    if lemmas.plural_form(word):
        return True
    # the last word of a compound only: a word the tables know as a whole may be plural only ("leges",
    # "notulen", code read 10), which the parse knows better
    for tail in (word[i:] for i in range(1, len(word) - _SHORTEST_TAIL + 1)):
        if lemmas.plural_form(tail):
            return True
        if tail in lemmas.lemmas_by_pos()["noun"]:
            return False
    return True


_SHORTEST_TAIL = 4  # the last word of a compound ("grens", "kans"); a plural as a whole ("ploegen") is found first


def _relative(determiner: Token, noun: Token, joined: bool = False) -> str | None:
    """"die" or "dat" for a clause after the noun: its determiner shows the gender where it
    can (the compact parser guesses it wrong now and then), else the parse's own guess.
    None where no clause can go there: one follows already (two would stack: which says
    what?; with `joined` the two are joined by "en"), or the determiner is the writer's slip
    in number ("elk … besluiten": a rewrite would copy it)."""
    shown = determiner.lower_
    if (_clause_after_noun(noun) and not joined) or (shown in SINGULAR_DETERMINERS and _plural(noun)):
        return None
    if _inside_attribute(determiner):
        return None  # "De in het door u overgelegde rapport gebruikte cijfers": a clause cannot go there
    if any(child.dep_ in ("flat", "appos") and child.i > noun.i for child in noun.children):
        return None  # "de bijna huilende Harm Ottenbros": the clause would cut the name in two
    if any(child.dep_ == "nmod" and child.i > noun.i and not _says_when(child) for child in noun.children):
        return None  # "een … te keuren locatie op het perceel": the clause would cut "op het perceel" off
    if shown in ("het", "dit", "dat"):
        return "dat"
    if shown in ("de", "deze", "die") or _plural(noun):
        return "die"
    before = noun.doc[noun.i - 1]
    if shown == "een" and before.i > determiner.i and before.is_alpha and not _ordinal(before.lower_):
        # after "een" the word before the noun shows the gender: "een … behorend erf" (het), "een …
        # behorende woning" (de); a word on -en never takes the -e (review r18)
        if before.lower_.endswith(("de", "te")):
            return "die"
        if before.lower_.endswith(("d", "t")):
            return "dat"
    return {"Com": "die", "Neut": "dat"}.get("".join(noun.morph.get("Gender")))


@dataclass(frozen=True)
class StateBeforeNoun:
    """`de voor u geldende regels`: a determiner, a phrase, a present participle, and the
    noun they belong to. Rewritten as a clause after the noun: "de regels die voor u gelden"."""

    determiner: Token
    words: Span  # "voor u", "op dit moment"
    verb: str  # the participle's verb: "gelden"
    adjectives: Span
    noun: Token
    variant = "state"  # the message says the reader waits for the noun, not who did what

    def has_clause_after(self) -> bool:
        return _clause_after_noun(self.noun)

    def rewrite(self, joined: bool = False) -> str | None:
        relative = _relative(self.determiner, self.noun, joined)
        if relative is None:
            return None
        plural = _plural(self.noun)
        if self.verb + "d" in word_set("eigenschappen"):
            # "een voor de stad typerend gebouw": "dat typerend is", never "dat voor de stad typeert"
            past = _past_narrative(self.noun)
            finite = {(False, False): "is", (False, True): "zijn", (True, False): "was", (True, True): "waren"}[past, plural]
            finite = f"{self.verb}d {finite}"
        elif _past_narrative(self.noun):
            finite = _past(self.verb, plural)  # "zijn boven water varende vloot" in a story: "die boven water voer"
            if finite is None:
                return None
        else:
            finite = _present(None, self.verb, plural)  # "de regels die voor u gelden"
            if finite is None:
                return None
        tail = van_phrase_after(self.noun)
        words = [self.determiner.text, self.adjectives.text, self.noun.text, tail.text if tail else "", relative,
                 self.words.text, finite]
        return " ".join(word for word in words if word)


_MAX_STATE_WORDS = 6
_PRESENT_PARTICIPLE = "WW|od"  # CGN: onvoltooid deelwoord


def _present_participle(token: Token) -> bool:
    return token.tag_.startswith(_PRESENT_PARTICIPLE)


def _past_participle(token: Token) -> bool:
    return _participle(token) is not None


def _phrases_before_nouns(sentence: Span, attributive) -> Iterator[tuple[Token, Span, Token, Token]]:
    """(determiner, phrase, participle, noun) of `de op de factuur vermelde termijn`: a
    participle (`attributive` says which kind) that belongs to a noun at most three words
    after it, with a phrase before it that opens with a preposition, after the noun's
    determiner; only adjectives between the participle and the noun."""
    doc = sentence.doc
    for participle in sentence:
        if participle.dep_ not in ("acl", "amod") or not attributive(participle):
            continue
        noun = participle.head
        first = participle.left_edge.i
        if not participle.i < noun.i <= participle.i + 3 or first == participle.i or first <= sentence.start:
            continue
        words = doc[first : participle.i]
        determiner = doc[first - 1]
        if (
            words[0].pos_ != "ADP" or len([t for t in words if not t.is_space]) > _MAX_STATE_WORDS
            or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in words)
            or determiner.lower_ not in DETERMINERS or determiner.head.i != noun.i
            or any(t.pos_ != "ADJ" for t in doc[participle.i + 1 : noun.i])
        ):
            continue
        yield determiner, words, participle, noun


def states_before_noun(sentence: Span) -> Iterator[StateBeforeNoun]:
    """`de voor u geldende regels`, `het bij deze brief behorende formulier`, from the parse:
    a present participle that belongs to a noun after it, with a phrase before it that
    opens with a preposition, all after the noun's determiner."""
    for determiner, words, participle, noun in _phrases_before_nouns(sentence, _present_participle):
        if any(t.is_space for t in words):
            continue
        verb = participle.lemma_.lower()
        if not verb.endswith("n") or participle.lower_ not in (verb + "de", verb + "d"):
            continue  # the tagger's present participle must be one: "geldende", not "verleende" (past)
        yield StateBeforeNoun(determiner, words, verb, sentence.doc[participle.i + 1 : noun.i], noun)


@dataclass(frozen=True)
class PhraseBeforeParticiple:
    """`de op de factuur vermelde termijn`, `de aan u opgelegde aanslag`: a determiner, a
    phrase that opens with a preposition, a past participle, and its noun. Who did it is
    not said, so no clause can be written for certain: the advice says where the words go."""

    determiner: Token
    words: Span
    participle: Token
    noun: Token
    variant = "state"

    def has_clause_after(self) -> bool:
        return _clause_after_noun(self.noun)

    def rewrite(self, joined: bool = False) -> str | None:
        return None

    def advice(self) -> str:
        relative = _relative(self.determiner, self.noun) or "die"
        return f"zet het achter '{self.noun.text}', met '{relative}'"


# Words of a phrase that only says when: "de in 2020 gebouwde woning" is short and common.
_WHEN = frozenset(("in", "op", "per", "sinds", "vanaf", "tot"))
# Pronouns after the preposition that make even a short phrase officialese: "de aan u opgelegde aanslag".
_PERSONAL_OBJECTS = frozenset(("u", "jou", "je", "ons", "mij", "hem", "haar", "hen", "hun"))


def phrases_before_participle(sentence: Span) -> Iterator[PhraseBeforeParticiple]:
    """`de op de factuur vermelde termijn`, from the parse: a past participle before its noun,
    with a phrase before it that opens with a preposition (not "door": that is a clause with
    its agent, `clauses_before_noun`), all after the noun's determiner."""
    for determiner, words, participle, noun in _phrases_before_nouns(sentence, _past_participle):
        content = [t for t in words if not t.is_space]
        if words[0].lower_ == "door" or noun.pos_ != "NOUN":
            continue
        personal = len(content) == 2 and content[1].lower_ in _PERSONAL_OBJECTS
        if not personal and (len(content) < 3 or (words[0].lower_ in _WHEN and any(t.like_num for t in content))):
            continue  # "de in 2020 gebouwde woning", "de hier genoemde regels"
        yield PhraseBeforeParticiple(determiner, words, participle, noun)


@lru_cache(maxsize=1)
def reflexive_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs with "zich" and an object (wordlists/zich-werkwoorden.toml): those that
    always take "zich", and those that get no rewrite: they may or may not take it ("soms"),
    or the clause with "zich" back is stiffer than the sentence ("stijf")."""
    path = wordlist_dir() / "zich-werkwoorden.toml"
    data = read_toml(path)
    always, sometimes, stiff = (frozenset(strings(data.get(key), path.name, key)) for key in ("altijd", "soms", "stijf"))
    return always, sometimes | stiff


def clauses_before_noun(sentence: Span) -> Iterator[ClauseBeforeNoun]:
    doc = sentence.doc
    for door in sentence:
        if door.lower_ != "door" or door.i == sentence.start:
            continue
        determiner = doc[door.i - 1]
        if determiner.lower_ not in DETERMINERS or determiner.pos_ not in ("DET", "PRON"):
            continue
        found = _clause_after(doc, door, sentence.end)
        if found is not None:
            yield ClauseBeforeNoun(determiner, *found)


def _clause_after(doc, door: Token, end: int):
    """The rest of `de door u (eerder) aangevraagde (nieuwe) code`, from the agent on. A line
    break between the words is no gap: the words are taken without it."""
    words = [t for t in doc[door.i + 1 : end] if not t.is_space]
    agent_end = _agent_end(words)
    if agent_end is None:
        return None
    agent = doc[words[0].i : words[agent_end - 1].i + 1]
    index = agent_end
    adverbs = []
    while index < len(words) and len(adverbs) < 2 and (words[index].pos_ == "ADV" or words[index].dep_ == "advmod"):
        if _participle(words[index], adverb=True) is not None and _noun_at(words, index + 1):
            break  # "de door u geleden schade": the parser reads "geleden" as "ago"
        adverbs.append(words[index])
        index += 1
    phrase_end = _phrase_before_verb(words, index)
    if phrase_end is not None:
        # "de door hem aan het Fietsdepot betaalde kosten" → "de kosten die hij aan het Fietsdepot heeft betaald"
        adverbs.extend(words[index:phrase_end])
        index = phrase_end
    verbs, verb_lemmas, infinitive = [], [], False
    if index + 1 < len(words) and words[index].lower_ == "te" and words[index + 1].pos_ in ("VERB", "AUX"):
        verb = words[index + 1]
        verbs, verb_lemmas, infinitive, index = [verb.lower_], [verb.lemma_.lower() or verb.lower_], True, index + 2
    else:
        while index < len(words):
            participle = _participle(words[index], adverb=_noun_at(words, index + 1))
            if participle is None:
                break
            verbs.append(participle[0])
            verb_lemmas.append(participle[1])
            index += 1
            if index + 1 < len(words) and words[index].lower_ == "en" and _participle(words[index + 1]) is not None:
                index += 1  # "ingevulde en ondertekende"
    if not verbs:
        return None
    adjectives_start = index
    while index < len(words) and words[index].pos_ == "ADJ" and index - adjectives_start < 2:
        index += 1
    if not _noun_at(words, index):
        return None
    noun = words[index]
    adjectives = doc[words[adjectives_start].i : noun.i] if adjectives_start < index else doc[noun.i : noun.i]
    return agent, tuple(adverbs), tuple(verbs), infinitive, adjectives, noun, tuple(verb_lemmas)


def _noun_at(words: list[Token], position: int) -> bool:
    return position < len(words) and words[position].pos_ == "NOUN"


_MAX_PHRASE_WORDS = 4


def _phrase_before_verb(words: list[Token], start: int) -> int | None:
    """One past a short phrase with a preposition between the agent and the participle
    ("aan het Fietsdepot", "op het formulier"), or None."""
    if start >= len(words) or words[start].pos_ != "ADP" or words[start].lower_ == "door":
        return None
    index = start + 1
    while index < len(words) and index - start <= _MAX_PHRASE_WORDS:
        token = words[index]
        if token.pos_ in ("NOUN", "PROPN"):
            following = index + 1
            verb_follows = (following < len(words)
                            and _participle(words[following], adverb=_noun_at(words, following + 1)) is not None)
            return following if verb_follows else None
        if not (token.lower_ in DETERMINERS or token.pos_ in ("DET", "ADJ", "NUM")):
            return None
        index += 1
    return None


def _agent_end(words: list[Token]) -> int | None:
    """One past the agent after "door": a pronoun ("u"), or a short noun phrase ("de gemeente")."""
    if not words:
        return None
    if words[0].lower_ in AS_SUBJECT and words[0].pos_ == "PRON":
        return 1
    index = 0
    while index < len(words) and index < _MAX_AGENT_WORDS:
        token = words[index]
        if token.pos_ in ("NOUN", "PROPN"):
            if index + 1 < len(words) and words[index + 1].pos_ in ("NOUN", "PROPN"):
                index += 1
                continue  # "door het college van B en W" stops at the next word that is no noun
            return index + 1
        if not (token.lower_ in DETERMINERS or token.pos_ in ("DET", "ADJ")):
            return None
        index += 1
    return None


def _participle(token: Token, adverb: bool = False) -> tuple[str, str] | None:
    """The bare participle of an attributive one and its verb: "aangevraagde" →
    ("aangevraagd", "aanvragen"), "genomen" stays. With `adverb` a word the parser took for
    an adverb counts too (right before its noun, "geleden" is no "ago")."""
    if token.pos_ not in (("VERB", "ADJ", "ADV") if adverb else ("VERB", "ADJ")) or not token.is_alpha:
        return None
    form = token.lower_
    for bare in (form[:-1], form) if form.endswith("e") else (form,):
        # The word list's lemma first: the parser may make one up ("aangematigde" → "aangematigen").
        for lemma in dict.fromkeys((*lemmas.lemmas(bare), *lemmas.lemmas(form), token.lemma_.lower())):
            try:
                if bare in inflect.verb_forms(lemma)["participle"]:
                    return bare, lemma
            except ValueError:
                continue
    return None
