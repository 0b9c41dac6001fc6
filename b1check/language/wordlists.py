"""Read the curated word lists in `wordlists/` (TOML, edited by language editors).

The format is documented in `wordlists/README.md`. This module only reads and
validates; `analysis/phrases.py` turns phrase entries into spaCy Matcher patterns.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..model import CATEGORIES, Severity

PHRASE_CATEGORIES = ("wording", "tone", "nominal-style")
GAP = "…"


class WordlistError(Exception):
    """A word list that does not follow the format; names file and entry."""


@dataclass(frozen=True)
class PhraseEntry:
    phrase: str
    alternatives: tuple[str, ...]
    reason: str
    category: str
    safe: bool
    example: str
    patterns: tuple[str, ...]  # word orders to match; "…" stands for a few words
    context: tuple[str, ...] = ()  # only fire when one of these is in the sentence
    severity: Severity | None = None
    source: str = ""  # file name, for error messages and reviews

    @property
    def key(self) -> str:
        """A stable identifier: the phrase, plus its context if it has one."""
        if self.context:
            return f"{self.phrase} ({self.context[0]})"
        return self.phrase


@dataclass(frozen=True)
class Abbreviation:
    abbreviation: str
    expansion: str
    alternatives: tuple[str, ...]
    kind: str  # "acronym": fine once explained; "short": always write it out
    example: str
    source: str = ""


def wordlist_dir() -> Path:
    """The word lists: inside the installed package, or beside it in a checkout."""
    packaged = resources.files("b1check") / "wordlists"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "wordlists"


def read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise WordlistError(f"{path}: geen geldige TOML ({error})") from None
    except OSError as error:
        raise WordlistError(f"{path}: kan niet gelezen worden ({error.strerror})") from None


def _strings(value, where: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise WordlistError(f"{where}: '{name}' moet een lijst met tekst zijn")
    return tuple(v.strip() for v in value)


_PHRASE_KEYS = {
    "phrase", "alternatives", "reason", "category", "safe", "example", "patterns", "context",
    "severity",
}


def parse_phrases(data: dict, source: str) -> list[PhraseEntry]:
    default_category = data.get("category", "wording")
    entries = []
    for number, raw in enumerate(data.get("phrase", []), start=1):
        where = f"{source}, entry {number}"
        if not isinstance(raw, dict):
            raise WordlistError(f"{where}: een entry moet een tabel zijn")
        unknown = set(raw) - _PHRASE_KEYS
        if unknown:
            raise WordlistError(f"{where}: onbekende sleutel(s) {', '.join(sorted(unknown))}")
        for required in ("phrase", "alternatives", "reason", "example"):
            if not raw.get(required):
                raise WordlistError(f"{where}: '{required}' ontbreekt")
        phrase = str(raw["phrase"]).strip()
        category = raw.get("category", default_category)
        if category not in PHRASE_CATEGORIES:
            raise WordlistError(
                f"{where} ({phrase}): categorie '{category}' bestaat niet; "
                f"kies uit {', '.join(PHRASE_CATEGORIES)}"
            )
        severity = raw.get("severity")
        try:
            severity = Severity(severity) if severity else None
        except ValueError:
            raise WordlistError(f"{where} ({phrase}): ernst '{severity}' bestaat niet") from None
        patterns = _strings(raw.get("patterns"), where, "patterns") or (phrase,)
        entries.append(
            PhraseEntry(
                phrase=phrase,
                alternatives=_strings(raw["alternatives"], where, "alternatives"),
                reason=str(raw["reason"]).strip(),
                category=category,
                safe=bool(raw.get("safe", False)),
                example=str(raw["example"]).strip(),
                patterns=tuple(p.replace("...", GAP) for p in patterns),
                context=tuple(c.lower() for c in _strings(raw.get("context"), where, "context")),
                severity=severity,
                source=source,
            )
        )
    return entries


def parse_abbreviations(data: dict, source: str) -> list[Abbreviation]:
    entries = []
    for number, raw in enumerate(data.get("abbreviation", []), start=1):
        where = f"{source}, entry {number}"
        for required in ("abbreviation", "expansion", "example"):
            if not raw.get(required):
                raise WordlistError(f"{where}: '{required}' ontbreekt")
        kind = raw.get("kind", "acronym")
        if kind not in ("acronym", "short"):
            raise WordlistError(f"{where}: kind moet 'acronym' of 'short' zijn")
        entries.append(
            Abbreviation(
                abbreviation=raw["abbreviation"].strip(),
                expansion=raw["expansion"].strip(),
                alternatives=_strings(raw.get("alternatives"), where, "alternatives")
                or (raw["expansion"].strip(),),
                kind=kind,
                example=raw["example"].strip(),
                source=source,
            )
        )
    return entries


def read_phrase_file(path: Path) -> list[PhraseEntry]:
    return parse_phrases(read_toml(path), path.name)


@lru_cache(maxsize=1)
def default_phrases() -> tuple[PhraseEntry, ...]:
    folder = wordlist_dir() / "phrases"
    entries: list[PhraseEntry] = []
    for path in sorted(folder.glob("*.toml")):
        entries.extend(read_phrase_file(path))
    return tuple(entries)


@lru_cache(maxsize=1)
def default_abbreviations() -> tuple[Abbreviation, ...]:
    path = wordlist_dir() / "afkortingen.toml"
    return tuple(parse_abbreviations(read_toml(path), path.name))


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """A plain list in `wordlists/<name>.txt`: one word a line, # for comments."""
    path = wordlist_dir() / f"{name}.txt"
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line.lower())
    return frozenset(words)


