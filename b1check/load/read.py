"""Read a file or stdin into a `SourceText`, or say in plain Dutch why not.

Loaders never raise anything but `InputError` for bad input.
"""

from __future__ import annotations

import codecs
import math
import os
import re
import stat
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from ..files import FILE_KINDS, os_reason
from ..model import SURROGATES
from . import documents, formats, markers, templates
from ..settings import MAX_FILE_KB
from .errors import DocumentError, InputError
from .source import SourceText

# Letters are small; anything larger is almost certainly not a letter.
DEFAULT_MAX_BYTES = MAX_FILE_KB * 1024

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
EMAIL_SUFFIXES = {".eml"}
CATALOGUE_SUFFIXES = {".po"}
TEMPLATE_SUFFIXES = {".j2", ".jinja", ".jinja2", ".tpl", ".tmpl", ".twig", ".blade.php", ".django", ".erb"}


def detect_format(name: str, text: str | None = None) -> str:
    lower = name.lower()
    if lower.endswith(".blade.php"):
        return "text"
    suffix = Path(lower).suffix
    inner = Path(lower[: -len(suffix)]).suffix if suffix in TEMPLATE_SUFFIXES else ""
    if suffix in TEMPLATE_SUFFIXES and inner:
        suffix = inner  # brief.html.j2 is HTML
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in EMAIL_SUFFIXES:
        return "email"
    if suffix in CATALOGUE_SUFFIXES:
        return "po"
    if text is not None and suffix in TEXT_SUFFIXES | {"-"}:
        head = text.lstrip()[:500].lower()
        if head.startswith(("<!doctype html", "<html")) or "<body" in head:
            return "html"
    return "text"


