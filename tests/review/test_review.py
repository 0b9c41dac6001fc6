"""`b1check review`: the writer's own Word letter back, with findings as comments and safe
replacements as tracked changes. Every copy is opened again with python-docx."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from b1check.check import check_source
from b1check.fixes import apply_fixes, fix_bytes
from b1check.load import InputError, load_bytes
from b1check.load.documents import word_paragraph_text
from b1check.review import review_bytes, review_file, reviewed_path
from b1check.review.texts import importance

from tests.review.word_files import anchored_texts, formatted_characters, make_word_letter, parts, resolve_all

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LETTERS = sorted(EXAMPLES.glob("*/*.txt"))
NOW = dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.timezone.utc)


def text_of(data: bytes) -> str:
    return load_bytes(data, "brief.docx").original


def paragraphs_of(data: bytes) -> list:
    document = docx.Document(io.BytesIO(data))
    return [p for root in parts(document) for p in root.iter(qn("w:p"))]


@pytest.fixture(scope="module", params=LETTERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def reviewed(request):
    letter = request.param.read_text(encoding="utf-8")
    data = make_word_letter(letter)
    return letter, data, review_bytes(data, "brief.docx", now=NOW)


def test_the_word_letter_reads_as_the_letter_itself(reviewed):
    letter, data, _ = reviewed
    document = docx.Document(io.BytesIO(data))
    assert document.tables and document.sections[0].header.paragraphs[0].text
    assert document.sections[0].footer.paragraphs[0].text
    assert len({run.font.name for p in document.paragraphs for run in p.runs}) > 1
    assert text_of(data) == "\n".join(line for block in letter.strip().split("\n\n") for line in block.split("\n"))


def test_one_comment_per_place_on_exactly_its_words(reviewed):
    _, data, review = reviewed
    document = docx.Document(io.BytesIO(review.data))
    comments = sorted(document.comments, key=lambda c: c.comment_id)
    assert len(comments) == len(review.margin) + 1  # and the one on the first paragraph
    assert all(c.author == "b1check" and c.initials == "b1" for c in comments)
    original = text_of(data)
    anchored = anchored_texts(document)
    for comment, group in zip(comments[1:], review.margin):
        # Findings that share words share one comment, on all their words, the most important first.
        start, end = min(f.start for f in group), max(f.end for f in group)
        assert " ".join(anchored[str(comment.comment_id)].split()) == " ".join(original[start:end].split()), group
        first = min(group, key=importance)
        assert comment.text.startswith(first.message)
        assert all(finding.message in comment.text for finding in group)
    assert [f for group in review.margin for f in group] == review.anchored
    assert len(review.anchored) + len(review.in_first_comment) == len(review.report.findings)


def test_the_first_paragraph_carries_the_verdict_and_what_has_no_place_in_the_margin(reviewed):
    _, _, review = reviewed
    document = docx.Document(io.BytesIO(review.data))
    first = min(document.comments, key=lambda c: c.comment_id)
    report = review.report
    assert first.text.startswith("B1: ja — " if report.verdict.b1 else "B1: nee — ")
    assert "Hoe moeilijk (LiNT-II)" in first.text
    assert "Contact: naam " in first.text
    for finding in review.in_first_comment:
        assert finding.message in first.text
    anchored = anchored_texts(document)[str(first.comment_id)]
    texts = [word_paragraph_text(p) for p in document.element.body.iter(qn("w:p"))]
    assert anchored == next(text for text in texts if text.strip())  # the first paragraph, maybe in a table


def test_no_comment_in_a_header_or_footer(reviewed):
    _, _, review = reviewed
    document = docx.Document(io.BytesIO(review.data))
    for root in parts(document)[1:]:
        assert not list(root.iter(qn("w:commentRangeStart"), qn("w:commentReference")))


def test_accepting_every_change_gives_what_fix_gives(reviewed):
    letter, data, review = reviewed
    report = check_source(load_bytes(data, "brief.docx"), "brief.docx")
    expected, applied, _ = apply_fixes(text_of(data), report.findings)
    assert [f.start for f in review.replaced] == [f.start for f in applied]
    assert text_of(resolve_all(review.data, accept=True)) == expected
    # … and what `b1check fix` makes of the same letter as plain text
    fixed = fix_bytes(letter.encode("utf-8"), "brief.txt").fixed
    assert text_of(resolve_all(review.data, accept=True)).split("\n") == [
        line for block in fixed.strip().split("\n\n") for line in block.split("\n")
    ]


def test_rejecting_every_change_gives_the_original_back(reviewed):
    _, data, review = reviewed
    rejected = resolve_all(review.data, accept=False)
    assert text_of(rejected) == text_of(data)
    assert [formatted_characters(p) for p in paragraphs_of(rejected)] == [
        formatted_characters(p) for p in paragraphs_of(data)
    ]


def test_every_character_keeps_its_formatting(reviewed):
    _, data, review = reviewed
    before = [formatted_characters(p) for p in paragraphs_of(data)]
    after = [formatted_characters(p) for p in paragraphs_of(review.data)]
    assert after == before


def test_tracked_changes_carry_author_date_and_unique_ids(reviewed):
    _, _, review = reviewed
    document = docx.Document(io.BytesIO(review.data))
    marks = [m for root in parts(document) for m in root.iter(qn("w:ins"), qn("w:del"))]
    assert len([m for m in marks if m.tag == qn("w:del")]) == len(review.replaced)
    for mark in marks:
        assert mark.get(qn("w:author")) == "b1check"
        assert mark.get(qn("w:date")) == "2026-01-05T10:00:00Z"
    ids = [m.get(qn("w:id")) for m in marks] + [str(c.comment_id) for c in document.comments]
    assert len(ids) == len(set(ids))
    for insertion in (m for m in marks if m.tag == qn("w:ins")):
        # the new words take the formatting of the first replaced character
        deletion = insertion.getprevious()
        assert deletion.tag == qn("w:del")
        new, old = insertion.find(qn("w:r")), deletion.find(qn("w:r"))
        assert (new.find(qn("w:rPr")) is None) == (old.find(qn("w:rPr")) is None)
        if new.find(qn("w:rPr")) is not None:
            assert docx.oxml.xmlchemy.serialize_for_reading(new.find(qn("w:rPr"))) == \
                docx.oxml.xmlchemy.serialize_for_reading(old.find(qn("w:rPr")))
    assert not list(document.element.body.iter(qn("w:delText"))) or all(
        any(a.tag == qn("w:del") for a in t.iterancestors()) for t in document.element.body.iter(qn("w:delText"))
    )


def test_without_track_changes_only_comments(reviewed):
    _, data, review = reviewed
    plain = review_bytes(data, "brief.docx", track_changes=False, now=NOW)
    document = docx.Document(io.BytesIO(plain.data))
    assert not [m for root in parts(document) for m in root.iter(qn("w:ins"), qn("w:del"))]
    assert plain.replaced == [] and [f.rule for f in plain.anchored] == [f.rule for f in review.anchored]
    assert text_of(plain.data) == text_of(data)


# --- by hand: a header, a footer, a table, one paragraph -------------------------------


def test_header_footer_and_table():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Gemeente Voorbeeld. Wij sturen u middels deze brief een pas."
    document.add_paragraph("Geachte heer Jansen,")
    document.add_paragraph("Teneinde uw pas te maken, verzoeken wij u een foto te sturen.")
    table = document.add_table(rows=2, cols=2)
    for row, (label, value) in zip(table.rows, [("Telefoon", "14 020"), ("E-mail", "noreply@gemeente.nl")]):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("Met vriendelijke groet,")
    document.sections[0].footer.paragraphs[0].text = "Bezoekadres: Stadhuisplein 1. Wij verzoeken u een afspraak te maken."
    out = io.BytesIO()
    document.save(out)
    data = out.getvalue()
    review = review_bytes(data, "brief.docx", now=NOW)
    reviewed = docx.Document(io.BytesIO(review.data))
    first = min(reviewed.comments, key=lambda c: c.comment_id).text
    # Word allows no comment in a header or footer: those findings are in the first comment, with their place
    assert "• In de koptekst, 'middels': Ambtelijk: 'middels'." in first
    assert "Staat als wijziging in de tekst." in first  # … and the safe one is a tracked change there
    assert "• In de voettekst, 'Wij verzoeken u': Ambtelijk: 'verzoeken'." in first
    header = reviewed.sections[0].header._element
    assert [t.text for t in header.iter(qn("w:delText"))] == ["middels"]
    assert not list(header.iter(qn("w:commentRangeStart")))
    # a table cell takes a comment like any paragraph
    cell_comment = next(c for c in reviewed.comments if "noreply@gemeente.nl" in c.text)
    assert anchored_texts(reviewed)[str(cell_comment.comment_id)] == "noreply@gemeente.nl"
    assert {"CON001", "CON003"} <= {f.rule for f in review.in_first_comment}
    assert text_of(resolve_all(review.data, accept=True)) == apply_fixes(text_of(data), review.report.findings)[0]
    assert text_of(resolve_all(review.data, accept=False)) == text_of(data)
    assert [formatted_characters(p) for p in paragraphs_of(review.data)] == [formatted_characters(p) for p in paragraphs_of(data)]




def test_a_finding_over_three_differently_formatted_runs_and_a_tab():
    document = docx.Document()
    paragraph = document.add_paragraph()
    first = paragraph.add_run("Wij hebben uw ")
    first.font.name, first.font.size = "Arial", docx.shared.Pt(12)
    paragraph.add_run("brief ontvangen. Teneinde").bold = True
    paragraph.add_run(" uw\taanvraag te behandelen, bellen wij u.").italic = True
    document.add_paragraph("Met vriendelijke groet, Jan de Vries, 06 12345678, jan@gemeente.nl")
    out = io.BytesIO()
    document.save(out)
    data = out.getvalue()
    review = review_bytes(data, "brief.docx", now=NOW)
    teneinde = next(f for f in review.replaced if f.text == "Teneinde")
    assert teneinde.fix == "Om"
    assert text_of(resolve_all(review.data, accept=True)).startswith("Wij hebben uw brief ontvangen. Om uw\taanvraag")
    assert [formatted_characters(p) for p in paragraphs_of(resolve_all(review.data, accept=False))] == [
        formatted_characters(p) for p in paragraphs_of(data)
    ]
    inserted = docx.Document(io.BytesIO(review.data)).element.body.find(".//" + qn("w:ins"))
    assert inserted.find(".//" + qn("w:b")) is not None  # "Om" is bold, as "Teneinde" was


def test_a_replacement_over_a_field_stays_a_comment():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    paragraph = document.add_paragraph("Wij sturen u ")
    # "middels" split over a field result: a run with a field character sits inside the stretch
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>midd</w:t></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/><w:t>els</w:t></w:r>'))
    paragraph.add_run(" deze brief een formulier. Bel Jan de Vries, 06 12345678.")
    out = io.BytesIO()
    document.save(out)
    review = review_bytes(out.getvalue(), "brief.docx", now=NOW)
    middels = next(f for f in review.report.findings if f.text == "middels")
    assert middels in review.not_replaced and middels in review.anchored
    assert text_of(resolve_all(review.data, accept=True)) == text_of(out.getvalue())


def test_the_result_of_a_merge_field_is_never_changed():
    """A MERGEFIELD or DOCPROPERTY shows its result between w:fldChar begin and end; the mail merge
    writes it anew, so a tracked change there would be lost (and change the merge's own text).
    The finding keeps its comment; the replacement is named there."""
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("Geachte heer Jansen,")
    paragraph = document.add_paragraph("Uw situatie: ")
    for kind, text in (("begin", None), (None, " MERGEFIELD Toelichting "), ("separate", None),
                       (None, "Tevens ontvangt u een brief."), ("end", None)):
        run = paragraph.add_run()
        if kind:
            run._r.append(OxmlElement("w:fldChar", attrs={qn("w:fldCharType"): kind}))
        elif text.startswith(" MERGEFIELD"):
            code = OxmlElement("w:instrText")
            code.text = text
            run._r.append(code)
        else:
            run.text = text
    paragraph.add_run(" Wij sturen u tevens een formulier.")
    document.add_paragraph("Met vriendelijke groet, Jan de Vries, 06 12345678, jan@gemeente.nl")
    out = io.BytesIO()
    document.save(out)
    review = review_bytes(out.getvalue(), "brief.docx", now=NOW)
    in_field, after = sorted((f for f in review.report.findings if f.fix in ("Ook", "ook")), key=lambda f: f.start)
    assert in_field in review.not_replaced and in_field in review.anchored
    assert after in review.replaced  # outside the field, the change is made
    assert [t.text for t in docx.Document(io.BytesIO(review.data)).element.body.iter(qn("w:delText"))] == ["tevens"]


def test_advice_is_in_the_comment_and_never_a_change():
    """Advice ("gebruik 'op tijd'") is for the writer to fit in: it stands in the comment, in
    the margin or, for the footer, in the first paragraph's, and no tracked change makes it."""
    letter = ("Gemeente Voorbeeld\n\nGeachte heer Jansen,\n\nOp de website is de folder te raadplegen.\n\n"
              "Met vriendelijke groet,\n\nZorg voor tijdige betaling.\n")
    data = make_word_letter(letter)
    review = review_bytes(data, "brief.docx", now=NOW)
    document = docx.Document(io.BytesIO(review.data))
    raadplegen = next(f for f in review.anchored if f.text == "te raadplegen")
    tijdige = next(f for f in review.in_first_comment if f.text == "tijdige")  # it sits in the footer
    assert raadplegen.suggestions and raadplegen.advice and tijdige.advice and not tijdige.suggestions
    comment = next(c.text for c in document.comments if c.text.startswith(raadplegen.message))
    assert f"Advies: {'; '.join(raadplegen.advice)}" in comment.splitlines()
    first = min(document.comments, key=lambda c: c.comment_id).text
    assert f"Advies: {'; '.join(tijdige.advice)}." in first
    accepted = text_of(resolve_all(review.data, accept=True))
    assert not any(word in accepted for word in ("kijken op", "vragen aan", "op tijd"))


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_the_document_is_parsed_once(kind, monkeypatch):
    """The text b1check checks and the copy its comments go into are one parse of the upload."""
    from b1check.load import documents
    from b1check.review import opendocument, word
    from tests.letter_files import make_odt

    opened = []
    for module in (documents, word, opendocument):
        for name in ("open_word", "open_odt"):
            if hasattr(module, name):
                real = getattr(module, name)
                monkeypatch.setattr(module, name, lambda data, real=real: opened.append(1) or real(data))
    letter = (EXAMPLES / "bijstand" / "origineel.txt").read_text(encoding="utf-8")
    data = make_word_letter(letter) if kind == "docx" else make_odt(letter)
    review = review_bytes(data, f"brief.{kind}", now=NOW)
    assert review.anchored and len(opened) == 1


# --- the file on disk and the command line ---------------------------------------------


def test_review_file_writes_a_copy_beside_the_letter_and_leaves_the_letter(tmp_path):
    letter = tmp_path / "brief.docx"
    data = make_word_letter((EXAMPLES / "wmo" / "origineel.txt").read_text(encoding="utf-8"))
    letter.write_bytes(data)
    review = review_file(letter)
    assert review.output == str(tmp_path / "brief.b1check.docx")
    assert letter.read_bytes() == data
    assert Path(review.output).read_bytes() == review.data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.b1check.docx", "brief.docx"]  # no temporary file left
    assert reviewed_path("map/brief.docx") == Path("map/brief.b1check.docx")


def test_a_copy_that_is_there_already_is_replaced_only_when_asked(tmp_path):
    """The writer may have worked in the copy (accepted changes, answered comments): a second review
    leaves it, says so in Dutch, and replaces it with --overwrite."""
    from click.testing import CliRunner

    from b1check.cli.main import cli

    letter = tmp_path / "brief.docx"
    letter.write_bytes(make_word_letter((EXAMPLES / "wmo" / "origineel.txt").read_text(encoding="utf-8")))
    copy = tmp_path / "brief.b1check.docx"
    copy.write_bytes(b"mijn eigen werk")
    with pytest.raises(InputError) as error:
        review_file(letter)
    assert "bestaat al" in error.value.reason and "--overwrite" in error.value.reason
    assert copy.read_bytes() == b"mijn eigen werk"
    result = CliRunner().invoke(cli, ["review", str(letter)])
    assert result.exit_code == 2 and "bestaat al" in result.output
    assert copy.read_bytes() == b"mijn eigen werk"
    result = CliRunner().invoke(cli, ["review", "--overwrite", str(letter)])
    assert result.exit_code == 0, result.output
    assert docx.Document(str(copy)).comments


def test_review_of_many_files_skips_the_copies_of_an_earlier_review(tmp_path):
    """`b1check review *.docx` after an earlier review: the copies (brief.b1check.docx) are skipped with a
    Dutch note, which is no error; named alone, a copy is reviewed (the writer may have worked in it)."""
    from click.testing import CliRunner

    from b1check.cli.main import cli

    data = make_word_letter((EXAMPLES / "wmo" / "origineel.txt").read_text(encoding="utf-8"))
    (tmp_path / "brief.docx").write_bytes(data)
    (tmp_path / "Nota.B1CHECK.DOCX").write_bytes(data)  # a copy under a name in capitals, as Windows may give it
    result = CliRunner().invoke(cli, ["review", str(tmp_path / "brief.docx"), str(tmp_path / "Nota.B1CHECK.DOCX")])
    assert result.exit_code == 0, result.output + result.stderr
    assert "Nota.B1CHECK.DOCX overgeslagen: dit is een kopie die b1check review al maakte" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Nota.B1CHECK.DOCX", "brief.b1check.docx", "brief.docx"]
    result = CliRunner().invoke(cli, ["review", str(tmp_path / "brief.b1check.docx")])
    assert result.exit_code == 0 and "overgeslagen" not in result.stderr
    assert (tmp_path / "brief.b1check.b1check.docx").exists()
    from b1check.review import is_reviewed_copy

    assert [is_reviewed_copy(name) for name in ("a/brief.b1check.odt", "b1check.docx", "brief.b1check.pdf")] == [
        True, False, False]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("sjabloon.ott", "application/vnd.oasis.opendocument.text-template"),
        ("sjabloon.dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
        ("sjabloon.dotm", "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
        ("brief.docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
    ],
)
def test_a_template_or_a_document_with_macros_gets_a_copy_of_its_own_kind(tmp_path, name, kind):
    """A template (.ott, .dotx, .dotm) and a .docm are read as a letter; the copy is the same kind of
    file, under the same suffix, so that LibreOffice or Word opens it as what it was."""
    import zipfile

    from tests.letter_files import make_docx_as, make_odt_as

    letter = "Geachte heer Jansen,\n\nWij verzoeken u het formulier te sturen.\n\nMet vriendelijke groet, Jan de Vries"
    path = tmp_path / name
    path.write_bytes(make_odt_as(letter, kind) if name.endswith(".ott") else make_docx_as(letter, kind))
    review = review_file(path)
    assert review.output == str(tmp_path / name.replace(".", ".b1check."))
    assert "Wij verzoeken u" in [f.text for f in review.anchored]
    package = zipfile.ZipFile(io.BytesIO(review.data))
    if name.endswith(".ott"):
        assert package.read("mimetype").decode() == kind
    else:
        assert kind in package.read("[Content_Types].xml").decode()
    assert load_bytes(review.data, review.output).original == load_bytes(path.read_bytes(), name).original


@pytest.mark.parametrize("name", ["brief.txt", "brief.pdf", "brief.eml", "brief.doc", "brief.rtf", "brief"])
def test_formats_it_cannot_annotate_are_refused_in_dutch(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"Geachte heer,\n\nWij verzoeken u te betalen.\n")
    with pytest.raises(InputError) as error:
        review_file(path)
    assert "b1check review zet opmerkingen in Word-bestanden (.docx)" in error.value.reason
    assert not list(tmp_path.glob("*.b1check.*"))


def test_the_letter_itself_is_never_the_copy(tmp_path):
    letter = tmp_path / "brief.docx"
    letter.write_bytes(make_word_letter("Gemeente\n\nGeachte heer,\n\nWij verzoeken u te betalen.\n\nJan"))
    with pytest.raises(InputError) as error:
        review_file(letter, output=letter)
    assert "verandert uw brief niet" in error.value.reason
    with pytest.raises(InputError) as error:
        review_file(letter, output=tmp_path / "kopie.pdf")
    assert "moet ook op .docx eindigen" in error.value.reason
    original = letter.read_bytes()
    (tmp_path / "link.docx").symlink_to(letter)
    for other in ("link.docx", "nergens/../brief.docx"):  # a folder that is not there: no way back with ".."
        with pytest.raises(InputError) as error:
            review_file(letter, output=tmp_path / other, overwrite=True)
        assert "verandert uw brief niet" in error.value.reason or "bestaat niet" in error.value.reason, other
    assert letter.read_bytes() == original


def test_a_broken_word_file_gets_a_dutch_reason(tmp_path):
    letter = tmp_path / "kapot.docx"
    letter.write_bytes(b"PK\x03\x04 geen echt zip-bestand")
    with pytest.raises(InputError) as error:
        review_file(letter)
    assert "beschadigd" in error.value.reason or "geen geldig" in error.value.reason


def test_command_line(tmp_path):
    from click.testing import CliRunner

    from b1check.cli.main import cli

    letter = tmp_path / "brief.docx"
    letter.write_bytes(make_word_letter((EXAMPLES / "bijstand" / "origineel.txt").read_text(encoding="utf-8")))
    result = CliRunner().invoke(cli, ["review", str(letter)])
    assert result.exit_code == 0, result.output
    assert "B1: nee" in result.output and "brief.b1check.docx" in result.output
    assert "vervangingen als wijziging" in result.output
    copy = tmp_path / "eigen-naam.docx"
    result = CliRunner().invoke(cli, ["review", str(letter), "-o", str(copy), "--no-track-changes"])
    assert result.exit_code == 0 and copy.exists()
    assert "als wijziging" not in result.output
    from tests.letter_files import make_odt

    odt = tmp_path / "brief.odt"
    odt.write_bytes(make_odt((EXAMPLES / "bijstand" / "origineel.txt").read_text(encoding="utf-8")))
    result = CliRunner().invoke(cli, ["review", str(odt)])
    assert result.exit_code == 0 and (tmp_path / "brief.b1check.odt").exists()
    assert "vervangingen alleen in de opmerkingen" in result.output
    text = tmp_path / "brief.txt"
    text.write_text("Geachte heer,\n\nWij verzoeken u te betalen.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["review", str(text)])
    assert result.exit_code == 2
    assert "b1check review zet opmerkingen in Word-bestanden" in result.output
    assert "Traceback" not in result.output


def test_the_command_line_says_truly_why_a_replacement_is_no_change(tmp_path):
    """A safe replacement in a text box, or in a change a colleague made, stays in the comment;
    the command says so without calling it a field or a link."""
    from click.testing import CliRunner
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from b1check.cli.main import cli

    document = docx.Document()
    document.add_paragraph("Geachte heer Jansen,")
    paragraph = document.add_paragraph("Wij sturen u ")
    paragraph._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="9" w:author="Els" w:date="2025-03-30T09:00:00Z">'
                                  '<w:r><w:t>tevens</w:t></w:r></w:ins>'))
    paragraph.add_run(" een formulier.")
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        "<w:p><w:r><w:t>Retourneer het middels de envelop.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"))
    document.add_paragraph("Met vriendelijke groet, Jan de Vries, 06 12345678, jan@gemeente.nl")
    letter = tmp_path / "brief.docx"
    document.save(str(letter))
    result = CliRunner().invoke(cli, ["review", str(letter)])
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.output.splitlines() if "niet als wijziging" in line]
    assert len(lines) == 2 and all("in een tekstvak of in een eerdere wijziging" in line for line in lines), result.output
    # A word inside a link's text is replaced (the link stays): the message names only a link's edge
    assert all("over de rand van een koppeling" in line and "veld, koppeling" not in line for line in lines)
    assert "'tevens' niet als wijziging gezet" in lines[0] and "'ook' staat in de opmerking" in lines[0]


