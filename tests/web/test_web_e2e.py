"""`b1check serve` in a real headless Chromium, driven by Playwright.

The server runs in a thread on a free port. Chromium is Debian's (`apt-get
install chromium`); Playwright never downloads a browser here. Without
Chromium or Playwright these tests are skipped, with the reason.
Screenshots land in tests/artifacts/ (not in git).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.web.server import running

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM = os.environ.get("B1CHECK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
# What this machine needs to run Chromium headless without reaching for the internet.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

if CHROMIUM is None:
    pytest.skip("Geen Chromium gevonden (installeer het Debian-pakket 'chromium'); de browsertest is overgeslagen.",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright voor Python is niet geïnstalleerd.")

BUREAUCRATIC_LETTER = """Geachte heer, mevrouw,

Hierbij delen wij u mede dat uw aanvraag middels het digitaal loket door ons is ontvangen. Teneinde uw aanvraag in behandeling te kunnen nemen, verzoeken wij u derhalve de ontbrekende gegevens binnen 14 dagen na dagtekening van deze brief aan ons te retourneren.

Hoogachtend,

Het college van burgemeester en wethouders
"""


@pytest.fixture(scope="module")
def server():
    from b1check.web.app import create_app

    app = create_app()
    app.extensions["b1check"].warm_up()
    with running(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        except Exception as error:  # noqa: BLE001 - a Chromium that does not start is a missing Chromium
            pytest.skip(f"Chromium start niet ({error}); de browsertest is overgeslagen.")
        yield chromium
        chromium.close()


@pytest.fixture
def requests_seen():
    return []


@pytest.fixture
def page(browser, requests_seen):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.on("request", lambda request: requests_seen.append(request.url))
    yield page
    context.close()


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def assert_only_local(urls: list[str], base: str) -> None:
    host = urlsplit(base).netloc
    outside = [url for url in urls if urlsplit(url).scheme not in ("data", "about", "blob")
               and urlsplit(url).netloc != host]
    assert not outside, f"de pagina laadt iets van buiten de server: {outside}"


def test_check_a_letter_highlights_and_apply_a_replacement(server, page, requests_seen):
    page.goto(server + "/")
    page.get_by_label("Tekst van de brief").fill(BUREAUCRATIC_LETTER)
    page.get_by_role("button", name="Controleer").click()

    verdict = page.locator("#oordeel")
    verdict.wait_for()
    assert "Nee, de brief is nog niet B1" in verdict.inner_text()

    highlights = page.locator("#brief mark.hl")
    assert highlights.count() >= 5
    categories = set(page.locator("#brief mark.hl").evaluate_all("ms => ms.map(m => m.className)"))
    assert any("cat-wording" in c for c in categories)

    checklist = page.locator("#contact li")
    assert checklist.count() == 3
    assert "Naam van een medewerker" in checklist.nth(0).inner_text()
    assert "Direct telefoonnummer" in checklist.nth(1).inner_text()
    assert "E-mailadres dat antwoordt" in checklist.nth(2).inner_text()
    assert page.locator("#scores meter").count() == 6

    # Clicking a highlight explains it next to the letter.
    page.locator("#brief mark.hl", has_text="middels").first.click()
    panel = page.locator("#uitleg-inhoud")
    assert "middels" in panel.inner_text()
    assert "Waarom is dat lastig" in panel.inner_text()
    screenshot(page, "web-e2e-resultaat.png")

    # One click puts the safe replacement in the text and checks again.
    panel.get_by_role("button", name="Vervang").click()
    # (no wait_for_function: the page's Content-Security-Policy forbids the eval its polling needs, so it
    # failed whenever the first look came too early)
    sync_api.expect(page.locator("#tekst")).not_to_have_value(re.compile("middels"))
    text = page.get_by_label("Tekst van de brief").input_value()
    assert "aanvraag met het digitaal loket" in text
    page.locator("#status", has_text="vervangen door").wait_for()
    assert page.locator("#brief mark.hl", has_text="middels").count() == 0
    screenshot(page, "web-e2e-na-vervangen.png")

    assert_only_local(requests_seen, server)


def test_keyboard_focus_on_a_highlight_shows_the_explanation(server, page):
    page.goto(server + "/")
    page.get_by_label("Tekst van de brief").fill("Wij verzoeken u het formulier te retourneren.")
    page.get_by_role("button", name="Controleer").click()
    page.locator("#oordeel").wait_for()
    page.locator("#plek-0").focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.className")
    assert "hl" in focused
    assert page.locator("#uitleg-inhoud .message").count() == 1


def test_checks_again_after_typing_stops(server, page):
    page.goto(server + "/")
    page.get_by_label("Tekst van de brief").press_sequentially("Wij verzoeken u te betalen.", delay=5)
    page.locator("#oordeel").wait_for(timeout=15_000)
    assert page.locator("#brief mark.cat-wording", has_text="verzoeken").count() == 1


def test_choosing_a_file_puts_its_text_in_the_text_area(server, page):
    page.goto(server + "/")
    page.get_by_label("Of kies een bestand").set_input_files(
        files=[{"name": "brief.html", "mimeType": "text/html",
                "buffer": b"<html><body><p>Wij verzoeken u <b>middels</b> dit formulier te reageren.</p></body></html>"}]
    )
    page.locator("#oordeel").wait_for()
    text = page.get_by_label("Tekst van de brief").input_value()
    assert "middels dit formulier" in text and "<p>" not in text
    assert "staat nu in het tekstvak" in page.locator("#status").inner_text()


def test_letter_text_is_shown_as_text_not_run(server, page):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server + "/")
    page.get_by_label("Tekst van de brief").fill("Geachte heer,\n<script>alert(1)</script>\n<img src=x onerror=alert(2)>\n")
    page.get_by_role("button", name="Controleer").click()
    page.locator("#oordeel").wait_for()
    assert "<script>alert(1)</script>" in page.locator("#brief").inner_text()
    assert page.locator("#brief script, #brief img").count() == 0
    assert dialogs == []


def test_works_without_javascript(server, browser, requests_seen):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.on("request", lambda request: requests_seen.append(request.url))
    try:
        page.goto(server + "/")
        page.get_by_label("Tekst van de brief").fill(BUREAUCRATIC_LETTER)
        page.get_by_role("button", name="Controleer").click()
        page.locator("#oordeel").wait_for()
        assert page.locator("#brief mark.hl").count() >= 5
        # The replace buttons in the list are plain form buttons.
        page.locator("#melding-0, li.finding").get_by_role("button", name="Vervang").first.click()
        page.locator("#oordeel").wait_for()
        assert "middels" not in page.get_by_label("Tekst van de brief").input_value()
        screenshot(page, "web-e2e-zonder-javascript.png")
    finally:
        context.close()
    assert_only_local(requests_seen, server)


def test_page_loads_nothing_from_outside(server, page, requests_seen):
    page.goto(server + "/")
    page.wait_for_load_state("networkidle")
    assert len(requests_seen) >= 3  # the page, its style sheet and its script
    assert_only_local(requests_seen, server)


def scrolls_sideways(page) -> bool:
    return page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth")


@pytest.mark.parametrize("width", [320, 390])
def test_no_sideways_scrolling_on_a_phone(server, browser, width):
    """WCAG 1.4.10: at 320 CSS pixels the page and its result reflow, nothing scrolls sideways."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        page.goto(server + "/")
        assert not scrolls_sideways(page)
        page.get_by_label("Tekst van de brief").fill(BUREAUCRATIC_LETTER + "\nZie https://www.gemeente-voorbeeld.nl/parkeren/bewonersparkeervergunning-aanvragen-en-verlengen\n")
        page.get_by_role("button", name="Controleer").click()
        page.locator("#oordeel").wait_for()
        assert not scrolls_sideways(page), page.evaluate(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
            "document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className)")
        screenshot(page, f"web-e2e-{width}px.png")
    finally:
        context.close()


