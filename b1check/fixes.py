"""Apply the replacements the word lists mark as safe (`b1check fix`), and nothing else.

Every other byte of the file stays as it was: the fixes are spliced into the
decoded original at the findings' own offsets, and the result is written back
in the encoding the file was read in (UTF-8, UTF-16 or UTF-32 with the
byte-order mark it had, or Windows-1252). The file is replaced atomically, and only when
something changed. Suggestions that need a person are listed, not applied.
"""

from __future__ import annotations

import difflib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .check import check_source
from .files import os_reason, write_atomically
from .load import (
    BINARY_SUFFIXES,
    DEFAULT_MAX_BYTES,
    EMAIL_SUFFIXES,
    InputError,
    detect_format,
    encoding_of,
    load_bytes,
    read_file,
)
from .load.read import REVIEW_SUFFIXES
from .model import Finding
from .settings import Settings

# The formats whose original text is the letter itself, so that a finding's
# offsets can be changed in place. Templates load as one of these.
FIXABLE_FORMATS = {"text", "markdown", "html", "po"}
# A safe fix never covers template syntax; this is a second lock behind the
# loader, which already refuses fixes whose text differs from the original.
_TEMPLATE_MARK = re.compile(r"[{}%#«»\[\]@]|(?<![\w/]):\w")


@dataclass
class FixResult:
    """What `b1check fix` did, or would do, to one file."""

    path: str
    encoding: str
    original: str
    fixed: str
    applied: list[Finding] = field(default_factory=list)
    skipped: list[Finding] = field(default_factory=list)  # a safe fix that no longer fits
    unsafe: list[Finding] = field(default_factory=list)  # suggestions a person must judge

    @property
    def changed(self) -> bool:
        return self.fixed != self.original

    def encoded(self) -> bytes:
        return self.fixed.encode(self.encoding)

    def diff(self) -> str:
        lines = difflib.unified_diff(
            self.original.splitlines(keepends=True),
            self.fixed.splitlines(keepends=True),
            fromfile=f"a/{self.path}",
            tofile=f"b/{self.path}",
        )
        out = []
        for line in lines:
            out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        return "".join(out)


def _shell_name(name: str) -> str:
    """A file name as the writer types it after the command: in double quotes if it has a space."""
    return f'"{name}"' if any(char.isspace() or char in "'()&;" for char in name) else name


def _refusal(name: str, data: bytes) -> str | None:
    """Why `fix` will not change this file, in Dutch; None if it may."""
    suffix = Path(name.lower()).suffix
    if suffix in EMAIL_SUFFIXES:
        kind = "een e-mail (.eml)"
    elif suffix in BINARY_SUFFIXES or suffix in (".docx", ".doc", ".odt", ".pdf", ".rtf"):
        kind = f"een document ({suffix})"
    else:
        try:
            fmt = detect_format(name, data[:4096].decode(encoding_of(data), errors="replace"))
        except LookupError:
            fmt = "text"
        if fmt in FIXABLE_FORMATS:
            return None
        kind = "dit soort bestand"
    if suffix in REVIEW_SUFFIXES:
        # `review` writes the same safe replacements into a copy, as changes the writer accepts or rejects
        what = ("dezelfde vervangingen als wijziging die u accepteert of weigert, en de meldingen als opmerking"
                if BINARY_SUFFIXES[suffix] == "docx" else "de meldingen en dezelfde vervangingen als opmerking")
        return (
            f"b1check fix verandert alleen tekst, Markdown, HTML, sjablonen en vertaalbestanden (.po), niet {kind}. "
            f"Gebruik voor dit document 'b1check review {_shell_name(Path(name).name)}': dat maakt een kopie met {what}. "
            "Uw brief zelf blijft zoals hij is."
        )
    return (
        f"b1check fix verandert alleen tekst, Markdown, HTML, sjablonen en vertaalbestanden (.po), niet {kind}. "
        "Pas het bestand zelf aan; 'b1check check' laat zien wat er beter kan."
    )


def apply_fixes(original: str, findings: list[Finding]) -> tuple[str, list[Finding], list[Finding]]:
    """Splice each finding's fix into `original`; returns the text, applied and skipped fixes.

    A fix is skipped when the original no longer holds the finding's text at
    its offsets, when it would touch template syntax, or when it overlaps a
    fix already applied.
    """
    applied, skipped = [], []
    parts, position = [], 0
    for finding in sorted((f for f in findings if f.fix is not None), key=lambda f: (f.start, f.end)):
        fits = (
            finding.start >= position
            and original[finding.start : finding.end] == finding.text
            and not _TEMPLATE_MARK.search(finding.text)
            and finding.fix != finding.text
        )
        if not fits:
            skipped.append(finding)
            continue
        parts.append(original[position : finding.start])
        parts.append(finding.fix)
        position = finding.end
        applied.append(finding)
    parts.append(original[position:])
    return "".join(parts), applied, skipped


def fix_bytes(data: bytes, name: str, settings: Settings | None = None) -> FixResult:
    """Check the file's bytes and apply its safe fixes. Raises `InputError` (in Dutch)."""
    refusal = _refusal(name, data)
    if refusal:
        raise InputError(name, refusal)
    encoding = encoding_of(data)
    source = load_bytes(data, name)
    if source.original.encode(encoding) != data:
        # Should not happen for UTF-8 or Windows-1252; never risk changing other bytes.
        raise InputError(name, "b1check kan dit bestand niet byte voor byte terugschrijven; het blijft zoals het is.")
    report = check_source(source, name, settings or Settings())
    fixed, applied, skipped = apply_fixes(source.original, report.findings)
    try:
        fixed.encode(encoding)
    except UnicodeEncodeError:
        raise InputError(name, "Een vervanging past niet in de tekenset van dit bestand (Windows-1252).") from None
    unsafe = [f for f in report.findings if f.fix is None and (f.suggestions or f.advice)]
    return FixResult(name, encoding, source.original, fixed, applied, skipped, unsafe)


def fix_file(
    path: str | os.PathLike,
    settings: Settings | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    write: bool = True,
) -> FixResult:
    """Fix one file on disk (or only compute the result, with write=False)."""
    name = str(path)
    file = Path(path)
    data = read_file(file, max_bytes)
    result = fix_bytes(data, name, settings)
    if write and result.changed:
        _refuse_read_only(file, name)  # only when there is something to write: a clean read-only file is fine
        try:
            write_atomically(file, result.encoded())
        except OSError as error:
            raise InputError(name, f"b1check kan dit bestand niet opslaan ({os_reason(error)}).") from None
    return result


def _refuse_read_only(file: Path, name: str) -> None:
    """A file the user may not write, or that nobody may write (chmod 444, even for root), is not fixed.

    The atomic rename only needs the folder to be writable, so without this
    check `fix` would replace a file its owner marked read-only.
    """
    try:
        mode = file.stat().st_mode
    except OSError:
        return  # read_file says why it cannot be read
    if stat.S_ISREG(mode) and (not os.access(file, os.W_OK) or not mode & 0o222):
        raise InputError(name, "Dit bestand is alleen-lezen; b1check verandert het niet. Maak het eerst schrijfbaar "
                               "(bijvoorbeeld: chmod u+w), of bekijk de vervangingen met --diff.")
