"""Word, OpenDocument and PDF letters: the same letter gives the same findings in every format.

The documents are made here, from the example letters; none are shipped.
"""

from __future__ import annotations

import dataclasses

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from b1check.check import check_path, check_source
from b1check.load.documents import MAX_UNPACKED_BYTES
from b1check.load import InputError, load_bytes
from b1check.model import ReadError

from tests.letter_files import (
    make_corrupt_zip,
    make_deeply_nested,
    make_docx,
    make_docx_as,
    make_docx_with_doctype,
    make_eml,
    make_ole,
    make_empty_pdf,
    make_encrypted_pdf,
    make_odt,
    make_odt_as,
    ODF_TEMPLATE,
    make_pdf,
    make_pdf_bomb,
    make_zip_bomb,
    _rewrite_member,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LETTERS = sorted(EXAMPLES.glob("*/*.txt"))
MAKERS = {"docx": make_docx, "odt": make_odt, "pdf": make_pdf, "eml": make_eml}


def outcome(data: bytes, name: str):
    report = check_source(load_bytes(data, name), name)
    # A finding over a whole sentence may take the blank line after it along;
    # documents have no blank lines of their own, so compare without.
    # Where a LiNT-II sentence is in the file differs per format (a paragraph
    # number in a document); its score and features must not.
    lint = report.metrics.lint
    sentences = [(s.score, s.level, s.features) for s in lint.sentences]
    metrics = dataclasses.replace(report.metrics, lint=dataclasses.replace(lint, sentences=()))
    return [(f.rule, f.text.strip()) for f in report.findings], metrics, sentences, report.verdict, report.contact


@pytest.mark.parametrize("fmt", sorted(MAKERS))
@pytest.mark.parametrize("letter", LETTERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_same_letter_same_findings_in_every_format(letter, fmt):
    text = letter.read_text(encoding="utf-8")
    expected = outcome(text.encode("utf-8"), "brief.txt")
    assert outcome(MAKERS[fmt](text), f"brief.{fmt}") == expected


@pytest.mark.parametrize("letter", LETTERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_whitespace_at_the_end_of_a_letter_changes_nothing(letter):
    text = letter.read_text(encoding="utf-8").rstrip()
    expected = outcome(text.encode("utf-8"), "brief.txt")
    for ending in ("\n", "\n\n", " \n\n\t\n"):
        assert outcome((text + ending).encode("utf-8"), "brief.txt") == expected


def test_docx_reads_header_footer_and_tables():
    data = make_docx(
        "Geachte heer Jansen,\n\nWij hebben uw brief gekregen.\n\nMet vriendelijke groet,\n\nJan de Vries",
        header="Gemeente Voorbeeld, Team Parkeren",
        footer_table=[["Telefoon", "06 12345678"], ["E-mail", "j.devries@gemeente-voorbeeld.nl"]],
    )
    source = load_bytes(data, "brief.docx")
    assert source.original.splitlines()[0] == "Gemeente Voorbeeld, Team Parkeren"
    assert "Telefoon\t06 12345678\nE-mail\tj.devries@gemeente-voorbeeld.nl" in source.original
    report = check_source(source, "brief.docx")
    assert report.contact.phone == "direct"
    assert report.contact.email == "personal_or_team"


def test_docx_line_is_the_paragraph_number():
    data = make_docx("Geachte heer,\n\nHet is mogelijk dat u gehouden bent om te betalen.\n\nMet groet,\n\nJan")
    report = check_source(load_bytes(data, "brief.docx"), "brief.docx")
    finding = next(f for f in report.findings if f.text == "gehouden bent")
    assert (finding.line, finding.column) == (2, 23)


def test_docx_a_tracked_move_is_read_at_its_new_place_only():
    """Word keeps moved text at its old place too, struck through (w:moveFrom, with w:t as in the
    standard's example): it is read once, where it now stands, as deleted text is not read."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    stamp = 'w:author="Els" w:date="2025-03-30T09:00:00Z"'
    moved = "Tevens vragen wij uw paspoort."
    old = document.add_paragraph()
    old._p.append(parse_xml(f'<w:moveFrom {nsdecls("w")} w:id="1" {stamp}><w:r><w:t xml:space="preserve">{moved} '
                            "</w:t></w:r></w:moveFrom>"))
    old.add_run("U krijgt binnen 2 weken antwoord.")
    new = document.add_paragraph("Wij vragen ook uw rijbewijs. ")
    new._p.append(parse_xml(f'<w:moveTo {nsdecls("w")} w:id="2" {stamp}><w:r><w:t>{moved}</w:t></w:r></w:moveTo>'))
    out = io.BytesIO()
    document.save(out)
    source = load_bytes(out.getvalue(), "brief.docx")
    assert source.original == f"U krijgt binnen 2 weken antwoord.\nWij vragen ook uw rijbewijs. {moved}"
    report = check_source(source, "brief.docx")
    assert [(f.line, f.text) for f in report.findings if f.matched == "Tevens" or f.text == "Tevens"] == [(2, "Tevens")]


def test_an_odt_is_unpacked_once(monkeypatch):
    """content.xml is unpacked by odfpy; the styles that hide text are read from the start of it,
    not from a second copy of the whole part (a long letter would cost twice its memory)."""
    letter = "\n\n".join(f"Alinea {n}: wij verzoeken u het formulier te sturen." for n in range(3000))
    data = make_odt(letter)
    unpacked = {"content.xml": 0}
    opened = zipfile.ZipFile.open

    def counting_open(self, name, *args, **kwargs):
        stream = opened(self, name, *args, **kwargs)
        member = name if isinstance(name, str) else name.filename
        if member in unpacked:
            read = stream.read

            def counting_read(n=-1):
                chunk = read(n)
                unpacked[member] += len(chunk)
                return chunk

            stream.read = counting_read
        return stream

    monkeypatch.setattr(zipfile.ZipFile, "open", counting_open)
    source = load_bytes(data, "brief.odt")
    size = zipfile.ZipFile(io.BytesIO(data)).getinfo("content.xml").file_size
    assert "Alinea 2999" in source.text
    assert unpacked["content.xml"] < 1.2 * size, (unpacked, size)


def test_odt_keeps_line_breaks_inside_a_paragraph():
    source = load_bytes(make_odt("Gemeente Voorbeeld\nPostbus 1\n\nGeachte heer,"), "brief.odt")
    assert source.original == "Gemeente Voorbeeld\nPostbus 1\nGeachte heer,"
    assert source.text == "Gemeente Voorbeeld\nPostbus 1\n\nGeachte heer,"


def test_pdf_gaps_between_lines_become_paragraphs():
    source = load_bytes(make_pdf("Eerste regel\nTweede regel\n\nNieuwe alinea"), "brief.pdf")
    assert source.text == "Eerste regel\nTweede regel\n\nNieuwe alinea"


def test_pdf_over_pages():
    text = "\n\n".join(f"Dit is alinea {n}." for n in range(1, 41))
    source = load_bytes(make_pdf(text, lines_per_page=30), "brief.pdf")
    assert "Dit is alinea 1." in source.text and "Dit is alinea 40." in source.text


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (make_empty_pdf(), "scan.pdf", "geen tekst"),
        (make_encrypted_pdf("Geachte heer,\n\nDit is geheim."), "geheim.pdf", "wachtwoord"),
        (b"%PDF-1.4\n" + bytes(range(256)) * 4, "kapot.pdf", "beschadigd"),
        (b"Dit is tekst, geen PDF.", "nep.pdf", "geen PDF"),
        (make_corrupt_zip(), "kapot.docx", "beschadigd"),
        (make_corrupt_zip(), "kapot.odt", "beschadigd"),
        (make_zip_bomb(), "bom.docx", "zip-bom"),
        (make_pdf_bomb(), "bom.pdf", "zip-bom"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "oud.docx", "wachtwoord, of het is een oud formaat"),
        (make_odt("Hallo."), "verkeerd.docx", "Word-bestand"),
        (make_ole("WordDocument"), "oud.doc", "oude formaat (.doc)"),
        (make_ole("WordDocument"), "oud.docx", "oude formaat (.doc)"),
        (make_ole("__substg1.0_0037001F"), "bericht.msg", "Outlook-bericht (.msg)"),
        (make_ole("EncryptedPackage"), "geheim.docx", "wachtwoord"),
        (b"{\\rtf1\\ansi Geachte heer, wij verzoeken u te betalen.}", "brief.rtf", "RTF-bestand"),
        (b"{\\rtf1\\ansi Geachte heer.}", "brief.docx", "RTF-bestand"),
        (b'<?xml version="1.0"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">'
         b"<office:body><office:text>Geachte heer,</office:text></office:body></office:document>", "brief.fodt",
         "plat OpenDocument-bestand"),
    ],
    ids=["scan", "encrypted", "broken-pdf", "not-a-pdf", "corrupt-docx", "corrupt-odt", "zip-bomb", "pdf-bomb", "ole",
         "odt-as-docx", "doc", "doc-as-docx", "msg", "encrypted-docx", "rtf", "rtf-as-docx", "flat-odt"],
)
def test_bad_documents_get_a_dutch_reason(data, name, reason):
    with pytest.raises(InputError) as error:
        load_bytes(data, name)
    assert reason in error.value.reason


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("brief.docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
        ("sjabloon.dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
        ("sjabloon.dotm", "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
        ("sjabloon.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
    ],
)
def test_a_word_document_with_macros_or_a_word_template_reads_as_the_docx(name, content_type):
    """python-docx's own docx.Document refuses every main part but a .docx's."""
    letter = LETTERS[0].read_text(encoding="utf-8")
    assert load_bytes(make_docx_as(letter, content_type), name).text == load_bytes(make_docx(letter), "brief.docx").text


@pytest.mark.parametrize("name", ["sjabloon.ott", "sjabloon.odt", "SJABLOON.OTT"])
def test_an_opendocument_template_reads_as_the_odt(name):
    """A LibreOffice template (.ott, or one saved as .odt) is a letter, as a Word template is."""
    letter = LETTERS[0].read_text(encoding="utf-8")
    assert load_bytes(make_odt_as(letter, ODF_TEMPLATE), name).text == load_bytes(make_odt(letter), "brief.odt").text
    from b1check.load import is_letter

    assert is_letter(name)  # audit and a folder named to check find it


def test_an_opendocument_spreadsheet_is_no_text_document():
    with pytest.raises(InputError) as error:
        load_bytes(make_odt_as("Hallo.", "application/vnd.oasis.opendocument.spreadsheet"), "tabel.ott")
    assert "geen tekstdocument" in error.value.reason


def test_an_excel_sheet_named_docx_is_no_word_file():
    sheet = make_docx_as("Hallo.", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    with pytest.raises(InputError) as error:
        load_bytes(sheet, "tabel.docx")
    assert "geen geldig Word-bestand" in error.value.reason


@pytest.mark.parametrize("member", ["word/document.xml", "word/settings.xml", "word/styles.xml"])
def test_a_docx_with_a_document_type_in_any_part_is_refused(member):
    """Word refuses a DTD in a part; its entities are not expanded, so their text would be lost without a word."""
    with pytest.raises(InputError) as error:
        load_bytes(make_docx_with_doctype("Geachte heer,\n\nWij hebben uw brief gekregen.", member), "brief.docx")
    assert "documenttype" in error.value.reason and member in error.value.reason


@pytest.mark.parametrize("member", ["content.xml", "styles.xml"])
def test_an_odt_with_broken_xml_is_damaged_and_prints_nothing(member, capsys):
    """odfpy prints a part it cannot parse to standard output, which broke `--format json`."""
    broken = _rewrite_member(make_odt("Geachte heer,\n\nWij hebben uw brief gekregen."), member, lambda xml: xml[: len(xml) // 2])
    with pytest.raises(InputError) as error:
        load_bytes(broken, "brief.odt")
    assert "beschadigd" in error.value.reason
    assert capsys.readouterr().out == ""


def test_zip_bomb_is_refused_before_unpacking():
    bomb = make_zip_bomb()
    assert len(bomb) < 1024 * 1024  # small packed …
    assert sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(bomb)).infolist()) > MAX_UNPACKED_BYTES // 2


def test_check_path_lists_a_broken_document(tmp_path):
    path = tmp_path / "kapot.docx"
    path.write_bytes(make_corrupt_zip())
    result = check_path(str(path))
    assert isinstance(result, ReadError)
    assert "beschadigd" in result.reason


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), st.sampled_from(["a.docx", "a.odt", "a.pdf"]))
def test_random_bytes_never_crash_the_document_loaders(data, name):
    try:
        load_bytes(data, name)
    except InputError as error:
        assert error.reason


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_documents_never_crash(data):
    """A real document with a few bytes changed: read, or refused with a reason."""
    fmt = data.draw(st.sampled_from(["docx", "odt", "pdf"]))
    original = bytearray(MAKERS[fmt]("Geachte heer,\n\nWij hebben uw brief gekregen.\n\nJan de Vries"))
    for _ in range(data.draw(st.integers(1, 5))):
        position = data.draw(st.integers(0, len(original) - 1))
        original[position] = data.draw(st.integers(0, 255))
    try:
        load_bytes(bytes(original), f"brief.{fmt}")
    except InputError as error:
        assert error.reason


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_a_deeply_nested_document_is_called_nested_not_damaged(fmt, tmp_path):
    with pytest.raises(InputError) as error:
        load_bytes(make_deeply_nested(fmt), f"diep.{fmt}")
    assert "te diep genest" in error.value.reason
    assert "beschadigd" not in error.value.reason
    # A batch goes on after it.
    (tmp_path / f"diep.{fmt}").write_bytes(make_deeply_nested(fmt))
    (tmp_path / "brief.txt").write_text("Geachte heer,\n\nWij hebben uw brief gekregen.\n", encoding="utf-8")
    results = [check_path(str(path)) for path in sorted(tmp_path.iterdir())]
    assert isinstance(results[1], ReadError) and "te diep genest" in results[1].reason
    assert not isinstance(results[0], ReadError)