def test_after_replace_focus_goes_to_the_next_finding(server, page):
    page.goto(server + "/")
    page.get_by_label("Tekst van de brief").fill(BUREAUCRATIC_LETTER)
    page.get_by_role("button", name="Controleer").click()
    page.locator("#oordeel").wait_for()
    page.locator("#brief mark.hl", has_text="middels").first.click()
    page.locator("#uitleg-inhoud").get_by_role("button", name="Vervang").click()
    page.locator("#status", has_text="vervangen door").wait_for()
    focused = page.evaluate("() => [document.activeElement.id, document.activeElement.textContent]")
    assert focused[0].startswith("plek-")
    # the next finding after the new word, and its explanation is shown
    text = page.get_by_label("Tekst van de brief").input_value()
    findings = page.evaluate("() => [...document.querySelectorAll('#brief mark.hl[id]')].map(m => m.id)")
    assert focused[0] in findings
    assert text.index(focused[1].strip()[:12]) > text.index("met het digitaal loket")
    assert page.locator("#uitleg-inhoud .message").count() == 1


def test_audit_report_menu_hides_no_heading_and_has_landmarks(browser):
    from b1check import check_text
    from b1check.audit.html import render_single
    from b1check.load import load_text

    report = check_text(BUREAUCRATIC_LETTER)
    html = render_single(report, load_text(BUREAUCRATIC_LETTER, "brief.txt"))
    for width, height in ((1280, 500), (320, 600)):
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        try:
            page.set_content(html)
            assert not scrolls_sideways(page)
            # every section of the report is inside a landmark
            outside = page.evaluate(
                "() => [...document.querySelectorAll('section')].filter(s => !s.closest('main, nav, header, footer'))"
                ".map(s => s.id)")
            assert outside == []
            page.locator("nav a[href='#contact']").click()
            heading = page.locator("#kop-contact").bounding_box()
            menu = page.evaluate("() => getComputedStyle(document.querySelector('nav')).position === 'sticky' ? "
                                 "document.querySelector('nav').getBoundingClientRect().bottom : 0")
            assert heading["y"] >= menu, (width, heading, menu)
        finally:
            context.close()


