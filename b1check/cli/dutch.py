"""Click's own texts in Dutch: "Usage:", "Options:", "Show this message and exit.",
"Invalid value for …" and the other messages click writes itself.

Click asks gettext for each of them. `speak_dutch` gives gettext b1check's
Dutch catalogue (`CLICK_TEXTS`, below), compiled once into a .mo file in
b1check's cache folder, and makes Dutch the language of this process. The
texts b1check writes itself are Dutch in the code; the names of click's types
("PATH", "INTEGER") never show, because every option names its own metavar.
"""

from __future__ import annotations

import gettext
import os
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

DOMAIN = "b1check"
OPTIONS_METAVAR = "[OPTIES]"
COMMAND_METAVAR = "OPDRACHT [ARGUMENTEN]..."
HELP_TEXT = "Toon deze hulp en stop."

# Click's English text → b1check's Dutch. A pair of texts is a singular and a
# plural (ngettext). Placeholders in braces are filled in by click; a Dutch
# text may leave one out (click's name of a type, such as "integer range").
# Texts of click 8.1 to 8.5; a text click no longer has does no harm.
CLICK_TEXTS: dict[str | tuple[str, str], str | tuple[str, str]] = {
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Positional arguments": "Argumenten",
    "Show this message and exit.": HELP_TEXT,
    "Show the version and exit.": "Toon het versienummer en stop.",
    "Error: {message}": "Fout: {message}",
    "Try '{command} {option}' for help.": "Hulp: '{command} {option}'.",
    "Aborted!": "Gestopt.",
    "Missing command.": "Er ontbreekt een opdracht.",
    "Missing argument": "Er ontbreekt een argument:",
    "Missing option": "Er ontbreekt een optie:",
    "Missing parameter": "Er ontbreekt een waarde:",
    "Missing {param_type}": "Er ontbreekt een waarde:",
    "Missing parameter: {param_name}": "Er ontbreekt een waarde: {param_name}",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "No such option: {name}": "Deze optie bestaat niet: {name}.",
    "No such option {name!r}.": "Deze optie bestaat niet: {name}.",
    # gettext keys a plural by its singular, so these two share their Dutch.
    ("Did you mean {possibility}?", "(Possible options: {possibilities})"): (
        "Bedoelt u {possibility}?",
        "(Bedoelt u een van deze: {possibilities}?)",
    ),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"): (
        "Bedoelt u {possibility}?",
        "(Bedoelt u een van deze: {possibilities}?)",
    ),
    "No such command {name!r}.": "Deze opdracht bestaat niet: {name}.",
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"): (
        "Dit argument is te veel: {args}",
        "Deze argumenten zijn te veel: {args}",
    ),
    "Option {name!r} does not take a value.": "Bij de optie {name} hoort geen waarde.",
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."): (
        "Bij de optie {name} hoort een waarde.",
        "Bij de optie {name} horen {nargs} waarden.",
    ),
    "Argument {name!r} takes {nargs} values.": "Bij het argument {name} horen {nargs} waarden.",
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."): (
        "Hier horen {nargs} waarden, maar er is er 1 gegeven.",
        "Hier horen {nargs} waarden, maar er zijn er {len} gegeven.",
    ),
    (
        "{len_type} values are required, but {len_value} was given.",
        "{len_type} values are required, but {len_value} were given.",
    ): (
        "Hier horen {len_type} waarden, maar er is er {len_value} gegeven.",
        "Hier horen {len_type} waarden, maar er zijn er {len_value} gegeven.",
    ),
    "Value must be an iterable.": "Geef een lijst van waarden.",
    "default: {default}": "standaard: {default}",
    "required": "verplicht",
    "env var: {var}": "omgevingsvariabele: {var}",
    "(dynamic)": "(wisselend)",
    "deprecated": "verouderd",
    "(Deprecated) {text}": "(verouderd) {text}",
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."): (
        "{value!r} kan niet; kies {choice}.",
        "{value!r} kan niet; kies uit {choices}.",
    ),
    "Choose from:\n\t{choices}": "Kies uit:\n\t{choices}",
    "{value} is not in the range {range}.": "{value} ligt niet binnen {range}.",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen getal.",
    "{value!r} is not a valid boolean.": "{value!r} is geen ja of nee.",
    "{value!r} is not a valid boolean. Recognized values: {states}": "{value!r} is geen ja of nee ({states}).",
    "{value!r} is not a valid UUID.": "{value!r} is geen UUID.",
    ("{value!r} does not match the format {format}.", "{value!r} does not match the formats {formats}."): (
        "{value!r} past niet bij de vorm {format}.",
        "{value!r} past niet bij de vormen {formats}.",
    ),
    "file": "bestand",
    "directory": "map",
    "path": "pad",
    "{name} {filename!r} does not exist.": "{filename!r} bestaat niet.",
    "{name} {filename!r} is a file.": "{filename!r} is een bestand, geen map.",
    "{name} {filename!r} is a directory.": "{filename!r} is een map, geen bestand.",
    "{name} {filename!r} is not readable.": "b1check mag {filename!r} niet lezen.",
    "{name} {filename!r} is not writable.": "b1check mag {filename!r} niet schrijven.",
    "{name} {filename!r} is not executable.": "{filename!r} is geen programma.",
    "Could not open file {filename!r}: {message}": "{filename!r} kan niet geopend worden: {message}",
    "unknown error": "onbekende fout",
    "Do you want to continue?": "Wilt u doorgaan?",
}


