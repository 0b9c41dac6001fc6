"""`b1check rule CODE` and `b1check rules`: the rules and their explanation."""

from __future__ import annotations

import sys
import textwrap

import click

from ..rules import rule_info
from .options import EXIT_ERROR


def explain(code: str) -> str:
    info = rule_info()[code]
    wrap = lambda text: textwrap.fill(text, width=88, initial_indent="  ", subsequent_indent="  ")  # noqa: E731
    block = lambda text: textwrap.indent(text, "  ")  # noqa: E731
    return "\n".join(
        [
            f"{info.code} ({info.name})",
            f"Categorie: {info.category} · ernst: {info.severity.value}",
            "",
            "Wat valt op",
            wrap(info.what),
            "",
            "Waarom is dat lastig",
            wrap(info.why),
            "",
            "Voorbeeld",
            block(info.example),
            "",
            "Beter",
            block(info.better),
        ]
    )


@click.command()
@click.argument("code")
def rule(code):
    """Leg een regel uit: wat valt op, waarom, voorbeeld en beter."""
    infos = rule_info()
    code = code.upper()
    if code not in infos:
        click.echo(f"b1check: regel '{code}' bestaat niet. Zie 'b1check rules' voor alle regels.", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(explain(code))


@click.command(name="rules")
@click.option("--markdown", is_flag=True, help="De volledige uitleg van elke regel in Markdown (docs/rules.md).")
def list_rules(markdown):
    """Toon alle regels met code, categorie en ernst."""
    if markdown:
        from ..report.rule_docs import rules_markdown

        click.echo(rules_markdown(), nl=False)
        return
    for info in rule_info().values():
        click.echo(f"{info.code}  {info.category:<16} {info.severity.value:<8} {info.name}")
