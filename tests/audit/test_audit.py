"""`b1check audit`: a folder of letters in every format, broken files among them, and its reports."""

from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from b1check.audit.html import Note, pieces
from b1check.audit.walk import Walk
from b1check.cli import cli
from b1check.model import Finding, ReadError, Severity

from tests.helpers import record_groups
from tests.letter_files import make_corrupt_zip, make_docx, make_eml, make_empty_pdf, make_odt, make_pdf, make_zip_bomb

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ORIGINAL = (EXAMPLES / "parkeervergunning" / "origineel.txt").read_text(encoding="utf-8")
PLAIN = (EXAMPLES / "parkeervergunning" / "b1.txt").read_text(encoding="utf-8")
SCRIPT_LETTER = "Geachte heer,\n\n<script>alert('hoi')</script> Wij verzoeken u te betalen.\n\nJan de Vries\n"


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("archief")
    (root / "2024").mkdir()
    (root / "2025" / "concepten").mkdir(parents=True)
    (root / "2024" / "parkeren.txt").write_text(ORIGINAL, encoding="utf-8")
    (root / "2024" / "parkeren-b1.md").write_text(PLAIN, encoding="utf-8")
    (root / "2024" / "parkeren.docx").write_bytes(make_docx(ORIGINAL))
    (root / "2024" / "parkeren.odt").write_bytes(make_odt(ORIGINAL))
    (root / "2024" / "parkeren.pdf").write_bytes(make_pdf(ORIGINAL))
    (root / "2024" / "parkeren.eml").write_bytes(make_eml(ORIGINAL, subject="Uw aanvraag"))
    (root / "2025" / "script.html").write_text(f"<p>{SCRIPT_LETTER.replace('<', '&lt;')}</p>", encoding="utf-8")
    (root / "2025" / "script.txt").write_text(SCRIPT_LETTER, encoding="utf-8")
    (root / "2025" / "sjabloon.txt.j2").write_text((EXAMPLES / "sjabloon" / "ontvangstbevestiging.txt.j2").read_text())
    (root / "2025" / "concepten" / "concept.txt").write_text("Concept.", encoding="utf-8")
    # broken files
    (root / "2025" / "kapot.docx").write_bytes(make_corrupt_zip())
    (root / "2025" / "bom.odt").write_bytes(make_zip_bomb())
    (root / "2025" / "scan.pdf").write_bytes(make_empty_pdf())
    (root / "2025" / "ruis.pdf").write_bytes(os.urandom(2000))
    (root / "2025" / "leeg.txt").write_bytes(b"")
    # not letters, and hidden
    (root / "2025" / "logo.png").write_bytes(b"\x89PNG")
    (root / ".git").mkdir()
    (root / ".git" / "HEAD.txt").write_text("ref: refs/heads/main")
    return root


READABLE = 9  # 6 × parkeren, script.html, script.txt, sjabloon.txt.j2
BROKEN = {"kapot.docx", "bom.odt", "scan.pdf", "ruis.pdf", "leeg.txt"}