def speak_dutch() -> None:
    """Let click speak Dutch in this process (call once, before click parses)."""
    from ..language.cache import cache_dir, content_key

    catalogue = mo_file(CLICK_TEXTS)
    folder = cache_dir() / f"click-nl-{content_key([catalogue])}"
    target = folder / "nl" / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not target.is_file():
        try:
            _write(target, catalogue)
        except OSError:
            # A read-only cache folder: a folder of our own in the system's temporary folder.
            folder = Path(tempfile.mkdtemp(prefix="b1check-"))
            _write(folder / "nl" / "LC_MESSAGES" / f"{DOMAIN}.mo", catalogue)
    gettext.bindtextdomain(DOMAIN, str(folder))
    gettext.textdomain(DOMAIN)
    # gettext picks the language from the environment, so b1check's own
    # process is Dutch whatever the user's language is; `own_language` gives
    # a program b1check starts the user's language back.
    _USER_LANGUAGE.append(os.environ.get("LANGUAGE"))
    os.environ["LANGUAGE"] = "nl"


_USER_LANGUAGE: list[str | None] = []


@contextmanager
def own_language() -> Iterator[None]:
    """The user's language in the environment, for another program b1check starts."""
    if not _USER_LANGUAGE:
        yield
        return
    dutch = os.environ.get("LANGUAGE")
    if _USER_LANGUAGE[0] is None:
        os.environ.pop("LANGUAGE", None)
    else:
        os.environ["LANGUAGE"] = _USER_LANGUAGE[0]
    try:
        yield
    finally:
        os.environ["LANGUAGE"] = dutch or "nl"


def _write(path: Path, data: bytes) -> None:
    from ..files import write_atomically

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data)


def mo_file(texts: dict) -> bytes:
    """The texts as a GNU .mo catalogue, the form gettext reads.

    Written here because the standard library can read catalogues but not
    write them (msgfmt.py is a tool of CPython's source, not a module), and a
    dependency for forty lines is not worth it.
    """
    header = "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n"
    entries = {"": header}
    for original, dutch in texts.items():
        key = "\0".join(original) if isinstance(original, tuple) else original
        entries[key] = "\0".join(dutch) if isinstance(dutch, tuple) else dutch
    keys = sorted(entries)  # gettext does not need it, GNU msgunfmt does
    originals = [key.encode("utf-8") for key in keys]
    translations = [entries[key].encode("utf-8") for key in keys]
    count = len(keys)
    start = 7 * 4 + 16 * count  # header, then the two tables of (length, offset)
    offsets, data = [], b""
    for text in originals + translations:
        offsets.append((len(text), start + len(data)))
        data += text + b"\0"
    table = b"".join(struct.pack("<2I", length, offset) for length, offset in offsets)
    return struct.pack("<7I", 0x950412DE, 0, count, 7 * 4, 7 * 4 + 8 * count, 0, 0) + table + data


def version_option():
    return click.version_option(
        package_name="b1check", message="b1check %(version)s", help="Toon het versienummer en stop."
    )


class Choice(click.ParamType):
    """A choice between Dutch words; the stable English names (of JSON, SARIF and
    older scripts) are accepted too, but not shown."""

    name = "keuze"

    def __init__(self, choices: dict[str, str], aliases: dict[str, str] | None = None) -> None:
        self.choices = choices  # Dutch word → value
        self.aliases = aliases or {}

    def convert(self, value, param, ctx):
        key = str(value).strip().lower()
        found = self.choices.get(key) or self.aliases.get(key)
        if found is None:
            self.fail(f"'{value}' kan niet; kies uit {', '.join(self.choices)}.", param, ctx)
        return found

    def metavar(self) -> str:
        return "[" + "|".join(self.choices) + "]"
