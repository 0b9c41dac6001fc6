"""Find the letters in folders and globs, one at a time, leaving out what is excluded.

Patterns (`--exclude` and `.b1checkignore`) are written as in `.gitignore`:
`*.bak`, `concepten/`, `/oud/*.txt`. A `.b1checkignore` file counts for its
own folder and everything under it, also for a file or folder named on its own.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pathspec import GitIgnoreSpec

from ..load import is_letter, is_reviewed_copy, lock_file_reason, unread_document_reason
from ..model import ReadError

IGNORE_FILE = ".b1checkignore"
_GLOB_CHARS = set("*?[")
# The documentation of a folder, not letters: left out of a folder's walk unless
# asked (--include-docs), as linters leave out what is not their language.
PROJECT_DOCS = ("readme", "license", "licence", "changelog", "changes", "contributing", "copying", "authors",
                "notice", "code_of_conduct", "security", "history")


def is_project_doc(name: str) -> bool:
    """README.md, LICENSE.txt, CHANGELOG, CONTRIBUTING.rst …: a folder's documentation."""
    stem = name.lower().split(".", 1)[0].replace("-", "_")
    return stem in PROJECT_DOCS


@dataclass(frozen=True)
class _Rules:
    """Patterns that count below `base`."""

    base: Path
    spec: GitIgnoreSpec

    def excludes(self, path: Path, is_dir: bool) -> bool:
        try:
            relative = path.relative_to(self.base).as_posix()
        except ValueError:
            return False
        if relative == ".":
            return False
        return self.spec.match_file(relative + "/" if is_dir else relative)


def _read_ignore_file(folder: Path) -> _Rules | None:
    try:
        lines = (folder / IGNORE_FILE).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return _Rules(folder, GitIgnoreSpec.from_lines(lines))


@dataclass
class Walk:
    """The letters under `paths`, in a fixed order (by name, files before folders).

    Yields a path for each letter and a `ReadError` for a folder or pattern
    that gives nothing to read, and for a document in a folder b1check cannot
    read (.doc, .rtf …: the writer would think it checked). `skipped` counts
    the files that are not letters (a folder's README, LICENSE … among them,
    unless `include_docs`, and the copies `b1check review` made). A lock file
    of Word or LibreOffice (open while the letter is) is no file of the
    writer's: it is left out without a word, from a folder or a pattern.
    """

    paths: Iterable[str]
    exclude: tuple[str, ...] = ()
    include_docs: bool = False
    skipped: int = 0

    def __iter__(self) -> Iterator[str | ReadError]:
        cwd = Path.cwd()
        rules = [r for r in (_read_ignore_file(cwd),) if r]
        arguments = list(self.paths)
        for argument in arguments:
            if len(arguments) > 1 and lock_file_reason(argument):
                continue  # `*.docx` expanded by the shell: the lock file of a letter that is open
            targets = self._expand(argument)
            if targets is None:
                yield ReadError(argument, "Geen bestanden gevonden die bij dit patroon passen.")
                continue
            for target in targets:
                root = Path(target)
                # --exclude counts from the folder named on the command line.
                base = root if root.is_dir() else root.parent
                exclude = _Rules(base.absolute(), GitIgnoreSpec.from_lines(self.exclude))
                root_rules = [*rules, *self._ignores_above(root, cwd), exclude]
                if root.is_dir():
                    yield from self._folder(root, root_rules)
                elif not any(r.excludes(root.absolute(), False) for r in root_rules):
                    yield target  # a file named on purpose is read whatever its extension

    @staticmethod
    def _expand(argument: str) -> list[str] | None:
        if os.path.lexists(argument) or not (_GLOB_CHARS & set(argument)):
            return [argument]
        matches = sorted(glob.glob(argument, recursive=True))
        if not matches:
            return None
        return [match for match in matches if not lock_file_reason(match)] or None

    @staticmethod
    def _ignores_above(target: Path, cwd: Path) -> list[_Rules]:
        """The ignore files of every folder above `target` (the current folder's is read already),
        so that a file or folder named on its own is left out as it is in a walk from higher up."""
        folder = target.absolute().parent
        return [r for f in (*reversed(folder.parents), folder) if f != cwd and (r := _read_ignore_file(f))]

    def _folder(self, folder: Path, rules: list[_Rules]) -> Iterator[str | ReadError]:
        own = _read_ignore_file(folder.absolute())
        if own:
            rules = [*rules, own]
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except PermissionError:
            yield ReadError(str(folder), "b1check mag deze map niet lezen (geen toegang).")
            return
        except OSError as error:
            yield ReadError(str(folder), f"Deze map kan niet gelezen worden ({error.strerror}).")
            return
        folders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue  # .git, .b1checkignore, editor files
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if any(r.excludes(path.absolute(), is_dir) for r in rules):
                continue
            if is_dir:
                folders.append(path)
            elif lock_file_reason(entry.name):
                continue
            elif is_reviewed_copy(entry.name):
                self.skipped += 1  # `review` leaves them out of `review *.docx` too
            elif is_letter(entry.name) and (self.include_docs or not is_project_doc(entry.name)):
                yield entry.path
            elif unread_document_reason(entry.name):
                yield ReadError(entry.path, unread_document_reason(entry.name))
            else:
                self.skipped += 1
        for path in folders:
            yield from self._folder(path, rules)


def count_letters(paths: Iterable[str], exclude: tuple[str, ...], include_docs: bool) -> int:
    """How many letters `Walk` will yield (for the progress bar)."""
    return sum(1 for item in Walk(list(paths), exclude, include_docs) if not isinstance(item, ReadError))