@lru_cache(maxsize=1)
def rule_texts() -> dict[str, dict]:
    """The Dutch texts of every rule, from `wordlists/rules.toml`."""
    data = read_toml(wordlist_dir() / "rules.toml")
    rules = {}
    for code, raw in data.items():
        missing = {"name", "category", "severity", "message", "what", "why", "example", "better"}
        missing -= set(raw)
        if missing:
            raise WordlistError(f"rules.toml [{code}]: ontbreekt {', '.join(sorted(missing))}")
        if raw["category"] not in CATEGORIES:
            raise WordlistError(f"rules.toml [{code}]: categorie '{raw['category']}' bestaat niet")
        if not re.fullmatch(r"[A-Z]{3}\d{3}", code):
            raise WordlistError(f"rules.toml [{code}]: code moet drie letters en drie cijfers zijn")
        rules[code] = raw
    return rules


@dataclass(frozen=True)
class RuleInfo:
    """A rule's code, category, severity and Dutch texts, from `wordlists/rules.toml`."""

    code: str
    name: str
    category: str
    severity: Severity
    message: str
    what: str
    why: str
    example: str
    better: str
    needs: str = "letter"  # "sentence": works on any text; "letter": a whole letter
    parse: bool = False  # needs part of speech and a dependency parse (off with --fast)
    anchor: str = "words"  # "letter": about the letter as a whole, not about the words it points at

    def format_message(self, params: dict) -> str:
        try:
            return self.message.format(**params)
        except (KeyError, IndexError):
            return self.message


@lru_cache(maxsize=1)
def rule_info() -> dict[str, RuleInfo]:
    """Every rule by its code, in the order of `rules.toml`."""
    infos = {}
    for code, raw in rule_texts().items():
        infos[code] = RuleInfo(
            code=code,
            name=raw["name"],
            category=raw["category"],
            severity=Severity(raw["severity"]),
            message=raw["message"].strip(),
            what=raw["what"].strip(),
            why=raw["why"].strip(),
            example=raw["example"].strip(),
            better=raw["better"].strip(),
            needs=raw.get("needs", "letter"),
            parse=raw.get("parse", False),
            anchor=raw.get("anchor", "words"),
        )
    return infos
