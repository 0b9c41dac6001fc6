"""The folder report in a real browser: the table script runs under the page's CSP, sorts and filters;
without script the table is all there; a big table is shown a page at a time, sorted and filtered over every
letter, and without script plain pages reach every letter. Skipped without Chromium or Playwright, as
tests/web/test_web_e2e.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from b1check.audit import html as html_report
from tests.audit.test_audit import EXAMPLES, ORIGINAL, PLAIN, audit
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


# --- the table a page at a time -------------------------------------------------

PER_PAGE = 5


def _paged_report(tmp_path_factory, target: str):
    """The example letters (12 and a template, in 7 folders), their table shown PER_PAGE letters at a time."""
    root = tmp_path_factory.mktemp("voorbeelden")
    shutil.copytree(EXAMPLES, root, dirs_exist_ok=True, ignore=shutil.ignore_patterns("README*"))
    out = root.parent / f"{root.name}-{target}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html_report, "TABLE_PAGE_ROWS", PER_PAGE)
        assert audit(str(root), "--fast", "--html", str(out)).exit_code in (0, 1)
    return out


@pytest.fixture(scope="module")
def paged(tmp_path_factory):
    return _paged_report(tmp_path_factory, "rapport/") / "index.html"


def _shown(page, column: int) -> list[str]:
    return page.eval_on_selector_all(f"#brieven-tabel tbody td:nth-child({column})",
                                     "cells => cells.map(c => c.textContent)")


def _every_page(page, column: int = 1) -> list[str]:
    """The cells of one column on every page the pager shows, from the first page on."""
    if page.is_visible("nav.pager") and page.is_enabled("nav.pager >> nth=0 >> [data-page=first]"):
        page.click("nav.pager >> nth=0 >> [data-page=first]")
    cells = _shown(page, column)
    while page.is_visible("nav.pager") and page.is_enabled("nav.pager >> nth=0 >> [data-page=next]"):
        page.click("nav.pager >> nth=0 >> [data-page=next]")
        cells += _shown(page, column)
    return cells


def _number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def test_the_table_shows_a_page_at_a_time_and_pages_through_every_letter(browser, paged):
    page, problems = _open(browser, paged.as_uri())
    letters = json.loads(page.text_content("#brieven-gegevens"))
    assert len(letters) == 13 and page.text_content("#getoond") == "13 van 13 brieven"
    assert not page.is_visible("#zonder-script")  # the plain pages are for a browser without script
    assert len(_shown(page, 1)) == PER_PAGE
    assert page.text_content("nav.pager >> nth=0 >> .page-of") == "van 3 (brief 1 tot en met 5)"
    assert page.is_disabled("nav.pager >> nth=0 >> [data-page=previous]")
    page.click("nav.pager >> nth=1 >> [data-page=last]")  # the pager under the table works the same
    assert len(_shown(page, 1)) == 3 and page.input_value("nav.pager >> nth=0 >> .page-number") == "3"
    assert page.is_disabled("nav.pager >> nth=0 >> [data-page=next]")
    page.fill("nav.pager >> nth=0 >> .page-number", "2")
    page.dispatch_event("nav.pager >> nth=0 >> .page-number", "change")
    assert page.text_content("nav.pager >> nth=0 >> .page-of") == "van 3 (brief 6 tot en met 10)"
    paths = _every_page(page)
    assert sorted(paths) == sorted(letter[1] for letter in letters) and len(set(paths)) == 13
    links = page.eval_on_selector_all("#brieven-tabel tbody a", "links => links.map(a => a.getAttribute('href'))")
    assert all((paged.parent / link).is_file() for link in links)
    page.click("#brieven-tabel tbody tr:first-child a")
    assert page.is_visible("section.letter")
    assert problems == []  # the data block and the script pass the page's policy


def test_sorting_and_filtering_go_over_every_letter_not_only_the_page_shown(browser, paged):
    page, problems = _open(browser, paged.as_uri())
    every = sorted(_number(letter[4]) for letter in json.loads(page.text_content("#brieven-gegevens")))
    page.click("#brieven-tabel thead th:nth-child(4) button")  # Leesgemak, rising
    assert [_number(score) for score in _every_page(page, 4)] == every
    page.click("#brieven-tabel thead th:nth-child(4) button")  # falling: the highest of all comes first
    assert _number(_shown(page, 4)[0]) == every[-1]
    page.select_option("#filters select[data-op=eq]", "nee")
    count = int(page.text_content("#getoond").split()[0])
    verdicts = _every_page(page, 3)
    assert set(verdicts) == {"nee"} and len(verdicts) == count
    scores = [_number(score) for score in _every_page(page, 4)]
    assert scores == sorted(scores, reverse=True)  # the filter keeps the sort
    page.select_option("#filters select[data-op=eq]", "")
    page.fill("#filters input[data-op=text]", "bijstand")
    assert page.text_content("#getoond") == "2 van 13 brieven" and not page.is_visible("nav.pager")
    assert [Path(folder).name for folder in _shown(page, 2)] == ["bijstand", "bijstand"]
    assert problems == []


def test_without_script_plain_pages_reach_every_letter(browser, paged):
    page, problems = _open(browser, paged.as_uri(), script=False)
    assert len(_shown(page, 1)) == PER_PAGE and page.is_visible("#zonder-script")
    plain = page.eval_on_selector_all("#zonder-script a", "links => links.map(a => a.getAttribute('href'))")
    assert plain == ["brieven-1.html", "brieven-2.html", "brieven-3.html"]
    reached = []
    for link in plain:
        page.goto((paged.parent / link).as_uri())
        assert page.query_selector("script") is None
        reached += page.eval_on_selector_all("#brieven-tabel tbody a",
                                             "links => links.map(a => a.getAttribute('href'))")
    assert len(reached) == len(set(reached)) == 13 and all((paged.parent / link).is_file() for link in reached)
    page.click("#brieven-tabel tbody tr:first-child a")
    assert page.is_visible("section.letter")
    assert problems == []


def test_one_page_report_pages_its_table_too_and_holds_every_row_without_script(browser, tmp_path_factory):
    single = _paged_report(tmp_path_factory, "rapport.html")
    page, problems = _open(browser, single.as_uri())
    assert len(_shown(page, 1)) == PER_PAGE and page.text_content("#getoond") == "13 van 13 brieven"
    page.click("#brieven-tabel tbody tr:first-child a")
    assert page.url.split("#")[1].startswith("brief-") and page.is_visible(f"#{page.url.split('#')[1]}")
    page, _ = _open(browser, single.as_uri(), script=False)
    assert len(_shown(page, 1)) == 13
    assert problems == []


def _headings(page) -> list[str]:
    """The table's headings as a reader meets them: a category's column by its name, not its badge."""
    return page.eval_on_selector_all(
        "#brieven-tabel thead th",
        "cells => cells.map(th => { const badge = th.querySelector('abbr'); return badge ? badge.title : th.textContent; })")


def _data_column(page, heading: str) -> list[str]:
    """Every letter's cell under `heading`, from the table's data block (all letters, not one page)."""
    column = _headings(page).index(heading)
    return [letter[column + 1] for letter in json.loads(page.text_content("#brieven-gegevens"))]


def _kept(page) -> int:
    return int(page.text_content("#getoond").split()[0])


def test_reading_ease_filter_keeps_the_letters_between_its_bounds(browser, paged):
    page, problems = _open(browser, paged.as_uri())
    column = _headings(page).index("Leesgemak") + 1
    every = [_number(score) for score in _data_column(page, "Leesgemak")]
    low, high = sorted(every)[3], sorted(every)[-4]
    page.fill("#filters input[data-op=min]", str(low))  # a number field says "61.5", whatever the language
    scores = [_number(score) for score in _every_page(page, column)]
    assert scores and min(scores) >= low and len(scores) == _kept(page) == sum(score >= low for score in every)
    page.fill("#filters input[data-op=max]", str(high))
    scores = [_number(score) for score in _every_page(page, column)]
    assert all(low <= score <= high for score in scores)
    assert len(scores) == _kept(page) == sum(low <= score <= high for score in every) < len(every)
    assert problems == []


def test_category_filter_keeps_the_letters_with_findings_of_that_kind(browser, paged):
    page, problems = _open(browser, paged.as_uri())
    options = page.eval_on_selector_all("#filters select[data-op=nonzero] option",
                                        "options => options.map(o => [o.value, o.textContent])")
    categories = [name for value, name in options if value]
    assert "Ambtelijke taal" in categories and "Contact" in categories
    for name in categories:
        page.select_option("#filters select[data-op=nonzero]", label=name)
        found = _every_page(page, _headings(page).index(name) + 1)
        expected = sum(int(cell) > 0 for cell in _data_column(page, name))
        assert found and all(int(cell) > 0 for cell in found), name
        assert len(found) == _kept(page) == expected, name
    assert problems == []


CONTACT_LETTER = "Geachte heer Jansen,\n\nU krijgt een nieuwe pas. Heeft u vragen? {}\n\nMet vriendelijke groet,\n\n{}\n"
# Each letter lacks one detail the others have, so a filter on the wrong column shows the wrong letter.
CONTACT_LETTERS = {
    "zonder-naam": ("Bel ons op 06 12345678 of mail naar burgerzaken@gemeente.nl.", "Afdeling Burgerzaken"),
    "zonder-telefoon": ("Mail mij op jan.devries@gemeente.nl.", "Jan de Vries\nAfdeling Burgerzaken"),
    "zonder-email": ("Bel mij op 06 12345678.", "Jan de Vries\nAfdeling Burgerzaken"),
    "alles": ("Bel mij op 06 12345678 of mail naar jan.devries@gemeente.nl.", "Jan de Vries\nAfdeling Burgerzaken"),
}


@pytest.fixture(scope="module")
def contacts(tmp_path_factory):
    root = tmp_path_factory.mktemp("contact")
    for name, (contact, signature) in CONTACT_LETTERS.items():
        (root / f"{name}.txt").write_text(CONTACT_LETTER.format(contact, signature), encoding="utf-8")
    target = root.parent / f"{root.name}-rapport"
    assert audit(str(root), "--fast", "--html", f"{target}/").exit_code in (0, 1)
    return target / "index.html"


@pytest.mark.parametrize("choice, heading, letter", [
    ("zonder naam", "Naam", "zonder-naam"),
    ("zonder direct telefoonnummer", "Telefoon", "zonder-telefoon"),
    ("zonder e-mailadres", "E-mail", "zonder-email"),
])
def test_contact_filter_keeps_the_letters_without_that_detail(browser, contacts, choice, heading, letter):
    page, problems = _open(browser, contacts.as_uri())
    assert _data_column(page, heading).count("nee") == 1
    page.select_option("#filters select[data-op=missing]", label=choice)
    assert _kept(page) == 1
    assert [Path(path).stem for path in _shown(page, 1)] == [letter]
    assert _shown(page, _headings(page).index(heading) + 1) == ["nee"]
    assert problems == []


def test_yes_no_columns_sort_as_text(browser, contacts):
    page, problems = _open(browser, contacts.as_uri())
    for heading in ("Naam", "Telefoon", "E-mail"):
        column = _headings(page).index(heading) + 1
        page.click(f"#brieven-tabel thead th:nth-child({column}) button")
        assert _shown(page, column) == ["ja", "ja", "ja", "nee"], heading
    assert problems == []
