"""E-mail as it reads: a finding in a quoted-printable or base64 part shows the decoded words,
and its line and column point into the encoded file (exactly for quoted-printable; for
base64 the line of the encoded block that holds the start)."""

from __future__ import annotations

import base64
import codecs
import quopri
import re
from email.message import EmailMessage
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from b1check.check import check_source
from b1check.load import formats, load_bytes

from tests.letter_files import make_eml

LETTER = """Geachte heer Müller,

Wij verzoeken u vriendelijk om de bewonersparkeervergunning voor het café aan de Stationsstraat in overweging te nemen, teneinde de situatie te verbeteren. Indien u dat wenst, kunt u ons bellen. Dit procédé kent u al.

Hoogachtend,

Café de Gemeente
"""
ENCODED_BITS = re.compile(r"=[0-9A-F]{2}|=\n")


def findings(data: bytes):
    source = load_bytes(data, "mail.eml")
    return source, check_source(source, "mail.eml").findings


def offset(original: str, line: int, column: int) -> int:
    return sum(len(text) + 1 for text in original.split("\n")[: line - 1]) + column - 1


def plain_findings(charset: str = "utf-8"):
    return {(f.rule, f.text) for f in findings(make_eml(LETTER, subject="Uw aanvraag", encoding="8bit"))[1]}


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-1"])
def test_quoted_printable_findings_read_as_the_letter_and_point_at_their_encoded_words(charset):
    message = EmailMessage()
    message["Subject"] = "Uw aanvraag"
    message.set_content(LETTER, cte="quoted-printable", charset=charset)
    data = bytes(message)
    assert b"=\n" in data or b"=\r\n" in data  # soft line breaks: the long line is cut
    source, found = findings(data)
    assert found
    assert {(f.rule, f.text) for f in found} == plain_findings()
    assert any(not f.text[-1].isascii() for f in found)  # "procédé": a finding that ends in an encoded character
    for finding in found:
        assert not ENCODED_BITS.search(finding.text), finding
        # Exact: the encoded file, decoded from the finding's line and column on, starts with its words.
        start = offset(source.original, finding.line, finding.column)
        assert start == finding.start
        decoded = quopri.decodestring(source.original[start:].encode("ascii")).decode(charset)
        assert decoded.startswith(finding.text), finding
        # And it ends exactly where its last character's encoding ends: "caf=C3=A9", not "caf=C3=".
        covered = quopri.decodestring(source.original[start:finding.end].encode("ascii")).decode(charset)
        assert covered.replace("\r\n", "\n") == finding.text.replace(" \n", "\n"), finding


def test_base64_findings_read_as_the_letter_and_point_at_the_line_that_holds_their_start():
    data = make_eml(LETTER, subject="Uw aanvraag", encoding="base64")
    source, found = findings(data)
    assert found
    lines = source.original.split("\n")
    first = next(number for number, line in enumerate(lines, 1) if line.startswith("R2VhY2h0"))  # "Geacht…"
    block = [line.strip() for line in lines[first - 1:] if line.strip()]
    body = base64.b64decode("".join(block))
    for finding in found:
        assert "\n" not in finding.text.strip() or finding.rule.startswith("LEN")
        assert finding.text.split()[0] in body.decode("utf-8")
        # The finding's first byte is decoded from the line it names.
        before = len(base64.b64decode("".join(block[: finding.line - first])))
        through = len(base64.b64decode("".join(block[: finding.line - first + 1])))
        starts = [m.start() for m in re.finditer(re.escape(finding.text.encode("utf-8")), body)]
        assert any(before <= start < through for start in starts), finding
        # The column is the start of the group of four characters that holds that byte,
        # and the finding ends with the group that holds its last byte.
        assert (finding.column - 1) % 4 == 0
        groups = "".join(source.original[finding.start:finding.end].split())
        assert len(groups) % 4 == 0
        covered = base64.b64decode(groups)
        assert finding.text.encode("utf-8") in covered and len(covered) < len(finding.text.encode("utf-8")) + 6


