"""Where a municipality writes about itself as if it were someone else (TON003).

"De gemeente vindt het belangrijk …" → "Wij vinden het belangrijk …"; "een besluit
van de gemeente" → "een besluit van ons". Plain-language guides ask for it, and
the Amsterdam editors did it in 18 of the 19 sentences where the original said
"de gemeente" (../shared/data/amsterdam-dev).

The names, and the contexts where a name is a place, a municipality in general or
another organisation than the sender, are data: wordlists/afzender.toml. A letter
whose signature names no municipality (a GGD, a ministry) is left alone: there,
"de gemeente" is someone else. A text without a signature counts as the
municipality's own (b1check is made for municipal letters).

A name becomes "ons" after a preposition or as the object; as the subject it
becomes "wij" together with its finite verb in the plural ("De gemeente heeft" →
"Wij hebben", "stelt de gemeente … vast" → "stellen wij … vast"). Where the verb
does not stand next to it, or the subject is coordinated ("De gemeente en GVB"),
the finding gives advice and no replacement.

A text that names the municipality more than once, never speaks as "wij", "we" or "ons" and
is not signed by it may not be the municipality's own: a local news site reports "De gemeente
wil hier nieuwe bomen planten", and "Wij willen" would make the news site the planter. There
the finding asks its question and gives advice, never a replacement to paste: the writer knows
who writes. One mention alone (a sentence in an editor) still gets its replacement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ..language.inflect import split_particle, verb_form, verb_forms, verb_slots
from ..language.lemmas import can_be, lemmas
from ..language.wordlists import read_toml, strings, wordlist_dir
from .contact import ends_with_person, vocabulary as contact_vocabulary
from .passive import WORDEN, ZIJN, is_participle
from .rewrite import is_adjective, is_noun, match_case

_BACK = frozenset({"zij", "ze", "haar"})  # pronouns that can point back to "de gemeente"
_SINGULAR = {"3sg": "pl", "2sg": "pl", "past_sg": "past_pl"}


@dataclass(frozen=True)
class SenderWords:
    names: tuple[tuple[str, ...], ...]  # longest first, each as lower-case words
    places: frozenset[str]
    on_behalf: frozenset[str]
    generic_after: tuple[tuple[str, ...], ...]
    own_words: frozenset[str]
    sender_words: re.Pattern
    prepositions: frozenset[str]
    persons: frozenset[str]  # one person by a function: "medewerker", "contactpersoon" (with contact.toml's roles)
    inhabitants: frozenset[str]  # "de inwoners van de gemeente": the place, not the writer
    place_qualities: frozenset[str]  # "de gemeente blijft schoon": the place
    greeters: frozenset[str]  # "College en medewerkers van de gemeente … wensen u": who sends a greeting


@lru_cache(maxsize=1)
def sender_words() -> SenderWords:
    path = wordlist_dir() / "afzender.toml"
    data = read_toml(path)

    def words(key: str) -> tuple[str, ...]:
        return strings(data.get(key), path.name, key)

    return SenderWords(
        names=tuple(sorted((tuple(n.split()) for n in words("names")), key=len, reverse=True)),
        places=frozenset(words("places")),
        on_behalf=frozenset(words("on_behalf")),
        generic_after=tuple(tuple(w.split()) for w in words("generic_after")),
        own_words=frozenset(words("own_words")),
        sender_words=re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, words("sender_words"))) + r")\b"),
        prepositions=frozenset(words("prepositions")),
        persons=frozenset(words("persons")) | contact_vocabulary().roles,
        inhabitants=frozenset(words("inhabitants")),
        place_qualities=frozenset(words("place_qualities")),
        greeters=frozenset(words("greeters")),
    )


@dataclass(frozen=True)
class SelfReference:
    start: int  # token index of the finding's first word
    end: int  # token index after its last word
    name: str  # the name as written ("de gemeente Amsterdam"), without the verb the finding may take along
    suggestion: str | None  # paste-ready text for the words start:end, or None
    owned: str | None = None  # without a suggestion, the words as the municipality's own ("ons college"): advice


def sent_by_municipality(signature: str | None) -> bool:
    """Does the signature (the text after the closing formula) name a municipality?
    A text without one counts as the municipality's own."""
    return signature is None or bool(sender_words().sender_words.search(signature))


