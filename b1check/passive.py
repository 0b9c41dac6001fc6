"""Find the passive voice (lijdende vorm) without a parser.

A passive is a form of *worden* or *zijn* with a past participle in the same
clause. With *zijn* it is only passive when the verb makes its perfect tense
with *hebben* (`is afgewezen`), not with *zijn* (`is gekomen`, `is gestopt`),
and not when the participle is a state (`bent verplicht`, `is getrouwd`).
Those two lists live in `wordlists/` so a language editor can extend them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from . import lemmas
from .wordlists import word_set

WORDEN = frozenset({"word", "wordt", "worden", "werd", "werden", "geworden"})
ZIJN = frozenset({"ben", "bent", "is", "zijn", "was", "waren", "geweest", "zij", "wezen"})
# Words that end a clause: the auxiliary and its participle stand on one side.
CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "–", "—", "-", "en", "maar", "of", "want"})
SEPARABLE = (
    "aan", "af", "bij", "binnen", "door", "in", "mee", "na", "neer", "om", "onder", "op",
    "over", "terug", "toe", "uit", "vast", "voor", "weg", "samen", "tegen", "vrij", "los",
    "rond", "open", "dicht", "goed", "kwijt", "thuis", "achter", "langs", "over",
)
INSEPARABLE = ("be", "ver", "ont", "her", "er", "ge", "mis", "onder", "over", "door", "achter")
_GE_PARTICIPLE = re.compile(rf"^(?:{'|'.join(SEPARABLE)})?ge[a-zëïéèöü]{{2,}}(?:d|t|en)$")


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


@lru_cache(maxsize=65536)
def is_participle(form: str) -> bool:
    """Is this word form a past participle (voltooid deelwoord)?"""
    if len(form) < 5 or not form.isalpha() or form in WORDEN or form in ZIJN:
        return False
    if not form.endswith(("d", "t", "en")):
        return False
    for candidate in lemmas.lemmas(form):
        if candidate == form or not candidate.endswith("en"):
            continue
        # gestuurd ← sturen, opgestuurd ← opsturen, betaald ← betalen
        if form.startswith("ge") or any(
            form.startswith(p + "ge") and candidate.startswith(p) for p in SEPARABLE
        ):
            return True
        if any(form.startswith(p) and candidate.startswith(p) for p in INSEPARABLE):
            return True
    if form in lemmas.lemma_table():
        # A known word with another reading (`ontvangen` is both infinitive and
        # participle): trust the morphology only for inseparable verbs.
        return form.endswith("en") and form.startswith(INSEPARABLE) and _is_verb(form)
    return bool(_GE_PARTICIPLE.match(form))


def _is_verb(form: str) -> bool:
    return form in lemmas.forms_of(form) and any(
        other != form and other.endswith(("t", "de", "te")) for other in lemmas.forms_of(form)
    )


def _participle_lemma(form: str) -> str:
    for candidate in lemmas.lemmas(form):
        if candidate.endswith("en"):
            return candidate
    return form


def _takes_zijn(participle: Token) -> bool:
    """Perfect tense with *zijn* (komen, gaan, stoppen …) or an adjectival state."""
    lower = participle.lower_
    if lower in word_set("toestanden"):
        return True
    verb = _participle_lemma(lower)
    zijn_verbs = word_set("zijn-werkwoorden")
    if verb in zijn_verbs:
        return True
    # Particle verbs inherit from their base: aangekomen ← aankomen ← komen.
    return any(verb.endswith(base) and len(verb) - len(base) >= 2 for base in zijn_verbs)


def _clause_around(tokens: list[Token], index: int) -> tuple[int, int]:
    start = index
    while start > 0 and tokens[start - 1].lower_ not in CLAUSE_BREAK:
        start -= 1
    end = index
    while end + 1 < len(tokens) and tokens[end + 1].lower_ not in CLAUSE_BREAK:
        end += 1
    return start, end


def find_passives(doc: Doc) -> list[Passive]:
    passives = []
    for sentence in doc.sents:
        tokens = [t for t in sentence if not t.is_space]
        for index, token in enumerate(tokens):
            lower = token.lower_
            if lower not in WORDEN and lower not in ZIJN:
                continue
            start, end = _clause_around(tokens, index)
            candidates = [
                t
                for t in tokens[start : end + 1]
                if t is not token and is_participle(t.lower_) and t._.placeholder is None
            ]
            if not candidates:
                continue
            # The participle nearest the auxiliary belongs to it.
            participle = min(candidates, key=lambda t: abs(t.i - token.i))
            if lower in ZIJN:
                if participle.lower_ == "geworden" or _takes_zijn(participle):
                    continue
                # `is … geworden`/`is … gemaakt geworden`: worden counts, not zijn.
                if any(t.lower_ in WORDEN for t in tokens[start : end + 1]):
                    continue
            passives.append(Passive(token, participle))
    return passives