def test_an_encoded_html_part_reads_as_text():
    message = EmailMessage()
    message["Subject"] = "Uw aanvraag"
    html = "<html><body><p>Wij verzoeken u <b>middels</b> dit formulier uw gegevens te retourneren, café.</p></body></html>"
    message.set_content(html, subtype="html", cte="quoted-printable")
    source, found = findings(bytes(message))
    sentence = next(f for f in found if "middels" in f.text and f.text.startswith("Wij"))
    assert sentence.text == "Wij verzoeken u middels dit formulier uw gegevens te retourneren, café."
    retourneren = next(f for f in found if f.text == "te retourneren")  # cut by a soft line break
    assert source.original[retourneren.start:retourneren.end] == "te re=\ntourneren"
    middels = next(f for f in found if f.text == "middels")
    assert source.original[middels.start:].startswith("middels")


def test_a_plain_email_still_shows_its_own_characters():
    data = make_eml(LETTER, subject="Uw aanvraag", encoding="8bit")
    source, found = findings(data)
    assert not source.encoded
    for finding in found:
        assert finding.text == source.original[finding.start:finding.end]


def test_an_email_nested_too_deep_is_refused_in_dutch():
    from b1check.load import InputError

    nested = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(2000))
    data = f"Subject: x\n{nested}Content-Type: text/plain\n\nWij verzoeken u.\n".encode()
    with pytest.raises(InputError) as error:
        load_bytes(data, "diep.eml")
    assert "te diep genest" in error.value.reason


@pytest.mark.parametrize(
    ("subject", "shown"),
    [("=?bogus?Q?Uw_aanvraag?=", "Uw aanvraag"), ("=?iso-8859-1?Q?caf=E9?= en =?x-onbekend?Q?meer?=", "café en meer")],
)
def test_a_header_in_a_charset_python_does_not_know_leaves_the_email_readable(subject, shown):
    data = f"Subject: {subject}\n\nWij verzoeken u het formulier te retourneren.\n".encode()
    source = load_bytes(data, "brief.eml")
    assert shown in source.text and "Wij verzoeken u het formulier te retourneren." in source.text


def test_a_damaged_base64_body_reads_what_is_there():
    """A stray character or a mail cut off: the words that can be decoded are the letter (the whole
    body was dropped, and a subject alone was judged "B1: ja")."""
    encoded = base64.b64encode(LETTER.encode("utf-8")).decode("ascii")
    lines = [encoded[i:i + 76] for i in range(0, len(encoded), 76)]
    lines[1] = lines[1][:30] + "!=" + lines[1][30:]  # no base64: the characters after it are one off
    data = ("Subject: Uw aanvraag\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
            + "\n".join(lines[:-1]) + "\n").encode("ascii")
    source, found = findings(data)
    assert "Geachte heer Müller" in source.text and "Wij verzoeken u" in source.text
    wording = next(f for f in found if f.rule == "WRD001")
    assert source.original[wording.start:wording.end].strip()  # it points into the encoded block


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Subject: Uw aanvraag\nFrom: a@gemeente.nl\n", "alleen de kop"),
        (b"Subject: Uw aanvraag\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n"
         b"--b\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
         b"Content-Disposition: attachment; filename=brief.pdf\n\nJVBERi0=\n--b--\n", "alleen bijlagen"),
        (b"Subject: Uw aanvraag\nMIME-Version: 1.0\nContent-Type: multipart/mixed\n\nWij verzoeken u.\n", "beschadigd"),
    ],
    ids=["only-headers", "only-attachments", "no-boundary"],
)
def test_an_email_without_a_body_to_read_is_refused_not_judged(data, reason):
    from b1check.load import InputError

    with pytest.raises(InputError) as error:
        load_bytes(data, "mail.eml")
    assert reason in error.value.reason


_TNEF = base64.b64encode(b"\x78\x9f\x3e\x22\x01\x00" + b"\x00" * 40)  # the signature of a TNEF stream


