"""Rules that read the dependency parse: words far from the word they belong to
(tangconstructie), a clause before its noun (de door u aangevraagde code), and
sentences with many clauses or clauses deep inside each other.
All are parse = true: off with --fast."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..analysis.clauses import relative_after_noun, van_phrase_after
from ..analysis.phrases import is_verb
from ..language import lemmas
from ..language.analyse import AUXILIARY_RELATIONS, is_word, placeholder
from ..language.tokens import AUXILIARY_VERBS
from .base import Context, Hit, check
from .sentences import end_char, long_sentence_code

# The finite verb and the verb it helps ("wij hebben … ontvangen", "wordt … betaald", "is … duidelijk")
# are linked by analyse.AUXILIARY_RELATIONS.

# Words only a main verb has: an auxiliary with one of these is a misparse. (Not an
# object: the parser often hangs the object on "hebben" and still finds the verb cluster.)
_VERB_OWN = frozenset({"compound:prt", "ccomp"})
# Relations that hang a clause below another clause (not "en" or "maar": those join equals).
_SUBORDINATE = frozenset({"advcl", "ccomp", "csubj", "csubj:pass", "acl", "acl:relcl", "xcomp"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl"})
# A non-finite clause of its own: "om … te betalen", "zonder … te betalen".
_INFINITIVE_MARKS = frozenset({"om", "zonder", "door", "alvorens", "teneinde"})


def _is_finite(token: Token) -> bool:
    # The tagger gives whitespace a tag too: a blank line is no verb.
    return token.tag_.startswith("WW|pv") and not (token.is_space or token.is_punct)


def _words_between(doc, first: Token, second: Token) -> int:
    return sum(1 for t in doc[first.i + 1 : second.i] if is_word(t))


# tangconstructie


@check("TNG001")
def bracket(context: Context):
    """`Wij sturen u … een brief op`, `de door … vastgestelde regels`: the reader waits too long."""
    limits = context.settings.limits
    for sentence in context.sentences:
        # A clause before its noun has a finding of its own, with the rewrite (WRD002).
        clauses = {(c.determiner.i, c.noun.i) for c in context.clauses_before_noun.get(sentence.start, ())}
        pairs = [(pair, limits.verb_bracket_words) for pair in _verb_brackets(sentence)]
        pairs += [
            (pair, limits.article_noun_words)
            for pair in _article_brackets(sentence)
            if (pair[0].i, pair[1].i) not in clauses
        ]
        for (first, second), limit in pairs:
            words = _words_between(context.doc, first, second)
            if words > limit:
                end = second.idx + len(second.text)
                yield Hit("TNG001", first.idx, end, {"first": first.text, "second": second.text, "words": words})


def _verb_brackets(sentence: Span) -> Iterator[tuple[Token, Token]]:
    """The finite verb and the first word of the verb cluster that closes its clause."""
    for verb in sentence:
        if not _is_finite(verb) or placeholder(verb) is not None:
            continue
        helps = verb.dep_ in AUXILIARY_RELATIONS and verb.head.i > verb.i
        if helps and any(child.dep_ in _VERB_OWN for child in verb.children):
            continue  # an auxiliary has no particle: "wijzen u erop dat" is a misparse
        main = verb.head if helps else verb
        if _is_subordinate_clause(main, verb) or _last_of_subordinate_clause(verb):
            continue  # "omdat wij uw brief hebben ontvangen": the verbs stand together at the end
        if helps and (infinitive := _modal_on_participle(verb, main)) is not None:
            main = infinitive  # "kunt u …, gerekend vanaf …, bezwaar maken": the modal goes with "maken"
        # A template field is no word of the sentence ("met referentienummer {$content->reference}"):
        # never the verb part that closes the bracket.
        closing = [t for t in main.children if t.i > verb.i and not t.is_space and placeholder(t) is None and _closes(t)]
        if (helps and not main.is_space and placeholder(main) is None
                and (verb.dep_ != "cop" or main.pos_ in ("ADJ", "VERB"))):
            closing.append(main)  # "is … duidelijk", not the noun of "is … een goede oplossing"
        if closing:
            end = min(closing, key=lambda t: t.i)
            if not _inside_other_clause(verb, end) and not _main_clause_between(verb, end):
                yield verb, end


def _last_of_subordinate_clause(verb: Token) -> bool:
    """By word order, whatever the parse hung it on: the stretch of the sentence before the finite verb
    opens with a subordinating conjunction ("Als u belang hebt bij …, dan kunt u …", "Omdat de weg …
    dicht is, …"), with no other finite verb in between. Such a verb ends its clause: no bracket."""
    first = None
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if token.is_punct:
            break
        if _is_finite(token):
            return False
        if not token.is_space:
            first = token
    return first is not None and first.tag_.startswith("VG|onder") and first.lower_ not in ("of", "dan")


# Verbs that take an infinitive, never a participle alone ("kunt … maken", not "kunt … gerekend").
_MODALS = frozenset({"kunnen", "moeten", "mogen", "willen", "zullen", "hoeven"})


def _modal_on_participle(verb: Token, main: Token) -> Token | None:
    """The parse hung a modal on a participle between commas ("kunt u binnen 6 weken, gerekend vanaf
    de datum, bezwaar maken"). With no auxiliary of its own that takes a participle, the participle is
    an aside, and the later infinitive goes with the modal: that verb, or None."""
    if verb.lemma_.lower() not in _MODALS and not _MODALS.intersection(lemmas.lemmas(verb.lower_)):
        return None
    if not main.tag_.startswith("WW|vd") or main.i < 1 or main.doc[main.i - 1].text != ",":
        return None
    if any(c.dep_ in AUXILIARY_RELATIONS and c.i != verb.i for c in main.children):
        return None  # "zal, zoals gezegd, betaald worden": worden takes the participle
    later = [main.head] if main.dep_ in ("advcl", "acl", "xcomp") and main.head.i > main.i else []
    later += [c for c in main.children if c.i > main.i and c.dep_ in ("parataxis", "conj", "xcomp", "ccomp")
              and not any(g.dep_ in _SUBJECTS for g in c.children)]
    return next((t for t in later if t.tag_.startswith("WW") and t.lower_ in lemmas.lemmas(t.lower_)), None)


def _inside_other_clause(verb: Token, end: Token) -> bool:
    """Does the closing word belong to a clause that opens between the two ("zijn er … om
    zelfstandig te kunnen stemmen", "wordt … nadat de instelling … heeft gegeven")? The parse
    then hung it on the wrong verb; that is no bracket of this verb."""
    for token in verb.doc[verb.i + 1 : end.i]:
        # A real opener of a clause: "om", or a subordinating conjunction; not "te", and not an
        # "of" the parse took for one ("de voorzitter of het lid").
        opens = token.lower_ == "om" or (token.pos_ == "SCONJ" and token.lower_ != "of")
        if token.dep_ == "mark" and opens and token.head.i != verb.i:
            if end.i == token.head.i or token.head in end.ancestors:
                return True
    return False


def _main_clause_between(verb: Token, end: Token) -> bool:
    """Does a main clause open between the two, with "dan" or "zo" and its own finite verb ("Heeft u
    vragen over de planning dan kunt u contact opnemen": the comma is missing, the question is a
    clause of its own)? Then the closing word is that clause's, not this verb's."""
    doc = verb.doc
    # (the subject right after that verb: "dan kunt u"; not "als dat zo is," nor "als het dan is gelukt")
    return any(token.lower_ in ("dan", "zo") and _is_finite(doc[token.i + 1]) and doc[token.i + 2].dep_ in _SUBJECTS
               for token in doc[verb.i + 1 : end.i - 2])


def _closes(token: Token) -> bool:
    """A separable particle ("stuurt … op") or another verb of the cluster ("zullen … moeten betalen")."""
    if token.dep_ == "compound:prt":
        # A particle is one small word: not a preposition before its noun ("voor u"),
        # not a verb with words of its own (a misparse), not a preposition before a colon
        # that makes no verb with its head ("U vindt meer informatie op: www…", where the
        # parse lost its object; "vult u … in: naam, adres" stays a particle).
        after = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if after is not None and after.text == ":" and not _makes_verb(token):
            return False
        return not token.tag_.startswith(("VZ|init", "WW")) and not list(token.children)
    return token.dep_ in AUXILIARY_RELATIONS and not _is_finite(token)


def _makes_verb(particle: Token) -> bool:
    """Do the particle and its verb make a verb b1check knows ("vult … in": invullen), other
    than with an auxiliary ("heeft … nodig voor elk besluit over:" is no "overhebben")?"""
    head = particle.head
    stems = {head.lemma_.lower(), *lemmas.lemmas(head.lower_)} - AUXILIARY_VERBS - {""}
    return any(is_verb(particle.lower_ + stem) for stem in stems)


def _is_subordinate_clause(main: Token, verb: Token) -> bool:
    """A clause that starts with 'dat', 'omdat', 'als', 'die', 'wat' …: the finite verb comes last."""
    embedded = main.dep_ in _SUBORDINATE - {"xcomp"}
    for child in main.children:
        if child.i >= verb.i:
            break
        if child.dep_ == "mark":
            return True
        # "die wij sturen", "wat u moet doen"; but a question ("Wat moet u doen?") is a main clause.
        if embedded and child.tag_.startswith(("VNW|betr", "VNW|vb")):
            return True
    return main.dep_ == "acl:relcl"


def _article_brackets(sentence: Span) -> Iterator[tuple[Token, Token]]:
    """An article or determiner and its noun, with everything between belonging to that noun."""
    for det in sentence:
        noun = det.head
        if det.dep_ != "det" or noun.i <= det.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        # Only a phrase inside the noun's own words: a misparse across the sentence is no bracket.
        between = det.doc[det.i + 1 : noun.i]
        if not all(noun in t.ancestors for t in between):
            continue
        # A phrase with words of its own ("de op 1 januari ingegane regeling"); adjectives, numbers and
        # their adverbs alone ("de maximaal toegestane 24 opeenvolgende uren") are read one by one.
        if any(t.pos_ in ("ADP", "NOUN", "PROPN", "PRON") for t in between):
            yield det, noun


# a clause before its noun: de door u aangevraagde code (analysis/clauses.py finds them)

_SPLIT_ADVICE = "zeg in een eigen zin wie het deed"
_SPLIT_STATE_ADVICE = "zeg het in een eigen zin"


@check("WRD002")
def clause_before_noun(context: Context):
    """`de door u aangevraagde code` → `de code die u heeft aangevraagd`."""
    for sentence in context.sentences:
        for found in context.clauses_before_noun.get(sentence.start, ()):
            rewrite = found.rewrite()
            if rewrite is not None and found.determiner.text[:1].isupper():
                rewrite = rewrite[:1].upper() + rewrite[1:]
            # a name runs on: "de bijna huilende Harm Ottenbros"
            name = [found.noun, *(t for t in found.noun.children if t.dep_ == "flat" and t.i > found.noun.i)]
            last = max(name, key=lambda t: t.i)
            if rewrite is not None and (tail := van_phrase_after(found.noun)) is not None:
                last = tail[-1]  # the rewrite puts the clause after "van € 35,00": the finding covers it
            start, end = found.determiner.idx, last.idx + len(last.text)
            # With a clause after the noun already, a second one would stack: the writer splits the sentence.
            split = _SPLIT_STATE_ADVICE if found.variant == "state" else _SPLIT_ADVICE
            advice = (split,) if rewrite is None and found.has_clause_after() else ()
            if advice and (joined := _joined_to_clause_after(found)):
                advice = (joined,)  # "een orgaan dat de instelling heeft ingesteld en dat …"
            if rewrite is None and not advice and hasattr(found, "advice"):
                advice = (found.advice(),)  # "zet het achter 'termijn', met 'die'"
            noun = found.noun.doc[found.noun.i : last.i + 1].text
            params = {"noun": noun, **({"variant": found.variant} if found.variant else {})}
            yield Hit("WRD002", start, end, params, (rewrite,) if rewrite else (), advice=advice)


def _joined_to_clause_after(found) -> str | None:
    """With a clause after the noun already ("een door de instelling ingesteld orgaan dat
    de belangen behartigt"), the new clause can go before it, joined by "en", when both
    take the same relative pronoun: an instruction with the words, not a rewrite."""
    following = relative_after_noun(found.noun)
    rewrite = found.rewrite(joined=True) if following is not None else None
    if rewrite is None or f" {found.noun.text} {following.lower_} " not in f" {rewrite} ":
        return None  # "het orgaan die …": the two clauses would need different pronouns
    return f"zet het achter '{found.noun.text}' en verbind met 'en': '{rewrite} en {following.lower_} …'"


# many clauses


@check("LEN003", "LEN004")
def many_clauses(context: Context):
    """A sentence with many clauses (LEN003), or clauses deep inside each other (LEN004), is hard even when short.

    A sentence gets one finding about its size: the first selected rule of LEN001/LEN002
    (too many words), LEN003 and LEN004 that applies. A rule that is not selected does
    not hide the next one.
    """
    limits, wants = context.settings.limits, context.settings.wants
    for sentence in context.sentences:
        too_long = long_sentence_code(context.word_count(sentence), limits)
        if too_long and wants(too_long):
            continue
        heads = _clause_heads(sentence)
        depth = max((_depth(head, heads) for head in heads), default=0)
        if len(heads) > limits.sentence_clauses and wants("LEN003"):
            code = "LEN003"
        elif depth > limits.clause_depth and wants("LEN004"):
            code = "LEN004"
        else:
            continue
        yield Hit(code, sentence.start_char, end_char(sentence), {"clauses": len(heads), "depth": depth})


def _clause_heads(sentence: Span) -> set[Token]:
    """One word for each clause: the verb (or predicate) of every finite verb or subject, and every "om … te" verb.

    The subject counts too because the tagger reads some plural verbs as
    infinitives ("als wij vragen hebben"): the same form.
    """
    heads = set()
    for token in sentence:
        if not is_word(token):
            continue
        if _is_finite(token) or _has_subject(token):
            head = token.head if token.dep_ in AUXILIARY_RELATIONS else token
            # "gaat bellen of maakt zich zorgen": one subject, one clause to the reader.
            if head.dep_ != "conj" or _has_subject(head) or _has_subject(token):
                heads.add(head)
        elif token.tag_.startswith("WW|inf") and any(
            c.dep_ == "mark" and c.lower_ in _INFINITIVE_MARKS for c in token.children
        ):
            heads.add(token)
    return heads


def _has_subject(token: Token) -> bool:
    return any(child.dep_ in _SUBJECTS for child in token.children)


def _depth(head: Token, heads: set[Token]) -> int:
    """How many clauses this clause hangs below: 0 for the main clause."""
    depth = 0
    token = head
    while token.head.i != token.i:
        if token in heads and token.dep_ in _SUBORDINATE:
            depth += 1
        token = token.head
    return depth
