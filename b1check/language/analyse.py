"""Analyse a text with spaCy: tokens, lemmas, placeholders, sentences, paragraphs.

Every step takes time in proportion to the length of the text: a run of
characters without a space longer than LONG_RUN is kept from spaCy's
tokenizer's slow path (`_tokenizer_text`), and a text longer than LONG_TEXT
characters or LONG_TOKENS tokens goes through the trained pipeline on its own,
in paragraph groups of at most about PIECE characters and PIECE_TOKENS tokens
(`_annotate_in_pieces`), with the same result as in one piece.

Nothing is downloaded. The default is the compact trained Dutch pipeline that
ships in the package (`model="b1check"`: tags, morphology, lemmas and a
dependency parse), with b1check's sentence splitter for letters in front of
it. `model=None` is the fast lexical pipeline (`--fast`): spaCy's Dutch
tokenizer, lemmas from the lookup tables and the same sentence splitter, no
parse. Any other name or path is an installed spaCy pipeline
(e.g. nl_core_news_sm), with the same placeholder handling and splitter.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import tee
from pathlib import Path
from weakref import WeakKeyDictionary

import numpy
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IS_SPACE, LEMMA, LOWER, MORPH, NORM, POS, SENT_START, TAG
from spacy.lang.lex_attrs import like_email, like_url
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from ..load.source import SourceText
from . import lemmas, lemmatizer
from .tokenizer import FACTORY as LAZY_TOKENIZER, LazyTokenizer
from .tokens import INITIALS, LONG_RUN, PLACEHOLDERS, TEXT, doc_text, is_word, placeholder  # noqa: F401  (part of this module's interface)
from .wordlists import default_abbreviations

if not Token.has_extension("placeholder"):
    Token.set_extension("placeholder", default=None)

SENTENCE_END = {".", "!", "?", "…", "?!", "!?", "..."}
CLOSERS = {'"', "'", "”", "’", ")", "»", "]", "''", "’’"}
# Marks that go on with the sentence before them: "op 3 mei jl., waar" is one sentence.
CONTINUERS = {",", ";", ":"}
BULLET = re.compile(r"^(?:[-*•–·▪►]|\d{1,2}[.)]|[a-z][.)])$")
# A line at least this long that does not end in punctuation was wrapped by
# the writer's mail program: the sentence goes on on the next line.
WRAPPED_LINE = 55
# Mail programs wrap at 72 to 80 characters, and the lines of a PDF's text stay below this too. A
# block of lines (between blank lines) with a longer line was not wrapped: the writer pressed Enter
# at the end of each line, and a line that begins with a capital begins a sentence and a paragraph
# (a web page or a Word text pasted as plain text: "… via info@purmerend.nl" / "Met vriendelijke groet,").
LONGEST_WRAPPED_LINE = 100


# The compact Dutch pipeline that ships inside the package (training/README.md):
# `model="b1check"` (or `--model b1check`) loads it.
SHIPPED_MODEL = Path(__file__).resolve().parent / "models" / "nl_b1check"
# The shipped pipeline as b1check runs it: the same weights, with spaCy's
# lemmatizer with a memory (lemmatizer.py). In dot notation: spaCy 3.7's
# spacy.load ignores a nested dict here.
SHIPPED_OVERRIDES = {"components.trainable_lemmatizer.factory": lemmatizer.FACTORY,
                     "nlp.tokenizer.@tokenizers": LAZY_TOKENIZER}
# spaCy's Dutch tokenizer, which adds its special cases when a text needs them (tokenizer.py).
LAZY_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": LAZY_TOKENIZER}}}


class ModelNotFound(Exception):
    """The user asked for a trained pipeline that is not installed or does not load."""

    def __init__(self, model: str, reason: str | None = None) -> None:
        super().__init__(model)
        self.model = model
        self.reason = reason or f"de spaCy-pijplijn '{model}' is niet geïnstalleerd."


def model_problem(model: str | None) -> str | None:
    """Why the pipeline `model` cannot be used, in Dutch; None when it loads."""
    try:
        pipeline(model)
    except ModelNotFound as error:
        return error.reason
    return None


def is_parsed(doc: Doc) -> bool:
    """Does the Doc have part of speech and a dependency tree? Not with --fast,
    nor with a user pipeline without a tagger or parser. Asked once per Doc:
    without a parse, `has_annotation` looks at every token to be sure."""
    known = _PARSED.get(doc)
    if known is None:
        known = _PARSED[doc] = doc.has_annotation("DEP") and doc.has_annotation("POS")
    return known


_PARSED: WeakKeyDictionary = WeakKeyDictionary()


@dataclass
class Analysis:
    """One analysed document: the source and the spaCy Doc of its text."""

    source: SourceText
    doc: Doc
    paragraphs: list[Span]
    sentences: list[Span]  # doc.sents, computed once: spaCy rebuilds it on every call
    # Runs of characters without a space longer than LONG_RUN: (start, end) in source.text.
    long_runs: list[tuple[int, int]] = field(default_factory=list)
    _starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._starts = [sentence.start for sentence in self.sentences]

    def sentences_in(self, span: Span) -> list[Span]:
        """The sentences that start in `span`."""
        return self.sentences[bisect_left(self._starts, span.start) : bisect_left(self._starts, span.end)]

    def sentence_of(self, index: int) -> Span:
        """The sentence of token `index` (Token.sent scans the document each time)."""
        return self.sentences[bisect_right(self._starts, index) - 1]




# Hash of a lower-case form → its lemma. The lemma is kept as text and added to
# each Doc's strings: another pipeline has other strings, and spaCy 3.8 forgets
# the strings made in a memory zone.
_lemma_of: dict[int, str] = {}


@Language.component("b1_lemmas")
def set_lemmas(doc: Doc) -> Doc:
    add = doc.vocab.strings.add
    table = lemmas.lemma_table()
    ids = []
    for lower_id in doc.to_array(LOWER).tolist():
        lemma = _lemma_of.get(lower_id)
        if lemma is None:
            lower = doc.vocab.strings[lower_id]
            lemma = _lemma_of[lower_id] = table.get(lower, lower)
        ids.append(add(lemma))
    if ids:
        doc.from_array([LEMMA], numpy.array(ids, dtype="uint64"))
    for index in doc.user_data.get(PLACEHOLDERS, {}):
        doc[index].lemma_ = doc[index].text
    return doc


# Universal Dependencies: a verb attached as one of these is AUX, any other verb is VERB.
AUXILIARY_RELATIONS = frozenset({"aux", "aux:pass", "cop"})
VERBS = frozenset({"AUX", "VERB"})


@Language.component("b1_aux_or_verb")
def aux_or_verb(doc: Doc) -> Doc:
    """AUX or VERB as the parse says: "Wij *hebben* uw brief ontvangen" (AUX)
    against "Wij *hebben* een kopie nodig" (VERB).

    The morphologizer guesses this from the words around the verb; the parser
    sees the structure. On the UD dev files this raises UPOS by 0.1-0.4 points
    (model card, benchmarks/parser_accuracy.py). Only verbs change; using the
    CGN tag for the other parts of speech was measured too and did not help.
    """
    for token in doc:
        if token.pos_ in VERBS:
            token.pos_ = "AUX" if token.dep_ in AUXILIARY_RELATIONS else "VERB"
    return doc


def _line_text_before(doc: Doc, index: int) -> str:
    """The text of the line that ends just before token `index`."""
    start = doc[index].idx
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start - 1) + 1
    return text[line_start:start].strip()


def _starts_line_sentence(doc: Doc, index: int, newlines: int, unwrapped: frozenset[int] = frozenset()) -> bool:
    """Does the line break before token `index` also end a sentence? `unwrapped`: the starts of
    the lines in blocks that were not wrapped (`unwrapped_lines`)."""
    if newlines >= 2:
        return True
    token = doc[index]
    if BULLET.match(token.text) or placeholder(token) is not None:
        return True
    previous = _line_text_before(doc, index)
    if not previous:
        return True
    if _initial_before_name(previous, token):
        return False
    if previous[-1] in ".!?:;" or previous[-1] in "”’\")»" and len(previous) > 1:
        return True
    if token.text[:1].islower():
        return False
    if len(previous) < WRAPPED_LINE:
        return True
    # In a block no program wrapped, a capital begins a sentence, unless the line before ends on a
    # word that cannot end one ("… met uw" / "DigiD …"); a digit or a bracket may go on with it.
    return (token.text[:1].isupper() and _line_start(doc, index) in unwrapped
            and previous.rsplit(None, 1)[-1].lower() not in _OPEN_ENDINGS)


# Initials at the end of a wrapped line ("onder leiding van projectleider J." / "Boerema."): a
# hard-wrapped mail breaks a name there. Not a short line ("in zaal B." / "Na afloop …"), nor a letter
# that names a part ("zie bijlage A." / "Wij …").
_NAMED_PARTS = frozenset(
    "bijlage bijlagen artikel lid fase optie variant categorie groep type klasse blok punt hoofdstuk "
    "paragraaf deel model plan versie route zone gebied vak".split())


def _initial_before_name(previous: str, token: Token) -> bool:
    """Does the line before end on a person's initials, and this line go on with the surname?"""
    if len(previous) < WRAPPED_LINE or not token.is_alpha or not token.text[:1].isupper():
        return False
    *before, last = previous.split()
    return (bool(before) and bool(INITIALS.match(last)) and token.text not in URL_THEN_SENTENCE
            and before[-1].lower().strip("(,") not in _NAMED_PARTS)


