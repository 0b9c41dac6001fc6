"""Find the passive voice (lijdende vorm), with or without a parser.

With a parse the parser decides (`find_parsed_passives`). Without one
(`--fast`) a passive is a form of *worden* or *zijn* with a past participle in the same
clause. With *zijn* it is only passive when the verb makes its perfect tense
with *hebben* (`is afgewezen`), not with *zijn* (`is gekomen`, `is gestopt`),
and not when the participle is a state (`bent verplicht`, `is getrouwd`).
Those two lists live in `wordlists/` so a language editor can extend them.

Without a parser the clause is guessed from word order:

* main clause: the auxiliary comes second and the participle later
  (`Uw aanvraag wordt door ons beoordeeld`): look to the right, up to the next
  auxiliary, subordinating word or strong punctuation;
* subordinate clause: the verbs stand together at the end, in either order
  (`dat het bedrag is betaald`, `dat het bedrag betaald is`,
  `dat het bedrag betaald moet worden`).

A participle is recognised from the lemma tables (spacy-lookups-data): its
lemma is a verb and its form is the participle of that verb, not a finite
form (`gemaakt`, `beschreven`, `verkocht`, but not `bepaalt` or `verkopen`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..language import lemmas
from ..language.analyse import AUXILIARY_RELATIONS, is_parsed, placeholder
from ..language.tokens import ARTICLES, DEMONSTRATIVES
from ..language.wordlists import word_set

WORDEN = frozenset({"word", "wordt", "worden", "werd", "werden"})
ZIJN = frozenset({"ben", "bent", "is", "zijn", "was", "waren", "geweest"})
HEBBEN = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden", "gehad"})
MODALS = frozenset({
    "kan", "kun", "kunt", "kunnen", "kon", "konden", "moet", "moeten", "moest", "moesten",
    "mag", "mogen", "mocht", "mochten", "zal", "zult", "zullen", "zou", "zouden",
    "wil", "wilt", "willen", "wilde", "wilden", "gaat", "gaan", "ging", "gingen",
})
VERB_CLUSTER = WORDEN | ZIJN | HEBBEN | MODALS | {"geworden"}
# The finite forms of zijn and hebben: "… die verwijderd zijn | worden …" ends a clause with one of them.
FINITE_ZIJN_HEBBEN = (ZIJN | HEBBEN) - {"geweest", "gehad"}
# Verbs that take "te" in a cluster before "worden": "verwijderd dienen te worden", "betaald hoeft te worden".
TE_CLUSTER = frozenset({"dienen", "dient", "diende", "dienden", "hoeven", "hoeft", "hoefde", "hoefden", "te"})
# Punctuation that always ends a clause.
HARD_BREAK = frozenset({";", ":", "(", ")", "–", "—", "?", "!", "."})
# Words that open a new (subordinate or relative) clause.
SUBORDINATORS = frozenset({
    "dat", "die", "omdat", "wanneer", "doordat", "nadat", "voordat", "zodat",
    "hoewel", "terwijl", "toen", "indien", "tenzij", "zodra", "sinds", "totdat", "opdat",
    "waar", "waarin", "waarop", "waarmee", "waarvan", "waardoor", "waarbij", "waarna",
    "waaraan", "waarover", "waarvoor", "wie", "wat", "welke", "want", "maar",
})
DETERMINERS = frozenset({
    "de", "het", "een", "deze", "dit", "die", "dat", "zijn", "haar", "hun", "uw", "mijn",
    "onze", "ons", "jouw", "je", "elk", "elke", "ieder", "iedere", "alle", "geen",
})
PREPOSITIONS = frozenset({
    "aan", "bij", "door", "in", "met", "na", "naar", "om", "op", "over", "tegen", "tot",
    "uit", "van", "voor", "zonder", "tijdens", "volgens", "via", "onder", "binnen", "achter",
    "naast", "tussen", "vanwege", "wegens", "rond", "sinds", "per", "langs", "namens",
})
# Words the noun list holds but that are adverbs after `zijn` (`zijn nu betaald`).
NOT_NOUNS = frozenset({
    "al", "nog", "niet", "nu", "weer", "morgen", "ook", "wel", "toch", "dus", "zo", "pas",
    "net", "even", "maar", "er", "daar", "hier", "dan", "eens", "heel", "erg", "zeer", "meer",
    "veel", "vaak", "altijd", "nooit", "soms", "ook", "alleen", "bijna", "slechts", "samen",
})
# Subjects after a fronted auxiliary: `Achteraf gezien was ik …` is no passive.
SUBJECTS = frozenset({
    "ik", "je", "jij", "u", "hij", "zij", "ze", "het", "we", "wij", "jullie", "men", "de",
    "een", "dit", "deze",
})
# Degree words make a participle after `zijn` an adjective: `is zeer gewild`.
DEGREE = frozenset({
    "zeer", "erg", "heel", "te", "zo", "minder", "meer", "nogal", "vrij", "tamelijk",
    "behoorlijk", "enorm", "bijzonder", "uiterst", "ontzettend", "hoogst", "weinig",
})
# After `worden` these are adjectives, not passives: `hij werd bekend`.
ADJECTIVES = frozenset({"bekend", "beroemd", "benieuwd", "verliefd", "gewend", "geïnteresseerd"})
SEPARABLE = (
    "aan", "af", "bij", "binnen", "door", "in", "mee", "na", "neer", "om", "onder", "op",
    "over", "terug", "toe", "uit", "vast", "voor", "weg", "samen", "tegen", "vrij", "los",
    "rond", "open", "dicht", "goed", "kwijt", "thuis", "achter", "langs", "voort", "waar",
    "weer", "stuk", "schoon", "tegemoet", "teleur", "omver", "vooruit", "achteruit", "bekend",
    "teweeg", "plaats", "deel", "klaar", "mis", "tot", "voorbij", "buiten", "neder", "heen",
    "stop",
)
# `onder`, `over`, `door`, `achter` and `om` are both: ondergaan, omringen.
INSEPARABLE = ("be", "ver", "ont", "her", "er", "ge", "mis", "onder", "over", "door", "achter", "om", "vol")
CLAUSE_LINKS = frozenset({"advcl", "xcomp", "ccomp"})
# A word linked to the participle by one of these heads a clause of its own.
OTHER_CLAUSE = CLAUSE_LINKS | {"conj", "parataxis", "acl", "acl:relcl", "csubj", "list", "appos"}  # a participle the parser took for a clause of worden
KOFSCHIP = frozenset("tkfschpx")  # 't kofschip: a weak stem ending in these takes -t


@dataclass(frozen=True)
class Passive:
    auxiliary: Token
    participle: Token

    @property
    def start(self) -> int:
        return min(self.auxiliary.i, self.participle.i)

    @property
    def end(self) -> int:
        return max(self.auxiliary.i, self.participle.i) + 1


def _is_noun(word: str) -> bool:
    index = lemmas.lemmas_by_pos()
    return (
        word in index["noun"] and word not in index["adj"]
        and word not in NOT_NOUNS | PREPOSITIONS | SUBORDINATORS | DETERMINERS | VERB_CLUSTER
    )


@lru_cache(maxsize=65536)
def is_participle(form: str) -> bool:
    """Is this word form a past participle (voltooid deelwoord)?"""
    if len(form) < 4 or not form.isalpha() or form in VERB_CLUSTER:
        return False
    if not form.endswith(("d", "t", "n")) or form.endswith(("heid", "dt")):
        return False
    verbs = [c for c in lemmas.lemmas(form) if c.endswith("n") and c in lemmas.lemmas_by_pos()["verb"]]
    if form.endswith("n") and form not in verbs:
        if form in lemmas.lemmas_by_pos()["verb"] or form.startswith(INSEPARABLE):
            verbs.append(form)  # ontvangen, vergeten: infinitive and participle alike
    if verbs:
        return any(_participle_of(form, verb) for verb in verbs)
    if form in lemmas.lemma_table() or _is_noun(form):
        return False  # a known word that is not a verb form
    # Unknown word: trust the shape (ge…d/t/en, opge…d/t/en), or "her-" before a participle
    # ("herberekend", "herbeoordeeld": "her-" makes a new verb of any verb).
    if form.startswith("her") and is_participle(form[3:]):
        return True
    rest = next((form[len(p) :] for p in SEPARABLE if form.startswith(p + "ge")), form)
    return rest.startswith("ge") and len(rest) >= 6


def _participle_of(form: str, verb: str) -> bool:
    """Is `form` the participle of `verb` (not a finite form or infinitive)?"""
    if form == verb + "d":
        return False  # present participle: teleurstellend
    # Separable verbs put ge- after the particle: opgestuurd ← opsturen.
    for particle in SEPARABLE:
        if verb.startswith(particle) and form.startswith(particle + "ge") and form != verb:
            return True
    if form.startswith("ge") and (not verb.startswith("ge") or form.startswith("gege")):
        return not _is_noun(form)  # gemaakt, gekomen, gegeven; not gebied, gewicht
    if form.startswith("ge") and form.endswith(("d", "t")) and not _is_noun(form):
        # geleid ← leiden, where the tables only give geleiden
        if form[2:-1] + "en" in lemmas.lemmas_by_pos()["verb"] or form[2:] + "en" in lemmas.lemmas_by_pos()["verb"]:
            return True
    # Inseparable verbs have no ge-: betaald ← betalen, beschreven ← beschrijven.
    for prefix in INSEPARABLE:
        if not (verb.startswith(prefix) and form.startswith(prefix)) or len(verb) < len(prefix) + 4:
            continue
        if form == verb and prefix in SEPARABLE:
            return False  # overgeven, onderscheiden: an infinitive
        inner = form[len(prefix) :]
        if prefix == "her" and not inner.startswith("ge") and _participle_of(inner, verb[len(prefix) :]):
            return True  # heroverwogen ← overwogen, herberekend ← berekend: a prefix on a prefixed verb
        # The base verb tells the form: beschreven ← geschreven, verbroken ← gebroken.
        made = {prefix + p[2:] for p in _base_participles(verb[len(prefix) :])}
        if made & (lemmas.forms_of(verb) | {form}):
            return form in made
        return _looks_like_participle(form, verb)
    return False  # a simple verb without ge-: a finite form (wist, kregen)


@lru_cache(maxsize=8192)
def _base_participles(base: str) -> frozenset[str]:
    """The ge-participles of a simple verb (`breken` → gebroken)."""
    if base not in lemmas.lemmas_by_pos()["verb"]:
        return frozenset()
    return frozenset(
        form
        for form in lemmas.forms_of(base)
        if form.startswith("ge") and form != base and form.endswith(("d", "t", "n"))
        and len(form) > 4
    )


def _looks_like_participle(form: str, verb: str) -> bool:
    """A prefixed verb without a known base verb: tell from the ending."""
    if form == verb:
        return False
    forms = lemmas.forms_of(verb)
    weak = any(f.endswith(("de", "te")) and not f.endswith("nde") for f in forms)
    if form.endswith("n"):
        return form.endswith("en") and not _is_past_plural(form, forms)
    if form.endswith("d"):
        return weak and form != verb[:-2]
    # -t is the participle only after a 't kofschip consonant (verwerkt);
    # otherwise it is the present tense (bepaalt, vertelt).
    return weak and form[-2] in KOFSCHIP


def _is_past_plural(form: str, forms: frozenset[str]) -> bool:
    """vernietigden ← vernietigde, bevalen ← beval (but bevolen is the participle)."""
    stem = form[:-2]
    singulars = {form[:-1], stem, stem[:-1] if stem[-1:] == stem[-2:-1] else stem}
    devoiced = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1:], stem[-1:])
    singulars.add(devoiced)
    if len(stem) > 2 and stem[-2] in "aeou" and stem[-3] not in "aeiou":
        singulars.add(devoiced[:-1] + stem[-2] + devoiced[-1:])  # open syllable: namen ← nam
        singulars.add(devoiced[:-2] + stem[-2] * 2 + devoiced[-1:])  # schreven ← schreef
    return bool(singulars & (forms - {form}))


@lru_cache(maxsize=8192)
def _takes_zijn(participle: str) -> bool:
    """Perfect tense with *zijn* (komen, gaan, stoppen …) or an adjectival state."""
    if participle in word_set("toestanden"):
        return True
    zijn_verbs = word_set("zijn-werkwoorden")
    verbs = list(lemmas.lemmas(participle)) + [participle]  # vervallen, ontstaan
    for particle in SEPARABLE:
        # A particle verb the tables do not know: meegesprongen ← gesprongen.
        if participle.startswith(particle + "ge") and verbs == [participle]:
            verbs = [particle + verb for verb in lemmas.lemmas(participle[len(particle) :])]
    for verb in verbs:
        if verb in zijn_verbs:
            return True
        # Separable verbs inherit from their base: aangekomen ← aankomen ← komen;
        # inseparable ones do not (overvallen, bekeren take hebben).
        for particle in SEPARABLE:
            if participle.startswith(particle + "ge") and verb.startswith(particle):
                if _base_takes_zijn(verb[len(particle) :], zijn_verbs):
                    return True
    return False


def _base_takes_zijn(verb: str, zijn_verbs: frozenset[str]) -> bool:
    if verb in zijn_verbs:
        return True
    return any(
        verb.startswith(p) and _base_takes_zijn(verb[len(p) :], zijn_verbs)
        for p in SEPARABLE
        if len(verb) > len(p) + 3
    )


def _is_candidate(tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    if placeholder(token) is not None or not is_participle(token.lower_):
        return False
    if token.text[:1].isupper() and index > 0:
        return False  # a name: Brussels Hoofdstedelijk Gewest
    before = tokens[index - 1].lower_ if index > 0 else ""
    if before == "te":
        return False  # an infinitive: is te onderscheiden
    # An attributive participle belongs to a noun: `de ontvangen brief`.
    after = tokens[index + 1].lower_ if index + 1 < len(tokens) else ""
    # But a pointing word before a participle and its auxiliary is the subject: "waarop deze geplaatst is".
    # ("Dit bericht is …": a noun after it is the subject itself.)
    pointing_subject = (before in DEMONSTRATIVES and (after in VERB_CLUSTER or after in TE_CLUSTER)
                        and token.lower_ not in lemmas.lemmas_by_pos()["noun"])
    if before in DETERMINERS and after.isalpha() and not pointing_subject:
        return before == "zijn" and not _is_possessive(tokens, index - 1)
    # A noun that is also a participle, after its article: `is een (automatisch) bericht`.
    article = before if before in ARTICLES else tokens[index - 2].lower_ if index > 1 else ""
    if article in ARTICLES and (before in ARTICLES or _is_adjective(before)):
        return False
    return True


def _is_adjective(word: str) -> bool:
    """An adjective, and no noun or verb form (`automatisch`, not `keer` in `een keer gebeurd`)."""
    index = lemmas.lemmas_by_pos()
    return word in index["adj"] and word not in index["noun"] and not is_participle(word)


def _is_possessive(tokens: list[Token], index: int) -> bool:
    """`zijn` as `his`: `met zijn auto`, `zijn nieuwe huis`, `zijn ontvangen brief`."""
    if index > 0 and tokens[index - 1].lower_ in PREPOSITIONS | HEBBEN:
        return True
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1].lower_
    if following in DETERMINERS | NOT_NOUNS | PREPOSITIONS | SUBORDINATORS or not following.isalpha():
        return False
    if following.endswith("e") and following.isalpha() and len(following) > 3:
        return True  # an attributive adjective: zijn nieuwe …
    if is_participle(following):
        return index + 2 < len(tokens) and _is_noun(tokens[index + 2].lower_)
    return _is_noun(following)


def opens_after_a_clause(tokens: list[Token], index: int) -> bool:
    """Does the auxiliary at `index` open the main clause right after a clause that ended in a participle
    and a finite "zijn" or "hebben" ("Fietsen die weggehaald zijn | worden door ons …", "… die betaald is |
    wordt …")? A participle, a finite "zijn" and then "worden" or another finite "zijn" are never one verb
    cluster (that needs "geworden", "geweest")."""
    if index < 2 or (tokens[index].lower_ not in WORDEN and tokens[index].lower_ not in FINITE_ZIJN_HEBBEN - HEBBEN):
        return False
    return tokens[index - 1].lower_ in FINITE_ZIJN_HEBBEN and is_participle(tokens[index - 2].lower_)


def _participle_for(tokens: list[Token], index: int) -> Token | None:
    """The participle that goes with the auxiliary at `index`, if any."""
    # `is betaald`, `verloren is gegaan`: a participle right after the auxiliary.
    if index + 1 < len(tokens) and _is_candidate(tokens, index + 1):
        return tokens[index + 1]
    if opens_after_a_clause(tokens, index):
        return _participle_to_the_right(tokens, index)  # the verbs to its left end another clause
    # Verbs at the end of a subordinate clause: `betaald is`, `betaald moet worden`.
    left = index - 1
    while left >= 0 and (tokens[left].lower_ in VERB_CLUSTER - {"zijn"}
                         or tokens[left].lower_ in TE_CLUSTER and tokens[index].lower_ in WORDEN):
        left -= 1
    following = tokens[index + 1].lower_ if index + 1 < len(tokens) else ""
    if left >= 0 and _is_candidate(tokens, left) and following not in SUBJECTS:
        return tokens[left]  # not `Achteraf gezien was ik …`
    return _participle_to_the_right(tokens, index)


def _participle_to_the_right(tokens: list[Token], index: int) -> Token | None:
    """Main clause: the first participle to the right of the auxiliary at `index`."""
    for right in range(index + 1, len(tokens)):
        lower = tokens[right].lower_
        if lower in HARD_BREAK:
            return None
        if tokens[right - 1].text == "," and is_participle(lower):
            return None  # a participle clause: `het land, begrensd door …`
        if lower in SUBORDINATORS and tokens[right - 1].lower_ not in PREPOSITIONS:
            return None  # a new clause; not `op die plek`
        if lower in VERB_CLUSTER and not (lower == "zijn" and _is_possessive(tokens, right)):
            return None  # another verb: another clause
        if _is_candidate(tokens, right):
            if tokens[index].lower_ in WORDEN and lower in ADJECTIVES:
                continue  # `het wordt bekend (gemaakt)`
            if right + 1 < len(tokens) and tokens[right + 1].lower_ in VERB_CLUSTER - {"geworden", "geweest"}:
                return None  # `… opgenomen worden`: it belongs to the next verb
            return tokens[right]
    return None


def find_passives(doc: Doc) -> list[Passive]:
    """The passives of a Doc: from the dependency parse when it has one. One per participle: "De
    thema's waarover gesproken kan worden zijn:" has its "worden", not also the "zijn" after it."""
    found = find_parsed_passives(doc) if is_parsed(doc) else find_lexical_passives(doc)
    closest: dict[int, Passive] = {}
    for passive in found:
        kept = closest.get(passive.participle.i)
        if kept is None or passive.end - passive.start < kept.end - kept.start:
            closest[passive.participle.i] = passive
    return [passive for passive in found if closest[passive.participle.i] is passive]


def find_parsed_passives(doc: Doc) -> list[Passive]:
    """Passives from the parse, checked against the word lists.

    The parser was trained on UD Dutch, where both *worden* (`wordt betaald`)
    and *zijn* in the perfect passive (`is betaald`) are `aux:pass`, *zijn*
    with an unaccusative verb (`is gekomen`) is `aux` and *zijn* with a state
    (`is verplicht`) is `cop`. Measured on the UD files it was not trained on
    (benchmarks/ud_accuracy.py), two corrections help:

    * an `aux:pass` whose head is no participle is a copula (`werd derde`),
      and *zijn* with a verb from the zijn-list is the perfect tense
      (`is afgetreden`): dropped;
    * a passive the word-order detector finds, where the parser attached the
      auxiliary to that same participle but called it `aux` or `cop`
      (`was ... getekend`), or as a copula to the participle's passive subject
      (`Op 4 juni is een waarschuwing op de aanhangwagen aangebracht`), is kept:
      the parse confirms the pair;
    * *worden* that the parser made the head of a participle without a
      subject of its own (`werd, omdat …, pas later behandeld`) is a passive.
    """
    found: dict[int, Passive] = {}
    lexical = {passive.auxiliary.i: passive for passive in find_lexical_passives(doc)}
    tokens = list(doc)
    for token in doc:
        if token.dep_ != "aux:pass" or placeholder(token) is not None:
            continue
        if token.lower_ not in WORDEN and token.lower_ not in ZIJN and token.lower_ != "geworden":
            continue  # the parse's slip ("borstprothesen transvrouwen" as an auxiliary): only worden or zijn is one
        head = token.head
        if head.i != token.i and not _is_parsed_participle(head) and head.head.i > token.i and _is_parsed_participle(head.head):
            head = head.head  # "wordt griffierecht geheven": the tagger took the noun for a participle and hung the auxiliary on it
        elif head.i != token.i and not _is_parsed_participle(head) and "Fin" in head.morph.get("VerbForm"):
            # "is bezwaarde in de gelegenheid gesteld": the tagger took the noun "bezwaarde" for a finite
            # verb, hung the auxiliary on it and the participle under it
            head = next((c for c in head.children if c.i > token.i and c.dep_ in CLAUSE_LINKS
                         and _is_parsed_participle(c) and not any(g.dep_.startswith("nsubj") for g in c.children)), head)
        if head.i != token.i and negated_participle(head.lower_):
            # "wordt ongeopend teruggestuurd": the parser made the adjective the head and hung the real
            # participle under it
            head = next((c for c in head.children if c.i > head.i and _is_parsed_participle(c)), head)
        if head.i == token.i or placeholder(head) is not None or not _is_parsed_participle(head):
            continue  # `werd derde`, `werd landbouwgrond`: a copula, not a passive
        if head.i < token.i and opens_after_a_clause(tokens, token.i):
            # `Fietsen die weggehaald zijn worden door ons …`: the parser glued the main clause's auxiliary
            # onto the participle of the clause before; by word order it has its own, to the right
            own = lexical.get(token.i)
            if own is not None and own.participle.i > token.i:
                found[token.i] = own
            continue
        if _nearer_auxiliary(token, head):
            # `dat het een gewoonte wordt dat afval … wordt opgeruimd`: the first is a copula of its own; or it
            # has its own participle by word order (`als beroep wordt aangetekend – …, kan een verzoek worden ingediend`)
            own = lexical.get(token.i)
            if own is not None and own.participle.i < head.i:
                found[token.i] = own
            continue
        if _of_an_earlier_conjunct(token, head):
            continue  # `wordt onderdeel van het vermogen en kan belast worden`: the copula of the first part
        if token.lower_ in ZIJN and (_takes_zijn(head.lower_) or _degree_before(head)):
            continue  # `is afgetreden`, `is zeer gewild`: the perfect tense or a state
        if _describes_the_subject(token, head):
            continue  # `zijn gratis ingesproken lijsten te krijgen`
        found[token.i] = Passive(token, head)
    for token in doc:
        if token.lower_ in WORDEN and token.i not in found and placeholder(token) is None:
            participle = _participle_child(token)
            if participle is not None:
                found[token.i] = Passive(token, participle)
    for auxiliary, participle in _fronted_participles(doc):
        found.setdefault(auxiliary.i, Passive(auxiliary, participle))
    for passive in lexical.values():
        auxiliary, participle = passive.auxiliary, passive.participle
        # The verb cluster at the end of a clause, "getest gaat worden", "geïnvesteerd zal gaan worden",
        # "zal niet meer ingepland worden": the parser hangs "worden" anywhere (even as the root, with the
        # participle as a noun under it), but the order leaves no doubt.
        between = doc[participle.i + 1 : auxiliary.i]
        cluster = (auxiliary.lower_ in WORDEN and 0 <= len(between) <= 2 and participle.i < auxiliary.i
                   and all(t.lower_ in MODALS or t.lower_ in TE_CLUSTER for t in between))
        mistagged = _mistagged_under(auxiliary, participle)
        if auxiliary.dep_ not in AUXILIARY_RELATIONS and not (cluster or mistagged):
            continue
        if participle.pos_ == "NOUN" and any(child.dep_ == "det" for child in participle.children):
            continue  # "Dit is een automatisch bericht": a noun with its article, not "berichten"
        # The parser hung the auxiliary on that participle, or, in a long sentence with a
        # word before the verb ("Op 4 juni is een waarschuwing … aangebracht", "is automatisch
        # van het slot gehaald"), as a copula on a word of the participle's own clause.
        head = auxiliary.head
        in_its_clause = head.i != participle.i and head.head.i == participle.i and head.dep_ not in OTHER_CLAUSE
        if head.i == participle.i or in_its_clause or cluster or mistagged:
            found.setdefault(auxiliary.i, passive)
    return [found[index] for index in sorted(found)]


# Tags the tagger gives a participle it does not know ("achtergehouden", "herberekend"): never a
# sign of a state, as an adjective would be ("is gesloten").
_UNKNOWN_WORD_TAGS = frozenset({"ADV", "X", "PROPN"})


def _mistagged_under(auxiliary: Token, participle: Token) -> bool:
    """"Er zijn gegevens achtergehouden": the tagger did not know the participle, called it an
    adverb and made "zijn" the main verb with the participle under it. The word order and the
    word lists say it is a participle, so the pair is a passive after all."""
    return (auxiliary.dep_ == "ROOT" and participle.head.i == auxiliary.i
            and participle.pos_ in _UNKNOWN_WORD_TAGS)


def _nearer_auxiliary(auxiliary: Token, participle: Token) -> bool:
    """Another passive auxiliary of the same participle between the two: the participle has its own
    ("… wordt dat hondenpoep door iedereen wordt opgeruimd"), and the first is the copula of another
    clause ("het wordt een gewoonte")."""
    return any(t.dep_ == "aux:pass" and t.head.i == participle.i and (t.lower_ in WORDEN or t.lower_ in ZIJN)
               for t in auxiliary.doc[auxiliary.i + 1 : participle.i])


def _of_an_earlier_conjunct(auxiliary: Token, participle: Token) -> bool:
    """`Het bedrag wordt onderdeel van het vermogen en kan belast worden`: the parser hangs the
    copula of the first part on the participle of the second. An "en", "of" or "maar" and then a
    finite verb between them: the auxiliary heads a clause of its own (worden = become)."""
    between = auxiliary.doc[auxiliary.i + 1 : participle.i]
    for index, token in enumerate(between):
        if token.dep_ == "cc" and token.head.i == participle.i:
            return any(t.tag_.startswith("WW|pv") for t in between[index + 1 :])
    return False


def _fronted_participles(doc: Doc):
    """The legal style that opens a sentence with the participle: "Overwogen wordt dat …",
    "Beoordeeld moet worden of …". The tagger takes the capitalised participle for a name,
    so the parse has no pair; a form of worden right after it (a modal between) makes one."""
    for sentence in doc.sents:
        words = [t for t in sentence if not (t.is_space or t.is_punct)]
        if len(words) < 2 or not words[0].text[:1].isupper() or placeholder(words[0]) is not None:
            continue
        if not is_participle(words[0].lower_):
            continue
        for token in words[1:3]:
            if token.lower_ in WORDEN:
                yield token, words[0]
                break
            if token.lower_ not in VERB_CLUSTER:
                break


def _participle_child(worden: Token) -> Token | None:
    """`werd, omdat …, pas later behandeld`: with a clause in between, the parser
    sometimes makes *worden* the head and hangs the participle under it as a
    clause. A participle after it without a subject of its own is the passive."""
    for child in worden.children:
        if (
            child.i > worden.i
            and child.dep_ in CLAUSE_LINKS
            and child.tag_.startswith("WW|vd")
            and not any(grandchild.dep_.startswith("nsubj") for grandchild in child.children)
        ):
            return child
    return None


def _is_parsed_participle(token: Token) -> bool:
    """A participle by the parse, unless the word is a known noun and no verb's participle:
    the tagger now and then reads a compound noun ending in -t as one ("is vaak wateroverlast");
    nor a participle with "on-" before it ("is onbetaald"), an adjective."""
    if is_participle(token.lower_):
        return True
    tagged = token.tag_.startswith("WW|vd") or "Part" in token.morph.get("VerbForm")
    return (tagged and not (_is_noun(token.lower_) and not is_verb_form(token.lower_))
            and not negated_participle(token.lower_))


def negated_participle(form: str) -> bool:
    """"onbetaald", "ongeopend", "onverhard": "on-" and a participle make an adjective, for no verb
    "onbetalen" exists; "De rekening is onbetaald" says how it is, no one does anything. Not a
    verb that starts with "on" ("onderzocht", "ontvangen", "onthouden")."""
    return (form.startswith("on") and len(form) >= 7 and is_participle(form[2:])
            and not is_verb_form(form))


def is_verb_form(form: str) -> bool:
    """Is the word a form of a known verb ("gedacht" of "denken", though the lists know a noun too)?"""
    return any(verb in lemmas.lemmas_by_pos()["verb"] for verb in lemmas.lemmas(form))


def is_only_verb_form(form: str) -> bool:
    """A form of a known verb that is no noun too ("vindt", not "plan"): without the parse, the
    words a verb must stand among."""
    return is_verb_form(form) and not lemmas.can_be(form, "noun")


def _degree_before(participle: Token) -> bool:
    return participle.i > 0 and participle.doc[participle.i - 1].lower_ in DEGREE


def find_lexical_passives(doc: Doc) -> list[Passive]:
    """Passives from word order and word lists (the fast mode: no parse)."""
    passives = []
    for sentence in doc.sents:
        tokens = [t for t in sentence if not t.is_space]
        for index, token in enumerate(tokens):
            lower = token.lower_
            if lower not in WORDEN and lower not in ZIJN:
                continue
            if lower == "zijn" and _is_possessive(tokens, index):
                continue
            participle = _participle_for(tokens, index)
            if participle is None:
                continue
            if lower in ZIJN:
                if participle.lower_ == "geworden" or _takes_zijn(participle.lower_):
                    continue
                if _describes_the_subject(token, participle):
                    continue
                if participle.i > 0 and doc[participle.i - 1].lower_ in DEGREE:
                    continue
                # `is gemaakt geworden`, `zal gemaakt worden`: worden counts, not zijn; but not the
                # worden of the next clause (`die weggehaald zijn | worden …`)
                if _worden_nearby(tokens, index):
                    continue
            passives.append(Passive(token, participle))
    return passives


# Pronouns that can be the subject of a plural "zijn".
PLURAL_SUBJECTS = frozenset({"we", "wij", "zij", "ze", "jullie"})


def _describes_the_subject(auxiliary: Token, participle: Token) -> bool:
    """`Daarnaast zijn bij de bibliotheek gratis ingesproken boeken te leen`: the participle describes
    the plural noun right after it, and that noun is the subject of "zijn … te leen". A participle in
    -en takes no -e before a noun (`ingesproken boeken`, not `gedrukte folders`), so only the word
    order tells. A passive with a te-clause after it is impersonal and singular (`Er is besloten
    subsidie te geven`), or has its subject before the participle (`Zij zijn gevraagd boeken te lezen`)."""
    if auxiliary.lower_ not in {"zijn", "waren"} or not participle.lower_.endswith("en"):
        return False
    doc = auxiliary.doc
    after = [t for t in doc[participle.i + 1 : participle.i + 4] if not t.is_space]
    if len(after) < 3 or after[1].lower_ != "te" or not after[2].is_alpha:
        return False
    noun = after[0].lower_
    if not any(lemma != noun and _is_noun(lemma) for lemma in lemmas.lemmas(noun)):
        return False  # a plural noun: boeken, kandidatenlijsten
    # Its subject is after the auxiliary: the sentence opens with an adverb or a preposition
    # ("Daarnaast zijn …", "In de hal zijn …"), not with a subject ("Alle deelnemers zijn opgeroepen
    # documenten te sturen", "Zij zijn gevraagd …"): then it is a passive.
    start = auxiliary.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    first = next((t for t in doc[start : auxiliary.i] if not (t.is_space or t.is_punct)), None)
    if first is None or first.lower_ in DETERMINERS or first.lower_ in SUBJECTS:
        return False
    if first.lower_ not in PREPOSITIONS and (lemmas.can_be(first.lower_, "noun") or lemmas.can_be(first.lower_, "adj")):
        return False  # a noun phrase first: "Bewoners zijn …", "Nieuwe bewoners zijn …"
    return not any(t.lower_ in PLURAL_SUBJECTS for t in doc[start : participle.i])


def _worden_nearby(tokens: list[Token], index: int) -> bool:
    near = range(max(0, index - 3), min(len(tokens), index + 4))
    return any((tokens[k].lower_ in WORDEN or tokens[k].lower_ == "geworden")
               and not (k > index and opens_after_a_clause(tokens, k))  # the next clause's: `die weggehaald zijn | worden`
               for k in near)
