"""Baselines: the findings a team accepts today, so that only new ones are shown."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from ..files import exists, real_path, write_atomically
from ..load import InputError, read_file
from ..model import FileReport, Finding
from ..settings import MAX_FILE_KB_LIMIT

BASELINE_VERSION = 1


def fingerprint(finding: Finding) -> str:
    """What identifies a finding across edits: its rule and its words, not its line
    (of a word-list finding only the list's words, not the words shown around them)."""
    return f"{finding.rule}\t{finding.key_words}"


def _key(path: str, root: Path) -> str:
    try:
        return real_path(path).relative_to(real_path(root)).as_posix()
    except ValueError:
        return Path(path).as_posix()


def write_baseline(reports: list[FileReport], target: Path) -> int:
    """Write the findings of `reports` as a baseline, atomically. Returns the count."""
    root = real_path(target).parent
    files = {}
    total = 0
    for report in reports:
        counts = Counter(fingerprint(f) for f in report.findings)
        if counts:
            files[_key(report.path, root)] = dict(sorted(counts.items()))
            total += sum(counts.values())
    data = {"version": BASELINE_VERSION, "files": dict(sorted(files.items()))}
    write_atomically(target, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
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


_MAKE_AGAIN = "maak het opnieuw met 'b1check baseline'"


def load_baseline(path: Path) -> Baseline:
    if not exists(path):
        raise BaselineError(f"{path}: dit baseline-bestand bestaat niet")
    try:
        # read_file opens regular files only: a pipe or a device never makes b1check wait.
        raw = read_file(path, MAX_FILE_KB_LIMIT * 1024, letter=False)
    except InputError as error:
        raise BaselineError(f"{path}: {error.reason}") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BaselineError(f"{path}: dit baseline-bestand is geen UTF-8-tekst; {_MAKE_AGAIN}") from None
    except json.JSONDecodeError as error:
        raise BaselineError(
            f"{path}: dit is geen geldig baseline-bestand (geen JSON: fout op regel {error.lineno}, kolom "
            f"{error.colno}); {_MAKE_AGAIN}"
        ) from None
    except ValueError:  # a number too long to read, and the like
        raise BaselineError(f"{path}: dit is geen geldig baseline-bestand; {_MAKE_AGAIN}") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(data.get("files"), dict):
        raise BaselineError(f"{path}: dit is geen baseline van deze versie van b1check")
    for name, counts in data["files"].items():
        # A hand-edited file: each letter has its findings, each with how often it is known.
        if not isinstance(counts, dict) or not all(
            isinstance(count, int) and not isinstance(count, bool) and count >= 0 for count in counts.values()
        ):
            raise BaselineError(
                f"{path}: bij '{name}' hoort een tabel van meldingen met elk een aantal (een heel getal, "
                f"zoals \"WRD001\\tverzoeken\": 1); {_MAKE_AGAIN}"
            )
    return Baseline(real_path(path).parent, data["files"])
