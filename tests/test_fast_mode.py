"""`--fast`: the lexical pipeline without a parse, and the report says what is off."""

from __future__ import annotations

import json

from click.testing import CliRunner

from b1check.check import check_text
from b1check.cli import cli
from b1check.rules import parse_codes
from b1check.settings import Settings

# A tangconstructie and a sentence of many clauses: rules that need the parse.
TEXT = (
    "Wij sturen u het formulier dat u nodig hebt voor de aanvraag van de vergunning voor het parkeren "
    "van uw auto in de straat waar u woont zo snel mogelijk op.\n\n"
    "Met vriendelijke groet,\n\nAnna de Vries\n"
)


def test_parse_rules_are_marked_in_the_rule_texts():
    assert parse_codes(), "at least one rule needs the parse"


def test_fast_mode_has_no_parse_findings_and_says_so():
    report = check_text(TEXT, Settings(model=None))
    assert not {f.rule for f in report.findings} & set(parse_codes())
    note = next(n for n in report.notes if "zonder zinsontleding" in n)
    for code in parse_codes():
        assert code in note


def test_parsed_mode_has_no_fast_note():
    report = check_text(TEXT, Settings())
    assert not [n for n in report.notes if "zonder zinsontleding" in n]


def test_cli_fast_flag(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text(TEXT, encoding="utf8")
    runner = CliRunner()
    fast = runner.invoke(cli, ["check", "--fast", "--format", "json", str(letter)])
    parsed = runner.invoke(cli, ["check", "--format", "json", str(letter)])
    fast_data, parsed_data = json.loads(fast.output), json.loads(parsed.output)
    fast_rules = {f["rule"] for f in fast_data["files"][0]["findings"]}
    assert not fast_rules & set(parse_codes())
    assert any("zonder zinsontleding" in n for n in fast_data["files"][0]["notes"])
    assert not any("zonder zinsontleding" in n for n in parsed_data["files"][0]["notes"])


def test_config_fast_key(tmp_path):
    (tmp_path / "b1check.toml").write_text("fast = true\n", encoding="utf8")
    letter = tmp_path / "brief.txt"
    letter.write_text(TEXT, encoding="utf8")
    result = CliRunner().invoke(cli, ["check", str(letter)])
    assert "zonder zinsontleding" in result.output
    shown = CliRunner().invoke(cli, ["config", str(letter)])
    assert "fast = true" in shown.output
