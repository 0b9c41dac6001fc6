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


def _switched_on(run, tag: str) -> None:
    from docx.oxml import OxmlElement

    run._r.get_or_add_rPr().append(OxmlElement(tag))


def make_docx_template() -> bytes:
    """A Word letter from a template: instructions for the writer in hidden text, in every way Word hides it."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    instruction = document.styles.add_style("Instructie", WD_STYLE_TYPE.PARAGRAPH)
    instruction.font.hidden = True
    small = document.styles.add_style("Instructie klein", WD_STYLE_TYPE.PARAGRAPH)
    small.base_style = instruction  # hidden through w:basedOn
    note = document.styles.add_style("Aanwijzing", WD_STYLE_TYPE.CHARACTER)
    note.font.hidden = True
    document.add_paragraph("Geachte heer Jansen,")
    document.add_paragraph("Vermeld hier middels welk formulier de aanvraag is gedaan.", style="Instructie klein")
    paragraph = document.add_paragraph("Wij verzoeken u ")
    paragraph.add_run("[teneinde de termijn te halen] ").font.hidden = True
    paragraph.add_run("het formulier te sturen.")
    paragraph.add_run(" (Noem indien nodig de afdeling.)", style="Aanwijzing")
    document.add_paragraph("Instructie: zet hier middels een zin de termijn.", style="Instructie")
    paragraph = document.add_paragraph("Indien u vragen hebt, bel ons.")
    _switched_on(paragraph.add_run(" Teneinde dit te doen: bel."), "w:specVanish")
    _switched_on(paragraph.add_run(" Bel middels 14 020."), "w:webHidden")  # hidden in Web view only: read
    paragraph = document.add_paragraph("Tenein")  # hidden text inside a word: "Teneinde" is what the reader sees
    paragraph.add_run("[naam]").font.hidden = True
    paragraph.add_run("de de termijn te halen, stuurt u het formulier voor 1 mei.")
    document.add_paragraph("Met vriendelijke groet, Jan de Vries, 06 12345678, jan@gemeente.nl")
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


ODF_TEMPLATE = "application/vnd.oasis.opendocument.text-template"


def make_odt_as(text: str, mimetype: str) -> bytes:
    """An .odt whose package says it is another kind: a template (.ott), or a spreadsheet's."""
    return _rewrite_member(_rewrite_member(make_odt(text), "mimetype", lambda _: mimetype), "META-INF/manifest.xml",
                           lambda xml: xml.replace("application/vnd.oasis.opendocument.text\"", f'{mimetype}"', 1))


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


