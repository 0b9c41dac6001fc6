"""What every rule shares: the registry, the context a rule reads, and `Hit`.

A rule is a function that reads a `Context` and yields `Hit`s. Its code,
category, severity and Dutch texts live in `wordlists/rules.toml`, so that a
language editor can review them; `b1check rule CODE` prints them.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate

from spacy.attrs import IS_TITLE, LOWER
from spacy.tokens import Span, Token

from ..analysis.clauses import (
    ClauseBeforeNoun,
    PhraseBeforeParticiple,
    StateBeforeNoun,
    clauses_before_noun,
    phrases_before_participle,
    states_before_noun,
)
from ..analysis.contact import (
    contact_details, contact_fields, emails, noreply_statements, phones, sender_is_named, signature_line_spans,
    closing_span, last_closing, sender_lines, signature_lines,
)
from ..analysis.difficulty import find_difficult_words
from ..analysis.foreign import is_foreign
from ..analysis.passive import find_passives
from ..analysis.self_reference import find_self_references, sender_words, sent_by_municipality
from ..analysis.structure import find_refusals, next_steps
from ..analysis.tone import find_tone
from ..analysis.phrases import finder_for, law_name_tokens
from ..language.analyse import Analysis, is_parsed, is_word
from ..load.source import SourceText
from ..language.wordlists import RuleInfo, rule_info  # noqa: F401  (the rules' texts, read from wordlists/)
from ..model import Severity
from ..settings import Settings


@dataclass(frozen=True)
class Hit:
    """A rule's finding, in offsets of the analysed text."""

    code: str
    start: int
    end: int
    params: dict = field(default_factory=dict)  # fills the message template
    suggestions: tuple[str, ...] = ()  # paste-ready replacements of the whole hit
    fix: str | None = None  # a safe replacement of the whole hit
    advice: tuple[str, ...] = ()  # instructions for the writer, never put in the text
    severity: Severity | None = None  # the word list's own severity for this hit, else the rule's


Check = Callable[["Context"], Iterable[Hit]]
CHECKS: dict[str, Check] = {}  # check name → function
CODES_OF: dict[str, tuple[str, ...]] = {}  # check name → the codes it can yield


def check(*codes: str) -> Callable[[Check], Check]:
    """Register a rule function and the codes it yields."""

    def register(function: Check) -> Check:
        CHECKS[function.__name__] = function
        CODES_OF[function.__name__] = codes
        return function

    return register


SIGNATURE_WORDS = 8  # a line of a signature: a name, a function, an organisation