def audit(*args: str, cwd: Path | None = None):
    runner = CliRunner()
    old = os.getcwd()
    try:
        if cwd:
            os.chdir(cwd)
        return runner.invoke(cli, ["audit", "--no-progress", *args], catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture(scope="module")
def reports(archive, tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("rapport")
    result = audit(str(archive), "--exclude", "concepten/", "--jobs", "1", "--html", str(out / "r.html"),
                   "--csv", str(out / "r.csv"), "--json", str(out / "r.json"))
    return {
        "result": result,
        "html": (out / "r.html").read_text(encoding="utf-8"),
        "csv": list(csv.DictReader((out / "r.csv").open(encoding="utf-8"))),
        "json": json.loads((out / "r.json").read_text(encoding="utf-8")),
        "out": out,
    }


def test_run_over_broken_files_completes_and_lists_them(reports):
    result = reports["result"]
    assert result.exit_code == 0, result.output
    assert f"{READABLE} brieven gecontroleerd" in result.output
    for name in BROKEN:
        assert re.search(rf"{re.escape(name)}: \S", result.output), name
    assert "zip-bom" in result.output and "geen tekst" in result.output and "leeg" in result.output
    assert "1 ander bestand overgeslagen (geen brief)" in result.output  # logo.png
    assert "concept.txt" not in result.output and "HEAD" not in result.output


def test_same_letter_same_findings_whatever_the_format(reports):
    files = {Path(f["path"]).name: f for f in reports["json"]["files"]}
    expected = [(f["rule"], f["text"].strip()) for f in files["parkeren.txt"]["findings"]]
    for name in ("parkeren.docx", "parkeren.odt", "parkeren.pdf"):
        assert [(f["rule"], f["text"].strip()) for f in files[name]["findings"]] == expected, name
    assert files["parkeren.pdf"]["metrics"] == files["parkeren.txt"]["metrics"]


def test_html_report_has_a_section_for_every_letter(reports):
    html = reports["html"]
    sections = re.findall(r'<section class="letter" id="brief-\d+">\s*<h3>([^<]+)</h3>', html)
    assert len(sections) == READABLE
    assert sorted(Path(p).name for p in sections) == sorted(Path(f["path"]).name for f in reports["json"]["files"])
    for name in BROKEN:
        assert name in html  # in the list of files not read


def test_html_report_escapes_letter_text(reports):
    html = reports["html"]
    # the report's own table script, allowed by its hash (test below), and its rows as data, which never run
    assert html.count("<script") == 2 and html.count('<script type="application/json" id="brieven-gegevens">') == 1
    assert "&lt;script&gt;alert(&#39;hoi&#39;)&lt;/script&gt;" in html
    assert html.count("&lt;script&gt;alert") >= 2  # the .txt and the .html letter


def test_html_report_is_self_contained(reports):
    html = reports["html"]
    assert "<style>" in html and "<svg" in html
    for external in ("<link", "src=", "@import", "url(", "http://", "https://"):
        assert external not in html.replace('xmlns="http://www.w3.org/2000/svg"', ""), external


def test_html_report_runs_only_its_own_script_and_style(reports):
    import base64
    import hashlib
    from html import unescape

    html = reports["html"]
    policy = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    for tag in ("script", "style"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", html, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}'" in policy


def test_html_findings_readable_without_hover(reports):
    html = reports["html"]
    # every highlighted finding has a footnote number that links to the list under the letter
    refs = set(re.findall(r'<a href="#(b\d+-\d+)">', html))
    items = set(re.findall(r'<li id="(b\d+-\d+)"', html))
    assert refs and refs <= items
    assert 'title="[' in html  # and the same text on hover
    assert "Ambtelijk" in html and "→ vragen" in html


def test_csv_has_one_row_per_letter(reports):
    rows = reports["csv"]
    assert len(rows) == READABLE + len(BROKEN)
    read = [row for row in rows if row["read"] == "ja"]
    assert len(read) == READABLE
    broken = {Path(row["path"]).name: row["error"] for row in rows if row["read"] == "nee"}
    assert set(broken) == BROKEN and all(broken.values())
    row = next(row for row in read if row["path"].endswith("parkeren.txt"))
    assert row["b1"] == "nee" and int(row["findings_wording"]) > 0 and float(row["flesch_douma"]) > 0


def test_json_is_the_core_shape_with_a_summary(reports):
    data = reports["json"]
    assert len(data["files"]) == READABLE and len(data["errors"]) == len(BROKEN)
    assert set(data["files"][0]) >= {"path", "metrics", "verdict", "contact", "findings", "notes"}
    summary = data["summary"]
    assert summary["letters_read"] == READABLE and summary["letters_unreadable"] == len(BROKEN)
    assert sum(b["letters"] for b in summary["score_distribution"]) == READABLE
    phrases = {p["phrase"]: p for p in summary["top_phrases"]}
    assert phrases["verzoeken"]["count"] >= 7 and phrases["verzoeken"]["alternatives"] == ["vragen"]
    assert summary["needs_work"][0]["path"].endswith(("parkeren.txt", ".docx", ".odt", ".pdf", ".eml"))
    assert summary["contact"]["named_person"] >= 1
    # one row per folder of the archive, adding up to the letters read
    folders = summary["folders"]
    assert len({f["folder"] for f in folders}) == len(folders) > 1
    assert sum(f["letters"] for f in folders) == READABLE
    assert sum(f["findings"] for f in folders) == sum(len(letter["findings"]) for letter in data["files"])
    # and the totals right under the audited folder: its years
    assert {Path(f["folder"]).name: f["letters"] for f in summary["top_folders"]} == {"2024": 6, "2025": 3}


def test_all_cores_give_the_same_report(archive, reports, tmp_path):
    result = audit(str(archive), "--exclude", "concepten/", "--jobs", "2", "--json", str(tmp_path / "r.json"))
    assert result.exit_code == 0
    parallel = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert parallel["files"] == reports["json"]["files"]
    assert parallel["errors"] == reports["json"]["errors"]


def test_exit_codes(archive, tmp_path):
    broken = tmp_path / "kapot"
    broken.mkdir()
    (broken / "a.docx").write_bytes(make_corrupt_zip())
    (broken / "b.pdf").write_bytes(make_empty_pdf())
    result = audit(str(broken), "--jobs", "1")
    assert result.exit_code == 2
    assert "a.docx" in result.output and "b.pdf" in result.output
    assert audit(str(tmp_path / "nergens"), "--jobs", "1").exit_code == 2
    letters = str(archive / "2024")
    assert audit(letters, "--jobs", "1").exit_code == 0
    assert audit(letters, "--jobs", "1", "--fail-under", "50").exit_code == 1  # 1 of 6 is B1
    assert audit(letters, "--jobs", "1", "--fail-under", "10").exit_code == 0


def test_exclude_and_ignore_file(tmp_path):
    (tmp_path / "oud").mkdir()
    for name in ("a.txt", "b.txt", "c.bak.txt", "oud/d.txt"):
        (tmp_path / name).write_text(PLAIN, encoding="utf-8")
    walk = lambda *exclude: sorted(Path(p).relative_to(tmp_path).as_posix() for p in Walk([str(tmp_path)], exclude))
    assert walk() == ["a.txt", "b.txt", "c.bak.txt", "oud/d.txt"]
    assert walk("*.bak.txt", "oud/") == ["a.txt", "b.txt"]
    (tmp_path / ".b1checkignore").write_text("# oude brieven\noud/\nb.txt\n", encoding="utf-8")
    assert walk() == ["a.txt", "c.bak.txt"]


def test_globs_and_missing_paths(tmp_path):
    (tmp_path / "a.txt").write_text(PLAIN)
    (tmp_path / "b.docx").write_bytes(make_docx(PLAIN))
    found = list(Walk([str(tmp_path / "*.docx"), str(tmp_path / "*.xyz")]))
    assert found[0] == str(tmp_path / "b.docx")
    assert isinstance(found[1], ReadError) and "patroon" in found[1].reason


def test_baseline_shows_what_improved(tmp_path):
    folder = tmp_path / "brieven"
    folder.mkdir()
    (folder / "a.txt").write_text(ORIGINAL, encoding="utf-8")
    (folder / "b.txt").write_text(PLAIN, encoding="utf-8")
    (folder / "weg.txt").write_text(PLAIN, encoding="utf-8")
    assert audit("brieven", "--jobs", "1", "--json", "vorige.json", cwd=tmp_path).exit_code == 0
    (folder / "a.txt").write_text(PLAIN, encoding="utf-8")  # rewritten in plain language
    (folder / "b.txt").write_text(ORIGINAL, encoding="utf-8")  # made worse
    (folder / "weg.txt").unlink()
    (folder / "nieuw.txt").write_text(PLAIN, encoding="utf-8")
    result = audit("brieven", "--jobs", "1", "--baseline", "vorige.json", "--json", "nu.json", "--html", "nu.html",
                   "--csv", "nu.csv", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert "1 beter, 1 slechter, 0 gelijk, 1 nieuw, 1 niet meer gevonden" in result.output
    baseline = json.loads((tmp_path / "nu.json").read_text())["summary"]["baseline"]
    assert baseline["b1_gained"] == 1 and baseline["b1_lost"] == 1
    assert baseline["most_improved"][0]["path"].endswith("a.txt")
    html = (tmp_path / "nu.html").read_text()
    assert "Verschil met de vorige keer" in html and "Sinds de vorige keer: <b>beter</b>" in html
    rows = {Path(r["path"]).name: r for r in csv.DictReader((tmp_path / "nu.csv").open())}
    assert rows["a.txt"]["change"] == "beter" and rows["a.txt"]["b1_before"] == "nee"
    missing = audit("brieven", "--baseline", "bestaat-niet.json", cwd=tmp_path)
    assert missing.exit_code == 2 and "bestaat niet" in missing.output and "No such file" not in missing.output


def test_a_renamed_archive_keeps_its_baseline(tmp_path):
    """The archive's folder renamed, or named absolutely this time: the letters are the same ones,
    not all new (and the old ones not all gone)."""
    (tmp_path / "brieven" / "2024").mkdir(parents=True)
    (tmp_path / "brieven" / "2024" / "a.txt").write_text(ORIGINAL, encoding="utf-8")
    (tmp_path / "brieven" / "2024" / "b.txt").write_text(PLAIN, encoding="utf-8")
    assert audit("brieven", "--fast", "--jobs", "1", "--json", "vorige.json", cwd=tmp_path).exit_code == 0
    (tmp_path / "brieven").rename(tmp_path / "archief-2024")
    result = audit("archief-2024", "--fast", "--jobs", "1", "--baseline", "vorige.json", "--csv", "nu.csv",
                   cwd=tmp_path)
    assert "0 beter, 0 slechter, 2 gelijk, 0 nieuw, 0 niet meer gevonden" in result.output, result.output
    assert {r["change"] for r in csv.DictReader((tmp_path / "nu.csv").open(encoding="utf-8"))} == {"gelijk"}
    result = audit(str(tmp_path / "archief-2024"), "--fast", "--jobs", "1", "--baseline", "nu.json", cwd=tmp_path)
    assert result.exit_code == 2  # no nu.json: only a CSV was written
    assert audit("archief-2024", "--fast", "--jobs", "1", "--json", "nu.json", cwd=tmp_path).exit_code == 0
    result = audit(str(tmp_path / "archief-2024"), "--fast", "--jobs", "1", "--baseline", "nu.json", cwd=tmp_path)
    assert "2 gelijk, 0 nieuw, 0 niet meer gevonden" in result.output, result.output


def test_baseline_letters_found_after_a_move():
    from b1check.audit.summary import BaselineLetters, Previous

    def previous(points: int) -> Previous:
        return Previous(False, 50.0, points, points)

    letters = BaselineLetters({
        "oud/afval/2020/brief-1.txt": previous(1), "oud/afval/2020/brief-2.txt": previous(2),
        "oud/wmo/besluit.docx": previous(3), "oud/a/brief.docx": previous(4), "oud/b/brief.docx": previous(5),
    })
    assert letters.pop("nieuw/afval/2020/brief-2.txt").points == 2  # the folder renamed: found by the folders above it
    assert letters.pop("nieuw/afval/2020/brief-1.txt").points == 1  # and the next one at once
    assert letters.pop("nieuw/wmo/2021/besluit.docx").points == 3  # moved: the only letter of that name
    assert letters.pop("nieuw/c/brief.docx") is None  # two letters of that name: no guessing
    assert letters.pop("nieuw/afval/2020/brief-3.txt") is None  # a new letter
    assert len(letters) == 2  # gone: the two brief.docx


def test_a_letter_that_is_still_there_is_not_taken_for_a_moved_one(tmp_path, monkeypatch):
    from b1check.audit.summary import BaselineLetters, Previous

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "besluit.txt").write_text(PLAIN, encoding="utf-8")
    letters = BaselineLetters({os.path.join("a", "besluit.txt"): Previous(True, 70.0, 0, 0)})
    assert letters.pop(os.path.join("b", "besluit.txt")) is None  # a new letter of the same name
    assert letters.pop(str(tmp_path / "a" / "besluit.txt")) is not None  # the same file, named absolutely


def test_a_baseline_that_is_a_pipe_is_refused_at_once(tmp_path):
    """A pipe named with --baseline never makes the audit wait (it would block on open)."""
    import os

    (tmp_path / "brieven").mkdir()
    (tmp_path / "brieven" / "a.txt").write_text("Geachte heer,\n\nWij sturen u een brief.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "vorige.json")
    result = audit("brieven", "--jobs", "1", "--baseline", "vorige.json", cwd=tmp_path)
    assert result.exit_code == 2 and "geen gewoon bestand" in result.output, result.output


def test_a_baseline_report_nested_too_deep_is_a_dutch_error(tmp_path):
    (tmp_path / "brieven").mkdir()
    (tmp_path / "brieven" / "a.txt").write_text("Geachte heer,\n\nWij sturen u een brief.\n", encoding="utf-8")
    (tmp_path / "vorige.jsonl").write_text('{"summary": {}}\n' + "[" * 100_000 + "]" * 100_000 + "\n")
    result = audit("brieven", "--jobs", "1", "--baseline", "vorige.jsonl", cwd=tmp_path)
    assert result.exit_code == 2 and "geen JSON-rapport van b1check" in result.output, result.output


def test_more_jobs_than_the_computer_can_take_are_capped(tmp_path):
    """`-j 100000` started that many workers for two letters and ran the machine out of memory."""
    (tmp_path / "brieven").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "brieven" / name).write_text("Geachte heer,\n\nWij sturen u een brief.\n", encoding="utf-8")
    result = audit("brieven", "--fast", "--jobs", "100000", "--json", "r.json", cwd=tmp_path)
    assert result.exit_code == 0 and "niet 100.000" in result.output, result.output
    assert len(json.loads((tmp_path / "r.json").read_text())["files"]) == 2


def test_workers_are_started_only_for_work(monkeypatch, tmp_path):
    from b1check.audit import run as engine
    from b1check.cli import Overrides

    started = []
    real = engine._Worker.start
    monkeypatch.setattr(engine._Worker, "start", lambda *args: started.append(1) or real(*args))
    monkeypatch.setattr(engine, "available_cores", lambda: 16)  # room for 50 workers: only the work limits them
    letter = tmp_path / "a.txt"
    letter.write_text("Geachte heer,\n\nWij sturen u een brief.\n", encoding="utf-8")
    tasks = [engine.Task(index, str(letter)) for index in range(3)]
    results = list(engine.run(tasks, engine.AuditOptions(Overrides(fast=True)), 50))
    assert len(results) == 3 and len(started) == 1  # the first batch holds all three letters


def _finding(start: int, end: int, category: str = "wording") -> Finding:
    return Finding("WRD001", category, Severity.WARNING, 1, start + 1, start, end, "", "melding")


def test_highlights_nest_and_point_to_their_footnote():
    text = "Wij verzoeken u dit te doen."
    notes = [Note(1, _finding(0, 28, "sentence-length")), Note(2, _finding(4, 13)), Note(3, _finding(28, 28, "contact"))]
    out = pieces(text, [(n.finding.start, n.finding.end, n) for n in notes])
    assert "".join(p.text for p in out) == text
    word = next(p for p in out if p.text == "verzoeken")
    assert word.classes == "hl cat-sentence-length cat-wording" and word.notes == (2,)
    assert out[-1].notes == (1, 3)  # the sentence ends, and the empty contact finding sits there


def test_html_report_says_the_lint_ii_limit_from_the_settings():
    from b1check import check_text
    from b1check.audit.html import render_single
    from b1check.load import load_text

    report = check_text(PLAIN)
    source = load_text(PLAIN, "brief.txt")
    assert "Een B1-brief heeft hooguit niveau 3." in render_single(report, source)
    assert "Een B1-brief heeft hooguit niveau 2." in render_single(report, source, max_lint_level=2)
    # The letter's LiNT-II line is the one sentence every output uses, with its plain label first.
    from b1check.analysis.lintii import describe_score

    sentence = describe_score(report.metrics.lint, "Hoe moeilijk (LiNT-II)").replace("'", "&#39;")
    assert render_single(report, source).count(sentence) == 1


def test_html_report_says_the_lint_ii_sentence_once_when_it_is_a_reason():
    from b1check import check_text
    from b1check.audit.html import render_single
    from b1check.load import load_text

    text = (EXAMPLES / "bezwaar" / "origineel.txt").read_text(encoding="utf-8")
    report = check_text(text)
    assert not report.verdict.b1 and report.metrics.lint.level > 3
    html = render_single(report, load_text(text, "brief.txt"))
    assert html.count("Hoe moeilijk (LiNT-II): ") == 1
    assert '<li class="lint not-ok">Hoe moeilijk (LiNT-II): ' in html
    assert "Een B1-brief heeft hooguit niveau 3." in html
    assert "Leesgemak (Flesch-Douma) " in html


# --- the batch runner: the pipeline over many letters at once ---------------------------------------


@pytest.fixture()
def letters_on_disk(tmp_path, monkeypatch) -> list[Path]:
    from b1check.audit import run
    from b1check.cli import Overrides

    monkeypatch.setattr(run, "_options", run.AuditOptions(Overrides()))
    paths = []
    for number, path in enumerate(sorted(EXAMPLES.glob("*/*.txt"))):
        target = tmp_path / f"{number:02d}-{path.parent.name}-{path.name}"
        target.write_bytes(path.read_bytes())
        paths.append(target)
    return paths


def _summary(result):
    if result.report is None:
        return result.path, result.error.reason
    report = result.report
    return result.path, [(f.rule, f.start, f.end) for f in report.findings], report.metrics.to_dict()


def _tasks_for(paths):
    from b1check.audit.run import Task

    return [Task(index, str(path)) for index, path in enumerate(paths, start=1)]


def test_a_batch_gives_the_same_reports_as_one_letter_at_a_time(letters_on_disk):
    from b1check.audit.run import check_letters

    tasks = _tasks_for(letters_on_disk)
    together = check_letters(tasks)
    alone = [check_letters([task])[0] for task in tasks]
    assert len(together) == len(tasks) > 5
    assert [r.index for r in together] == [t.index for t in tasks]
    assert all(r.report is not None for r in together)
    assert [_summary(r) for r in together] == [_summary(r) for r in alone]


def test_a_batch_that_fails_is_checked_letter_by_letter(letters_on_disk, monkeypatch):
    from b1check.audit import run

    tasks = _tasks_for(letters_on_disk)
    expected = [_summary(r) for r in run.check_letters(tasks)]
    calls = record_groups(monkeypatch, fail=True)
    assert [_summary(r) for r in run.check_letters(tasks)] == expected
    assert max(calls) > 1  # the batch was tried


def test_one_bad_letter_does_not_spoil_its_batch(letters_on_disk, monkeypatch):
    from b1check.language import analyse as analyse_module
    from b1check.audit import run

    tasks = _tasks_for(letters_on_disk)
    bad = letters_on_disk[2].read_text(encoding="utf-8")
    real_many = analyse_module.analyse_many

    def analyse_many(sources, model=None):  # the batch with the bad letter fails, and the bad letter alone
        if any(source.original == bad for source in sources):
            raise ValueError("stuk")
        return real_many(sources, model)

    monkeypatch.setattr(analyse_module, "analyse_many", analyse_many)
    results = run.check_letters(tasks)
    assert [r.path for r in results if r.report is None] == [str(letters_on_disk[2])]
    assert "interne fout" in results[2].error.reason
    assert sum(r.report is not None for r in results) == len(tasks) - 1


def slow_letter(monkeypatch, text: str, seconds: float) -> None:
    """The letter with this text takes `seconds` longer to check (in this process and its forks)."""
    import time

    from b1check.audit import run

    real_report_on = run.report_on

    def report_on(analysis, path, settings):
        if analysis.source.original == text:
            time.sleep(seconds)
        return real_report_on(analysis, path, settings)

    monkeypatch.setattr(run, "report_on", report_on)


def test_a_letter_that_takes_too_long_is_stopped_and_the_rest_is_checked(letters_on_disk, monkeypatch):
    from b1check.audit import run
    from b1check.cli import Overrides

    monkeypatch.setattr(run, "_options", run.AuditOptions(Overrides(), timeout=1))
    tasks = _tasks_for(letters_on_disk[:3])
    slow_letter(monkeypatch, letters_on_disk[1].read_text(encoding="utf-8"), 5)
    results = run.check_letters(tasks)
    assert results[1].report is None and "duurde te lang" in results[1].error.reason
    assert results[0].report is not None and results[2].report is not None


def test_batches_start_small_so_that_a_small_archive_uses_every_core():
    from b1check.audit.run import BATCH, _batches

    sizes = [len(batch) for batch in _batches(range(500), jobs=2)]
    assert sizes[:6] == [4, 4, 8, 8, 16, 16] and set(sizes[6:-1]) == {BATCH}
    assert sum(sizes) == 500
    assert [len(b) for b in _batches(range(100), jobs=8)] == [4] * 8 + [8] * 8 + [4]
    assert list(_batches([], jobs=2)) == []


def test_a_folders_readme_and_license_are_not_letters_unless_asked(tmp_path):
    (tmp_path / "brief.txt").write_text(PLAIN, encoding="utf-8")
    for name in ("README.md", "LICENSE", "LICENSE.txt", "CHANGELOG.md", "contributing.rst", "Code-of-Conduct.md"):
        (tmp_path / name).write_text("# Over deze map\n\nHier staan de brieven.\n", encoding="utf-8")
    (tmp_path / "readme-bij-de-brief.txt").write_text(PLAIN, encoding="utf-8")  # only the stem counts
    assert [Path(p).name for p in Walk([str(tmp_path)])] == ["brief.txt", "readme-bij-de-brief.txt"]
    assert len(list(Walk([str(tmp_path)], include_docs=True))) == 6  # the letter formats among them
    assert list(Walk([str(tmp_path / "README.md")])) == [str(tmp_path / "README.md")]  # named: read
    result = audit(str(tmp_path), "--json", str(tmp_path / "r.json"))
    assert json.loads((tmp_path / "r.json").read_text())["summary"]["letters_read"] == 2
    result = audit(str(tmp_path), "--include-docs", "--json", str(tmp_path / "r.json"))
    assert json.loads((tmp_path / "r.json").read_text())["summary"]["letters_read"] == 6, result.output


def test_json_lines_has_a_line_per_letter_and_the_summary_last(archive, reports, tmp_path):
    target = tmp_path / "r.jsonl"
    result = audit(str(archive), "--exclude", "concepten/", "--jobs", "1", "--jsonl", str(target))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    letters = [line for line in lines if "metrics" in line]
    errors = [line for line in lines if "error" in line]
    assert letters == reports["json"]["files"]
    assert {Path(e["path"]).name for e in errors} == BROKEN
    assert lines[-1] == {"summary": reports["json"]["summary"]}
    # and it serves as a baseline as the JSON report does
    again = audit(str(archive), "--exclude", "concepten/", "--jobs", "1", "--baseline", str(target),
                  "--json", str(tmp_path / "r.json"))
    assert "Sinds de vorige keer: 0 beter, 0 slechter, 9 gelijk" in again.output, again.output


@pytest.mark.parametrize("option", ["--json", "--csv", "--jsonl", "--html"])
def test_a_report_never_replaces_a_pipe(tmp_path, option):
    (tmp_path / "brief.txt").write_text(PLAIN, encoding="utf-8")
    pipe = tmp_path / "rapport.html"
    os.mkfifo(pipe)
    result = audit(str(tmp_path / "brief.txt"), "--fast", option, str(pipe))
    assert result.exit_code == 2 and "een pipe, geen gewoon bestand" in result.output, result.output
    assert pipe.is_fifo() and "gecontroleerd" not in result.output  # refused before any work


def test_a_report_never_replaces_a_letter_or_another_report(tmp_path):
    letter = tmp_path / "brieven" / "brief.txt"
    letter.parent.mkdir()
    letter.write_text(PLAIN, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(letter)
    for arguments in ([str(letter), "--json", str(tmp_path / "link.txt")],
                      [str(tmp_path / "brieven"), "--csv", str(letter)]):
        result = audit(*arguments, "--fast")
        assert result.exit_code == 2 and "dit is een van de brieven die u laat controleren" in result.output
        assert letter.read_text(encoding="utf-8") == PLAIN
    result = audit(str(letter), "--fast", "--json", str(tmp_path / "r.out"), "--csv", str(tmp_path / "r.out"))
    assert result.exit_code == 2 and "schrijven allebei naar" in result.output
    assert not (tmp_path / "r.out").exists()


def test_an_earlier_report_inside_the_audited_folder_may_be_written_again(tmp_path):
    """`audit . --html rapport.html` twice: the first report is no letter to protect; a letter is."""
    (tmp_path / "brieven").mkdir()
    (tmp_path / "brieven" / "a.txt").write_text("Geachte heer,\n\nWij sturen u een brief.\n", encoding="utf-8")
    assert audit("brieven", "--jobs", "1", "--html", "brieven/rapport.html", cwd=tmp_path).exit_code == 0
    again = audit("brieven", "--jobs", "1", "--html", "brieven/rapport.html", cwd=tmp_path)
    assert again.exit_code == 0, again.output
    (tmp_path / "brieven" / "b.html").write_text("<p>Geachte heer, wij sturen u een brief.</p>", encoding="utf-8")
    refused = audit("brieven", "--jobs", "1", "--html", "brieven/b.html", cwd=tmp_path)
    assert refused.exit_code == 2 and "een van de brieven" in refused.output


def test_a_learned_folder_move_does_not_take_a_letter_that_is_still_there(tmp_path):
    """a/x/1 moved to b/x/1 teaches "a/x → b/x"; b/x/2 is another letter while a/x/2 is still there."""
    from b1check.rules.baseline import BaselineLetters
    for name in ("a/x/2.docx", "b/x/1.docx", "b/x/2.docx"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("brief")
    letters = BaselineLetters({"a/x/1.docx": "old-1", "a/x/2.docx": "old-2"}, tmp_path)
    assert letters.pop("b/x/1.docx") == "old-1"  # a real move
    assert letters.pop("b/x/2.docx") is None  # a/x/2.docx is still there: this is a new letter
    assert letters.pop("a/x/2.docx") == "old-2"


def test_audit_shows_the_hints_in_picky_mode_only(tmp_path):
    (tmp_path / "brief.txt").write_text("Vermeld bij uw betaling het kenmerk.\n", encoding="utf-8")
    for option, shown in (("--no-picky", False), ("--picky", True)):
        target = tmp_path / f"r{option}.json"
        result = audit(str(tmp_path / "brief.txt"), "--fast", "--jobs", "1", option, "--json", str(target))
        assert result.exit_code in (0, 1), result.output
        rules = [f["rule"] for f in json.loads(target.read_text(encoding="utf-8"))["files"][0]["findings"]]
        assert ("WRD001" in rules) == shown, option

