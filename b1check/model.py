"""The results b1check hands out: findings, metrics, verdict and contact details.

Every other module produces or consumes these; formatters only read them.
"""

from __future__ import annotations

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
    suggestions: tuple[str, ...] = ()
    # A safe replacement for `text`, which `b1check fix` may apply; None if
    # the change needs a person (most suggestions do).
    fix: str | None = None

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
            "fix": self.fix,
        }


@dataclass(frozen=True)
class Metrics:
    words: int
    sentences: int
    syllables: int
    flesch_douma: float
    leesindex_brouwer: float
    average_sentence_length: float
    long_sentence_share: float
    difficult_word_share: float
    passive_sentence_share: float

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class Verdict:
    b1: bool
    reasons: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"b1": self.b1, "reasons": list(self.reasons)}


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


@dataclass
class FileReport:
    """Everything b1check says about one file."""

    path: str
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


@dataclass(frozen=True)
class ReadError:
    """A file that could not be read, with the reason in plain Dutch."""

    path: str
    reason: str

    def to_dict(self) -> dict:
        return {"path": self.path, "reason": self.reason}
