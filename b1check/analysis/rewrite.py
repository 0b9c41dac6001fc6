"""Put an entry's alternative in the place of the matched words, in the right form.

"Wij verzochten u" → "Wij vroegen u"; "uw aanvraag wordt in behandeling
genomen" → "uw aanvraag wordt behandeld"; "deze beschikking" → "dit besluit";
"op onderstaande link" → "op de link hieronder". The alternative takes the
slot of the word that inflects (tense, number, participle, te-infinitive,
adjective ending), the other matched words go, and the words in between stay.
Where b1check cannot be sure of the form (an unknown word, a form that can be
two things and no parse to tell them apart, a separable verb whose particle
has no clear place), the alternative is advice only: `Rewrite.text` is None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ..language import inflect, lemmas
from ..language.analyse import is_parsed, placeholder
from ..language.pronouns import R_PRONOUNS, adverb_preposition, adverb_with, agreeing_slot, pointing_stem, stranded_form
from ..language.tokens import AUXILIARY_VERBS, DATE_NAMES, DEMONSTRATIVES, NUMBER_WORDS, SINGULAR_DETERMINERS, TIME_UNITS, match_case  # noqa: F401  (match_case: part of this module's interface)
from ..language.wordlists import FALLBACK, FOLLOWING, NOUN_GENDERS, PRECEDING, REQUEST, VERB_USES, VOICES, Alternative, plain_verbs, word_set
from .passive import DEGREE, MODALS, SUBORDINATORS as PASSIVE_SUBORDINATORS, VERB_CLUSTER, WORDEN, ZIJN, is_only_verb_form, is_participle, is_verb_form
from .phrases import CONTEXT_AFTER_WORDS, DETERMINERS, PERSONAL_PRONOUNS, PhraseMatch, in_context, is_verb
from .phrases import sentence_before as _sentence_before, with_sentence_before

ARTICLES = ("de", "het")
# Prepositions that end an entry or an alternative: "zich wenden tot", "contact opnemen met".
PREPOSITIONS = frozenset(
    "aan achter als bij binnen boven buiten door in met na naar om onder op over tegen tot uit van via voor "
    "vanaf vanuit volgens zonder".split()
)
# de-word determiner ↔ het-word determiner, in the singular.
_TO_NEUTER = {
    "de": "het", "deze": "dit", "die": "dat", "welke": "welk", "elke": "elk", "iedere": "ieder", "onze": "ons",
}
_TO_COMMON = {value: key for key, value in _TO_NEUTER.items()}
_INDEFINITE = frozenset("een geen zo'n elk ieder veel weinig enig welk".split())
# Finite forms of the verbs whose participle they take: "heeft gevraagd", "wordt gevraagd".
_AUXILIARIES = frozenset(
    "heb hebt heeft hebben had hadden ben bent is zijn was waren word wordt worden werd werden".split()
)
_CLAUSE_PARTS = frozenset({"punct", "ccomp", "advcl", "acl:relcl", "xcomp", "parataxis", "conj", "cc", "mark"})
_SUBORDINATE = frozenset({"acl:relcl", "advcl", "ccomp", "csubj", "acl"})


@dataclass
class Rewrite:
    """An alternative in the sentence: the tokens it changes, or advice only."""

    alternative: Alternative
    changes: dict[int, str] = field(default_factory=dict)  # token index → new text ("" drops it)
    after: dict[int, str] = field(default_factory=dict)  # token index → words to put after it
    start: int = 0  # first token the rewrite touches
    end: int = 0  # one past the last
    certain: bool = True  # no guess about the form: may be applied without a person
    slot: str | None = None  # the form of a rewritten verb ("3sg", "participle" …)
    advice: bool = False  # could not be fitted in: shown as "gebruik '…'"
    hidden: bool = False  # wrong in this sentence (it would double a word, or its sense does not fit): not shown

    def touch(self, index: int) -> None:
        self.start = min(self.start, index)
        self.end = max(self.end, index + 1)


def rewrites_of(match: PhraseMatch) -> list[Rewrite]:
    """Every alternative of the entry fitted into the sentence. An alternative for when nothing
    else fits (`fits = ["otherwise"]`) stays hidden where another one gives words to paste in."""
    edits = [rewrite(match, alternative) for alternative in match.entry.alternatives]
    last_resort = FALLBACK[0]
    if any(not edit.hidden and not edit.advice and last_resort not in edit.alternative.fits for edit in edits):
        edits = [_hidden(edit) if last_resort in edit.alternative.fits else edit for edit in edits]
    return edits


def rewrite(match: PhraseMatch, alternative: Alternative) -> Rewrite:
    """The alternative fitted into the sentence of the match."""
    doc = match.span.doc
    edit = Rewrite(alternative, start=match.span.start, end=match.span.end)
    if not _sense_fits(match, alternative, doc) or not _gender_fits(match, alternative, doc):
        return _hidden(edit)
    if alternative.advice or alternative.instruction:
        return _hidden(edit) if _advice_for_another_use(match, alternative, doc) else _advice(edit)
    if alternative.limited(REQUEST):
        return _request(match, edit, doc) or _advice(edit)
    pos = match.entry.pos
    if (pos == "verb" and match.head is not None and alternative.text.lower().startswith("niet ")
            and not {"niet", "geen"} & set(match.entry.phrase.lower().split()) and _choice_modal(doc[match.head])):
        # "Wij kunnen uw aanvraag buiten behandeling stellen" is no "kunnen … niet behandelen", which says "cannot"
        # (code read 17): not even as advice. An entry that says "geen" itself keeps it ("kan geen doorgang vinden").
        return _hidden(edit)
    if alternative.text == "…":
        # "van jl. week": without the date or length of time around it the word cannot just go
        return _left_out(match, edit, doc) or _hidden(edit)
    target = alternative.pos or pos
    if _inverted_condition(match, doc):
        done = _condition(match, edit, doc)
    elif pos == "adj" and target == "adj" and _date_before(doc, match.span.start) is not None:
        done = None  # "maandag a.s." → not "maandag komende": a plain adjective goes before its noun
    elif pos == "adv" and target == "adv" and len(match.words) == 1 and _before_its_noun(doc[match.words[0]]):
        done = None  # "uw gezamenlijk inkomen": the adverb "samen" cannot stand before a noun
    elif (pos == "adv" and target == "adv" and len(match.words) == 1
          and alternative.text.lower() not in _BEFORE_AN_ATTRIBUTE and _before_an_attribute(doc[match.words[0]])):
        done = None  # "ondanks aanvankelijk stellige verzekeringen" is no "ondanks eerst stellige …"
    elif pos == "conj" and alternative.text.split()[0].lower() in _COORDINATORS and _joins_a_subject_pronoun(match, doc):
        done = None  # "wordt u alsmede uw kind uitgenodigd": with "en" the verb would have to be "worden"
    elif match.head is None or pos not in ("verb", "noun", "adj"):
        done = _literal(match, edit, doc)
    elif pos == "verb" and target == "verb" and _said_twice(match, doc):
        done = None  # "te beëindigen en beëindigd te houden": one of the pair alone would break it
    elif pos == "verb" and target == "verb":
        try:
            done = _verb(match, edit, doc)
        except ValueError:  # a word the inflector cannot conjugate
            done = None
    elif pos == "noun" and target == "noun":
        done = _noun(match, edit, doc)
    elif pos == "adj" and "…" in alternative.text:
        done = _adjective_around_noun(match, edit, doc)
    elif pos == "adj" and target == "det":
        done = _adjective_as_determiner(match, edit, doc)
    elif pos == "adj" and target in ("adj", "adv"):
        done = _adjective(match, edit, doc)
    else:
        done = _literal(match, edit, doc) if _uninflected(match, doc) else None
    if done is None and _advice_for_another_use(match, alternative, doc):
        return _hidden(edit)  # "vertellen over" is for "wij stellen u op de hoogte", not for "is op de hoogte gesteld"
    if (done is None or _breaks_coordination(match, alternative, doc)
            or _changes_a_repeated_preposition(match, done, doc) or _drops_a_negation(match, alternative, doc)
            or _strands_a_degree_word(done, doc) or _after_a_cut_compound(match, doc)):
        return _advice(edit)
    _absorb_the_word_before(done, doc)
    if _stutters(done, doc):
        return _hidden(done)
    return _undoubled(match, done, doc)


# --------------------------------------------------------------------------------------
# A request written anew: "Gelieve het formulier terug te sturen." → "Wilt u het formulier terugsturen?"

# Words that open a clause of its own after the request ("… terug te sturen, zodat wij …", "… om … te
# kunnen behandelen"): the request ends before them.
_REQUEST_ENDS = frozenset(("om", "zodat", "omdat", "want", "als", "indien", "dan", "die", "dat", "waarmee", "waarin",
                           "wanneer", "voordat", "nadat", "tenzij", "maar", "zoals", "gelieve", "zonder", "alvorens",
                           "waarop", "waarna"))
# The words of _REQUEST_ENDS that open a clause with its own "te" ("… terug te sturen om het te kunnen
# behandelen"): a "te" after them is no part of the request.
_OWN_CLAUSES = frozenset(("om", "zodat", "omdat", "want", "als", "indien", "die", "dat"))
# Verbs that make no order of their own ("Kan uw identiteit aantonen", "Wees in het bezit van", "Laat … in vullen").
_NO_ORDER = frozenset(("zijn", "hebben", "worden", "kunnen", "mogen", "moeten", "willen", "zullen", "laten", "gaan"))


def _request(match: PhraseMatch, edit: Rewrite, doc: Doc) -> Rewrite | None:
    """"Gelieve … te <verb>" as the plain request it is. Where the request ends its sentence with a full
    stop, it becomes a question, for one verb or several ("Wilt u het formulier invullen, ondertekenen en
    terugsturen?"); where words of another clause follow (", zodat …", ":", "om … te"), one verb becomes an
    order ("Gelieve bij vragen contact op te nemen met de balie, …" → "Neem bij vragen contact op met de
    balie, …"). None (advice) where "gelieve" has a subject or an order before it ("Belanghebbenden gelieve
    …", "Lees de brief en gelieve …"), where "u" or "zich" would have to change, where a modal, "laten",
    "zijn" or "hebben" carries the request, or where the form of the order is not certain."""
    first = match.words[0]
    before = _neighbour(doc, first, -1)
    if before is not None and doc[before].text not in (":", "-", "•", "*", "–"):
        return None
    requested: list[int] = []  # the "te" of each "te <verb>" of the request
    willing = None  # the "willen" of "te willen <verb>"
    stop = None  # where the request ends: a clause of its own, or a sign of the sentence's end
    index = _neighbour(doc, first, 1)
    while index is not None:
        token = doc[index]
        if token.lower_ in ("u", "zich", "uzelf", "je", "jezelf", "jij", "jouw", "jullie"):
            return None  # "Wilt u jullie fietsen …": the form of address would have to change
        following = _neighbour(doc, index, 1)
        if token.text == "," and not _list_goes_on(doc, following) and _clause_follows(doc, index):
            stop = index  # "Gelieve uw pas mee te nemen, dit is verplicht": a clause of its own after the comma
            break
        if token.lower_ == "plaats" and _neighbour(doc, index, -1) is not None and doc[_neighbour(doc, index, -1)].lower_ == "in":
            stop = index  # "in plaats van het te printen"
            break
        if token.lower_ in _REQUEST_ENDS or token.text in (".", "!", "?", ";", ":", "(", ")"):
            stop = index
            break
        if token.lower_ == "te" and following is not None and _infinitive(doc[following]):
            previous = _neighbour(doc, index, -1)
            if previous is not None and _attribute_before_noun(doc, previous, following):
                return None  # "het te betalen bedrag": that "te" is no part of the request
            verb = _neighbour(doc, following, 1)
            if doc[following].lower_ == "willen" and verb is not None and _infinitive(doc[verb]):
                if willing is not None or (previous is not None and doc[previous].lower_ in inflect.PARTICLES):
                    return None  # "over te willen maken", or a second "te willen": advice
                willing = following  # "Gelieve het bedrag te willen overmaken": the wish is the request itself
            elif doc[following].lower_ == "laten":
                return None  # "in te laten vullen": the particle is the other verb's
            requested.append(index)
        index = following
    if not requested:
        return None
    if stop is not None and doc[stop].lower_ not in _OWN_CLAUSES and any(
            doc[i].lower_ == "te" for i in range(stop, doc[first].sent.end)):
        return None  # "in te vullen (en te ondertekenen)", "niet te bellen maar te mailen": more of it further on
    last = _neighbour(doc, requested[-1], 1)
    ends = (stop is not None and doc[stop].text in (".", "!") and _neighbour(doc, stop, 1) is None
            and not any(_finite(doc[i]) for i in range(last + 1, stop)))
    if ends:
        # Every verb goes into the question: "te" out, its particle back on it ("terug te sturen" → "terugsturen")
        edit.changes[first] = match_case("wilt u", doc[first].text)
        edit.touch(first)
        for te in requested:
            verb = _neighbour(doc, te, 1)
            particle = _particle_index(doc, te)
            edit.changes[te] = ""
            edit.touch(te)
            if verb == willing:
                edit.changes[verb] = ""
                edit.touch(verb)
                continue
            whole, plain = _plain_of(doc, particle, verb)  # "te retourneren" → "terugsturen", not "retourneren"
            if particle is not None:
                edit.changes[particle] = ""
                edit.touch(particle)
            if plain is not None:
                edit.changes[verb] = match_case(plain, doc[verb].text)
            elif particle is not None:
                edit.changes[verb] = whole
            edit.touch(verb)
        edit.changes[stop] = "?"
        edit.touch(stop)
        edit.certain = False
        return edit
    if len(requested) > 1 or willing is not None:
        return None  # "Gelieve het formulier in te vullen, te ondertekenen …": several orders need several verbs up front
    te = requested[0]
    verb = _neighbour(doc, te, 1)
    if doc[verb].lower_ in _NO_ORDER:
        return None  # "Kan uw identiteit aantonen", "Wees in het bezit van": no order of their own
    particle = _particle_index(doc, te)
    _, plain = _plain_of(doc, particle, verb)
    # The plain verb of a stiff one ("te retourneren" → "Stuur … terug"): its particle where the verb was.
    own_particle, base = inflect.split_particle(plain) if plain is not None else ("", doc[verb].lower_)
    order = _order(base)
    if order is None:
        return None
    edit.changes[first] = match_case(order, doc[first].text)
    edit.changes[te] = ""
    edit.changes[verb] = own_particle.upper() if own_particle and doc[verb].text.isupper() else own_particle
    for index in (first, te, verb):
        edit.touch(index)
    if plain is not None and particle is not None:
        edit.changes[particle] = ""  # "toe te zenden" → "Stuur": the stiff verb's particle goes too
        edit.touch(particle)
    edit.certain = False
    return edit


def _plain_of(doc: Doc, particle: int | None, verb: int) -> tuple[str, str | None]:
    """The verb of a request as written whole ("terugsturen" from "terug te sturen"), and the plain verb
    the word list gives for it (`plain_verb = true`: "retourneren" → "terugsturen"), if any."""
    whole = (doc[particle].text if particle is not None else "") + doc[verb].text
    return whole, plain_verbs().get(whole.lower())


def _attribute_before_noun(doc: Doc, previous: int, verb: int) -> bool:
    """Is "te <verb>" an attribute between an article and its noun ("het te betalen bedrag"), not a verb of
    the request ("Gelieve het te melden bij de balie")?"""
    if doc[previous].lower_ not in ("het", "de", "een", "deze", "dit", "die"):
        return False
    after = _neighbour(doc, verb, 1)
    return after is not None and doc[after].is_alpha and doc[after].lower_ not in STOP_WORDS


def _clause_follows(doc: Doc, comma: int) -> bool:
    """Does a clause of its own (a finite verb) follow this comma, before the next comma or the end?
    "…, dit is verplicht" does; "…, bij voorkeur per e-mail" does not."""
    index = _neighbour(doc, comma, 1)
    while index is not None and doc[index].text not in (",", ".", "!", "?", ";", ":"):
        if _finite(doc[index]):
            return True
        index = _neighbour(doc, index, 1)
    return False


def _list_goes_on(doc: Doc, index: int | None) -> bool:
    """After a comma in a request: is the next word the next "te <verb>" of a list, or a particle before
    it ("in te vullen, te ondertekenen en terug te sturen")?"""
    if index is None:
        return False
    if doc[index].lower_ == "te":
        return True
    following = _neighbour(doc, index, 1)
    return following is not None and doc[following].lower_ == "te" and _particle_index(doc, following) == index


def _finite(token: Token) -> bool:
    """A finite verb: a clause of its own ("… in te vullen en de gemeente zal het beoordelen")."""
    if is_parsed(token.doc):
        return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
    return token.lower_ in MODALS | ZIJN | WORDEN | _HEBBEN


def _infinitive(token: Token) -> bool:
    word = token.lower_
    if not token.is_alpha or not word.endswith("n") or (token.text[:1].isupper() and not token.text.isupper()):
        return False  # (a capital is a name: "op het gemeentehuis te Leiden")
    if is_parsed(token.doc) and token.pos_ in ("VERB", "AUX"):
        return True
    return is_verb(word)


def _order(infinitive: str) -> str | None:
    """The order of a verb written as one word after "te" ("onderteken", "overleg", "stuur"), or None where
    the form is not certain: a stem the lemma tables do not know is a guess ("ap" for "appen")."""
    if inflect.split_particle(infinitive)[0]:
        return None  # "overleggen": "overleg" (consult) or "leg over" (hand over)? The writer knows
    stem = inflect.order(infinitive)
    return stem if stem and lemmas.known(stem) else None


def _after_a_cut_compound(match: PhraseMatch, doc: Doc) -> bool:
    """Does a compound cut short before "en" or "of" share the matched words' last part ("Weers- en
    onvoorziene omstandigheden": "weersomstandigheden")? New words would take that part away."""
    joiner = _neighbour(doc, match.span.start, -1)
    if joiner is None or doc[joiner].lower_ not in ("en", "of"):
        return False
    cut = _neighbour(doc, joiner, -1)
    return cut is not None and doc[cut].text.endswith("-") and len(doc[cut].text) > 1


def _matched_plural(match: PhraseMatch, doc: Doc) -> bool:
    """Is the matched noun a plural form of the entry's word ("verordeningen")? For an adjective: is
    its noun after it plural ("de gehele besluiten", "de gehele nieuwe besluiten")?"""
    if match.entry.pos == "adj":
        following = _neighbour(doc, max(match.words), 1)
        # past other adjectives: "de gehele nieuwe besluiten" (code read 14)
        while following is not None and (doc[following].pos_ == "ADJ" if is_parsed(doc) else (
                doc[following].lower_.endswith("e") and lemmas.can_be(doc[following].lower_, "adj"))):
            following = _neighbour(doc, following, 1)
        if following is None:
            return False
        noun = doc[following]
        if is_parsed(doc):
            return noun.pos_ == "NOUN" and "Plur" in noun.morph.get("Number")
        return lemmas.plural_form(noun.lower_)
    if match.head is None or not match.lemma:
        return False
    slots = inflect.noun_slots(doc[match.head].lower_, match.lemma)
    return bool(slots) and slots[0] in ("pl", "dim_pl")


def _drops_a_negation(match: PhraseMatch, alternative: Alternative, doc: Doc) -> bool:
    """Is "geen" one of the matched words, where the entry has an article ("de voorkeur geven
    aan"), and has the alternative no "geen" or "niet" of its own? "het kabinet geeft geen
    voorkeur aan …" would become "kiest voor …": the opposite."""
    words = set(alternative.text.lower().split())
    return (any(doc[i].lower_ == "geen" for i in match.words) and "geen" not in match.entry.phrase.lower().split()
            and not words & {"geen", "niet"})


# Words that say how much of what follows: left alone, they would qualify the wrong word.
# (passive.DEGREE without "te", which also marks an infinitive, and "meer", "minder", "weinig",
# which also count: "niets meer in te dienen".)
_DEGREE_WORDS = DEGREE - {"te", "meer", "minder", "weinig"}


def _strands_a_degree_word(edit: Rewrite, doc: Doc) -> bool:
    """Does the rewrite drop a word, or make a verb of it, whose degree word stays ("We maakten het
    heel aannemelijk" → "We lieten het heel zien")?"""
    return any(
        index > 0 and doc[index - 1].lower_ in _DEGREE_WORDS and (index - 1) not in edit.changes
        and (not new or (is_verb(new.split()[0].lower()) and not _verbal(doc[index])))
        for index, new in edit.changes.items()
    )


def _verbal(token: Token) -> bool:
    """Is the word a verb itself ("zo bewerkstelligen" → "zo bereiken" keeps its "zo")?"""
    return token.pos_ in ("VERB", "AUX") if is_parsed(token.doc) else is_verb_form(token.lower_)


# Words that open a phrase like the ones these entries are: "gelet op", "gezien", "op grond van".
_PHRASE_OPENERS = frozenset({"gelet", "gezien", "uitgaande", "mede"})


def _breaks_coordination(match: PhraseMatch, alternative: Alternative, doc: Doc) -> bool:
    """Is the matched phrase one of two joined by "en" or "of", and would a word that
    is no phrase of that kind break the pair? "Gelet op het bovenstaande en gelet op
    artikel 5:32 besluiten wij" does not become "Daarom en gelet op artikel 5:32"."""
    opener = doc[match.span.start].lower_
    if opener not in PREPOSITIONS and opener not in _PHRASE_OPENERS:
        return False
    first_new = alternative.text.split()[0].lower() if alternative.text.split() else ""
    if first_new in PREPOSITIONS or first_new in _PHRASE_OPENERS:
        return False
    joiner = _neighbour(doc, match.span.end - 1, 1)
    if joiner is None or doc[joiner].lower_ not in ("en", "of", "alsmede"):
        return False
    following = _neighbour(doc, joiner, 1)
    return following is not None and (doc[following].lower_ in PREPOSITIONS or doc[following].lower_ in _PHRASE_OPENERS)


def _advice_for_another_use(match: PhraseMatch, alternative: Alternative, doc: Doc) -> bool:
    """Is advice for a verb limited to uses (`fits`) that the matched verb is not in?
    "gebruik 'gaan behandelen'" is for a decision now, not for "is in behandeling genomen"."""
    uses = alternative.limited(VERB_USES)
    if not uses or match.entry.pos != "verb" or match.head is None:
        return False
    slot, _certain = _verb_slot(match, doc[match.head])
    return slot is not None and _use(slot, doc[match.head], match.lemma) not in uses


def _stutters(edit: Rewrite, doc: Doc) -> bool:
    """Would the rewritten words begin or end with the very word beside them
    ("Daarnaast is het de ambitie" → "is het het doel")? Only a word the
    rewrite writes counts: a repetition the writer made stays theirs."""
    new = render(doc, edit.start, edit.end, edit).lower().split()
    old = doc[edit.start : edit.end].text.lower().split()
    if not new or not old:
        return False
    for seam, was, neighbour in ((new[0], old[0], edit.start - 1), (new[-1], old[-1], edit.end)):
        if seam != was and 0 <= neighbour < len(doc) and doc[neighbour].is_alpha and seam == doc[neighbour].lower_:
            return True
    return False


def _advice(edit: Rewrite) -> Rewrite:
    edit.changes, edit.after, edit.advice, edit.certain = {}, {}, True, False
    return edit


def _hidden(edit: Rewrite) -> Rewrite:
    edit = _advice(edit)
    edit.hidden = True
    return edit


# --------------------------------------------------------------------------------------
# Alternatives for one sense: "gedurende de werkzaamheden" → "tijdens", "gedurende drie weken" → "drie weken"


def _sense_fits(match: PhraseMatch, alternative: Alternative, doc: Doc) -> bool:
    """Do the alternative's own conditions hold in this sentence (its `context`,
    `unless_context`, `unless_next`, and what follows: a length of time or not)?"""
    following = alternative.limited(FOLLOWING)
    preceding = alternative.limited(PRECEDING)
    if "person" in alternative.fits and not _person_subject(match, doc):
        return False  # "deze kosten komen in aanmerking voor": costs have no right to anything
    if "thing" in alternative.fits and not _thing_subject(match, doc):
        return False  # "U mag niet afwijken van het plan": a person departs, only a thing differs
    number = [use for use in alternative.fits if use in ("singular", "plural")]
    if number and _matched_plural(match, doc) != ("plural" in number):
        return False  # "de oude verordeningen" → "regels", "deze verordening" → "regeling"
    voices = alternative.limited(VOICES)
    if voices:
        # a participle right before a preposition makes it read as the doer; a verb is no preposition
        passive = _passive_in_clause(doc, match.span.start) or (
            match.entry.pos != "verb" and _after_a_participle(doc, match.span.start))
        if passive != ("passive-clause" in voices):
            return False  # "Met de reacties is het plan veranderd", "gedeeld door de informatie": a tool or the doer
    if alternative.text == "door" and _after_an_act(doc, match.span.start):
        return False  # "een onderzoek uitvoeren door uw verzoek": the request would do it (review r17)
    if not (alternative.has_context or following or preceding):
        return True
    sentence = _with_what_it_points_back_to(doc[match.span.start].sent)
    if "after-sentence" in preceding and not _sentence_before(doc, doc[match.span.start].sent.start):
        return False  # "Ter plaatse is een bouwstop opgelegd" after a heading: "daar" points at nothing
    if "not-first" in preceding and _first_in_sentence(doc, match.span.start):
        return False  # "In goede orde hebben wij …": "Goed hebben wij …" cannot open the sentence
    if "not-clause-first" in preceding and _first_in_clause(doc, match.span.start, match.span.end):
        return False  # "(slechts in bijzondere gevallen …)": "(maar in …" reads as "but" (review r26)
    if "first" in preceding and not _first_in_sentence(doc, match.span.start):
        return False  # "Echter, wij …" → "Maar wij …"; "…, echter, …" in mid-sentence is no "maar"
    if "after-noun" in preceding and not _after_a_noun(doc, match.span.start):
        return False  # "tevreden voor wat betreft de samenwerking" → "over", not "voor"
    if "predicate" in preceding and not _with_zijn(doc, match.span.start, max(match.words)):
        return False  # "staat er een trailer in strijd met de APV": "tegen de APV" reads as a place
    if alternative.context and not in_context(sentence, alternative.context):
        return False
    if (alternative.context or alternative.context_after) and _object_joined(match, doc) and not (
            alternative.context_after and not alternative.context and all(
                in_context(doc[noun.i : noun.i + 1], alternative.context_after) for noun in _joined_nouns(match, doc))):
        # "Naar aanleiding van uw verzoek en de door u verstrekte gegevens": fits the first only. Where each
        # joined noun is one of the words after ("uw melding … en het keukentafelgesprek" → "na"), it fits both.
        return False
    if alternative.unless_context and in_context(sentence, alternative.unless_context):
        return False
    if alternative.context_before or alternative.unless_context_before:
        start = doc[match.span.start].sent.start
        before = doc[start - 1].sent if _sentence_before(doc, start) else None
        if alternative.context_before and not (before is not None and in_context(before, alternative.context_before)):
            return False
        if alternative.unless_context_before and before is not None and in_context(before, alternative.unless_context_before):
            return False
    if alternative.context_near and not in_context(_near_before(doc, match.span.start), alternative.context_near):
        return False  # "… gesprek … had weggehaald in verband met het verzoek": the talk is too far off to be the topic
    if alternative.unless_context_near and in_context(
            _near_before(doc, match.span.start, to_a_verb=True), alternative.unless_context_near):
        return False  # "van het besluit op de hoogte gesteld": "geïnformeerd" leaves its "van" behind
    last = max(match.words)
    if alternative.context_after or alternative.unless_context_after:
        end = doc[last].sent.end
        after = doc[last + 1 : min(end, last + 1 + CONTEXT_AFTER_WORDS)]
        preposition = max((i for i, role in match.roles.items() if role == "after"), default=None)
        if preposition is not None and match.head is not None and preposition < match.head:
            # the verb at the end of the clause: the phrase's own object stands inside the match,
            # after its preposition ("(wij mogen) van het beleid afwijken")
            after = doc[preposition + 1 : match.head]
        if alternative.context_after and not in_context(after, alternative.context_after):
            return False
        if alternative.unless_context_after and in_context(after, alternative.unless_context_after):
            return False
    if alternative.unless_next and _next_words(doc, last, alternative.unless_next):
        return False
    if "end" in following and not _ends_clause(doc, last):
        return False  # "zodat u het weet" before the object: "stuur ik u zodat u het weet de brief"
    if "clause" in following and _te_later(doc, last) is not None:
        return False  # "alvorens een besluit te nemen": "voordat" needs a subject and a finite verb
    if ("clause" in following or "no-clause" in following) and is_parsed(doc) and (
            _opens_a_clause(match, doc) != ("clause" in following)):
        return False  # "Gezien deze werken onverwacht komen" → "Omdat"; "Gezien de drukte kunnen wij" → "Vanwege"
    if ("amount" in following or "no-amount" in following) and _amount_next(doc, last) != ("amount" in following):
        return False  # "slechts drie toeschouwers" → "maar drie"; "slechts met de pinpas" → "alleen"
    if ("verb" in following or "no-verb" in following) and _verb_next(doc, last) != ("verb" in following):
        return False  # "mede namens" → "ook namens"; "de inhoud mede bepaald" is "mee", not "ook"
    if ("noun" in following or "no-noun" in following) and (
            len(match.words) == 1 and _attribute_of_a_noun(doc[match.words[0]])) != ("noun" in following):
        return False  # "bij veelvuldig ziekteverzuim" → "veel"; "veelvuldig gebeld" → "vaak" (review r28)
    timing = [use for use in following if use in _TIMINGS]
    if timing:
        return _timing(doc, last) in timing
    return True


def _after_a_noun(doc: Doc, index: int) -> bool:
    """Does a noun stand right before the match, one that the match can say something about: not
    the noun of a phrase with a preposition ("in gesprek voor wat betreft de overlast", "met de
    aannemer voor wat betreft de planning")? By the parse, or a word the tables know as a noun."""
    before = _neighbour(doc, index, -1)
    if before is None:
        return False
    token = doc[before]
    if is_parsed(doc) and any(child.dep_ == "case" for child in token.children):
        return False
    if not is_parsed(doc):
        # without the parse: no preposition among the two words before the noun
        one = _neighbour(doc, before, -1)
        two = _neighbour(doc, one, -1) if one is not None else None
        if any(i is not None and doc[i].lower_ in PREPOSITIONS for i in (one, two)):
            return False
    if is_parsed(doc) and token.pos_ in ("NOUN", "PROPN"):
        return True
    # (the parser now and then takes a rare noun for a verb: "De grenswaarde voor wat betreft …")
    return (lemmas.can_be(token.lower_, "noun") and not is_verb(token.lower_) and token.lower_ not in STOP_WORDS
            and token.pos_ not in ("ADJ", "ADV", "AUX"))


def _opens_a_clause(match: PhraseMatch, doc: Doc) -> bool:
    """By the parse's parts of speech and the word order: do the matched words open a clause of their
    own? The first verb after them, before a comma, decides. In a clause of its own the verb stands
    last: a comma, the end, "en" or another verb follows ("Gezien deze werken onverwacht komen, …",
    "alvorens u het formulier invult."). After a phrase that opens the main clause the finite verb
    comes second, with its subject after it ("Gezien de drukte kunnen wij …"). (The parser's
    relations are no guide here: it often makes "gezien" or "alvorens" the head of the sentence.)"""
    sentence_end = doc[max(match.words)].sent.end
    for token in doc[max(match.words) + 1 : sentence_end]:
        if token.text in (",", ";", ":", "(", ")"):
            return False
        if token.lower_ in PASSIVE_SUBORDINATORS and token.pos_ == "PRON":
            return False  # a relative clause on the noun: "Gezien de klachten die wij kregen, …"
        if token.pos_ not in ("VERB", "AUX") or token.dep_.split(":")[0] in ("amod", "acl"):
            continue  # (a participle before its noun: "gezien de gewijzigde regels")
        following = _neighbour(doc, token.i, 1)
        return following is None or doc[following].is_punct or doc[following].lower_ in ("en", "of", "maar") or (
            doc[following].pos_ in ("VERB", "AUX"))
    return False


def _after_a_participle(doc: Doc, index: int) -> bool:
    """Does a participle stand right before the match ("heeft de stap met ons gedeeld | naar
    aanleiding van"): "door" there reads as the one who did it."""
    previous = _neighbour(doc, index, -1)
    return previous is not None and is_participle(doc[previous].lower_)


def _after_an_act(doc: Doc, index: int) -> bool:
    """In the parse: does an infinitive stand right before the match ("een onderzoek uitvoeren |
    naar aanleiding van")? "door" there reads as the one who does it. (After a noun it mostly reads
    as the cause: "schade door de werkzaamheden".)"""
    previous = _neighbour(doc, index, -1)
    if previous is None:
        return False
    token = doc[previous]
    if is_parsed(doc) and token.pos_ == "VERB" and "Inf" in token.morph.get("VerbForm"):
        return True
    # the form of an infinitive, where the parser took it for a noun or there is no parse ("de regels
    # aanpassen naar aanleiding van", code read 8)
    return token.lower_.endswith("en") and is_verb(token.lower_) and not (is_parsed(doc) and (
        token.pos_ in ("ADJ", "ADV") or "Plur" in token.morph.get("Number")))  # ("veel zorgen door de plannen", code read 9)


def _passive_in_clause(doc: Doc, index: int) -> bool:
    """Is the clause of this word passive, or a perfect with "zijn" ("wordt de volgende stap gezet",
    "is ruim 20% van de plaatsen veranderd")? The clause runs from the sentence start to the first
    comma or word that opens another clause after the word."""
    sentence = doc[index].sent
    window = []
    for token in doc[sentence.start : sentence.end]:
        if token.i > index and (token.text in (",", ";", ":") or token.lower_ in PASSIVE_SUBORDINATORS):
            break
        window.append(token)
    for number, token in enumerate(window):
        if token.lower_ in WORDEN or token.lower_ in ZIJN:
            if any(is_participle(t.lower_) for t in window[number + 1 :]):
                return True
    return False


# How far back `context_near` looks: a few words of the same clause.
_NEAR_WORDS = 6


def _near_before(doc: Doc, start: int, to_a_verb: bool = False) -> Span:
    """The words right before the match in its clause: at most _NEAR_WORDS, back to a comma or the
    sentence start. With `to_a_verb` also no further back than a verb: what stands beyond it is
    no part of the match's phrase ("De bewoners van de straat worden op de hoogte gesteld")."""
    sentence_start = doc[start].sent.start
    first, words = start, 0
    while first > sentence_start and words < _NEAR_WORDS:
        previous = doc[first - 1]
        if previous.text in (",", ";", ":") or to_a_verb and _verb_between(previous):
            break
        first -= 1
        words += not previous.is_space
    return doc[first:start]


_COPULAS = ZIJN | frozenset("blijft blijven bleef bleven".split())
# What one finds something: "Wij vinden het van belang" is "vinden het belangrijk"; and what
# something seems or becomes ("lijkt me niet noodzakelijk", "was noodzakelijk geworden").
_JUDGING = frozenset(
    "vind vindt vinden vond vonden acht achten achtte achtten lijkt lijken leek leken blijkt blijken bleek bleken "
    "wordt worden werd werden geworden".split()
)


def _with_zijn(doc: Doc, start: int, last: int) -> bool:
    """Is the phrase what something is: a form of "zijn" (or a verb of judging, `_JUDGING`) just
    before it ("Dit is (niet) in strijd met …", "Wij vinden het van belang") or right after it or at
    the end of its clause ("dat dit in strijd met de regels is", "dat die brug van belang was voor
    heel China"), and no verb of its own after it ("is in strijd met de regels gebouwd": "tegen de
    regels gebouwd" reads as a place)? Never before its noun: "de noodzakelijke papieren zijn hier"."""
    if _before_its_own_noun(doc, last) or _after_its_own_noun(doc, start, last):
        return False
    if _beside_another_adjective(doc[last]) and (
            doc[last].dep_ == "amod" and doc[last].head.i > last if is_parsed(doc)
            else last + 2 < len(doc) and _before_its_own_noun(doc, last + 2)):
        return False  # "een noodzakelijke en dure stap": the noun comes after the other adjective
    sentence = doc[start].sent
    words = _rest_of_clause(doc, last)
    if _linked_before(doc, start, 3):
        return not _verbs_in(words)
    if not words:
        # last in its clause, after "zijn" or a verb of judging further back in it: "De regels zijn
        # voor iedereen noodzakelijk", "Wij vinden een nieuw plan noodzakelijk"
        for token in reversed(doc[sentence.start : start]):
            if token.is_punct or token.lower_ in _SUBORDINATORS:
                break
            if _links(token):
                return True
        return False
    # the copula right after it ("van belang was voor heel China"), also after a modal ("relevant kunnen
    # zijn voor het fonds"), or last ("voor u van belang is")
    lead = 0
    while lead < len(words) - 1 and words[lead].lower_ in MODALS:
        lead += 1
    return ((_links(words[lead]) and not _verbs_in(words[lead + 1 :]))
            or (_links(words[-1]) and not _verbs_in(words[:-1])))


def _after_its_own_noun(doc: Doc, start: int, last: int) -> bool:
    """With the parse: does the phrase hang on the noun right before it ("Dit is een besluit van
    groot belang voor de stad": no "een besluit heel belangrijk")? Not a noun inside a phrase with a
    preposition ("voor de bewoners van belang"), nor an object the phrase says something of ("Wij
    vinden een nieuw plan noodzakelijk")."""
    before = _neighbour(doc, start, -1)
    if before is None or not is_parsed(doc):
        return False
    noun = doc[before]
    if any(token.lower_ in _JUDGING for token in doc[noun.sent.start : start]):
        return False  # what a verb of judging says of its object: "Dat vinden de bewoners van belang"
    return (noun.pos_ in ("NOUN", "PROPN") and not any(child.dep_ == "case" for child in noun.children)
            and any(doc[i].head.i == noun.i for i in range(start, last + 1)))


def _links(token: Token) -> bool:
    """A form of "zijn", "blijven" or a verb of judging ("acht" as a number is none)."""
    return token.lower_ in _COPULAS or (token.lower_ in _JUDGING and not token.like_num)


def _linked_before(doc: Doc, start: int, reach: int) -> bool:
    """A copula or a verb of judging among the few words before `start`, in its clause."""
    sentence = doc[start].sent
    index = start - 1
    while index >= sentence.start and start - index <= reach and not doc[index].is_punct:
        if _links(doc[index]):
            return True
        index -= 1
    return False


def _rest_of_clause(doc: Doc, last: int) -> list[Token]:
    """The words after `last` up to the end of its clause: a comma, a conjunction, "om … te" or a
    "te" with its infinitive ("Het is van belang om te bellen", "van belang u te informeren")."""
    sentence = doc[last].sent
    words = []
    for token in doc[last + 1 : sentence.end]:
        if (token.is_punct or token.lower_ in _SUBORDINATORS or token.lower_ in _COORDINATORS or token.lower_ == "te"
                or token.lower_ == "om" and any(t.lower_ == "te" for t in doc[token.i + 1 : sentence.end])):
            break
        if not token.is_space:
            words.append(token)
    return words


def _verbs_in(tokens) -> bool:
    return any((_only_a_verb(t.lower_) or t.pos_ in ("VERB", "AUX")) and t.lower_ not in _JUDGING for t in tokens)


def _before_its_own_noun(doc: Doc, last: int) -> bool:
    """Does the phrase stand before its noun ("de noodzakelijke papieren", "een noodzakelijk
    onderdeel")? With the parse: an attribute of the noun right after it; without it: a word with
    -e, or after an article, before a noun."""
    following = _neighbour(doc, last, 1)
    if following is None:
        return False
    noun = doc[following]
    if is_parsed(doc):
        return doc[last].dep_ == "amod" and doc[last].head.i == following
    previous = _neighbour(doc, last, -1)
    attributive = doc[last].lower_.endswith("e") or (previous is not None and doc[previous].lower_ in ("een", "geen"))
    return attributive and _may_be_noun(noun) and not _only_a_verb(noun.lower_)


def _may_be_noun(token: Token) -> bool:
    """Without the parse: a word that can be a noun and is no small function word."""
    return token.is_alpha and token.lower_ not in STOP_WORDS and lemmas.can_be(token.lower_, "noun")


# A verb without a subject of its own takes its subject from the verb it hangs on:
# "Om in aanmerking te komen voor subsidie moet u …".
_SUBJECT_FROM_HEAD = frozenset(("xcomp", "advcl"))


def _person_subject(match: PhraseMatch, doc: Doc) -> bool:
    """Can the one who does it be a person? Not where the verb has a subject that is a thing
    ("deze kosten komen in aanmerking voor …", "de brief vermeldt …"). A personal pronoun,
    "wie" or a name is a person; so is the unnamed doer of a passive ("wordt op de rekening
    vermeld") and the reader of a command ("Vermeld het kenmerk"). A verb without a subject of
    its own takes the one of the verb it hangs on ("Om in aanmerking te komen … moet u").
    Without the parse only a pronoun next to the verb is seen, so only that can decide."""
    if match.head is None:
        return False
    verb = doc[match.head]
    if not is_parsed(doc):
        subject = _subject(verb)
        return subject is None or subject in PERSONAL_PRONOUNS
    for _ in range(3):
        if any(c.dep_ == "nsubj:pass" for c in verb.children):
            return True
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject.lower_ in PERSONAL_PRONOUNS or subject.lower_ == "wie" or subject.pos_ == "PROPN"
        if any(c.lower_ == "er" and c.dep_ in ("advmod", "expl") for c in verb.children) and not any(
                c.dep_ == "aux:pass" for c in verb.children):
            return False  # "dat er toch dwangsommen verbeuren": what "er" brings in is a thing, no doer
        if verb.dep_ not in _SUBJECT_FROM_HEAD or verb.head is verb:
            return True
        verb = verb.head
    return True


def _noun_is_the_subject(match: PhraseMatch, doc: Doc) -> bool:
    """In the parse: is a noun of the entry the subject of its verb ("Deze gesprekken zijn inmiddels
    gevoerd", "dat er gesprekken zouden worden gevoerd")? A verb without a noun in its place leaves no subject.
    Without the parse: a noun of the entry before the verb with a form of "zijn" or "worden" in its
    clause, unless an "er" opens it and the auxiliary is singular ("Er is een gesprek gevoerd")."""
    if match.head is None:
        return False
    if not is_parsed(doc):
        if match.head and doc[match.head - 1].lower_ == "te":
            return False  # "Wij zijn van plan een gesprek te voeren" (code read 11)
        # the clause after its conjunction ("Wij zijn blij dat wij een gesprek hebben gevoerd"); "die" or "dat"
        # before a noun is a determiner ("Die gesprekken zijn gevoerd", code read 12)
        clause = _clause_before(doc, match.head)
        opener = max((t.i for t in clause if t.lower_ in _SUBORDINATORS and not (
            t.lower_ in ("die", "dat") and t.i + 1 < len(doc) and _noun_like(doc[t.i + 1]))), default=None)
        if opener is not None:
            clause = doc[opener + 1 : match.head]
        # the entry's nouns, not one of its prepositions' ("in behandeling genomen")
        nouns = [i for i in match.words if i < match.head and lemmas.can_be(doc[i].lower_, "noun")
                 and not is_verb_form(doc[i].lower_) and not (i and doc[i - 1].lower_ in PREPOSITIONS)]
        auxiliaries = [t for t in clause if t.lower_ in ZIJN | WORDEN]
        if not nouns or not auxiliaries:
            return False
        if any(a.i > min(nouns) for a in auxiliaries):
            return True  # the noun before its auxiliary: "Deze gesprekken zijn gevoerd"
        impersonal = any(t.lower_ == "er" for t in clause)
        return not impersonal or any(a.lower_ in ("zijn", "waren", "worden", "werden") for a in auxiliaries)
    if any(doc[i].dep_ == "obl:agent" for i in match.words if i != match.head):
        return True  # "Er zijn door ons gesprekken gevoerd", the noun read as the agent: no "Er zijn door gepraat" (code read 11)
    nouns = [doc[i] for i in match.words if i != match.head and doc[i].dep_ == "nsubj:pass" and doc[i].pos_ == "NOUN"]
    if not nouns:
        return False
    # an impersonal passive keeps its "er" or its first phrase ("Er is een gesprek gevoerd" → "Er is gepraat"):
    # only a noun before the finite verb, or a plural one, would leave the clause without a subject (code read 9)
    finite = next((c for c in doc[match.head].children if c.dep_ in ("aux", "aux:pass") and "Fin" in c.morph.get("VerbForm")), None)
    return finite is None or "Plur" in finite.morph.get("Number") or any(noun.i < finite.i for noun in nouns)


def _clause_before(doc: Doc, index: int) -> Span:
    """The words of the clause before a word: back to a punctuation mark or the sentence start."""
    start = index
    while start > doc[index].sent.start and not doc[start - 1].is_punct:
        start -= 1
    return doc[start:index]


_PERSON_ENDINGS = ("er", "aar", "ende", "ist", "eur", "ier", "ant", "ent")


def _thing_subject(match: PhraseMatch, doc: Doc) -> bool:
    """Is the one it is about a thing? Only with the parse: not `_person_subject`, and no noun whose
    ending names a person."""
    if match.head is None or not is_parsed(doc):
        return False  # without the parse who it is about is unseen: advice only (code read 9)
    if not _person_subject(match, doc):
        subject = next((c for c in doc[match.head].children if c.dep_ == "nsubj"), None)
        # a noun for a person: "de aanvrager", "bewoners", "de minister", "een ondernemer" (code read 9)
        return subject is None or not subject.lemma_.lower().endswith(_PERSON_ENDINGS)
    return False


# A length of time counted from a moment: "zes weken na de datum", "drie maanden nadat".
_COUNTED_FROM = frozenset(("na", "nadat"))


# The uses of FOLLOWING that `_timing` decides.
_TIMINGS = ("duration", "duration-from", "no-duration")


def _timing(doc: Doc, index: int) -> str:
    """What follows `index`: "duration" ("drie weken"), "duration-from" ("zes weken na de
    datum"), or "no-duration" ("de zomer")."""
    end = _duration_after(doc, index)
    if end is None:
        return "no-duration"
    following = _neighbour(doc, end, 1)
    return "duration-from" if following is not None and doc[following].lower_ in _COUNTED_FROM else "duration"


# Words that point back to the sentence before: "Neem contact op via telefoon. Vermeld hierbij
# het kenmerk." — the phone is in the sentence "hierbij" points to.
_POINTING_BACK = frozenset(("hierbij", "daarbij", "hiervoor", "daarvoor", "daarin", "hierin"))


def _with_what_it_points_back_to(sentence: Span) -> Span:
    """The sentence, and the one before it in its paragraph when it points back to it
    ("daarbij", or a subject "Deze" that stands for what the sentence before named)."""
    if any(token.lower_ in _POINTING_BACK for token in sentence):
        return with_sentence_before(sentence, always=True)
    return with_sentence_before(sentence)


def _joined_nouns(match: PhraseMatch, doc: Doc) -> list[Token]:
    """The object after the entry's last word with the words joined to it ("uw melding en uw
    klacht"): a second noun, or a word with its own article; not a verb the parse joined to it
    ("op grond van artikel 3 … en beoordeeld aan …"). Only the first where nothing is joined."""
    following = _neighbour(doc, max(match.words), 1)
    if following is None:
        return []
    noun = doc[following] if doc[following].pos_ in ("NOUN", "PROPN") else doc[following].head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    return [noun, *(child for child in noun.children if child.dep_ == "conj" and (
        child.pos_ in ("NOUN", "PROPN") or any(c.dep_ == "det" for c in child.children)))]


def _object_joined(match: PhraseMatch, doc: Doc) -> bool:
    """Is the object of a phrase that ends in a preposition joined to a second one ("uw
    verzoek en de gegevens")? An alternative chosen for the first (`context`) may not fit
    the second. Only with the parse."""
    last = max(match.words)
    if not is_parsed(doc) or doc[last].lower_ not in PREPOSITIONS or match.entry.pos != "expr":
        return False
    return len(_joined_nouns(match, doc)) > 1


def _first_in_sentence(doc: Doc, index: int) -> bool:
    """Are the words at `index` the first of their sentence (after a list mark or a space)?"""
    return not any(t.is_alpha or t.like_num for t in doc[doc[index].sent.start : index])


def _first_in_clause(doc: Doc, index: int, end: int) -> bool:
    """Are the words from `index` to `end` the first of their sentence, or right after a comma, a
    bracket, a semicolon, a colon or a dash? Not a bracket round the words alone: "(slechts) zeven"."""
    previous = _neighbour(doc, index, -1)
    if _first_in_sentence(doc, index):
        return True
    if previous is None or doc[previous].text not in _CLAUSE_MARKS:
        return False
    return not (doc[previous].text == "(" and end < len(doc) and doc[end].text == ")")


_CLAUSE_MARKS = frozenset(", ( ; : – -".split())


def _ends_clause(doc: Doc, last: int) -> bool:
    """Does the phrase end its clause: a sentence end or a punctuation mark right after it?"""
    following = _neighbour(doc, last, 1)
    return following is None or (doc[following].is_punct and doc[following].text not in ('"', "'", "(", "“", "‘"))


def _gender_fits(match: PhraseMatch, alternative: Alternative, doc: Doc) -> bool:
    """An alternative for one gender only ("dat" for a het-word) is wrong, not
    advice, where the parse knows the noun is of the other: "in de betreffende
    maand" gets "die", and no "gebruik 'dat'" beside it."""
    genders = [g for g in alternative.limited(NOUN_GENDERS) if g in ("de", "het")]
    if not genders:
        return True
    gender = _gender_before(match, doc)
    return gender is None or gender in genders


def _next_words(doc: Doc, index: int, words: tuple[str, ...]) -> bool:
    """Does one of `words` (a word or a word group, any form of it) follow right after `index`?"""
    after = [t for t in doc[index + 1 : index + 6] if not t.is_space]
    for group in words:
        parts = group.split()
        if len(after) >= len(parts) and all(
            part == token.lower_ or part in _word_lemmas(token) for part, token in zip(parts, after)
        ):
            return True
    return False


# Words that measure out a length of time before its unit: "drie weken", "meer dan twintig minuten".
# (The numbers themselves: tokens.NUMBER_WORDS, "een", or digits.)
_AMOUNT_WORDS = frozenset(
    "een enkele enige meerdere aantal paar meer minder dan ruim bijna ongeveer circa maximaal minimaal minstens "
    "ten minste hooguit half halve anderhalf anderhalve heel hele volle verscheidene vele talloze".split()
)


# Words that open an amount after "slechts": "slechts enkele dagen", "slechts een deel", "slechts zelden".
_AMOUNT_START = frozenset(
    "een één enkel enkele enkelen enige paar weinig weinigen zelden kort even half halve anderhalf anderhalve ruim bijna "
    "ongeveer circa maximaal minimaal hooguit verscheidene zo'n".split()
)


def _amount_next(doc: Doc, index: int) -> bool:
    """Does a number or an amount follow right after `index` ("slechts drie", "slechts een paar",
    "slechts 5 procent", "slechts zelden")?"""
    following = _neighbour(doc, index, 1)
    if following is not None and doc[following].text == ")":
        following = _neighbour(doc, following, 1)  # "(slechts) zeven overtredingen"
    if following is None:
        return False
    if doc[following].lower_ in _BEFORE_AN_AMOUNT:
        # "slechts voor vijftien procent"; but after a preposition only a number ("slechts met een pinpas")
        following = _neighbour(doc, following, 1)
        return following is not None and doc[following].lower_ != "een" and (
            doc[following].like_num or doc[following].lower_ in NUMBER_WORDS)
    token = doc[following]
    lower = token.lower_
    if lower in _CURRENCIES:
        # "slechts € 10", "slechts flo 0,10 lager": the amount comes after its currency
        after = _neighbour(doc, following, 1)
        return after is not None and doc[after].like_num
    return _is_number(token) or lower in _AMOUNT_START


_CURRENCIES = frozenset(("€", "eur", "euro", "$", "ƒ", "fl", "fl.", "flo", "hfl"))


_BEFORE_AN_AMOUNT = frozenset("voor in op met tot na".split())


def _verb_next(doc: Doc, index: int) -> bool:
    """Is the word right after `index` a verb (in the parse) or a participle ("mede bepaald"), also
    after "te" ("niet noodzakelijk te bellen")?"""
    following = _neighbour(doc, index, 1)
    if following is not None and doc[following].lower_ == "te":
        following = _neighbour(doc, following, 1)
    if following is None:
        return False
    token = doc[following]
    if token.lower_ in _AS_PREPOSITIONS:
        return False  # "mede gelet op": a preposition, "ook gelet op"
    if _word_lemmas(token) & AUXILIARY_VERBS:
        return False  # "zouden mede moeten worden betrokken": "ook moeten", not "mee moeten"
    if not is_parsed(doc):
        return is_participle(token.lower_) or is_verb_form(token.lower_)  # "zullen het plan mede bepalen"
    return token.pos_ in ("VERB", "AUX") or is_participle(token.lower_)


# Participles used as prepositions: "gelet op", "gezien de kosten".
_AS_PREPOSITIONS = frozenset("gelet gezien afgezien uitgaande".split())


# A number in words that NUMBER_WORDS leaves out, or a round one: "vijfentwintig", "tweehonderd",
# "een vijftal", "een tiental", "tientallen", "honderden" ("zo'n" only before one of them).
_UNITS = "een|twee|drie|vier|vijf|zes|zeven|acht|negen"
_TENS = "tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
_NUMBER_IN_WORDS = re.compile(
    rf"(?:(?:{_UNITS})(?:en|ën)(?:{_TENS})|(?:{_UNITS}|{_TENS})?(?:honderd|duizend)(?:{_UNITS}|{_TENS})?"
    rf"|(?:{_UNITS}|{_TENS}|honderd|duizend)(?:tal|tallen)|honderden|duizenden|miljoen|miljoenen|dozijn)"
)


def _is_number(token: Token) -> bool:
    """A number in digits or in words ("12", "twaalf", "vijfentwintig", "een tiental")."""
    return token.like_num or token.lower_ in NUMBER_WORDS or _NUMBER_IN_WORDS.fullmatch(token.lower_) is not None


def _is_amount(token: Token) -> bool:
    return _is_number(token) or token.lower_ in _AMOUNT_WORDS


# Units of time, and the words for a while that an amount makes a length of time ("enige tijd",
# "een periode van").
_DURATION_NOUNS = TIME_UNITS | {"tijd", "tijdje", "periode"}


def _duration_after(doc: Doc, index: int) -> int | None:
    """The last word of a length of time right after `index` ("drie weken",
    "meer dan twintig minuten", "een jaar"), or None: at least one amount,
    then a unit of time."""
    amounts = 0
    for token in doc[index + 1 : index + 8]:
        if token.is_space:
            continue
        lower = token.lower_
        if _is_amount(token):
            amounts += 1
            continue
        if lower == "zo'n":
            continue  # "zo'n tien jaar" is a length of time, "zo'n periode" (such a period) is not
        if amounts and (lower in _DURATION_NOUNS or _word_lemmas(token) & _DURATION_NOUNS):
            return token.i
        return None
    return None


def _left_out(match: PhraseMatch, edit: Rewrite, doc: Doc) -> Rewrite | None:
    """"…" alone: the matched word goes and what is around it stays: the
    length of time after it ("gedurende drie weken" → "drie weken"), or the
    date before it ("3 mei jl." → "3 mei"). The rewrite reaches over those
    words, so that the suggestion is never empty."""
    if len(match.words) != 1 or match.head is not None and not _uninflected(match, doc):
        return None
    word = match.words[0]
    reach = _duration_after(doc, word)
    before = _neighbour(doc, word, -1)
    if reach is not None and before is not None and doc[before].text[:1].isdigit():
        return None  # "vanaf 26 november 2020 gedurende 4 weken": two numbers would meet (review r18)
    if reach is None:
        reach = _date_before(doc, word)
    if reach is None:
        return None
    edit.changes[word] = ""
    if reach < word and doc[word].text.endswith(".") and _ends_sentence(doc, word):
        edit.changes[reach] = doc[reach].text + "."  # "van 3 mei jl.": its full stop is the sentence's too
    edit.touch(reach)
    edit.certain = False
    return edit


def _date_before(doc: Doc, index: int) -> int | None:
    """The month or day right before `index` ("3 mei", "maandag"), or None."""
    before = _neighbour(doc, index, -1)
    return before if before is not None and doc[before].lower_ in DATE_NAMES else None


def _ends_sentence(doc: Doc, index: int) -> bool:
    after = _neighbour(doc, index, 1)
    if after is not None and doc[after].text == ")":
        # "(Zie onze brief van 3 mei jl.)" ends; "(gepubliceerd op 6 november jl.) prijzende woorden" and
        # "(van 3 mei jl.), daarin" run on
        following = _neighbour(doc, after, 1)
        return following is None or (doc[following].is_alpha and doc[following].text[:1].isupper())
    return after is None or doc[after].text in ("\"", "'", "”", "’")


# --------------------------------------------------------------------------------------
# Doubled words: "in openheid en transparantie" → "in openheid en openheid"

# How far from the rewritten words a word the alternative brings may not stand already.
_DOUBLING_REACH = 3
_COORDINATORS = frozenset(("en", "of"))
_SAME_KIND = {"noun": ("NOUN",), "verb": ("VERB",), "adj": ("ADJ",), "adv": ("ADV", "ADJ")}


def _undoubled(match: PhraseMatch, edit: Rewrite, doc: Doc) -> Rewrite:
    """An alternative whose word already stands next to the match would say it
    twice. In a pair joined by "en" or "of" ("in openheid en transparantie")
    the entry's word and the conjunction go ("in openheid"); elsewhere the
    alternative is not offered."""
    written = " ".join([*edit.changes.values(), *edit.after.values()]).lower().split()
    if len(written) == 1 and _pointer_just_before(written[0], edit, doc):
        return _hidden(edit)  # "door deze aan de betreffende boot" → not "door deze aan deze boot": "die" then
    words = _content_words(" ".join(written))
    preposition = not words and len(written) == 1 and written[0] in PREPOSITIONS
    if preposition:
        # A preposition for a preposition, with the same one just after it: "afspraken over de
        # ondersteuner over:" says "over" twice ("een aanvraag voor een vergunning voor het
        # parkeren" before it reads fine).
        words = frozenset(written)
    if not words:
        return edit
    sentence = doc[match.span.start].sent
    low = edit.end if preposition else max(sentence.start, edit.start - _DOUBLING_REACH)
    high = min(sentence.end, edit.end + _DOUBLING_REACH)
    # The same word, or another form of it in the same part of speech ("zorgen voor de zorg" is no doubling).
    kinds = _SAME_KIND.get(edit.alternative.pos or match.entry.pos or "", ()) if is_parsed(doc) else ()
    candidates = [t for t in doc[low:high] if t.i not in edit.changes and t.i not in match.words and t.is_alpha]
    doubled = [t for t in candidates if t.lower_ in words]
    if preposition:
        # Not past a verb: "de boerderij in Dirksland is in de nacht omgewaaid" holds two phrases.
        doubled = [t for t in doubled if not any(_verb_between(word) for word in doc[edit.end : t.i])]
    pointers = {pointing_stem(word) for word in written} - {None}
    if not doubled and pointers:
        # "de wijzigingen hieronder hier te doen": two words that point at the same place
        doubled = [t for t in candidates if pointing_stem(t.lower_) in pointers]
    if not doubled and any(t.pos_ in kinds for t in candidates):
        new = _lemmas_of(words)
        doubled = [t for t in candidates if t.pos_ in kinds and new & _word_lemmas(t)]
    elif not doubled and not is_parsed(doc) and (edit.alternative.pos or match.entry.pos) == "noun":
        # Without a parse the part of speech is unknown: a noun with a form of the same word nearby
        # ("Het plan heeft hoge ambities" → not "hoge plannen") goes; hiding one is the safe side.
        new = _lemmas_of(words)
        doubled = [t for t in candidates if new & _word_lemmas(t)]
    if not doubled and (edit.alternative.pos or match.entry.pos) in ("adj", "adv") and _elsewhere_in(sentence, words, edit, match):
        return _hidden(edit)  # "waarbij … belangrijk … heel belangrijk is": a long word said twice in one sentence
    if not doubled and (edit.alternative.pos or match.entry.pos) == "verb" and _verb_elsewhere_in(sentence, words, edit, match):
        return _hidden(edit)  # "ertoe kan leiden dat …, hetgeen kan resulteren in" → not a second "kan leiden"
    if not doubled:
        return edit
    pair = _coordinated_pair(match, doubled, doc)
    if pair is None:
        return _hidden(edit)
    edit.changes, edit.after = {}, {}
    for index in pair[1]:
        edit.changes[index] = ""
        edit.touch(index)
    edit.touch(pair[0])
    edit.certain = False
    return edit


# Adverbs an alternative may open with that the writer may have put before the match already.
_ABSORBED = frozenset("al nog ook toch pas weer".split())


def _pointer_just_before(word: str, edit: Rewrite, doc: Doc) -> bool:
    """Does the pointing word an alternative writes ("deze", "dit") stand a few words before
    already, pointing at something else?"""
    if word not in DEMONSTRATIVES:
        return False
    following = _neighbour(doc, edit.end - 1, 1)
    if following is None or not doc[following].is_alpha or doc[following].lower_ in STOP_WORDS:
        return False  # a pronoun of its own ("de brief welke u stuurde" → "die u"), no determiner
    sentence_start = doc[edit.start].sent.start
    for token in doc[max(sentence_start, edit.start - _DOUBLING_REACH) : edit.start]:
        if token.lower_ != word:
            continue
        # a pronoun on its own ("door deze aan"), not a determiner ("deze brief over") nor a relative
        # pronoun after its noun ("de stukken die bij")
        after, before = _neighbour(doc, token.i, 1), _neighbour(doc, token.i, -1)
        alone = after is not None and (doc[after].lower_ in PREPOSITIONS or doc[after].is_punct)
        relative = before is not None and doc[before].is_alpha and doc[before].lower_ not in STOP_WORDS and lemmas.can_be(
            doc[before].lower_, "noun")
        if alone and not relative:
            return True
    return False


def _absorb_the_word_before(edit: Rewrite, doc: Doc) -> None:
    """An alternative that opens with the word just before the match says that word already:
    "al sinds geruime tijd" → "al lange tijd", not "al al lange tijd" (nor nothing). The
    alternative then starts after it. Only an adverb ("al", "nog", "ook"): "is het de ambitie" →
    "is het het doel" would lose its pronoun."""
    changed = sorted(i for i, text in edit.changes.items() if text)
    if not changed or changed[0] != edit.start:
        return
    before = _neighbour(doc, edit.start, -1)
    words = edit.changes[changed[0]].split(" ")
    if before is None or len(words) < 2 or before in edit.changes or not doc[before].is_alpha:
        return
    if words[0].lower() == doc[before].lower_ and words[0].lower() in _ABSORBED:
        edit.changes[changed[0]] = match_case(" ".join(words[1:]), doc[changed[0]].text)


def _verb_between(token: Token) -> bool:
    """A verb that ends one part of a clause; without the parse only an auxiliary or a form of
    "zijn" (the forms of other verbs are often nouns too)."""
    if is_parsed(token.doc):
        return token.pos_ in ("VERB", "AUX")
    return token.lower_ in VERB_CLUSTER


# A word of an adjective's alternative this long, anywhere else in the sentence, is said twice.
_LONG_WORD = 6


def _rest_of(sentence: Span, edit: Rewrite, match: PhraseMatch) -> Iterator[Token]:
    """The words of the sentence that neither the match nor the rewrite touch."""
    return (t for t in sentence if t.i not in edit.changes and t.i not in match.words)


def _elsewhere_in(sentence: Span, words: frozenset[str], edit: Rewrite, match: PhraseMatch) -> bool:
    long_words = {word for word in words if len(word) >= _LONG_WORD}
    return bool(long_words) and any(t.lower_ in long_words for t in _rest_of(sentence, edit, match))


def _verb_elsewhere_in(sentence: Span, words: frozenset[str], edit: Rewrite, match: PhraseMatch) -> bool:
    """Does the sentence use the alternative's verb already ("ertoe kan leiden dat …, hetgeen
    kan resulteren in")? The writer varied the verb on purpose; the same verb twice reads as
    a slip. Only with the parse, and only a long verb: "krijgen" or "maken" twice is no echo."""
    doc = sentence.doc
    if not is_parsed(doc):
        return False
    kept = {t.lower_ for t in doc[edit.start : edit.end]}  # "te laat" stays "te laat": it brings no "laten"
    phrase = verb_phrase(edit.alternative.text)
    # The alternative's verb and the participles it writes ("wordt behandeld"); not a noun
    # whose plural looks like a verb ("bezwaar maken": no "bezwaren").
    verbs = {phrase.verb} if phrase is not None else set()
    verbs |= {word for word in words if word[-1] in "dt"}
    new = {lemma for lemma in _lemmas_of(frozenset(verbs - kept)) if len(lemma) >= _LONG_WORD} - AUXILIARY_VERBS
    return bool(new) and any(
        t.pos_ == "VERB" and t.dep_ != "amod" and new & _word_lemmas(t)  # "een betaalde parkeerplaats" is no verb said
        for t in _rest_of(sentence, edit, match)
    )


_SINGULAR_SUBJECT_PRONOUNS = frozenset(("ik", "jij", "je", "hij", "zij", "ze", "u"))


def _joins_a_subject_pronoun(match: PhraseMatch, doc: Doc) -> bool:
    """Does the coordinator follow a subject pronoun ("wordt u alsmede uw kind uitgenodigd")?
    "alsmede" leaves the verb singular; "en" makes two subjects that need a plural verb. With
    the parse only a pronoun in the nominative counts ("wij nodigen u alsmede uw kind uit" is fine)."""
    before = _neighbour(doc, match.span.start, -1)
    if before is None or doc[before].lower_ not in _SINGULAR_SUBJECT_PRONOUNS:
        return False
    return "nomin" in doc[before].tag_ if is_parsed(doc) else True


def _content_words(text: str) -> frozenset[str]:
    """The words an alternative brings that say something (not "de", "zijn", "op")."""
    return frozenset(
        word for word in text.lower().split() if word.isalpha() and word not in STOP_WORDS and word not in PREPOSITIONS
    )


def _lemmas_of(words: frozenset[str]) -> frozenset[str]:
    """The words and their lemmas; a present participle keeps to itself: "komende
    dinsdag" says something else than "komen"."""
    found = set(words)
    for word in words:
        if not word.endswith(("nd", "nde")):
            found |= set(lemmas.lemmas(word))
    return frozenset(found - STOP_WORDS)


def _word_lemmas(token: Token) -> set[str]:
    lower = token.lower_
    return {lower, token.lemma_.lower(), *lemmas.lemmas(lower)} - {""}


def _coordinated_pair(match: PhraseMatch, doubled: list[Token], doc: Doc) -> tuple[int, list[int]] | None:
    """The word the alternative repeats, when it and the match are the two
    sides of "en"/"of" ("openheid en transparantie", "transparantie en de
    openheid"), and the words that go: the match (with its own determiner) and
    the conjunction."""
    own = sorted(match.words)
    words = [t.i for t in doc[match.span.doc[own[0]].sent.start : match.span.doc[own[0]].sent.end] if not t.is_space]
    first, last = words.index(own[0]), words.index(own[-1])
    if words[first:last + 1] != own:
        return None
    twins = {t.i for t in doubled}
    # The match second: sibling, en, (determiner), match
    before = first - 1
    dropped = []
    if before >= 0 and doc[words[before]].lower_ in DETERMINERS:
        dropped.append(words[before])
        before -= 1
    if before >= 1 and doc[words[before]].lower_ in _COORDINATORS and words[before - 1] in twins:
        return words[before - 1], [words[before], *dropped, *own]
    # The match first: (determiner), match, en, sibling
    after = last + 1
    if after + 1 < len(words) and doc[words[after]].lower_ in _COORDINATORS:
        sibling = after + 1
        article = sibling + 1 < len(words) and doc[words[sibling]].lower_ in DETERMINERS and words[sibling + 1] in twins
        sibling += article
        if words[sibling] in twins:
            # "de transparantie en de openheid" → "de openheid"; "de transparantie en openheid" keeps its "de"
            dropped = [words[first - 1]] if article and first and doc[words[first - 1]].lower_ in DETERMINERS else []
            return words[sibling], [*dropped, *own, words[after]]
    return None


def _after_comma(doc: Doc, index: int) -> bool:
    """Does a clause end at a comma right before `index`? Not where the comma closes a part
    put in without a verb of its own ("koopt deze kat, Knikkebeen, echter als huisdier": "maar"
    would read as "merely"); that needs the parse."""
    index -= 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    if not (index >= 0 and doc[index].text in (",", ";")):
        return False
    if not is_parsed(doc):
        return True
    part = index - 1
    while part >= 0 and not doc[part].is_sent_start and doc[part].text not in (",", ";"):
        part -= 1
    if part < 0 or doc[part].text not in (",", ";"):
        return True  # from the start of the sentence: a clause of its own or a phrase before it
    inserted = doc[part + 1 : index]
    if len(inserted) and inserted[0].lower_ in _INSERTED_CLAUSE_OPENERS:
        return False  # "Wij hebben, zoals u weet, echter geen geld": a clause put in between
    return any(t.pos_ in ("VERB", "AUX") for t in inserted)


# Words that open a clause put in between commas: after it the sentence goes on where it was.
_INSERTED_CLAUSE_OPENERS = frozenset(
    "zoals die dat wat wie waar waarin waarvan waarop welke als toen omdat hoewel terwijl nadat voordat zodat".split())


def _as_written(match: PhraseMatch, words: list[int], doc: Doc) -> bool:
    """Are the matched words literally one of the entry's phrase or patterns?"""
    text = " ".join(doc[i].lower_ for i in words)
    written = {match.entry.phrase.lower(), *(p.lower() for p in match.entry.patterns)}
    return text in written


def _gender_before(match: PhraseMatch, doc: Doc) -> str | None:
    """"de" or "het": the noun an entry with `follows` comes after, or else the
    noun right after the match ("het betreffende formulier"); a plural counts as "de". The
    match's own article says it without the parse ("de betreffende boot": a de-word or a plural)."""
    first = doc[match.span.start].lower_
    if first in ("de", "het") and not match.entry.follows:
        return first
    if not is_parsed(doc):
        return None
    step = -1 if match.entry.follows else 1
    index = match.span.start - 1 if step < 0 else match.span.end
    while 0 <= index < len(doc) and (doc[index].is_space or doc[index].text == "," or (step > 0 and doc[index].pos_ == "ADJ")
                                      or (step < 0 and doc[index].pos_ == "NUM")):
        index += step  # (a number after its noun: "het rapport 2025, welke …")
    if not 0 <= index < len(doc) or doc[index].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[index]
    if step < 0 and index < match.span.start - 1 and doc[index + 1].pos_ == "NUM" and any(
            child.dep_ == "case" for child in noun.children):
        # "de aanslag met nummer 2025.117, welke": the number's noun is a label, the antecedent may be
        # the noun its phrase hangs on. Only where both have the same gender is the word certain
        # ("het aanslagbiljet over het belastingjaar 2025, welke" → "dat"; "uw bezwaar tegen de
        # aanslag 2025, welke" could be either: both are offered)
        outer = noun.head
        if outer.i >= index or outer.pos_ not in ("NOUN", "PROPN") or _gender(outer) != _gender(noun):
            return None
    if "Plur" in noun.morph.get("Number"):
        return "de"
    gender = _gender(noun)
    return {"Com": "de", "Neut": "het"}.get(gender or "")


def _uninflected(match: PhraseMatch, doc: Doc) -> bool:
    """Is the head in the form the entry is written in (so any alternative fits as it is)?"""
    return match.head is None or doc[match.head].lower_ == match.lemma


def _drop_others(match: PhraseMatch, edit: Rewrite, keep: set[int]) -> None:
    """Drop the entry's other words. A noun or adjective entry's pattern may
    hold words for context ("op de volgende wijze"): only the phrase's own
    words go ("bevoegd" of *bevoegd gezag*)."""
    doc = match.span.doc
    own = set(match.entry.phrase.lower().split())
    if match.entry.pos == "verb" and match.lemma:
        own |= {inflect.split_particle(match.lemma)[0]} | set(inflect.verb_forms(match.lemma)["participle"])
        own = None if match.entry.generated else own
    if match.entry.pos in (None, "expr", "conj"):
        # A fixed expression goes whole in each of its wordings ("om die redenen", "ter kennisneming",
        # "op grond van het feit dat"); a sign a pattern holds for context stays ("bij deze ,", "à €").
        # ("en/of" is a word too: "op- en/of aanmerkingen" goes whole, and so does "en / of")
        own |= {doc[index].lower_ for index in match.words if doc[index].text.replace("/", "").isalpha()}
        if match.entry.pos == "conj":
            own.add("/")  # the slash of "en / of"
    for index in match.words:
        if index not in keep and (own is None or doc[index].lower_ in own or match.roles.get(index) in ("head", "particle", "after")):
            edit.changes[index] = ""
            edit.touch(index)
            if match.roles.get(index) == "after" and (half := _split_adverb_half(doc, index, match)) is not None:
                # "er naar" for "ernaar", or "er altijd naar": the preposition's "er" goes with it ("Wij streven
                # er naar om … te beperken" → "Wij willen … beperken", not "Wij willen er …")
                edit.changes[half] = ""
                edit.touch(half)


def _split_adverb_half(doc: Doc, preposition: int, match: PhraseMatch) -> int | None:
    """The "er" (or "daar", "hier") of a dropped preposition a few words before it, in its clause, with
    no other preposition between ("streven er altijd naar"); not the sentence's first word ("Er wordt
    naar gestreefd": that "er" is the subject's place). Not for the "te" of "dient … te", and not past
    a "mee" or "toe" that has the "er" itself ("er rekening mee te houden", code read 5)."""
    if doc[preposition].lower_ == "te":
        return None
    for index in range(preposition - 1, max(preposition - 5, -1), -1):
        token = doc[index]
        if token.lower_ in ("mee", "toe"):
            return None
        if token.is_punct or index in match.words and token.lower_ not in R_PRONOUNS:
            return None
        if token.lower_ in R_PRONOUNS and index not in match.words:
            return None if _first_in_sentence(doc, index) else index
        if token.lower_ in PREPOSITIONS:
            return None
    return None


def _literal(match: PhraseMatch, edit: Rewrite, doc: Doc) -> Rewrite | None:
    """Words that do not inflect (*indien*, *middels*, *ten behoeve van*):
    the alternative replaces the matched words, which must be in a row."""
    words = sorted(match.words + ((match.te,) if match.te is not None else ()))
    between = [t.i for t in doc[words[0] : words[-1] + 1] if not t.is_space]
    if between != words:
        return None
    if match.head is not None and not _uninflected(match, doc):
        return None
    if match.entry.pos in (None, "verb", "noun", "adj") and not _as_written(match, words, doc):
        return None  # a form b1check cannot inflect: only the words as the entry writes them
    gender = _gender_before(match, doc)
    genders = [g for g in edit.alternative.limited(NOUN_GENDERS) if g in ("de", "het")]
    if genders and gender and gender not in genders:
        return None  # "het formulier welke" → "dat", not "die"
    if "start" in edit.alternative.fits and not _after_comma(doc, words[0]):
        following = _neighbour(doc, words[-1], 1)
        if following is not None and doc[following].pos_ == "NOUN":
            return _hidden(edit)  # "de in ons bezit zijnde informatie": "als" is no advice there either
        return None  # "de molens zijn echter nodig": "maar" only fits after a comma
    text = edit.alternative.text
    if "…" in text:
        return None
    if match.entry.pos == "noun" and text.split()[0] in ARTICLES:
        determiners, _ = _noun_phrase(doc[words[-1]])
        if any(d.lower_ in _TO_NEUTER or d.lower_ in _TO_COMMON for d in determiners):
            return None  # the article of the alternative may not fit
        text = text.split(" ", 1)[1]
    edit.changes[words[0]] = match_case(text, doc[words[0]].text)
    _drop_others(match, edit, {words[0]})
    return edit


# --------------------------------------------------------------------------------------
# A condition with the verb first: "Mocht u vragen hebben" → "Als u vragen heeft"

_CONDITION_VERBS = frozenset(("mocht", "mochten"))
# The first word of a noun as subject: "Mocht de aanvraag niet compleet zijn" → "Als de aanvraag …
# is"; the verb agrees with "mocht" (singular) or "mochten" (plural).
_NOUN_SUBJECT = ("de", "een", "uw", "deze", "dit", "die", "dat", "onze", "ons")


def _inverted_condition(match: PhraseMatch, doc: Doc) -> bool:
    """Does the match open a condition with its finite verb first ("mocht u")?"""
    first = min(match.words)
    return doc[first].lower_ in _CONDITION_VERBS and len(match.words) <= 2


def _condition(match: PhraseMatch, edit: Rewrite, doc: Doc) -> Rewrite | None:
    """A conjunction takes the place of "mocht", and the infinitive at the end
    of the clause becomes the finite verb, in agreement with its subject:
    "Mocht u vragen hebben" → "Als u vragen heeft", "mocht u er niet
    uitkomen" → "als u er niet uitkomt". Only with the parse, which finds that
    infinitive; the fast mode gives advice."""
    words = edit.alternative.text.split()
    if not is_parsed(doc) or not words or words[0].lower() not in _SUBORDINATORS:
        return None
    modal = doc[min(match.words)]
    verb = _infinitive_of(modal)
    if verb is None or any(placeholder(t) is not None for t in doc[modal.i : verb.i + 1]):
        return None
    subject = next((i for i in match.words if i != modal.i), None)
    if subject is None or doc[subject].lower_ not in (*PERSONAL_PRONOUNS, "het", "er", *_NOUN_SUBJECT):
        return None
    if _joined_to_another(verb) or _more_infinitives(verb):
        return None  # "Mocht u vragen hebben of menen dat …": the second verb would need "meent" too
    # "Mocht het regenen" → "Als het regent"; "mocht er schade zijn" → "als er schade is": the
    # number of "mocht" / "mochten" is the number of the subject
    person = None if doc[subject].lower_ in ("het", "er", *_NOUN_SUBJECT) else doc[subject].lower_
    slot = agreeing_slot(person, verb.lemma_.lower() or verb.lower_, "Plur" in modal.morph.get("Number"))
    finite, particle = inflect.verb_form(verb.lower_, slot)
    glued = particle + finite
    if not finite or not _known(glued):
        return None
    edit.changes[modal.i] = match_case(words[0], modal.text)
    edit.changes[verb.i] = glued
    edit.touch(modal.i)
    edit.touch(verb.i)
    edit.slot = slot
    return edit


def _more_infinitives(verb: Token) -> bool:
    """More verbs that go with "mocht" after a comma, before the main clause: "Mochten u vragen
    hebben, zich zorgen maken of iets kwijt willen, dan …": each would have to become finite."""
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.lower_ in ("dan", "kunt", "kan", "neem", "bel", "mail", "stuur", "laat"):
            return False
        if token.i > verb.i + 1 and token.pos_ in ("VERB", "AUX") and _infinitive_form(token) and not (
                token.i > 0 and verb.doc[token.i - 1].lower_ == "te"):
            return True  # (a te-infinitive goes with the verb before it: "Mocht u van plan zijn een feest te geven")
    return False


def _infinitive_of(modal: Token) -> Token | None:
    """The infinitive that becomes finite: the first of the verbs that "mocht"
    goes with, later in the same clause: its head ("vragen hebben"), the
    copula of its head ("het niet eens zijn"), or another auxiliary before
    the head ("gebruik willen maken" → "gebruik wilt maken")."""
    head = modal.head
    candidates = [head, *(child for child in head.children if child.dep_ in ("cop", "aux") and child.i != modal.i)]
    infinitives = sorted(
        (t for t in candidates if t.i > modal.i and t.pos_ in ("VERB", "AUX") and _infinitive_form(t)),
        key=lambda t: t.i,
    )
    if not infinitives or head.i < modal.i:
        return None
    first = infinitives[0]
    between = modal.doc[modal.i + 1 : first.i]
    if any(t.text in (",", ";", ".") or "Fin" in t.morph.get("VerbForm") for t in between):
        return None
    return first


def _infinitive_form(verb: Token) -> bool:
    """An infinitive, or a verb the parser took for a plural present that has the
    infinitive's form: after "mocht u" there is no plural finite verb in the clause
    ("Mocht u verhinderd zijn": the parser reads "zijn" as "they are")."""
    if "Inf" in verb.morph.get("VerbForm"):
        return True
    return "Plur" in verb.morph.get("Number") and "Pres" in verb.morph.get("Tense") and verb.lower_ == verb.lemma_.lower()


# --------------------------------------------------------------------------------------
# Verbs


@dataclass(frozen=True)
class VerbPhrase:
    """An alternative that is a verb phrase: words before the verb, the verb, words after it."""

    before: tuple[str, ...]
    verb: str
    after: tuple[str, ...]

    @property
    def preposition(self) -> str | None:
        return self.after[-1] if self.after and self.after[-1] in PREPOSITIONS else None


@lru_cache(maxsize=4096)
def verb_phrase(text: str) -> VerbPhrase | None:
    """"contact opnemen met" → (contact) opnemen (met); "laten weten" → laten (weten).
    The verb is the first word that is an infinitive."""
    words = text.split()
    for number, word in enumerate(words):
        if is_verb(word) and word.isalpha():
            return VerbPhrase(tuple(words[:number]), word, tuple(words[number + 1 :]))
    return None


def _verb(match: PhraseMatch, edit: Rewrite, doc: Doc) -> Rewrite | None:
    phrase = verb_phrase(edit.alternative.text)
    if phrase is None or _shares_its_verb(match, doc):
        return None
    if not phrase.before and _noun_is_the_subject(match, doc):
        return None  # "Deze gesprekken zijn gevoerd" → not "Zijn gepraat": the clause would lose its subject (review r19)
    if match.entry.head in MODALS and not is_parsed(doc):
        return None  # a modal as the entry's head ("aanspraak kunnen maken"): only the parse tells its clause and tense
    head = doc[match.head]
    if phrase.verb != (match.lemma or head.lemma_.lower()) and any(
            doc[i].lower_ in _PERFECT_OF_LIGHT_VERBS for i in range(min(match.words), max(match.words) + 2)
            if i < len(doc) and i not in match.words):
        # "Wij zijn in de gelegenheid geweest … te bespreken": the tense lies outside the entry (code read 11);
        # an alternative with the entry's own verb keeps it ("voornemens geweest" → "van plan geweest", code read 13)
        return None
    slot, certain = _verb_slot(match, head)
    if phrase.verb == "zijn" and not phrase.preposition and _plural_after_own_preposition(match, doc):
        slot = _PLURAL_OF.get(slot, slot)  # "er is sprake van risico's" → "er zijn risico's"
    if slot is None or _governs_elsewhere(match, head, phrase) or _preposition_differs(match, phrase, doc):
        return None
    edit.certain, edit.slot = certain, slot
    if phrase.verb == "zijn" and slot == "infinitive" and _after_a_form_of_gaan(head):
        return None  # "zal gaan bedragen" is no "zal gaan zijn" ("worden" would say it)
    if slot == "infinitive" and not certain and (phrase.before or inflect.split_particle(phrase.verb)[0]):
        # Finite, the alternative's words go apart ("Wij houden rekening met"), as the infinitive they
        # stay together ("rekening houden met"): without the parse the form cannot tell which.
        return None
    uses = edit.alternative.limited(VERB_USES)
    if uses and _use(slot, head, match.lemma) not in uses:
        return None
    after = list(phrase.after)
    keep = {match.head}
    # The preposition of the alternative takes the place of the entry's own:
    # "dat u zich tot ons wendt" → "dat u met ons contact opneemt".
    own_preposition = _own_preposition(match, doc)
    stranded = own_preposition is not None and _object_before(match, own_preposition, doc)
    object_before = stranded
    if not phrase.preposition and stranded:
        return None  # "die daar nog over beschikken" → "die daar nog hebben": "daar" would read as a place
    if not phrase.preposition and own_preposition is not None and _negation_before_object(doc, match.head, own_preposition):
        return None  # "Wij beschikken niet over uw gegevens" is no "Wij hebben niet uw gegevens" (code read 11)
    if not phrase.preposition and own_preposition is not None and adverb_preposition(doc[own_preposition].lower_):
        return None  # "de stukken waarover u beschikt" → "… u heeft": its "die" would be lost with the adverb
    if phrase.preposition and own_preposition is not None:
        new_preposition = (stranded_form(phrase.preposition) if stranded
                           else phrase.preposition)  # "waar wij op anticiperen" → "waar wij … mee … houden"
        edit.changes[own_preposition] = _with_preposition(doc[own_preposition].text, new_preposition)
        edit.touch(own_preposition)
        keep.add(own_preposition)
        after = after[:-1]
    elif phrase.preposition and not _object_follows(head):
        return None  # "gaan kijken naar" needs its object after it
    elif phrase.preposition and slot not in ("infinitive", "te_inf", "participle") and (
        len(phrase.after) > 1 or phrase.before
        or (inflect.split_particle(phrase.verb)[0] and not _particle_and_preposition_first(match, head, phrase))
    ):
        return None  # a finite verb first and "kijken naar" at the end would leave the object before "naar"
    if phrase.verb in _BARE_INFINITIVE_VERBS and not phrase.after:
        own_te = _te_later(doc, head.i)
        if own_te is not None and own_te > match.span.end and any(t.lower_ in ("niet", "geen", "nooit") for t in match.span):
            return None  # "Wij waren niet in de gelegenheid u te antwoorden": "niet" would stand before "u"
        if own_te is not None and not _main_clause(match, head) and _words_before_te(doc, match.head, own_te):
            # the verb last in its clause, words before the "te": "Als u niet in de gelegenheid bent zelf te
            # gaan stemmen" is "… niet zelf kunt gaan stemmen", not "… niet kunt zelf gaan" (review r16)
            return None
        if own_te is not None:
            edit.changes[own_te] = ""  # "of u de huur wenst te verlengen" → "of u de huur wilt verlengen"
            edit.touch(own_te)
        elif (om_te := _om_te_after(doc, match.span.end)) is not None:
            om, te = om_te
            if om is not None and te > om + 1 and any(t.lower_ in ("niet", "geen", "nooit") for t in match.span):
                return None  # "Wij zijn niet in de gelegenheid om u te bellen": "niet" would stand before "u"
            for index in (i for i in (om, te) if i is not None):  # "… om te reageren" → "U kunt reageren"
                edit.changes[index] = ""
                edit.touch(index)
    dropped_te = [i for i in (match.te, *match.words) if i is not None and doc[i].lower_ == "te"]
    if any(_second_te(doc, te) for te in dropped_te):
        return None  # "dient … te zijn opgebouwd en … te worden opgeruimd": the second "te" would dangle
    if match.te is not None:
        edit.changes[match.te] = ""
        edit.touch(match.te)
    if _orphans_modifiers(match, keep, doc, bare_noun=bool(phrase.before) and phrase.before[0] not in ARTICLES):
        return None  # "een nieuwe aanvraag in te dienen" → "een nieuwe aan te vragen"
    later = [index for index in match.words if index > match.head and index not in keep]
    stranded = _strands_words(match, later, doc)
    if stranded and slot in ("infinitive", "te_inf", "participle"):
        # "u kunt gebruik maken van de regeling" → "u kunt de regeling gebruiken": the object moves
        # before the verb. Not in the passive: "er kan de regeling worden gebruikt" is no Dutch.
        if phrase.before or after or (slot == "participle" and _auxiliary_of(head) not in _HEBBEN):
            return None
        forms = inflect.verb_forms(phrase.verb)
        verb = inflect.te_infinitive(phrase.verb) if slot == "te_inf" else forms[slot][0] if forms[slot] else None
        if verb is None or not _known(verb):
            return None
        return _object_before_verb(match, edit, doc, match_case(verb, head.text), to_the_end=True)
    if phrase.before and phrase.before[0] not in ARTICLES and _negated(head):
        return None  # "U komt niet in aanmerking" is no "U heeft niet recht": a bare noun takes "geen"
    if slot in _PERSONS:
        # The alternative's own form for the subject: "u heeft" → "u kunt", "u beschikt" → "u heeft".
        subject = _subject(head)
        if subject is None:
            # the entry's own pronoun before the verb ("u … wenst"), where the parse hung it elsewhere
            # ("Als u geen berichten meer wenst te ontvangen": "u" under "ontvangen")
            subject = next((doc[i].lower_ for i in sorted(match.words) if i < head.i and doc[i].lower_ in PERSONAL_PRONOUNS), None)
        if subject in PERSONAL_PRONOUNS:
            slot = edit.slot = agreeing_slot(subject, phrase.verb)
            if slot == "2sg" and subject in ("je", "jij") and _next_is_subject(head) and not _previous_is_subject(head):
                slot = edit.slot = "1sg"  # "tref je … aan" → "vind je", the stem before "je" (not "Je treft je pas aan")
    if slot == "participle" and any(is_verb(word) for word in after):
        if (phrase.verb not in _IPP_VERBS or phrase.before or _auxiliary_of(head) not in _HEBBEN
                or not _what_follows(doc, head.i)):
            return None  # "laten weten" has no participle of its own: "is medegedeeld" stays
        # The perfect of "laten weten" takes the infinitive (infinitivus pro participio):
        # "wij hebben u medegedeeld" → "wij hebben u laten weten".
        edit.changes[match.head] = match_case(" ".join([phrase.verb, *after]), head.text)
        _drop_others(match, edit, keep)
        return _glue_te(edit, doc)
    if slot == "participle" and _takes_zijn(phrase.verb) and _auxiliary_of(head) in _HEBBEN:
        return None  # "heeft plaatsgevonden" → "is gebeurd": the auxiliary changes too
    if (slot == "participle" and _takes_zijn(match.lemma or head.lower_) and not _takes_zijn(phrase.verb)
            and _auxiliary_of(head) in _ZIJN):
        return None  # "is van kracht geweest" → "heeft gegolden", not "is gegolden"
    if slot == "participle" and _own_object(phrase) and _passive(match, head):
        # "U bent in de gelegenheid gesteld" is no "U bent de kans gegeven": the
        # alternative has an object of its own, so the reader cannot be the subject.
        return None
    if slot == "participle" and phrase.verb == "zijn" and _auxiliary_of(head) in _ZIJN and phrase.before:
        # "de termijn is verstreken" → "is voorbij", not "is voorbij geweest"
        edit.changes[match.head] = match_case(" ".join([*phrase.before, *after]), head.text)
        _drop_others(match, edit, keep)
        return _glue_te(edit, doc)
    if slot in ("infinitive", "te_inf", "participle"):
        if slot == "te_inf":
            verb = inflect.te_infinitive(phrase.verb)
        else:
            verb = inflect.verb_forms(phrase.verb)[slot][0] if inflect.verb_forms(phrase.verb)[slot] else None
        if verb is None or not _known(verb):
            return None
        noun = _noun_after_participle(head) if slot == "participle" else None
        if noun is not None:
            # "verkeerd aangeboden vuilniszakken" → "verkeerd buitengezette …"; words around the new
            # participle ("aan de straat gezet") would need the ending inside: advice
            verb = _as_attribute(noun, verb) if not after and not phrase.before else None
            if verb is None:
                return None
        # The entry's own preposition put first ("voor de toeslag in aanmerking te komen") stays
        # where it is: the words of the alternative go before the verb ("op de toeslag recht te hebben").
        first = min(index for index in match.words if index != own_preposition or index > match.head)
        only_entry_words_between = own_preposition is not None and own_preposition < match.head and all(
            i in match.words or i == match.te or doc[i].is_space or (i == match.head - 1 and doc[i].lower_ == "te")
            for i in range(own_preposition + 1, match.head))
        around = _around_adverb(edit, doc, own_preposition, phrase) if only_entry_words_between and not after else None
        if object_before and phrase.before and not after and only_entry_words_between:
            # The R-word's preposition alone before the verb: the alternative's words go before it, "om er voor in
            # aanmerking te komen" → "om er recht op te hebben", not "om er op recht te hebben" (code read 14)
            edit.changes[own_preposition] = " ".join([*phrase.before, edit.changes[own_preposition]])
            edit.changes[match.head] = match_case(verb, head.text)
        elif around is not None:
            # a pronominal adverb round the alternative's words: "om hiervoor in aanmerking te komen" → "om hier
            # recht op te hebben", not "om hierop recht te hebben"
            edit.changes[own_preposition] = around
            edit.changes[match.head] = match_case(verb, head.text)
        elif phrase.before and first < match.head and any(
            index not in match.words for index in range(first, match.head)
        ):
            # A word of the clause stands between the entry's words: "welke u in de gelegenheid
            # heeft gesteld" → "de kans heeft gegeven". The words before the verb take the place
            # of the entry's first words, the verb stays where it was.
            edit.changes[first] = match_case(" ".join(phrase.before), doc[first].text)
            keep.add(first)
            edit.changes[match.head] = " ".join([verb, *after])
        elif phrase.before and (start := _cluster_start(match, head)) != head.i:
            if start is None:
                return None
            # The matched verb ends a cluster ("zouden worden geïnventariseerd"): the alternative's
            # words go before the cluster, "op een rij zouden worden gezet" (review r19).
            edit.changes[start] = match_case(" ".join([*phrase.before, doc[start].text]), doc[start].text)
            edit.touch(start)
            keep.add(start)
            edit.changes[match.head] = " ".join([verb, *after])
        else:
            edit.changes[match.head] = match_case(" ".join([*phrase.before, verb, *after]), head.text)
        _drop_others(match, edit, keep)
        return _glue_te(edit, doc)
    finite, particle = inflect.verb_form(phrase.verb, slot)
    if finite is None or not _known(finite):
        return None
    if (phrase.preposition and own_preposition is None and _main_clause(match, head)
            and _subject_after(head) and (after or particle)):
        return None  # "Om deze reden betreft het besluit de woningen" is no "gaat over het besluit" (code read 10)
    if phrase.preposition and own_preposition is None and not phrase.before and not particle and len(after) == 1:
        # "zorgen voor" with its object right after the verb: "behartigt de belangen" → "zorgt voor de belangen"
        finite, after = f"{finite} {after[0]}", []
    elif (phrase.preposition and own_preposition is None and not phrase.before and particle and len(after) == 1
          and _particle_and_preposition_first(match, head, phrase)):
        # "opkomen voor" the same way, its particle with it: "behartigt de belangen" → "komt op voor de belangen"
        finite, particle, after = f"{finite} {particle} {after[0]}", "", []
    rest = [*phrase.before, *([particle] if particle else []), *after]
    if rest and is_parsed(doc) and head.pos_ not in ("VERB", "AUX"):
        return None  # "en retourneer dit vóór 1 juni" read as a noun: where "terug" goes is unknown
    main = _main_clause(match, head)
    if not main and stranded:
        # Verb last in its clause: the object of the entry's preposition moves before the verb
        # ("als er sprake is van overmacht" → "als er overmacht is"), or the verb would have to move.
        return None if rest else _object_before_verb(match, edit, doc, match_case(finite, head.text))
    if not rest:
        edit.changes[match.head] = match_case(finite, head.text)
        _drop_others(match, edit, keep)
        return _glue_te(edit, doc)
    if not main:
        # Verb last in its clause: everything in one place ("dat u het erbij zet").
        glued = particle + finite if particle and not phrase.before and not after else " ".join(
            [*phrase.before, particle + finite, *after]
        )
        around = _around_adverb(edit, doc, own_preposition, phrase)
        if (around is not None and not particle and not after
                and all(i in match.words for i in range(own_preposition + 1, match.head) if not doc[i].is_space)):
            # "omdat u ervoor in aanmerking komt" → "omdat u er recht op heeft", not "erop recht heeft" (code read
            # 10); only with nothing else between it and the verb: "waarop u aanspraak maakt" stays "waarop u recht
            # heeft", not "waar recht op u heeft" (code read 11)
            edit.changes[own_preposition] = around
            glued = finite
        elif (object_before and phrase.before and not particle and not after and own_preposition < match.head
              and all(i in match.words for i in range(own_preposition + 1, match.head) if not doc[i].is_space)):
            # The R-word's preposition stands alone before the verb: the alternative's words go before it,
            # "waar u in aanmerking voor komt" → "waar u recht op heeft", not "waar u op recht heeft"
            edit.changes[own_preposition] = " ".join([*phrase.before, edit.changes[own_preposition]])
            glued = finite
        edit.changes[match.head] = match_case(glued, head.text)
        _drop_others(match, edit, keep)
        return _glue_te(edit, doc)
    subject = _neighbour(doc, head.i, 1)
    if subject is not None and doc[subject].lower_ not in PERSONAL_PRONOUNS:
        subject = None
    if (phrase.before and not particle and not after and own_preposition is not None
            and _neighbour(doc, subject if subject is not None else head.i, 1) == own_preposition):
        # The alternative's noun right after the verb (and its subject) when its preposition follows
        # straight on: "Wij anticiperen op de regels" → "Wij houden rekening met de regels",
        # "Daarom anticiperen wij op" → "Daarom houden wij rekening met".
        around = _around_adverb(edit, doc, own_preposition, phrase)
        if around is not None:
            # A pronominal adverb goes round the noun: "U komt hiervoor in aanmerking" → "U heeft hier
            # recht op", not "U heeft recht hierop" (review r21).
            edit.changes[own_preposition] = around
            edit.changes[match.head] = match_case(finite, head.text)
        elif subject is None:
            edit.changes[match.head] = match_case(" ".join([finite, *phrase.before]), head.text)
        else:
            edit.changes[match.head] = match_case(finite, head.text)
            edit.changes[subject] = " ".join([doc[subject].text, *phrase.before])
            edit.touch(subject)
        _drop_others(match, edit, keep | ({subject} if subject is not None else set()))
        return _glue_te(edit, doc)
    edit.changes[match.head] = match_case(finite, head.text)
    _drop_others(match, edit, keep)
    only_a_particle = bool(particle) and rest == [particle]
    if later and not (match.roles.get(max(later)) == "after" and only_a_particle):
        # The rest of the verb goes where the entry's own last word was: "neemt … in behandeling" → "pakt … op",
        # "geeft de voorkeur aan het plan" → "wil liever het plan". Not a particle in the place of the entry's
        # preposition, whose object follows: "maakt gebruik van het aanbod" is no "neemt aan het aanbod".
        anchor = max(later)
        edit.changes[anchor] = " ".join(rest)
    else:
        anchor = _clause_end(head)
        if anchor is None or any(placeholder(t) is not None for t in doc[head.i : anchor + 1]):
            return None
        if sum(1 for t in doc[head.i + 1 : anchor + 1] if not (t.is_space or t.is_punct)) > _MOST_WORDS_BETWEEN_PARTS:
            return None  # "moedigt de cliëntenraad de participatie en … van cliënten aan": a new split verb, far apart
        edit.after[anchor] = " ".join(rest)
        edit.touch(anchor)
    return _glue_te(edit, doc)


def _around_adverb(edit: Rewrite, doc: Doc, own_preposition: int | None, phrase: VerbPhrase) -> str | None:
    """The entry's pronominal adverb, with the alternative's preposition, split round the alternative's
    words: "hiervoor" → "hier recht op" ("recht hebben op"). None where that is not the case."""
    if own_preposition is None or not phrase.before or not phrase.preposition:
        return None
    if not adverb_preposition(doc[own_preposition].lower_):
        return None
    ending = stranded_form(phrase.preposition)
    adverb = edit.changes.get(own_preposition, "")
    if not adverb.lower().endswith(ending) or len(adverb) <= len(ending):
        return None
    return " ".join([adverb[: -len(ending)], *phrase.before, ending])


# Modals of a choice or a permission: with them an alternative that starts with "niet" says "cannot" or "may not".
_CHOICE_MODALS = frozenset("kan kunt kunnen kon konden mag mogen mocht mochten".split())


def _choice_modal(head: Token) -> bool:
    """Does a form of "kunnen" or "mogen" take this verb: in the parse its auxiliary, without it a form
    before it in its clause ("Wij kunnen uw aanvraag buiten behandeling stellen")?"""
    if is_parsed(head.doc):
        return any(child.dep_ == "aux" and child.lower_ in _CHOICE_MODALS for child in head.children)
    return any(t.lower_ in _CHOICE_MODALS for t in _clause_before(head.doc, head.i))


def _cluster_start(match: PhraseMatch, head: Token) -> int | None:
    """The first verb of the cluster that a participle or infinitive ends ("dat de punten zouden
    worden geïnventariseerd"): the place for the words of an alternative ("op een rij zouden worden
    gezet", not "zouden worden op een rij gezet"). The verb itself where no verb stands right before
    it, and a finite verb in second place of a main clause stays first ("De punten zullen op een rij
    worden gezet"). Without the parse only one finite verb right before it is known (first in a main
    clause, in the cluster of a subordinate one); None where more verbs stand before it."""
    doc = head.doc
    start, index = head.i, _neighbour(doc, head.i, -1)
    if not is_parsed(doc):
        if index is None or not _word_lemmas(doc[index]) & _CLUSTER_VERBS:
            return start
        before = _neighbour(doc, index, -1)
        alone = before is None or not _word_lemmas(doc[before]) & AUXILIARY_VERBS
        # One finite verb in second place ("De punten zijn geïnventariseerd") leaves the order; a form on
        # -en (and "gaan") may be an infinitive in a cluster ("zullen worden"), which only the parse tells.
        if not alone or doc[index].lower_.endswith("en") or doc[index].lower_ == "gaan":
            return None
        if _main_clause(match, head) or _verb_after_conjunction(doc, index):
            return start  # a relative clause before the verb has its own verb: "Het bezwaar dat u heeft ingediend wordt …"
        return index  # "als u … wilt bijdragen": the finite verb last
    # Main or subordinate: a verb after "en" takes the clause of the verb before it ("Omdat de stukken zijn
    # ontvangen en worden …"); subordinate where the parse and the word order both say so (a relative clause
    # before the verb, "De klachten die wij kregen zullen worden …", is no subordinate clause of the main one;
    # nor a clause the parse misreads, "Wie … wil opruimen, kan gebruikmaken van …", code read 11).
    clause = head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i < clause.i:
        clause = clause.head  # (and a modal that heads the infinitive: "Omdat wij … willen aanschrijven")
    # (a conjunction the parse found decides: "Omdat, zoals u weet, de stukken worden …", where the word-order
    # look stops at the comma, code read 12)
    marked = any(child.dep_ == "mark" and child.lower_ not in ("om", "te") for child in clause.children)
    main = not marked and (clause.dep_ not in _SUBORDINATE or not _subordinator_before(clause))
    cluster, finite = {head.i}, False
    while index is not None:
        token = doc[index]
        if token.lower_ == "te" and start != head.i:
            start, index = index, _neighbour(doc, index, -1)  # "dienen te worden …": the words go before "te"
            continue
        # only the verbs of this verb (not of a clause before it: "Wat gemeld is wordt …"); a modal may head it
        # ("zal de eigenaren willen aanschrijven", with "aanschrijven" the modal's xcomp)
        if not (token.pos_ in ("AUX", "VERB") and _word_lemmas(token) & _CLUSTER_VERBS and (
                token.head.i in cluster or any(c.i in cluster and c.dep_ == "xcomp" for c in token.children))):
            break
        if main and _finite(token) and not (token.lower_ in _CLUSTER_VERBS and _earlier_auxiliary(cluster | {index}, doc, index)):
            break  # the finite verb in second place stays first
        previous = _neighbour(doc, index, -1)
        if main and previous is not None and doc[previous].lower_ in ("en", "of", "maar"):
            break  # first after "en": the finite verb of a clause that shares its subject ("… zijn gelezen en worden …")
        if _finite(token) and finite:
            break  # one finite verb to a cluster: "… is wordt" are two clauses
        finite = finite or _finite(token)
        cluster.add(index)
        start, index = index, _neighbour(doc, index, -1)
    return start


# The verbs that make a cluster with an infinitive: the auxiliaries and modals, and "gaan", "laten" and
# "blijven" ("dit punt op de agenda laten zetten", not "laten op de agenda zetten").
_CLUSTER_VERBS = AUXILIARY_VERBS | {"gaan", "laten", "blijven"}


def _verb_after_conjunction(doc: Doc, index: int) -> bool:
    """Without the parse: has a relative clause with a verb of its own ended before this word, in a
    clause that no conjunction opens? Then the word is the main clause's verb ("Het bezwaar dat u heeft
    ingediend wordt …", code read 12); not in "Als het verzoek wordt …" nor in "Wij weten dat de
    aanvraag die u indiende wordt …", which a conjunction opens (code read 13)."""
    previous = _neighbour(doc, index, -1)
    if previous is not None and doc[previous].text == ",":
        # a relative clause between commas: "Het bezwaar, dat u heeft ingediend, wordt …"
        inside = _clause_before(doc, previous)
        opening = _neighbour(doc, inside.start, -1) if len(inside) else None
        return bool(
            opening is not None and doc[opening].text == "," and (
                inside[0].lower_ in _RELATIVE_WORDS and any(_surely_a_verb(t.lower_) for t in inside)
                or inside[0].lower_ == "zoals")  # an aside: "Het verzoek, zoals u vroeg, wordt …" (code read 14)
            and not any(t.lower_ in _SUBORDINATORS and not _as_determiner(t) for t in _clause_before(doc, opening))
        )
    verb_seen = relative_seen = False
    for token in reversed(doc[_clause_before(doc, index).start : index]):
        word = token.lower_
        if _as_determiner(token):
            continue  # "Dat bezwaar dat u heeft ingediend wordt …": the first "Dat" opens no clause (code read 14)
        if not verb_seen:
            if word in _SUBORDINATORS or word in ("en", "of", "maar"):
                return False  # the verb's own clause: "Als het verzoek wordt …", "… is ontvangen en wordt …"
            verb_seen = _surely_a_verb(word)
        elif word in _SUBORDINATORS:
            if relative_seen or word not in _RELATIVE_WORDS:
                return False  # a conjunction opens the clause around the relative one
            relative_seen = True
    return relative_seen


def _as_determiner(token: Token) -> bool:
    """Without the parse: "dat" or "die" before a noun ("Dat bezwaar", "die aanvragen", "Wij hebben dat
    bedrag"), no conjunction or relative pronoun: not right after a noun with its determiner ("Het bezwaar
    dat bewoners indienden"), nor before a form of zijn, worden or hebben ("dat is genomen", code read 15)."""
    if token.lower_ not in ("dat", "die"):
        return False
    doc = token.doc
    following = _neighbour(doc, token.i, 1)
    if following is None or _after_its_noun(doc, token.i):
        return False
    word = doc[following].lower_
    return (word not in PERSONAL_PRONOUNS and word not in DETERMINERS and word not in ZIJN | WORDEN | _HEBBEN
            and lemmas.can_be(word, "noun") and not is_only_verb_form(word))


def _after_its_noun(doc: Doc, index: int) -> bool:
    """Does the word follow a noun with its determiner ("het formulier dat", "de ingevulde formulieren die")?"""
    previous = _neighbour(doc, index, -1)
    if previous is None or not lemmas.can_be(doc[previous].lower_, "noun"):
        return False
    one = _neighbour(doc, previous, -1)
    two = _neighbour(doc, one, -1) if one is not None else None
    return (one is not None and doc[one].lower_ in DETERMINERS
            or two is not None and doc[two].lower_ in DETERMINERS and doc[one].lower_.endswith("e"))


# The words that open a relative clause (not "als", "omdat" …, which open a clause of the sentence).
_RELATIVE_WORDS = frozenset("die dat wat welke waar waarin waarop waarmee waarvoor waardoor".split())


def _surely_a_verb(word: str) -> bool:
    """Without the parse: a form that is a verb only ("ingediend", "heeft", "wil"); not an article, a
    possessive ("zijn", "haar") or a noun that is a verb form too ("verzoek", "besluit")."""
    if word in (MODALS | WORDEN | _HEBBEN | ZIJN) - {"zijn"}:
        return True
    return is_only_verb_form(word) and word not in DETERMINERS and word not in PERSONAL_PRONOUNS


def _earlier_auxiliary(verbs: set[int], doc: Doc, index: int) -> bool:
    """Has a verb of the cluster an auxiliary before this one? Then an infinitive form the parse calls
    finite is in the cluster ("De gemeente zal de eigenaren moeten aanschrijven")."""
    return any(child.dep_ in ("aux", "aux:pass") and child.i < index for verb in verbs for child in doc[verb].children)


_PERFECT_OF_LIGHT_VERBS = frozenset(("geweest", "gehad", "geworden"))


def _negation_before_object(doc: Doc, head: int, preposition: int) -> bool:
    """Does "niet" stand before the entry's preposition, in the verb's clause, with an object after it
    that is no amount? Without the preposition "niet" would stand before the object: "hebben niet uw
    gegevens" (it belongs after it), "heeft niet een geldig paspoort" (that is "geen"), "niet over een
    auto beschikt" → "niet een auto heeft", "Als u nog niet beschikt over een DigiD" (code reads 13 and 14).
    Before an amount it stays ("heeft niet voldoende inkomen"), and so does "niet alleen", "niet eens"."""
    following = _neighbour(doc, preposition, 1)
    if following is None or doc[following].lower_ in _AMOUNTS_AFTER_NIET:
        return False
    for index in range(preposition - 1, doc[preposition].sent.start - 1, -1):
        token = doc[index]
        word = token.lower_
        if index < head and (token.is_punct or word in _SUBORDINATORS or word in ("en", "of", "maar")):
            return False  # the clause before: "Wie niet werkt en over een uitkering beschikt"
        if word == "niet":
            after_niet = _neighbour(doc, index, 1)
            return after_niet is None or doc[after_niet].lower_ not in _AFTER_NIET
        if index < head and (token.pos_ in ("VERB", "AUX") if is_parsed(doc) else _surely_a_verb(word)):
            return False  # a verb of the clause before the entry's own
    return False


# Words after "niet" that make no negation of the object: "niet alleen", "niet eens", "niet zo dat".
_AFTER_NIET = frozenset("alleen zo eens enkel pas iedereen altijd".split())  # ("niet meer", "niet langer" are negations, code read 15)


# What "niet" may stand before: "U heeft niet voldoende inkomen".
_AMOUNTS_AFTER_NIET = frozenset("voldoende genoeg alle alles veel meer zoveel zo alleen".split())


def _shares_its_verb(match: PhraseMatch, doc: Doc) -> bool:
    """With the parse: is a word of the entry joined by "en" or "of" to a word between the entry's
    words, so that the verb belongs to both ("zijn onwenselijk en niet toegestaan")? Rewriting the
    verb would break the other half ("mogen onwenselijk en niet")."""
    if not is_parsed(doc):
        return False
    first, last = min(match.words), max(match.words)
    return any(
        doc[index].dep_ == "conj" and first < doc[index].head.i < last and doc[index].head.i not in match.words
        for index in match.words if index != match.head
    )


def _governs_elsewhere(match: PhraseMatch, head: Token, phrase: VerbPhrase) -> bool:
    """Does the verb take its preposition in a word before it ("hiervan op de
    hoogte gesteld"), which the list knows as the entry's own preposition
    ("op de hoogte stellen van")? An alternative without that preposition
    would leave the wrong one ("hiervan geïnformeerd" for "hierover")."""
    doc = head.doc
    own = match.entry.prepositions_after
    if not own:
        return False
    # The verb's own words, and the words just before the match in its clause (the
    # parse hangs "hiervan" on the wrong word now and then).
    near = list(head.children) if is_parsed(doc) else []
    index = min(match.words) - 1
    while index >= 0 and len(near) < 12 and not doc[index].is_punct and not doc[index].is_sent_end:
        near.append(doc[index])
        index -= 1
    for child in near:
        preposition = adverb_preposition(child.lower_)
        if preposition in own and child.i not in match.words and phrase.preposition != preposition:
            return True
    return False


def _preposition_differs(match: PhraseMatch, phrase: VerbPhrase, doc: Doc) -> bool:
    """Does the matched phrase end right before a preposition that the alternative
    cannot take? It cannot where it brings a preposition of its own ("zorgen voor"
    before "aan"), where the list knows the preposition as the entry's own
    (*hulp verlenen aan*) and the alternative does without it ("helpen aan"), or
    where "aan" follows and the verb is none that takes it ("stelt … ter beschikking
    aan" → "geeft … aan", not "regelt … aan"; wordlists/werkwoorden-met-aan.txt).
    The entry's own preposition can also open the sentence: "Op deze subsidie is …
    van toepassing" would become "Op deze subsidie geldt …"."""
    fronted = _fronted_own_preposition(match, doc)
    if fronted is not None and fronted != phrase.preposition:
        return True
    following = _neighbour(doc, max(match.words), 1)
    if following is None or following in match.words:
        return False
    preposition = doc[following].lower_
    if preposition not in PREPOSITIONS or preposition == phrase.preposition:
        return False
    if phrase.preposition is not None or preposition in match.entry.prepositions_after:
        return True
    return preposition == "aan" and not {phrase.verb, " ".join((phrase.verb, *phrase.after))} & word_set(
        "werkwoorden-met-aan")


def _fronted_own_preposition(match: PhraseMatch, doc: Doc) -> str | None:
    """The preposition the entry takes when it opens the sentence before the match ("Op" of
    "Op deze subsidie is … van toepassing": *van toepassing zijn op*), else None."""
    own = match.entry.prepositions_after
    if not own:
        return None
    first = next((t for t in doc[match.span.start].sent if t.is_alpha), None)
    return first.lower_ if first is not None and first.i < match.span.start and first.lower_ in own else None


def _orphans_modifiers(match: PhraseMatch, keep: set[int], doc: Doc, bare_noun: bool = False) -> bool:
    """Would a dropped noun leave its determiner or adjective behind? Not "geen" before the entry's
    first noun where the alternative starts with a bare noun of its own, which takes it over:
    "geen aanspraak maken op" → "geen recht hebben op", also after the finite verb: "kunt u geen
    aanspraak maken op" → "heeft u geen recht op"."""
    first = min((index for index in match.words if index != match.head), default=match.head)
    for index in match.words:
        if index in keep or index == match.head:
            continue
        token = doc[index]
        if is_parsed(doc):
            if token.pos_ in ("NOUN", "PROPN") and any(
                # (a word before its noun that the parse calls a clause is an attribute too: "verwoedde pogingen")
                child.i < index and child.i not in match.words and child.dep_ in ("det", "amod", "nmod:poss", "acl")
                and not (bare_noun and index == first and child.lower_ == "geen" and child.i == index - 1)
                for child in token.children
            ):
                return True
        elif index > 0 and index - 1 not in match.words and (
            doc[index - 1].lower_ in DETERMINERS or _maybe_adjective(doc[index - 1])
        ) and token.lower_ in lemmas.lemmas_by_pos()["noun"]:
            return True
    return False


def _strands_words(match: PhraseMatch, later: list[int], doc: Doc) -> bool:
    """Would dropping the entry's words after the verb leave words in the wrong
    place? A preposition leaves its object behind ("maken van de regeling");
    words further off leave the words between ("is sprake van"); a "te" right
    after the verb does not ("dient te ontbinden" → "moet ontbinden")."""
    position = match.head
    for index in sorted(later):
        if doc[index].lower_ in PREPOSITIONS:
            return True
        following = position + 1
        while following < index and doc[following].is_space:
            following += 1
        if following != index and not (following + 1 == index and _particle_before_te(doc, index)):
            return True
        position = index
    return False


def _particle_before_te(doc: Doc, te: int) -> bool:
    """Is the word before this "te" the particle of the verb after it, so that they join
    once "te" goes ("dat u het dient door te geven" → "dat u het moet doorgeven")?"""
    return _particle_index(doc, te) is not None


# Prepositions whose object can look like a particle: "naar buiten", "van binnen", "naar voren",
# "van tevoren", "tot stand" ("naar buiten te zetten" is no "buitenzetten").
_PREPOSITIONS_BEFORE_AN_ADVERB = frozenset(("naar", "van", "tot", "met", "voor", "achter", "bij", "uit", "zonder"))


def _stranded(doc: Doc, preposition: int) -> bool:
    """A preposition of "er", "daar", "hier" or "waar" a few words back ("er van uit te gaan", "er zelf
    voor op te komen"): it has its object already, and the word after it is the verb's particle. (Not
    "naar": "hier niet naar binnen te gaan", "daar naar toe te gaan" are a place and a direction.)"""
    index = preposition
    for _ in range(3):
        index = _neighbour(doc, index, -1)
        if index is None or doc[index].is_punct:
            return False
        if doc[index].lower_ in R_PRONOUNS:
            return True
    return False


def _particle_index(doc: Doc, te: int) -> int | None:
    """The particle before this "te" that joins the verb after it (`_particle_before_te`), across a line
    break; None where the word before is no particle of that verb ("het gras te maaien")."""
    if doc[te].lower_ != "te":
        return None
    before, verb = _neighbour(doc, te, -1), _neighbour(doc, te, 1)
    if before is None or verb is None:
        return None
    joined = doc[before].lower_ + doc[verb].lower_
    ahead = _neighbour(doc, before, -1)
    if ahead is not None and doc[ahead].lower_ in ("de", "een"):
        return None  # "aan de weg te zetten": a noun after its article, no particle
    if ahead is not None and doc[ahead].lower_ in _PREPOSITIONS_BEFORE_AN_ADVERB and (
            doc[ahead].lower_ == "naar" or not _stranded(doc, ahead)):
        return None  # "naar buiten te zetten": the word belongs to the preposition, no particle
    # (a verb: "voorzorgen" is the plural of "voorzorg", no verb: "er voor te zorgen")
    return before if lemmas.can_be(joined, "verb") and inflect.split_particle(joined)[0] == doc[before].lower_ else None


def _use(slot: str, head: Token, lemma: str | None = None) -> str:
    """The use of the matched verb, in the words of `Alternative.fits`."""
    if slot == "participle":
        auxiliary = _auxiliary_of(head)
        if auxiliary is None and _hebben_before(head):
            return "perfect"  # "Tegen dit besluit heeft bezwaarde … een bezwaarschrift ingediend" (the parse lost the link)
        if auxiliary is None or auxiliary.startswith(("word", "werd")):
            return "passive"
        # "er is overleg gepleegd": "zijn" with a verb of "hebben" is the passive's perfect
        return "passive-perfect" if auxiliary in _ZIJN and not _takes_zijn(lemma or head.lower_) else "perfect"
    if slot == "te_inf":
        return "te-infinitive"
    return "infinitive" if slot == "infinitive" else "finite"


def _hebben_in_own_clause(doc: Doc, index: int) -> bool | None:
    """Is a form of "hebben" before this word the finite verb of its clause? The nearest one in the
    sentence (back to "en", "of", "maar" or a conjunction that opens a clause), with no modal between, and
    another finite verb between only inside a relative clause: "Wij hebben u, zoals afgesproken, het rapport
    doen toekomen", "Wij hebben u het besluit dat u vroeg doen toekomen"; not "Omdat u daarom heeft gevraagd
    zullen wij …", "U heeft recht op … en wij zullen …", "Wie vragen heeft kan …" (code reads 13 and 14)."""
    sentence_start = doc[index].sent.start
    for hebben in range(index - 1, sentence_start - 1, -1):
        word = doc[hebben].lower_
        if word in _HEBBEN:
            return _perfect_of(doc, hebben, index)
        if word in ("en", "of", "maar") or (word in _SUBORDINATORS and word not in _RELATIVE_WORDS):
            return False
        if (word == "dat" and not _after_its_noun(doc, hebben) and not _as_determiner(doc[hebben])
                and not _relative_between_commas(doc, hebben, index)):
            return False  # a clause of its own: "Wij hebben besloten dat wij u het rapport doen toekomen" (code read 15)
    return False


def _relative_between_commas(doc: Doc, index: int, end: int) -> bool:
    """Is the "dat" or "die" at `index` a relative pronoun between commas before `end`: after a comma and a
    noun with its determiner, with a comma closing the clause before `end` ("het besluit, dat wij gisteren
    namen, doen toekomen"; not "de afspraak, dat wij u het verslag doen toekomen", code read 17)?"""
    comma = _neighbour(doc, index, -1)
    return (comma is not None and doc[comma].text == "," and _after_its_noun(doc, comma)
            and any(t.text == "," for t in doc[index + 1 : end]))


def _perfect_of(doc: Doc, hebben: int, index: int) -> bool | None:
    """Can the form of "hebben" at `hebben` be the auxiliary of the verb at `index`: a modal or another finite
    verb between them only inside a relative clause ("het besluit dat u vroeg", "het rapport dat u wilde")?"""
    relative = False
    for token in doc[hebben + 1 : index]:
        word = token.lower_
        if word in _RELATIVE_WORDS and (word != "dat" or _after_its_noun(doc, token.i)
                                        or _relative_between_commas(doc, token.i, index)):
            relative = True
        elif word in MODALS and not relative:
            return False
        elif _surely_a_verb(word) and not is_participle(word) and not relative:
            return False
        elif relative and word in MODALS and all(t.lower_ in MODALS for t in doc[token.i + 1 : index]):
            # the verb itself in the relative clause, with its modal ("het besluit dat wij u moesten doen
            # toekomen"), or the modal the relative clause ends with ("het rapport dat u wilde doen toekomen"):
            # either reading, so no form is certain (code read 16)
            return None
    return True


def _hebben_before(participle: Token) -> bool:
    """A form of "hebben" before the participle in its clause (no comma or clause word between):
    the perfect, where the parse did not tie them."""
    doc = participle.doc
    for token in reversed(doc[participle.sent.start : participle.i]):
        if token.is_punct or token.lower_ in _SUBORDINATORS:
            return False
        if token.lower_ in _HEBBEN:
            return True
    return False


def _known(form: str) -> bool:
    """A generated form the lemma tables know (every word of it)."""
    return all(word == "te" or word in inflect.PARTICLES or lemmas.known(word) for word in form.lower().split())


_PLURAL_OF = {"3sg": "pl", "2sg": "pl", "1sg": "pl", "past_sg": "past_pl"}


# At most this many words of the preposition's object move before the verb.
_MOVED_OBJECT_WORDS = 6


def _object_before_verb(match: PhraseMatch, edit: Rewrite, doc: Doc, finite: str,
                        to_the_end: bool = False) -> Rewrite | None:
    """In a clause with its verb last, "er sprake is van overmacht" → "er overmacht is",
    "u gebruik maakt van de regeling" → "u de regeling gebruikt": the object of the
    entry's own preposition takes the place of the entry's first word, the verb stays
    last. Only where that object runs to the end of the clause, short and without a
    verb or a conjunction of its own. With `to_the_end` (the infinitive: "u kunt gebruik
    maken van de regeling" → "u kunt de regeling gebruiken") no other verb may end it."""
    own = _own_preposition(match, doc)
    first = min(match.words)
    if own is None or doc[own].lower_ not in PREPOSITIONS or not first <= match.head < own:
        return None
    if any(not doc[i].is_space for i in range(match.head + 1, own) if i not in match.words):
        return None  # words between the verb and its preposition
    end = own + 1
    sentence_end = doc[own].sent.end
    while end < sentence_end and not (
        doc[end].is_punct or doc[end].text in ("(", ")") or doc[end].pos_ in ("VERB", "AUX")
    ):
        end += 1
    if end < sentence_end and doc[end].pos_ in ("VERB", "AUX") and (
            to_the_end or "Fin" not in doc[end].morph.get("VerbForm")):
        return None  # a verb of the object's own: "van een te late betaling"
    if end < sentence_end and doc[end].text == "," and _list_after(doc, end):
        return None  # the first of a list: "in strijd met de eisen goede motivering, evenredigheid en …" (review r22)
    # "Alleen als er sprake is van overmacht hoeft u …": the main clause's verb ends the object too
    while end > own + 1 and doc[end - 1].is_space:
        end -= 1
    moved = [t for t in doc[own + 1 : end] if not t.is_space]
    if not moved or len(moved) > _MOVED_OBJECT_WORDS or any(
        t.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") or t.lower_ in _COORDINATORS or "Rel" in t.morph.get("PronType")
        or (t.lower_ in PASSIVE_SUBORDINATORS and t.lower_ not in ("die", "dat"))
        for t in moved
    ):
        return None  # (a relative clause in it: "gebruik maakt van een spreuk die hij … heeft geleerd",
        # "onderzoek deed naar de wereld waarin zijn verhalen zich afspeelden", review r10; "die" and
        # "dat" before a noun are determiners, "van die regeling", code read 6)
    if not is_parsed(doc) and any(t.lower_ in _SUBORDINATORS or _only_a_verb(t.lower_) for t in moved):
        return None  # without a parse, a clause in the object ("de regeling als u weinig verdient")
    moved_text = match_case(doc[own + 1 : end].text.strip(), doc[first].text)
    start = _cluster_start(match, doc[match.head]) if first == match.head and to_the_end else first
    if start is None:
        return None
    if start != first:
        # before the verbs of the cluster: "U moet kunnen beschikken over een rijbewijs" → "U moet een
        # rijbewijs kunnen hebben", not "kunnen een rijbewijs hebben" (code read 10)
        edit.changes[start] = f"{moved_text} {doc[start].text}"
        edit.touch(start)
        edit.changes[first] = finite
    elif first == match.head:  # one word: "wilt u gebruikmaken van deze regeling" → "wilt u deze regeling gebruiken"
        edit.changes[first] = f"{moved_text} {finite}"
    else:
        edit.changes[first] = moved_text
        edit.changes[match.head] = finite
    for index in [*match.words, *range(own + 1, end)]:
        if index not in (first, match.head):
            edit.changes[index] = ""
        edit.touch(index)
    return _glue_te(edit, doc)


def _list_after(doc: Doc, comma: int) -> bool:
    """Does a list go on after this comma ("goede motivering, evenredigheid en goede voorbereiding"):
    "en" or "of" before any verb or other punctuation?"""
    words = doc[comma + 1 : min(comma + _LIST_REACH, doc[comma].sent.end)]
    if not words or words[0].lower_ in _NO_LIST_AFTER_COMMA:
        return False  # ", en wij leggen …", ", zoals geluid en stank": a clause or an example, no list (code read 10)
    for token in words:
        if token.lower_ in ("en", "of"):
            return True
        if token.pos_ in ("VERB", "AUX") or (token.is_punct and token.text != ","):
            return False
    return False


_LIST_REACH = 8  # the words after a comma in which a list's "en" or "of" is looked for
_NO_LIST_AFTER_COMMA = frozenset("en of maar want dus zoals bijvoorbeeld waaronder namelijk omdat als dat die".split())


def _only_a_verb(word: str) -> bool:
    """A form of a verb the lists know, and no noun or adjective ("verdient", not "aanvraag")."""
    index = lemmas.lemmas_by_pos()
    return word not in index["noun"] and word not in index["adj"] and word not in STOP_WORDS and is_verb_form(word)


def _plural_after_own_preposition(match: PhraseMatch, doc: Doc) -> bool:
    """Is the noun after the entry's own preposition plural? With the preposition gone
    it is the subject of "zijn": "er is sprake van risico's" → "er zijn risico's"."""
    own = _own_preposition(match, doc)
    if own is None or not is_parsed(doc) or doc[own].lower_ not in PREPOSITIONS:
        return False
    noun = doc[own].head
    return noun.i > own and noun.pos_ in ("NOUN", "PROPN") and "Plur" in noun.morph.get("Number")


def _own_preposition(match: PhraseMatch, doc: Doc) -> int | None:
    """The entry's preposition after its verb ("tot" of *zich wenden tot*), or the
    pronominal adverb made with it ("waarop … betrekking heeft")."""
    candidates = [
        i for i in match.words
        if match.roles.get(i) == "after" and (doc[i].lower_ in PREPOSITIONS or adverb_preposition(doc[i].lower_))
    ]
    return max(candidates) if candidates else None


# Words that stand for the object of a preposition apart from it: "daar … over", "waar … van".
_R_WORDS = frozenset(R_PRONOUNS) | {"ergens", "nergens", "overal"}


def _object_before(match: PhraseMatch, preposition: int, doc: Doc) -> bool:
    """Does the entry's preposition stand without its noun, its object an R-word earlier in the
    sentence ("die daar nog over beschikken", "waar wij over beschikken", "wij beschikken er niet
    over")? Without the preposition, the rewrite would leave that word behind as a place."""
    token = doc[preposition]
    if token.lower_ not in PREPOSITIONS:
        return False  # "waarover", "erover": the pronominal adverb goes with the rest
    if is_parsed(doc) and token.head.i < preposition and token.head.lower_ in _R_WORDS:
        return True
    following = _neighbour(doc, preposition, 1)
    if following is not None and following not in match.words and not doc[following].is_punct and not _verbal(doc[following]):
        return False  # its object after it: "over een auto"
    # The R-word in the preposition's own clause: "zorgt er voor dat de boer over voldoende dieren
    # kan beschikken" has its "er" in the clause before.
    for earlier in reversed(doc[token.sent.start : preposition]):
        if earlier.lower_ in _R_WORDS:
            return True
        if earlier.text in (",", ";", ":") or earlier.lower_ in _SUBORDINATORS:
            return False
    return False


def _changes_a_repeated_preposition(match: PhraseMatch, edit: Rewrite, doc: Doc) -> bool:
    """Does the rewrite change the entry's last word, a preposition that a second object
    repeats after "en" or "of"? "zich wenden tot de balie en tot de wijkagent" would
    become "terecht bij de balie en tot de wijkagent"."""
    last = max(match.words)
    if doc[last].lower_ not in PREPOSITIONS or last not in edit.changes:
        return False
    return edit.changes[last].lower() != doc[last].lower_ and _preposition_repeated(doc, last)


def _preposition_repeated(doc: Doc, index: int) -> bool:
    """Does the preposition come back after "en" or "of" in its sentence ("aan het plan en aan
    het besluit")? A second object with its own preposition keeps the entry's word."""
    word = doc[index].lower_
    sentence = doc[index].sent
    return any(
        token.lower_ == word and token.i > index and _after_a_coordinator(doc, token.i)
        for token in doc[index + 1 : sentence.end]
    )


def _after_a_coordinator(doc: Doc, index: int) -> bool:
    """Does the word follow "en", "of" or "maar", also with "ook" or "zelfs" between ("maar ook over")?"""
    previous = _neighbour(doc, index, -1)
    if previous is not None and doc[previous].lower_ in ("ook", "zelfs"):
        previous = _neighbour(doc, previous, -1)
    return previous is not None and (doc[previous].lower_ in _COORDINATORS or doc[previous].lower_ == "maar")


def _with_preposition(word: str, preposition: str) -> str:
    """The word for the alternative's preposition: "op" → "over"; a pronominal adverb
    keeps its first part: "waarop" → "waarover", "ervoor" stays "ervoor"."""
    adverb = adverb_with(word, preposition)
    return match_case(adverb, word) if adverb else preposition


def _particle_and_preposition_first(match: PhraseMatch, head: Token, phrase: VerbPhrase) -> bool:
    """Can a separable verb with its preposition ("opkomen voor") take the place of a finite verb
    whose object follows it in a main clause? Then both go right after the verb: "De raad behartigt
    de belangen" → "De raad komt op voor de belangen"."""
    return (bool(phrase.preposition) and len(phrase.after) == 1 and not phrase.before
            and _main_clause(match, head) and _object_follows(head) and len(match.words) == 1)


def _object_follows(head: Token) -> bool:
    """Does the verb's object come right after it ("wij faciliteren de bouw")?"""
    doc = head.doc
    if not is_parsed(doc) or head.i + 1 >= len(doc):
        return False
    token = doc[head.i + 1]
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ == "obj" and token.head.i == head.i:
            return True
        token = token.head
    return False


def _verb_slot(match: PhraseMatch, head: Token) -> tuple[str | None, bool]:
    """The slot of the matched verb ("past_sg", "participle", "te_inf" …), and
    whether it is certain."""
    if match.te is not None:
        return "te_inf", True
    lemma = match.lemma or head.lower_
    split = match.particle is not None
    slots = inflect.verb_slots(head.lower_, lemma, split=split)
    if not slots and not split:
        particle, root = inflect.split_particle(lemma)
        before = head.i - 1
        if particle and before in match.words and head.doc[before].lower_ == particle:
            # "tegemoet zien" written apart: one verb, as "tegemoetzien" ("kunt … tegemoet zien")
            slots = inflect.verb_slots(particle + head.lower_, lemma, split=False)
        elif particle:
            slots = inflect.verb_slots(head.lower_, lemma, split=True)
    if not slots:
        return None, False
    parsed = is_parsed(head.doc)
    form = head.morph.get("VerbForm") if parsed else []
    if "participle" in slots and _after_worden(head):
        return "participle", True  # "kan worden herzien": the participle that looks like the infinitive
    if "participle" in slots and _before_its_auxiliary(head):
        return "participle", True  # "zou … bedragen hebben", "dat wij uw brief ontvangen hebben"
    if (parsed and "infinitive" in slots and lemma in ("doen", "laten") and "Inf" in form
            and any(child.dep_ == "aux" and child.lemma_.lower() == "hebben" and _perfect_of(head.doc, child.i, head.i)
                    for child in head.children)):
        # the infinitive in place of a participle: "hebben wij het rapport doen toekomen" → "gestuurd" (review r19)
        return "participle", True
    perfect = _hebben_in_own_clause(head.doc, head.i) if "infinitive" in slots and lemma in ("doen", "laten") else False
    if perfect is None:
        return None, False  # "Wij hebben u het rapport dat u wilde doen toekomen": either reading (code read 16)
    if perfect:
        # the same by a form of "hebben" before it in its clause, also where the parse hangs "hebben" on the
        # other verb ("Wij hebben u het rapport doen toekomen", code read 11)
        return "participle", True
    if "infinitive" in slots and not split and parsed and _with_modal(head):
        return "infinitive", True  # "Wij zullen ons besluit heroverwegen": tagged finite now and then
    if "infinitive" in slots and not split and parsed and _after_gaan(head):
        return "infinitive", True  # "De gemeente gaat drie bomen rooien": tagged finite plural now and then
    if "infinitive" in slots and not split and not parsed and _modal_before(head):
        return "infinitive", True  # without a parse: "U kunt gebruik maken van …"
    if ("infinitive" in slots and not split and parsed and head.dep_ == "aux" and head.tag_.startswith("WW|inf")
            and not _has_subject(head) and head.head.i > head.i):
        if any(child.dep_ == "aux" and child.i != head.i and child.lemma_.lower() in ("hebben", "zijn")
               for child in head.head.children):
            return None, False  # the infinitive of a perfect ("U had aanspraak kunnen maken op"): "had recht gehad" says more
        return "infinitive", True  # an auxiliary the fine tag calls an infinitive: "- Geen aanspraak kunnen maken op"
    if "infinitive" in slots and (split or "Fin" in form or (not parsed and _finite_by_position(match, head))):
        slots = ["pl"]
    if len(slots) > 1 and "participle" in slots:
        # "verzocht", "vermeld", "verstrekt": a participle needs an auxiliary
        # (heeft, is, wordt …); without one it is the finite verb.
        finite = [slot for slot in slots if slot != "participle"]
        if _starts_sentence(head) or _next_is_subject(head) or _second_command(head):
            slots = finite  # "Vermeld uw naam", "Verstrekt u …?", "Bel ons en vermeld uw naam"
        elif _has_auxiliary(head):
            return "participle", True
        elif "Part" in form and not _has_subject(head):
            return "participle", False  # "zoals hierboven vermeld"
        else:
            slots = finite if (parsed and "Fin" in form) or _has_subject(head) else []
    if len(slots) > 1 and parsed and "Fin" in form:
        slots = [s for s in slots if s != "infinitive"] or slots
    if slots == ["infinitive"] and not parsed:
        return "infinitive", False  # without the parse "anticiperen" may also be the finite plural ("Wij anticiperen")
    if set(slots) <= _PERSONS and len(slots) > 1:
        if "1sg" in slots and _starts_sentence(head) and not _next_is_subject(head) and not _has_subject(head):
            if _condition_with_then(head):
                return None, False  # "Tracht de gemeente …, dan …" is a condition, "Tracht het formulier …, dan" an order: advice
            if not _question(head):
                return "1sg", True  # an order, the stem: "Richt uw bezwaar aan …" → "Stuur", not "Stuurt"
        # "werkt", "kan": which person the alternative takes follows from its subject (`_verb`).
        return ("3sg" if "3sg" in slots else slots[0]), True
    if len(slots) == 1:
        return slots[0], True
    return None, False


def _condition_with_then(head: Token) -> bool:
    """A verb first that opens a condition, with ", dan" after it: "Tracht de gemeente een oplossing
    te vinden, dan …" is "Als de gemeente …", no order."""
    sentence = head.doc[head.i : head.sent.end]
    return any(token.text == "," and token.i + 1 < head.sent.end and head.doc[token.i + 1].lower_ == "dan"
               for token in sentence)


def _question(head: Token) -> bool:
    """Does the sentence end with a question mark ("Verricht de gemeente ook controles?")?"""
    last = head.sent[-1]
    while last.i > head.i and (last.is_space or last.text in ('"', "'", "”", "’", ")")):
        last = head.doc[last.i - 1]
    return last.text == "?"


def _starts_sentence(head: Token) -> bool:
    index = head.i - 1
    doc = head.doc
    while index >= 0 and (doc[index].is_space or doc[index].is_punct and doc[index].text in "-•*"):
        index -= 1
    return index < 0 or head.is_sent_start or doc[index].text in (".", ":", "!", "?")


def _second_command(head: Token) -> bool:
    """"Bel 14 038 en vermeld het zaaknummer": right after "en" or "of", without a subject of
    its own and before its object, the form is a command, not a participle."""
    doc = head.doc
    before = _neighbour(doc, head.i, -1)
    after = _neighbour(doc, head.i, 1)
    if after is not None and doc[after].lower_ in _ADVERBS_BEFORE_OBJECT:
        after = _neighbour(doc, after, 1)  # "en vermeld daarbij het zaaknummer"
    return (
        before is not None and doc[before].lower_ in ("en", "of") and after is not None
        and doc[after].lower_ in DETERMINERS | {"uw", "je", "jouw", "ons", "onze"} and not _has_subject(head)
    )


# Adverbs that can stand between a command and its object ("vermeld daarbij het nummer").
_ADVERBS_BEFORE_OBJECT = frozenset("daarbij hierbij daarin hierin ook dan wel altijd".split())


def _next_is_subject(head: Token) -> bool:
    doc = head.doc
    return head.i + 1 < len(doc) and doc[head.i + 1].lower_ in PERSONAL_PRONOUNS


def _subject_after(head: Token) -> bool:
    """Does the subject follow the finite verb of a main clause ("Om deze reden betreft het besluit …",
    "Betreft het …")? With the parse: a subject after it, or none before it while words come first (the
    compact parser takes "het besluit" there for an object now and then)."""
    doc = head.doc
    if _next_is_subject(head) or (_first_in_sentence(doc, head.i) and head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "het"):
        return True  # "Betreft het hier …?"
    if not is_parsed(doc):
        return False
    subjects = [c for c in head.children if c.dep_.startswith("nsubj")]
    if subjects:
        return any(c.i > head.i for c in subjects)
    if head.dep_ == "conj":
        return False  # the subject of the verb before "en": "De gemeente controleert … en borgt …" (code read 11)
    return not _first_in_sentence(head.doc, head.i)


def _previous_is_subject(head: Token) -> bool:
    return head.i > 0 and head.doc[head.i - 1].lower_ in PERSONAL_PRONOUNS


_HEBBEN = frozenset("heb hebt heeft hebben had hadden".split())
# Verbs whose perfect with another verb is their infinitive: "heeft laten weten", "heeft laten zien".
_IPP_VERBS = frozenset(("laten",))
_WHAT_FOLLOWS = frozenset(("dat", "of", "wat", "hoe", "wanneer", "waarom", "welke", "wie", ":"))
_PERSONS = frozenset(("1sg", "2sg", "3sg"))
_ZIJN = frozenset("ben bent is zijn was waren".split())


def _what_follows(doc: Doc, index: int) -> bool:
    """Does what is said or shown follow the verb: a clause ("dat …", "of …") or a colon?
    "Wij hebben u laten weten dat …" is whole, "Wij hebben de politie laten weten." is not."""
    following = _neighbour(doc, index, 1)
    if following is not None and doc[following].text == ",":
        following = _neighbour(doc, following, 1)
    return following is not None and doc[following].lower_ in _WHAT_FOLLOWS


def _own_object(phrase: VerbPhrase) -> bool:
    """Does the alternative bring its own object before its verb ("de kans geven",
    "contact opnemen"), not a preposition's or an adjective ("bekend maken")?"""
    if not phrase.before or phrase.before[0] in PREPOSITIONS:
        return False
    nouns = lemmas.lemmas_by_pos()["noun"]
    return phrase.before[0] in ARTICLES + ("een",) or any(
        word in nouns and word not in STOP_WORDS and not lemmas.can_be(word, "adj") for word in phrase.before
    )


def _passive(match: PhraseMatch, head: Token) -> bool:
    """Is the matched participle passive: with "worden", without an auxiliary,
    or with "zijn" for a verb that makes its perfect with "hebben" (is gesteld)?
    Only where the entry has no object of its own before its verb (a phrase
    that starts with a preposition, or none): then the subject was its object."""
    doc = head.doc
    before = [doc[i].lower_ for i in match.words if i < head.i and match.roles.get(i) != "te"]
    if before and before[0] not in PREPOSITIONS:
        return False
    auxiliary = _auxiliary_of(head)
    if auxiliary is None or auxiliary.startswith(("word", "werd")):
        return True
    return auxiliary in _ZIJN and not _takes_zijn(match.lemma or head.lower_)


@lru_cache(maxsize=4096)
def _takes_zijn(verb: str) -> bool:
    """Does the verb make its perfect with "zijn" (is gebeurd)? From wordlists/zijn-werkwoorden.txt."""
    verbs = word_set("zijn-werkwoorden")
    return verb in verbs or any(verb.endswith(root) and inflect.split_particle(verb)[1] == root for root in verbs)


def _auxiliary_of(participle: Token) -> str | None:
    if is_parsed(participle.doc):
        for child in participle.children:
            if child.dep_ in ("aux", "aux:pass") and child.lower_ in _AUXILIARIES:
                return child.lower_
        if participle.dep_ == "conj" and participle.head.i < participle.i:
            # "Wij hebben uw aanvraag ontvangen en de buren op de hoogte gesteld": the two
            # participles share the auxiliary of the first
            return _auxiliary_of(participle.head)
        return None
    # Without a parse: an auxiliary in the same clause (between commas, and not past a word that opens
    # another clause: "Het is niet zo dat u over een auto beschikt" has no "is … beschikt", code read 14).
    doc = participle.doc
    start, end = participle.i, participle.i
    while (start > 0 and doc[start - 1].text not in (",", ";", ".") and not doc[start].is_sent_start
           and not _opens_another_clause(doc, start - 1)):
        start -= 1
    while (end + 1 < len(doc) and doc[end + 1].text not in (",", ";", ".") and not doc[end + 1].is_sent_start
           and not _opens_another_clause(doc, end + 1)):
        end += 1
    return next((t.lower_ for t in doc[start : end + 1] if t.lower_ in _AUXILIARIES and t.i != participle.i), None)


def _opens_another_clause(doc: Doc, index: int) -> bool:
    """Without the parse: a conjunction that opens a clause ("als", "omdat", "dat" but after a noun with its
    determiner: "zo dat", "duidelijk dat"); not a relative pronoun after its noun ("de stukken die u vroeg",
    "het formulier dat u invulde")."""
    word = doc[index].lower_
    if word not in _SUBORDINATORS or word in ("die", "welke") or _as_determiner(doc[index]):
        return False  # (and no demonstrative: "Wij hebben dat bedrag aan u verstrekt", code read 15)
    following = _neighbour(doc, index, 1)
    if word in ("toen", "als") and not (following is not None and (
            doc[following].lower_ in PERSONAL_PRONOUNS or doc[following].lower_ in DETERMINERS
            or doc[following].lower_ == "er")):
        return False  # an adverb or a role, no clause: "Wij hebben toen …", "als gemeente", "als bijlage"
    if word == "toen" and not _first_in_clause(doc, index, index + 1):
        return False  # "Wij hebben toen het bedrag …"
    previous = _neighbour(doc, index, -1)
    if word == "dat" and following is not None and previous is not None and doc[previous].lower_ in _HEBBEN | ZIJN and (
            doc[following].lower_ in PREPOSITIONS or doc[following].lower_ in _ADVERBS_AFTER_A_PRONOUN):
        return False  # the pronoun right after "hebben": "Wij hebben dat aan u verstrekt" (code reads 16 and 17)
    if word == "dat":  # relative after a noun with its determiner: "het formulier dat …"
        return not _after_its_noun(doc, index)
    return word not in _RELATIVE_WORDS


# Words after the pronoun "dat" that no subject of a clause would be: "Wij hebben dat toen aan u verstrekt".
_ADVERBS_AFTER_A_PRONOUN = frozenset("toen al niet ook nu wel eerder later gisteren zelf".split())


def _has_subject(head: Token) -> bool:
    if is_parsed(head.doc):
        return any(child.dep_ in ("nsubj", "nsubj:pass") for child in head.children)
    return _previous_is_subject(head) or _next_is_subject(head)


def _after_worden(head: Token) -> bool:
    """Does a form of "worden" stand right before the verb, or take it in the parse?"""
    before = _neighbour(head.doc, head.i, -1)
    if before is not None and head.doc[before].lower_ in WORDEN:
        return True
    return is_parsed(head.doc) and any(c.dep_ == "aux:pass" and c.lower_ in WORDEN for c in head.children)


def _before_its_auxiliary(head: Token) -> bool:
    """Does a form of hebben, zijn or worden follow the verb at the end of its clause ("zou
    twintigduizend gulden bedragen hebben.")? Then a form like "bedragen" or "ontvangen" is the
    participle, not the infinitive. ("Zij vergeten zijn verjaardag": "zijn" opens a noun phrase.)"""
    doc = head.doc
    following = _neighbour(doc, head.i, 1)
    if following is None or doc[following].lower_ not in _AUXILIARIES:
        return False
    after = _neighbour(doc, following, 1)
    return after is None or doc[after].is_punct or doc[after].lower_ in _COORDINATORS


def _has_auxiliary(head: Token) -> bool:
    """Is there a form of hebben, zijn or worden that takes this participle?"""
    if is_parsed(head.doc):
        return any(child.dep_ in ("aux", "aux:pass", "cop") and child.lower_ in _AUXILIARIES for child in head.children)
    return _auxiliary_of(head) is not None


def _negated(head: Token) -> bool:
    """Does "niet" go with the verb ("komt niet in aanmerking", "kunt … niet maken")?"""
    doc = head.doc
    if is_parsed(doc):
        return any(child.lower_ == "niet" for child in head.children)
    sentence = head.sent
    return any(token.lower_ == "niet" for token in sentence)


def _with_modal(head: Token) -> bool:
    """Does a finite verb other than hebben, zijn or worden take this verb as its
    infinitive ("zullen … heroverwegen", "kunt … indienen")? Then it is not finite,
    whatever its tag says."""
    return any(
        child.dep_ == "aux" and child.i < head.i and child.lower_ not in _AUXILIARIES and "Fin" in child.morph.get("VerbForm")
        for child in head.children
    )


_PLURAL_SUBJECTS = frozenset("wij we zij ze jullie".split())
_OPENING_DETERMINERS = frozenset("de die deze onze uw alle veel sommige beide".split())


def _finite_by_position(match: PhraseMatch, head: Token) -> bool:
    """Without a parse: a verb before the other words of its entry is finite ("nemen wij … in behandeling");
    the entry's own preposition after it does not count ("gebruik maken van")."""
    later = [index for index in match.words if index > head.i]
    if _after_its_subject(head):
        return True
    if later == [max(match.words)] and head.doc[later[0]].lower_ in PREPOSITIONS:
        return False
    return bool(later)


def _after_its_subject(head: Token) -> bool:
    """Without the parse: a plural right after its subject, a pronoun ("Wij beschikken over") or
    a noun with its determiner that opens the sentence ("De bewoners beschikken over"), is finite."""
    doc = head.doc
    previous = _neighbour(doc, head.i, -1)
    if previous is None:
        return False
    if doc[previous].lower_ in _PLURAL_SUBJECTS:
        return True
    before = _neighbour(doc, previous, -1)
    return (before is not None and doc[before].lower_ in _OPENING_DETERMINERS and _neighbour(doc, before, -1) is None
            and doc[previous].is_alpha and doc[previous].lower_ not in STOP_WORDS and not is_verb_form(doc[previous].lower_))


_BARE_INFINITIVE_TAKERS = frozenset("gaan komen blijven laten".split())


def _after_gaan(head: Token) -> bool:
    """Is the verb the bare infinitive of "gaan", "komen", "blijven" or "laten" before it
    (the parse's xcomp, no "te")?"""
    governor = head.head
    return (head.dep_ == "xcomp" and governor.i < head.i and governor.lemma_.lower() in _BARE_INFINITIVE_TAKERS
            and not any(child.lower_ == "te" for child in head.children))


_GAAN = frozenset("gaan ga gaat ging gingen gegaan".split())


def _after_a_form_of_gaan(head: Token) -> bool:
    """Is the verb the infinitive of a form of "gaan" right before it (or in the parse)?"""
    before = _neighbour(head.doc, head.i, -1)
    return (before is not None and head.doc[before].lower_ in _GAAN) or (is_parsed(head.doc) and _after_gaan(head))


def _modal_before(head: Token) -> bool:
    """Without a parse: a modal verb earlier in the clause takes this verb as its infinitive
    ("U kunt gebruik maken van", "dat u gebruik wilt maken van"); a comma or a word that
    opens a clause ends the search ("Wij willen dat bewoners gebruik maken van")."""
    doc = head.doc
    index = head.i - 1
    while index >= 0 and head.i - index <= 8:
        token = doc[index]
        if token.is_punct or token.is_sent_end or token.lower_ in _SUBORDINATORS:
            return False
        if token.lower_ in MODALS - _CONDITION_VERBS:
            return True
        index -= 1
    return False


def _subject(head: Token) -> str | None:
    if is_parsed(head.doc):
        # an auxiliary's subject hangs on its verb: "als u aanspraak kunt maken"
        verbs = (head, head.head) if head.dep_ in ("aux", "aux:pass") else (head,)
        for verb in verbs:
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubj:pass"):
                    return child.lower_
    doc = head.doc
    for index in (head.i - 1, head.i + 1):
        if 0 <= index < len(doc) and doc[index].lower_ in PERSONAL_PRONOUNS:
            return doc[index].lower_
    return None


def _main_clause(match: PhraseMatch, head: Token) -> bool:
    """Is the finite verb in second place (main clause), not last (subordinate clause)?"""
    if match.particle is not None:
        return True
    if _subordinator_before(head):
        return False
    if is_parsed(head.doc):
        # an auxiliary's conjunction hangs on its verb: "of u aanspraak kunt maken op" hangs "of" on "maken"
        # (not the verb's relation: "Bent u verhinderd, …" opens with its verb, as a main clause does)
        # ("om … te" on a later verb is no conjunction of this clause: "Ook heeft u de plicht om … te melden")
        verbs = (head, head.head) if head.dep_ in ("aux", "aux:pass") else (head,)
        return not (head.dep_ in _SUBORDINATE or any(
            child.dep_ == "mark" and (verb is head or child.lower_ not in ("om", "te"))
            for verb in verbs for child in verb.children))
    following = head.i + 1
    doc = head.doc
    while following < len(doc) and doc[following].is_space:
        following += 1
    return not (following >= len(doc) or doc[following].is_punct)


# Words that open a subordinate clause, where the finite verb comes last.
_SUBORDINATORS = frozenset(
    "die dat wat welke waar waarin waarop waarmee waarvoor waardoor als omdat zodat wanneer indien "
    "toen terwijl nadat voordat zodra hoewel doordat totdat tenzij mits aangezien naarmate opdat alsof ofschoon "
    "zolang voorzover".split()
)


def _subordinator_before(head: Token) -> bool:
    """Is the verb in a clause that a relative pronoun or a conjunction opens
    ("cliënten die gebruik maken van …")? Looks back to the clause's start."""
    doc = head.doc
    index = head.i - 1
    while index >= 0 and doc[index].text not in (",", ";", ":", "(", "."):
        if doc[index].text == ")":  # an aside between brackets belongs to the clause: "de dienst (GGD) gebruik maakt"
            opening = next((i for i in range(index - 1, max(-1, index - 12), -1) if doc[i].text == "("), None)
            if opening is not None:
                index = opening - 1
                continue
        if doc[index].lower_ == "zover" and index and doc[index - 1].lower_ == "voor" and _subject_next(doc, index):
            return True  # "Voor zover de GGD gebruik maakt van …" (review r16); not "Voor zover nodig stellen wij …"
        if doc[index].lower_ in _SUBORDINATORS:
            following = doc[index + 1] if index + 1 < len(doc) else None
            # "die brief", "dat formulier": a determiner, not a clause (also first in the sentence:
            # "Dat zinsdeel fungeert als …" is a main clause)
            if not (doc[index].lower_ in ("die", "dat", "welke") and following is not None and _noun_like(following)
                    and (is_parsed(doc) or doc[index].is_sent_start)):
                return True
        if doc[index].is_sent_start:
            break
        index -= 1
    return False


# Words that make a fixed phrase with "voor zover", before a main clause ("Voor zover nodig stellen wij").
_FIXED_AFTER_ZOVER = frozenset("nodig mogelijk bekend van noodzakelijk relevant gewenst wenselijk redelijkerwijs".split())


def _subject_next(doc: Doc, index: int) -> bool:
    """Does a subject follow `index` ("voor zover | de gemeente …"), not a word that makes a fixed
    phrase with it ("Voor zover | nodig stellen wij …", code read 8)?"""
    following = _neighbour(doc, index, 1)
    return following is not None and doc[following].lower_ not in _FIXED_AFTER_ZOVER  # ("iemand", "iedereen" too, code read 9)


def _noun_like(token: Token) -> bool:
    """A noun in the parse; without it (only first in the sentence) any word but a small function
    word: "Dat zinsdeel fungeert", "Dat bedrijf maakt" and "Dat gebeurt niet" are main clauses,
    "Dat u komt", "Dat de regels gelden" are not."""
    if is_parsed(token.doc):
        return token.pos_ == "NOUN"
    return token.is_alpha and token.lower_ not in STOP_WORDS


def _clause_end(head: Token) -> int | None:
    """The last word of the clause of a finite verb (before a comma, a
    subordinate clause or a te-infinitive), where a particle goes."""
    if not is_parsed(head.doc):
        return None
    last = head.i
    for child in head.children:
        if child.i > head.i and child.dep_ not in _CLAUSE_PARTS:
            last = max(last, _right_edge(child))
    while last > head.i and (head.doc[last].is_punct or head.doc[last].is_space):
        last -= 1
    return last


# A verb the alternative splits ("aanmoedigen" → "moedigt … aan") keeps its parts at most this many
# words apart; further, the reader has to hold the verb too long (a tangconstructie of our own making).
_MOST_WORDS_BETWEEN_PARTS = 6

_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _right_edge(token: Token) -> int:
    """The last word of a phrase, without the clauses hanging from it ("bewoners (om te sporten)");
    a noun coordinated with a noun belongs to it ("de participatie en zeggenschap van cliënten")."""
    last = token.i
    for child in token.children:
        if child.i <= token.i or child.dep_ in ("acl", "acl:relcl"):
            continue
        nominal = token.pos_ in _NOMINAL and child.dep_ in ("conj", "cc") and (
            child.dep_ == "cc" or child.pos_ in _NOMINAL)
        if nominal or child.dep_ not in _CLAUSE_PARTS:
            last = max(last, _right_edge(child))
    return last


def _glue_te(edit: Rewrite, doc: Doc) -> Rewrite:
    """A dropped "te" between a particle and its verb joins them: "in te dienen" → "indienen"."""
    for index, text in list(edit.changes.items()):
        if text or doc[index].lower_ != "te" or index == 0 or index + 1 >= len(doc):
            continue
        before, after = doc[index - 1], doc[index + 1]
        if before.i not in edit.changes and after.i not in edit.changes and _particle_index(doc, index) == before.i and not after.is_space:
            edit.changes[before.i] = ""
            edit.changes[after.i] = match_case(before.lower_ + after.lower_, before.text)
            edit.touch(before.i)
            edit.touch(after.i)
        elif after.i not in edit.changes and index + 1 == edit.end and (
            after.pos_ in ("VERB", "AUX") or (not is_parsed(doc) and is_verb(after.lower_))
        ):
            # The verb the "te" stood before ends the shown words: "dient u zich te melden" →
            # "moet u zich melden", not "dient u zich te" → "moet u zich".
            edit.touch(after.i)
    return edit


# --------------------------------------------------------------------------------------
# Nouns


_SINGULAR_VERBS = frozenset(("is", "wordt", "was", "werd", "heeft", "had", "staat", "ligt", "blijft", "kan", "moet", "mag", "zal"))


def _singular_subject(head: Token) -> bool:
    """Is the noun the subject of a singular verb? With the parse, its relation; without it, a
    singular verb within the next few words ("de te vellen houtopstand is gelegen", "De houtopstand
    wordt gekapt")."""
    doc = head.doc
    if is_parsed(doc):
        return head.dep_.startswith("nsubj") and "Plur" not in head.morph.get("Number")
    index = head.i
    for _ in range(3):
        index = _neighbour(doc, index, 1)
        if index is None or doc[index].is_punct:
            return False
        if doc[index].lower_ in _SINGULAR_VERBS:
            return True
    return False


def _noun(match: PhraseMatch, edit: Rewrite, doc: Doc) -> Rewrite | None:
    head = doc[match.head]
    slots = inflect.noun_slots(head.lower_, match.lemma or head.lower_)
    if not slots or _points_back_to_compound(match, head, doc):
        return None
    slot = slots[0]
    words = edit.alternative.text.split()
    article = words[0] if words[0] in ARTICLES and len(words) > 1 else None
    words = words[1:] if article else words
    if len(words) > 1 and slot != "sg":
        return None
    if slot == "sg" and "Plur" in (head.morph.get("Number") if is_parsed(doc) else []) and head.dep_.startswith("nsubj"):
        return None  # "de werkzaamheden duren" → "het werk duurt": the verb would change too
    if slot == "sg" and len(words) == 1 and article != "het" and lemmas.plural_form(words[0]) and _singular_subject(head):
        return None  # "de houtopstand is gelegen" → not "de bomen is gelegen": the verb would change too (review r8)
    if len(words) == 1 and slot == "sg":
        noun = words[0]  # as the editor wrote it
    elif len(words) == 1:
        # The first spelling the lemma tables know: "voorwaarden" before "voorwaardes".
        noun = next((form for form in inflect.noun_forms(words[0], slot) if _known(form)), None)
        if noun is None:
            return None
    else:
        noun = " ".join(words)
    edit.changes[match.head] = match_case(noun, head.text)
    _drop_others(match, edit, {match.head})
    if slot in ("pl", "dim_pl") or slot.startswith("dim"):
        return edit
    old_gender = _gender(head)
    new_gender = "Neut" if article == "het" else "Com" if article == "de" else None
    determiners, adjectives = _noun_phrase(head)
    adjectives = [a for a in adjectives if a.i not in match.words]  # "bevoegd" of *bevoegd gezag* goes
    if adjectives and article == "het" and len(words) == 1 and words[0].endswith("en") and is_verb(words[0]):
        return None  # "een hogere financiële participatie" is no "een hoger financieel meedoen"
    if adjectives and len(words) > 2 and words[1] in PREPOSITIONS:
        return _hidden(edit)  # "een definitieve beschikking" is no "een definitieve brief met ons besluit" (review r1-14)
    determiners = [d for d in determiners if d.i not in match.words]
    if "det" in edit.alternative.fits and not _article_or_possessive(head, determiners):
        return None  # "feedback vragen", "veel feedback" → not "(veel) reactie": a count noun needs "een" or "uw"
    if not determiners and not adjectives and (bare := _bare_after_preposition(match, head, doc)) is not None:
        # "op juiste wijze" → "op een juiste manier": a count noun needs the article the formal
        # bare phrase left out; only with a de-word, where the adjective keeps its -e
        if article != "de" or len(words) != 1 or not bare.lower_.endswith("e"):
            return None
        edit.changes[bare.i] = f"{'de' if _picks_the_one(bare) else 'een'} {bare.text}"
        edit.touch(bare.i)
        return edit
    if not determiners and not adjectives:
        names_its_own = "van" in words[1:]  # "de datum van deze brief": the alternative says of what
        # (a plural after a preposition takes no article: "Voor inlichtingen" → "Voor informatie")
        plural = slot == "pl" or (is_parsed(doc) and "Plur" in head.morph.get("Number"))
        if article and ((_after_preposition(match, head) and not plural) or names_its_own
                        or _shares_other_determiner(head, new_gender)):
            # "na dagtekening van deze brief" → "na de datum van deze brief";
            # "de zorgverlening en beëindiging daarvan" → "… en het einde daarvan"
            edit.changes[match.head] = f"{article} {edit.changes[match.head]}"
        return edit
    if new_gender is None or old_gender is None:
        return None if _gender_matters(determiners, adjectives) else edit
    if new_gender == old_gender:
        return edit
    if is_parsed(doc) and any(child.dep_ == "acl:relcl" for child in head.children):
        return None  # "de beschikking die …" would need "dat" too
    mapping = _TO_NEUTER if new_gender == "Neut" else _TO_COMMON
    # a possessive makes the noun definite: "uw definitieve besluit", not "uw definitief besluit"
    indefinite = not any(child.i < head.i and child.dep_ == "nmod:poss" for child in head.children)
    for determiner in determiners:
        lower = determiner.lower_
        if lower in mapping:
            edit.changes[determiner.i] = match_case(mapping[lower], determiner.text)
            edit.touch(determiner.i)
        if mapping.get(lower, lower) not in _INDEFINITE:
            indefinite = False  # (the new word counts: "elke definitieve beschikking" → "elk definitief besluit")
    for adjective in adjectives:
        form = _adjective_for(adjective, bare=indefinite and new_gender == "Neut")
        if form is None:
            return None
        if form != adjective.lower_:
            edit.changes[adjective.i] = match_case(form, adjective.text)
            edit.touch(adjective.i)
    return edit


def _points_back_to_compound(match: PhraseMatch, noun: Token, doc: Doc) -> bool:
    """"In deze beschikking" after "uw WOZ-beschikking": "deze" points back at a thing the
    letter named with a longer word; "dit besluit" would point at the letter itself."""
    before = _neighbour(doc, match.span.start, -1) if match.span.start == noun.i else match.span.start
    if before is None or doc[before].lower_ not in DEMONSTRATIVES:
        return False
    tail = (match.lemma or noun.lower_).lower()
    sentence = doc[match.span.start].sent
    # the sentence and the one before it: what "deze" can point back to
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    return any(
        t.lower_ != tail and len(t.lower_) > len(tail) + 2 and t.lower_.endswith(tail)
        for t in doc[start : match.span.start] if t.is_alpha or "-" in t.text
    )


# Words before a noun that point or count: "op dezelfde wijze" needs no "een".
_DETERMINER_LIKE = frozenset((
    "dezelfde", "hetzelfde", "zelfde", "volgende", "bovenstaande", "onderstaande", "genoemde", "voornoemde",
    "elke", "iedere", "zulke", "welke", "beide", "vorige", "laatste", "eerste",
))


# Adjectives that pick out the one right way: "op juiste wijze" → "op de juiste manier", not
# "op een juiste manier" (one of several right ones); so does a superlative (the parse's Degree=Sup).
_THE_ONE = frozenset(("juiste", "correcte", "gebruikelijke", "gewenste", "voorgeschreven", "bedoelde", "enige"))


def _picks_the_one(adjective: Token) -> bool:
    return adjective.lower_ in _THE_ONE or "Sup" in adjective.morph.get("Degree")


def _bare_after_preposition(match: PhraseMatch, noun: Token, doc: Doc) -> Token | None:
    """The adjective of the match in "op juiste wijze": a preposition, the adjective and the
    noun, without an article."""
    before = _neighbour(doc, noun.i, -1)
    if before is None or before not in match.words or doc[before].lower_ in _DETERMINER_LIKE:
        return None
    if not (doc[before].pos_ == "ADJ" if is_parsed(doc) else _maybe_adjective(doc[before])):
        return None
    preposition = _neighbour(doc, before, -1)
    return doc[before] if preposition is not None and doc[preposition].lower_ in PREPOSITIONS else None


def _after_preposition(match: PhraseMatch, noun: Token) -> bool:
    """A bare noun after a preposition with "van" after it ("na dagtekening
    van", "na beëindiging van"): an event of something named, which the
    alternative names with its article. After "van" the bare noun is general
    ("een proces van participatie") and stays bare."""
    doc = noun.doc
    before = noun.i - 1 if noun.i else None
    after = noun.i + 1 if noun.i + 1 < len(doc) else None
    return (
        before is not None and noun.i == min(match.words)
        and doc[before].lower_ in _TIME_PREPOSITIONS
    ) or (
        before is not None and after is not None and noun.i == min(match.words)
        and doc[before].lower_ in PREPOSITIONS and doc[before].lower_ != "van"
        and doc[after].lower_ in _OF_WORDS
    )


_OF_WORDS = frozenset(("van", "daarvan", "hiervan", "waarvan"))
# After these a bare noun is a moment ("na dagtekening", "vanaf ontvangst"): the alternative
# keeps its article ("na de datum van deze brief"), without "van" after it too.
_TIME_PREPOSITIONS = frozenset(("na", "vanaf", "sinds", "voor", "vóór", "tot", "bij", "binnen"))


def _shares_other_determiner(noun: Token, new_gender: str | None) -> bool:
    """A bare noun after "en"/"of" shares the determiner of the noun before it
    ("de zorgverlening en beëindiging"): an alternative of the other gender
    needs its own article ("de zorgverlening en het einde")."""
    doc = noun.doc
    if new_gender is None or noun.i < 2 or doc[noun.i - 1].lower_ not in _COORDINATORS:
        return False
    other = doc[noun.i - 2]
    if is_parsed(doc):
        if other.pos_ not in ("NOUN", "PROPN"):
            return False
        if not (noun.dep_ == "conj" and noun.head.i == other.i) and not (other.dep_ == "conj" and other.head.i == noun.i):
            return False
    elif not _maybe_noun(other):
        return False
    determiners, _ = _noun_phrase(other)
    shared = [d for d in determiners if d.lower_ in _TO_NEUTER or d.lower_ in _TO_COMMON]
    if not shared:
        return False
    return ("Neut" if shared[0].lower_ in _TO_COMMON else "Com") != new_gender


# Words after which an adjective before a singular het-word stays bare ("een nieuw huis").
_NO_ENDING_AFTER = frozenset(("een", "geen", "veel", "weinig", "genoeg", "enkele", "elk", "ieder"))


def _noun_after_participle(participle: Token) -> Token | None:
    """With the parse: the noun after it that a participle describes ("aangeboden vuilniszakken"):
    its head, or (where the parser made the participle the clause's verb) the noun right after it,
    when no auxiliary goes with the participle."""
    doc = participle.doc
    if not is_parsed(doc):
        return None
    head = participle.head
    if participle.dep_ in ("amod", "acl") and head.i > participle.i and head.pos_ in ("NOUN", "PROPN"):
        return head
    following = _neighbour(doc, participle.i, 1)
    if following is not None and doc[following].pos_ == "NOUN" and not _has_auxiliary(participle):
        return doc[following]
    return None


def _as_attribute(noun: Token, new: str) -> str | None:
    """The new participle in the place of one before this noun, with the ending the noun asks for:
    "aangeboden vuilniszakken" → "buitengezette vuilniszakken" (a strong participle shows no -e, the
    new weak one must); "een verbouwd huis" keeps none. None where the ending cannot be told."""
    if new.endswith("en"):
        return new  # a strong form takes no -e ("gebroken")
    determiners, _ = _noun_phrase(noun)
    definite = any(d.lower_ not in _NO_ENDING_AFTER for d in determiners)
    plural = "Plur" in noun.morph.get("Number")
    if plural or definite:
        return inflect.attributive(new)
    gender = _gender(noun)
    if gender == "Com":
        return inflect.attributive(new)
    return new if gender == "Neut" else None


def _gender(noun: Token) -> str | None:
    """Com or Neut: from the article right before a singular noun, from the parse, or from another
    determiner that shows it. The article is certain where the tagger guesses: "het belastingjaar"
    is neuter, whatever the tagger says of a compound it does not know. (Another word the parse
    took for a determiner is not: "bij ons prioriteit" has "ons" as the object of "bij".)"""
    determiners, adjectives = _noun_phrase(noun)
    article = next((d for d in determiners if d.lower_ in ("de", "het")), None)
    if article is not None and (article.lower_ == "het" or "Plur" not in noun.morph.get("Number")) and _surely_an_article(article):
        return "Neut" if article.lower_ == "het" else "Com"
    gender = noun.morph.get("Gender") if is_parsed(noun.doc) else []
    if len(gender) == 1:
        return gender[0]
    for determiner in determiners:
        if determiner.lower_ in _TO_NEUTER:
            return "Com"
        if determiner.lower_ in _TO_COMMON:
            return "Neut"
    return None


def _surely_an_article(word: Token) -> bool:
    """Is "het" or "de" surely the noun's article: first in the sentence or its part, or after a
    preposition ("over het belastingjaar")? After a verb "het" may be the object ("Wij geven het
    prioriteit")."""
    before = _neighbour(word.doc, word.i, -1)
    if before is None or word.is_sent_start:
        return True
    previous = word.doc[before]
    return previous.is_punct or previous.lower_ in PREPOSITIONS or previous.pos_ in ("ADP", "CCONJ", "SCONJ")


def _gender_matters(determiners, adjectives) -> bool:
    return any(d.lower_ in _TO_NEUTER or d.lower_ in _TO_COMMON for d in determiners) or bool(adjectives)


def _noun_phrase(noun: Token) -> tuple[list[Token], list[Token]]:
    """The determiners and attributive adjectives before a noun."""
    doc = noun.doc
    if is_parsed(doc):
        # "onze ambitie": the possessive that agrees with the noun ("ons doel") is a determiner here too.
        plural = "Plur" in noun.morph.get("Number")
        determiners = [c for c in noun.children if c.i < noun.i and (
            c.dep_ == "det" and not (plural and c.lower_ in SINGULAR_DETERMINERS)
            or (c.dep_ == "nmod:poss" and c.lower_ in ("onze", "ons")))]
        adjectives = [c for c in noun.children if c.dep_ == "amod" and c.i < noun.i]
        # "een gehele of gedeeltelijke beëindiging": the second adjective hangs from the first (the
        # parser may call it a verb: "een snelle en vlotte aanvang")
        adjectives += [c for a in adjectives for c in a.children
                       if c.dep_ == "conj" and c.pos_ in ("ADJ", "VERB") and c.i < noun.i]
        return determiners, adjectives
    # Without a parse: the words right before the noun that can be adjectives, then a determiner.
    determiners, adjectives = [], []
    index = noun.i - 1
    while index >= 0 and (doc[index].is_space or _maybe_adjective(doc[index])):
        if not doc[index].is_space:
            adjectives.append(doc[index])
        index -= 1
    if index >= 0 and doc[index].lower_ in DETERMINERS:
        determiners.append(doc[index])
    return determiners, adjectives


# Verbs that take an infinitive without "te": "wilt verlengen", not "wilt te verlengen".
_BARE_INFINITIVE_VERBS = frozenset("willen kunnen mogen moeten zullen gaan laten".split())


# Words that end a clause on the way to its "te" ("om te", ", dat").
_CLAUSE_BREAKS = frozenset(", ; : . ( om dat die omdat als of en".split())


def _te_later(doc: Doc, index: int) -> int | None:
    """The "te" of an infinitive later in the clause of `index` ("wenst u een afspraak
    te maken", "alvorens een besluit te nemen"). By position: the compact parser hangs
    these infinitives anywhere."""
    for token in doc[index + 1 : doc[index].sent.end]:
        if token.lower_ in _CLAUSE_BREAKS:
            return None
        if token.lower_ == "te":
            following = _neighbour(doc, token.i, 1)
            return token.i if following is not None and is_verb(doc[following].lower_) else None
    return None


def _words_before_te(doc: Doc, verb: int, te: int) -> bool:
    """Are there words between the verb and its "te" other than the particle of the infinitive
    ("dient door te geven" has none; "bent zelf te gaan" has "zelf")?"""
    infinitive = _neighbour(doc, te, 1)
    ending = doc[infinitive].lower_ if infinitive is not None else ""
    return any(not token.is_space and not is_verb(token.lower_ + ending) for token in doc[verb + 1 : te])


def _om_te_after(doc: Doc, end: int) -> tuple[int | None, int] | None:
    """"om … te" + a verb right after the matched words ("in de gelegenheid om u te bellen"):
    the places of "om" and "te". With a time ("om 9 uur te komen") "om" stays: None for it."""
    om = _neighbour(doc, end - 1, 1)
    if om is None or doc[om].lower_ != "om":
        return None
    after = _neighbour(doc, om, 1)
    time = after is not None and (doc[after].like_num or doc[after].lower_ in ("half", "kwart", "middernacht"))
    for token in doc[om + 1 : doc[om].sent.end]:
        if token.lower_ in _CLAUSE_BREAKS:
            return None
        if token.lower_ == "te":
            following = _neighbour(doc, token.i, 1)
            if following is None or not is_verb(doc[following].lower_):
                return None
            return (None if time else om), token.i
    return None


def _second_te(doc: Doc, te: int) -> bool:
    """Does a second "te" + infinitive hang from the same verb, joined by "en", "of" or
    "dan wel" ("aanwezig te zijn, dan wel te worden vervangen")? The parse does not always
    join them; the words after the "te" are read too."""
    if is_parsed(doc):
        verb = doc[te].head
        if any(child.dep_ == "conj" and any(c.lower_ == "te" and c.dep_ == "mark" for c in child.children)
               for child in verb.children):
            return True
    later = [t.lower_ for t in doc[te + 1 : doc[te].sent.end] if not t.is_space]
    for number, word in enumerate(later):
        if word in _COORDINATORS or word == "danwel" or (word == "wel" and number and later[number - 1] == "dan"):
            return "te" in later[number + 1 :]
    return False


def _attribute_of_a_noun(word: Token) -> bool:
    """Does the word stand before its noun as an attribute: in the parse (also where the parse tags it a
    prenominal adjective and hangs the noun elsewhere, "een preventief gezondheidsonderzoek"), or without
    it between a determiner or preposition and a noun ("bij veelvuldig ziekteverzuim")?"""
    doc = word.doc
    following = _neighbour(doc, word.i, 1)
    if following is None:
        return False
    previous = _neighbour(doc, word.i, -1)
    if previous is not None and doc[previous].lower_ in DETERMINERS:
        return True  # "Het preventief fouilleren", "een veelvuldig gebruik" (code read 15)
    if is_parsed(doc) and (_before_its_noun(word) or (word.tag_.startswith("ADJ|prenom") and doc[following].pos_ == "NOUN")):
        return True
    noun = doc[following].pos_ == "NOUN" if is_parsed(doc) else (
        lemmas.can_be(doc[following].lower_, "noun") and not is_only_verb_form(doc[following].lower_))
    after = _neighbour(doc, following, 1)
    if doc[following].lower_.endswith("en") and (
            after is None or doc[after].is_punct or doc[after].lower_ in ZIJN | WORDEN | _HEBBEN | MODALS):
        # an infinitive used as a noun: "Preventief fouilleren is toegestaan", "op preventief handelen"; not the
        # finite verb before its subject: "Preventief werken wij …", "Veelvuldig komen er klachten binnen" (code
        # reads 16 and 17)
        noun = True
    # first in the sentence or after a preposition, before a noun: "Preventief onderhoud voorkomt schade"
    return (previous is None or _first_in_sentence(doc, word.i) or doc[previous].lower_ in PREPOSITIONS) and noun


def _before_its_noun(word: Token) -> bool:
    """Does the word stand between a noun and its determiner ("uw gezamenlijk inkomen"), or is it
    tagged as an adjective right before its noun ("Gezamenlijk overleg")? Before a bare noun an
    adverb fits otherwise ("uitsluitend bewoners" → "alleen bewoners")."""
    if not is_parsed(word.doc) or word.dep_ != "amod" or word.head.i < word.i or word.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if word.tag_.startswith("ADJ|prenom|basis|zonder") and word.head.i == word.i + 1 and "|ev|" in word.head.tag_:
        return True  # an adjective without -e only goes before a singular noun: "Uitsluitend inwoners" is a focus word
    return any(child.i < word.i and child.dep_ in ("det", "nmod:poss") for child in word.head.children)


# Adverbs that also go before an adjective or participle inside a noun phrase ("de al betaalde
# kosten", "de nu geldende regels", "een heel mooi plan"). "ook" and "eerst" do not read well
# there ("het ook minder voorkomen van …", "ondanks eerst stellige verzekeringen").
_BEFORE_AN_ATTRIBUTE = frozenset(
    "al nu heel erg zeer bijna alleen pas net zo vaak soms later eerder nog helemaal toen vroeger meestal "
    "nooit altijd niet weer samen goed snel".split()
)
# Without the parse: words that only open a noun phrase ("het", "haar", "zijn" are pronouns too);
# the prepositions an attribute may follow; and determiners in -e, which are no attribute ("om
# tevens onze kosten").
_ONLY_BEFORE_A_NOUN = frozenset("de een uw onze mijn jouw".split())
_BEFORE_A_NOUN_PHRASE = PREPOSITIONS | {"ondanks", "tijdens", "wegens"}
_DETERMINERS_IN_E = DETERMINERS | {"onze", "elke", "iedere", "zulke", "welke"}


def _before_an_attribute(word: Token) -> bool:
    """Does the adverb modify an adjective or participle that stands before its noun ("de thans
    geldende regels", "ondanks aanvankelijk stellige verzekeringen")? Without the parse: right
    after a word that only opens a noun phrase ("de eveneens aanwezige wethouder"), or after a
    preposition before a word in -e ("ondanks aanvankelijk stellige …")."""
    doc = word.doc
    if is_parsed(doc):
        modified = word.head
        return (word.dep_ == "advmod" and modified.i > word.i and modified.dep_ in ("amod", "acl")
                and modified.head.i > modified.i
                and (modified.head.pos_ in ("NOUN", "PROPN") or "|nom|" in modified.head.tag_))
    before = _neighbour(doc, word.i, -1)
    after = _neighbour(doc, word.i, 1)
    if before is None or after is None:
        return False
    if doc[before].lower_ in _ONLY_BEFORE_A_NOUN and doc[after].is_alpha:
        return True
    return (doc[before].lower_ in _BEFORE_A_NOUN_PHRASE and doc[after].lower_.endswith("e") and len(doc[after]) > 3
            and doc[after].lower_ not in _DETERMINERS_IN_E and after + 1 < len(doc) and doc[after + 1].is_alpha)


def _said_twice(match: PhraseMatch, doc: Doc) -> bool:
    """Does the matched verb come back in its sentence, with "en" or "of" between
    ("te beëindigen en beëindigd te houden", the fixed pair of an order)?"""
    if match.head is None or not match.lemma:
        return False
    head = doc[match.head]
    sentence = head.sent
    for token in sentence:
        if token.i in match.words or match.lemma not in lemmas.lemmas(token.lower_):
            continue
        low, high = sorted((token.i, head.i))
        if any(word.lower_ in _COORDINATORS for word in doc[low + 1 : high]):
            return True
    return False


def _joined_to_another(token: Token) -> bool:
    """Is the word the first of two joined by "en" or "of" ("telefoonnummer of e-mailadres")?"""
    if is_parsed(token.doc):
        # (the parse now and then tags the second noun a verb: "gegevens en bijlagen", review r9)
        return any(child.dep_ == "conj" and (child.pos_ == token.pos_ or (token.pos_ == "NOUN" and lemmas.can_be(child.lower_, "noun")))
                   for child in token.children)
    following = _neighbour(token.doc, token.i, 1)
    return following is not None and token.doc[following].lower_ in _COORDINATORS


def _maybe_adjective(token: Token) -> bool:
    return token.is_alpha and lemmas.can_be(token.lower_, "adj")


def _adjective_for(adjective: Token, bare: bool) -> str | None:
    """The adjective's form before the new noun: bare (een definitief besluit) or with -e."""
    form = adjective.lower_
    # The word list's lemma first: the parser may give the inflected form as its own lemma
    # ("Definitieve" before a template field), which would keep the -e on a bare form.
    for lemma in dict.fromkeys((*lemmas.lemmas(form), adjective.lemma_.lower(), form)):
        if form in (lemma, inflect.attributive(lemma)):
            return lemma if bare else inflect.attributive(lemma)
    return None


# --------------------------------------------------------------------------------------
# Adjectives and adverbs


def _adjective(match: PhraseMatch, edit: Rewrite, doc: Doc) -> Rewrite | None:
    head = doc[match.head]
    lemma = match.lemma or head.lower_
    slots = inflect.adjective_slots(head.lower_, lemma)
    if not slots:
        return None
    words = edit.alternative.text.split()
    if "det" in edit.alternative.fits and not _determined(head):
        return None  # "in bovengenoemde zaak" → "in deze zaak", not "in hierboven genoemde zaak"
    slot = slots[0]
    if slot == "base" and _needs_ending(head) and _known(inflect.adjective_form(words[-1], "e")):
        # "het nader onderzoek" keeps an old bare form; the plain word takes its ending:
        # "het verdere onderzoek", not "het verder onderzoek".
        slot = "e"
    if slot == "base":
        edit.changes[match.head] = match_case(" ".join(words), head.text)
        _drop_others(match, edit, {match.head})
        return edit
    elif slot != slots[0] or words[-1] in lemmas.lemmas_by_pos()["adj"] or _is_participle(words[-1]):
        last = inflect.adjective_form(words[-1], slot)  # "dringende", "hierboven genoemde"
    else:
        return None  # "per ongeluk", "hieronder": no adjective to put an ending on
    if not _known(last):
        return None
    edit.changes[match.head] = match_case(" ".join([*words[:-1], last]), head.text)
    _drop_others(match, edit, {match.head})
    return edit


# Without the parse, a word right after these stands before its noun and takes -e ("De
# voorgenomen sluiting" → "De geplande sluiting"). Not "die" and "dat" (relative pronouns: "de
# sluiting die voorgenomen is"), nor words that are also object pronouns ("Wij achten het
# noodzakelijk maatregelen te nemen", "Wij hebben haar spoedig geholpen") or a verb ("zijn").
_ENDING_AFTER = frozenset("de deze dit uw onze mijn jouw elke iedere welke zulke".split())


def _needs_ending(adjective: Token) -> bool:
    """Does an adjective before its noun take -e by the rules: after "de", "het", "deze",
    "dit", "uw" … (not after "een", "geen" or nothing before a het-word)? Without the parse
    only right after such a word (`_ENDING_AFTER`) and before a word that can be a noun."""
    if not is_parsed(adjective.doc):
        doc = adjective.doc
        before, after = _neighbour(doc, adjective.i, -1), _neighbour(doc, adjective.i, 1)
        return before is not None and after is not None and doc[before].lower_ in _ENDING_AFTER and _may_be_noun(doc[after])
    if adjective.dep_ != "amod":
        return False
    noun = _noun_of(adjective)
    if noun is None or noun.i < adjective.i:
        return False
    determiners, _ = _noun_phrase(noun)
    return any(d.lower_ not in _NO_ENDING_AFTER for d in determiners)


def _determined(adjective: Token) -> bool:
    """Does the noun this adjective describes have an article or another determiner?"""
    noun = _noun_of(adjective)
    return noun is not None and bool(_noun_phrase(noun)[0])


def _is_participle(word: str) -> bool:
    """"genoemd": the participle of a verb the tables know."""
    return any(
        is_verb(lemma) and word in inflect.verb_forms(lemma)["participle"]
        for lemma in lemmas.lemmas(word)
        if lemma != word
    )


def _adjective_around_noun(match: PhraseMatch, edit: Rewrite, doc: Doc) -> Rewrite | None:
    """"de … hieronder" for *onderstaande*: the words go around the noun:
    "op onderstaande link" → "op de link hieronder"."""
    head = doc[match.head]
    before, _, after = (part.strip() for part in edit.alternative.text.partition("…"))
    noun = _noun_of(head)
    if noun is None:
        return None
    if after and _preposition_after(noun) and (after.startswith(("hier", "daar")) or _phrase_of_the_noun(noun)):
        # "een document hierboven uit een ander land": which does "uit" go with? "het verzuim zonder
        # toestemming van uw kind": the noun's own phrase would go to the new words. ("drie dagen achter
        # elkaar op de weg" has neither doubt.)
        return None
    if after and _joined_to_another(noun):
        return None  # "bovenstaand telefoonnummer of e-mailadres": "hierboven" would split the pair
    if after and _beside_another_adjective(head):
        return None  # "een logische en noodzakelijke stap": "een logische en stap die nodig is" (review r11)
    if after and _noun_right_after(noun):
        return None  # "de onderstaande aanslag watersysteemheffing": "hieronder" would split the name
    determiners, _ = _noun_phrase(noun)
    article = before if before in ARTICLES else None
    if determiners or not article:
        edit.changes[match.head] = before if before and not article else ""
    else:
        number = noun.morph.get("Number") if is_parsed(doc) else []
        # an attribute without its -e and no article goes with a het-word ("bovengenoemd adres")
        gender = "Neut" if head.i < noun.i and not head.lower_.endswith("e") else _gender(noun)
        if "Plur" in number:
            article = "de"
        elif gender == "Neut":
            article = "het"
        elif gender != "Com":
            return None
        edit.changes[match.head] = match_case(article, head.text)
    if after.startswith("die "):
        after = _agreeing_clause(after, noun)  # "het eigen vermogen dat nodig is", "de papieren die nodig zijn"
        if after is None:
            return None
    if after:
        edit.after[noun.i] = after
    edit.touch(noun.i)
    _drop_others(match, edit, {match.head})
    return edit


def _beside_another_adjective(adjective: Token) -> bool:
    """"logische en noodzakelijke", "noodzakelijke, maar dure": the adjective shares its noun with
    another one before or after it, so it cannot move behind the noun alone."""
    doc, i = adjective.doc, adjective.i
    parsed = is_parsed(doc)

    def adjective_at(index: int) -> bool:
        if not 0 <= index < len(doc):
            return False
        word = doc[index]
        if parsed:
            if not (word.pos_ == "ADJ" or (word.pos_ == "VERB" and "Part" in word.morph.get("VerbForm"))):
                return False  # ("de benodigde en ingevulde formulieren": a participle as adjective)
            # the same noun: "Het plan is duur en noodzakelijke stappen blijven uit" joins two clauses
            return noun_of(word).i == noun_of(adjective).i or word.head.i == i or adjective.head.i == index
        return lemmas.can_be(word.lower_, "adj") or is_participle(word.lower_)

    def noun_of(word: Token) -> Token:
        """Up the heads to the noun: "volledig" → "ingevulde" → "formulieren" (code read 7)."""
        for _ in range(3):
            if word.pos_ in ("NOUN", "PROPN") or word.head is word:
                break
            word = word.head
        return word

    def joined(start: int, step: int) -> int | None:
        """The index after "en", "of", "," or ", maar" (and an article or an adverb after them) next to
        the adjective, going `step` way: "de ingevulde en de benodigde", "de benodigde, volledig ingevulde"."""
        index = start + step
        seen = False
        while 0 <= index < len(doc) and doc[index].lower_ in ("en", "of", ",", "maar"):
            seen, index = True, index + step
        if seen and step > 0:
            while index < len(doc) - 1 and (doc[index].lower_ in ("de", "het", "een") or doc[index].pos_ == "ADV"):
                index += 1
        return index if seen else None

    before, after = joined(i, -1), joined(i, 1)
    if before is None and i >= 3 and doc[i - 1].lower_ in ("de", "het", "een") and doc[i - 2].lower_ in ("en", "of"):
        # "de ingevulde en de benodigde formulieren": the noun of the first is left out, so both share it
        other = doc[i - 3]
        return other.lower_.endswith("e") and (
            other.pos_ in ("ADJ", "VERB") or lemmas.can_be(other.lower_, "adj") or is_participle(other.lower_[:-1]))
    return (before is not None and adjective_at(before)) or (after is not None and adjective_at(after))


def _agreeing_clause(clause: str, noun: Token) -> str | None:
    """"die nodig is" after its noun: "dat" for a het-word, "zijn" for a plural; None where
    the noun's number or gender is not known."""
    words = clause.split()
    if not is_parsed(noun.doc) or placeholder(noun) is not None:
        return None  # without the parse, or for a template field, the number of the noun is not known
    if "Plur" in noun.morph.get("Number"):
        return " ".join("zijn" if w == "is" else w for w in words)
    gender = _gender(noun)
    if gender not in ("Com", "Neut"):
        return None
    return " ".join(["dat" if gender == "Neut" else "die", *words[1:]])


def _noun_right_after(noun: Token) -> bool:
    """Does another noun follow straight after, as part of the same name ("aanslag
    watersysteemheffing", "de regeling Bijzondere bijstand")?"""
    following = _neighbour(noun.doc, noun.i, 1)
    if following is None:
        return False
    token = noun.doc[following]
    if is_parsed(noun.doc):
        # two nouns in a row, without a word between, are one name (the parse may hang them apart)
        return token.pos_ in ("NOUN", "PROPN")
    return token.text[:1].isupper() and token.is_alpha


def _adjective_as_determiner(match: PhraseMatch, edit: Rewrite, doc: Doc) -> Rewrite | None:
    """"deze" / "dit" for *bovengenoemd*: the determiner and the adjective make
    way for it: "het bovengenoemde bedrag" → "dit bedrag"."""
    head = doc[match.head]
    noun = _noun_of(head)
    if noun is None:
        return None
    number = noun.morph.get("Number") if is_parsed(doc) else []
    gender = "de" if "Plur" in number else {"Com": "de", "Neut": "het"}.get(_gender(noun) or "")
    genders = edit.alternative.limited(NOUN_GENDERS)
    if genders and gender not in genders:
        return None
    determiners, _ = _noun_phrase(noun)
    target = determiners[0] if determiners else head
    edit.changes[target.i] = match_case(edit.alternative.text, target.text)
    edit.touch(target.i)
    if target.i != head.i:
        edit.changes[head.i] = ""
    _drop_others(match, edit, {head.i, target.i})
    return edit


# Words before a noun that make a count noun right where a mass noun stood ("uw feedback" →
# "uw reactie"); "veel", "alle", "geen" do not ("veel reactie").
_ARTICLES_AND_POSSESSIVES = frozenset(
    "de het een deze dit die dat uw mijn je jouw zijn haar ons onze hun jullie".split()
)


def _article_or_possessive(noun: Token, determiners: list[Token]) -> bool:
    words = [*determiners, *(c for c in noun.children if c.dep_ == "nmod:poss" and c.i < noun.i)]
    return any(word.lower_ in _ARTICLES_AND_POSSESSIVES for word in words)


def _phrase_of_the_noun(noun: Token) -> bool:
    """Is the phrase right after the noun its own: "van" ("de gegevens van uw partner"), or one the
    parse hangs on the noun?"""
    doc = noun.doc
    after = _neighbour(doc, noun.i, 1)
    if after is None:
        return False
    return doc[after].lower_ == "van" or (is_parsed(doc) and doc[after].head.head.i == noun.i)


def _preposition_after(noun: Token) -> bool:
    """Does a phrase with a preposition follow the noun and belong to it ("document uit
    een ander land"; not "link om in te loggen", which says what for)?"""
    doc = noun.doc
    after = _neighbour(doc, noun.i, 1)
    # By the word, not the parse: the parse hangs "uit het buitenland" on the verb now and then
    # ("bovenstaande documenten uit het buitenland laten vertalen"). A particle is no phrase
    # ("vul het onderstaande formulier in"), nor is "om" (what for).
    if after is None or doc[after].lower_ not in PREPOSITIONS or doc[after].lower_ == "om":
        return False
    if is_parsed(doc) and doc[after].dep_ == "compound:prt":
        return False
    following = _neighbour(doc, after, 1)
    return following is not None and doc[following].is_alpha


def _noun_of(adjective: Token) -> Token | None:
    doc = adjective.doc
    if is_parsed(doc):
        noun = adjective.head
        if adjective.dep_ == "amod" and noun.pos_ in ("NOUN", "PROPN") and noun.i > adjective.i:
            return noun
        # the parse hung the list's adjective elsewhere ("Vul onderstaand formulier in"): the noun right after it
        following = _neighbour(doc, adjective.i, 1)
        return doc[following] if following is not None and doc[following].pos_ == "NOUN" else None
    index = adjective.i + 1
    while index < len(doc) and doc[index].is_space:
        index += 1
    if index < len(doc) and _maybe_noun(doc[index]):
        return doc[index]
    return None


# --------------------------------------------------------------------------------------
# The shown phrase

# Pronouns that can be a verb's subject or object next to it ("Ik verzoek u",
# "verzoek ik u", "dat wij u verzoeken"). "ons", "haar", "hun" and "het" are
# also determiners ("verzoek ons formulier"): only the parse tells them apart.
_ARGUMENT_PRONOUNS = PERSONAL_PRONOUNS | frozenset("mij me jou hem hen jullie".split())
_AMBIGUOUS_PRONOUNS = frozenset("ons haar hun het".split())
# Subjects right after a conjunction ("Indien u", "tenzij er").
_SUBJECT_PRONOUNS = PERSONAL_PRONOUNS | frozenset({"er"})
_FINITE_SLOTS = frozenset(("1sg", "2sg", "3sg", "pl", "past_sg", "past_pl"))
_PREDETERMINERS = frozenset(("al", "alle"))
# How far a shown phrase may reach beyond the rewritten words, in words.
_MAX_NOUN_PHRASE = 4
_MAX_OBJECT = 3


def shown_span(match: PhraseMatch, edit: Rewrite, start: int, end: int, taken: frozenset[int] = frozenset()) -> tuple[int, int]:
    """The tokens a finding shows: the rewritten words plus the neighbours a
    reader needs to see the rewrite as a phrase an editor would write.

    - a finite verb or a bare infinitive: its subject and object pronouns next
      to it ("Ik verzoek u" → "Ik vraag u", "verzoek ik u" → "vraag ik u",
      "wij willen u verzoeken" → "u vragen");
    - a noun: its determiners and adjectives ("al uw correspondentie" → "al uw
      brieven en e-mails", "een definitieve beschikking" → "een definitief
      besluit"), and the preposition before a bare noun that gets an article
      ("na dagtekening" → "na de datum");
    - an adjective before its noun: the whole noun phrase ("de onderstaande
      knop" → "de knop hieronder");
    - a conjunction: the subject right after it ("Indien u" → "Als u");
    - a preposition of one word: a short object ("middels een formulier" →
      "met een formulier").

    Only whole words next to the span, never punctuation, nothing past the
    sentence, and no word of another finding (`taken`): the words added stay
    as they are, so replacing the span with the suggestion changes only what
    the rewrite changes."""
    doc = match.span.doc
    if edit.advice:
        return start, end
    parsed = is_parsed(doc)
    pos = match.entry.pos
    head = doc[match.head] if match.head is not None else None
    if pos == "verb" and head is not None and (edit.slot in _FINITE_SLOTS or (edit.slot == "infinitive" and match.te is None)):
        if _first_word(doc, start, end) == head.i:
            start = _grow(doc, start, -1, 2, taken, lambda t: _verb_argument(t, head, parsed))
        if _last_word(doc, start, end) == head.i:
            end = _grow(doc, end - 1, 1, 2, taken, lambda t: _verb_argument(t, head, parsed)) + 1
    elif pos == "noun" and head is not None:
        new_start = _noun_phrase_start(doc, head, start, taken, parsed)
        if new_start == start and head.i == _first_word(doc, start, end) and _adds_article(edit, head):
            before = _neighbour(doc, start, -1)
            if _free(doc, before, taken) and doc[before].lower_ in PREPOSITIONS:
                new_start = before
        start = new_start
    elif pos == "adj" and head is not None:
        noun = _noun_of(head)
        if noun is not None and noun.i >= head.i and noun.i - head.i <= 3 and not any(
            t.is_punct or not _free(doc, t.i, taken) for t in doc[head.i + 1 : noun.i + 1]
        ):
            end = max(end, noun.i + 1)
            start = _noun_phrase_start(doc, noun, min(start, head.i), taken, parsed)
    elif pos in ("conj", "expr") and _last_word(doc, start, end) == max(match.words):
        last = doc[max(match.words)]
        if pos == "conj" or last.lower_ in _SUBORDINATORS:
            end = _grow(doc, end - 1, 1, 1, taken, lambda t: _subject_after_conjunction(t, parsed)) + 1
    elif pos == "prep" and len(match.words) == 1:
        end = max(end, _object_end(doc, match.words[0], end, taken, parsed))
    return start, end


def _neighbour(doc: Doc, index: int, step: int) -> int | None:
    """The next word before (step -1) or after (+1) `index` in its sentence."""
    following = index
    while True:
        if step < 0 and doc[following].is_sent_start:
            return None  # the sentence starts here
        following += step
        if not 0 <= following < len(doc) or (step > 0 and doc[following].is_sent_start):
            return None
        if not doc[following].is_space:
            return following


def _free(doc: Doc, index: int | None, taken: frozenset[int]) -> bool:
    """May a shown phrase take this word: not another finding's, no template placeholder?"""
    return index is not None and index not in taken and placeholder(doc[index]) is None


def _first_word(doc: Doc, start: int, end: int) -> int:
    return next((t.i for t in doc[start:end] if not t.is_space), start)


def _last_word(doc: Doc, start: int, end: int) -> int:
    return next((t.i for t in reversed(doc[start:end]) if not t.is_space), end - 1)


def _grow(doc: Doc, edge: int, step: int, most: int, taken: frozenset[int], belongs) -> int:
    """Move the edge word by word while the next word belongs (at most `most` words)."""
    for _ in range(most):
        following = _neighbour(doc, edge, step)
        if not _free(doc, following, taken) or not belongs(doc[following]):
            break
        edge = following
    return edge


def _verb_argument(token: Token, verb: Token, parsed: bool) -> bool:
    """A pronoun next to the verb that is its subject or object."""
    lower = token.lower_
    if parsed:
        if token.pos_ != "PRON" or token.dep_ in ("nmod:poss", "det"):
            return False
        return lower in _ARGUMENT_PRONOUNS or (lower in _AMBIGUOUS_PRONOUNS and token.head.i == verb.i)
    return lower in _ARGUMENT_PRONOUNS


def _subject_after_conjunction(token: Token, parsed: bool) -> bool:
    """The subject right after a conjunction: a personal pronoun or "er"
    (the compact parser calls it an adverb); with the parse also "het", "dit"."""
    lower = token.lower_
    if lower in _SUBJECT_PRONOUNS:
        return not parsed or lower == "er" or token.dep_ in ("nsubj", "nsubj:pass", "expl")
    return parsed and lower in ("het", "dit", "dat") and token.pos_ == "PRON" and token.dep_.startswith("nsubj")


def _noun_phrase_start(doc: Doc, noun: Token, start: int, taken: frozenset[int], parsed: bool) -> int:
    """The first word of the noun's determiners and adjectives before `start`
    ("al uw", "een definitieve"), at most a few words."""
    members = {noun.i}
    first = start
    for _ in range(_MAX_NOUN_PHRASE):
        before = _neighbour(doc, first, -1)
        if not _free(doc, before, taken):
            break
        token = doc[before]
        if not _before_noun(token, members, parsed):
            break
        members.add(before)
        first = before
    return first


def _before_noun(token: Token, members: set[int], parsed: bool) -> bool:
    """A word that belongs to the noun phrase before its noun: a determiner,
    a possessive, a number, an adjective, or "al" before a determiner."""
    lower = token.lower_
    following = token.doc[min(members)]
    if lower in _PREDETERMINERS:
        return following.lower_ in DETERMINERS
    if parsed:
        if token.head.i not in members:
            return False
        return token.dep_ in ("det", "nmod:poss", "nummod", "amod") and token.pos_ in ("DET", "PRON", "NUM", "ADJ", "VERB")
    if following.lower_ in DETERMINERS:
        return False  # nothing but "al" comes before a determiner ("stuur ons de …")
    return lower in DETERMINERS or token.like_num or _maybe_adjective(token)


def _adds_article(edit: Rewrite, noun: Token) -> bool:
    new = edit.changes.get(noun.i, "")
    return new.split(" ", 1)[0].lower() in ARTICLES and noun.lower_ not in ARTICLES


def _object_end(doc: Doc, preposition: int, end: int, taken: frozenset[int], parsed: bool) -> int:
    """One past the last word of a short object after a preposition: a noun
    with its determiner and adjectives ("middels een formulier"); else `end`."""
    index = preposition
    for _ in range(_MAX_OBJECT):
        following = _neighbour(doc, index, 1)
        if not _free(doc, following, taken):
            return end
        token = doc[following]
        if is_noun(token, parsed):
            return following + 1
        if not (token.lower_ in DETERMINERS or token.like_num or is_adjective(token, parsed)):
            return end
        index = following
    return end


def is_noun(token: Token, parsed: bool) -> bool:
    """A noun: by the parse, or without it a word the lemma tables know as one."""
    return token.pos_ == "NOUN" if parsed else _maybe_noun(token)


def is_adjective(token: Token, parsed: bool) -> bool:
    """An adjective: by the parse, or without it a word the lemma tables know as one."""
    return token.pos_ == "ADJ" if parsed else _maybe_adjective(token)


def _maybe_noun(token: Token) -> bool:
    """Without a parse: a word the lemma tables know as a noun, in any form ("documenten")."""
    return token.is_alpha and token.lower_ not in DETERMINERS and lemmas.can_be(token.lower_, "noun")


# --------------------------------------------------------------------------------------
# The rewritten text


def render(doc: Doc, start: int, end: int, edit: Rewrite) -> str:
    """The text of tokens start…end-1 with the rewrite's changes, spaced as in the original."""
    pieces: list[list[str]] = []  # [text, whitespace after it]
    for token in doc[start:end]:
        if token.is_space:
            if pieces:
                pieces[-1][1] += token.text
            continue
        text = edit.changes.get(token.i, token.text)
        if token.i in edit.after:
            text = f"{text} {edit.after[token.i]}".strip()
        if not text:
            if pieces:
                pieces[-1][1] = token.whitespace_  # "waarom," not "waarom ," where a dropped word met a comma
            continue
        pieces.append([text, token.whitespace_])
    if not pieces:
        return ""
    result = "".join(text + space for text, space in pieces).rstrip()
    first = doc[start]
    if first.text[:1].isupper() and result[:1].islower():
        result = result[:1].upper() + result[1:]
    return result


