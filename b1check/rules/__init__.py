"""Stage 3, rules: each rule reads an analysed letter and yields findings; also the
suppression comments and baselines. May import: analysis, language, load, model, settings.

Importing this package registers every rule function.
"""

from __future__ import annotations

from . import letter, sentences, syntax, tone, words  # noqa: F401  (registers the checks)
from .base import CHECKS, CODES_OF, Context, Hit, RuleInfo, rule_info

__all__ = ["CHECKS", "CODES_OF", "Context", "Hit", "RuleInfo", "parse_codes", "rule_info", "run_rules"]


def parse_codes() -> tuple[str, ...]:
    """The rules that need a dependency parse: off in the fast lexical mode."""
    return tuple(code for code, info in rule_info().items() if info.parse)


def run_rules(context: Context) -> list[Hit]:
    """Every hit of every selected rule, in text order."""
    hits: list[Hit] = []
    needs_parse = set(parse_codes())
    for name, function in CHECKS.items():
        if not any(context.settings.wants(code) for code in CODES_OF[name]):
            continue
        if not context.parsed and needs_parse.issuperset(CODES_OF[name]):
            continue
        hits.extend(hit for hit in function(context) if context.settings.wants(hit.code))
    hits.sort(key=lambda hit: (hit.start, hit.end, hit.code))
    return hits
