"""docs/rules.md is generated from the rules and must be current."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from b1check.cli import cli
from b1check.report.labels import CATEGORY_NAMES, SEVERITY_NAMES
from b1check.report.rule_docs import main, rules_markdown
from b1check.rules import rule_info

RULES_MD = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def test_docs_rules_md_is_current():
    assert RULES_MD.read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is niet bijgewerkt: draai 'python -m b1check.report.rule_docs'"
    )


def test_every_rule_is_documented_in_the_fixed_shape():
    text = rules_markdown()
    for info in rule_info().values():
        section = text.split(f"### {info.code}\n", 1)[1].split("\n### ", 1)[0]
        category, severity = CATEGORY_NAMES[info.category].lower(), SEVERITY_NAMES[info.severity]
        assert f"**{info.name}** · categorie {category} · ernst {severity}" in section
        for heading in ("**Wat valt op**", "**Waarom is dat lastig**", "**Voorbeeld**", "**Beter**"):
            assert heading in section, (info.code, heading)
        assert info.what in section and info.example.splitlines()[0] in section


def test_rules_markdown_command_prints_the_same():
    result = CliRunner().invoke(cli, ["rules", "--markdown"])
    assert result.exit_code == 0
    assert result.output == rules_markdown()


def test_check_mode_of_the_generator(tmp_path):
    path = tmp_path / "rules.md"
    assert main(["--check", str(path)]) == 1
    assert main([str(path)]) == 0
    assert main(["--check", str(path)]) == 0