def test_soft_hyphens_no_break_spaces_and_a_text_box():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("Geachte heer Jansen,")
    paragraph = document.add_paragraph("Wij ver\u00adzoeken u 10\u00a0euro te betalen. ")
    box = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        "<w:p><w:r><w:t>Wij zenden u middels deze brief de pas.</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    paragraph._p.append(parse_xml(box))
    document.add_paragraph("Met vriendelijke groet, Jan de Vries, 06 12345678, jan@gemeente.nl")
    out = io.BytesIO()
    document.save(out)
    data = out.getvalue()
    review = review_bytes(data, "brief.docx", now=NOW)
    reviewed = docx.Document(io.BytesIO(review.data))
    verzoeken = next(f for f in review.anchored if f.matched == "verzoeken")
    comment = next(c for c in reviewed.comments if c.text.startswith(verzoeken.message))
    assert anchored_texts(reviewed)[str(comment.comment_id)] == "Wij ver\u00adzoeken u"
    # python-docx does not reach text boxes (Word keeps a second copy of their text): first comment, no change
    middels = next(f for f in review.in_first_comment if f.text == "middels")
    assert middels in review.not_replaced
    first = min(reviewed.comments, key=lambda c: c.comment_id).text
    assert "• In een tekstvak, 'middels'" in first
    assert text_of(resolve_all(review.data, accept=True)) == apply_fixes(
        text_of(data), [f for f in review.report.findings if f is not middels])[0]