def names_the_sender(words: str) -> bool:
    """Is this the municipality's name for itself ("de gemeente", "de gemeente Ede", "het college van
    burgemeester en wethouders"), with nothing after it but a proper name?"""
    written = words.split()
    lowered = tuple(w.lower() for w in written)
    for name in sender_words().names:
        if lowered[: len(name)] == name:
            return all(w[:1].isupper() for w in written[len(name) :])
    return False


def find_self_references(sentences: list[Span], lowers: list[str], parsed: bool, stop: int,
                         signed: bool = False) -> list[SelfReference]:
    """Every name of the municipality used for itself, in sentences that end before `stop`.
    `lowers` holds every token of the Doc in lower case (the Context has it); `signed`: the
    municipality signs the text."""
    found = _self_references(sentences, lowers, parsed, stop, suggest=True)
    if len(found) < 2 or signed:
        return found
    own_words = sender_words().own_words
    if any(not own_words.isdisjoint(lowers[s.start : s.end]) for s in sentences if s.end_char <= stop):
        return found
    # Named in the third person throughout, never as "wij": perhaps someone else writes about it.
    return _self_references(sentences, lowers, parsed, stop, suggest=False)


def _self_references(sentences: list[Span], lowers: list[str], parsed: bool, stop: int,
                     suggest: bool) -> list[SelfReference]:
    words = sender_words()
    firsts = {name[0] for name in words.names}
    found = []
    for sentence in sentences:
        if sentence.end_char > stop:
            break
        lowers_here = lowers[sentence.start : sentence.end]
        if firsts.isdisjoint(lowers_here) or words.own_words.intersection(lowers_here):
            continue
        index = 0
        while index < len(lowers_here):
            if lowers_here[index] not in firsts:
                index += 1
                continue
            name = next((n for n in words.names if tuple(lowers_here[index : index + len(n)]) == n), None)
            if name is None:
                index += 1
                continue
            start = sentence.start + index
            name_end = start + len(name)
            end = _with_proper_name(sentence, name_end, words)
            reference = _reference(sentence, start, name_end, end, parsed, words, suggest)
            if reference is not None:
                found.append(reference)
            index = end - sentence.start
    return found


def _with_proper_name(sentence: Span, end: int, words: SenderWords | None = None) -> int:
    """"de gemeente Amsterdam", "het college van burgemeester en wethouders van Utrecht":
    the municipality's own name belongs to the name; so does a second name of it after "van"
    ("het college van burgemeester en wethouders van de gemeente Utrecht": one name, one finding)."""
    doc = sentence.doc
    if words is not None and end < sentence.end and doc[end].lower_ == "van":
        following = tuple(t.lower_ for t in doc[end + 1 : min(end + 5, sentence.end)])
        second = next((n for n in words.names if following[: len(n)] == n and n != ("burgemeester", "en", "wethouders")),
                      None)
        if second is not None:
            end += 1 + len(second)
    if end + 1 < sentence.end and doc[end].lower_ == "van" and _capitalised(doc[end + 1]):
        end += 1
    while end < sentence.end and _capitalised(doc[end]):
        end += 1
    if end + 1 < sentence.end and doc[end].text in ("'", "’") and _S_PLACE.fullmatch(doc[end + 1].text):
        end += 2  # "'s-Hertogenbosch": the tokenizer splits off the apostrophe
    return end


# A place name, also with a hyphen: "Neder-Betuwe", "Súdwest-Fryslân"; "'s-Hertogenbosch" comes
# as "'" + "s-Hertogenbosch".
_PLACE_NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_S_PLACE = re.compile(r"s-[^\W\d_]+(?:-[^\W\d_]+)*")


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and _PLACE_NAME.fullmatch(token.text) is not None


def _address_follows(sentence: Span, end: int) -> bool:
    """"bij het college van …, Postbus 16200": an address, where the formal name must stay."""
    after = sentence.doc[end : min(end + 4, sentence.end)]
    return any(t.lower_ == "postbus" for t in after) or (len(after) > 1 and after[0].text == "," and after[1].like_num)


