"""Every format the CLI reads, uploaded to `b1check serve` over HTTP; and a document back with comments.

The server runs in a thread on a free port and each upload is a real multipart
POST, read in a child process as in use. The letter the page checks must be
the letter the CLI checks: the same findings (rule and words) as
`check_source(load_bytes(…))` on the same bytes.
"""

from __future__ import annotations

import base64
import html
import io
import json
import re
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import docx
import pytest

from b1check.check import check_source
from b1check.load import DEFAULT_MAX_BYTES, load_bytes
from b1check.web.app import MAX_UPLOAD_BYTES, UPLOAD_SUFFIXES, create_app

from tests.letter_files import make_docx, make_odt, make_pdf
from tests.web.server import running

ROOT = Path(__file__).resolve().parents[2]
LETTER = (ROOT / "examples" / "parkeervergunning" / "origineel.txt").read_text(encoding="utf-8")
HTML_LETTER = (ROOT / "examples" / "belastingaanslag" / "origineel.html").read_bytes()
EMAIL = (ROOT / "examples" / "afval" / "origineel.eml").read_bytes()
W_COMMENT_RANGE = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}commentRangeStart"


def _markdown(text: str) -> bytes:
    first, _, rest = text.partition("\n\n")
    return f"# {first}\n\n{rest}".encode()


UPLOADS = {
    "brief.docx": lambda: make_docx(LETTER),
    "brief.odt": lambda: make_odt(LETTER),
    "brief.pdf": lambda: make_pdf(LETTER),
    "brief.eml": lambda: EMAIL,
    "brief.html": lambda: HTML_LETTER,
    "brief.txt": lambda: LETTER.encode(),
    "brief.md": lambda: _markdown(LETTER),
    "brief.txt.j2": lambda: ("{# Sjabloon #}\n" + LETTER.replace("Geachte", "Geachte {{ aanvrager.naam }},\n\n", 1)
                             + "\n{% if spoed %}Wij bellen u.{% endif %}\n").encode(),
}


@pytest.fixture(scope="module")
def server():
    with running(create_app()) as url:
        yield url


