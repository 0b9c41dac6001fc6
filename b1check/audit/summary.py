"""What an audit says about the archive as a whole, and how each letter changed since a baseline.

`ArchiveSummary` takes one letter at a time and keeps only counts and a few
short lists, so its memory does not grow with the number of letters.
"""

from __future__ import annotations

import heapq
import itertools
import json
import os
import stat
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..files import os_reason
from ..model import CATEGORIES, FileReport, ReadError, Severity, changed_part
from ..rules.baseline import BaselineLetters

TOP_PHRASES = 20
TOP_LETTERS = 20
TOP_CHANGES = 10
# Rules whose findings are phrases from the word list: "the bureaucratic phrases".
PHRASE_RULES = ("WRD001", "NOM003")
# The score chart: Flesch-Douma in bins of ten; below 0 and above 100 go in the outer bins.
SCORE_BINS = tuple(range(0, 100, 10))


def work_points(b1: bool, errors: int, warnings: int) -> int:
    """How much work a letter needs: 10 if it is not B1, 3 per error, 1 per warning."""
    return (0 if b1 else 10) + 3 * errors + warnings


@dataclass(frozen=True)
class LetterCounts:
    """A letter's findings counted once, where it is checked, for every report of the audit:
    the summary, the CSV and the HTML table."""

    errors: int
    warnings: int
    infos: int
    categories: tuple[int, ...]  # findings per category, in the order of CATEGORIES
    points: int

    @classmethod
    def of(cls, report: FileReport) -> LetterCounts:
        severities = Counter(finding.severity for finding in report.findings)
        categories = Counter(finding.category for finding in report.findings)
        errors, warnings = severities[Severity.ERROR], severities[Severity.WARNING]
        return cls(errors, warnings, severities[Severity.INFO], tuple(categories[c] for c in CATEGORIES),
                   work_points(report.verdict.b1, errors, warnings))