# Words a sentence does not end on: an article, a possessive, a preposition, a conjunction.
_OPEN_ENDINGS = frozenset(
    "de het een uw je jouw mijn ons onze zijn haar hun van voor met naar op in aan bij om te tot door over "
    "uit en of maar dat die als".split())
# A web or e-mail address: mail programs never wrap one, so it says nothing of how a block was wrapped.
_ADDRESS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+", re.IGNORECASE)


def _line_start(doc: Doc, index: int) -> int:
    """Where the line of token `index` starts in the text."""
    return doc_text(doc).rfind("\n", 0, doc[index].idx) + 1


def _measured_length(line: str) -> int:
    """A line's length without its web and e-mail addresses, indentation and the "\r" of a
    Windows line end: what a mail program would have wrapped."""
    if "@" in line or "://" in line or "www." in line.lower():
        line = _ADDRESS.sub("", line)
    return len(line.strip())


def _unwrapped_of(doc: Doc) -> frozenset[int]:
    """`unwrapped_lines` of the doc's text (asked by the sentences and by the paragraphs; not kept in
    the doc's user_data, which a doc made of pieces would take over from its first piece)."""
    text = doc_text(doc)
    return unwrapped_lines(text) if "\n" in text else frozenset()


def unwrapped_lines(text: str) -> frozenset[int]:
    """The starts of the lines (not the first of its block) in each block of lines between blank
    lines that has a line longer than LONGEST_WRAPPED_LINE: no program wrapped that block."""
    found: set[int] = set()
    block: list[int] = []
    longest = 0
    offset = 0
    for line in text.split("\n") + [""]:
        if line.strip():
            block.append(offset)
            longest = max(longest, _measured_length(line))
        else:
            if longest > LONGEST_WRAPPED_LINE:
                found.update(block[1:])
            block, longest = [], 0
        offset += len(line) + 1
    return frozenset(found)


