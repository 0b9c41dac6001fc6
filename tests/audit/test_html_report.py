"""The HTML report as a folder: an overview without letter text, one page per letter, written whole."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from b1check.audit import html as html_report
from b1check.audit.summary import ArchiveSummary, LetterCounts
from b1check.load import load_file
from b1check.model import FileReport

from tests.audit.test_audit import EXAMPLES, ORIGINAL, PLAIN, audit


@pytest.fixture()
def archive(tmp_path) -> Path:
    root = tmp_path / "archief"
    for department, text in (("burgerzaken", ORIGINAL), ("belastingen", PLAIN)):
        (root / department).mkdir(parents=True)
        for number in range(3):
            (root / department / f"brief-{number}.txt").write_text(text, encoding="utf-8")
    return root


def _links(index: str) -> list[str]:
    table = index[index.index('id="brieven-tabel"'):]
    return re.findall(r'<a href="(brieven/[^"]+)">', table)


def test_a_folder_report_has_an_overview_without_letter_text_and_a_page_per_letter(archive, tmp_path):
    target = tmp_path / "rapport"
    result = audit(str(archive), "--html", f"{target}/")
    assert result.exit_code == 0, result.output
    assert f"Geschreven: {target}/" in result.output
    index = (target / "index.html").read_text(encoding="utf-8")
    sentence = next(line for line in ORIGINAL.splitlines() if len(line) > 60)
    assert sentence[:50] not in index  # no letter text in the overview
    links = _links(index)
    assert len(links) == 6 and all((target / link).is_file() for link in links)
    page = (target / links[0]).read_text(encoding="utf-8")
    assert '<section class="letter"' in page and 'href="../../stijl.css"' in page and "<script" not in page
    assert (target / "stijl.css").is_file()
    # per folder, as a table and a chart
    assert "burgerzaken" in index and "belastingen" in index and 'class="chart bars"' in index
    assert not any(p.name.endswith(".b1check") for p in tmp_path.iterdir())  # no temporary folder left


def test_a_new_folder_report_replaces_the_old_one_whole(archive, tmp_path, monkeypatch):
    target = tmp_path / "rapport"
    audit(str(archive), "--html", str(target))
    (target / "oud.txt").write_text("van de vorige keer")
    # A run that fails while writing the overview leaves the previous report as it was.
    monkeypatch.setattr(html_report, "replace_folder", lambda new, old: (_ for _ in ()).throw(OSError(28, "vol")))
    failed = audit(str(archive), "--html", str(target))
    assert failed.exit_code == 2 and (target / "oud.txt").exists()
    assert not any(p.name.endswith(".b1check") for p in tmp_path.iterdir())
    monkeypatch.undo()
    audit(str(archive), "--html", str(target))
    assert not (target / "oud.txt").exists() and (target / "index.html").is_file()


def test_one_page_of_too_many_letters_becomes_a_folder(archive, tmp_path, monkeypatch):
    monkeypatch.setattr(html_report, "SINGLE_PAGE_LETTERS", 4)
    result = audit(str(archive), "--html", str(tmp_path / "rapport.html"))
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "rapport.html").exists()
    assert f"Geschreven: {tmp_path / 'rapport'}/" in result.output
    assert f"Open {tmp_path / 'rapport' / 'index.html'} in de browser" in result.output
    assert "Meer dan 4 brieven: het rapport is een map geworden" in result.output
    index = (tmp_path / "rapport" / "index.html").read_text(encoding="utf-8")
    pages = [(tmp_path / "rapport" / link).read_text(encoding="utf-8") for link in _links(index)]
    assert len(pages) == 6
    # each page holds its own letter, whole: the sections were cut from the spool at the right places
    assert all(page.count('<section class="letter"') == 1 and page.rstrip().endswith("</html>") for page in pages)
    paths = [re.search(r"<h3>([^<]+)</h3>", page).group(1) for page in pages]
    assert paths == sorted(paths) and len(set(paths)) == 6


def test_a_small_run_stays_one_page(archive, tmp_path):
    audit(str(archive), "--html", str(tmp_path / "rapport.html"))
    page = (tmp_path / "rapport.html").read_text(encoding="utf-8")
    assert page.count('<section class="letter"') == 6 and len(_links(page)) == 0
    assert len(re.findall(r'<a href="#brief-\d+">', page)) >= 6


def test_percentages_are_written_the_dutch_way():
    assert html_report._percent(0.739, 1) == "73,9%" and html_report._percent(12.5) == "1.250%"


def test_first_to_tackle_never_lists_a_letter_with_nothing_to_fix():
    from b1check import check_file

    clean = check_file(EXAMPLES / "parkeervergunning" / "b1.txt")
    assert clean.verdict.b1
    clean = FileReport(clean.path, clean.metrics, clean.verdict, clean.contact, [], clean.notes)
    summary = ArchiveSummary()
    summary.add(clean, 1, LetterCounts.of(clean))
    assert summary.needs_work() == []
    page = html_report.render_single(clean, load_file(EXAMPLES / "parkeervergunning" / "b1.txt"))
    assert "Geen brief heeft werk nodig" in page


def test_a_folder_report_never_takes_the_place_of_a_folder_of_other_things(archive, tmp_path):
    before = sorted(p.relative_to(archive) for p in archive.rglob("*"))
    result = audit(str(archive), "--html", f"{archive}/")
    assert result.exit_code == 2 and "geen rapport van b1check" in result.output
    assert sorted(p.relative_to(archive) for p in archive.rglob("*")) == before
    (tmp_path / "leeg").mkdir()
    assert audit(str(archive), "--html", str(tmp_path / "leeg")).exit_code == 0
    assert audit(str(archive), "--html", str(tmp_path / "leeg")).exit_code == 0  # its own report: replaced


def _table_data(index: str) -> list[list[str]]:
    start = index.index('<script type="application/json" id="brieven-gegevens">')
    block = index[index.index(">", start) + 1:index.index("</script>", start)]
    return json.loads(block)


def test_a_big_table_shows_its_first_page_and_links_plain_pages_of_every_letter(archive, tmp_path, monkeypatch):
    monkeypatch.setattr(html_report, "TABLE_PAGE_ROWS", 4)
    target = tmp_path / "rapport"
    assert audit(str(archive), "--html", f"{target}/").exit_code in (0, 1)
    index = (target / "index.html").read_text(encoding="utf-8")
    assert len(_links(index)) == 4  # the first page, for a browser without script
    data = _table_data(index)  # every letter, for the script
    assert len(data) == 6 and [row[0] for row in data[:4]] == _links(index)
    assert re.findall(r'<a href="(brieven-\d\.html)">', index) == ["brieven-1.html", "brieven-2.html"]
    plain = [(target / f"brieven-{n}.html").read_text(encoding="utf-8") for n in (1, 2)]
    assert [len(_links(page)) for page in plain] == [4, 2]
    assert _links(plain[0]) + _links(plain[1]) == [row[0] for row in data]
    assert all("<script" not in page and 'href="stijl.css"' in page for page in plain)
    assert not (target / "brieven-3.html").exists()


def test_each_filter_looks_at_the_column_it_is_named_for(archive, tmp_path):
    """The filters' column numbers come from the table's one list of columns (html.table_columns)."""
    target = tmp_path / "rapport"
    audit(str(archive), "--html", f"{target}/")
    index = (target / "index.html").read_text(encoding="utf-8")
    head = re.search(r"<thead><tr>(.*?)</tr></thead>", index[index.index('id="brieven-tabel"'):]).group(1)
    headings = [re.sub(r"<[^>]+>", "", title or text) for title, text in
                re.findall(r'<th[^>]*>(?:<abbr[^>]*title="([^"]+)"[^>]*>[^<]*</abbr>|([^<]*))</th>', head)]
    assert headings[:7] == ["Brief", "Map", "B1", "Leesgemak", "LiNT-II", "Werkpunten", "Meldingen"]
    assert len(headings) == len(_table_data(index)[0]) - 1  # a heading for every cell after the link

    def columns(op: str) -> list[str]:
        return [headings[int(n)] for n in re.search(rf'data-col="([\d ]+)" data-op="{op}"', index).group(1).split()]

    assert columns("text") == ["Brief", "Map"] and columns("eq") == ["B1"]
    assert columns("min") == columns("max") == ["Leesgemak"]
    kinds = re.search(r'<select data-op="nonzero">(.*?)</select>', index).group(1)
    options = [(headings[int(value)], name) for value, name in re.findall(r'<option value="(\d+)">([^<]+)</option>', kinds)]
    assert options and all(heading == name for heading, name in options)
    assert {name for _, name in options} == set(headings[7:-3])
    contact = re.search(r'<select data-op="missing">(.*?)</select>', index).group(1)
    assert [headings[int(value)] for value in re.findall(r'<option value="(\d+)">', contact)] == ["Naam", "Telefoon", "E-mail"]


def test_a_small_table_has_no_plain_pages(archive, tmp_path):
    target = tmp_path / "rapport"
    audit(str(archive), "--html", f"{target}/")
    index = (target / "index.html").read_text(encoding="utf-8")
    assert len(_links(index)) == len(_table_data(index)) == 6
    assert 'id="zonder-script"' not in index and not (target / "brieven-1.html").exists()


def test_no_file_name_can_close_the_tables_data_block(tmp_path):
    root = tmp_path / "archief"
    (root / "<").mkdir(parents=True)
    (root / "<" / "script><b>x.txt").write_text(PLAIN, encoding="utf-8")  # its path holds "</script><b>"
    (root / "gewoon.txt").write_text(PLAIN, encoding="utf-8")
    target = tmp_path / "rapport"
    assert audit(str(root), "--html", f"{target}/").exit_code in (0, 1)
    index = (target / "index.html").read_text(encoding="utf-8")
    assert "</script><b>" not in index
    paths = sorted(row[1] for row in _table_data(index))
    assert any(path.endswith("</script><b>x.txt") for path in paths)


def test_a_letter_page_shows_the_advice_too(tmp_path):
    """Advice lives in its own field; the letter's page and the highlight's title show it
    after the replacements, as the text output does."""
    root = tmp_path / "archief"
    root.mkdir()
    (root / "brief.txt").write_text("Als u de afspraken niet nakomt, bellen wij u.\n", encoding="utf-8")
    target = tmp_path / "rapport"
    assert audit(str(root), "--jobs", "1", "--html", f"{target}/").exit_code in (0, 1)
    (page,) = (target / "brieven").rglob("*.html")
    text = page.read_text(encoding="utf-8")
    assert "advies: gebruik" in text


@pytest.mark.parametrize("name", ["notities.md", "rapport"])
def test_a_folder_report_never_takes_the_place_of_a_file(archive, tmp_path, name):
    target = tmp_path / name
    target.write_text("van de gebruiker\n")
    result = audit(str(archive), "--html", str(target))
    assert result.exit_code == 2 and "dit is een bestand, geen map" in result.output
    assert target.read_text() == "van de gebruiker\n"
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())  # no temporary files left


def test_a_folder_report_never_takes_the_place_of_a_pipe(archive, tmp_path):
    import os

    os.mkfifo(tmp_path / "rapport")
    result = audit(str(archive), "--html", str(tmp_path / "rapport"))
    assert result.exit_code == 2 and "pipe" in result.output and (tmp_path / "rapport").is_fifo()


def test_a_long_page_does_not_become_a_folder_over_a_file(archive, tmp_path, monkeypatch):
    monkeypatch.setattr(html_report, "SINGLE_PAGE_LETTERS", 4)
    (tmp_path / "rapport").write_text("van de gebruiker\n")
    result = audit(str(archive), "--html", str(tmp_path / "rapport.html"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "rapport").read_text() == "van de gebruiker\n"
    assert (tmp_path / "rapport.html").read_text(encoding="utf-8").count('<section class="letter"') == 6


@pytest.fixture()
def departments(tmp_path) -> Path:
    """An archive as a municipality keeps it: department/year/month, and one letter right in the archive."""
    root = tmp_path / "archief"
    for department, years in (("burgerzaken", ("2023", "2024")), ("belastingen", ("2024",))):
        for year in years:
            for month in ("01", "02"):
                (root / department / year / month).mkdir(parents=True)
                (root / department / year / month / f"brief-{month}.txt").write_text(
                    ORIGINAL if department == "burgerzaken" else PLAIN, encoding="utf-8")
    (root / "los.txt").write_text(PLAIN, encoding="utf-8")
    return root


def test_per_folder_totals_are_taken_right_under_the_audited_folder(departments, tmp_path):
    result = audit(str(departments), "--fast", "--jobs", "1", "--html", str(tmp_path / "r.html"),
                   "--json", str(tmp_path / "r.json"))
    assert result.exit_code in (0, 1), result.output
    summary = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["summary"]
    assert len(summary["folders"]) == 7  # the JSON keeps every folder, the deepest too
    top = {Path(f["folder"]).name: f for f in summary["top_folders"]}
    assert {name: f["letters"] for name, f in top.items()} == {"archief": 1, "burgerzaken": 4, "belastingen": 2}
    assert top["burgerzaken"]["folders_with_letters"] == 4
    for key in ("letters", "b1", "findings", "points"):  # the totals add up
        assert sum(f[key] for f in summary["top_folders"]) == sum(f[key] for f in summary["folders"])
    assert top["belastingen"]["b1"] == 2 and top["burgerzaken"]["b1"] == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    section = page[page.index('id="mappen"'):page.index('id="eerst"')]
    table, deeper = section.split("Een niveau dieper")
    assert table.count("<tr>") == 1 + 3  # the head and a row per department, not one per month
    assert "(alleen de brieven direct in deze map)" in table and "/01<" not in section
    assert re.search(r"<summary>[^<]*burgerzaken: 4 brieven in 2 mappen</summary>", deeper)
    assert re.search(r"<summary>[^<]*belastingen: 2 brieven in 1 map</summary>", deeper)
    assert "<td>2023</td><td>2</td>" in deeper


def test_a_folder_of_many_folders_shows_the_biggest(monkeypatch):
    from b1check.audit.summary import FolderCounts

    monkeypatch.setattr(html_report, "FOLDER_ROWS", 3)
    summary = ArchiveSummary(roots=("archief",))
    for case in range(10):
        name = f"archief/zaken/zaak-{case}"
        summary.folders[name] = FolderCounts(folder=name, letters=case + 1)
    summary.folders["archief/wmo"] = FolderCounts(folder="archief/wmo", letters=4)
    views = html_report.folder_view(summary.top_folders())
    assert [view.group.totals.folder for view in views] == ["archief/wmo", "archief/zaken"]
    zaken = views[1]
    assert zaken.group.totals.letters == 55 and zaken.below_all == 10
    assert [name for name, _ in zaken.below] == ["zaak-7", "zaak-8", "zaak-9"]  # the biggest, by name


@pytest.mark.parametrize(
    ("folder", "roots", "expected"),
    [
        ("archief/wmo/2024/03", ["archief"], ("archief/wmo", "archief/wmo/2024")),
        ("archief/wmo", ["archief"], ("archief/wmo", "archief/wmo")),
        ("archief", ["archief"], ("archief", "archief")),
        ("wmo/2024/03", ["."], ("wmo", "wmo/2024")),
        (".", ["."], (".", ".")),
        ("/data/archief/wmo/2024", ["/data/archief"], ("/data/archief/wmo", "/data/archief/wmo/2024")),
        ("archief/wmo/2024", ["archief/wmo", "archief"], ("archief/wmo/2024", "archief/wmo/2024")),  # the deepest root
        ("archief-2/wmo", ["archief"], ("archief-2/wmo", "archief-2/wmo")),  # not under it: itself
        ("../elders/wmo", ["."], ("../elders/wmo", "../elders/wmo")),
    ],
)
def test_the_folder_right_under_an_audited_folder(folder, roots, expected):
    import os

    from b1check.audit.summary import top_and_below

    native = [os.path.normpath(root) for root in roots]
    assert top_and_below(os.path.normpath(folder), native) == tuple(os.path.normpath(e) for e in expected)
