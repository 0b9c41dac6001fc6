"""The folder report in a real browser: the table script runs under the page's CSP, sorts and filters;
without script the table is all there. Skipped without Chromium or Playwright, as tests/web/test_web_e2e.py."""

from __future__ import annotations

import pytest

from tests.audit.test_audit import ORIGINAL, PLAIN, audit
# Its browser fixture, and its skip when there is no Chromium or Playwright.
from tests.web.test_web_e2e import browser  # noqa: F401


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("archief")
    for department, text, count in (("burgerzaken", ORIGINAL, 3), ("belastingen", PLAIN, 2)):
        (root / department).mkdir()
        for number in range(count):
            (root / department / f"brief-{number}.txt").write_text(text, encoding="utf-8")
    target = root.parent / f"{root.name}-rapport"
    assert audit(str(root), "--html", f"{target}/").exit_code == 0
    return target / "index.html"


def _open(browser, url: str, script: bool = True):
    context = browser.new_context(java_script_enabled=script)
    page = context.new_page()
    problems = []
    page.on("console", lambda message: problems.append(message.text) if message.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(url)
    return page, problems


def test_the_table_sorts_and_filters_under_the_pages_own_policy(browser, report):
    page, problems = _open(browser, report.as_uri())
    assert page.is_visible("#filters")
    assert page.text_content("#getoond") == "5 van 5 brieven"
    page.select_option("#filters select[data-op=eq]", "ja")
    shown = page.text_content("#getoond")
    page.select_option("#filters select[data-op=eq]", "nee")
    assert shown != page.text_content("#getoond")
    page.select_option("#filters select[data-op=eq]", "")
    page.fill("#filters input[data-op=text]", "belastingen")
    assert page.text_content("#getoond") == "2 van 5 brieven"
    page.fill("#filters input[data-op=text]", "")
    page.click("#brieven-tabel thead th:nth-child(4) button")  # Leesgemak, rising
    scores = page.eval_on_selector_all("#brieven-tabel tbody td:nth-child(4)",
                                       "cells => cells.map(c => parseFloat(c.textContent.replace(',', '.')))")
    assert scores == sorted(scores) and scores[0] < scores[-1]
    page.click("#brieven-tabel thead th:nth-child(4) button")
    assert page.get_attribute("#brieven-tabel thead th:nth-child(4)", "aria-sort") == "descending"
    page.click("#brieven-tabel tbody tr:first-child a")
    assert page.is_visible("section.letter") and page.evaluate("getComputedStyle(document.body).maxWidth") != "none"
    assert problems == []  # no refused script or style (CSP), no script error


def test_without_script_the_table_is_a_plain_table(browser, report):
    page, problems = _open(browser, report.as_uri(), script=False)
    assert not page.is_visible("#filters")
    assert len(page.query_selector_all("#brieven-tabel tbody tr")) == 5
    assert problems == []
