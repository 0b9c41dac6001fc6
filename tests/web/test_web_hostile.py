"""`b1check serve` against hostile requests: other web sites, bodies that are not UTF-8,
letters that take too long or crash their child, and another reader who must not wait."""

from __future__ import annotations

import os
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from b1check.web import app as web_app
from b1check.web.app import MAX_TEXT_CHARS, MAX_UPLOAD_BYTES, create_app, from_elsewhere

LETTER = "Geachte mevrouw,\n\nWij verzoeken u het formulier te retourneren.\n\nMet vriendelijke groet,\n\nJan de Vries\n"
OWN = "http://localhost"  # the test client's own address


@pytest.fixture(scope="module")
def app():
    app = create_app()
    app.extensions["b1check"].warm_up()  # each letter's child starts from it, as in `b1check serve`
    return app


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.mark.parametrize("url", ["/", "/api/check", "/download"])
def test_a_post_from_another_web_site_is_refused(client, url):
    for headers in ({"Origin": "https://evil.example"}, {"Origin": "null"}, {"Referer": "https://evil.example/x"}):
        response = client.post(url, data={"tekst": LETTER}, headers=headers)
        assert response.status_code == 403, headers
        body = response.get_json()["error"] if url.startswith("/api/") else response.get_data(as_text=True)
        assert "komt niet van de pagina van b1check zelf" in body


def test_a_post_from_the_page_itself_or_from_no_web_page_is_answered(client):
    for headers in ({"Origin": OWN}, {"Referer": OWN + "/"}, {}):
        assert client.post("/api/check", data={"tekst": LETTER}, headers=headers).status_code == 200, headers


def test_where_a_post_comes_from():
    own = "http://127.0.0.1:8765"
    assert not from_elsewhere("http://127.0.0.1:8765", None, own)
    assert not from_elsewhere(None, "http://127.0.0.1:8765/?x=1", own)
    assert not from_elsewhere(None, None, own)
    assert from_elsewhere("http://localhost:8765", None, own)  # another name is another origin
    assert from_elsewhere("http://127.0.0.1:9999", None, own)
    assert from_elsewhere("null", "http://127.0.0.1:8765/", own)  # Origin counts before Referer


def test_a_form_that_is_not_utf8_gets_its_own_message(client):
    latin = "tekst=" + urllib.parse.quote("Café in de wijk".encode("latin-1"))
    response = client.post("/api/check", data=latin, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "niet als UTF-8 verstuurd" in response.get_json()["error"]
    boundary = "grens"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"tekst\"\r\n\r\n".encode()
            + "Café".encode("latin-1") + f"\r\n--{boundary}--\r\n".encode())
    response = client.post("/", data=body, content_type=f"multipart/form-data; boundary={boundary}")
    assert response.status_code == 400 and "niet als UTF-8 verstuurd" in response.get_data(as_text=True)
    # The same letter in UTF-8 is read.
    utf8 = "tekst=" + urllib.parse.quote("Café in de wijk".encode("utf-8"))
    assert client.post("/api/check", data=utf8, content_type="application/x-www-form-urlencoded").status_code == 200


def test_the_too_large_message_reads_well(client):
    response = client.post("/api/check", data={"tekst": "a" * (MAX_UPLOAD_BYTES + 1024 * 1024)})
    assert response.status_code == 413
    assert response.get_json()["error"] == (
        "Dit is te veel tekst in één keer. Een bestand mag hooguit 5 MB zijn, de tekst hooguit 50.000 tekens."
    )


def test_a_plain_text_upload_too_long_to_check_is_refused_before_it_is_decoded(client, monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("decoded")

    monkeypatch.setattr(web_app, "load_bytes", never)
    data = ("woord " * (MAX_TEXT_CHARS // 5 * 5)).encode("utf-8")
    response = client.post("/api/check", data={"bestand": (__import__("io").BytesIO(data), "brief.txt")},
                           content_type="multipart/form-data")
    assert response.status_code == 413 and "te lang" in response.get_json()["error"]


def test_a_letter_that_takes_too_long_is_stopped(monkeypatch):
    monkeypatch.setattr(web_app, "_check_letter", lambda text, name, settings: time.sleep(600))
    client = create_app(timeout=1).test_client()
    response = client.post("/api/check", data={"tekst": LETTER})
    assert response.status_code == 503
    assert "duurde te lang (meer dan 1 seconde)" in response.get_json()["error"]


def test_a_letter_that_crashes_its_child_does_not_stop_the_server(monkeypatch, client):
    monkeypatch.setattr(web_app, "_check_letter", lambda text, name, settings: os._exit(1))
    response = client.post("/api/check", data={"tekst": LETTER})
    assert response.status_code == 500 and "stopte onverwacht" in response.get_json()["error"]
    monkeypatch.undo()
    assert client.post("/api/check", data={"tekst": LETTER}).status_code == 200


def test_another_reader_is_answered_while_a_hostile_letter_is_checked(monkeypatch):
    """The hostile letter holds nothing the other reader needs: the other answer comes
    while the hostile one is still being checked (it is stopped by its time limit)."""
    from werkzeug.serving import make_server

    real = web_app._check_letter

    def check(text, name, settings):
        if "VIJANDIG" in text:
            time.sleep(600)
        return real(text, name, settings)

    monkeypatch.setattr(web_app, "_check_letter", check)
    app = create_app(timeout=8)
    app.extensions["b1check"].warm_up()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/api/check"

    def post(text: str) -> int:
        request = urllib.request.Request(url, data=urllib.parse.urlencode({"tekst": text}).encode())
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    hostile: dict = {}
    thread = threading.Thread(target=lambda: hostile.update(status=post("VIJANDIG " + LETTER)))
    try:
        thread.start()
        time.sleep(0.5)  # the hostile letter is in its child now
        assert post(LETTER) == 200
        assert thread.is_alive() and not hostile  # answered while the hostile letter still runs
        thread.join(120)
        assert hostile["status"] == 503
    finally:
        server.shutdown()