def _reference(sentence: Span, start: int, name_end: int, end: int, parsed: bool,
               words: SenderWords, suggest: bool = True) -> SelfReference | None:
    """The finding for the name at start:name_end (with its place name up to `end`), or None;
    without `suggest`, a finding without a replacement."""
    doc = sentence.doc
    before = doc[start - 1].lower_ if start > sentence.start else ""
    after = tuple(t.lower_ for t in doc[end : min(end + 2, sentence.end)])
    if before in words.places or before in words.on_behalf or before in ("'", '"', "‘", "“"):
        return None
    if _address_follows(sentence, end):
        return None
    if parsed and "\n" not in sentence.text.strip() and not any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return None  # a line without a verb: a heading or a signature ("Burgemeester en wethouders van Waterland")
    if doc[start + 1].text == "Gemeente" and name_end < end:
        return None  # a title in capitals, not the municipality: "De Gemeente Secretaris"
    if any(after[: len(g)] == g for g in words.generic_after):
        return None
    if before == "of" or after[:1] in ((",",), ("of",)):
        return None  # one of several ("de gemeente, de provincie of het Rijk"): a kind of organisation
    if _with_a_named_partner(sentence, start, end):
        return None  # "Intermaris en de gemeente nodigen u uit": a joint letter; "wij" would hide the partner
    name = doc[start:end].text
    if before == "van" and _person_before(sentence, start, words):
        return None  # "de heer M. Kuijsten van de gemeente Oosterhout": whom the person works for
    if before == "van" and start - 2 >= sentence.start and doc[start - 2].lower_ in words.inhabitants:
        return None  # "de inwoners van de gemeente": the place they live in
    if before == "van" and start - 4 >= sentence.start and doc[start - 3].lower_ == "en" and {
            doc[start - 2].lower_, doc[start - 4].lower_} <= words.greeters:
        return None  # "College en medewerkers van de gemeente Meierijstad wensen u …": who sends the wish
    if _a_place_that_is(doc[max(sentence.start, start - 1) : start], doc[end : min(end + 4, sentence.end)], words):
        return None  # "Hierdoor blijft de gemeente schoon": the streets and parks
    if before == "van":
        owned = _possessive(sentence, start, end, name, parsed)
        if owned is not None and not suggest:
            return SelfReference(owned.start, owned.end, name, None, owned.suggestion)  # the whole phrase
        if owned is None and (_definite_noun_before(sentence, start, end, parsed)
                              or _bare_noun_after_preposition(sentence, start, words)):
            # "de energielening van de gemeente": "de energielening van ons" is no Dutch a writer pastes;
            # nor "in opdracht van ons", "in handen van ons" ("in onze opdracht": the writer rewrites)
            return SelfReference(start, end, name, None)
    if not suggest:
        return SelfReference(start, end, name, None)
    if any(t.lower_ in _BACK for t in doc[end : sentence.end]):
        # "… en daarna beslist zij": the pronoun would be left pointing at nobody; the writer rewrites.
        return SelfReference(start, end, name, None)
    if before == "van" and owned is not None:
        return owned
    if before in words.prepositions:
        return SelfReference(start, end, name, "ons")
    head = _head_noun(doc, start, end)
    if parsed:
        if head.dep_ in ("obj", "iobj"):
            verb = doc[start - 1] if start > sentence.start else None
            if verb is not None and _finite_without_subject(verb):
                # "dan wil de gemeente medewerking verlenen": the subject after its verb, taken for an object
                return _as_subject(sentence, start, end, name, verb)
            return SelfReference(start, end, name, "ons")
        if head.dep_ in ("nsubj", "nsubj:pass"):
            return _as_subject(sentence, start, end, name, _finite_of(head))
        return SelfReference(start, end, name, None)
    # Without a parse only the plain order at the start of a sentence is certain: "De gemeente vindt …".
    if start == sentence.start and end < sentence.end:
        return _as_subject(sentence, start, end, name, doc[end])
    return SelfReference(start, end, name, None)


_COPULAS = ZIJN | WORDEN | frozenset("blijft blijven bleef bleven".split())


def _a_place_that_is(before, after, words: SenderWords) -> bool:
    """A copula and a quality of a place with the name: "de gemeente blijft schoon", "blijft de
    gemeente schoon", "is veilig"."""
    lowers = [t.lower_ for t in after]
    if before and before[-1].lower_ in _COPULAS:
        return any(w in words.place_qualities for w in lowers[:3])
    return bool(lowers) and lowers[0] in _COPULAS and any(w in words.place_qualities for w in lowers[1:])