def byte_order_mark(data: bytes) -> str | None:
    """The codec that the byte-order mark at the start of `data` announces, or None.

    Each of these codecs reads the mark and leaves it out of the text, and
    writes it again when it encodes (`fix` writes a file back in its own encoding).
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"  # before UTF-16: the UTF-32 little-endian mark starts with UTF-16's
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


_MARKED = {"utf-32": "UTF-32", "utf-16": "UTF-16", "utf-8-sig": "UTF-8"}
_NUL = "Dit is geen tekstbestand: het bevat binaire gegevens."


def _decoded(data: bytes, path: str) -> tuple[str, str]:
    """The text and the codec it was read with: the byte-order mark's, else UTF-8, else Windows-1252."""
    marked = byte_order_mark(data)
    if marked is not None:
        try:
            return data.decode(marked), marked
        except UnicodeDecodeError:
            raise InputError(
                path, f"Dit bestand begint als {_MARKED[marked]}, maar er staan tekens in die geen tekst zijn."
            ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise InputError(path, _nul_reason(data))
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise InputError(path, "Dit bestand bevat tekens die geen tekst zijn. Sla het op als UTF-8.") from None


def _nul_reason(data: bytes) -> str:
    """A NUL byte: binary data, or UTF-16 saved without its byte-order mark (every other byte is 0)."""
    sample = data[:4096]
    half = len(sample) // 2
    if half >= 2 and max(sample[0::2].count(0), sample[1::2].count(0)) > half * 0.6:
        return _NUL[:-1] + ", of het is UTF-16 zonder BOM. Is het tekst? Sla het dan op als UTF-8."
    return _NUL


def encoding_of(data: bytes) -> str:
    """The codec `decode` reads these bytes with; "utf-8" for bytes it cannot read."""
    try:
        return _decoded(data, "")[1]
    except InputError:
        return "utf-8"


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Decode by the byte-order mark, else UTF-8, else Windows-1252 (and say so).

    A NUL character anywhere makes the file binary, whatever its format.
    """
    text, codec = _decoded(data, path)
    notes = ["Dit bestand is gelezen als Windows-1252 (geen UTF-8)."] if codec == "cp1252" else []
    if "\x00" in text:
        raise InputError(path, _nul_reason(data))
    controls = sum(1 for char in text[:20000] if ord(char) < 32 and char not in "\t\n\r\f")
    if controls > 2 and controls > len(text[:20000]) // 200:
        raise InputError(path, "Dit is geen tekstbestand (het bevat stuurtekens).")
    return text, notes


def _plain(original: str, data: bytes) -> SourceText:
    return SourceText.identity(original, format="text")


# Loaders of text formats get the decoded original and the raw bytes.
TEXT_LOADERS: dict[str, Callable[[str, bytes], SourceText]] = {
    "text": _plain,
    "html": lambda original, data: formats.html_to_text(original),
    "markdown": lambda original, data: formats.markdown_to_text(original),
    "email": formats.eml_to_text,
    "po": formats.po_to_text,
}
# Loaders of binary formats (documents) get the bytes and the file name.
BINARY_LOADERS: dict[str, Callable[[bytes, str], SourceText]] = {**documents.LOADERS}
BINARY_SUFFIXES: dict[str, str] = {**documents.SUFFIXES}  # ".docx" → "docx"
# Every suffix b1check reads as a letter; the audit, the web page and the CLI's folders take it from here.
LETTER_SUFFIXES = frozenset(
    {".txt", ".text"} | MARKDOWN_SUFFIXES | HTML_SUFFIXES | EMAIL_SUFFIXES | CATALOGUE_SUFFIXES | TEMPLATE_SUFFIXES
    | set(BINARY_SUFFIXES)
)


def is_letter(name: str) -> bool:
    """Is this a file b1check reads as a letter, by its name?"""
    lower = name.lower()
    return lower.endswith(".blade.php") or Path(lower).suffix in LETTER_SUFFIXES


# A copy `b1check review` made: brief.b1check.docx, brief.b1check.odt (the suffix of each format it annotates).
REVIEWED_MARK = ".b1check"
# The documents `b1check review` hands back with comments: every Word and OpenDocument text b1check reads.
REVIEW_SUFFIXES = frozenset(suffix for suffix, kind in BINARY_SUFFIXES.items() if kind in ("docx", "odt"))
_REVIEWED_SUFFIXES = tuple(REVIEWED_MARK + suffix for suffix in sorted(REVIEW_SUFFIXES))
# Document formats a writer may keep letters in that b1check cannot read: named when a folder holds them.
UNREAD_DOCUMENTS = {
    ".doc": "een oud Word-bestand (.doc)", ".dot": "een oud Word-sjabloon (.dot)", ".rtf": "een RTF-bestand",
    ".wpd": "een WordPerfect-bestand", ".pages": "een Pages-bestand", ".fodt": "een plat OpenDocument-bestand (.fodt)",
}


def is_reviewed_copy(path: str | os.PathLike) -> bool:
    """Is this a copy `review` made (brief.b1check.docx, brief.b1check.odt)? By its name only."""
    name = Path(path).name.lower()
    return any(name.endswith(end) and len(name) > len(end) for end in _REVIEWED_SUFFIXES)


def lock_file_reason(path: str | os.PathLike) -> str | None:
    """Why this is no letter if it is the lock file a word processor makes while a document is open
    (Word: ~$brief.docx, LibreOffice: .~lock.brief.docx#), in Dutch; None if it is not."""
    name = Path(path).name
    if name.startswith("~$"):
        return ("Dit is een tijdelijk bestand van Word, niet de brief: Word maakt het zolang de brief open is. "
                "b1check slaat het over. Noem de brief zelf (zonder ~$ voor de naam).")
    if name.startswith(".~lock.") and name.endswith("#"):
        return ("Dit is een tijdelijk bestand van LibreOffice, niet de brief: LibreOffice maakt het zolang de brief "
                "open is. b1check slaat het over. Noem de brief zelf.")
    return None


def unread_document_reason(path: str | os.PathLike) -> str | None:
    """Why b1check does not read this document, by its name (.doc, .rtf …), in Dutch; None for other files."""
    kind = UNREAD_DOCUMENTS.get(Path(path).suffix.lower())
    return f"Dit is {kind}; b1check leest dat niet. {documents.SAVE_AS}" if kind else None


def _line_ends(text: str) -> str:
    """Windows and old Mac line ends become \n without moving any offset."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


def load_bytes(data: bytes, name: str = "<stdin>", fmt: str | None = None) -> SourceText:
    fmt = fmt or BINARY_SUFFIXES.get(Path(name.lower()).suffix)
    if fmt in BINARY_LOADERS:
        return load_parsed(data, name, BINARY_LOADERS[fmt])
    return load_parsed(data, name, lambda data, name: _text_source(data, name, fmt))


def _text_source(data: bytes, name: str, fmt: str | None) -> SourceText:
    reason = documents.other_format(data)  # an .rtf, .doc or .msg read as text is binary, or markup
    if reason:
        raise InputError(name, reason)
    original, notes = decode(data, name)
    fmt = fmt or detect_format(name, original)
    if byte_order_mark(data) in ("utf-16", "utf-32"):
        data = original.encode("utf-8")  # the e-mail parser reads bytes, and not these
    source = TEXT_LOADERS.get(fmt, _plain)(original, data)
    source.notes.extend(notes)
    return source


def load_parsed(data: bytes, name: str, parse: Callable[[bytes, str], SourceText]) -> SourceText:
    """What `load_bytes` does around the parse of a file's format: `parse` may be a caller's own, one that
    keeps what it parsed (`review` keeps the document it writes its comments into)."""
    lock = lock_file_reason(name)
    if lock:
        raise InputError(name, lock)
    if not data.strip():
        raise InputError(name, "Het bestand is leeg.")
    try:
        source = parse(data, name)
    except InputError:
        raise
    except DocumentError as error:
        raise InputError(name, error.reason) from None
    except (ValueError, LookupError, AssertionError, IndexError, TypeError) as error:
        raise InputError(name, f"Dit bestand kan niet gelezen worden ({error}).") from None
    except RecursionError:
        # An e-mail of thousands of parts inside each other: the parsers of the standard library recurse.
        raise InputError(name, "Dit bestand is te diep genest (te veel delen in elkaar); b1check kan het niet lezen.") from None
    # A lone surrogate cannot be encoded (the word tables, the cache, a report all need UTF-8): it is no
    # character, so it becomes U+FFFD, one character for one, and no offset moves.
    source.text = SURROGATES.sub("\ufffd", _line_ends(source.text))
    marked = markers.blank_markers(source.text)
    text, placeholders = templates.recognise(marked, name)
    source.text = text
    source.placeholders = placeholders
    source.choices = templates.choices(marked) if text != marked else []
    if not source.text.strip():
        raise InputError(name, "Er staat geen tekst in dit bestand.")
    return source


def load_text(text: str, name: str = "<tekst>", fmt: str = "text") -> SourceText:
    """Load a string, as `check_text` does."""
    return load_bytes(text.encode("utf-8"), name, fmt)


def load_file(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    return load_bytes(read_file(path, max_bytes), str(path))


def format_size(size: int, unit: int | None = None, round_up: bool = False) -> str:
    """A number of bytes in kB or MB ("1,6 kB", "2 MB"), to one decimal; in `unit` if given."""
    unit = unit or (1024 * 1024 if size >= 1024 * 1024 else 1024)
    tenths = math.ceil(size * 10 / unit) if round_up else math.floor(size * 10 / unit)
    text = f"{tenths / 10:.1f}".replace(".", ",").removesuffix(",0")
    return f"{text} {'MB' if unit == 1024 * 1024 else 'kB'}"


def size_text(size: int, limit: int) -> tuple[str, str]:
    """A size and the limit it is over, in the limit's unit ("1,6 kB", "1 kB").

    The size is rounded up and the limit down, so that a file over the limit
    never reads as the same size as the limit.
    """
    unit = 1024 * 1024 if limit >= 1024 * 1024 else 1024
    return format_size(size, unit, round_up=True), format_size(limit, unit)


def too_large(name: str, size: int, limit: int) -> InputError:
    shown_size, shown_limit = size_text(size, limit)
    return InputError(name, f"Dit bestand is te groot ({shown_size}; de grens is {shown_limit}).")


_WORD = re.compile(r"\S+")


def more_words_than(text: str, limit: int) -> bool:
    """Has `text` more than `limit` words (runs without white space)? Counts no further than
    that and keeps no words: cheap on a text of any length."""
    return next(islice(_WORD.finditer(text), limit, None), None) is not None


def too_many_words(name: str, limit: int) -> InputError:
    """Why a text longer than `limit` words is not checked, in Dutch."""
    shown = f"{limit:,}".replace(",", ".")  # 50.000: a point between thousands, as Dutch writes it
    return InputError(name, f"Deze tekst is te lang om te controleren: meer dan {shown} woorden "
                            f"(een brief heeft er meestal een paar honderd). b1check controleert geen halve tekst. "
                            f"Een hogere grens stelt u in met --set max_letter_words=AANTAL, of met "
                            f"max-letter-words onder [limits] in b1check.toml.")


def _not_regular(name: str, mode: int, letter: bool = True) -> InputError:
    """b1check reads regular files only: opening a pipe or a device can wait forever.

    `letter`: the file is a letter, whose text can come through standard input instead.
    """
    if stat.S_ISDIR(mode):
        return InputError(name, "Dit is een map, geen bestand.")
    kind = FILE_KINDS.get(stat.S_IFMT(mode), "geen gewoon bestand")
    advice = " Tekst doorgeven kan via standaardinvoer: b1check check -" if letter and stat.S_ISFIFO(mode) else ""
    return InputError(name, f"Dit is {kind}, geen gewoon bestand; b1check leest het niet.{advice}")


# Opening never waits (a FIFO that was swapped in after the check) and never
# makes a terminal b1check's own.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def read_file(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES, letter: bool = True) -> bytes:
    """The bytes of a regular file, or an `InputError` that says in Dutch why not.

    Also for b1check's own files (configuration, baseline: letter=False), which must
    not make b1check wait on a pipe or a device either.
    """
    name = str(path)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(name, info.st_mode, letter)
        if info.st_size > max_bytes:
            raise too_large(name, info.st_size, max_bytes)
        handle = os.open(path, _OPEN_FLAGS)
        with open(handle, "rb") as file:
            opened = os.fstat(handle)
            if not stat.S_ISREG(opened.st_mode):
                raise _not_regular(name, opened.st_mode, letter)
            data = file.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(name, "Dit bestand bestaat niet.") from None
    except PermissionError:
        raise InputError(name, "b1check mag dit bestand niet lezen (geen toegang).") from None
    except IsADirectoryError:
        raise InputError(name, "Dit is een map, geen bestand.") from None
    except OSError as error:
        raise InputError(name, f"Dit bestand kan niet gelezen worden ({os_reason(error)}).") from None
    if len(data) > max_bytes:
        raise too_large(name, len(data), max_bytes)
    return data
