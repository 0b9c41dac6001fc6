"""The rules. Importing this package registers every rule function."""

from __future__ import annotations

from . import letter, sentences, words  # noqa: F401  (registers the checks)
from .base import CHECKS, CODES_OF, Context, Hit, RuleInfo, rule_info

__all__ = ["CHECKS", "CODES_OF", "Context", "Hit", "RuleInfo", "rule_info", "run_rules"]


def run_rules(context: Context) -> list[Hit]:
    """Every hit of every selected rule, in text order."""
    hits: list[Hit] = []
    for name, function in CHECKS.items():
        if not any(context.settings.wants(code) for code in CODES_OF[name]):
            continue
        hits.extend(hit for hit in function(context) if context.settings.wants(hit.code))
    hits.sort(key=lambda hit: (hit.start, hit.end, hit.code))
    return hits
