"""Analyse a text with spaCy: tokens, lemmas, placeholders, sentences, paragraphs.

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
from bisect import bisect_right
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from weakref import WeakKeyDictionary

import numpy
import spacy
from spacy.attrs import LEMMA, LOWER, SENT_START
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from ..load.source import SourceText
from . import lemmas, lemmatizer
from .tokens import PLACEHOLDERS, is_word, placeholder  # noqa: F401  (part of this module's interface)
from .wordlists import default_abbreviations

if not Token.has_extension("placeholder"):
    Token.set_extension("placeholder", default=None)

SENTENCE_END = {".", "!", "?", "…", "?!", "!?", "..."}
CLOSERS = {'"', "'", "”", "’", ")", "»", "]", "''", "’’"}
BULLET = re.compile(r"^(?:[-*•–·▪►]|\d{1,2}[.)]|[a-z][.)])$")
# A line at least this long that does not end in punctuation was wrapped by
# the writer's mail program: the sentence goes on on the next line.
WRAPPED_LINE = 55


# The compact Dutch pipeline that ships inside the package (training/README.md):
# `model="b1check"` (or `--model b1check`) loads it.
SHIPPED_MODEL = Path(__file__).resolve().parent / "models" / "nl_b1check"
# The shipped pipeline as b1check runs it: the same weights, with spaCy's
# lemmatizer with a memory (lemmatizer.py). In dot notation: spaCy 3.7's
# spacy.load ignores a nested dict here.
SHIPPED_OVERRIDES = {"components.trainable_lemmatizer.factory": lemmatizer.FACTORY}


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
    nor with a user pipeline without a tagger or parser."""
    return doc.has_annotation("DEP") and doc.has_annotation("POS")


@dataclass
class Analysis:
    """One analysed document: the source and the spaCy Doc of its text."""

    source: SourceText
    doc: Doc
    paragraphs: list[Span]
    sentences: list[Span]  # doc.sents, computed once: spaCy rebuilds it on every call

    def sentences_in(self, span: Span) -> list[Span]:
        return [s for s in self.sentences if span.start <= s.start < span.end]

    def sentence_of(self, index: int) -> Span:
        """The sentence of token `index` (Token.sent scans the document each time)."""
        starts = [s.start for s in self.sentences]
        return self.sentences[bisect_right(starts, index) - 1]


TEXT = "b1check.text"  # doc.user_data key: the text the Doc was made from


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
    text = doc.user_data.get(TEXT) or doc.text  # Doc.text joins every token again
    line_start = text.rfind("\n", 0, start - 1) + 1
    return text[line_start:start].strip()


def _starts_line_sentence(doc: Doc, index: int, newlines: int) -> bool:
    """Does the line break before token `index` also end a sentence?"""
    if newlines >= 2:
        return True
    token = doc[index]
    if BULLET.match(token.text) or placeholder(token) is not None:
        return True
    previous = _line_text_before(doc, index)
    if not previous:
        return True
    if previous[-1] in ".!?:;" or previous[-1] in "”’\")»" and len(previous) > 1:
        return True
    if token.text[:1].islower():
        return False
    return len(previous) < WRAPPED_LINE


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
    return False


@Language.component("b1_sentences")
def split_sentences(doc: Doc) -> Doc:
    """Sentence boundaries for letters: punctuation, line breaks, lists, blocks."""
    starts: list[bool] = []
    previous_space = 0  # newlines in the space before the current token
    after_end = False
    for token in doc:
        if token.is_space:
            starts.append(not starts)
            previous_space += token.text.count("\n")
            continue
        if not starts:
            start = True
        elif previous_space:
            start = after_end or _starts_line_sentence(doc, token.i, previous_space)
        elif after_end:
            start = not token.text[:1].islower() and token.text not in CLOSERS
        else:
            start = False
        starts.append(start)
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


def _merge_placeholders(doc: Doc, source: SourceText) -> None:
    if not source.placeholders:
        return
    merged: list[tuple[int, str]] = []  # (start character, name)
    with doc.retokenize() as retokenizer:
        taken: set[int] = set()
        for found in source.placeholders:
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None or any(t.i in taken for t in span):
                continue
            taken.update(t.i for t in span)
            retokenizer.merge(span, attrs={"_": {"placeholder": found.name}})
            merged.append((span.start_char, found.name))
    # Token indices are only known after the merge.
    by_start = dict(merged)
    doc.user_data[PLACEHOLDERS] = {t.i: by_start[t.idx] for t in doc if t.idx in by_start}


@lru_cache(maxsize=4)
def pipeline(model: str | None = None) -> Language:
    if model is None:
        nlp = spacy.blank("nl")
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
    paragraphs = []
    start = None
    for token in doc:
        if token.is_space and token.text.count("\n") >= 2:
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


# Per pipeline: the pieces of text its tokenizer split on their own.
_split_pieces: WeakKeyDictionary[Language, set[str]] = WeakKeyDictionary()
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
    done = _split_pieces.setdefault(nlp, set())
    if len(done) >= min(getattr(tokenizer, "max_cache_size", SPLIT_PIECES), SPLIT_PIECES):
        return
    new = set(text.split()) - done
    for piece in new:
        tokenizer(piece)
    done.update(new)


def _prepared(nlp: Language, source: SourceText) -> Doc:
    """The tokens of the text, with each template placeholder as one token.

    Whitespace at the very end of the text gets no token: the parser would
    take it into the last sentence, and whether a file ends in a newline (a
    .txt file mostly does, text from a .docx does not) must not change the
    parse. Every token keeps its place in the text.
    """
    text = source.text.rstrip()
    _fill_tokenizer_cache(nlp, text)
    doc = nlp.make_doc(text)
    doc.user_data[TEXT] = source.text
    _merge_placeholders(doc, source)
    return doc


def _analysis(source: SourceText, doc: Doc) -> Analysis:
    return Analysis(source=source, doc=doc, paragraphs=_paragraphs(doc), sentences=list(doc.sents))


def analyse(source: SourceText, model: str | None = None) -> Analysis:
    return analyse_many([source], model)[0]


def analyse_many(sources: list[SourceText], model: str | None = None) -> list[Analysis]:
    """`analyse` for each source, with the pipeline run over all of them at
    once (`nlp.pipe`). The parser and tok2vec then work on many letters per
    step: with 32 letters the parsed check is about 30 % faster
    (benchmarks/speed.py)."""
    nlp = pipeline(model)
    docs = nlp.pipe([_prepared(nlp, source) for source in sources], batch_size=max(len(sources), 1))
    return [_analysis(source, doc) for source, doc in zip(sources, docs)]


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