@pytest.mark.parametrize(
    "data",
    [
        # Outlook's rich text: the whole body is the TNEF stream, as one part
        b"Subject: Uw aanvraag\nFrom: a@gemeente.nl\nMIME-Version: 1.0\n"
        b"Content-Type: application/ms-tnef; name=winmail.dat\nContent-Transfer-Encoding: base64\n\n" + _TNEF + b"\n",
        # or the only part of a multipart, as an attachment
        b"Subject: Uw aanvraag\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n"
        b"--b\nContent-Type: application/octet-stream; name=WINMAIL.DAT\nContent-Transfer-Encoding: base64\n"
        b"Content-Disposition: attachment; filename=WINMAIL.DAT\n\n" + _TNEF + b"\n--b--\n",
        # or named nothing, with the signature alone
        b"Subject: Uw aanvraag\nMIME-Version: 1.0\nContent-Type: application/vnd.ms-tnef\n"
        b"Content-Transfer-Encoding: base64\n\n" + _TNEF + b"\n",
    ],
    ids=["body", "attachment", "signature"],
)
def test_an_email_whose_text_is_in_winmail_dat_says_so(data):
    """The text is there, in a format of Outlook's own; 'alleen de kop' would tell the writer it is not."""
    from b1check.load import InputError

    with pytest.raises(InputError) as error:
        load_bytes(data, "mail.eml")
    assert "bijlage van Outlook (winmail.dat)" in error.value.reason
    assert "alleen de kop" not in error.value.reason and "alleen bijlagen" not in error.value.reason


# --- The map of a decoded body, against a slow one that is obviously right ----------------------
# Each byte of the body knows the characters of the file it is decoded from; the bytes are fed to
# the decoder one at a time, and each character starts where the first of its bytes does and ends
# where the byte that completed it ends. The loader must give exactly this, however it gets there.