# An acronym with the full stop of its sentence: two capitals or more, "&" or "-" between them,
# no full stop inside ("A.B." are initials).
ACRONYM_STOP = re.compile(r"^[A-Z][A-Z&-]*[A-Z]\.$")


def _ends_sentence(token: Token) -> bool:
    text = token.text
    if text in SENTENCE_END or (token.is_punct and text[-1:] in "!?" and len(text) <= 3):
        return True
    if len(text) > 3 and text.endswith(".") and text[:-1].isalpha() and text[0].islower():
        # spaCy keeps the full stop on some ordinary words it also knows as
        # abbreviations ("pas.", "vol."): a word that is not one of our
        # abbreviations ends the sentence.
        word = text[:-1]
        return word in lemmas.lemma_table() and text.lower() not in _short_abbreviations()
    if text in CLOSERS and token.i > 0:
        return _ends_sentence(token.doc[token.i - 1])
    if ACRONYM_STOP.match(text):
        # spaCy keeps the full stop on an acronym: "vastgesteld door het college van B&W. In het plan …"
        # (the sentence splitter only starts a new one before a capital: `split_sentences`)
        return True
    # "Op 3 mei jl. Naar aanleiding van …": a capital after such an abbreviation begins a sentence.
    return text.lower() in _closing_abbreviations()


# Words with a capital that open a sentence, never go on one after a link.
URL_THEN_SENTENCE = frozenset({
    "Dan", "U", "Wij", "We", "Ik", "Je", "Jij", "Daar", "Hier", "Heeft", "Hebt", "Bent", "Wilt", "Kunt", "Kijk",
    "Bel", "Mail", "Stuur", "Lees", "Vul", "Als", "Let", "Meer", "Ook", "Zo", "Dit", "Deze", "Er", "Met",
})


# No sentence runs longer than this many words: text without full stops (a table dump, a pasted
# list) would otherwise be one "sentence", and the checks that look across a sentence for each
# finding take time in proportion to its square. A cut one is still reported as far too long.
MAX_SENTENCE_WORDS = 300


@Language.component("b1_sentences")
def split_sentences(doc: Doc) -> Doc:
    """Sentence boundaries for letters: punctuation, line breaks, lists, blocks."""
    starts: list[bool] = []
    previous_space = 0  # newlines in the space before the current token
    after_end = False
    words = 0  # words in the sentence so far
    last_word = None  # the token before, not counting spaces
    unwrapped = _unwrapped_of(doc)
    for token in doc:
        if token.is_space:
            starts.append(not starts)
            previous_space += token.text.count("\n")
            continue
        if not starts:
            start = True
        elif previous_space:
            start = after_end or _starts_line_sentence(doc, token.i, previous_space, unwrapped)
        elif after_end:
            start = not token.text[:1].islower() and token.text not in CLOSERS and token.text not in CONTINUERS
        else:
            # "Kijk op www.gemeente.nl/afval Dan ziet u …": the full stop after a link is missing, and
            # a word that only opens a sentence begins the next one
            start = token.text in URL_THEN_SENTENCE and last_word is not None and last_word.like_url
        words = 1 if start else words + 1
        if words > MAX_SENTENCE_WORDS:
            start, words = True, 1
        starts.append(start)
        last_word = token
        previous_space = 0
        # A newline inside a token's trailing space never happens in spaCy;
        # the newline is its own token, handled above.
        after_end = _ends_sentence(token) and not (
            token.i + 1 < len(doc) and doc[token.i + 1].text in CLOSERS
        )
    # One write for the whole document: setting token.is_sent_start one by one
    # makes spaCy re-check the document each time (quadratic in its length).
    if starts:
        flags = numpy.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64")
        doc.from_array([SENT_START], flags)
    return doc


def _placeholder_tokens(starts: list[int], ends: list[int], placeholders) -> dict[int, tuple[int, str]]:
    """First token → (token after the last, name) of each placeholder, for tokens at
    `starts`/`ends`, as `doc.char_span(…, alignment_mode="expand")` would find its tokens;
    a placeholder that shares a token with an earlier one is left out."""
    end_of_text = ends[-1] if ends else 0  # the text has no white space at its end
    found: dict[int, tuple[int, str]] = {}
    taken = -1  # the last token of a fill_in so far
    for fill_in in sorted(placeholders, key=lambda p: p.start):
        if not 0 <= fill_in.start < fill_in.end <= end_of_text:
            continue
        first = bisect_right(starts, fill_in.start) - 1
        last = bisect_right(starts, fill_in.end - 1) - 1
        if first >= 0 and fill_in.start == ends[first]:
            first += 1  # in the space after a token, not in the token
        if first < 0 or first > last or first <= taken:
            continue
        found[first] = (last + 1, fill_in.name)
        taken = last
    return found


def _edges_sound(doc: Doc) -> bool:
    """Does each token of a doc without a parse span only itself?

    spaCy's tokenizer (3.7) copies the tokens of a special case that splits a
    piece in two ("n.C.?" → "n.", "C.", "?") with the edges they had on their
    own, and moves the tokens after them without changing theirs: from there
    on, every token's left and right edge points one token further on, the
    last one past the end of the doc. A parse sets them again; without one
    (`--fast`), asking a token for its children then reads memory outside the
    doc, and the process crashed (a segmentation fault, on UD Dutch text).
    """
    try:
        return all(token.left_edge.i == token.i == token.right_edge.i for token in doc)
    except IndexError:
        return False


