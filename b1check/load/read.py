"""Read a file or stdin into a `SourceText`, or say in plain Dutch why not.

Loaders never raise anything but `InputError` for bad input.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from . import documents, formats, markers, templates
from ..settings import MAX_FILE_KB
from .errors import InputError
from .source import SourceText

# Letters are small; anything larger is almost certainly not a letter.
DEFAULT_MAX_BYTES = MAX_FILE_KB * 1024

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
EMAIL_SUFFIXES = {".eml"}
TEMPLATE_SUFFIXES = {".j2", ".jinja", ".jinja2", ".tpl", ".tmpl", ".twig", ".blade.php", ".django"}


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
    if text is not None and suffix in TEXT_SUFFIXES | {"-"}:
        head = text.lstrip()[:500].lower()
        if head.startswith(("<!doctype html", "<html")) or "<body" in head:
            return "html"
    return "text"


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Decode UTF-8, or Windows-1252 as a fallback (and say so)."""
    if b"\x00" in data[:8192]:
        raise InputError(path, "Dit is geen tekstbestand: het bevat binaire gegevens.")
    notes = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(
                path, "Dit bestand bevat tekens die geen tekst zijn. Sla het op als UTF-8."
            ) from None
        notes.append("Dit bestand is gelezen als Windows-1252 (geen UTF-8).")
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
}
# Loaders of binary formats (documents) get the bytes and the file name.
BINARY_LOADERS: dict[str, Callable[[bytes, str], SourceText]] = {**documents.LOADERS}
BINARY_SUFFIXES: dict[str, str] = {**documents.SUFFIXES}  # ".docx" → "docx"


def _line_ends(text: str) -> str:
    """Windows and old Mac line ends become \n without moving any offset."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


def load_bytes(data: bytes, name: str = "<stdin>", fmt: str | None = None) -> SourceText:
    if not data.strip():
        raise InputError(name, "Het bestand is leeg.")
    suffix = Path(name.lower()).suffix
    fmt = fmt or BINARY_SUFFIXES.get(suffix)
    try:
        if fmt in BINARY_LOADERS:
            source = BINARY_LOADERS[fmt](data, name)
            notes: list[str] = []
        else:
            original, notes = decode(data, name)
            fmt = fmt or detect_format(name, original)
            source = TEXT_LOADERS.get(fmt, _plain)(original, data)
    except InputError:
        raise
    except (ValueError, LookupError, AssertionError, IndexError, TypeError) as error:
        raise InputError(name, f"Dit bestand kan niet gelezen worden ({error}).") from None
    source.text = _line_ends(source.text)
    marked = markers.blank_markers(source.text)
    text, placeholders = templates.recognise(marked, name)
    source.text = text
    source.placeholders = placeholders
    source.choices = templates.choices(marked) if text != marked else []
    source.notes.extend(notes)
    if not source.text.strip():
        raise InputError(name, "Er staat geen tekst in dit bestand.")
    return source


def load_text(text: str, name: str = "<tekst>", fmt: str = "text") -> SourceText:
    """Load a string, as `check_text` does."""
    return load_bytes(text.encode("utf-8"), name, fmt)


def load_file(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    return load_bytes(read_file(path, max_bytes), str(path))


def read_file(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, or an `InputError` that says in Dutch why not."""
    name = str(path)
    file = Path(path)
    try:
        if file.is_dir():
            raise InputError(name, "Dit is een map, geen bestand.")
        size = file.stat().st_size
        if size > max_bytes:
            raise InputError(
                name,
                f"Dit bestand is te groot ({size // 1024} kB; de grens is {max_bytes // 1024} kB).",
            )
        with open(file, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(name, "Dit bestand bestaat niet.") from None
    except PermissionError:
        raise InputError(name, "b1check mag dit bestand niet lezen (geen toegang).") from None
    except IsADirectoryError:
        raise InputError(name, "Dit is een map, geen bestand.") from None
    except OSError as error:
        raise InputError(name, f"Dit bestand kan niet gelezen worden ({error.strerror}).") from None
    if len(data) > max_bytes:
        raise InputError(name, f"Dit bestand is te groot (de grens is {max_bytes // 1024} kB).")
    return data
