"""Hostile and pathological input, built from code when it is needed: no binary file is committed.

Each case is a file name (its extension picks the loader) and a function that
makes its bytes at a given scale: at scale 1 the cases are the sizes of
issue 15 (150,000 openers of a template tag, 20,000 emoji, a 1.3 MB text);
the tests use a smaller scale, benchmarks/scaling.py the full one. Special
files (a FIFO, a socket) are made by `make_special`.
"""

from __future__ import annotations

import io
import os
import socket
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.letter_files import (
    make_corrupt_zip,
    make_docx,
    make_empty_pdf,
    make_encrypted_pdf,
    make_eml,
    make_zip_bomb,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
LETTER = (EXAMPLES / "bezwaar" / "origineel.txt").read_text(encoding="utf-8")
OPENERS = 150_000  # repetitions of a tag opener at scale 1 (issue 15)


@dataclass(frozen=True)
class Case:
    name: str  # the file name: its extension picks the loader
    make: Callable[[float], bytes]  # scale → the file's bytes
    about: str  # what it tries, for a reader of the benchmark


def _times(unit: str, scale: float, per: int = OPENERS) -> bytes:
    return (unit * max(1, int(per * scale))).encode("utf-8")


def _letters(size: int) -> str:
    """Example letters one after the other, to `size` characters: a long text with paragraphs."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*/*.txt"))]
    out, total = [], 0
    while total < size:
        for text in texts:
            out.append(text)
            total += len(text) + 2
    return "\n\n".join(out)[:size]


def _late_nul(suffix: str) -> Callable[[float], bytes]:
    def make(scale: float) -> bytes:
        text = _letters(9000) + "\x00" + LETTER
        if suffix == ".html":
            text = f"<html><body><p>{text}</p></body></html>"
        if suffix == ".eml":
            return make_eml(text)
        return text.encode("utf-8")

    return make


def _billion_laughs(scale: float) -> bytes:
    """A .docx whose document.xml defines an entity that expands to a billion "lol"s."""
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10)
    )
    document = (
        f'<?xml version="1.0"?><!DOCTYPE lolz [{entities}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    source = zipfile.ZipFile(io.BytesIO(make_docx(LETTER)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member in source.infolist():
            data = document.encode() if member.filename == "word/document.xml" else source.read(member)
            archive.writestr(member, data)
    return out.getvalue()


def _bad_mime(scale: float) -> bytes:
    return (
        "Subject: =?utf-8?q?Uw_aanvraag?=\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="a"\n\n'
        + "--a\nContent-Type: text/plain; charset=x-onbekend\nContent-Transfer-Encoding: base64\n\n"
        + "!!!niet base64!!!\n" * 10
        + "--a\nContent-Type: text/plain\n\n" * max(1, int(2000 * scale))
    ).encode("utf-8")


CASES: tuple[Case, ...] = (
    # Defect 1: one long run without spaces.
    Case("emoji.txt", lambda scale: ("😀" * 20_000).encode("utf-8"), "20.000 emoji zonder spatie (80 kB)"),
    Case("woord.txt", lambda scale: ("a" * 10_000).encode("utf-8"), "een woord van 10.000 letters"),
    Case("haakjes.txt", lambda scale: _times("(", scale), "haakjes zonder spatie"),
    Case("punten.txt", lambda scale: _times(".", scale), "punten zonder spatie"),
    Case("dubbelepunten.txt", lambda scale: _times("a:", scale), "dubbele punten zonder spatie"),
    Case("letters-emoji.txt", lambda scale: _times("a😀", scale, OPENERS // 4), "letter en emoji om en om"),
    # Defect 2: openers that are never closed.
    Case("jinja-tags.txt", lambda scale: _times("{% ", scale), "'{% ' zonder '%}'"),
    Case("jinja-variabelen.txt", lambda scale: _times("{{ ", scale), "'{{ ' zonder '}}'"),
    Case("jinja-commentaar.txt", lambda scale: _times("{# ", scale), "'{# ' zonder '#}'"),
    Case("blade.txt", lambda scale: _times("{!! ", scale), "'{!! ' zonder '!!}'"),
    Case("blade-if.txt", lambda scale: _times("@if(", scale), "'@if(' zonder ')'"),
    Case("velden.txt", lambda scale: _times("«", scale), "'«' zonder '»'"),
    Case("notities.txt", lambda scale: _times("[", scale), "'[' zonder ']'"),
    Case("sjabloon.j2", lambda scale: _times("{% ", scale), "'{% ' in een Jinja-sjabloon"),
    Case("geneste-if.j2", lambda scale: _times("{% if a %}x", scale, OPENERS // 4), "'{% if %}' zonder einde, diep genest"),
    Case("markdown-tags.md", lambda scale: _times("<a", scale), "'<a' zonder '>' in Markdown"),
    Case("markdown-commentaar.md", lambda scale: _times("<!--", scale, OPENERS // 2), "'<!--' zonder '-->' in Markdown"),
    Case("markdown-links.md", lambda scale: _times("](", scale), "'](' zonder ')' in Markdown"),
    Case("markdown-code.md", lambda scale: _times("```\n", scale, OPENERS // 2), "codeblokken"),
    Case("html-tags.html", lambda scale: _times("<a", scale), "'<a' zonder '>' in HTML"),
    Case("html-commentaar.html", lambda scale: _times("<!--", scale, OPENERS // 2), "'<!--' zonder '-->' in HTML"),
    Case("html-attribuut.html", lambda scale: _times("<a href='", scale, OPENERS // 4), "een attribuut zonder einde"),
    Case("html-eindtags.html", lambda scale: _times("</", scale), "'</' zonder '>'"),
    # Defect 3: many of what a rule looks at.
    Case("velden-vol.txt", lambda scale: _times("«Naam» ", scale, OPENERS // 8), "20.000 samenvoegvelden"),
    Case("afsluitingen.txt", lambda scale: _times("Met vriendelijke groet,\n", scale, OPENERS // 8), "groeten"),
    Case("witregels.txt", lambda scale: b"a" + _times("\n", scale, OPENERS * 2) + b"a", "300.000 regeleinden"),
    Case("adres-zonder-at.txt", lambda scale: _times("a", scale, OPENERS * 2), "een e-mailadres zonder @"),
    Case("een-zin.txt", lambda scale: _times("de brief van de gemeente ", scale, OPENERS // 10), "één zin zonder punt"),
    # Each finding looks across its sentence: many findings in one run-on "sentence" were quadratic.
    Case("ambtelijke-zin.txt", lambda scale: _times("Wij verzoeken u het formulier in te vullen en ", scale, OPENERS // 15),
         "één ambtelijke zin zonder punt"),
    # Each phone number looked at the rest of its line and paragraph: quadratic on one long line.
    Case("telefoonnummers.txt", lambda scale: _times("Bel 020-5551234 of ", scale, OPENERS // 30),
         "5.000 telefoonnummers op één regel"),
    # Defect 4: a text over spaCy's max_length, under the 5 MB file limit.
    Case("lang.txt", lambda scale: _letters(max(1000, int(1_300_000 * scale))).encode("utf-8"), "1,3 MB tekst"),
    # Defect 8: encodings and a NUL late in the file.
    Case("nul-laat.txt", _late_nul(".txt"), "een NUL na 9 kB"),
    Case("nul-laat.md", _late_nul(".md"), "een NUL na 9 kB in Markdown"),
    Case("nul-laat.html", _late_nul(".html"), "een NUL na 9 kB in HTML"),
    Case("nul-laat.eml", _late_nul(".eml"), "een NUL na 9 kB in een e-mail"),
    Case("utf16.txt", lambda scale: LETTER.encode("utf-16"), "UTF-16 met BOM (Kladblok)"),
    Case("utf16-be.txt", lambda scale: b"\xfe\xff" + LETTER.encode("utf-16-be"), "UTF-16 big-endian met BOM"),
    Case("utf32.txt", lambda scale: LETTER.encode("utf-32"), "UTF-32 met BOM"),
    Case("utf16-zonder-bom.txt", lambda scale: LETTER.encode("utf-16-le"), "UTF-16 zonder BOM"),
    Case("stuurtekens.txt", lambda scale: ("\x01\x02\x03 " * 1000).encode(), "stuurtekens"),
    # Broken documents (these held up before; they stay covered).
    Case("zip-bom.docx", lambda scale: make_zip_bomb(), "een zip-bom"),
    Case("kapot.docx", lambda scale: make_corrupt_zip(), "een afgebroken zip"),
    Case("billion-laughs.docx", _billion_laughs, "XML-entiteiten die exploderen"),
    Case("versleuteld.pdf", lambda scale: make_encrypted_pdf(LETTER), "een PDF met wachtwoord"),
    Case("scan.pdf", lambda scale: make_empty_pdf(), "een PDF zonder tekst"),
    Case("ruis.pdf", lambda scale: os.urandom(4000), "willekeurige bytes"),
    Case("mime.eml", _bad_mime, "kapotte MIME-delen"),
)


def write_cases(folder: Path, scale: float) -> dict[str, Path]:
    """Every case as a file in `folder`; name → path."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for case in CASES:
        path = folder / case.name
        path.write_bytes(case.make(scale))
        paths[case.name] = path
    return paths


def make_special(folder: Path) -> tuple[dict[str, Path], list[socket.socket]]:
    """Files that are not regular files, named like letters: a FIFO and a listening
    socket (and the socket, to close when done)."""
    paths, sockets = {}, []
    if hasattr(os, "mkfifo"):
        paths["fifo"] = folder / "brief-fifo.txt"
        os.mkfifo(paths["fifo"])
    if hasattr(socket, "AF_UNIX"):
        paths["socket"] = folder / "brief-socket.txt"
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(paths["socket"]))
        server.listen(1)
        sockets.append(server)
    return paths, sockets

# English words that must not show in a reason meant for a Dutch reader.
ENGLISH = ("error", "errno", "traceback", "no such", "permission denied", "invalid", "cannot", "failed", "the ")


def is_dutch_reason(reason: str) -> bool:
    lower = reason.lower()
    return bool(reason.strip()) and not any(word in lower for word in ENGLISH)