def test_a_comment_may_run_over_two_paragraphs():
    from b1check.review.word import WordCopy

    document = docx.Document()
    document.add_paragraph("Eerste alinea met tekst.")
    document.add_paragraph("Tweede alinea met meer tekst.")
    out = io.BytesIO()
    document.save(out)
    copy = WordCopy(out.getvalue())
    first, second = (place.element for place in copy.text.places)
    copy.comment((first, 7, 24), (second, 0, 14), "Over twee alinea's.", NOW)
    reviewed = docx.Document(io.BytesIO(copy.save()))
    assert anchored_texts(reviewed)["0"] == "alinea met tekst.\nTweede alinea "


# --- OpenDocument: comments only -------------------------------------------------------

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def odf_anchored_texts(data: bytes) -> dict[str, str]:
    """annotation name → the letter's text between office:annotation and office:annotation-end."""
    from odf.opendocument import load

    document = load(io.BytesIO(data))
    open_names: list[str] = []
    texts: dict[str, str] = {}

    def walk(node):
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE:
                for name in open_names:
                    texts[name] += str(child.data)
            elif child.qname == (OFFICE, "annotation"):
                open_names.append(child.getAttrNS(OFFICE, "name"))
                texts[open_names[-1]] = ""
            elif child.qname == (OFFICE, "annotation-end"):
                open_names.remove(child.getAttrNS(OFFICE, "name"))
            elif child.qname == (TEXT, "s"):
                for name in open_names:
                    texts[name] += " " * int(child.getAttrNS(TEXT, "c") or 1)
            else:
                if child.qname == (TEXT, "p"):
                    for name in open_names:
                        texts[name] += "\n"
                walk(child)

    walk(document.text)
    return texts


