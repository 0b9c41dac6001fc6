"""`b1check rule CODE` and `b1check rules`: the rules and their explanation."""

from __future__ import annotations

import sys
import textwrap

import click

from ..language.wordlists import rule_info
from ..report.labels import CATEGORY_NAMES, SEVERITY_NAMES
from .dutch import OPTIONS_METAVAR
from .options import EXIT_ERROR


def explain(code: str) -> str:
    info = rule_info()[code]
    wrap = lambda text: textwrap.fill(text, width=88, initial_indent="  ", subsequent_indent="  ")  # noqa: E731
    block = lambda text: textwrap.indent(text, "  ")  # noqa: E731
    return "\n".join(
        [
            f"{info.code} ({info.name})",
            f"Categorie: {CATEGORY_NAMES[info.category].lower()} · ernst: {SEVERITY_NAMES[info.severity]}",
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


@click.command(options_metavar=OPTIONS_METAVAR)
@click.argument("code", metavar="CODE")
def rule(code):
    """Leg een regel uit: wat valt op, waarom, voorbeeld en beter."""
    infos = rule_info()
    code = code.upper()
    if code not in infos:
        click.echo(f"b1check: regel '{code}' bestaat niet. Zie 'b1check rules' voor alle regels.", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(explain(code))


@click.command(name="rules", options_metavar=OPTIONS_METAVAR)
@click.option("--markdown", is_flag=True, help="De volledige uitleg van elke regel in Markdown (docs/rules.md).")
def list_rules(markdown):
    """Toon alle regels met code, categorie en ernst."""
    if markdown:
        from ..report.rule_docs import rules_markdown

        click.echo(rules_markdown(), nl=False)
        return
    infos = rule_info().values()
    category_width = max(len(CATEGORY_NAMES[info.category]) for info in infos)
    severity_width = max(len(SEVERITY_NAMES[info.severity]) for info in infos)
    for info in infos:
        category = CATEGORY_NAMES[info.category].lower()
        severity = SEVERITY_NAMES[info.severity]
        click.echo(f"{info.code}  {category:<{category_width}}  {severity:<{severity_width}}  {info.name}")
