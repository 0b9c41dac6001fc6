"""The results b1check hands out: findings, metrics, verdict and contact details.

Every other module produces or consumes these; formatters only read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
# The Dutch names the reports and the command line use.
SEVERITY_NAMES = {Severity.ERROR: "fout", Severity.WARNING: "waarschuwing", Severity.INFO: "tip"}


def severity_named(value) -> Severity | None:
    """The severity by its Dutch name ("fout") or its value ("error"), in any case; None for anything else."""
    if not isinstance(value, str):
        return None
    key = value.strip().lower()
    return next((s for s in Severity if key in (s.value, SEVERITY_NAMES[s])), None)

# The categories, in the order the report shows them. The names are part of
# the output format: do not rename.
CATEGORIES = (
    "wording",
    "difficult-word",
    "abbreviation",
    "sentence-length",
    "passive",
    "nominal-style",
    "paragraph",
    "contact",
    "tone",
    "structure",
    "suppression",  # b1check's own: a suppression comment that silences nothing
)


@dataclass(frozen=True)
class Finding:
    """One thing to change, pinned to the original file."""

    rule: str
    category: str
    severity: Severity
    line: int  # 1-based
    column: int  # 1-based, in characters
    start: int  # character offset in the original file
    end: int
    text: str  # the original text the finding covers
    message: str
    # Paste-ready text for the finding's `text`: what an editor would write in its place.
    suggestions: tuple[str, ...] = ()
    # Instructions for the writer ("gebruik 'vragen'", a sentence to rewrite): shown,
    # never put in the text by `fix`, a quick fix or a tracked change.
    advice: tuple[str, ...] = ()
    # A safe replacement for `text`, which `b1check fix` may apply; None if
    # the change needs a person (most suggestions do).
    fix: str | None = None
    # The word-list words themselves, where `text` also shows the words around
    # them that the rewrite needs ("verzoek" in "Ik verzoek u"); None elsewhere.
    matched: str | None = None

    @property
    def key_words(self) -> str:
        """The words that identify the finding across edits and letters, in lower case."""
        return " ".join((self.matched or self.text).split()).lower()

    @property
    def end_line(self) -> int:
        """1-based line of the last character of `text`."""
        return self.line + self.text.count("\n")

    @property
    def end_column(self) -> int:
        """1-based column just after `text` (exclusive, as SARIF and GitHub count)."""
        if "\n" in self.text:
            return len(self.text) - self.text.rfind("\n")
        return self.column + len(self.text)

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.value,
            "line": self.line,
            "column": self.column,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "advice": list(self.advice),
            "fix": self.fix,
            "matched": self.matched,
        }


def changed_part(old: str, new: str) -> tuple[int, int, str]:
    """What a replacement really changes: the part of `old` between the whole
    words it shares with `new` at the start and at the end, and what comes in
    its place. "Ik verzoek u" → "Ik vraag u" gives (3, 10, "vraag")."""
    old_words = [(m.start(), m.end()) for m in re.finditer(r"\S+", old)]
    new_words = [(m.start(), m.end()) for m in re.finditer(r"\S+", new)]
    same = lambda a, b: old[a[0] : a[1]] == new[b[0] : b[1]]  # noqa: E731
    lead = 0
    while lead < min(len(old_words), len(new_words)) and same(old_words[lead], new_words[lead]):
        lead += 1
    trail = 0
    while (
        trail < min(len(old_words), len(new_words)) - lead
        and same(old_words[-1 - trail], new_words[-1 - trail])
    ):
        trail += 1
    if lead + trail >= len(old_words) or lead + trail >= len(new_words):
        # Words only added or only dropped: keep one shared word to hang the change on.
        if trail:
            trail -= 1
        elif lead:
            lead -= 1
        else:
            return 0, len(old), new
    old_part = old_words[lead : len(old_words) - trail]
    new_part = new_words[lead : len(new_words) - trail]
    return old_part[0][0], old_part[-1][1], new[new_part[0][0] : new_part[-1][1]]


def _rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


@dataclass(frozen=True)
class LintFeatures:
    """The four features of the LiNT-II formula, for a sentence or a whole letter."""

    word_frequency: float | None  # mean log10 frequency (SUBTLEX-NL) of the content words, names left out
    dependency_length: float | None  # longest distance to a head (a letter: the mean over its sentences)
    content_words_per_clause: float | None  # content words / finite verbs
    concrete_noun_share: float | None  # concrete nouns / nouns in LiNT-II's noun list

    def to_dict(self) -> dict:
        return {name: _rounded(getattr(self, name), 3) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class LintSentence:
    """LiNT-II for one sentence of running text, pinned to the original file."""

    line: int
    column: int
    start: int
    end: int
    score: float | None  # None when a feature is missing (no noun, no finite verb …)
    level: int | None
    features: LintFeatures

    def to_dict(self) -> dict:
        return {
            "line": self.line, "column": self.column, "start": self.start, "end": self.end,
            "score": _rounded(self.score, 1), "level": self.level, "features": self.features.to_dict(),
        }


@dataclass(frozen=True)
class LintScore:
    """LiNT-II for a letter: 0-100 (higher is harder) and level 1-4, or why it is not there."""

    available: bool
    reason: str | None = None  # in Dutch, when not available
    score: float | None = None
    level: int | None = None
    struggle: float | None = None  # share of Dutch adults who have difficulty with a text of this level
    features: LintFeatures | None = None
    sentences: tuple[LintSentence, ...] = ()

    def to_dict(self) -> dict:
        if not self.available:
            return {"available": False, "reason": self.reason}
        return {
            "available": True,
            "score": _rounded(self.score, 1),
            "level": self.level,
            "struggle": self.struggle,
            "features": self.features.to_dict() if self.features else None,
            "sentences": [sentence.to_dict() for sentence in self.sentences],
        }


NO_LINT = LintScore(available=False, reason="Er is geen score berekend.")


# What the figures of `Metrics` count: the running text only (sentences of a
# letter, without address lines, salutations, headings or data lines).
RUNNING_TEXT = "running_text"


@dataclass(frozen=True)
class Metrics:
    """Readability figures of one letter, every one of them over the same text (`scope`).

    The shares are the counts divided by `sentences` or `words`, so that each
    figure can be recomputed from the others.
    """

    words: int
    sentences: int
    syllables: int
    flesch_douma: float
    leesindex_brouwer: float
    average_sentence_length: float
    long_sentence_share: float
    difficult_word_share: float
    passive_sentence_share: float
    long_sentences: int = 0  # sentences of more than `Limits.long_sentence_words` words
    very_long_sentences: int = 0  # sentences of more than `Limits.very_long_sentence_words` words
    passive_sentences: int = 0
    difficult_words: int = 0
    bureaucratic_phrases: int = 0  # word-list phrases (WRD001, NOM003) in the running text
    bureaucratic_phrase_share: float = 0.0  # bureaucratic_phrases / words
    scope: str = RUNNING_TEXT
    lint: LintScore = NO_LINT

    def to_dict(self) -> dict:
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        data["lint"] = self.lint.to_dict()
        return data


@dataclass(frozen=True)
class Verdict:
    b1: bool
    reasons: tuple[str, ...]
    # What the verdict could not look at, e.g. LiNT-II in the fast mode.
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"b1": self.b1, "reasons": list(self.reasons), "notes": list(self.notes)}


@dataclass(frozen=True)
class ContactDetails:
    """What a reader needs to reach a real person.

    phone: direct | general | paid | placeholder | none
    email: personal_or_team | generic | noreply | placeholder | none
    """

    named_person: bool
    phone: str
    email: str
    person_name: str | None = None
    phone_numbers: tuple[str, ...] = ()
    email_addresses: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"named_person": self.named_person, "phone": self.phone, "email": self.email}


def shown_path(path: str) -> str:
    """A file's name as the reports show it. The bytes of a name that are no UTF-8 (an old archive from
    Windows: Python holds them as lone surrogates) become U+FFFD, as on screen: every report is UTF-8."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if SURROGATES.search(path) else path


SURROGATES = re.compile("[\ud800-\udfff]")  # what Python makes of bytes that are no UTF-8


@dataclass
class FileReport:
    """Everything b1check says about one file."""

    path: str  # as shown (`shown_path`)
    metrics: Metrics
    verdict: Verdict
    contact: ContactDetails
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "gelezen als Windows-1252"

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "metrics": self.metrics.to_dict(),
            "verdict": self.verdict.to_dict(),
            "contact": self.contact.to_dict(),
            "findings": [finding.to_dict() for finding in self.findings],
            "notes": list(self.notes),
        }

    def __post_init__(self) -> None:
        self.path = shown_path(self.path)


@dataclass(frozen=True)
class ReadError:
    """A file that could not be read, with the reason in plain Dutch."""

    path: str  # as shown (`shown_path`)
    reason: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", shown_path(self.path))

    def to_dict(self) -> dict:
        return {"path": self.path, "reason": self.reason}