def _with_a_named_partner(sentence: Span, start: int, end: int) -> bool:
    """Is the name joined to another organisation's name: "Intermaris en de gemeente", "zowel
    Donkergroen als de gemeente", "de gemeente en Avri"? Both send the letter; the reader must see who."""
    doc = sentence.doc
    if start - 2 >= sentence.start and doc[start - 1].lower_ in ("en", "als"):
        partner = doc[start - 2]
        if partner.text[:1].isupper() and partner.is_alpha:
            return True
    if end + 1 < sentence.end and doc[end].lower_ == "en":
        partner = doc[end + 1]
        return partner.text[:1].isupper() and partner.is_alpha
    return False


def _person_before(sentence: Span, start: int, words: SenderWords) -> bool:
    """Does a person stand before "van" and the name at `start`: a name ("Jan de Vries", "de heer
    M. Kuijsten") or one person by a function ("een medewerker", "de contactpersoon")?"""
    doc = sentence.doc
    noun = start - 2
    if noun < sentence.start:
        return False
    word = doc[noun].lower_
    if word in words.persons or any(len(p) >= 8 and word.endswith(p) for p in words.persons):
        return True  # "beleidsmedewerker", "handhavingsmedewerker": a compound of a function
    return ends_with_person([t.text for t in doc[max(sentence.start, noun - 6) : noun + 1]])


def _possessive(sentence: Span, start: int, end: int, name: str, parsed: bool) -> SelfReference | None:
    """"de toezichthouders van de gemeente" → "onze toezichthouders", "het beleid van de
    gemeente" → "ons beleid": an article, at most two adjectives and a noun (or a name) before "van"."""
    doc = sentence.doc
    noun = start - 2
    if noun <= sentence.start:
        return None
    first = noun - 1
    if _capitalised(doc[noun]):
        # A name of its own: "het Programma Klimaatneutraal van de gemeente" → "ons Programma Klimaatneutraal".
        while first > sentence.start and _capitalised(doc[first]):
            first -= 1
    elif is_noun(doc[noun], parsed) or _modifies(doc[noun], start, end, parsed):
        while first > sentence.start and noun - first <= 2 and is_adjective(doc[first], parsed):
            first -= 1
    else:
        return None
    article = doc[first].lower_
    if article not in ("de", "het") or first < sentence.start:
        return None
    plural = parsed and "Plur" in doc[noun].morph.get("Number")
    own = "ons" if article == "het" and not plural else "onze"
    owned = " ".join([own, *(t.text for t in doc[first + 1 : noun + 1])])
    return SelfReference(first, end, name, match_case(owned, doc[first].text))


def _bare_noun_after_preposition(sentence: Span, start: int, words: SenderWords) -> bool:
    """"in opdracht van de gemeente", "in handen van de gemeente", "op kosten van de gemeente":
    a preposition and a noun without an article before "van", a fixed phrase that owns the name."""
    doc = sentence.doc
    noun = start - 2
    if noun - 1 < sentence.start:
        return False
    return doc[noun].lower_ in _OWNED_BY and (
        doc[noun - 1].lower_ in words.prepositions or doc[noun - 1].lower_ in _PHRASE_PREPOSITIONS)


_PHRASE_PREPOSITIONS = frozenset(("in", "op", "onder", "uit", "ten", "ter"))
# The nouns of those fixed phrases: "in opdracht van", "in handen van", "op kosten van", "op naam van",
# "onder regie van" ("onder regie van ons" is no Dutch: review 108).
_OWNED_BY = frozenset("opdracht handen kosten naam rekening initiatief verzoek beheer eigendom toezicht leiding "
                      "verantwoordelijkheid wege regie".split())


_DEFINITE = frozenset({"de", "het", "deze", "dit", "die", "dat"})


def _definite_noun_before(sentence: Span, start: int, end: int, parsed: bool) -> bool:
    """"de energielening van de gemeente": a noun with its definite article before "van" (at most
    two adjectives between them). The "van" belongs to that noun; "een medewerker van ons" reads well."""
    doc = sentence.doc
    noun = start - 2
    if noun <= sentence.start:
        return False
    word = doc[noun]
    if parsed:
        return (word.pos_ in ("NOUN", "PROPN") or _modifies(word, start, end, parsed)) and any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in word.children)
    if not word.is_alpha or is_participle(word.lower_) or can_be(word.lower_, "verb"):
        return False
    first = noun - 1
    while first > sentence.start and noun - first <= 2 and is_adjective(doc[first], parsed):
        first -= 1
    return doc[first].lower_ in _DEFINITE


