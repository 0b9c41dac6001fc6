"""Stage 1, load: a file (text, Markdown, HTML, e-mail, office document, template) becomes a
`SourceText` with its offset map back to the original. May import: model, settings."""

from .errors import InputError
from .read import (
    BINARY_LOADERS,
    BINARY_SUFFIXES,
    DEFAULT_MAX_BYTES,
    EMAIL_SUFFIXES,
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    TEMPLATE_SUFFIXES,
    TEXT_LOADERS,
    TEXT_SUFFIXES,
    byte_order_mark,
    decode,
    detect_format,
    encoding_of,
    format_size,
    load_bytes,
    load_file,
    load_text,
    read_file,
    size_text,
)
from .source import Placeholder, SourceText

__all__ = [
    "BINARY_LOADERS",
    "BINARY_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "EMAIL_SUFFIXES",
    "HTML_SUFFIXES",
    "InputError",
    "MARKDOWN_SUFFIXES",
    "Placeholder",
    "SourceText",
    "TEMPLATE_SUFFIXES",
    "TEXT_LOADERS",
    "TEXT_SUFFIXES",
    "byte_order_mark",
    "decode",
    "detect_format",
    "encoding_of",
    "format_size",
    "load_bytes",
    "load_file",
    "load_text",
    "read_file",
    "size_text",
]
