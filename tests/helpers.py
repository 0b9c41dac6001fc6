"""Small helpers the tests share: check a Dutch text, keep some categories."""

from __future__ import annotations

from b1check.analyse import analyse
from b1check.check import check_text
from b1check.load import load_text
from b1check.phrases import finder_for
from b1check.rules import Context
from b1check.settings import Settings


def findings_for(text: str, categories=None, settings: Settings | None = None):
    report = check_text(text, settings or Settings())
    if categories is None:
        return report.findings
    return [f for f in report.findings if f.category in categories]


def codes_for(text: str, categories=None) -> list[str]:
    return [f.rule for f in findings_for(text, categories)]


def context_for(text: str, settings: Settings | None = None) -> Context:
    settings = settings or Settings()
    return Context(analyse(load_text(text), settings.model), settings)


def phrase_matches(text: str):
    doc = analyse(load_text(text)).doc
    return finder_for().find(doc)
