"""The command line, as a user calls it: exit codes, output shapes, bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from b1check.cli import cli

from tests.helpers import record_groups

BUREAUCRATIC = "Wij verzoeken u het formulier te retourneren.\n"


def run(*args, input=None):
    runner = CliRunner()
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def letter(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(BUREAUCRATIC, encoding="utf-8")
    return path


def test_text_output_has_path_line_column_code_and_suggestion(letter):
    result = run("check", str(letter))
    assert result.exit_code == 1
    assert f"{letter}:1:5: WRD001 " in result.output
    assert "→ vragen" in result.output
    assert "B1: " in result.output and "Contact: " in result.output


def test_json_shape(letter):
    result = run("check", "--format", "json", str(letter))
    data = json.loads(result.output)
    (file,) = data["files"]
    assert set(file) >= {"path", "metrics", "verdict", "contact", "findings"}
    assert set(file["verdict"]) == {"b1", "reasons", "notes"}
    lint = file["metrics"]["lint"]
    assert lint["available"] is True
    assert lint["level"] in (1, 2, 3, 4)
    assert set(lint["features"]) == {
        "word_frequency", "dependency_length", "content_words_per_clause", "concrete_noun_share"
    }
    assert set(file["contact"]) == {"named_person", "phone", "email"}
    finding = file["findings"][0]
    assert set(finding) == {"rule", "category", "severity", "line", "column", "start", "end",
                            "text", "message", "suggestions", "fix"}
    assert BUREAUCRATIC[finding["start"] : finding["end"]] == finding["text"]


def test_stdin_and_stdin_name():
    result = run("check", "--format", "json", "--stdin-name", "brief.html", input="<p>Wij verzoeken u.</p>")
    data = json.loads(result.output)
    assert data["files"][0]["path"] == "brief.html"
    wording = [f for f in data["files"][0]["findings"] if f["rule"] == "WRD001"]
    assert wording[0]["text"] == "verzoeken" and wording[0]["column"] == 8


def test_bad_files_are_listed_and_the_rest_is_checked(letter, tmp_path):
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    binary = tmp_path / "plaatje.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    result = run("check", str(tmp_path / "weg.txt"), str(letter), str(empty), str(binary))
    assert result.exit_code == 2
    assert "WRD001" in result.output  # the good file was still checked
    assert "Niet gelezen (3):" in result.output
    for reason in ("bestaat niet", "leeg", "geen tekstbestand"):
        assert reason in result.output
    assert "Traceback" not in result.output


def _letters(tmp_path, count):
    """`count` different letters, one of them long enough to need a group of its own."""
    paths = []
    for number in range(count):
        path = tmp_path / f"brief{number:02}.txt"
        body = "Uw aanvraag wordt door ons in behandeling genomen. " * (1 + number % 4)
        if number == 3:
            body *= 400  # more than analyse.BATCH_CHARACTERS on its own
        path.write_text(f"Geachte heer Jansen,\n\n{body}\nWij verzoeken u te bellen.\n", encoding="utf-8")
        paths.append(path)
    return paths


def _findings(output):
    files = json.loads(output)["files"]
    return [(file["path"], f["rule"], f["line"], f["column"], f["message"]) for file in files for f in file["findings"]]


def test_many_files_are_checked_together_with_the_same_results(tmp_path, monkeypatch):
    from b1check.language import analyse

    paths = _letters(tmp_path, analyse.BATCH + 3)
    alone = [_findings(run("check", "--format", "json", str(p)).output) for p in paths]
    groups = record_groups(monkeypatch)
    together = run("check", "--format", "json", *map(str, paths))
    assert _findings(together.output) == [f for findings in alone for f in findings]
    assert max(groups) > 1  # the letters really went through the pipeline together
    assert sum(size for size in groups if size > 1) < len(paths)  # the long letter went alone


def test_a_group_that_fails_is_checked_letter_by_letter(tmp_path, monkeypatch):
    paths = _letters(tmp_path, 6)
    expected = _findings(run("check", "--format", "json", *map(str, paths)).output)
    groups = record_groups(monkeypatch, fail=True)
    result = run("check", "--format", "json", *map(str, paths))
    assert _findings(result.output) == expected
    assert max(groups) > 1  # the group was tried


def test_a_file_that_breaks_the_check_does_not_stop_the_others(tmp_path, monkeypatch):
    from b1check import check

    paths = _letters(tmp_path, 5)
    real = check.report_on

    def report_on(analysis, path, settings):
        if path == str(paths[1]):
            raise RuntimeError("stuk")
        return real(analysis, path, settings)

    monkeypatch.setattr(check, "report_on", report_on)
    result = run("check", *map(str, paths))
    assert result.exit_code == 2
    assert "Niet gelezen (1):" in result.output and "interne fout" in result.output
    assert all(f"{p}:" in result.output for p in paths if p != paths[1])


def test_fail_on_and_select(letter):
    assert run("check", "--fail-on", "error", "--select", "WRD", str(letter)).exit_code in (0, 1)
    result = run("check", "--select", "ABR", "--format", "json", str(letter))
    assert all(f["rule"].startswith("ABR") for f in json.loads(result.output)["files"][0]["findings"])


def test_set_changes_a_limit(tmp_path):
    path = tmp_path / "zin.txt"
    path.write_text("Wij sturen u vandaag een brief met daarin alle informatie over de nieuwe regels voor het parkeren in uw straat.\n")
    strict = json.loads(run("check", "--format", "json", "--set", "long_sentence_words=10", str(path)).output)
    assert any(f["rule"] == "LEN001" for f in strict["files"][0]["findings"])
    loose = json.loads(run("check", "--format", "json", str(path)).output)
    assert not any(f["rule"].startswith("LEN") for f in loose["files"][0]["findings"])


def test_bad_option_values_are_dutch_errors(letter):
    result = subprocess.run([sys.executable, "-m", "b1check", "check", "--set", "onzin=3", str(letter)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "geen instelling" in result.stderr and "Traceback" not in result.stderr


def test_missing_model_is_a_clear_error(letter):
    result = subprocess.run([sys.executable, "-m", "b1check", "check", "--model", "nl_bestaat_niet", str(letter)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "niet geïnstalleerd" in result.stderr


def test_rule_explains_itself():
    result = run("rule", "wrd001")
    assert result.exit_code == 0
    for heading in ("Wat valt op", "Waarom is dat lastig", "Voorbeeld", "Beter"):
        assert heading in result.output
    assert run("rule", "XYZ999").exit_code == 2


def test_rules_lists_every_code():
    from b1check.rules import rule_info

    output = run("rules").output
    assert all(code in output for code in rule_info())