def _rebuilt(doc: Doc, text: str, placeholders, stand_ins: _StandIns | None) -> Doc:
    """`doc` again, from the real characters of `text` (the tokenizer may have
    seen stand-ins, `_tokenizer_text`) and with every template placeholder as
    one token.

    Built as one new Doc: spaCy's retokenizer takes time in proportion to the
    square of the number of merges (a text of 20,000 «velden» took 16 s).
    """
    real = stand_ins.real if stand_ins is not None else int
    starts = [real(token.idx) for token in doc]
    ends = [real(token.idx + len(token)) for token in doc]
    merges = _placeholder_tokens(starts, ends, placeholders)
    words, spaces, kept, names = [], [], [], {}
    index = 0
    while index < len(doc):
        last = index
        if index in merges:
            end, names[len(words)] = merges[index]
            last = end - 1
        else:
            kept.append((len(words), index))
        words.append(text[starts[index] : ends[last]])
        spaces.append(bool(doc[last].whitespace_))
        index = last + 1
    rebuilt = Doc(doc.vocab, words=words, spaces=spaces)
    # Token norms that the tokenizer's special cases set (a no-break space) stay.
    norms = rebuilt.to_array([NORM])
    if kept:
        new, old = numpy.array(kept, dtype="int64").T
        norms[new] = doc.to_array([NORM])[old]
    rebuilt.from_array([NORM], norms.reshape(-1, 1))
    for position, name in names.items():
        rebuilt[position]._.placeholder = name
    rebuilt.user_data[PLACEHOLDERS] = names
    return rebuilt


@lru_cache(maxsize=4)
def pipeline(model: str | None = None) -> Language:
    if model is None:
        nlp = spacy.blank("nl", config=LAZY_CONFIG)
        _add_abbreviations(nlp)
        nlp.add_pipe("b1_lemmas")
        nlp.add_pipe("b1_sentences")
        return nlp
    try:
        if model == "b1check":
            # The shipped tokenizer is spaCy's Dutch default, which Language already
            # built; reading the saved copy would build it a second time (about 1.3 s).
            nlp = spacy.load(SHIPPED_MODEL, exclude=["tokenizer"], config=SHIPPED_OVERRIDES)
        else:
            nlp = spacy.load(model)
    except OSError:
        raise ModelNotFound(model) from None
    except Exception as error:  # noqa: BLE001 - an incompatible or broken pipeline
        raise ModelNotFound(model, f"de spaCy-pijplijn '{model}' kan niet geladen worden ({error}).") from None
    _add_abbreviations(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("b1_aux_or_verb")
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    nlp.add_pipe("b1_sentences", before=first) if first else nlp.add_pipe("b1_sentences")
    return nlp


@lru_cache(maxsize=1)
def _short_abbreviations() -> frozenset[str]:
    return frozenset(e.abbreviation.lower() for e in default_abbreviations() if e.kind == "short")


@lru_cache(maxsize=1)
def _closing_abbreviations() -> frozenset[str]:
    return frozenset(e.abbreviation.lower() for e in default_abbreviations() if e.closes)


# spaCy's Dutch tokenizer keeps these whole as abbreviations ("u." for uur);
# in a letter they are nearly always a pronoun before a full stop: "Ik bel u."
PRONOUNS_BEFORE_STOP = ("u", "U", "me", "Me")


def _add_abbreviations(nlp: Language) -> None:
    """Keep the short abbreviations of the word list whole (`tel.`, `dhr.`), so
    that their full stop does not end a sentence."""
    for pronoun in PRONOUNS_BEFORE_STOP:
        nlp.tokenizer.add_special_case(pronoun + ".", [{ORTH: pronoun}, {ORTH: "."}])
    for entry in default_abbreviations():
        form = entry.abbreviation
        if entry.kind != "short" or not form.endswith(".") or " " in form:
            continue
        for variant in {form, form.lower(), form[:1].upper() + form[1:]}:
            nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])


def _paragraphs(doc: Doc) -> list[Span]:
    """The paragraphs: text between blank lines; in a block that no program wrapped
    (`unwrapped_lines`), also each line that begins a sentence."""
    paragraphs = []
    start = None
    unwrapped = _unwrapped_of(doc)
    for token in doc:
        if token.is_space and (token.text.count("\n") >= 2 or unwrapped and _new_line_paragraph(doc, token, unwrapped)):
            if start is not None:
                paragraphs.append(doc[start : token.i])
                start = None
        elif start is None and not token.is_space:
            start = token.i
    if start is not None:
        end = len(doc)
        while end > start and doc[end - 1].is_space:
            end -= 1
        paragraphs.append(doc[start:end])
    return paragraphs


def _new_line_paragraph(doc: Doc, space: Token, unwrapped: frozenset[int]) -> bool:
    """Does the line after this space (one line break) begin a paragraph of an unwrapped block?"""
    if "\n" not in space.text or space.i + 1 >= len(doc):
        return False
    following = doc[space.i + 1]
    return following.is_sent_start and _line_start(doc, following.i) in unwrapped


# Per pipeline: the pieces of text its tokenizer split on their own, and how many special
# cases a LazyTokenizer had added then (each one added empties spaCy's cache).
_split_pieces: WeakKeyDictionary[Language, tuple[int, set[str]]] = WeakKeyDictionary()
SPLIT_PIECES = 500_000  # at most; then the cache is as spaCy leaves it


