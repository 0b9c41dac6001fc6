"""Make the same letter as .docx, .odt, .pdf and .eml, for the tests; no files are shipped.

A letter is plain text: paragraphs separated by a blank line, lines inside a
paragraph by a line break (in Word and ODF a manual line break).
"""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage


def paragraphs(text: str) -> list[list[str]]:
    return [block.split("\n") for block in text.strip("\n").split("\n\n")]


def make_docx(text: str, header: str | None = None, footer_table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for lines in paragraphs(text):
        paragraph = document.add_paragraph()
        for number, line in enumerate(lines):
            run = paragraph.add_run(line)
            if number < len(lines) - 1:
                run.add_break()
    if footer_table:
        footer = document.sections[0].footer
        table = footer.add_table(rows=len(footer_table), cols=len(footer_table[0]), width=docx.shared.Cm(16))
        for row, values in zip(table.rows, footer_table):
            for cell, value in zip(row.cells, values):
                cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_odt(text: str) -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.text import LineBreak, P

    document = OpenDocumentText()
    for lines in paragraphs(text):
        paragraph = P()
        for number, line in enumerate(lines):
            paragraph.addText(line)
            if number < len(lines) - 1:
                paragraph.addElement(LineBreak())
        document.text.addElement(paragraph)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def make_pdf(text: str, lines_per_page: int = 60) -> bytes:
    """A small PDF with a text layer, written by hand: Helvetica, one PDF line per
    line of the letter, an empty line of space between paragraphs."""
    lines = text.strip("\n").split("\n")
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]

    def literal(line: str) -> bytes:
        raw = line.encode("cp1252")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    kids = []
    for number, page in enumerate(pages):
        stream = b"\n".join([b"BT /F1 10 Tf 12 TL 50 800 Td", *(literal(line) + b" Tj T*" for line in page), b"ET"])
        page_id, content_id = 4 + 2 * number, 5 + 2 * number
        kids.append(page_id)
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_id
        )
        objects[content_id] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _pdf_file(objects)


def make_empty_pdf() -> bytes:
    """A PDF with a page but no text: what a scan without OCR looks like to b1check."""
    return _pdf_file(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            4: b"<< /Length 18 >>\nstream\n0 0 m 100 100 l S\nendstream",
        }
    )


def _pdf_file(objects: dict[int, bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[number] for number in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def make_encrypted_pdf(text: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(text))))
    writer.encrypt(user_password="geheim", owner_password="geheim", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_eml(text: str, subject: str | None = None, encoding: str = "8bit", sender: str | None = None) -> bytes:
    """No sender by default: b1check counts the sender's address as contact."""
    message = EmailMessage()
    if sender:
        message["From"] = sender
    message["To"] = "bewoner@example.com"
    if subject:
        message["Subject"] = subject
    message.set_content(text, cte=encoding)
    return bytes(message)


def make_zip_bomb() -> bytes:
    """A .docx-shaped zip whose one part unpacks to 200 MB of zeros (a few hundred kB packed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(200):
                member.write(block)
    return out.getvalue()


def make_corrupt_zip() -> bytes:
    """The start of a real .docx, cut off: a zip without its directory."""
    data = make_docx("Geachte heer,\n\nDit is een brief.")
    return data[: len(data) // 2]


def _rewrite_member(data: bytes, member: str, change) -> bytes:
    """The same zip with one member's text changed by `change(text) -> text`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == member:
                content = change(content.decode("utf-8")).encode("utf-8")
            archive.writestr(item, content)
    return out.getvalue()


def make_deeply_nested(fmt: str, depth: int = 5000) -> bytes:
    """A letter with one paragraph inside `depth` content controls (.docx) or sections (.odt):
    well-formed, only nested deeper than a parser goes."""
    if fmt == "docx":
        opening, closing, paragraph = "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:p><w:r><w:t>Diep.</w:t></w:r></w:p>"
        data, member, before = make_docx("Geachte heer,\n\nDit is een brief."), "word/document.xml", "<w:p"
    else:
        opening, closing, paragraph = "<text:section>", "</text:section>", "<text:p>Diep.</text:p>"
        data, member, before = make_odt("Geachte heer,\n\nDit is een brief."), "content.xml", "<text:p"

    def nest(text: str) -> str:
        at = text.index(before)
        return text[:at] + opening * depth + paragraph + closing * depth + text[at:]

    return _rewrite_member(data, member, nest)