def odf_formatted_characters(data: bytes) -> list[tuple[str, str]]:
    """Every character of the body with the style of the span around it (comments left out)."""
    from odf.opendocument import load

    out = []

    def walk(node, style):
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE:
                out.extend((char, style) for char in str(child.data))
            elif child.qname != (OFFICE, "annotation"):
                walk(child, child.getAttrNS(TEXT, "style-name") or style if child.qname == (TEXT, "span") else style)

    walk(load(io.BytesIO(data)).text, "")
    return out


@pytest.mark.parametrize("letter", LETTERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_odt_gets_a_comment_on_exactly_the_words_of_each_finding(letter):
    from tests.letter_files import make_odt

    data = make_odt(letter.read_text(encoding="utf-8"))
    review = review_bytes(data, "brief.odt", now=NOW)
    anchored = odf_anchored_texts(review.data)
    assert len(anchored) == len(review.margin) + 1
    original = load_bytes(data, "brief.odt").original
    for number, group in enumerate(review.margin, start=2):  # one comment per place, on all its words
        start, end = min(f.start for f in group), max(f.end for f in group)
        assert " ".join(anchored[f"b1check-{number}"].split()) == " ".join(original[start:end].split())
    assert len(review.anchored) + len(review.in_first_comment) == len(review.report.findings)
    assert review.replaced == [] and not review.tracks_changes
    assert load_bytes(review.data, "brief.odt").original == load_bytes(data, "brief.odt").original
    assert odf_formatted_characters(review.data) == odf_formatted_characters(data)


def test_odt_comment_inside_a_formatted_span_keeps_the_span():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import P, Span

    document = OpenDocumentText()
    bold = Style(name="Vet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    document.automaticstyles.addElement(bold)
    document.text.addElement(P(text="Geachte heer Jansen,"))
    paragraph = P()
    paragraph.addText("Teneinde uw ")
    span = Span(stylename=bold)
    span.addText("pas te maken, verzoeken")
    paragraph.addElement(span)
    paragraph.addText(" wij u een foto te sturen.")
    document.text.addElement(paragraph)
    out = io.BytesIO()
    document.write(out)
    review = review_bytes(out.getvalue(), "brief.odt", now=NOW)
    anchored = odf_anchored_texts(review.data)
    assert "verzoeken wij u" in anchored.values() and "Teneinde" in anchored.values()
    assert odf_formatted_characters(review.data) == odf_formatted_characters(out.getvalue())
    first = anchored["b1check-1"]
    assert first == "Geachte heer Jansen,"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_documents_are_reviewed_or_refused_never_a_crash(data):
    from tests.letter_files import make_odt

    suffix = data.draw(st.sampled_from(["docx", "odt"]))
    letter = "Geachte heer,\n\nWij verzoeken u middels dit formulier te betalen.\n\nJan de Vries"
    damaged = bytearray(make_word_letter(letter) if suffix == "docx" else make_odt(letter))
    for _ in range(data.draw(st.integers(1, 4))):
        damaged[data.draw(st.integers(0, len(damaged) - 1))] = data.draw(st.integers(0, 255))
    try:
        review = review_bytes(bytes(damaged), f"brief.{suffix}", now=NOW)
    except InputError as error:
        assert error.reason
    else:
        assert review.data[:2] == b"PK"


def test_a_docx_with_a_document_type_gets_no_copy(tmp_path):
    """python-docx saves a part without its <!DOCTYPE> but with the entity references in it: a copy nothing opens."""
    from tests.letter_files import make_docx_with_doctype

    letter = tmp_path / "brief.docx"
    letter.write_bytes(make_docx_with_doctype("Geachte heer,\n\nIndien u vragen heeft, bel ons.", "word/settings.xml"))
    with pytest.raises(InputError) as error:
        review_file(letter)
    assert "documenttype" in error.value.reason
    assert not reviewed_path(letter).exists()


def _field_over_two_paragraphs() -> bytes:
    """An INCLUDETEXT field whose result runs over two paragraphs: begin, code and separator in the
    first, the end in the second (as a TOC or an included text is written)."""
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("Geachte heer Jansen,")

    def field_char(paragraph, kind):
        paragraph.add_run()._r.append(OxmlElement("w:fldChar", attrs={qn("w:fldCharType"): kind}))

    first = document.add_paragraph("Hierbij: ")
    field_char(first, "begin")
    code = OxmlElement("w:instrText")
    code.text = ' INCLUDETEXT "voorwaarden.docx" \\* MERGEFORMAT '
    first.add_run()._r.append(code)
    field_char(first, "separate")
    first.add_run("Wij sturen u tevens een formulier.")
    second = document.add_paragraph("Teneinde het te ondertekenen, hebt u een pen nodig.")
    field_char(second, "end")
    second.add_run(" Teneinde te betalen, gebruikt u de acceptgiro.")
    document.add_paragraph("Met vriendelijke groet, Jan de Vries, 06 12345678, jan@gemeente.nl")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _inside_fields(document) -> list[tuple[str, str]]:
    """(where, tag) of every mark b1check wrote between a field's begin and its end, in document order
    over all paragraphs: 'code' between begin and separate, 'result' between separate and end."""
    marks = {qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:commentReference"), W_INS := qn("w:ins"),
             qn("w:del")}
    found, stack = [], []
    for element in document.element.body.iter():
        if element.tag == qn("w:fldChar"):
            kind = element.get(qn("w:fldCharType"))
            if kind == "begin":
                stack.append("code")
            elif kind == "separate" and stack:
                stack[-1] = "result"
            elif kind == "end" and stack:
                stack.pop()
        elif element.tag in marks and stack:
            found.append((stack[-1], element.tag))
    return found


def test_a_field_over_two_paragraphs_is_read_once_and_never_changed_or_split():
    data = _field_over_two_paragraphs()
    source = load_bytes(data, "brief.docx")
    assert source.original.split("\n") == [
        "Geachte heer Jansen,",
        "Hierbij: Wij sturen u tevens een formulier.",  # the result, not the code
        "Teneinde het te ondertekenen, hebt u een pen nodig. Teneinde te betalen, gebruikt u de acceptgiro.",
        "Met vriendelijke groet, Jan de Vries, 06 12345678, jan@gemeente.nl",
    ]
    review = review_bytes(data, "brief.docx", now=NOW)
    found = {(f.line, f.column, f.text) for f in review.report.findings if f.fix in ("Ook", "ook", "Om", "om")}
    assert found == {(2, 23, "tevens"), (3, 1, "Teneinde"), (3, 53, "Teneinde")}
    # Word writes a field's result anew: no tracked change inside, not even in its second paragraph
    assert [(f.line, f.column) for f in review.replaced] == [(3, 53)]
    reviewed = docx.Document(io.BytesIO(review.data))
    assert ("code", qn("w:commentRangeStart")) not in _inside_fields(reviewed)
    assert not [mark for mark in _inside_fields(reviewed) if mark[1] in (qn("w:ins"), qn("w:del"))]
    assert text_of(resolve_all(review.data, accept=False)) == text_of(data)


def test_a_field_over_three_paragraphs_holds_the_middle_one_and_runs_split_later():
    """The part is read once (`FieldResults`): a paragraph between a field's begin and end with no
    field character of its own is inside it, and a run split off after that first reading is still
    found, inside or after the field, by its own paragraph."""
    from docx.oxml import OxmlElement

    from b1check.load.documents import WordHidden
    from b1check.review.word import FieldResults, isolate

    document = docx.Document()
    first = document.add_paragraph("Bijlage: ")
    for kind in ("begin", "separate"):
        first.add_run()._r.append(OxmlElement("w:fldChar", attrs={qn("w:fldCharType"): kind}))
    first.add_run("De voorwaarden staan hieronder.")
    middle = document.add_paragraph("U betaalt binnen dertig dagen.")
    last = document.add_paragraph("Dat is de termijn.")
    last.add_run()._r.append(OxmlElement("w:fldChar", attrs={qn("w:fldCharType"): "end"}))
    last.add_run(" Daarna sturen wij een herinnering.")
    after = document.add_paragraph("Bel ons gerust.")
    fields, hidden = FieldResults(), WordHidden(document)
    assert fields.holds(middle._p, middle.runs[0]._r) and fields.holds(first._p, first.runs[-1]._r)
    assert not fields.holds(first._p, first.runs[0]._r) and not fields.holds(after._p, after.runs[0]._r)
    # Split after the first reading: "dertig" inside the field, "herinnering" after its end
    start = middle.text.index("dertig")
    (inside,) = isolate(middle._p, start, start + len("dertig"), hidden)
    (outside,) = isolate(last._p, last.text.index("herinnering"), len(last.text) - 1, hidden)
    assert fields.holds(middle._p, inside) and not fields.holds(last._p, outside)
    assert fields.holds(last._p, last.runs[0]._r)


def _colleagues_insertion_with_a_comment() -> bytes:
    """A colleague inserted 'teneinde de termijn te halen' as a tracked change and commented on it:
    the comment's end and its reference stand inside the w:ins (its start before it)."""
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("Geachte heer Jansen,")
    paragraph = document.add_paragraph("Wij verzoeken u het formulier te sturen, ")
    inserted = paragraph.add_run("teneinde de termijn te halen.")
    document.add_comment(inserted, text="Klopt de termijn?", author="Collega", initials="C")
    paragraph.add_run(" Indien u vragen hebt, bel ons.")
    insertion = OxmlElement("w:ins", attrs={qn("w:id"): "90", qn("w:author"): "Collega",
                                            qn("w:date"): "2026-01-02T09:00:00Z"})
    end = paragraph._p.find(qn("w:commentRangeEnd"))
    inserted._r.addprevious(insertion)
    for element in (inserted._r, end, end.getnext()):  # the text, the comment's end, its reference run
        insertion.append(element)
    document.add_paragraph("Met vriendelijke groet, Jan de Vries, 06 12345678, jan@gemeente.nl")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def assert_comments_are_whole(data: bytes) -> None:
    """Every comment has its start, its end and its reference once, in that order, and a text in
    comments.xml; python-docx opens the copy and b1check reads it again."""
    document = docx.Document(io.BytesIO(data))
    order: dict[str, list[str]] = {}
    for root in parts(document):
        for element in root.iter(qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:commentReference")):
            order.setdefault(element.get(qn("w:id")), []).append(element.tag.split("}")[1])
    assert all(tags == ["commentRangeStart", "commentRangeEnd", "commentReference"] for tags in order.values()), order
    assert set(order) == {str(comment.comment_id) for comment in document.comments}
    load_bytes(data, "brief.docx")


def test_a_comment_inside_a_colleagues_tracked_insertion_keeps_the_copy_valid():
    data = _colleagues_insertion_with_a_comment()
    assert_comments_are_whole(data)
    review = review_bytes(data, "brief.docx", now=NOW)
    assert_comments_are_whole(review.data)
    teneinde = next(f for f in review.report.findings if f.text == "teneinde")
    assert teneinde in review.anchored and teneinde in review.not_replaced  # a change inside another's change: no
    assert {f.text for f in review.replaced} >= {"Indien"}
    reviewed = docx.Document(io.BytesIO(review.data))
    assert "Klopt de termijn?" in [comment.text for comment in reviewed.comments]
    assert_comments_are_whole(resolve_all(review.data, accept=True))
    # Rejecting the colleague's insertion takes its text away, and the comments whose reference stands in it
    assert "teneinde" not in load_bytes(resolve_all(review.data, accept=False), "brief.docx").original


PLACES = """Geachte mevrouw De Vries,

Stuurt u de papieren niet voor 1 mei? Dan zal uw aanvraag buiten behandeling worden gesteld. Dit komt voor uw rekening.

Met vriendelijke groet,

Jan de Vries
"""


def test_findings_on_the_same_words_share_one_comment_the_most_important_first():
    data = make_word_letter(PLACES)
    review = review_bytes(data, "brief.docx", now=NOW)
    groups = {" ".join(f.rule for f in group) for group in review.margin}
    assert {"WRD001 TON001 PAS001", "TON002 WRD001"} <= groups
    document = docx.Document(io.BytesIO(review.data))
    anchored = anchored_texts(document)
    on = {" ".join(anchored[str(c.comment_id)].split()): c.text for c in document.comments}
    # Tone before wording at the same severity; a tip last; each finding a block of its own.
    blocks = on["buiten behandeling worden gesteld"].split("\n\n")
    assert [block.rsplit(" · ", 1)[-1] for block in blocks] == ["TON001", "WRD001", "PAS001"]
    assert blocks[0].startswith("Let op de toon: 'buiten behandeling'.")
    assert on["voor uw rekening"].split("\n\n")[0].startswith("Ambtelijk: 'voor uw rekening'.")  # a warning before a tip
    assert "buiten behandeling" not in on and "worden gesteld" not in on