def make_pdf_bomb() -> bytes:
    """A PDF whose one page's content stream inflates to 100 MB (a hundred kB packed)."""
    import zlib

    packer = zlib.compressobj(9)
    stream = b"".join(packer.compress(b" " * (1024 * 1024)) for _ in range(100))
    stream += packer.compress(b"BT /F1 12 Tf 72 712 Td (Geachte heer,) Tj ET") + packer.flush()
    return _pdf_file(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
               b"/Contents 4 0 R >>",
            4: b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
            5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
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


def make_ole(stream: str) -> bytes:
    """The start of an Office file of the old kind (a compound file) with one stream named: "WordDocument"
    (a .doc), "__substg1.0_0037001F" (an Outlook .msg), "EncryptedPackage" (a .docx with a password)."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + stream.encode("utf-16-le") + b"\0" * 1000


WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def make_docx_as(text: str, content_type: str) -> bytes:
    """A .docx whose main part has another content type: a .docm, a .dotx, or an Excel sheet's."""
    return _rewrite_member(make_docx(text), "[Content_Types].xml", lambda xml: xml.replace(WORD_MAIN, content_type))


def make_docx_with_doctype(text: str, member: str) -> bytes:
    """A .docx whose `member` starts with a document type that defines an entity, used in its root
    element's text (a billion laughs or an external entity works the same way)."""
    def change(xml: str) -> str:
        declaration, rest = xml.split("?>", 1)
        root_end = rest.index(">", rest.index("<w:")) + 1
        return f'{declaration}?><!DOCTYPE x [<!ENTITY gemeente "gemeente">]>{rest[:root_end]}&gemeente;{rest[root_end:]}'

    return _rewrite_member(make_docx(text), member, change)


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


W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _note_runs(content: str) -> str:
    """A note's runs: given as XML (starting with "<"), or plain text in one run."""
    if content.startswith("<"):
        return content
    from xml.sax.saxutils import escape

    return f'<w:r><w:t xml:space="preserve">{escape(content)}</w:t></w:r>'


def make_docx_with_notes(text: str, notes: list[tuple[int, str, str]]) -> bytes:
    """A Word letter with footnotes and endnotes, as Word writes them: word/footnotes.xml and
    word/endnotes.xml, each with its two separator notes, and a reference mark at the end of a
    paragraph for each note. `notes`: (paragraph number from 0, "footnote" or "endnote", its text
    or its runs as XML); each note is one paragraph."""
    import docx
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml.parser import parse_xml

    document = docx.Document(io.BytesIO(make_docx(text)))
    paragraphs = document.paragraphs
    for kind in ("footnote", "endnote"):
        mine = [(number, content) for number, which, content in notes if which == kind]
        if not mine:
            continue
        style = "FootnoteReference" if kind == "footnote" else "EndnoteReference"
        xml = [f'<w:{kind}s xmlns:w="{W_NAMESPACE}">',
               f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>',
               f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
               f'</w:p></w:{kind}>']
        for note_id, (number, content) in enumerate(mine, start=1):
            xml.append(f'<w:{kind} w:id="{note_id}"><w:p><w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr>'
                       f'<w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>{_note_runs(content)}</w:p>'
                       f'</w:{kind}>')
            paragraphs[number]._p.append(parse_xml(
                f'<w:r xmlns:w="{W_NAMESPACE}"><w:rPr><w:rStyle w:val="{style}"/></w:rPr>'
                f'<w:{kind}Reference w:id="{note_id}"/></w:r>'))
        xml.append(f"</w:{kind}s>")
        content_type = CT.WML_FOOTNOTES if kind == "footnote" else CT.WML_ENDNOTES
        part = Part(PackURI(f"/word/{kind}s.xml"), content_type, "".join(xml).encode("utf-8"), document.part.package)
        document.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_odt_with_notes(text: str, notes: list[tuple[int, str, str]]) -> bytes:
    """An OpenDocument letter with notes (text:note) at the end of paragraphs, as LibreOffice
    writes them. `notes`: (paragraph number from 0, "footnote" or "endnote", its text)."""
    from odf.opendocument import load
    from odf.text import P, Note, NoteBody, NoteCitation

    document = load(io.BytesIO(make_odt(text)))
    paragraphs = document.text.getElementsByType(P)
    counts = {"footnote": 0, "endnote": 0}
    for number, kind, content in notes:
        counts[kind] += 1
        note = Note(noteclass=kind, id=f"{kind}{counts[kind]}")
        note.addElement(NoteCitation(text=str(counts[kind])))
        body = NoteBody()
        body.addElement(P(text=content))
        note.addElement(body)
        paragraphs[number].addElement(note)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def make_odt_template() -> bytes:
    """An OpenDocument letter from a template: instructions for the writer hidden in every way ODF hides
    text. content.xml and styles.xml each have an automatic paragraph style `P1`: the body's hides
    nothing, the header's hides its instruction (odfpy writes each automatic style into the part that
    uses it; the header's is renamed afterwards)."""
    from odf.opendocument import OpenDocumentText
    from odf.style import Footer, Header, MasterPage, PageLayout, Style, TextProperties
    from odf.text import HiddenParagraph, HiddenText, Note, NoteBody, NoteCitation, P, Section, Span

    document = OpenDocumentText()

    def style(name: str, family: str, parent=None, display: str | None = None, automatic=False):
        made = Style(name=name, family=family, **({"parentstylename": parent} if parent else {}))
        if display:
            made.addElement(TextProperties(display=display))
        (document.automaticstyles if automatic else document.styles).addElement(made)
        return made

    instruction = style("Instructie", "paragraph", display="none")
    small = style("Instructie klein", "paragraph", parent=instruction)  # hidden through its parent
    style("Aanwijzing", "text", display="none")
    style("P1", "paragraph", automatic=True)  # content.xml's P1: shown
    style("P2", "paragraph", parent=small, automatic=True)  # hidden, through two parents
    style("PH", "paragraph", display="none", automatic=True)  # styles.xml's P1 once renamed: hidden
    style("T1", "text", display="none", automatic=True)
    layout = PageLayout(name="pm1")
    document.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    header = Header()
    header.addElement(P(stylename="PH", text="Vul hier middels de afdeling in."))
    header.addElement(P(text="Gemeente Voorbeeld, afdeling Vergunningen"))
    master.addElement(header)
    master.addElement(Footer())
    document.masterstyles.addElement(master)

    def paragraph(*parts, stylename: str | None = None):
        made = P(stylename=stylename) if stylename else P()
        for part in parts:
            made.addText(part) if isinstance(part, str) else made.addElement(part)
        document.text.addElement(made)
        return made

    def span(text: str, stylename: str):
        made = Span(stylename=stylename)
        made.addText(text)
        return made

    paragraph("Geachte heer Jansen,", stylename="P1")
    paragraph("Vermeld hier middels welk formulier de aanvraag is gedaan.", stylename="P2")
    hidden_note = span("[teneinde de termijn te halen] ", "T1")
    note = Note(noteclass="footnote", id="ftn1")
    note.addElement(NoteCitation(text="1"))
    body = NoteBody()
    body.addElement(P(text="Indien nodig: middels het formulier."))  # its mark is hidden: not read
    note.addElement(body)
    hidden_note.addElement(note)
    paragraph("Wij verzoeken u ", hidden_note, "het formulier te sturen.", span(" (Noem indien nodig de afdeling.)", "Aanwijzing"))
    paragraph("Instructie: zet hier middels een zin de termijn.", HiddenParagraph(condition="ooow:1"))
    on = HiddenText(condition="ooow:1", stringvalue=" Teneinde dit te doen: bel.")
    on.addText(" Teneinde dit te doen: bel.")
    unknown = HiddenText(condition='ooow:Naam == ""', stringvalue=" Bel middels 14 020.")  # b1check cannot tell: read
    unknown.addText(" Bel middels 14 020.")
    paragraph("Indien u vragen hebt, bel ons.", on, unknown)
    paragraph("Tenein", span("[naam]", "T1"), "de de termijn te halen, stuurt u het formulier voor 1 mei.")
    section = Section(name="Toelichting", display="none")
    section.addElement(P(text="Teneinde u te helpen, sturen wij middels deze brief de bijlage."))
    document.text.addElement(section)
    paragraph("Met vriendelijke groet, Jan de Vries, 06 12345678, jan@gemeente.nl")
    out = io.BytesIO()
    document.write(out)
    return _rewrite_member(out.getvalue(), "styles.xml", lambda xml: xml.replace('"PH"', '"P1"'))
