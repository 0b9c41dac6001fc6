"""Counts per rule over a batch of reports, for `b1check check --statistics`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import FileReport
from ..language.wordlists import rule_info


@dataclass(frozen=True)
class RuleCount:
    code: str
    name: str
    count: int
    fixable: int  # how many of them `b1check fix` can change by itself

    def to_dict(self) -> dict:
        return {"code": self.code, "name": self.name, "count": self.count, "fixable": self.fixable}


def rule_statistics(reports: list[FileReport]) -> list[RuleCount]:
    """Every rule with at least one finding, most frequent first (then by code)."""
    counts: Counter[str] = Counter()
    fixable: Counter[str] = Counter()
    for report in reports:
        for finding in report.findings:
            counts[finding.rule] += 1
            if finding.fix is not None:
                fixable[finding.rule] += 1
    infos = rule_info()
    return [
        RuleCount(code, infos[code].name if code in infos else code, count, fixable[code])
        for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
