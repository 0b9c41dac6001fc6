"""Baselines: the findings a team accepts today, so that only new ones are shown."""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Generic, TypeVar

from ..files import exists, real_path, write_atomically
from ..load import InputError, read_file
from ..model import FileReport, Finding
from ..settings import MAX_FILE_KB_LIMIT

BASELINE_VERSION = 1


def fingerprint(finding: Finding) -> str:
    """What identifies a finding across edits: its rule and its words, not its line
    (of a word-list finding only the list's words, not the words shown around them)."""
    return f"{finding.rule}\t{finding.key_words}"


# --- a letter of a baseline, found by its path now ----------------------------

Known = TypeVar("Known")


def letter_key(path: str) -> str:
    """A path as a baseline keeps it: normalised, with "/" between the folders on every system."""
    return os.path.normpath(path).replace(os.sep, "/")


def _parts(key: str) -> list[str]:
    return key.split("/")


def _folder(parts: list[str]) -> str:
    """The folder of these path parts, with a "/" at the end ("" for none)."""
    return "/".join(parts) + "/" if parts else ""


def _shared_tail(one: list[str], other: list[str]) -> int:
    """How many path parts, counted from the file name back, two paths have in common."""
    shared = 0
    for mine, theirs in zip(reversed(one), reversed(other)):
        if mine != theirs:
            break
        shared += 1
    return shared


# A file name this common in the baseline ("brief.docx") is not looked for by name alone.
_MOST_NAMESAKES = 200


class BaselineLetters(Generic[Known]):
    """The letters of a baseline, found by their path now; what the baseline knew of
    each is kept as it is (the audit's scores, the findings `check` hides).

    The path shown is the path as typed: the archive's folder renamed (archief/ became
    archief-2024/), named absolutely the one time and relatively the other, or an audit
    started from another folder would make every letter "new" and every old one "gone".
    So a letter whose path is not in the baseline is looked for among the letters of the
    same file name: the one whose path ends in the most of the same folders, if it is the
    only one, and if that file is gone now (or is this very file). The folders that differ
    are remembered, so the next letters of a renamed archive are found at once. A letter that
    only moved to another folder is found too, by its name, if no other letter in the
    baseline has that name.

    `root` is the folder the paths are relative to ("": the current folder), to see
    whether a letter of the baseline is still there.
    """

    def __init__(self, letters: dict[str, Known], root: str | os.PathLike = "") -> None:
        self._letters = {letter_key(path): known for path, known in letters.items()}
        self._root = os.fspath(root)
        self._by_name: dict[str, dict[str, None]] = {}
        for key in self._letters:
            self._by_name.setdefault(os.path.basename(key), {})[key] = None
        self._namesakes = {name: len(keys) for name, keys in self._by_name.items()}
        self._moved: list[tuple[str, str]] = []  # (folder now, folder in the baseline)

    def __len__(self) -> int:
        return len(self._letters)

    def pop(self, path: str) -> Known | None:
        """What the baseline knew about the letter at `path`; None for a new letter.
        Each letter of the baseline is given once."""
        key = letter_key(path)
        found = key if key in self._letters else self._after_move(key)
        if found is None:
            return None
        self._by_name[os.path.basename(found)].pop(found, None)
        return self._letters.pop(found)

    def _after_move(self, key: str) -> str | None:
        for now, before in self._moved:
            if key.startswith(now) and (old := before + key[len(now):]) in self._letters and self._gone(old, key):
                return old
        candidates = self._by_name.get(os.path.basename(key), {})
        if not candidates or len(candidates) > _MOST_NAMESAKES:
            return None
        parts = _parts(key)
        shared = sorted(((_shared_tail(parts, _parts(c)), c) for c in candidates), reverse=True)
        best, old = shared[0]
        if len(shared) > 1 and shared[1][0] == best:
            return None  # two letters fit as well: no guessing
        if not self._gone(old, key):
            return None  # that letter is still there: this is another one
        if not os.path.lexists(os.path.join(self._root, old)) and best < 2 and self._namesakes[os.path.basename(key)] > 1:
            return None  # only the name is the same, and the baseline has more letters of that name
        if best >= 2:
            self._moved.append((_folder(parts[:-best]), _folder(_parts(old)[:-best])))
        return old

    def _gone(self, old: str, key: str) -> bool:
        """Is the baseline's letter `old` no longer there (or is it this very file, by another path)?
        A letter that is still there keeps its own findings, also after a folder move was learned."""
        there = os.path.join(self._root, old)
        return not os.path.lexists(there) or os.path.realpath(there) == os.path.realpath(os.path.join(self._root, key))


# --- the baseline of `check` -------------------------------------------------


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


@dataclass
class Baseline:
    """The findings a baseline knows, per letter. A letter that moved, or whose folder was
    renamed, keeps its known findings (`BaselineLetters`)."""

    root: Path
    files: dict[str, dict[str, int]]
    _letters: BaselineLetters[dict[str, int]] = field(init=False, repr=False)
    _found: dict[str, dict[str, int]] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._letters = BaselineLetters(self.files, self.root)

    def known(self, path: str) -> dict[str, int]:
        """The findings the baseline knows of the letter at `path`, by fingerprint."""
        key = _key(path, self.root)
        if key not in self._found:  # the same letter named twice gets the same answer
            self._found[key] = self._letters.pop(key) or {}
        return self._found[key]

    def filter(self, report: FileReport) -> tuple[FileReport, int]:
        """The report without the findings the baseline knows; and how many were hidden."""
        known = Counter(self.known(report.path))
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
    except (ValueError, RecursionError):  # a number too long to read, lists nested too deep ([[[[…)
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
