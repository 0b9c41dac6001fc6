"""`b1check serve`: the web page, through Flask's test client.

A letter goes in as a form post (as without JavaScript) or to /api/check (as
the page's script does); the page shows the verdict, scores, contact
checklist and highlights, escapes all letter text and loads nothing from
elsewhere.
"""

from __future__ import annotations

import io
import logging
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from b1check import check_text
from b1check.model import Finding, Severity
from b1check.rules import rule_info
from b1check.settings import Settings
from b1check.web import app as web_app
from b1check.web.app import MAX_TEXT_CHARS, MAX_UPLOAD_BYTES, create_app
from b1check.cli.serve import is_loopback, quiet_request_handler, serve
from b1check.web.view import Piece, highlight

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "b1check" / "web" / "static"

LETTER = """Geachte mevrouw De Vries,

Wij verzoeken u middels dit formulier uw gegevens te retourneren. Indien u niet reageert, wordt uw aanvraag buiten behandeling gesteld.

Hoogachtend,

Het college
"""


@pytest.fixture(scope="module")
def app():
    return create_app()


@pytest.fixture
def client(app):
    return app.test_client()


class Elements(HTMLParser):
    """Every start tag with its attributes, and whether <mark> tags are balanced."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.open_marks = 0
        self.balanced = True

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self.open_marks += 1

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open_marks -= 1
            self.balanced = self.balanced and self.open_marks >= 0


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser


def post_letter(client, text=LETTER, **extra):
    return client.post("/", data={"tekst": text, **extra})


def upload(client, data: bytes, name: str, url="/api/check"):
    return client.post(url, data={"bestand": (io.BytesIO(data), name)}, content_type="multipart/form-data")


# --- the page ----------------------------------------------------------------


def test_empty_page_is_a_dutch_form_that_posts(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert '<html lang="nl">' in html
    elements = parse(html)
    form = next(attrs for tag, attrs in elements.tags if tag == "form")
    assert form["method"] == "post" and form["enctype"] == "multipart/form-data"
    # Every control has a label.
    labels = {attrs["for"] for tag, attrs in elements.tags if tag == "label"}
    assert {"tekst", "bestand"} <= labels
    assert "Controleer" in html and "Download het resultaat" in html


def test_form_post_shows_verdict_scores_contact_and_highlights(client):
    response = post_letter(client)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Nee, de brief is nog niet B1." in html
    assert html.count("<meter") == 6  # a bar per measure, the share of bureaucratic words too
    for item in ("Naam van een medewerker", "Direct telefoonnummer", "E-mailadres dat antwoordt"):
        assert item in html
    elements = parse(html)
    assert elements.balanced and elements.open_marks == 0
    marks = [attrs for tag, attrs in elements.tags if tag == "mark"]
    report = check_text(LETTER)
    infos = rule_info()
    on_words = {n for n, f in enumerate(report.findings) if infos[f.rule].anchor != "letter"}
    assert {int(m["data-f"]) for m in marks} == on_words
    assert any("cat-wording" in m["class"] and m.get("data-label") == "A" for m in marks)
    # Every finding in the list links to its place in the letter, and the place exists.
    links = {attrs["href"] for tag, attrs in elements.tags if tag == "a" and attrs.get("href", "").startswith("#plek-")}
    ids = {attrs["id"] for tag, attrs in elements.tags if "id" in attrs}
    assert links and {link[1:] for link in links} <= ids
    # The explanation of the rule is there: what and why.
    assert "Wat valt op" in html and "Waarom is dat lastig" in html


# The last line is a note, as in a Word letter with a footnote: the letter names only the general number.
NOTE_LAST = """Geachte mevrouw De Vries,

Wij hebben uw aanvraag ontvangen. Wij sturen u binnen twee weken een besluit.

Heeft u vragen? Bel Jan de Vries via 14 020.

Met vriendelijke groet,

Jan de Vries