def _fill_tokenizer_cache(nlp: Language, text: str) -> None:
    """Let spaCy's tokenizer split each new piece of the text (a stretch
    between spaces) on its own first.

    The tokenizer keeps how it split each piece, but in a text it stops
    keeping them after the first special case: a line break (spaCy's
    defaults make it one), an abbreviation such as "dhr.", an initial. Every
    word after it went through the prefix, suffix and infix patterns again,
    in every letter. A piece split on its own is kept (unless it holds a
    special case itself), and splitting it in the letter then takes the kept
    tokens: the same tokens, found faster. Measured with the tokenizer
    alone, once the words have been seen: about 2.5 µs a word instead of 9
    (letters of UD sentences) to 19 (the letters of benchmarks/speed.py).

    It stops when the cache is full: spaCy 3.8 keeps at most
    `max_cache_size` pieces (10,000), and keeps none in a memory zone; a
    piece split twice would then cost time instead of saving it.
    """
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer) or getattr(nlp.vocab, "in_memory_zone", False):
        return
    added, split = 0, tokenizer
    if isinstance(tokenizer, LazyTokenizer):
        tokenizer.prepare(text)  # the special cases first: adding one later would empty the cache
        added = tokenizer.added
        split = partial(Tokenizer.__call__, tokenizer)  # (a piece of the text needs no other case)
    known, done = _split_pieces.get(nlp, (added, set()))
    if known != added:
        done = set()
    _split_pieces[nlp] = (added, done)
    if len(done) >= min(getattr(tokenizer, "max_cache_size", SPLIT_PIECES), SPLIT_PIECES):
        return
    new = set(text.split()) - done
    for piece in new:
        split(piece)
    done.update(new)


# A run of characters without a space longer than LONG_RUN (tokens.py) is no
# word a reader can read (rule DIF003), unless it is a web or e-mail address. spaCy's
# tokenizer takes time in proportion to the square of a run's length when the
# run holds punctuation marks or symbols in a row (it splits them off one at a
# time, and some of its patterns search the whole rest of the run each time;
# 20,000 emoji took minutes), or many colons (its web-address pattern searches
# on from every colon). So a long run that is not an address reaches the
# tokenizer as its first and last EDGE characters with "x"s in between: one
# token (plus what the tokenizer splits off its ends), which keeps the real
# characters. An address is tokenized as it stands; one with a stretch of more
# than SYMBOLS symbols or more than SYMBOLS colons counts as no address.
EDGE = 20
SYMBOLS = 4
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{LONG_RUN + 1},}}")
_SYMBOLS = re.compile(rf"[^\w\s]{{{SYMBOLS + 1}}}|_{{{SYMBOLS + 1}}}")
# What a web or e-mail address is made of (letters of any script, no emoji), and the marks around one.
_ADDRESS = re.compile(r"[\w./:?#\[\]@!$&'()*+,;=%~-]+")
_EDGE_MARKS = "()[]<>{}\"'.,;:!?«»“”‘’"
LONG_RUNS = "b1check.long_runs"  # doc.user_data key: the runs longer than LONG_RUN


def long_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of characters without a space longer than LONG_RUN."""
    return [match.span() for match in _LONG_RUN.finditer(text)]


def is_address(run: str) -> bool:
    """Is this run of characters a web or e-mail address (with the marks around it)?"""
    if _SYMBOLS.search(run) is not None or run.count(":") > SYMBOLS:
        return False
    core = run.strip(_EDGE_MARKS)
    return _ADDRESS.fullmatch(core) is not None and (like_url(core) or like_email(core))


ADDRESS_LINE_WORDS = 8  # the words a line of an address has at most
ADDRESS_REACH = 200  # characters either side of the word that are read for an address
# What a postal address has: "Postbus 20350", "Antwoordnummer 123", a postcode "2500 EJ" (capitals:
# "in 2024 en" is no postcode).
_POSTAL = re.compile(r"(?i:\b(?:postbus|antwoordnummer)\b)|\b[1-9]\d{3} ?[A-Z]{2}\b")
# A line with a street and a house number, as in an address block: "Stationsweg 1", "Markt 12a".
_STREET = re.compile(r"[ \t]*[A-Z][\w.'-]*(?: [\w.'-]+){0,3} \d{1,5}(?: ?[a-zA-Z]| ?-\d+)?[ \t]*$")


def in_postal_address(text: str, start: int, sentence: str) -> bool:
    """Does the word at `start` stand in a postal address: on a line or in a `sentence` with a
    Postbus, Antwoordnummer or postcode ("Per post: Ministerie van VWS, t.a.v. directie WJZ, Postbus
    20350"), or first on a short line just above such a line ("t.a.v. ScanPlaza, kamer 4.031" above
    "Postbus 20350")? A hard wrap that opens a line of running text with the word is no address.
    Only `ADDRESS_REACH` characters either side are read: a line of a megabyte costs no more."""
    low = max(0, start - ADDRESS_REACH)
    line_start = text.rfind("\n", low, start) + 1 or low
    line_end = text.find("\n", start, start + ADDRESS_REACH)
    line = text[line_start : min(len(text), start + ADDRESS_REACH) if line_end == -1 else line_end]
    if _POSTAL.search(line) or _POSTAL.search(sentence):
        return True
    if line_end == -1 or text[line_start:start].strip(" \t-•*") or len(line.split()) > ADDRESS_LINE_WORDS:
        return False
    below = text[line_end + 1 : line_end + 1 + ADDRESS_REACH].split("\n")[:2]  # the next two lines
    return any(_POSTAL.search(following) or _STREET.match(following) for following in below)


@dataclass(frozen=True)
class _StandIns:
    """Where the tokenizer's text has one "x" for the middle of a long run (`_tokenizer_text`)."""

    at: list[int]  # positions of the "x"s in the tokenizer's text
    added: list[int]  # characters the "x"s up to this one stand for beyond themselves

    def real(self, position: int) -> int:
        """The offset in the real text of an offset in the tokenizer's text."""
        before = bisect_left(self.at, position)  # stand-ins that end at or before `position`
        return position + (self.added[before - 1] if before else 0)


