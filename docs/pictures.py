"""Make the pictures in the README: a reviewed Word letter, the web page with findings, the audit report.

    .venv/bin/python docs/pictures.py [--out docs/img] [--keep FOLDER]

The Word picture is LibreOffice's own rendering of the copy `b1check review`
writes (the tracked changes in colour, the comments beside or after the page):
it needs `soffice` (Debian: libreoffice-writer) and `pdftoppm` and `pdftotext`
(Debian: poppler-utils). The other two are screenshots in Chromium (Debian:
chromium) driven by Playwright for Python (in the test extras). A picture whose
tools are missing is skipped, with the reason; nothing here runs in CI.
With --keep the reviewed .docx and LibreOffice's PDF stay in FOLDER, to look at.

A LibreOffice that knows the PDF option ExportNotesInMargin puts the comments
in the page margin. One that does not (7.4, Debian 12's) draws no comments in a
PDF at all; there the script prints the copy with LibreOffice's own setting
"comments at the end of the page" instead, and the comments are a second picture.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LETTER = ROOT / "examples" / "parkeervergunning" / "origineel.txt"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]
MARGIN_EXPORT = 'pdf:writer_pdf_Export:{"ExportNotesInMargin":{"type":"boolean","value":"true"}}'
# LibreOffice's Writer print setting "Comments: at the end of the page" (Tools > Options > Writer > Print).
COMMENTS_AT_PAGE_END = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Writer/Print/Content"><prop oor:name="Note" oor:op="fuse"><value>3</value></prop></item>
</oor:items>
"""


def word_letter(text: str) -> bytes:
    """The example letter as a writer has it in Word: letterhead in the header, the reference lines in a table."""
    import docx
    from docx.shared import Pt

    blocks = [block.split("\n") for block in text.strip().split("\n\n")]
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Arial", Pt(10.5)
    head, *body = blocks
    header = document.sections[0].header.paragraphs[0]
    for number, line in enumerate(head):
        run = header.add_run(line)
        run.bold = number == 0
        if number < len(head) - 1:
            run.add_break()
    for block in body:
        if all(":" in line for line in block) and len(block) > 1:
            table = document.add_table(rows=len(block), cols=2)
            for row, line in zip(table.rows, block):
                label, _, value = line.partition(": ")
                row.cells[0].text, row.cells[1].text = label, value
            continue
        paragraph = document.add_paragraph()
        for number, line in enumerate(block):
            run = paragraph.add_run(line)
            if number < len(block) - 1:
                run.add_break()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=True, capture_output=True, timeout=180, **kwargs)


def missing_tools() -> list[str]:
    return [tool for tool in ("soffice", "pdftoppm", "pdftotext") if shutil.which(tool) is None]


def render(document: Path, work: Path) -> tuple[Path, bool]:
    """LibreOffice's PDF of a reviewed document, and whether the comments are in the margin
    (else they follow the page they belong to)."""
    profile = work / "libreoffice-profile"  # of its own: two LibreOffices cannot share one
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(COMMENTS_AT_PAGE_END, encoding="utf-8")
    office = ["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}"]
    pdf = work / f"{document.stem}.pdf"
    _run([*office, "--convert-to", MARGIN_EXPORT, "--outdir", str(work), str(document)])
    first_page = _run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], text=True).stdout
    if "B1: nee" in first_page or "B1: ja" in first_page:
        return pdf, True
    # No comments in the margin in this LibreOffice: print them at the end of the page.
    pdf.unlink()
    _run([*office, "--print-to-file", "--outdir", str(work), str(document)])
    return pdf, False


def word_picture(out: Path, keep: Path | None) -> list[Path]:
    if missing := missing_tools():
        print(f"Word-plaatje overgeslagen: {', '.join(missing)} niet gevonden "
              "(Debian: apt-get install libreoffice-writer poppler-utils).")
        return []
    from b1check.review import review_bytes

    with tempfile.TemporaryDirectory(prefix="b1check-pictures-") as folder:
        work = Path(keep or folder)
        work.mkdir(parents=True, exist_ok=True)
        original = work / "brief.docx"
        original.write_bytes(word_letter(LETTER.read_text(encoding="utf-8")))
        reviewed = work / "brief.b1check.docx"
        review = review_bytes(original.read_bytes(), "brief.docx")
        reviewed.write_bytes(review.data)
        pdf, in_margin = render(reviewed, work)
        made = []
        for page, name in zip([1] if in_margin else [1, 2], ("word-review.png", "word-review-opmerkingen.png")):
            stem = work / f"page-{page}"
            _run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", "70", "-png", "-singlefile", str(pdf), str(stem)])
            target = out / name
            shutil.copyfile(stem.with_suffix(".png"), target)
            made.append(target)
        print(f"Word: {len(review.anchored)} opmerkingen in de marge, {len(review.replaced)} wijzigingen; "
              f"opmerkingen {'in de marge' if in_margin else 'na de pagina (deze LibreOffice zet ze niet in de marge)'}.")
        return made


def _browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("Schermafdrukken overgeslagen: Chromium niet gevonden (Debian: apt-get install chromium).")
        return None, None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("Schermafdrukken overgeslagen: Playwright voor Python is niet geïnstalleerd (pip install -e '.[test]').")
        return None, None
    playwright = sync_playwright().start()
    return playwright, playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)


def web_picture(browser, out: Path) -> Path:
    from werkzeug.serving import make_server

    from b1check.cli.serve import quiet_request_handler
    from b1check.web.app import create_app

    app = create_app()
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=quiet_request_handler())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(f"http://127.0.0.1:{server.server_port}/")
        page.get_by_label("Tekst van de brief").fill(LETTER.read_text(encoding="utf-8"))
        page.get_by_role("button", name="Controleer").click()
        page.locator("#oordeel").wait_for()
        mark = page.locator("#brief mark.cat-wording", has_text="verzoeken").first
        mark.click()
        # the letter's middle, with the explanation of the clicked word beside it
        mark.evaluate("m => window.scrollBy(0, m.getBoundingClientRect().top - 420)")
        target = out / "web.png"
        page.screenshot(path=str(target))
        return target
    finally:
        server.shutdown()


def audit_picture(browser, out: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="b1check-audit-") as folder:
        report = Path(folder) / "rapport.html"
        _run([sys.executable, "-m", "b1check", "audit", "examples", "--html", str(report), "--no-progress"], cwd=ROOT)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(report.as_uri())
        # one letter of the report: its verdict, scores and findings in the colours of the web page
        page.evaluate("() => [...document.querySelectorAll('section.letter')].find(s => s.querySelector('h3')"
                      ".textContent.endsWith('parkeervergunning/origineel.txt')).scrollIntoView({block: 'start'})")
        page.evaluate("() => window.scrollBy(0, -50)")
        target = out / "audit.png"
        page.screenshot(path=str(target))
        return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--keep", type=Path, default=None, help="bewaar de .docx en de PDF in deze map")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    made = word_picture(args.out, args.keep)
    playwright, browser = _browser()
    if browser is not None:
        try:
            made += [web_picture(browser, args.out), audit_picture(browser, args.out)]
        finally:
            browser.close()
            playwright.stop()
    for path in made:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
