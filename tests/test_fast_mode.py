"""`--fast`: the lexical pipeline without a parse, and the report says what is off."""

from __future__ import annotations

import json

from click.testing import CliRunner

from b1check.check import check_text
from b1check.cli import cli
from b1check.rules import parse_codes
from b1check.settings import Settings

# A tangconstructie (TNG001) and a short sentence of many clauses (LEN003):
# rules that need the parse.
TEXT = (
    "De gemeente stuurt u na ontvangst van het formulier en de bijlagen binnen acht weken een brief op. "
    "Als u vindt dat het besluit dat wij hebben genomen niet klopt, kunt u bezwaar maken.\n\n"
    "Met vriendelijke groet,\n\nAnna de Vries\n"
)


def test_parse_rules_are_marked_in_the_rule_texts():
    assert {"TNG001", "LEN003"} <= set(parse_codes())


def test_the_parse_finds_what_fast_mode_cannot():
    """Without this the tests below would pass with fast mode switched off."""
    found = {f.rule for f in check_text(TEXT, Settings()).findings}
    assert {"TNG001", "LEN003"} <= found


def test_fast_mode_has_no_parse_findings_and_says_so():
    report = check_text(TEXT, Settings(model=None))
    assert not {f.rule for f in report.findings} & set(parse_codes())
    note = next(n for n in report.notes if "zonder zinsontleding" in n)
    for code in parse_codes():
        assert code in note
    assert not report.metrics.lint.available
    assert "snelle controle" in report.metrics.lint.reason.lower()


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


def test_fast_and_model_together_is_a_usage_error(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text(TEXT, encoding="utf8")
    result = CliRunner().invoke(cli, ["check", "--fast", "--model", "b1check", str(letter)])
    assert result.exit_code == 2
    assert "niet allebei" in result.output


def test_config_with_fast_and_model_is_refused(tmp_path):
    (tmp_path / "b1check.toml").write_text('model = "b1check"\nfast = true\n', encoding="utf8")
    letter = tmp_path / "brief.txt"
    letter.write_text(TEXT, encoding="utf8")
    result = CliRunner().invoke(cli, ["check", str(letter)])
    assert result.exit_code == 2
    assert "fast of model" in result.output


def test_config_with_a_missing_model_is_a_clear_error(tmp_path):
    (tmp_path / "b1check.toml").write_text('model = "nl_bestaat_niet"\n', encoding="utf8")
    letter = tmp_path / "brief.txt"
    letter.write_text(TEXT, encoding="utf8")
    for command in (["check", str(letter)], ["audit", str(tmp_path), "--config", str(tmp_path / "b1check.toml")]):
        result = CliRunner().invoke(cli, command)
        assert result.exit_code == 2, command
        assert "nl_bestaat_niet" in result.output and "Traceback" not in result.output


def test_user_pipeline_without_parser_is_not_called_fast(tmp_path):
    import spacy

    blank = tmp_path / "leeg"
    spacy.blank("nl").to_disk(blank)
    report = check_text(TEXT, Settings(model=str(blank)))
    note = next(n for n in report.notes if "ontleedt de zinnen niet" in n)
    assert "Snelle controle" not in note
    assert "pijplijn" in report.metrics.lint.reason
    assert not {f.rule for f in report.findings} & set(parse_codes())


def test_config_fast_key(tmp_path):
    (tmp_path / "b1check.toml").write_text("fast = true\n", encoding="utf8")
    letter = tmp_path / "brief.txt"
    letter.write_text(TEXT, encoding="utf8")
    result = CliRunner().invoke(cli, ["check", str(letter)])
    assert "zonder zinsontleding" in result.output
    shown = CliRunner().invoke(cli, ["config", str(letter)])
    assert "fast = true" in shown.output