def test_upload_a_word_and_a_pdf_letter_and_download_the_word_copy_with_comments(server, page):
    import io

    import docx

    from tests.letter_files import make_docx, make_pdf

    page.goto(server + "/")
    chooser = page.get_by_label("Of kies een bestand")
    chooser.set_input_files(files=[{"name": "brief.pdf", "mimeType": "application/pdf",
                                    "buffer": make_pdf(BUREAUCRATIC_LETTER)}])
    page.locator("#oordeel").wait_for()
    assert "middels het digitaal loket" in page.get_by_label("Tekst van de brief").input_value()
    assert page.locator("#kopie-link").count() == 0  # a PDF takes no comments

    word_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    chooser.set_input_files(files=[{"name": "brief.docx", "mimeType": word_type,
                                    "buffer": make_docx(BUREAUCRATIC_LETTER)}])
    link = page.get_by_role("link", name="Download uw brief met opmerkingen (.docx)")
    link.wait_for()
    assert "staat nu in het tekstvak" in page.locator("#status").inner_text()
    assert link.get_attribute("href").startswith("blob:")  # a file made in the browser, not a data: link
    with page.expect_download() as waiting:
        link.click()
    download = waiting.value
    assert download.suggested_filename == "brief.b1check.docx"
    document = docx.Document(io.BytesIO(Path(download.path()).read_bytes()))
    comments = list(document.comments)
    assert len(comments) > 1 and all(comment.author == "b1check" for comment in comments)
    screenshot(page, "upload-word.png")
    page.set_viewport_size({"width": 320, "height": 800})  # the download link reflows too (WCAG 1.4.10)
    assert not scrolls_sideways(page)

    # Typing in the text area checks again, and the copy of the chosen file stays offered.
    with page.expect_response(lambda response: response.url.endswith("/api/check")) as answer:
        page.get_by_label("Tekst van de brief").press_sequentially(" Bel ons.", delay=5)
    assert answer.value.ok
    page.locator("#formulier:not([aria-busy])").wait_for()
    assert link.count() == 1