def slow_body_map(raw: str, base: int, encoding: str, charset: str) -> tuple[str, list[int], list[int]]:
    if encoding == "quoted-printable":
        triples, i = [], 0  # (byte, origin, end)
        while i < len(raw):
            if re.compile(r"=\r?\n").match(raw, i):
                i += 2 if raw[i + 1] == "\n" else 3
            elif re.compile(r"=[0-9A-Fa-f]{2}").match(raw, i):
                triples.append((int(raw[i + 1:i + 3], 16), base + i, base + i + 3))
                i += 3
            else:
                triples += [(byte, base + i, base + i + 1) for byte in raw[i].encode("utf-8", "replace")]
                i += 1
    else:
        positions = [i for i, char in enumerate(raw) if not char.isspace()]
        compact = "".join(raw[i] for i in positions)
        try:
            data = base64.b64decode(compact[: len(compact) // 4 * 4])
        except ValueError:  # damaged: only the characters of base64, as `base64 -d -i` reads them
            positions = [i for i, char in enumerate(raw) if char in LETTERS_OF_BASE64]
            if len(positions) % 4 == 1:
                positions.pop()
            compact = "".join(raw[i] for i in positions)
            data = base64.b64decode(compact + "=" * (-len(compact) % 4))
        # Byte k is decoded from the k // 3-th group of four characters.
        groups = [positions[at:at + 4] for at in range(0, len(positions), 4)]
        triples = [(byte, base + groups[k // 3][0], base + groups[k // 3][-1] + 1) for k, byte in enumerate(data)]
    try:
        decoder = codecs.getincrementaldecoder(charset)("replace")
    except LookupError:
        decoder = codecs.getincrementaldecoder("utf-8")("replace")
    text, origins, ends, waiting = "", [], [], []
    for byte, origin, end in triples:
        waiting.append(origin)
        out = decoder.decode(bytes([byte]))
        text += out
        origins += [waiting[0]] * len(out)
        ends += [end] * len(out)
        if out:
            waiting = []
    out = decoder.decode(b"", final=True)
    text += out
    origins += [waiting[0] if waiting else 0] * len(out)
    ends += [triples[-1][2] if triples else 0] * len(out)
    return text, origins, ends


LETTERS_OF_BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
CHARSETS = ["utf-8", "iso-8859-1", "cp1252", "utf-16-le", "shift_jis", "utf-8-sig", "x-onbekend"]
# Pieces of a quoted-printable body: text, escapes of one character or of half of one, soft and
# hard line breaks, escapes that are none ("=G1", a lone "="), characters that have no place in it.
QP_PIECES = ["Wij verzoeken u ", "a", " ", "\n", "\r\n", "=C3=A9", "=c3=a9", "=E9", "=C3", "=A9", "=FF",
             "=E2=82=AC", "=F0=9F=98=80", "=\n", "=\r\n", "=\r", "=", "=G1", "=3D", "é", "\ufffd", "\udcc3"]
# Pieces of the bytes of a base64 body: text in the charset, broken UTF-8, a byte order mark.
BYTE_PIECES = [b"Wij verzoeken u ", b"a", b"\n", "é".encode(), "€".encode(), "😀".encode(), b"\xe9", b"\xc3",
               b"\xff\xfe", b"\xef\xbb\xbf", "café".encode("utf-16-le"), b"\x81\x8d"]


@st.composite
def encoded_bodies(draw):
    if draw(st.booleans()):
        return "quoted-printable", "".join(draw(st.lists(st.sampled_from(QP_PIECES), max_size=60)))
    data = b"".join(draw(st.lists(st.sampled_from(BYTE_PIECES), max_size=40)))
    encoded = base64.b64encode(data).decode("ascii")
    width = draw(st.integers(1, 80))
    raw = draw(st.sampled_from(["\n", "\r\n", " \n"])).join(encoded[i:i + width] for i in range(0, len(encoded), width))
    for _ in range(draw(st.integers(0, 3))):  # damage: a character that is no base64, or one lost
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + draw(st.sampled_from(["!", "=", "*", "é", "", "\t"])) + raw[at + 1:]
    return "base64", raw


@given(body=encoded_bodies(), charset=st.sampled_from(CHARSETS), base=st.integers(0, 500),
       piece=st.sampled_from([1, 2, 5, formats._UTF8_PIECE]))
@settings(max_examples=400, deadline=None)
def test_every_character_of_an_encoded_body_maps_to_the_bytes_it_is_decoded_from(body, charset, base, piece):
    encoding, raw = body
    with patch.object(formats, "_UTF8_PIECE", piece):  # UTF-8 decodes in pieces: their edges must not show
        text, origins, ends = formats._decode_body(raw, base, encoding, charset)
    assert (text, list(origins), list(ends)) == slow_body_map(raw, base, encoding, charset)


@pytest.mark.parametrize("encoding", ["quoted-printable", "base64"])
@pytest.mark.parametrize("broken", [b"", b"\xe9"], ids=["utf-8", "a-latin-1-byte-now-and-then"])
def test_a_long_encoded_letter_maps_as_the_slow_way_does(encoding, broken):
    """Long enough for the many pieces the loader decodes at once, and the edges between them."""
    letter = (LETTER * 300).replace("e", "é").encode("utf-8")
    if broken:
        letter = broken.join(letter[at:at + 7001] for at in range(0, len(letter), 7001))
    raw = (quopri.encodestring(letter) if encoding == "quoted-printable" else base64.encodebytes(letter)).decode("ascii")
    text, origins, ends = formats._decode_body(raw, 17, encoding, "utf-8")
    assert text == letter.decode("utf-8", "replace")
    assert (text, list(origins), list(ends)) == slow_body_map(raw, 17, encoding, "utf-8")


@pytest.mark.parametrize("charset, data", [
    ("utf-16", "Indien u vragen heeft, kunt u ons bellen.\n".encode("utf-16-be")),  # no byte order mark: big-endian
    ("rot13", b"Indien u vragen heeft, kunt u ons bellen.\n"),  # a codec that is no charset: read as UTF-8
])
def test_a_body_in_an_odd_charset_is_read_not_refused(charset, data):
    body = base64.b64encode(data).decode()
    mail = (f"From: a@b.nl\nTo: c@d.nl\nSubject: Test\nMIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\n"
            f"Content-Transfer-Encoding: base64\n\n{body}\n").encode()
    _, found = findings(mail)
    assert any(f.text == "Indien" for f in found)