Algemene wet bestuursrecht, hoofdstuk 6 en 7.
"""


def test_a_finding_about_the_whole_letter_is_beside_the_verdict_not_on_a_line(client):
    answer = client.post("/api/check", data={"tekst": NOTE_LAST}).get_json()
    findings = answer["report"]["findings"]
    general = [n for n, f in enumerate(findings) if f["rule"] == "CON003"]
    assert general, findings
    html = answer["html"]
    marks = {int(attrs["data-f"]) for tag, attrs in parse(html).tags if tag == "mark"}
    assert not marks & set(general)  # nothing drawn on the note at the end
    verdict = re.search(r'<div class="card verdict.*?</div>\s*<div class="card scores"', html, re.DOTALL).group(0)
    assert "Over de hele brief:" in verdict and unescape(findings[general[0]]["message"]) in unescape(verdict)
    # In the list it says so, where another finding links to its words.
    item = re.search(rf'<li class="finding" id="melding-{general[0]}".*?</li>', html, re.DOTALL).group(0)
    assert "over de hele brief" in item and "#plek-" not in item


def test_the_contact_list_shows_a_merge_field_as_word_shows_it(client):
    letter = NOTE_LAST.replace("Jan de Vries\n\nAlgemene", "«Behandelaar»\n\nAlgemene").replace("Bel Jan de Vries", "Bel ons")
    html = client.post("/api/check", data={"tekst": letter}).get_json()["html"]
    contact = re.search(r'<div class="card contact".*?</ul>', html, re.DOTALL).group(0)
    assert "Ja: «Behandelaar»" in contact and "{Behandelaar}" not in contact


def test_highlighted_letter_keeps_the_text(client):
    html = post_letter(client).get_data(as_text=True)
    letter = re.search(r'<div class="letter" id="brief"[^>]*>(.*?)</div>\s*<aside', html, re.DOTALL).group(1)
    plain = re.sub(r"<[^>]+>", "", letter)
    assert plain.replace("&#39;", "'") == LETTER


def test_letter_text_is_escaped_everywhere(client):
    evil = 'Geachte heer,\n<script>alert(1)</script> "><img src=x onerror=alert(2)> middels\n'
    html = post_letter(client, evil).get_data(as_text=True)
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    scripts = [attrs.get("src") for tag, attrs in parse(html).tags if tag == "script"]
    assert scripts == ["/static/b1check.js"]
    answer = client.post("/api/check", data={"tekst": evil}).get_json()
    assert "<script>alert" not in answer["html"]
    assert answer["text"] == evil


def test_every_template_autoescapes(app):
    assert app.jinja_env.autoescape is True


def test_empty_text_gets_a_message(client):
    response = post_letter(client, "   \n")
    assert response.status_code == 400
    assert "Er staat nog geen tekst in het tekstvak" in response.get_data(as_text=True)


# --- the JSON endpoint -----------------------------------------------------------


def test_api_returns_the_report_and_the_result_html(client):
    answer = client.post("/api/check", data={"tekst": LETTER}).get_json()
    assert answer["ok"] is True
    assert answer["text"] == LETTER
    assert answer["report"]["findings"] == [f.to_dict() for f in check_text(LETTER).findings]
    assert answer["report"]["verdict"]["b1"] is False
    assert 'id="oordeel"' in answer["html"] and 'id="contact"' in answer["html"]


def test_windows_line_ends_become_newlines_so_offsets_match_the_text_area(client):
    answer = client.post("/api/check", data={"tekst": LETTER.replace("\n", "\r\n")}).get_json()
    assert answer["text"] == LETTER
    for finding in answer["report"]["findings"]:
        assert LETTER[finding["start"] : finding["end"]] == finding["text"]


def fix_value(answer, word):
    finding = next(f for f in answer["report"]["findings"] if f["text"] == word and f["fix"])
    return f"{finding['start']}:{finding['end']}:{finding['rule']}"


def test_apply_a_safe_replacement_and_check_again(client):
    first = client.post("/api/check", data={"tekst": LETTER}).get_json()
    answer = client.post("/api/check", data={"tekst": LETTER, "vervang": fix_value(first, "middels")}).get_json()
    assert "u met dit formulier" in answer["text"]
    assert "middels" not in answer["text"]
    assert answer["notice"] == "'middels' is vervangen door 'met'."
    assert not any("middels" in f["text"] for f in answer["report"]["findings"])


def test_apply_without_javascript_is_a_form_post(client):
    first = client.post("/api/check", data={"tekst": LETTER}).get_json()
    html = post_letter(client, vervang=fix_value(first, "middels")).get_data(as_text=True)
    assert "u met dit formulier" in html
    assert "is vervangen door" in html


@pytest.mark.parametrize("value", ["0:5:WRD001", "nonsense", "1:x:WRD001"])
def test_a_replacement_that_does_not_fit_changes_nothing(client, value):
    answer = client.post("/api/check", data={"tekst": LETTER, "vervang": value}).get_json()
    if answer["ok"]:
        assert answer["text"] == LETTER
    else:
        assert "vervanging" in answer["error"]


def test_a_replacement_is_only_a_safe_one(client):
    # 'verzoeken' has suggestions but no safe replacement: nothing changes.
    first = client.post("/api/check", data={"tekst": LETTER}).get_json()
    finding = next(f for f in first["report"]["findings"] if f["text"] == "Wij verzoeken u")
    assert finding["fix"] is None
    value = f"{finding['start']}:{finding['end']}:{finding['rule']}"
    answer = client.post("/api/check", data={"tekst": LETTER, "vervang": value}).get_json()
    assert answer["text"] == LETTER


ADVICE_LETTER = "Op de website is de folder te raadplegen. Zorg voor tijdige betaling.\n"


def _finding_item(html: str, index: int) -> str:
    """The text of finding `index` in the list under the letter, markup removed."""
    item = re.search(rf'<li class="finding" id="melding-{index}".*?</li>', html, re.DOTALL).group(0)
    return unescape(re.sub(r"<[^>]+>", "", item))


def test_advice_is_shown_beside_the_replacements_and_is_never_a_button(client):
    report = check_text(ADVICE_LETTER)
    advised = [(i, f) for i, f in enumerate(report.findings) if f.advice]
    assert {f.text for _, f in advised} == {"te raadplegen", "tijdige"}  # one with replacements, one without
    html = post_letter(client, ADVICE_LETTER).get_data(as_text=True)
    for index, finding in advised:
        item = _finding_item(html, index)
        for advice in finding.advice:
            assert advice in item.split("Advies: ", 1)[1]
        assert ("Beter: " in item) == bool(finding.suggestions)
    buttons = [unescape(b) for b in re.findall(r'<button type="submit" class="fix".*?</button>', html, re.DOTALL)]
    assert not any("op tijd" in button or "kijken op" in button for button in buttons)


# --- uploads ---------------------------------------------------------------------


def test_upload_text_file_fills_the_text_area(client):
    answer = upload(client, LETTER.encode("utf-8"), "brief.txt").get_json()
    assert answer["ok"] and answer["text"] == LETTER
    assert answer["notice"] == "De tekst uit 'brief.txt' staat nu in het tekstvak."
    assert answer["name"] == "brief.txt"


def test_upload_html_becomes_plain_text(client):
    page = "<html><body><h1>Uw aanvraag</h1><p>Wij verzoeken u <b>middels</b> dit formulier te reageren.</p></body></html>"
    answer = upload(client, page.encode(), "brief.html").get_json()
    assert answer["ok"]
    assert "<p>" not in answer["text"] and "middels dit formulier" in answer["text"]


def test_upload_email(client):
    data = (ROOT / "examples" / "afval" / "origineel.eml").read_bytes()
    answer = upload(client, data, "mail.eml").get_json()
    assert answer["ok"] and "Geachte" in answer["text"]
    assert "Content-Type" not in answer["text"]


def test_upload_word_document(client):
    docx = pytest.importorskip("docx", reason="python-docx is niet geïnstalleerd")
    document = docx.Document()
    document.add_paragraph("Geachte heer,")
    document.add_paragraph("Wij verzoeken u middels dit formulier te reageren.")
    data = io.BytesIO()
    document.save(data)
    answer = upload(client, data.getvalue(), "brief.docx").get_json()
    assert answer["ok"], answer
    assert answer["text"] == "Geachte heer,\n\nWij verzoeken u middels dit formulier te reageren."


def test_without_a_word_loader_docx_gets_a_dutch_message(client, monkeypatch):
    monkeypatch.setattr(web_app, "BINARY_LOADERS", {})
    response = upload(client, b"PK\x03\x04 whatever", "brief.docx")
    assert response.status_code == 400
    assert "Kopieer de tekst uit het document" in response.get_json()["error"]


def test_broken_docx_gets_a_dutch_message(client):
    response = upload(client, b"PK\x03\x04 dit is geen echt Word-bestand", "brief.docx")
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error and "Traceback" not in error


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"%PDF-1.4 ...", "brief.pdf", "Deze PDF is beschadigd"),
        (b"{\\rtf1 Geachte heer}", "brief.rtf", "niet lezen. b1check leest documenten (.docm, .docx, .dotm, .dotx, .odt, .ott of .pdf)"),
        (b"\x00\x01\x02\x03binary", "brief.txt", "geen tekstbestand"),
        (b"", "brief.txt", "leeg"),
        (b"\xff\xfe\x00\x00", "brief.eml", "geen tekst in dit bestand"),  # UTF-32 with nothing after its mark
        (b"\xff\xfe\x00\x00\x00\x00\x00\x00", "brief.eml", "geen tekstbestand"),  # UTF-32: one NUL character
        (b"<html><body></body></html>", "brief.html", "geen tekst"),
    ],
)
def test_malformed_upload_gets_a_message_not_a_server_error(client, data, name, expected):
    for url in ("/api/check", "/"):
        response = upload(client, data, name, url)
        assert response.status_code == 400
        body = response.get_data(as_text=True)
        assert expected in (response.get_json()["error"] if url.startswith("/api") else body)


def test_upload_name_with_folders_and_markup_is_cleaned_and_escaped(client):
    response = upload(client, LETTER.encode(), "../../etc/<b>x.txt", "/")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert "../" not in html


def test_broken_multipart_body_is_a_message(client):
    response = client.post(
        "/api/check", data=b"--xx\r\nContent-Disposition: form-data; name=\"tekst\"\r\n\r\nhallo",
        content_type="multipart/form-data; boundary=xx",
    )
    assert response.status_code < 500


def test_a_crash_is_a_dutch_message_without_the_letter(client, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("geheim: " + LETTER)

    monkeypatch.setattr(web_app, "check_source", broken)
    with caplog.at_level(logging.DEBUG):
        response = client.post("/api/check", data={"tekst": LETTER})
    assert response.status_code == 500
    assert "Er ging iets mis" in response.get_json()["error"]
    assert "De Vries" not in caplog.text and "geheim" not in caplog.text


# --- limits ----------------------------------------------------------------------


def test_too_long_text_gets_a_message(client):
    response = client.post("/api/check", data={"tekst": "woord " * (MAX_TEXT_CHARS // 6 + 10)})
    assert response.status_code == 413
    assert "te lang" in response.get_json()["error"]


def test_a_text_over_the_word_limit_gets_the_dutch_reason_not_a_server_error():
    client = create_app(Settings().with_limits(max_letter_words=5)).test_client()
    response = client.post("/api/check", data={"tekst": LETTER})
    assert 400 <= response.status_code < 500
    assert "te lang om te controleren: meer dan 5 woorden" in response.get_json()["error"]


def test_too_large_request_is_refused_before_reading(client):
    response = upload(client, b"a" * (MAX_UPLOAD_BYTES + 1024 * 1024), "brief.txt", "/")
    assert response.status_code == 413
    assert "Dit is te veel tekst in één keer" in response.get_data(as_text=True)


def test_too_large_upload_gets_a_message(client):
    response = upload(client, b"a " * (MAX_UPLOAD_BYTES // 2 + 10), "brief.txt")
    assert response.status_code == 413
    assert "te groot" in response.get_json()["error"]


# --- download ----------------------------------------------------------------------


def test_download_is_the_result_as_a_file(client):
    response = client.post("/download", data={"tekst": LETTER, "naam": "Brief aan De Vries.txt"})
    assert response.status_code == 200
    disposition = response.headers["Content-Disposition"]
    assert disposition == 'attachment; filename="b1check-Brief-aan-De-Vries.html"'
    # The same self-contained report `b1check audit --html` writes, for this letter.
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert "middels" in page and "<script src" not in page and "<link" not in page


# --- nothing from elsewhere, nothing kept ------------------------------------------


def test_page_refers_only_to_this_server(client):
    html = post_letter(client).get_data(as_text=True)
    for tag, attrs in parse(html).tags:
        for attribute in ("src", "href", "action", "formaction"):
            value = attrs.get(attribute)
            if value is None:
                continue
            assert not re.match(r"^\s*(?:[a-z][a-z0-9+.-]*:|//)", value, re.IGNORECASE), f"<{tag} {attribute}={value!r}>"
    assert "@import" not in html and "url(http" not in html


def test_static_files_load_nothing_from_elsewhere(client):
    for name in ("b1check.css", "b1check.js", "favicon.svg"):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200
        body = response.get_data(as_text=True)
        assert "@import" not in body and "@font-face" not in body
        assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", body), name


def test_security_headers(client):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_only_local_host_names_are_answered(client):
    assert client.get("/", headers={"Host": "127.0.0.1:8765"}).status_code == 200
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200
    assert client.get("/", headers={"Host": "rebind.example:8765"}).status_code == 400
    remote = create_app(allow_remote=True).test_client()
    assert remote.get("/", headers={"Host": "werkplek-12:8765"}).status_code == 200


def test_letter_text_is_never_logged(client, caplog, capsys):
    with caplog.at_level(logging.DEBUG):
        post_letter(client)
        client.post("/api/check", data={"tekst": LETTER})
        upload(client, LETTER.encode(), "brief.txt")
    captured = capsys.readouterr()
    for output in (caplog.text, captured.out, captured.err):
        assert "De Vries" not in output and "middels" not in output


def test_the_server_does_not_log_requests():
    handler = quiet_request_handler()
    assert handler.log_request(object(), 200) is None  # no access log at all


def test_get_of_a_post_only_page_is_a_message(client):
    response = client.get("/api/check")
    assert response.status_code == 405
    assert response.get_json()["error"]
    assert client.get("/bestaat-niet").status_code == 404


# --- the command -------------------------------------------------------------------


def test_serve_refuses_another_address_without_allow_remote():
    result = CliRunner().invoke(serve, ["--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--allow-remote" in result.output


def test_serve_is_a_b1check_command():
    from b1check.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--allow-remote" in result.output and "--port" in result.output


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True), ("127.0.0.2", True),
     ("0.0.0.0", False), ("192.168.1.10", False), ("werkplek", False)],
)
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


# --- highlights that nest and cross ----------------------------------------------


def finding(start, end, rule="WRD001"):
    return Finding(rule=rule, category="wording", severity=Severity.WARNING, line=1, column=start + 1,
                   start=start, end=end, text="", message="")


def render(pieces: list[Piece]) -> str:
    out = []
    for piece in pieces:
        out.append(piece.text if piece.kind == "text" else f"<{piece.index}>" if piece.kind == "open" else f"</{piece.index}>")
    return "".join(out)


def test_highlight_nests_a_word_in_a_sentence():
    text = "Wij verzoeken u dit."
    pieces = highlight(text, [finding(0, 20, "LEN001"), finding(4, 13)])
    assert render(pieces) == "<0>Wij <1>verzoeken</1> u dit.</0>"


def test_crossing_highlights_are_split_and_stay_nested():
    text = "abcdefghij"
    pieces = highlight(text, [finding(0, 6), finding(3, 9)])
    assert render(pieces) == "<0>abc<1>def</1></0><1>ghi</1>j"
    firsts = [p.index for p in pieces if p.kind == "open" and p.first]
    assert firsts == [0, 1]  # the second piece of 1 has no id
    depth = 0
    for piece in pieces:
        depth += {"open": 1, "close": -1}.get(piece.kind, 0)
        assert depth >= 0
    assert depth == 0


def test_empty_and_out_of_range_findings_do_not_break_the_text():
    text = "abc"
    pieces = highlight(text, [finding(1, 1), finding(2, 99)])
    assert render(pieces) == "a<0></0>bc"


def test_serve_says_so_when_the_port_is_taken():
    import socket

    from b1check.cli.serve import port_is_free

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert port_is_free("127.0.0.1", port) is False
        result = CliRunner().invoke(serve, ["--port", str(port)])
    assert result.exit_code == 2
    assert "--port" in result.output


# --- the look: one source with the audit report ---------------------------------


def test_category_style_sheet_is_made_from_the_one_table():
    """categories.css is `python -m b1check.report.look`; the page loads it before its own sheet."""
    from b1check.report.look import category_css

    assert (STATIC / "categories.css").read_text(encoding="utf-8") == category_css(), (
        "b1check/web/static/categories.css is out of date: python -m b1check.report.look > b1check/web/static/categories.css"
    )


def test_page_uses_the_badge_of_every_category(client):
    from b1check.report.look import CATEGORY_LOOKS

    page = post_letter(client).get_data(as_text=True)
    assert page.index("categories.css") < page.index("b1check.css")
    badges = set(re.findall(r'<span class="badge cat-([a-z-]+)" aria-hidden="true">([^<]+)</span>', page))
    assert {code for code, _ in badges} >= {"wording", "contact"}
    for code, letter in badges:
        assert letter == CATEGORY_LOOKS[code].badge


def test_download_is_the_audit_html_report_when_b1check_has_one(client, monkeypatch):
    audit_html = pytest.importorskip("b1check.audit.html", reason="b1check audit is er (nog) niet")
    calls = []

    def render_single(report, source, threshold, max_lint_level):
        calls.append((report.path, source.original, threshold, max_lint_level))
        return "<!doctype html><title>rapport</title>"

    monkeypatch.setattr(audit_html, "render_single", render_single, raising=False)
    response = client.post("/download", data={"tekst": LETTER})
    assert response.mimetype == "text/html"
    assert response.headers["Content-Disposition"] == 'attachment; filename="b1check-brief.html"'
    assert calls == [("brief.txt", LETTER, 60.0, 3)]  # the page's own verdict limits

    monkeypatch.setattr(audit_html, "render_single", lambda report, source: 1 / 0)
    assert client.post("/download", data={"tekst": LETTER}).mimetype == "application/json"


def test_lint_ii_sentence_is_said_once_in_the_verdict_box(client):
    text = (ROOT / "examples" / "bezwaar" / "origineel.txt").read_text(encoding="utf-8")
    page = post_letter(client, text).get_data(as_text=True)
    verdict = page[page.index('id="oordeel"') : page.index('id="scores"')]
    assert verdict.count("LiNT-II") == 1
    lint = next(attrs for tag, attrs in parse(page).tags if attrs.get("id") == "lint")
    assert lint["class"] == "lint not-ok"  # one of the reasons, not a line of its own
    assert "Hoe moeilijk (LiNT-II): 65,7 · niveau 4 van 4." in verdict
    assert "Een B1-brief heeft hooguit niveau 3." in verdict


def test_lint_ii_within_the_limit_is_a_line_of_its_own(client):
    text = (ROOT / "examples" / "bezwaar" / "b1.txt").read_text(encoding="utf-8")
    page = post_letter(client, text).get_data(as_text=True)
    assert "Waarom niet" not in page  # a B1 letter has no reasons against it
    lint = next(attrs for tag, attrs in parse(page).tags if attrs.get("id") == "lint")
    assert lint["class"] == "lint ok"
    assert "Leesgemak (Flesch-Douma)" in page


def test_lint_ii_of_a_short_letter_is_shown_but_does_not_decide(client):
    text = "Beste meneer Jansen,\n\nWij hebben uw aanvraag ontvangen. U krijgt binnen twee weken antwoord.\n"
    page = post_letter(client, text).get_data(as_text=True)
    lint = next(attrs for tag, attrs in parse(page).tags if attrs.get("id") == "lint")
    assert lint["class"] == "lint unavailable"
    verdict = page[page.index('id="oordeel"') : page.index('id="scores"')]
    assert "LiNT-II telt niet mee" in verdict and verdict.count("Hoe moeilijk (LiNT-II)") == 1


def test_missing_lint_ii_is_shown_neutral_not_as_good(client):
    # Running text, but no noun from LiNT-II's list: no score.
    page = post_letter(client, "Wij helpen u graag.\n").get_data(as_text=True)
    lint = next(attrs for tag, attrs in parse(page).tags if attrs.get("id") == "lint")
    assert lint["class"] == "lint unavailable"
    assert "Hoe moeilijk (LiNT-II): niet berekend. LiNT-II kan deze tekst niet meten." in page
    assert ".lint.unavailable" in (STATIC / "b1check.css").read_text(encoding="utf-8")


STIFF = (
    "Geachte heer Jansen,\n\n"
    "Naar aanleiding van uw aanvraag inzake de subsidie delen wij u mede dat wij deze hebben ontvangen. "
    "Teneinde uw aanvraag te beoordelen, verzoeken wij u middels het formulier uw loonstrook toe te zenden. "
    "Indien wij deze niet tijdig ontvangen, wordt uw aanvraag niet in behandeling genomen. "
    "Tevens wijzen wij u erop dat u reeds eerder een aanvraag heeft ingediend.\n\n"
    "Met vriendelijke groet,\n\nJan de Vries\n"
)


def test_the_share_of_bureaucratic_words_has_its_own_bar_with_its_limit():
    from b1check.web.view import meters

    report = check_text(STIFF)
    bars = {bar.label: bar for bar in meters(report.metrics, Settings())}
    bar = bars["Ambtelijke woorden en zinsdelen"]
    reason = next(r for r in report.verdict.reasons if "ambtelijke woorden" in r)
    assert not bar.ok and bar.limit_text in reason  # the bar says what the reason says: too many, and the limit
    assert bars["Moeilijke woorden (weinig gebruikt)"].label != bar.label  # a green rare-words bar says what it is
    assert all(bar.label.split(" (")[0] != "Lijdende vorm" for bar in bars.values())


def test_every_bar_on_the_page_has_a_label_that_says_what_it_measures(client):
    page = client.post("/", data={"tekst": STIFF}).get_data(as_text=True)
    for label in ("Woorden per zin (gemiddeld)", "Lange zinnen (deel van alle zinnen)",
                  "Moeilijke woorden (weinig gebruikt)", "Ambtelijke woorden en zinsdelen", "Zinnen in de lijdende vorm"):
        assert label in unescape(page)