def _tokenizer_text(text: str, runs: list[tuple[int, int]]) -> tuple[str, _StandIns | None]:
    """The text as the tokenizer gets it: the middle of every long run that is not an
    address becomes one "x" (see LONG_RUN), so that the tokenizer's work on the run does
    not grow with its length; and where those stand-ins are (None: `text` itself)."""
    pieces, position, at, added = [], 0, [], []
    for start, end in runs:
        if is_address(text[start:end]):
            continue
        middle, after = start + EDGE, end - EDGE
        pieces += [text[position:middle], "x"]
        at.append(middle - (added[-1] if added else 0))
        added.append((added[-1] if added else 0) + after - middle - 1)
        position = after
    if not at:
        return text, None
    return "".join(pieces) + text[position:], _StandIns(at, added)


def _prepared(nlp: Language, source: SourceText) -> Doc:
    """The tokens of the text, with each template placeholder as one token.

    Whitespace at the very end of the text gets no token: the parser would
    take it into the last sentence, and whether a file ends in a newline (a
    .txt file mostly does, text from a .docx does not) must not change the
    parse. Every token keeps its place in the text. The tokenizer is called
    directly, not through `nlp.make_doc`: a long text is analysed in pieces
    (`_annotate_in_pieces`), so spaCy's `max_length` does not apply.
    """
    text = source.text.rstrip()
    runs = long_runs(text)
    tokenized, stand_ins = _tokenizer_text(text, runs)
    _fill_tokenizer_cache(nlp, tokenized)
    doc = nlp.tokenizer(tokenized)
    # (a parser sets every token's edges again; without one, wrong edges must not stay)
    if stand_ins is not None or source.placeholders or (not nlp.has_pipe("parser") and not _edges_sound(doc)):
        doc = _rebuilt(doc, text, source.placeholders, stand_ins)
    doc.user_data[TEXT] = source.text
    doc.user_data[LONG_RUNS] = runs
    return doc


# A text longer than LONG_TEXT (or LONG_TOKENS, below) goes through the trained pipeline in
# pieces of about PIECE characters (fewer in a dense text: PIECE_TOKENS), cut where a paragraph starts: the parser's memory
# grows with what it is given at once (about 17 kB a word), and spaCy refuses
# more than `max_length` characters. Each piece is given CONTEXT tokens of
# the text before and after it, more than any word of the shipped pipeline
# looks at (its tok2vec sees 4 tokens to each side; a sentence never crosses
# a paragraph break), and its annotations are copied into one Doc of the
# whole text: the result is that of one piece. A text without paragraph
# breaks is cut at line breaks, and without those at spaces; a sentence cut
# in two that way is parsed as two.
LONG_TEXT = 50_000
PIECE = 20_000
CONTEXT = 64
PIECES_AT_ONCE = 2
# A piece holds about PIECE_TOKENS tokens at most: 20,000 characters of letter text are about
# 3,500 tokens, but of a dense text (one-letter lines: two tokens in two characters) 20,000,
# and the parser's memory follows the tokens (656 MB at the peak for 100,000 characters of them).
PIECE_TOKENS = 5_000
# A text of more tokens than this goes in pieces too, however few its characters (a letter of
# LONG_TEXT characters has about 12,000 tokens; 25,000 one-letter lines, 50,000, peaked at 769 MB).
LONG_TOKENS = 2 * PIECE_TOKENS


