"""Silencing findings in the letter itself, and baselines of known findings.

In the comment syntax of the format:

    {# b1check: ignore[WRD001] #}       Jinja/Django
    <!-- b1check: ignore[WRD001] -->    HTML, Markdown
    b1check: ignore[WRD001]             plain text (a line of its own, or at the end of a line)
    b1check: ignore-file[CON]           the whole file; without [...] every rule

A marker silences its own line; a marker alone on its line silences the next
line with text. A marker that silences nothing is reported as SUP001, like
Ruff's RUF100.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from .model import FileReport, Finding

MARKER = re.compile(r"b1check:[ \t]*(?P<kind>ignore-file|ignore)(?:\[(?P<codes>[A-Za-z0-9, ]*)\])?")
_COMMENT_SYNTAX = re.compile(r"\{#-?|-?#\}|<!--|-->|^\s*(?:#|//|%|;)")


@dataclass
class Suppression:
    start: int  # offsets of the marker in the original
    end: int
    line: int  # where the marker stands
    target: int | None  # the line it silences; None for the whole file
    codes: tuple[str, ...]  # empty: every rule
    used: bool = False

    def covers(self, finding: Finding) -> bool:
        if self.target is not None and finding.line != self.target:
            return False
        return not self.codes or any(finding.rule.startswith(code) for code in self.codes)


def blank_markers(text: str) -> str:
    """Markers are not letter text: blank them without moving offsets."""
    if "b1check:" not in text:
        return text
    return MARKER.sub(lambda m: " " * len(m.group(0)), text)


def find_suppressions(original: str) -> list[Suppression]:
    if "b1check:" not in original:
        return []
    lines = original.split("\n")
    line_starts = [0]
    for line in lines[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    found = []
    for match in MARKER.finditer(original):
        line_index = original.count("\n", 0, match.start())
        codes = tuple(c.strip().upper() for c in (match.group("codes") or "").split(",") if c.strip())
        if match.group("kind") == "ignore-file":
            target = None
        else:
            rest = lines[line_index][: match.start() - line_starts[line_index]] + lines[line_index][
                match.end() - line_starts[line_index] :
            ]
            alone = not _COMMENT_SYNTAX.sub("", rest).strip()
            target = line_index + 1
            if alone:  # silence the next line that has text
                for following in range(line_index + 1, len(lines)):
                    if lines[following].strip():
                        target = following + 1
                        break
        found.append(Suppression(match.start(), match.end(), line_index + 1, target, codes))
    return found


def apply_suppressions(findings: list[Finding], suppressions: list[Suppression]) -> list[Finding]:
    kept = []
    for finding in findings:
        silencing = [s for s in suppressions if s.covers(finding)]
        for suppression in silencing:
            suppression.used = True
        if not silencing:
            kept.append(finding)
    return kept


# Baselines --------------------------------------------------------------

BASELINE_VERSION = 1


def fingerprint(finding: Finding) -> str:
    """What identifies a finding across edits: its rule and its words, not its line."""
    return f"{finding.rule}\t{' '.join(finding.text.split()).lower()}"


def _key(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def write_baseline(reports: list[FileReport], target: Path) -> int:
    """Write the findings of `reports` as a baseline, atomically. Returns the count."""
    root = target.resolve().parent
    files = {}
    total = 0
    for report in reports:
        counts = Counter(fingerprint(f) for f in report.findings)
        if counts:
            files[_key(report.path, root)] = dict(sorted(counts.items()))
            total += sum(counts.values())
    data = {"version": BASELINE_VERSION, "files": dict(sorted(files.items()))}
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=root, delete=False, suffix=".tmp") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    os.replace(handle.name, target)
    return total


@dataclass(frozen=True)
class Baseline:
    root: Path
    files: dict[str, dict[str, int]]

    def filter(self, report: FileReport) -> tuple[FileReport, int]:
        """The report without the findings the baseline knows; and how many were hidden."""
        known = Counter(self.files.get(_key(report.path, self.root), {}))
        if not known:
            return report, 0
        kept = []
        for finding in report.findings:
            key = fingerprint(finding)
            if known[key] > 0:
                known[key] -= 1
            else:
                kept.append(finding)
        return replace(report, findings=kept), len(report.findings) - len(kept)


class BaselineError(Exception):
    """A baseline file that cannot be used; the message is Dutch."""


def load_baseline(path: Path) -> Baseline:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: dit baseline-bestand bestaat niet") from None
    except (OSError, ValueError) as error:
        raise BaselineError(f"{path}: dit is geen geldig baseline-bestand ({error})") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(data.get("files"), dict):
        raise BaselineError(f"{path}: dit is geen baseline van deze versie van b1check")
    return Baseline(Path(path).resolve().parent, data["files"])