def post(url: str, fields: dict[str, str] | None = None, files: dict[str, tuple[str, bytes]] | None = None,
         origin: str | None = None) -> tuple[int, str, bytes]:
    """A multipart POST as a browser sends it: (status, content type, body)."""
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in (fields or {}).items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, (filename, data) in (files or {}).items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    base = "/".join(url.split("/")[:3])
    headers["Origin"] = origin or base
    request = urllib.request.Request(url, data=b"".join(parts), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def upload(server: str, name: str, data: bytes, url: str = "/api/check", **kwargs) -> tuple[int, dict | str]:
    status, kind, body = post(server + url, files={"bestand": (name, data)}, **kwargs)
    return status, json.loads(body) if kind.startswith("application/json") else body.decode("utf-8")


def words(findings: list[dict]) -> list[tuple[str, str]]:
    """Each finding's rule and words, white space made single (the text area holds no line ends of Windows).
    A leading article is left out: the text area holds the letter without the e-mail's soft line
    breaks ("de impl=" / "ementatie"), so there a finding may show its noun with the article ("de
    implementatie"), where in the file it shows only what stands on the page unbroken."""
    def core(text: str) -> str:
        joined = " ".join(text.split())
        return re.sub(r"^(?:de|het|een) (?=\S)", "", joined, flags=re.IGNORECASE)

    return sorted((finding["rule"], core(finding["text"])) for finding in findings)


def copy_link(page: str) -> tuple[str, bytes]:
    """The file name and bytes of the "Download uw brief met opmerkingen" link in a page or fragment."""
    link = re.search(r'<a class="button secondary" id="kopie-link" href="([^"]+)" download="([^"]+)">', page)
    assert link, "geen downloadlink voor de kopie met opmerkingen"
    href = html.unescape(link.group(1))
    assert href.startswith("data:") and ";base64," in href
    return link.group(2), base64.b64decode(href.split(";base64,", 1)[1])


def script_copy(answer: dict) -> tuple[str, bytes]:
    """The file name and bytes of the copy the script saves (a Blob made in the browser, not a data: link)."""
    link = re.search(r'<a class="button secondary" id="kopie-link" href="([^"]+)" download="([^"]+)">',
                     answer["copy_html"])
    assert link, "geen downloadlink voor de kopie met opmerkingen"
    assert link.group(1) == "#kopie" and "data:" not in answer["copy_html"]
    copy = answer["copy"]
    assert copy["filename"] == html.unescape(link.group(2))
    return copy["filename"], base64.b64decode(copy["base64"])


def test_the_upload_takes_every_suffix_the_cli_reads_as_a_letter():
    from b1check.load import LETTER_SUFFIXES

    assert set(UPLOAD_SUFFIXES) == set(LETTER_SUFFIXES)
    assert {".docx", ".odt", ".pdf", ".eml", ".html", ".txt", ".md", ".j2"} <= set(UPLOAD_SUFFIXES)
    assert MAX_UPLOAD_BYTES == DEFAULT_MAX_BYTES  # the same limit as `b1check check`


@pytest.mark.parametrize("name", sorted(UPLOADS))
def test_every_format_uploads_and_is_checked_as_the_cli_checks_it(server, name):
    data = UPLOADS[name]()
    status, answer = upload(server, name, data)
    assert status == 200, answer
    assert answer["ok"] and answer["name"] == name
    assert answer["notice"] == f"De tekst uit '{name}' staat nu in het tekstvak."
    cli = check_source(load_bytes(data, name), name)
    assert cli.findings, "the example letter should give findings"
    assert words(answer["report"]["findings"]) == words([finding.to_dict() for finding in cli.findings])
    assert answer["report"]["verdict"]["b1"] == cli.verdict.b1
    # The text area gets the letter as it reads: no markup, no headers, no encoded bytes.
    for markup in ("<p", "Content-Type:", "=C3", "%PDF", "w:document"):
        assert markup not in answer["text"]


@pytest.mark.parametrize("name", ["brief.docx", "brief.odt"])
def test_a_document_comes_back_with_its_findings_as_comments(server, name):
    data = UPLOADS[name]()
    status, answer = upload(server, name, data)
    assert status == 200
    filename, copy = script_copy(answer)
    assert filename == name.replace(".", ".b1check.")
    assert answer["copy"]["type"] == {
        "brief.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "brief.odt": "application/vnd.oasis.opendocument.text",
    }[name]
    assert f"Download uw brief met opmerkingen ({Path(name).suffix})" in answer["copy_html"]
    cli = check_source(load_bytes(data, name), name)
    if name.endswith(".docx"):
        document = docx.Document(io.BytesIO(copy))
        comments = list(document.comments)
        assert comments and all(comment.author == "b1check" for comment in comments)
        anchored = document.element.body.findall(f".//{W_COMMENT_RANGE}")
        # One comment per finding on its own words, and one about the letter as a whole.
        assert 1 < len(anchored) == len(comments) <= len(cli.findings) + 1
        assert any(comment.text.startswith("B1: nee") for comment in comments)
    else:
        from odf.office import Annotation
        from odf.opendocument import load

        annotations = load(io.BytesIO(copy)).getElementsByType(Annotation)
        assert 1 < len(annotations) <= len(cli.findings) + 1
    assert copy != data  # the upload itself is not changed, and not what comes back


def test_the_copy_is_offered_without_javascript_too(server):
    status, page = upload(server, "brief.docx", UPLOADS["brief.docx"](), url="/")
    assert status == 200 and "Nee, de brief is nog niet B1." in page
    filename, copy = copy_link(page)
    assert filename == "brief.b1check.docx"
    assert docx.Document(io.BytesIO(copy)).comments


@pytest.mark.parametrize("name", ["brief.pdf", "brief.eml", "brief.txt"])
def test_a_format_that_takes_no_comments_offers_no_copy(server, name):
    status, answer = upload(server, name, UPLOADS[name]())
    assert status == 200 and answer["ok"]
    assert "kopie-link" not in answer["copy_html"]
    assert answer["copy"] is None


def _logo(side: int = 840) -> bytes:
    """A PNG of `side` × `side` pixels of noise: about 2 MB, as a scanned letterhead logo."""
    import random
    import struct
    import zlib

    noise = random.Random(1).randbytes
    rows = b"".join(b"\x00" + noise(side * 3) for _ in range(side))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def test_a_copy_with_a_large_logo_is_no_data_link_of_megabytes(server):
    """A letterhead logo makes a letter megabytes: the answer holds its bytes once, for the script to save."""
    document = docx.Document(io.BytesIO(UPLOADS["brief.docx"]()))
    document.sections[0].header.paragraphs[0].add_run().add_picture(io.BytesIO(_logo()))
    buffer = io.BytesIO()
    document.save(buffer)
    status, answer = upload(server, "brief.docx", buffer.getvalue())
    assert status == 200 and answer["ok"]
    filename, copy = script_copy(answer)
    assert len(answer["copy_html"]) < 10_000 and len(copy) > 2_000_000
    assert docx.Document(io.BytesIO(copy)).comments


def test_a_check_of_the_text_area_leaves_the_last_copy_alone(server):
    status, kind, body = post(server + "/api/check", fields={"tekst": LETTER, "naam": "brief.docx"})
    answer = json.loads(body)
    assert status == 200 and answer["ok"]
    assert "copy_html" not in answer  # the script keeps the copy of the file the writer chose


def test_a_document_that_cannot_take_comments_says_why(server):
    # Text only in the header: the letter is read, but there is no paragraph for the comment about it.
    data = make_docx("", header="Wij verzoeken u middels dit formulier te reageren.")
    status, answer = upload(server, "kop.docx", data)
    assert status == 200 and answer["ok"]
    assert "kopie-link" not in answer["copy_html"]
    assert "Een kopie met opmerkingen kan b1check van dit document niet maken." in answer["copy_html"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("brief.rtf", b"{\\rtf1 Geachte heer}", "b1check kan 'brief.rtf' niet lezen. b1check leest documenten (.docm, .docx, .dotm, .dotx, .odt, .ott of .pdf)"),
        ("brief.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "b1check kan 'brief.doc' niet lezen."),
        ("brief.pdf", b"Dit is tekst, geen PDF.", "Dit is geen PDF-bestand."),
        ("brief.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 4, "Deze PDF is beschadigd en kan niet gelezen worden."),
        ("brief.odt", b"PK\x03\x04 kapot", "Dit OpenDocument-bestand is beschadigd"),
    ],
    ids=["rtf", "doc", "not-a-pdf", "broken-pdf", "broken-odt"],
)
def test_what_the_page_cannot_read_gets_a_dutch_reason_and_no_traceback(server, name, data, reason):
    for url in ("/api/check", "/"):
        status, answer = upload(server, name, data, url=url)
        assert status == 400
        said = answer["error"] if isinstance(answer, dict) else html.unescape(answer)
        assert reason in said
        assert "Traceback" not in said and "Error" not in said


def test_the_size_limit_and_its_reason_are_the_clis():
    from b1check.load import too_large

    app = create_app(max_bytes=1024)
    data = make_docx(LETTER)
    response = app.test_client().post("/api/check", data={"bestand": (io.BytesIO(data), "brief.docx")},
                                      content_type="multipart/form-data")
    assert response.status_code == 413
    assert response.get_json()["error"] == too_large("brief.docx", len(data), 1024).reason


def test_an_upload_from_another_web_site_gets_no_copy(server):
    status, answer = upload(server, "brief.docx", UPLOADS["brief.docx"](), origin="https://elders.example")
    assert status == 403
    assert "copy_html" not in answer and "niet van de pagina van b1check zelf" in answer["error"]


def test_nothing_is_written_to_disk(monkeypatch):
    """No temporary file for the upload (werkzeug spills files over 500 kB), the reading or the copy."""
    import tempfile

    def refuse(*args, **kwargs):
        raise AssertionError("b1check serve schreef een tijdelijk bestand")

    app = create_app()
    for name in ("TemporaryFile", "NamedTemporaryFile", "SpooledTemporaryFile", "mkstemp", "mkdtemp"):
        monkeypatch.setattr(tempfile, name, refuse)
    monkeypatch.setattr("werkzeug.formparser.SpooledTemporaryFile", refuse, raising=False)
    client = app.test_client()
    big = LETTER.encode() + b" " * 600_000  # over werkzeug's 500 kB, under the upload limit
    response = client.post("/api/check", data={"bestand": (io.BytesIO(big), "brief.txt")},
                           content_type="multipart/form-data")
    assert response.status_code == 413 and "te lang" in response.get_json()["error"]
    response = client.post("/api/check", data={"bestand": (io.BytesIO(make_docx(LETTER)), "brief.docx")},
                           content_type="multipart/form-data")
    assert response.status_code == 200
    assert script_copy(response.get_json())[0] == "brief.b1check.docx"