class Context:
    """An analysed letter plus what several rules and the score need, computed once."""

    def __init__(self, analysis: Analysis, settings: Settings) -> None:
        self.analysis = analysis
        self.settings = settings
        self.doc = analysis.doc
        self.source = analysis.source

    @cached_property
    def parsed(self) -> bool:
        """Does the Doc have part of speech and a dependency tree (not --fast)?"""
        return is_parsed(self.doc)

    @cached_property
    def sentences(self) -> list[Span]:
        """The Dutch sentences with words: an English sentence (a bilingual notice) is no text to check."""
        foreign = self.foreign_sentences
        return [s for s in self.analysis.sentences if any(is_word(t) for t in s) and s.start not in foreign]

    @cached_property
    def sentences_any_language(self) -> list[Span]:
        """Every sentence with words, an English one too: a sentence of 35 words is long in any language."""
        return [s for s in self.analysis.sentences if any(is_word(t) for t in s)]

    @cached_property
    def data_lines(self) -> frozenset[int]:
        """The starts of the sentences that are data under a label, not running text: a line that
        opens with "Tijd:", "Locatie:" or "Datum:" and has no verb ("Tijd: van 19.00 – 20.00 uur:
        huisnummer 1 tot en met 71 …", with its wrapped next line). Only with the parse, which
        tells a verb; without it such a line counts as a sentence."""
        if not self.parsed:
            return frozenset()
        return frozenset(s.start for s in self.sentences_any_language if _data_line(s))

    def words_in(self, sentence: Span) -> int:
        """The words of a sentence of `sentences_any_language`."""
        if sentence.start in self.foreign_sentences:
            rest = self.phone_number_rest
            return sum(1 for t in sentence if is_word(t) and t.i not in rest)
        return self.word_count(sentence)

    @cached_property
    def foreign_sentences(self) -> frozenset[int]:
        """The starts of the sentences in another language (`foreign.is_foreign`). No rule that reads the
        language checks them: no rare words, no passive; the score leaves them out. Only their
        length counts (`sentences_any_language`)."""
        lowers, found = self.lowers, set()
        # A word with a capital inside a sentence is a name ("heer Du Bois", "mevrouw El Amrani"):
        # no function word of another language.
        titles = self.doc.to_array(IS_TITLE).tolist()
        previous = None
        for sentence in self.analysis.sentences:
            words = [lowers[i] for i in range(sentence.start, sentence.end) if i == sentence.start or not titles[i]]
            # the sentence before, in the same paragraph (no blank line after it), was not Dutch
            after_foreign = (previous is not None and previous.start in found
                             and not any(lowers[i].count("\n") >= 2 for i in range(previous.start, previous.end)))
            if is_foreign(words, after_foreign):
                found.add(sentence.start)
            previous = sentence
        return frozenset(found)

    @cached_property
    def foreign_tokens(self) -> frozenset[int]:
        return frozenset(i for s in self.analysis.sentences if s.start in self.foreign_sentences
                         for i in range(s.start, s.end))

    @cached_property
    def words(self) -> list[Token]:
        foreign = self.foreign_tokens
        return [t for t in self.doc if is_word(t) and t.i not in foreign]

    @cached_property
    def counted_words(self) -> list[Token]:
        """The words a sentence's length counts: a phone number is one ("bel 020 123 45 67" is 2
        words, not 5; reviews 99 and 102), however its groups are written."""
        rest = self.phone_number_rest
        return [t for t in self.words if t.i not in rest] if rest else self.words

    @cached_property
    def phone_number_rest(self) -> frozenset[int]:
        """The tokens of each phone number after its first."""
        rest: set[int] = set()
        for mention in self.phone_mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                words = [t.i for t in span if is_word(t)]  # "(020) 123 45 67": the bracket is no word
                rest.update(words[1:])
        return frozenset(rest)

    @cached_property
    def lowers(self) -> list[str]:
        """Every token in lower case, by index: cheaper than building Tokens. A word that
        comes back is one string object, not one per token (a long text repeats its words)."""
        strings, seen = self.doc.vocab.strings, {}
        return [seen.get(key) or seen.setdefault(key, strings[key]) for key in self.doc.to_array(LOWER).tolist()]

    @cached_property
    def _words_before(self) -> array:
        """How many words stand before each token (a compact array: a long text has millions)."""
        words = array("b", bytes(len(self.doc)))
        for token in self.counted_words:
            words[token.i] = 1
        return array("q", accumulate(words, initial=0))

    def word_count(self, span: Span) -> int:
        """Words in a span, in constant time."""
        return self._words_before[span.end] - self._words_before[span.start]

    @cached_property
    def phrase_matches(self):
        found = finder_for(self.settings.extra_phrase_files, self.settings.model).find(self.doc, self.settings.picky)
        foreign = self.foreign_tokens
        return [match for match in found if match.span.start not in foreign] if foreign else found

    @cached_property
    def passives(self):
        found = find_passives(self.doc)
        foreign = self.foreign_tokens
        return [p for p in found if p.start not in foreign] if foreign else found

    @cached_property
    def phrase_words(self) -> frozenset[int]:
        """The words a wording entry matched: its finding says what other rules would say about them."""
        return frozenset(index for match in self.phrase_matches if match.entry.category == "wording" for index in match.words)

    @cached_property
    def law_names(self) -> frozenset[int]:
        """The words of the names of laws and regulations (*Participatiewet*, an item of a list of
        laws: "- Kaderwet VWS-subsidies"): a title cannot be changed, so no word rule flags them."""
        return law_name_tokens(self.doc)

    @cached_property
    def signature_names(self) -> tuple[tuple[int, int], ...]:
        """(start, end) in the text of the short lines after the closing formula: the name,
        function and organisation of the sender ("Aryan van Driel" / "Algemeen directeur"), not
        a paragraph that follows the signature."""
        spans = signature_line_spans(self.letter.text, self.signature_start)
        return tuple((start, end) for start, end in spans if len(self.letter.text[start:end].split()) <= SIGNATURE_WORDS)

    @cached_property
    def difficult_words(self):
        return find_difficult_words(self, self.phrase_words)

    @cached_property
    def letter(self) -> SourceText:
        """The letter itself: the text without a document's footnotes and endnotes (blanked, so
        that offsets stay). The checks of the whole letter read this: a contact person, a phone
        number or the next step belongs in the letter, not in a note the reader may skip."""
        return self.source.letter_only()

    @cached_property
    def letter_sentences(self) -> list[Span]:
        end = self.source.letter_end
        return self.sentences if end is None else [s for s in self.sentences if s.start_char < end]

    @cached_property
    def letter_paragraphs(self) -> list[Span]:
        end = self.source.letter_end
        paragraphs = self.analysis.paragraphs
        return paragraphs if end is None else [p for p in paragraphs if p.start_char < end]

    @cached_property
    def contact(self):
        return contact_details(self.letter, self.phone_mentions, self.email_mentions, self.contact_fields)

    @cached_property
    def closing(self) -> tuple[int, int] | None:
        """Where the closing formula is ("Met vriendelijke groet,"), without the spaces around it."""
        return None if self._last_closing is None else closing_span(self._last_closing)

    @cached_property
    def _last_closing(self):
        return last_closing(self.letter.text)

    @cached_property
    def signature_start(self) -> int | None:
        """Where the closing formula ends ("Met vriendelijke groet,"), if the letter has one."""
        return None if self._last_closing is None else self._last_closing.end()

    @cached_property
    def contact_fields(self):
        """The template fields that stand for the sender's name, phone, e-mail or a link."""
        return contact_fields(self.letter, self.signature_start)

    @cached_property
    def phone_mentions(self):
        return phones(self.letter.text, [(p.start, p.end) for p in self.letter.placeholders], self.sender_known)

    @cached_property
    def sender_known(self) -> bool:
        """Does the letter name a person or team as its sender? Then its numbers reach them."""
        return sender_is_named(self.letter.text, any("person" in f.kinds for f in self.contact_fields))

    @cached_property
    def email_mentions(self):
        return emails(self.letter.text)

    @cached_property
    def noreply_mentions(self):
        """Sentences that say the reader cannot answer this message."""
        return noreply_statements(self.letter.text)

    @cached_property
    def refusals(self):
        """Sentences that say no to the reader, before the signature, each with its reason."""
        stop = self.signature_start
        return find_refusals(self.letter_sentences, self.parsed, len(self.source.text) if stop is None else stop,
                             self.source.choices)

    @cached_property
    def next_steps(self):
        """Sentences that say what happens next or what the reader must do."""
        return next_steps(self.letter_sentences, self.letter_paragraphs)

    @cached_property
    def tone_matches(self):
        """Threats, accusations and hard words, each in the context its entry needs."""
        return find_tone(self.sentences)

    @cached_property
    def clauses_before_noun(self) -> dict[int, list[ClauseBeforeNoun | StateBeforeNoun | PhraseBeforeParticiple]]:
        """"de door u aangevraagde code", "de voor u geldende regels", by the start of their
        sentence (TNG001 and WRD002 both read them)."""
        found = {
            sentence.start: [
                *clauses_before_noun(sentence), *states_before_noun(sentence), *phrases_before_participle(sentence)
            ]
            for sentence in self.sentences
        }
        return {start: clauses for start, clauses in found.items() if clauses}

    @cached_property
    def sent_by_municipality(self) -> bool:
        """Does a municipality sign the text (or nobody: b1check is made for municipal letters)?"""
        stop = self.signature_start
        # The signature as the contact check reads it: its lines, not a stretch of characters.
        signature = None if stop is None else "\n".join(sender_lines(self.letter.text, stop))
        return sent_by_municipality(signature)

    @cached_property
    def writes_as_wij(self) -> bool:
        """The municipality's own text that speaks as "wij", "we" or "ons" somewhere: there the doer
        "de gemeente" of a passive is "wij" too ("Begin de zin met 'Wij …'", as TON003 asks)."""
        return self.sent_by_municipality and not sender_words().own_words.isdisjoint(self.lowers)

    @cached_property
    def self_references(self):
        """Where the municipality writes about itself as "de gemeente" (none when another organisation signs)."""
        if not self.sent_by_municipality:
            return []
        stop = self.signature_start
        return find_self_references(self.sentences, self.lowers, self.parsed,
                                    len(self.source.text) if stop is None else stop, signed=stop is not None)

    @cached_property
    def lower_text(self) -> str:
        return self.source.text.lower()

    def accepted(self, word: str) -> bool:
        return word.lower() in self.settings.accepted_words


def span_hit(code: str, span: Span, suggestions: Iterable[str] = (), **params) -> Hit:
    return Hit(code, span.start_char, span.end_char, params, tuple(suggestions))


# Labels of data: when, where, what it costs. "Besluit:" or "Reden:" opens a sentence, which counts.
_DATA_LABELS = frozenset(
    "tijd tijden datum data dag dagen locatie locaties plaats adres wanneer waar kosten prijs prijzen aanvang "
    "begin einde inloop programma route opening openingstijden telefoon e-mail website".split()
)


def _data_line(sentence: Span) -> bool:
    """Does the sentence open its line with a label of data ("Tijd:", "Locatie:", `_DATA_LABELS`)
    and a colon, and have no verb?"""
    words = [t for t in sentence if not t.is_space]
    colon = next((i for i, t in enumerate(words[:3]) if t.text == ":"), None)
    if colon is None or colon == 0 or " ".join(t.lower_ for t in words[:colon]) not in _DATA_LABELS:
        return False
    before = sentence.doc.text[: words[0].idx].rstrip(" \t")
    if before and not before.endswith("\n"):
        return False  # the label must open its line
    return not any(t.pos_ in ("VERB", "AUX") for t in words[colon + 1 :])