def _modifies(word: Token, start: int, end: int, parsed: bool) -> bool:
    """With the parse: the name at start:end hangs from `word` as its modifier ("nmod"), so `word`
    is a noun even where the parse tags it a verb ("de opsporingsambtenaren van de gemeente")."""
    if not parsed:
        return False
    head = _head_noun(word.doc, start, end)
    return head.dep_ == "nmod" and head.head.i == word.i and any(c.dep_ == "det" for c in word.children)


def _head_noun(doc, start: int, end: int) -> Token:
    """The name's own noun ("gemeente", "college"; "burgemeester" of "burgemeester en wethouders")."""
    inside = [t for t in doc[start:end] if start <= t.head.i < end and t.head is not t]
    roots = [t for t in doc[start:end] if t not in inside]
    return roots[0] if roots else doc[start + 1 if end - start > 1 else start]


def _finite_of(head: Token) -> Token | None:
    verb = head.head
    if "Fin" in verb.morph.get("VerbForm"):
        return verb
    return next((c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")
                 and "Fin" in c.morph.get("VerbForm")), None)


def _finite_without_subject(verb: Token) -> bool:
    """A singular finite verb with no subject of its own in the parse ("wil", "moet")."""
    return (verb.tag_.startswith("WW|pv") and "|ev" in verb.tag_
            and not any(child.dep_.startswith("nsubj") for child in verb.children))


# A new clause starts at these: "De gemeente vindt dat u zich …" has its "zich" in another clause.
_CLAUSE_OPENERS = frozenset("dat die wat als omdat wanneer zodat of en maar want om te terwijl nadat voordat".split())


def _reflexive_after(sentence: Span, end: int) -> bool:
    """Does "zich" follow within a few words in the same clause ("Waar moet de gemeente zich hard
    voor maken")? With "wij" it becomes "ons": the rewrite would leave "moeten wij zich"."""
    for token in sentence.doc[end : min(sentence.end, end + 3)]:
        if token.is_punct or token.lower_ in _CLAUSE_OPENERS:
            return False
        if token.lower_ == "zich":
            return True
    return False


def _as_subject(sentence: Span, start: int, end: int, name: str, verb: Token | None) -> SelfReference:
    """"De gemeente vindt" → "Wij vinden"; "vindt de gemeente" → "vinden wij"."""
    doc = sentence.doc
    if _reflexive_after(sentence, end):
        return SelfReference(start, end, name, None)
    coordinated = end < sentence.end and doc[end].lower_ in ("en", "of", ",")
    plural = None
    if verb is not None and not coordinated:
        # The parse's lemma first, then the word tables' ("stemde" may come back as its own lemma).
        plural = next(filter(None, (plural_finite(verb.text, lemma)
                                    for lemma in (verb.lemma_, *lemmas(verb.text)))), None)
    if plural is None:
        return SelfReference(start, end, name, None)
    if verb.i == end:
        return SelfReference(start, end + 1, name, match_case(f"wij {plural}", doc[start].text))
    if verb.i == start - 1:
        return SelfReference(verb.i, end, name, match_case(f"{plural} wij", doc[verb.i].text))
    return SelfReference(start, end, name, None)


def plural_finite(form: str, lemma: str) -> str | None:
    """The plural of a singular finite verb ("vindt" → "vinden", "stelde" → "stelden",
    "stelt" of "vaststellen" → "stellen"); None when the form is no singular finite form."""
    try:
        return _plural_finite(form.lower(), lemma.lower())
    except ValueError:  # the lemma is no infinitive the inflector knows (a wrong lemma of the parse)
        return None


def _plural_finite(lower: str, lemma: str) -> str | None:
    particle, _verb = split_particle(lemma)
    if particle and not lower.startswith(particle):
        for slot in verb_slots(lower, lemma, split=True):
            if slot in _SINGULAR:
                plural, _ = verb_form(lemma, _SINGULAR[slot])
                return plural or None
        return None
    slots = verb_slots(lower, lemma)
    if "3sg" in slots or "2sg" in slots:
        spelled = verb_forms(lemma)["infinitive"]
    elif "past_sg" in slots:
        spelled = verb_forms(lemma)["past_pl"]
    else:
        return None
    return spelled[0] if spelled else None