def score_bin(score: float) -> int:
    return min(max(int(score // 10), 0), len(SCORE_BINS) - 1)


def phrase_key(text: str) -> str:
    return " ".join(text.lower().split())


# --- the baseline: a previous audit (or `check --format json`) ---------------


class BaselineError(Exception):
    """A baseline file b1check cannot use; the message is in Dutch."""


@dataclass(frozen=True)
class Previous:
    """What the baseline knew about one letter."""

    b1: bool
    flesch_douma: float
    findings: int
    points: int


def load_baseline(path: str) -> BaselineLetters[Previous]:
    try:
        # Only a regular file: a pipe or a device named with --baseline never makes the audit wait.
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise BaselineError(f"{path}: de baseline is geen gewoon bestand; geef het JSON-rapport van een eerdere audit.")
        previous = {}
        with open(path, encoding="utf-8") as handle:
            for entry in _baseline_letters(handle):
                b1 = bool(entry["verdict"]["b1"])
                severities = Counter(f.get("severity") for f in entry.get("findings", ()))
                points = work_points(b1, severities["error"], severities["warning"])
                previous[entry["path"]] = Previous(
                    b1, float(entry["metrics"]["flesch_douma"]), len(entry.get("findings", ())), points
                )
        return BaselineLetters(previous)
    except OSError as error:
        raise BaselineError(f"{path}: de baseline kan niet gelezen worden ({os_reason(error)}).") from None
    except (ValueError, KeyError, TypeError, RecursionError):  # (RecursionError: lists nested too deep)
        raise BaselineError(
            f"{path}: dit is geen JSON-rapport van b1check (maak er een met b1check audit --json)."
        ) from None


def _baseline_letters(handle) -> Iterator[dict]:
    """The letters of a JSON report (`--json`, `check --format json`) or of a JSON Lines one
    (`--jsonl`); a JSON Lines report is read a line at a time, as it was written."""
    first = handle.readline()
    try:
        line = json.loads(first)
    except (ValueError, RecursionError):
        line = None
    if isinstance(line, dict) and ("metrics" in line or "error" in line or "summary" in line):
        lines = itertools.chain([line], (json.loads(text) for text in handle if text.strip()))
        yield from (entry for entry in lines if "metrics" in entry)
    else:
        yield from json.loads(first + handle.read())["files"]


@dataclass(frozen=True)
class Comparison:
    """One letter now against the baseline."""

    status: str  # better | worse | same | new
    previous: Previous | None
    b1: bool
    flesch_douma: float
    findings: int
    points: int

    @property
    def flesch_change(self) -> float:
        return self.flesch_douma - self.previous.flesch_douma if self.previous else 0.0

    def to_dict(self) -> dict:
        data = {"status": self.status}
        if self.previous:
            data.update(
                b1_before=self.previous.b1,
                flesch_douma_before=self.previous.flesch_douma,
                findings_before=self.previous.findings,
                points_before=self.previous.points,
            )
        return data


def compare(report: FileReport, counts: LetterCounts, previous: Previous | None) -> Comparison:
    points = counts.points
    if previous is None:
        status = "new"
    elif points < previous.points:
        status = "better"
    elif points > previous.points:
        status = "worse"
    else:
        status = "same"
    return Comparison(status, previous, report.verdict.b1, report.metrics.flesch_douma, len(report.findings), points)


# --- the summary -------------------------------------------------------------


@dataclass(frozen=True)
class LetterLine:
    """A letter in one of the short lists of the overview."""

    index: int
    path: str
    points: int
    b1: bool
    flesch_douma: float
    findings: int
    change: int = 0  # points now minus points in the baseline

    def to_dict(self) -> dict:
        data = {"path": self.path, "points": self.points, "b1": self.b1,
                "flesch_douma": self.flesch_douma, "findings": self.findings}
        if self.change:
            data["change"] = self.change
        return data


@dataclass
class _Counts:
    """Letters read, how many are B1, and their scores added up: the shares and averages of a group of letters."""

    letters: int = 0
    b1: int = 0
    flesch_total: float = 0.0

    @property
    def b1_share(self) -> float:
        return self.b1 / self.letters if self.letters else 0.0

    @property
    def average_flesch_douma(self) -> float:
        return self.flesch_total / self.letters if self.letters else 0.0


@dataclass
class FolderCounts(_Counts):
    """One folder of the archive (departments often keep their own)."""

    folder: str = ""
    findings: int = 0
    points: int = 0

    def to_dict(self) -> dict:
        return {"folder": self.folder, "letters": self.letters, "b1": self.b1, "b1_share": round(self.b1_share, 4),
                "average_flesch_douma": round(self.average_flesch_douma, 1), "findings": self.findings,
                "points": self.points}

    def add(self, other: FolderCounts) -> None:
        """Count the letters of `other` in this folder too (a department's total of its own folders)."""
        self.letters += other.letters
        self.b1 += other.b1
        self.flesch_total += other.flesch_total
        self.findings += other.findings
        self.points += other.points


@dataclass
class FolderGroup:
    """A folder right under an audited folder (a department, say): its letters added up, and the
    folders one level below it (its years), each added up too. An auditor reads these totals; the
    deepest folders (a month) stay in the JSON report."""

    totals: FolderCounts
    audited: bool = False  # an audited folder itself: the letters right in it, not in a folder below it
    folders: int = 0  # the folders in it that hold letters (itself too, if it does)
    _below: dict[str, FolderCounts] = field(default_factory=dict)

    def below(self) -> list[FolderCounts]:
        """The folders one level below, by name; the letters right in this folder under its own name."""
        return [self._below[name] for name in sorted(self._below)]

    def count(self, below: str, folder: FolderCounts) -> None:
        self.totals.add(folder)
        self.folders += 1
        counts = self._below.get(below) or self._below.setdefault(below, FolderCounts(folder=below))
        counts.add(folder)

    def to_dict(self) -> dict:
        return {**self.totals.to_dict(), "folders_with_letters": self.folders}


def _under(folder: str, root: str) -> str | None:
    """The rest of `folder`'s path below `root` ("" for the root itself), or None if it is not below it."""
    if folder == root:
        return ""
    if root == os.curdir:
        outside = os.path.isabs(folder) or folder == os.pardir or folder.startswith(os.pardir + os.sep)
        return None if outside else folder
    prefix = root if root.endswith(os.sep) else root + os.sep
    return folder[len(prefix):] if folder.startswith(prefix) else None


def top_and_below(folder: str, roots: list[str]) -> tuple[str, str]:
    """The folder right under an audited folder that holds `folder`, and the one a level below that
    (wmo/2024/03 in the audited archief/: archief/wmo and archief/wmo/2024). The deepest of `roots`
    that holds it counts; a folder under none of them (of a file or a pattern named) stands for itself."""
    for root in roots:
        rest = _under(folder, root)
        if rest is None:
            continue
        if not rest:
            return root, root
        parts = rest.split(os.sep)
        top = parts[0] if root == os.curdir else os.path.join(root, parts[0])
        return top, os.path.join(top, parts[1]) if len(parts) > 1 else top
    return folder, folder


def folder_of(path: str) -> str:
    """The folder a letter is in, as the walk found it ("." for a letter named on its own in the current folder)."""
    return os.path.dirname(os.path.normpath(path)) or "."


@dataclass
class ArchiveSummary(_Counts):  # letters: the letters read
    words: int = 0
    sentences: int = 0
    skipped: int = 0  # files in the folders that are not letters
    errors: list[ReadError] = field(default_factory=list)
    score_bins: list[int] = field(default_factory=lambda: [0] * len(SCORE_BINS))
    categories: Counter = field(default_factory=Counter)  # findings per category
    category_letters: Counter = field(default_factory=Counter)  # letters with a finding of the category
    rules: Counter = field(default_factory=Counter)
    phrases: Counter = field(default_factory=Counter)
    phrase_letters: Counter = field(default_factory=Counter)
    phrase_alternatives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    phrase_rules: dict[str, str] = field(default_factory=dict)
    contact: Counter = field(default_factory=Counter)
    lint_levels: Counter = field(default_factory=Counter)  # LiNT-II level 1-4 → letters; 0: not computed
    # One entry per folder: grows with the folders, not with the letters.
    folders: dict[str, FolderCounts] = field(default_factory=dict)
    # The folders and files named to audit: the per-folder totals are taken right under them.
    roots: tuple[str, ...] = ()
    _worst: list = field(default_factory=list)  # heap of the letters that need most work
    # against the baseline
    baseline_used: bool = False
    changes: Counter = field(default_factory=Counter)  # better / worse / same / new
    b1_before: int = 0
    b1_gained: int = 0
    b1_lost: int = 0
    _improved: list = field(default_factory=list)
    _worsened: list = field(default_factory=list)
    gone: int = 0  # letters in the baseline not found now

    def add(self, report: FileReport, index: int, counts: LetterCounts, comparison: Comparison | None = None) -> None:
        self.letters += 1
        self.b1 += report.verdict.b1
        m = report.metrics
        self.words += m.words
        self.sentences += m.sentences
        self.flesch_total += m.flesch_douma
        self.score_bins[score_bin(m.flesch_douma)] += 1
        self.lint_levels[m.lint.level if m.lint.available else 0] += 1
        for category, found in zip(CATEGORIES, counts.categories):
            if found:
                self.categories[category] += found
                self.category_letters[category] += 1
        seen_phrases = set()
        for finding in report.findings:
            self.rules[finding.rule] += 1
            if finding.rule in PHRASE_RULES:
                key = phrase_key(finding.matched or finding.text)
                self.phrases[key] += 1
                seen_phrases.add(key)
                if key not in self.phrase_alternatives:
                    # Only what a suggestion changes: "vraag" of "Ik vraag u" for *Ik verzoek u*.
                    self.phrase_alternatives[key] = tuple(
                        changed_part(finding.text, suggestion)[2] if finding.matched else suggestion
                        for suggestion in finding.suggestions
                    )
                    self.phrase_rules[key] = finding.rule
        self.phrase_letters.update(seen_phrases)
        c = report.contact
        self.contact["named_person"] += c.named_person
        self.contact["direct_phone"] += c.phone in ("direct", "placeholder")
        self.contact["email"] += c.email in ("personal_or_team", "placeholder")
        self.contact["all"] += c.named_person and c.phone in ("direct", "placeholder") and c.email in (
            "personal_or_team", "placeholder")
        line = LetterLine(index, report.path, counts.points, report.verdict.b1, m.flesch_douma,
                          len(report.findings))
        if line.points:  # a letter with nothing to fix is never one to tackle first
            _keep_top(self._worst, (line.points, -m.flesch_douma, -index), line, TOP_LETTERS)
        name = folder_of(report.path)
        folder = self.folders.get(name) or self.folders.setdefault(name, FolderCounts(folder=name))
        folder.letters += 1
        folder.b1 += report.verdict.b1
        folder.flesch_total += m.flesch_douma
        folder.findings += len(report.findings)
        folder.points += line.points
        if comparison is not None:
            self._compare(line, comparison)

    def _compare(self, line: LetterLine, comparison: Comparison) -> None:
        self.baseline_used = True
        self.changes[comparison.status] += 1
        previous = comparison.previous
        if previous is None:
            return
        self.b1_before += previous.b1
        self.b1_gained += comparison.b1 and not previous.b1
        self.b1_lost += previous.b1 and not comparison.b1
        change = comparison.points - previous.points
        moved = LetterLine(line.index, line.path, line.points, line.b1, line.flesch_douma, line.findings, change)
        if change < 0:
            _keep_top(self._improved, (-change, -line.index), moved, TOP_CHANGES)
        elif change > 0:
            _keep_top(self._worsened, (change, -line.index), moved, TOP_CHANGES)

    def add_error(self, error: ReadError) -> None:
        self.errors.append(error)

    # --- views ---------------------------------------------------------------

    @property
    def found(self) -> int:
        return self.letters + len(self.errors)

    def share(self, count: int) -> float:
        return count / self.letters if self.letters else 0.0

    def top_phrases(self) -> list[dict]:
        return [
            {"phrase": key, "rule": self.phrase_rules[key], "count": count, "letters": self.phrase_letters[key],
             "alternatives": list(self.phrase_alternatives[key])}
            for key, count in sorted(self.phrases.items(), key=lambda item: (-item[1], item[0]))[:TOP_PHRASES]
        ]

    def needs_work(self) -> list[LetterLine]:
        return _sorted_top(self._worst)

    def improved(self) -> list[LetterLine]:
        return _sorted_top(self._improved)

    def worsened(self) -> list[LetterLine]:
        return _sorted_top(self._worsened)

    def folder_table(self) -> list[FolderCounts]:
        """The folders by name."""
        return [self.folders[name] for name in sorted(self.folders)]

    def top_folders(self) -> list[FolderGroup]:
        """The folders right under the audited folders, by name, each with its letters added up."""
        roots = sorted({os.path.normpath(root) for root in self.roots}, key=len, reverse=True)
        groups: dict[str, FolderGroup] = {}
        for name in sorted(self.folders):
            top, below = top_and_below(name, roots)
            group = groups.get(top)
            if group is None:
                group = groups[top] = FolderGroup(FolderCounts(folder=top), audited=top in roots)
            group.count(below, self.folders[name])
        return [groups[name] for name in sorted(groups)]

    def score_distribution(self) -> list[dict]:
        return [{"from": low, "to": low + 10, "letters": count} for low, count in zip(SCORE_BINS, self.score_bins)]

    def lint_distribution(self) -> list[dict]:
        """Letters per LiNT-II level (1-4); level None: LiNT-II was not computed."""
        rows = [{"level": level, "letters": self.lint_levels[level]} for level in (1, 2, 3, 4)]
        return rows + [{"level": None, "letters": self.lint_levels[0]}]

    def to_dict(self) -> dict:
        contact = {name: self.contact[name] for name in ("named_person", "direct_phone", "email", "all")}
        data = {
            "letters_found": self.found,
            "letters_read": self.letters,
            "letters_unreadable": len(self.errors),
            "files_skipped": self.skipped,
            "b1": self.b1,
            "b1_share": round(self.b1_share, 4),
            "words": self.words,
            "sentences": self.sentences,
            "average_flesch_douma": round(self.average_flesch_douma, 1),
            "score_distribution": self.score_distribution(),
            "lint_distribution": self.lint_distribution(),
            "findings_per_category": {c: self.categories[c] for c in CATEGORIES if self.categories[c]},
            "letters_per_category": {c: self.category_letters[c] for c in CATEGORIES if self.category_letters[c]},
            "findings_per_rule": dict(sorted(self.rules.items())),
            "top_phrases": self.top_phrases(),
            "contact": {**contact, "shares": {k: round(self.share(v), 4) for k, v in contact.items()}},
            "needs_work": [line.to_dict() for line in self.needs_work()],
            "folders": [folder.to_dict() for folder in self.folder_table()],
            "top_folders": [group.to_dict() for group in self.top_folders()],
            "baseline": None,
        }
        if self.baseline_used:
            data["baseline"] = {
                "better": self.changes["better"],
                "worse": self.changes["worse"],
                "same": self.changes["same"],
                "new": self.changes["new"],
                "gone": self.gone,
                "b1_before": self.b1_before,
                "b1_gained": self.b1_gained,
                "b1_lost": self.b1_lost,
                "most_improved": [line.to_dict() for line in self.improved()],
                "most_worsened": [line.to_dict() for line in self.worsened()],
            }
        return data


def _keep_top(heap: list, key: tuple, item, size: int) -> None:
    entry = (key, item)
    if len(heap) < size:
        heapq.heappush(heap, entry)
    elif key > heap[0][0]:
        heapq.heapreplace(heap, entry)


def _sorted_top(heap: list) -> list:
    return [item for _, item in sorted(heap, key=lambda entry: entry[0], reverse=True)]
