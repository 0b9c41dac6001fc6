"""spaCy's tokenizer, with each special case added when a text may need it.

spaCy's Dutch tokenizer has about 4,700 special cases ("dhr.", "a.s.", "'s", emoticons).
Adding one makes its lexemes and splits it with the affix patterns for the tokenizer's
matcher: all of them cost about 0.3 s CPU, a quarter of a one-letter `check --fast`.
A letter needs a few dozen. A special case can only change how a text is split when
its characters are in the text: spaCy looks a case up by the text of a piece (the
characters between spaces) or of a part of one, and its matcher finds a case as its
tokens, one after the other, with at most one space between two of them. So
`LazyTokenizer` keeps the cases aside, and before it splits a text it adds each case
that the text, or a text before it, may need (`_needs`): the same tokens as spaCy's
tokenizer with every case added at the start.

Which cases its matcher gets, and as which tokens, depends only on the affix patterns;
it is kept in b1check's cache folder (`_cases_for`), under a hash of spaCy's
version, the patterns and the cases.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import spacy
from spacy.tokenizer import Tokenizer
from spacy.util import registry
from spacy.vocab import Vocab

from .cache import cache_dir, content_key, pickled

FACTORY = "b1check.LazyTokenizer.v1"
# Settings that change how the cases split: before one changes, every case is added.
_SPLITTING = frozenset({"prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match",
                        "faster_heuristics"})
# Pieces remembered as looked at; beyond this many, a piece is looked at again (it only costs time).
SEEN_PIECES = 200_000
# A piece longer than this gets every case added instead of a look at each of its parts: that look
# costs its length times the longest case (40 times spaCy's own work on it), adding them all 0.3 s once.
LONG_PIECE = 2_000


@dataclass
class _Cases:
    """Where to look for each special case of a tokenizer: what `LazyTokenizer._needs` reads."""

    spaced: set[str] = field(default_factory=set)  # cases with white space in them: looked for in the whole text
    inside: set[str] = field(default_factory=set)  # cases that are needed when they are part of a piece
    letters: list[str] = field(default_factory=list)  # those of letters only ("xD"): all a word can hold
    # A case of the matcher cut in two between two of its tokens, as (end of a piece, start
    # of the next piece): per end, the starts that go with it and the case; per start, the same.
    after: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    before: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    longest: int = 0
    # Every case known: the tokens the matcher finds it as (None: not in the matcher).
    matched: dict[str, tuple[str, ...] | None] = field(default_factory=dict)

    def add(self, string: str, tokens: tuple[str, ...] | None) -> None:
        self.matched[string] = tokens
        if any(character.isspace() for character in string):
            self.spaced.add(string)
            return
        self.inside.add(string)
        if string.isalpha():
            self.letters.append(string)
        self.longest = max(self.longest, len(string))
        for cut in range(1, len(tokens or ())):
            end, start = "".join(tokens[:cut]), tokens[cut]
            self.after.setdefault(end, []).append((start, string))
            self.before.setdefault(start, []).append((end, string))


class LazyTokenizer(Tokenizer):
    """spaCy's `Tokenizer`, which adds a special case only when a text may need it.

    Anything that reads or writes the cases (`rules`, `to_bytes`, `explain`, a new
    affix pattern) gets them all added first.
    """

    def __init__(self, vocab: Vocab, rules: dict | None = None, prefix_search=None, suffix_search=None,
                 infix_finditer=None, token_match=None, url_match=None, faster_heuristics: bool = True) -> None:
        super().__init__(vocab, None, prefix_search, suffix_search, infix_finditer, token_match, url_match,
                         faster_heuristics)
        self.added = 0  # cases added so far: each one empties spaCy's cache of split pieces
        self._pending: dict[str, Any] = dict(rules or {})
        self._cases = _cases_for(self, self._pending) if rules else _Cases()
        self._ends: set[str] = set()  # ends of pieces seen that are in _cases.after
        self._starts: set[str] = set()  # starts of pieces seen that are in _cases.before
        self._seen: set[str] = set()  # pieces looked at
        self._looked = False  # has any text been looked at?
        self._plain: Tokenizer | None = None
        self._prepared: str | None = None  # the text prepared last

    def _hold(self, string: str, substrings) -> None:
        """Keep a case aside until a text may need it. Once texts have been looked at, a
        new case is added at once: what was seen of them is only what the cases known
        then needed."""
        if self._looked:
            self._pending.pop(string, None)  # an older version held back would come back over this one
            Tokenizer.add_special_case(self, string, substrings)
            self.added += 1
            return
        self._pending[string] = substrings
        if string not in self._cases.matched:
            self._plain = self._plain or _plain(self)
            self._cases.add(string, _split_for_matcher(self, string, self._plain))

    def add_special_case(self, string: str, substrings: Iterable) -> None:
        if string in Tokenizer.rules.__get__(self):  # already in use: replaced at once, as spaCy does
            Tokenizer.add_special_case(self, string, substrings)
        else:
            self._hold(string, list(substrings))

    def prepare(self, text: str) -> bool:
        """Add the cases `text` may need; True if any was added."""
        if not self._pending or text is self._prepared:
            return False  # (b1check prepares a letter's text, then splits it)
        needed = self._needs(text)
        self._prepared = text
        for string in sorted(needed):  # in spaCy's order
            substrings = self._pending.pop(string, None)
            if substrings is not None:
                Tokenizer.add_special_case(self, string, substrings)
                self.added += 1
        return bool(needed)

    def _needs(self, text: str) -> set[str]:
        """The cases not yet added that `text` may need: a case inside one of its pieces;
        a case of the matcher whose tokens, cut at some place between two of them, are
        the end of a piece and the start of a piece (here or in a text before: always
        enough); a case with white space that is in the text."""
        self._looked = True
        pending, cases = self._pending, self._cases
        needed = {string for string in cases.spaced if string in pending and string in text}
        pieces = set(text.split()) - self._seen
        if len(self._seen) + len(pieces) > SEEN_PIECES:
            self._seen.clear()
        self._seen |= pieces
        longest, inside, letters, after, before, ends, starts = \
            cases.longest, cases.inside, cases.letters, cases.after, cases.before, self._ends, self._starts
        if any(len(piece) > LONG_PIECE for piece in pieces):
            return set(pending)  # a run of thousands of characters (base64, a dotted line): all cases, once
        for piece in pieces:
            size = len(piece)
            reach = min(size, longest)
            if piece.isalpha():  # most pieces are words: no part of one has a full stop, a quote …
                needed.update(string for string in letters if string in piece)
            else:
                needed |= {piece[i:j] for i in range(size) for j in range(i + 1, min(size, i + longest) + 1)} & inside
            for end in [piece[-j:] for j in range(1, reach + 1)]:
                if end in after and end not in ends:
                    ends.add(end)
                    needed.update(string for start, string in after[end] if start in starts)
            for start in [piece[:j] for j in range(1, reach + 1)]:
                if start in before and start not in starts:
                    starts.add(start)
                    needed.update(string for end, string in before[start] if end in ends)
        return needed & pending.keys()

    def add_all(self) -> None:
        """Add every case still held back."""
        pending, self._pending = self._pending, {}
        for string in sorted(pending):
            Tokenizer.add_special_case(self, string, pending[string])
            self.added += 1

    def __call__(self, text: str):
        if self._pending:
            self.prepare(text)
        return Tokenizer.__call__(self, text)

    def __setattr__(self, name: str, value) -> None:
        if name in _SPLITTING and getattr(self, "_pending", None):
            self.add_all()
            self._cases = _Cases()
        if name in _SPLITTING:
            self._plain = None  # it splits with the patterns it was made with
        super().__setattr__(name, value)

    @property
    def rules(self) -> dict:
        self.add_all()
        return Tokenizer.rules.__get__(self)

    @rules.setter
    def rules(self, rules: dict) -> None:
        self._pending = {}
        Tokenizer.rules.__set__(self, rules)

    def explain(self, text: str):
        self.add_all()
        return Tokenizer.explain(self, text)

    def to_bytes(self, **kwargs) -> bytes:
        self.add_all()
        return Tokenizer.to_bytes(self, **kwargs)

    def to_disk(self, path, **kwargs) -> None:
        self.add_all()
        Tokenizer.to_disk(self, path, **kwargs)

    def __reduce__(self):
        rules = {**self._pending, **Tokenizer.rules.__get__(self)}
        return (self.__class__, (self.vocab, rules, self.prefix_search, self.suffix_search, self.infix_finditer,
                                 self.token_match, self.url_match), None, None)


def _split_for_matcher(tokenizer: Tokenizer, string: str, plain: Tokenizer | None = None) -> tuple[str, ...] | None:
    """The tokens spaCy's matcher of special cases gets for `string` (`add_special_case`),
    None if `string` does not go into the matcher."""
    if tokenizer.faster_heuristics and not (
        tokenizer.find_prefix(string) or tokenizer.find_infix(string) or tokenizer.find_suffix(string)
        or " " in string
    ):
        return None
    plain = plain or _plain(tokenizer)
    return tuple(token.text for token in plain(string))


def _plain(tokenizer: Tokenizer) -> Tokenizer:
    """A tokenizer with the same affix patterns and no special cases: it splits as spaCy
    splits a case for its matcher (`_tokenize_affixes` without special cases)."""
    return Tokenizer(Vocab(), None, tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer,
                     tokenizer.token_match, tokenizer.url_match)


def _pattern_text(function: Callable | None) -> str:
    """What a tokenizer's affix function splits by, for the cache key; '' if it cannot be told."""
    if function is None:
        return "None"
    owner = getattr(function, "__self__", None)
    if owner is not None and hasattr(owner, "pattern") and hasattr(owner, "flags"):
        return f"{function.__name__}:{owner.flags}:{owner.pattern}"
    return ""


