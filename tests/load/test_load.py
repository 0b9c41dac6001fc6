"""Loading: every format becomes text whose findings point into the original file."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from b1check import check_file
from b1check.load.formats import html_to_text
from b1check.load import InputError, detect_format, load_bytes, load_file


def _finding(report, rule, text):
    for finding in report.findings:
        if finding.rule == rule and finding.text.lower() == text.lower():
            return finding
    raise AssertionError(f"geen {rule} op '{text}': {[(f.rule, f.text) for f in report.findings]}")


def _position(original: str, needle: str) -> tuple[int, int]:
    offset = original.index(needle)
    line = original.count("\n", 0, offset) + 1
    column = offset - (original.rfind("\n", 0, offset) + 1) + 1
    return line, column


def test_plain_text_finding_points_to_line_and_column(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text("Beste mevrouw Bakker,\n\nBij deze brief\ntreft u het formulier aan.\n", encoding="utf-8")
    report = check_file(path)
    finding = _finding(report, "WRD001", "treft u het formulier aan")
    assert (finding.line, finding.column) == (4, 1)
    assert path.read_text()[finding.start : finding.end] == "treft u het formulier aan"


def test_html_text_only_and_exact_positions(tmp_path):
    html = (
        "<!DOCTYPE html>\n<html><head><title>Brief</title>\n<style>p { color: red }</style>\n"
        "<script>var verzoeken = 1;</script></head>\n<body>\n"
        "  <p>Geachte heer Jansen,</p>\n"
        "  <p>Wij &amp; de wijk <b>verzoeken</b> u\n     het formulier te sturen.</p>\n"
        "</body></html>\n"
    )
    path = tmp_path / "brief.html"
    path.write_text(html, encoding="utf-8")
    source = load_file(path)
    assert "color" not in source.text and "var" not in source.text and "<" not in source.text
    assert "Wij & de wijk verzoeken u het formulier te sturen." in source.text
    report = check_file(path)
    finding = _finding(report, "WRD001", "verzoeken")
    assert (finding.line, finding.column) == _position(html, "verzoeken</b>")
    assert html[finding.start : finding.end] == "verzoeken"


def test_html_paragraphs_and_list_items_become_lines():
    source = html_to_text("<p>Een.</p><p>Twee.</p><ul><li>drie</li><li>vier</li></ul>")
    assert source.text == "Een.\n\nTwee.\n\ndrie\nvier"


def test_eml_subject_and_quoted_printable_body(tmp_path):
    eml = (
        "From: Gemeente <post@gemeente-voorbeeld.nl>\n"
        "To: a@voorbeeld.nl\n"
        "Subject: Uw aanvraag\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "Geachte heer Jansen,\n\n"
        "Wij hebben uw caf=C3=A9-aanvraag gekregen. Bij deze brief treft u het formu=\n"
        "lier aan. Wij verzoeken u het te sturen.\n"
    )
    path = tmp_path / "mail.eml"
    path.write_bytes(eml.encode("utf-8"))
    source = load_file(path)
    assert source.text.startswith("Gemeente <post@gemeente-voorbeeld.nl>\n\nUw aanvraag\n\n")
    assert "café-aanvraag" in source.text and "formulier aan" in source.text
    report = check_file(path)
    finding = _finding(report, "WRD001", "Wij verzoeken u")
    assert (finding.line, finding.column) == _position(eml, "Wij verzoeken u")
    # A match across a soft line break spans the break in the original.
    across = [f for f in report.findings if f.rule == "WRD001" and f.text.startswith("treft")]
    assert across and across[0].text.endswith("aan")


def test_eml_html_part_only(tmp_path):
    eml = (
        "Subject: Afval\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
        "<html><body><p>U kunt uw afval op maandag aanbieden.</p><script>x()</script></body></html>\n"
    )
    path = tmp_path / "afval.eml"
    path.write_text(eml, encoding="utf-8")
    assert "x()" not in load_file(path).text
    finding = _finding(check_file(path), "WRD001", "aanbieden")
    assert eml[finding.start : finding.end] == "aanbieden"


def test_windows_1252_fallback_is_reported(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes("Wij hebben uw brief over het café gekregen.\n".encode("cp1252"))
    report = check_file(path)
    assert any("Windows-1252" in note for note in report.notes)


def test_template_syntax_is_never_a_word(tmp_path):
    template = (
        "{# sjabloon voor de ontvangst #}\n"
        "Beste {{ aanvrager.naam }},\n\n"
        "{% if spoed %}Wij bellen u morgen.{% else %}U hoort binnen twee weken van ons.{% endif %}\n"
        "U krijgt «Bedrag» op [vul datum in]. @if($x) Ja. @endif Groet van :afzender.\n"
    )
    path = tmp_path / "brief.txt.j2"
    path.write_text(template, encoding="utf-8")
    report = check_file(path)
    flagged = " ".join(f.text for f in report.findings if f.category in ("difficult-word", "abbreviation"))
    for piece in ("aanvrager", "spoed", "Bedrag", "vul datum", "afzender", "sjabloon", "endif"):
        assert piece not in flagged


def test_markdown_link_targets_are_not_text():
    source = load_bytes(b"# Kop\n\nLees [de regels](https://voorbeeld.nl/wmo-regels) goed.\n", "a.md")
    assert "https" not in source.text and "de regels" in source.text


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.html", "html"), ("a.htm", "html"), ("a.md", "markdown"), ("a.eml", "email"),
     ("a.html.j2", "html"), ("a.txt.j2", "text"), ("a.txt", "text"), ("brief", "text")],
)
def test_format_detection(name, expected):
    assert detect_format(name) == expected


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "leeg"),
        (b"   \n\n", "leeg"),
        (b"\x00\x01\x02binary\x00", "geen tekstbestand"),
        (bytes([0x81, 0x8D, 0x8F, 0x90]) * 3, "tekens"),
    ],
)
def test_bad_content_gets_a_dutch_reason(tmp_path, content, reason):
    path = tmp_path / "slecht.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        load_file(path)
    assert reason in error.value.reason


def test_missing_directory_and_too_large(tmp_path):
    with pytest.raises(InputError, match="bestaat niet"):
        load_file(tmp_path / "weg.txt")
    with pytest.raises(InputError, match="map"):
        load_file(tmp_path)
    big = tmp_path / "groot.txt"
    big.write_bytes(b"woord " * 2000)
    with pytest.raises(InputError, match="te groot"):
        load_file(big, max_bytes=1000)


@pytest.mark.skipif(os.geteuid() == 0, reason="root mag elk bestand lezen")
def test_unreadable_file(tmp_path):
    path = tmp_path / "geheim.txt"
    path.write_text("Hallo.")
    path.chmod(0)
    with pytest.raises(InputError, match="toegang"):
        load_file(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400), st.sampled_from(["a.txt", "a.html", "a.eml", "a.md", "a.j2"]))
def test_random_bytes_never_crash_the_loader(data, name):
    try:
        source = load_bytes(data, name)
    except InputError as error:
        assert error.reason
        return
    offsets = source.offsets
    if offsets is not None:
        assert len(offsets) == len(source.text) + 1
        assert all(0 <= o <= len(source.original) for o in offsets)


_html_text = st.text(alphabet=st.sampled_from(list("abc xyz<>/&;#\n\"'=pbrli")), max_size=200)


@settings(max_examples=200, deadline=None)
@given(_html_text)
def test_html_offsets_point_at_the_same_characters(html):
    source = html_to_text(html)
    for index, char in enumerate(source.text):
        origin = source.offsets[index]
        assert 0 <= origin <= len(html)
        if char.isalpha() and origin < len(html) and html[origin] != "&":
            assert html[origin] == char


def test_windows_line_ends_keep_offsets(tmp_path):
    raw = "Beste mevrouw Bakker,\r\n\r\nWij verzoeken u dit te doen.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    finding = _finding(check_file(path), "WRD001", "Wij verzoeken u")
    assert raw[finding.start : finding.end] == "Wij verzoeken u"
    assert (finding.line, finding.column) == (3, 1)


def test_eml_with_windows_line_ends(tmp_path):
    eml = "Subject: Vraag\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWij verzoeken u dit te doen.\r\n"
    path = tmp_path / "crlf.eml"
    path.write_bytes(eml.encode("utf-8"))
    finding = _finding(check_file(path), "WRD001", "Wij verzoeken u")
    assert eml[finding.start : finding.end] == "Wij verzoeken u"


def test_eml_sender_counts_for_contact(tmp_path):
    eml = "From: Gemeente <noreply@gemeente-voorbeeld.nl>\nSubject: Pas\n\nUw pas is klaar.\n"
    path = tmp_path / "pas.eml"
    path.write_text(eml, encoding="utf-8")
    report = check_file(path)
    (noreply,) = [f for f in report.findings if f.rule == "CON006"]
    assert (noreply.line, eml[noreply.start : noreply.end]) == (1, "noreply@gemeente-voorbeeld.nl")


@pytest.mark.parametrize("reference", ["&#xD800;", "&#55296;", "&#xDFFF;"])
def test_a_surrogate_character_reference_becomes_the_replacement_character(reference):
    # As a browser reads it: a surrogate is no character, and it cannot be written as UTF-8.
    source = html_to_text(f"<p>Wij verzoeken u {reference} te betalen.</p>")
    assert "\ufffd" in source.text and not any(0xD800 <= ord(char) <= 0xDFFF for char in source.text)
    source.text.encode("utf-8")


def test_a_lone_surrogate_from_any_loader_is_replaced_without_moving_offsets(monkeypatch):
    from b1check.load import read
    from b1check.load.source import SourceText

    monkeypatch.setitem(read.TEXT_LOADERS, "text", lambda original, data: SourceText.identity(
        original.replace("X", "\ud800"), format="text"))
    source = load_bytes(b"Wij verzoeken u X te betalen.", "brief.txt")
    assert source.text == "Wij verzoeken u \ufffd te betalen."


def _readme_section(title: str) -> str:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    return readme.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_the_readme_names_every_suffix_b1check_reads_and_no_other():
    """The table under 'Wat b1check leest' is the list a writer looks in: a format the loaders read
    (.docm, a Word template …) is named there, and nothing there is refused."""
    import re

    from b1check.load import LETTER_SUFFIXES

    table = [line for line in _readme_section("Wat b1check leest").splitlines() if line.startswith("| ")]
    named = {suffix.lower() for line in table for suffix in re.findall(r"`(\.[a-z0-9.]+)`", line.split(" | ")[0])}
    assert named - {".html.j2", ".html.erb"} == set(LETTER_SUFFIXES)


def test_the_help_texts_name_the_word_formats():
    from b1check.cli.check import check
    from b1check.cli.options import LETTER_KINDS

    for text in (check.help, LETTER_KINDS):
        assert all(suffix in text for suffix in (".docx", ".docm", ".dotx", ".dotm", ".odt", ".ott")), text