def _piece_size(doc: Doc) -> int:
    """Characters a piece of `doc` has: PIECE, less in a text with more tokens per character."""
    return max(1, min(PIECE, PIECE_TOKENS * len(doc_text(doc)) // max(len(doc), 1)))


def _cuts(doc: Doc, piece: int) -> list[int]:
    """Token indices where the pieces of `doc` start, each about `piece` characters after the
    last: a paragraph start if there is one within another `piece` characters, else a line
    start, else any word."""
    ranked: tuple[list[int], list[int], list[int]] = ([], [], [])  # paragraph, line, word starts
    for token in doc[1:]:
        if token.is_space:
            continue
        previous = doc[token.i - 1]
        if previous.is_space:
            newlines = previous.text.count("\n")
            ranked[0 if newlines >= 2 else 1 if newlines else 2].append(token.i)
        elif previous.whitespace_:
            ranked[2].append(token.i)
    starts = [[doc[index].idx for index in indices] for indices in ranked]
    cuts, last = [0], 0
    while True:
        target, chosen = last + piece, None
        for rank, (indices, chars) in enumerate(zip(ranked, starts)):
            found = bisect_left(chars, target)
            if found == len(chars) or (rank < 2 and chars[found] >= target + piece):
                continue  # none, or too far on: a start of the next rank
            chosen = indices[found]
            break
        if chosen is None:
            return cuts
        cuts.append(chosen)
        last = doc[chosen].idx


def _annotation_attrs(doc: Doc) -> list[int]:
    """The annotations a pipeline put on `doc`, as spaCy attribute ids."""
    attrs = [LEMMA] + [attr for attr, name in ((TAG, "TAG"), (POS, "POS"), (MORPH, "MORPH")) if doc.has_annotation(name)]
    if doc.has_annotation("DEP"):
        attrs += [DEP, HEAD]  # the sentence starts follow from the tree
    else:
        attrs.append(SENT_START)
    if doc.has_annotation("ENT_IOB"):
        attrs += [ENT_IOB, ENT_TYPE]
    return attrs


def _piece(doc: Doc, norms, placeholders: list[tuple[int, str]], start: int, end: int) -> Doc:
    """Tokens `start` to `end` of the prepared `doc` as a Doc of their own, with their
    norms and placeholders (`norms`, `placeholders`: the whole doc's, found once, in
    order) and the text. Not `Span.as_doc`: that copies the arrays of the whole doc for
    every piece."""
    tokens = doc[start:end]
    piece = Doc(doc.vocab, words=[token.text for token in tokens], spaces=[bool(token.whitespace_) for token in tokens])
    piece.from_array([NORM], norms[start:end])
    first = doc[start].idx
    piece.user_data[TEXT] = doc.user_data[TEXT][first : doc[end - 1].idx + len(doc[end - 1])]
    inside = placeholders[bisect_left(placeholders, (start, "")) : bisect_left(placeholders, (end, ""))]
    piece.user_data[PLACEHOLDERS] = {index - start: name for index, name in inside}
    for index, name in inside:
        piece[index - start]._.placeholder = name
    return piece


def _annotate_in_pieces(nlp: Language, doc: Doc) -> Doc:
    """Run the pipeline over a long prepared `doc` piece by piece, and put the annotations on `doc`."""
    cuts = _cuts(doc, _piece_size(doc)) + [len(doc)]
    spans = [(max(0, first - CONTEXT), first, last, min(len(doc), last + CONTEXT)) for first, last in zip(cuts, cuts[1:])]
    norms = doc.to_array([NORM]).reshape(-1, 1)
    placeholders = sorted(doc.user_data.get(PLACEHOLDERS, {}).items())
    pieces = (_piece(doc, norms, placeholders, before, after) for before, _first, _last, after in spans)
    arrays, attrs = [], None
    for (before, first, last, _after), piece in zip(spans, _pipe(nlp, pieces, PIECES_AT_ONCE)):
        attrs = attrs or _annotation_attrs(piece)
        array = piece.to_array(attrs)[first - before : last - before]
        if ENT_IOB in attrs and len(array) and array[0, attrs.index(ENT_IOB)] == 1:
            array[0, attrs.index(ENT_IOB)] = 3  # an entity cut in two: its second part begins ("I" → "B")
        if HEAD in attrs:
            # A head outside this piece's own tokens (a sentence cut in two) becomes a root.
            column = attrs.index(HEAD)
            heads = array[:, column].astype("int64")
            offsets = numpy.arange(len(heads))
            outside = (offsets + heads < 0) | (offsets + heads >= len(heads))
            heads[outside] = 0
            array[:, column] = heads.astype("uint64")
        arrays.append(array)
    doc.from_array(attrs, numpy.concatenate(arrays))
    return doc


def _compact(doc: Doc) -> tuple[Doc, numpy.ndarray] | None:
    """`doc` without its runs of white space (line breaks, blanked template tags), with
    its norms, placeholders and sentence starts; and the index in `doc` of each of its
    tokens. None if `doc` has no such run."""
    space = doc.to_array(IS_SPACE).astype(bool)
    if not space.any():
        return None
    keep = numpy.flatnonzero(~space)
    if not len(keep):
        return None
    following_space = numpy.append(space[1:], False).tolist()
    words, spaces = [], []
    for token in doc:  # one pass: indexing a Doc token by token costs more than the parse saves
        if not token.is_space:
            words.append(token.text)
            spaces.append(bool(token.whitespace_) or following_space[token.i])
    compact = Doc(doc.vocab, words=words, spaces=spaces)
    starts = doc.to_array([SENT_START]).reshape(-1).astype("int64")[keep]
    starts[0] = 1
    compact.from_array([NORM, SENT_START], numpy.stack(
        [doc.to_array([NORM]).reshape(-1)[keep], starts.astype("uint64")]).T)
    position = {int(full): index for index, full in enumerate(keep)}
    names = {position[i]: name for i, name in doc.user_data.get(PLACEHOLDERS, {}).items() if i in position}
    for index, name in names.items():
        compact[index]._.placeholder = name
    compact.user_data[PLACEHOLDERS] = names
    compact.user_data[TEXT] = doc.text
    return compact, keep


def _copy_back(doc: Doc, compact: Doc, keep: numpy.ndarray) -> Doc:
    """The annotations of `compact` on the words of `doc`. A run of white space is no
    word: its part of speech is SPACE, and it hangs from the word before it (the
    first word, at the start), heading nothing."""
    attrs = _annotation_attrs(compact)
    values = compact.to_array(attrs).astype("uint64")  # string hashes use all 64 bits
    full = numpy.zeros((len(doc), len(attrs)), dtype="uint64")
    full[keep] = values
    space = numpy.ones(len(doc), dtype=bool)
    space[keep] = False
    spaces = numpy.flatnonzero(space)
    # each white-space run takes the nearest word before it (after it, at the start)
    anchor = keep[numpy.maximum(numpy.searchsorted(keep, spaces) - 1, 0)]
    strings = doc.vocab.strings
    for attr, value in ((POS, strings.add("SPACE")), (TAG, strings.add("_SP")), (DEP, strings.add("punct"))):
        if attr in attrs:
            full[spaces, attrs.index(attr)] = value
    if LEMMA in attrs:
        full[spaces, attrs.index(LEMMA)] = doc.to_array([ORTH]).reshape(-1)[spaces]  # its own text
    if HEAD in attrs:
        column = attrs.index(HEAD)
        relative = values[:, column].astype("int64")  # two's complement: negative offsets come back
        heads = keep[numpy.arange(len(keep)) + relative]  # absolute, in `doc`
        full[keep, column] = (heads - keep).astype("uint64")
        full[spaces, column] = (anchor - spaces).astype("uint64")
    if ENT_IOB in attrs:
        full[spaces, attrs.index(ENT_IOB)] = 2  # outside any entity
    doc.from_array(attrs, full)
    return doc


def _pipe(nlp: Language, docs: Iterable[Doc], batch_size: int):
    """The trained pipeline over `docs`, in order, each without its runs of white space.

    The shipped parser learned from sentences without line breaks: a line break in a
    wrapped e-mail ("een besluit te worden⏎genomen"), or a run of spaces where a
    template tag was blanked, can become a name, a finite verb or the root of a sentence
    in its eyes, and a verb nearby loses its part. The sentences are split first, on the
    whole text (line breaks and blank lines are what the splitter reads); the other
    components see the words alone, and their annotations go back on the whole text.
    """
    splitter = nlp.get_pipe("b1_sentences") if "b1_sentences" in nlp.pipe_names else None

    def prepared(doc: Doc):
        if splitter is not None:
            splitter(doc)
        return doc, _compact(doc)

    ahead, behind = tee(map(prepared, docs))
    inputs = (found[0] if found else doc for doc, found in ahead)
    disabled = ["b1_sentences"] if splitter is not None else []
    for (doc, found), done in zip(behind, nlp.pipe(inputs, batch_size=batch_size, disable=disabled)):
        yield _copy_back(doc, done, found[1]) if found else done


def _trained(nlp: Language) -> bool:
    """Does the pipeline hold trained components (whose memory grows with the text)?"""
    return any(hasattr(component, "model") for _name, component in nlp.pipeline)


def _analysis(source: SourceText, doc: Doc) -> Analysis:
    return Analysis(
        source=source,
        doc=doc,
        paragraphs=_paragraphs(doc),
        sentences=list(doc.sents),
        long_runs=doc.user_data.get(LONG_RUNS, []),
    )


def analyse(source: SourceText, model: str | None = None) -> Analysis:
    return analyse_many([source], model)[0]


def analyse_many(sources: list[SourceText], model: str | None = None) -> list[Analysis]:
    """`analyse` for each source, with the pipeline run over all of them at
    once (`nlp.pipe`). The parser and tok2vec then work on many letters per
    step: with 32 letters the parsed check is about 30 % faster
    (benchmarks/speed.py). A text longer than LONG_TEXT characters or
    LONG_TOKENS tokens goes through on its own, in pieces (`_annotate_in_pieces`)."""
    nlp = pipeline(model)
    docs = [_prepared(nlp, source) for source in sources]
    in_pieces = {index for index, (source, doc) in enumerate(zip(sources, docs))
                 if (len(source.text) > LONG_TEXT or len(doc) > LONG_TOKENS) and _trained(nlp)}
    rest = [doc for index, doc in enumerate(docs) if index not in in_pieces]
    batch = max(len(docs), 1)
    together = _pipe(nlp, rest, batch) if _trained(nlp) else nlp.pipe(rest, batch_size=batch)
    analysed = [_annotate_in_pieces(nlp, doc) if index in in_pieces else next(together) for index, doc in enumerate(docs)]
    return [_analysis(source, doc) for source, doc in zip(sources, analysed)]


# Many letters (`b1check check` with many files, `audit`) go through the
# pipeline BATCH at a time, in groups of at most BATCH_CHARACTERS.
BATCH = 32
BATCH_CHARACTERS = 50_000


def analyse_together(
    letters: list[tuple[SourceText, str | None]],
    guard: Callable[[], AbstractContextManager] = nullcontext,
) -> list[Analysis | None]:
    """Analyses of (source, model) pairs: the letters that share a pipeline go
    through it together (`analyse_many`), in groups of at most BATCH_CHARACTERS.

    None for a letter that is alone in its group, and for every letter of a
    group that fails or that `guard` (e.g. a time limit) stops: the caller
    analyses those one by one, so that one bad letter cannot spoil the others.
    """
    groups: dict[str | None, list[list[int]]] = {}  # model → groups of letter indices
    for index, (source, model) in enumerate(letters):
        for_model = groups.setdefault(model, [[]])
        characters = sum(len(letters[i][0].text) for i in for_model[-1])  # at most BATCH letters: cheap
        if for_model[-1] and characters + len(source.text) > BATCH_CHARACTERS:
            for_model.append([])
        for_model[-1].append(index)
    found: list[Analysis | None] = [None] * len(letters)
    for model, model_groups in groups.items():
        for indices in model_groups:
            if len(indices) < 2:
                continue
            try:
                with guard():
                    analyses = analyse_many([letters[i][0] for i in indices], model)
            except Exception:  # noqa: BLE001 - a time limit or a broken letter: one by one instead
                continue
            for index, analysis in zip(indices, analyses):
                found[index] = analysis
    return found