def _cases_for(tokenizer: Tokenizer, rules: dict) -> _Cases:
    """The `_Cases` of `rules` split by `tokenizer`'s patterns, from the cache when the
    affix functions are regular expressions (spaCy's own are)."""

    def build() -> _Cases:
        plain = _plain(tokenizer)
        cases = _Cases()
        for string in sorted(rules):
            cases.add(string, _split_for_matcher(tokenizer, string, plain))
        return cases

    functions = (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer,
                 tokenizer.token_match, tokenizer.url_match)
    described = [_pattern_text(function) for function in functions]
    if not all(described):
        return build()
    source = "\n".join([spacy.__version__, str(tokenizer.faster_heuristics), *described, *sorted(rules)])
    key = content_key([source.encode("utf-8", "surrogatepass")], _cases_for)
    cases = pickled(cache_dir() / f"tokenizer-cases-{key}.pickle", build)
    # (a process of an older b1check that was still running when this one was installed
    # may have written something else under this name)
    return cases if isinstance(cases, _Cases) else build()


@registry.tokenizers(FACTORY)
def create_lazy_tokenizer() -> Callable:
    """spaCy's default tokenizer for a language (`spacy.Tokenizer.v1`), as a `LazyTokenizer`."""

    def make(nlp) -> LazyTokenizer:
        defaults = nlp.Defaults
        return LazyTokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=spacy.util.compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
            suffix_search=spacy.util.compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
            infix_finditer=spacy.util.compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make
